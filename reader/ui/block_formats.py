"""Block formats of the reading view: headings, lists, quotes, code, notes, captions.

Code keeps its lines (each is a block of its own) and its spaces; a line longer
than the column wraps at its edge rather than making the whole view scroll sideways.

Applied as the text comes in, block by block (paragraphs keep the body format they
were written with). List markers are drawn by Qt's lists, never added to the text:
consecutive items at one level form one list (numbered from the first item's number
for an ordered list; a number that does not follow starts a new list), a deeper item
starts a nested list, and a block that continues an item (a second paragraph, code)
is indented to the item's text. Task items get a check box marker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from reader.core.document import MATTER_KINDS, Block, BlockKind, Document
from reader.ui.inline_styles import CODE_FILL, MONOSPACE
from reader.ui.offsets import PositionMap

TITLE_SIZE = 2  # QTextFormat.FontSizeAdjustment (0 normal, 1 large, 2 x-large)
HEADING_SIZE = {1: 1, 2: 1, 3: 0}
MATTER_SIZE = -1  # front and back matter (a licence): smaller
BLANK_RUN_PIXELS = 6
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
# Blocks whose lines are laid out by their own rules (code keeps its own spacing).
_OWN_LINES = frozenset({BlockKind.HEADING, BlockKind.PREFORMATTED, BlockKind.TABLE_ROW})


class _Lists:
    """The lists open at each nesting level, while blocks are formatted in order."""

    def __init__(self, cursor: QTextCursor) -> None:
        self._cursor = cursor
        self._open: dict[int, tuple[QTextList, int | None]] = {}

    def close_deeper_than(self, level: int) -> None:
        for deeper in [n for n in self._open if n > level]:
            del self._open[deeper]

    def add_item(self, block: Block) -> None:
        level = max(block.level, 1)
        self.close_deeper_than(level)
        current = self._open.get(level)
        ordered = block.number is not None
        if current is not None:
            qlist, expected = current
            if (expected is None) == (not ordered) and (not ordered or block.number == expected):
                qlist.add(self._cursor.block())
                self._open[level] = (qlist, None if block.number is None else block.number + 1)
                return
        style = QTextListFormat()
        style.setIndent(level)
        if ordered:
            style.setStyle(QTextListFormat.Style.ListDecimal)
            style.setStart(block.number or 0)
        else:
            style.setStyle(_BULLETS[(level - 1) % len(_BULLETS)])
        qlist = self._cursor.createList(style)
        self._open[level] = (qlist, None if block.number is None else block.number + 1)


class BlockFormatter:
    """Formats the document's blocks in order, as far as its text is in the view
    (:meth:`format_until`), so a long book can be formatted slice by slice."""

    def __init__(
        self,
        qdoc: QTextDocument,
        document: Document,
        positions: PositionMap,
        body: QTextBlockFormat,
        title: str,
    ) -> None:
        self._qdoc = qdoc
        self._document = document
        self._positions = positions
        self._body = body
        self._title = title
        self._cursor = QTextCursor(qdoc)
        self._lists = _Lists(self._cursor)
        self._next = 0

    def format_until(self, loaded: int) -> None:
        """Format every block not formatted yet whose text is whole in the view (the
        first ``loaded`` code points)."""
        blocks = self._document.blocks
        while self._next < len(blocks) and blocks[self._next].end <= loaded:
            index = self._next
            self._next += 1
            self._format(index, blocks[index])
            _tighten_lines(self._qdoc, self._document, self._positions, blocks[index])

    def _format(self, index: int, block: Block) -> None:
        document, positions, body, cursor, lists = (
            self._document,
            self._positions,
            self._body,
            self._cursor,
            self._lists,
        )
        kind = block.kind
        if kind is BlockKind.TABLE_ROW:
            return  # the table's own cells
        numbered_note = kind is BlockKind.NOTE and block.number is not None
        if kind is BlockKind.NOTE:
            lists.close_deeper_than(1)
        elif kind is not BlockKind.LIST_ITEM:
            lists.close_deeper_than(0 if kind is BlockKind.HEADING else block.level)
        if kind is BlockKind.PARAGRAPH and block.level == 0:
            return
        cursor.setPosition(positions.to_qt(block.start))
        cursor.setPosition(positions.to_qt(block.end, end=True), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextBlockFormat(body)
        chars = QTextCharFormat()
        if kind is BlockKind.HEADING:
            fmt.setTopMargin(14)
            fmt.setLineHeight(125, _PROPORTIONAL)
            chars.setFontWeight(QFont.Weight.Bold)
            is_title = (
                index == 0
                and " ".join(document.text[block.start : block.end].split()) == self._title
            )
            chars.setProperty(
                QTextFormat.Property.FontSizeAdjustment,
                TITLE_SIZE if is_title else HEADING_SIZE.get(block.level, 0),
            )
        elif kind is BlockKind.LIST_ITEM:
            fmt.setBottomMargin(4)
            if block.checked is not None:
                fmt.setMarker(
                    QTextBlockFormat.MarkerType.Checked
                    if block.checked
                    else QTextBlockFormat.MarkerType.Unchecked
                )
        elif kind is BlockKind.QUOTE:
            fmt.setIndent(max(block.level, 1))
            chars.setFontItalic(True)
        elif kind is BlockKind.PREFORMATTED:
            fmt.setLineHeight(100, _PROPORTIONAL)  # a taller line would leave gaps
            fmt.setIndent(block.level)
            fmt.setBottomMargin(0)
            fmt.setBackground(CODE_FILL)
            chars.setFontFamilies(MONOSPACE)
        elif kind is BlockKind.NOTE:
            if not numbered_note:
                fmt.setIndent(max(block.level, 1))
            fmt.setBottomMargin(6)
            fmt.setLineHeight(135, _PROPORTIONAL)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        elif kind in MATTER_KINDS:  # a Gutenberg header or licence: not the work
            fmt.setBottomMargin(6)
            fmt.setLineHeight(130, _PROPORTIONAL)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, MATTER_SIZE)
        elif kind is BlockKind.CAPTION:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setTopMargin(0)
            chars.setFontItalic(True)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        else:  # a paragraph continuing a list item, or a definition
            fmt.setIndent(block.level)
            fmt.setBottomMargin(6)
        cursor.mergeBlockFormat(fmt)
        cursor.mergeCharFormat(chars)
        if kind is BlockKind.PREFORMATTED:  # its lines are one block of code
            last = QTextBlockFormat()
            last.setBottomMargin(body.bottomMargin())
            QTextCursor(self._qdoc.findBlock(cursor.position())).mergeBlockFormat(last)
        if kind is BlockKind.LIST_ITEM or numbered_note:
            cursor.setPosition(positions.to_qt(block.start))
            lists.add_item(block if kind is BlockKind.LIST_ITEM else _note_item(block))


def _tighten_lines(
    qdoc: QTextDocument, document: Document, positions: PositionMap, block: Block
) -> None:
    """The lines of one block (verse, an address: line breaks kept in plain text)
    without paragraph spacing between them."""
    if block.kind in _OWN_LINES or "\n" not in document.text[block.start : block.end]:
        return
    qblock = qdoc.findBlock(positions.to_qt(block.start))
    last = qdoc.findBlock(positions.to_qt(block.end))
    while qblock.isValid() and qblock.blockNumber() < last.blockNumber():
        fmt = qblock.blockFormat()
        fmt.setBottomMargin(0)
        QTextCursor(qblock).setBlockFormat(fmt)
        qblock = qblock.next()


def _note_item(block: Block) -> Block:
    """A numbered note is drawn as an item of an ordered list at the first level."""
    return Block(BlockKind.LIST_ITEM, block.start, block.end, 1, block.number)


class BlankLines:
    """Blank lines of plain text (empty, or only spaces) are paragraph breaks, not extra
    space; further blank lines in a row (four before a Gutenberg chapter) add a little
    each, and those before the first line of text none (the title's margin is the gap).
    Shrunk as far as the text is in the view (:meth:`shrink`)."""

    def __init__(self, qdoc: QTextDocument, origin: int) -> None:
        self._qdoc = qdoc
        self._next = qdoc.findBlock(origin).blockNumber()
        self._previous_blank = False
        self._text_seen = False
        self._blank = QTextBlockFormat()
        self._blank.setLineHeight(40, _PROPORTIONAL)
        self._blank.setBottomMargin(0)
        self._more = QTextBlockFormat(self._blank)
        self._more.setLineHeight(
            BLANK_RUN_PIXELS, QTextBlockFormat.LineHeightTypes.FixedHeight.value
        )
        self._leading = QTextBlockFormat(self._blank)
        self._leading.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)

    def shrink(self, *, done: bool) -> None:
        """The blocks in the view not shrunk yet but the last one (where the next slice
        of text goes), or (``done``) all of them."""
        qblock = self._qdoc.findBlockByNumber(self._next)
        while qblock.isValid() and (done or qblock.next().isValid()):
            is_blank = not qblock.text().strip()
            if is_blank:
                if not self._text_seen:
                    shrunk = self._leading
                else:
                    shrunk = self._more if self._previous_blank else self._blank
                QTextCursor(qblock).setBlockFormat(shrunk)
            self._text_seen = self._text_seen or not is_blank
            self._previous_blank = is_blank
            qblock = qblock.next()
            self._next += 1
