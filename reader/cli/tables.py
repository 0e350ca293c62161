"""The tables the CLI prints for people: annotations, with widths measured in terminal
columns, and text made one line (nothing can break the table or drive the terminal)."""

from __future__ import annotations

import unicodedata

from reader.cli import messages
from reader.core.annotations import Annotation

_QUOTE_WIDTH = 40
_TAGS_WIDTH = 24
_NOTE_WIDTH = 40


def annotation_table(annotations: list[Annotation], title: str) -> str:
    """A table for people: colour, offsets, quote, tags and the note's first line."""
    if not annotations:
        return messages.no_annotations(one_line(title))
    count = messages.annotation_count(len(annotations), sum(a.orphan for a in annotations))
    header = messages.ANNOTATION_COLUMNS
    rows = [
        (
            a.colour.value,
            messages.ORPHAN if a.orphan else f"{a.start}-{a.end}",
            "“" + _fit(one_line(a.quote.exact), _QUOTE_WIDTH - 2) + "”",
            _fit(" ".join("#" + t for t in a.tags), _TAGS_WIDTH),
            _fit(one_line(a.note.split("\n", 1)[0]), _NOTE_WIDTH),
        )
        for a in annotations
    ]
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [f"{one_line(title)}: {count}"]
    for row in [header, *rows]:
        cells = zip(row, widths, strict=True)
        lines.append(
            "  ".join(cell + " " * (width - _width(cell)) for cell, width in cells).rstrip()
        )
    return "\n".join(lines) + "\n"


def one_line(value: str) -> str:
    """Whitespace and control characters shown as single spaces (nothing can break the
    table or drive the terminal)."""
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in value)
    return " ".join(cleaned.split())


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _width(value: str) -> int:
    """Columns a string takes in a terminal (wide East Asian characters and emoji count 2)."""
    return sum(_char_width(c) for c in value)


def _fit(value: str, width: int) -> str:
    if _width(value) <= width:
        return value
    out: list[str] = []
    used = 0
    for char in value:
        w = _char_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out).rstrip() + "…"
