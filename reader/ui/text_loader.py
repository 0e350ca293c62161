"""Filling the reading view's QTextDocument with a document, a slice at a time.

Inserting a whole book at once makes Qt lay it out in steps of up to 200,000
characters, each a long pause of the UI thread. Here the header and the first
slice go in at once (the first screen shows immediately), then the rest in slices
of :data:`SLICE` characters, one per turn of the event loop, each slice with its
block formats (headings, quotes, lists, code); Qt lays each slice out as it comes.

The QTextDocument holds a title header followed by exactly the canonical text
(each ``\\n`` becomes one block separator, so positions stay 1:1); block formats
give headings, quotes and paragraph spacing.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from reader.core.document import Block, BlockKind, Document
from reader.ui.offsets import PositionMap
from reader.ui.theme import Theme

FIRST_SLICE = 20_000
"""Characters inserted at once: more than a screenful."""
SLICE = 30_000
"""Characters inserted per later step (about 20-40 ms of layout on our machines)."""
LINE_HEIGHT_PERCENT = 155
# QTextFormat.FontSizeAdjustment (0 normal, 1 large, 2 x-large): the title above chapters
TITLE_SIZE = 2
HEADING_SIZE = {1: 1, 2: 1, 3: 0}


def body_block_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    fmt.setBottomMargin(12)
    return fmt


class TextLoader:
    """Puts ``document`` into ``qdoc``: :meth:`start`, then :meth:`step` until done."""

    def __init__(self, qdoc: QTextDocument, document: Document, positions: PositionMap) -> None:
        self.qdoc = qdoc
        self.document = document
        self.positions = positions
        self.loaded = 0
        """Code points of the text in the view so far."""
        self._block = 0  # the next document block to format
        self._list: QTextList | None = None
        self._previous_end = -2

    @property
    def done(self) -> bool:
        return self.loaded >= len(self.document.text)

    def start(self, theme: Theme) -> None:
        """The header (not part of the canonical text), then the first slice."""
        cursor = QTextCursor(self.qdoc)
        _insert_header(cursor, self.document, theme)
        self.positions.origin = cursor.position()
        self.step(FIRST_SLICE)

    def step(self, size: int = SLICE) -> None:
        """Insert the next slice (ending after a line end) and format its blocks."""
        text = self.document.text
        if self.done:
            return
        start = self.loaded
        end = text.find("\n", min(start + size, len(text)))
        end = len(text) if end == -1 else end + 1
        cursor = QTextCursor(self.qdoc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        cursor.insertText(text[start:end], QTextCharFormat())
        self.loaded = end
        self._format_blocks()
        self._format_blank_lines(start, end)
        cursor.endEditBlock()

    def _format_blocks(self) -> None:
        blocks = self.document.blocks
        cursor = QTextCursor(self.qdoc)
        while self._block < len(blocks) and blocks[self._block].end <= self.loaded:
            index = self._block
            self._block += 1
            self._format(cursor, blocks[index], index)

    def _format(self, cursor: QTextCursor, block: Block, index: int) -> None:
        document, positions = self.document, self.positions
        if block.kind is not BlockKind.LIST_ITEM:
            self._list = None
        if block.kind is BlockKind.PARAGRAPH:
            self._previous_end = block.end
            return
        cursor.setPosition(positions.to_qt(block.start))
        cursor.setPosition(positions.to_qt(block.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = body_block_format()
        chars = QTextCharFormat()
        if block.kind is BlockKind.HEADING:
            fmt.setTopMargin(14)
            fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            chars.setFontWeight(QFont.Weight.Bold)
            is_title = (
                index == 0
                and " ".join(document.text[block.start : block.end].split()) == document.title
            )
            chars.setProperty(
                QTextFormat.Property.FontSizeAdjustment,
                TITLE_SIZE if is_title else HEADING_SIZE.get(block.level, 0),
            )
        elif block.kind is BlockKind.QUOTE:
            fmt.setLeftMargin(28)
            chars.setFontItalic(True)
        elif block.kind is BlockKind.LIST_ITEM:
            fmt.setBottomMargin(4)
            # A bullet drawn by the layout: no character is added to the text.
            if self._list is None or block.start != self._previous_end + 1:
                style = QTextListFormat()
                style.setStyle(QTextListFormat.Style.ListDisc)
                style.setIndent(1)
                self._list = cursor.createList(style)
            else:
                self._list.add(cursor.block())
        elif block.kind is BlockKind.PREFORMATTED:
            fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            fmt.setNonBreakableLines(True)
            chars.setFontFamilies(["DejaVu Sans Mono", "monospace"])
        cursor.mergeBlockFormat(fmt)
        cursor.mergeCharFormat(chars)
        self._previous_end = block.end

    def _format_blank_lines(self, start: int, end: int) -> None:
        """Blank lines of hard-wrapped text are paragraph breaks, not extra space. The
        block after the slice (where the next one goes) is left alone."""
        blank = QTextBlockFormat()
        blank.setLineHeight(40, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        blank.setBottomMargin(0)
        limit = self.positions.to_qt(end)
        qblock = self.qdoc.findBlock(self.positions.to_qt(start))
        while qblock.isValid() and (qblock.position() < limit or self.done):
            if qblock.length() == 1:
                QTextCursor(qblock).setBlockFormat(blank)
            qblock = qblock.next()


def _insert_header(cursor: QTextCursor, document: Document, theme: Theme) -> None:
    """The title (unless the text opens with it as a heading) and a byline: author,
    site, date, as the document says."""
    first = document.blocks[0] if document.blocks else None
    opens_with_title = (
        first is not None
        and first.kind is BlockKind.HEADING
        and " ".join(document.text[first.start : first.end].split()) == document.title
    )
    byline = " · ".join(
        part
        for part in (
            document.author,
            document.metadata.get("site"),
            (document.metadata.get("date") or "")[:10],
        )
        if part
    )
    if not opens_with_title:
        title_block = QTextBlockFormat()
        title_block.setBottomMargin(6 if byline else 18)
        title_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        title_chars = QTextCharFormat()
        title_chars.setFontWeight(QFont.Weight.Bold)
        title_chars.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE)
        cursor.setBlockFormat(title_block)
        cursor.insertText(document.title, title_chars)
        cursor.insertBlock(body_block_format(), QTextCharFormat())
    if byline:
        byline_block = QTextBlockFormat()
        byline_block.setBottomMargin(20)
        byline_chars = QTextCharFormat()
        byline_chars.setForeground(QColor(theme.muted))
        byline_chars.setFontItalic(True)
        cursor.setBlockFormat(byline_block)
        cursor.insertText(byline, byline_chars)
        cursor.insertBlock(body_block_format(), QTextCharFormat())
