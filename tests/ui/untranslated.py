"""Finding words of the interface written in the code without the translation system.

Every string literal of ``reader/ui`` that reads like prose (words with a space
between them, or one capitalised word) must sit inside ``tr()``, ``self.tr()``,
``QCoreApplication.translate`` or ``QT_TRANSLATE_NOOP``; so must every literal handed
to the runner or to ``report`` (a job's name is what a failure's dialog is titled with),
or to a setter (``setText``, ``set_entries``...), whatever its shape. Not prose:
docstrings, log lines, the CLI's own messages on stderr, object names, settings keys,
key sequences, style sheets and markup, and the few words of :data:`NOT_PROSE`. The
English names of entity types and colours (``ENTITY_NAMES``, ``COLOUR_NAMES``) are shown
only through ``entity_name`` and ``colour_name``, which translate them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_SHOWN = {
    # what the user never reads as words of the interface
    "setObjectName",
    "setStyleSheet",
    "setProperty",
    "QKeySequence",
    "setShortcut",
    "TypeVar",
    "getLogger",
    "value",
    "setValue",
    "remove",
    "print",  # the screenshot command's messages, on stderr: the CLI stays English
    "strftime",  # a date format, not words
    "encode",
    "decode",
    "setdefault",
    "setattr",
    "setDesktopFileName",
    "setDefaultSuffix",
    "set_theme",
}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}
JOB_NAMES = {"read", "write", "report", "problem_of"}
"""Calls whose every literal is shown: a job's name titles its failure's dialog."""
NOT_PROSE = {
    "reader",  # the application's name
    "English",  # each language is offered in its own words
    "Français",
    "Markdown (*.md)",  # format names
    "CSV (*.csv)",
    "PNG",
    "DejaVu Sans Mono",  # font families
    "Noto Sans Mono",
    "Liberation Mono",
    "Alibaba ouvre ses centres de données du Hebei.txt",  # the sample's file name
    "Fusion",  # Qt's style
    *("Literata", "Source Serif 4", "Noto Serif", "Charter", "Georgia", "DejaVu Serif"),
    *("Liberation Serif", "Inter", "Noto Sans", "Cantarell", "DejaVu Sans", "Liberation Sans"),
}
KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S*$|^F\d{1,2}$|^Del$")
CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")
STYLE = re.compile(r"[#.\w-]+\s*\{[^}]*:|^\s*[\w-]+\s*:[^;]*;|^<")
PROSE = re.compile(r"[^\W\d_]{2,}[:,;.!?…]?\s+\S*[^\W\d_]|^&?[A-Z][a-z]+|^\s*\([^\W\d_]{2,}\)$")


def called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def logs(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr in LOGGING
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging")
    )


def reads_as_prose(text: str) -> bool:
    words = re.sub(r"<[^>]*>", " ", text)  # markup is not words
    if text in NOT_PROSE or KEYS.match(text) or CAMEL.match(text) or STYLE.search(text):
        return False
    return bool(PROSE.search(words))


def bare_literals(source: str, name: str = "<source>") -> list[str]:
    """``name:line: text`` of each literal in ``source`` shown to the user untranslated."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if isinstance(parents.get(node), ast.Expr):
            continue  # a docstring (of a module, class, function or attribute)
        if isinstance(parents.get(node), ast.Compare):
            continue  # a value compared with, not shown
        shown_anyway, above = False, parents.get(node)
        while above is not None:
            if isinstance(above, ast.Call):
                if called(above) in TRANSLATING or called(above) in NOT_SHOWN or logs(above):
                    break
                parent = parents.get(node)
                direct = parent is above or (
                    isinstance(parent, (ast.JoinedStr, ast.IfExp)) and parents.get(parent) is above
                )
                shows = called(above) in JOB_NAMES or called(above).startswith("set")
                shown_anyway = shown_anyway or (shows and direct)
            above = parents.get(above)
        else:
            named = any(c.isalpha() for c in node.value) and not (
                STYLE.search(node.value) or node.value.strip(" —-·:") in NOT_PROSE
            )
            if (shown_anyway and named) or reads_as_prose(node.value):
                found.append(
                    (node.lineno, node.col_offset, f"{name}:{node.lineno}: {node.value!r}")
                )
    return [text for *_where, text in sorted(found)]


ENGLISH_NAMES = {"ENTITY_NAMES", "COLOUR_NAMES"}


def english_names_shown(source: str, name: str = "<source>") -> list[str]:
    """``name:line`` of each look-up of an English name outside palette.py's translating
    functions (``ENTITY_NAMES[label]``)."""
    return [
        f"{name}:{node.lineno}: {node.value.id}[...]"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id in ENGLISH_NAMES
    ]


def bare_literals_in(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.py")):
        source = path.read_text("utf-8")
        found += bare_literals(source, path.name)
        if path.name != "palette.py":
            found += english_names_shown(source, path.name)
    return found


def plain_errors(source: str, error_names: set[str], name: str = "<source>") -> list[str]:
    """``name:line`` of each user error (a class of ``error_names``) made with a plain
    string (a literal or an f-string) instead of a :class:`reader.core.messages.Message`:
    the window can only show those in English."""
    return [
        f"{name}:{node.lineno}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and called(node) in error_names
        and node.args
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
    ]
