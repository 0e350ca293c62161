"""Filling the reading view's QTextDocument with a document, a slice at a time.

Inserting a whole book at once makes Qt lay it out in steps of up to 200,000
characters, each a long pause of the UI thread. Here the header and the first
slice go in at once (the first screen shows immediately), then the rest in slices
of :data:`SLICE` characters, one per turn of the event loop. Each slice goes in
through the :class:`~reader.ui.document_builder.Builder` (text, tables, pictures,
rules), then gets its block formats (:mod:`reader.ui.block_formats`: headings,
lists, quotes, code, notes, matter) and its inline styles; Qt lays each slice out
as it comes.

The QTextDocument holds a title header followed by the canonical text (each ``\\n``
one block separator) and the objects the view inserts, which the
:class:`~reader.ui.offsets.PositionMap` accounts for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.core.document import Document
from reader.ui.block_formats import TITLE_SIZE, BlankLines, BlockFormatter
from reader.ui.byline import QtRange, byline, byline_format, opens_with_title, recolour
from reader.ui.document_builder import Builder, Picture, Plan
from reader.ui.offsets import PositionMap
from reader.ui.reading_style import LINE_SPACING, body_block_format
from reader.ui.theme import Theme

FIRST_SLICE = 20_000
"""Characters inserted at once: more than a screenful."""
SLICE = 30_000
"""Characters inserted per later step (about 20-40 ms of layout on our machines)."""


class TextLoader:
    """Puts ``document`` into ``qdoc``: :meth:`start`, then :meth:`step` until done.

    ``positions`` and ``layout`` (the objects to insert) may be made off the UI
    thread; ``positions`` gets its origin (where the text starts) here. ``on_pictures``
    hears of the pictures each slice placed, inside the slice's edit. Body paragraphs
    are set ``line_spacing`` percent of the font's height apart."""

    def __init__(
        self,
        qdoc: QTextDocument,
        document: Document,
        positions: PositionMap,
        layout: Plan | None = None,
        on_pictures: Callable[[list[Picture]], None] | None = None,
        *,
        line_spacing: int = LINE_SPACING,
    ) -> None:
        self.qdoc = qdoc
        self.body = body_block_format(line_spacing)
        self.document = document
        self.positions = positions
        self.builder = Builder(qdoc, document, self.body, layout)
        self._blocks = BlockFormatter(qdoc, document, positions, self.body, document.title)
        self._blank: BlankLines | None = None
        self._theme: Theme | None = None
        self._header_byline: list[QtRange] = []
        self._on_pictures = on_pictures

    @property
    def loaded(self) -> int:
        """Code points of the text in the view so far."""
        return self.builder.inserted

    @property
    def done(self) -> bool:
        return self.builder.done

    def start(self, theme: Theme) -> None:
        """The header (not part of the canonical text), then the first slice."""
        self._theme = theme
        cursor = QTextCursor(self.qdoc)
        self._header_byline = _insert_header(cursor, self.document, theme, self.body)
        cursor.setBlockFormat(self.body)  # the body's first block
        self.positions.origin = cursor.position()
        if self.document.format == "text":
            self._blank = BlankLines(self.qdoc, self.positions.origin)
        self.step(FIRST_SLICE)

    def step(self, size: int = SLICE) -> tuple[int, int]:
        """Insert the next slice (ending after a line end), format it; the range of code
        points it added."""
        text = self.document.text
        start = self.loaded
        if self.done:
            return start, start
        end = text.find("\n", min(start + size, len(text)))
        end = len(text) if end == -1 else end + 1
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        placed = len(self.builder.placed)
        assert self._theme is not None
        reached = self.builder.build_to(end, self._theme)
        self._blocks.format_until(reached)
        if self._blank is not None:
            self._blank.shrink(done=self.done)
        self.builder.style_to(self.positions, self._theme)
        if self._on_pictures is not None and len(self.builder.placed) > placed:
            self._on_pictures(self.builder.placed[placed:])
        cursor.endEditBlock()
        return start, reached

    def restyle(self, theme: Theme) -> None:
        """What in the text itself depends on the theme (links, bylines) in ``theme``'s
        colours."""
        self._theme = theme
        recolour(self.qdoc, self._header_byline, theme)
        self.builder.restyle(self.positions, theme)


def _insert_header(
    cursor: QTextCursor, document: Document, theme: Theme, body: QTextBlockFormat
) -> list[QtRange]:
    """The title (unless the text opens with it as a heading: the byline then goes
    under that heading, see :mod:`reader.ui.byline`) and a byline: author, site, date,
    as the document says; where that byline went."""
    title_in_text = opens_with_title(document)
    line = "" if title_in_text else byline(document)
    if not title_in_text:
        title_block = QTextBlockFormat()
        title_block.setBottomMargin(6 if line else 18)
        title_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        title_chars = QTextCharFormat()
        title_chars.setFontWeight(QFont.Weight.Bold)
        title_chars.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE)
        cursor.setBlockFormat(title_block)
        cursor.insertText(document.title, title_chars)
        cursor.insertBlock(body, QTextCharFormat())
    if line:
        byline_block = QTextBlockFormat()
        byline_block.setBottomMargin(20)
        cursor.setBlockFormat(byline_block)
        start = cursor.position()
        cursor.insertText(line, byline_format(theme))
        end = cursor.position()
        cursor.insertBlock(body, QTextCharFormat())
        return [(start, end)]
    return []
