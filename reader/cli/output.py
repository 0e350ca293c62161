"""What the CLI prints about itself: escaped names, one-line errors and warnings.

Names of files come from the file system and from libraries, and may hold newlines
or terminal escape sequences: :func:`shown` writes every control, format (bidi)
and line-separator character as a visible escape (``\\n``, ``\\x1b``, ``\\u202e``),
so nothing printed can break a line or drive the terminal.
"""

from __future__ import annotations

import sys
import traceback
import unicodedata

from reader.cli import messages

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HIDDEN = ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def shown(value: object) -> str:
    """``value`` as text with control characters escaped (see the module docstring)."""
    return "".join(_escape(c) for c in str(value))


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    if unicodedata.category(char) in _HIDDEN:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def error(message: object) -> None:
    print(messages.error_line(shown(message)), file=sys.stderr)


def warning(message: object) -> None:
    print(messages.warning_line(shown(message)), file=sys.stderr)


def debug_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` (for ``--debug``), and the technical detail if any."""
    traceback.print_exception(exc, file=sys.stderr)
    detail = getattr(exc, "detail", "")
    if detail:
        print(messages.detail_line(shown(detail)), file=sys.stderr)
