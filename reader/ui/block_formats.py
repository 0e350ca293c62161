"""Block formats of the reading view: headings, lists, quotes, code, notes, captions.

Code keeps its lines (each is a block of its own) and its spaces; a line longer
than the column wraps at its edge rather than making the whole view scroll sideways.

Applied after the text is in, block by block (paragraphs keep the body format they
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


def format_blocks(
    qdoc: QTextDocument,
    document: Document,
    positions: PositionMap,
    body: QTextBlockFormat,
    title: str,
) -> None:
    cursor = QTextCursor(qdoc)
    lists = _Lists(cursor)
    for index, block in enumerate(document.blocks):
        kind = block.kind
        if kind is BlockKind.TABLE_ROW:
            continue  # the table's own cells
        numbered_note = kind is BlockKind.NOTE and block.number is not None
        if kind is BlockKind.NOTE:
            lists.close_deeper_than(1)
        elif kind is not BlockKind.LIST_ITEM:
            lists.close_deeper_than(0 if kind is BlockKind.HEADING else block.level)
        if kind is BlockKind.PARAGRAPH and block.level == 0:
            continue
        cursor.setPosition(positions.to_qt(block.start))
        cursor.setPosition(positions.to_qt(block.end, end=True), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextBlockFormat(body)
        chars = QTextCharFormat()
        if kind is BlockKind.HEADING:
            fmt.setTopMargin(14)
            fmt.setLineHeight(125, _PROPORTIONAL)
            chars.setFontWeight(QFont.Weight.Bold)
            is_title = (
                index == 0 and " ".join(document.text[block.start : block.end].split()) == title
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
            QTextCursor(qdoc.findBlock(cursor.position())).mergeBlockFormat(last)
        if kind is BlockKind.LIST_ITEM or numbered_note:
            cursor.setPosition(positions.to_qt(block.start))
            lists.add_item(block if kind is BlockKind.LIST_ITEM else _note_item(block))
    _tighten_lines(qdoc, document, positions)


def _tighten_lines(qdoc: QTextDocument, document: Document, positions: PositionMap) -> None:
    """The lines of one block (verse, an address: line breaks kept in plain text)
    without paragraph spacing between them."""
    text = document.text
    for block in document.blocks:
        if block.kind in _OWN_LINES or "\n" not in text[block.start : block.end]:
            continue
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


def shrink_blank_lines(qdoc: QTextDocument, origin: int) -> None:
    """Blank lines of plain text are paragraph breaks, not extra space; further blank
    lines in a row (four before a Gutenberg chapter) add a little each."""
    blank = QTextBlockFormat()
    blank.setLineHeight(40, _PROPORTIONAL)
    blank.setBottomMargin(0)
    more = QTextBlockFormat(blank)
    more.setLineHeight(BLANK_RUN_PIXELS, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    qblock = qdoc.findBlock(origin)
    previous_blank = False
    while qblock.isValid():
        is_blank = qblock.length() == 1
        if is_blank:
            QTextCursor(qblock).setBlockFormat(more if previous_blank else blank)
        previous_blank = is_blank
        qblock = qblock.next()
