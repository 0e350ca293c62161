"""How the reading column is set: font, size, line spacing, width, margins, alignment.

Preferences choose a :class:`ReadingStyle`; the reading view lays its text out with
it and changes it live: the font and the alignment are document-wide settings of
Qt's, the line spacing is a property of each body paragraph (set as the text goes
in, changed in place by :func:`respace_lines`).

Qt has no automatic hyphenation, so justified text is justified without it (soft
hyphens the document itself holds are honoured).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

BASE_POINT_SIZE = 13.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
LINE_SPACING = 155
LINE_SPACING_RANGE = (100, 250)
"""Percent of the font's height, as Preferences offer it."""
COLUMN_RANGE = (30, 140)
"""Average characters per line."""
MARGIN_RANGE = (0, 120)
"""Pixels around the text inside the column."""

_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


@dataclass(frozen=True, slots=True)
class ReadingStyle:
    family: str = "serif"
    """``serif``, ``sans`` (the best installed family of that kind) or a family name."""
    point_size: float = BASE_POINT_SIZE
    line_spacing: int = LINE_SPACING
    column_chars: int = 68
    margin: int = 28
    justify: bool = False


def body_block_format(line_spacing: int) -> QTextBlockFormat:
    """The format of a body paragraph."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line_spacing, _PROPORTIONAL)
    fmt.setBottomMargin(12)
    return fmt


def apply_alignment(qdoc: QTextDocument, justify: bool) -> None:
    """Justified or ragged right, for every paragraph without an alignment of its own
    (centred headings and rules keep theirs)."""
    option = qdoc.defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeft)
    qdoc.setDefaultTextOption(option)


def respace_lines(qdoc: QTextDocument, before: int, after: int) -> None:
    """Give the body paragraphs set at ``before`` percent the spacing ``after`` (headings,
    code and notes, which have spacings of their own, keep them)."""
    if before == after:
        return
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    block = qdoc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.lineHeightType() == _PROPORTIONAL and round(fmt.lineHeight()) == before:
            fmt.setLineHeight(after, _PROPORTIONAL)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
