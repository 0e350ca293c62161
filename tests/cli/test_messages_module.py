"""Every message the CLI shows lives in reader/cli/messages.py (issue 13: the CLI stays
in English, but its messages are in one module so they could be translated later).

An AST check: outside messages.py, no CLI module passes a string literal holding words
to what reaches the user (print, sys.stdout/stderr.write, getpass, the error and warning
helpers, raising an exception)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "reader" / "cli"
WORD = re.compile(r"[A-Za-z]{2,}")
SHOWN_BY = {"print", "write", "getpass", "error", "warning", "exit"}
# Help texts of argparse are not messages (the issue allows leaving them), and the
# module that holds the messages is the one place for words.
SKIPPED = {"messages.py"}


def _words(node: ast.AST) -> str | None:
    """The words of a string literal or an f-string's literal parts, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return None
    return text if WORD.search(text) else None


def _literals(call: ast.Call) -> list[str]:
    found = []
    for arg in [*call.args, *(k.value for k in call.keywords if k.arg != "file")]:
        nodes = list(ast.walk(arg))
        parts = {id(v) for n in nodes if isinstance(n, ast.JoinedStr) for v in n.values}
        found += [t for n in nodes if id(n) not in parts and (t := _words(n)) is not None]
    return found


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def bare_messages(source: str, filename: str) -> list[str]:
    """``file:line: text`` for each string with words shown to the user."""
    bare: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        calls: list[ast.Call] = []
        if isinstance(node, ast.Call) and _name(node.func) in SHOWN_BY:
            calls.append(node)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            calls.append(node.exc)
        returned = node.value if isinstance(node, ast.Return) else None
        if isinstance(returned, ast.Call) and _name(returned.func).endswith("Error"):
            calls.append(returned)
        bare += [(call.lineno, text) for call in calls for text in _literals(call)]
    return [f"{filename}:{line}: {text!r}" for line, text in sorted(bare)]


def test_the_check_sees_a_bare_message() -> None:
    source = (
        "import sys\n"
        "def f(n):\n"
        "    print(f'{n} imported')\n"
        "    sys.stderr.write('done\\n')\n"
        "    raise InputError('choose one')\n"
        "    print(f'{n:>8}  {n}')\n"  # layout only: no words
    )
    assert bare_messages(source, "x.py") == [
        "x.py:3: ' imported'",
        "x.py:4: 'done\\n'",
        "x.py:5: 'choose one'",
    ]


def test_cli_messages_live_in_messages_module() -> None:
    bare = []
    for path in sorted(CLI.glob("*.py")):
        if path.name not in SKIPPED:
            bare += bare_messages(path.read_text(encoding="utf-8"), path.name)
    assert bare == [], "CLI messages outside reader/cli/messages.py:\n" + "\n".join(bare)
