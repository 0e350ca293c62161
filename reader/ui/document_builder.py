"""Lays a Document's canonical text out in a QTextDocument, with its rich structure.

The text goes in as it is (each ``\\n`` one block break, so positions stay 1:1 with
code points but for wide characters), in as few insertions as there are objects:
the text between two objects is one ``insertText``. The objects the view adds that
are not in the canonical text are planned first (:func:`plan`), so that the
:class:`~reader.ui.offsets.PositionMap` knows each one's units:

- a rule: an empty block carrying a horizontal ruler (1 unit, its block break);
- a picture standing on its own: a centred block holding the picture (2 units);
- a picture in the text: one object character (1 unit);
- a table: Qt's frame start (1 unit), then one cell marker per canonical ``\\t`` or
  ``\\n`` between cells, and one more per padding cell of a short row (1 each);
  merged cells (``colspan``) have no marker of their own.

Block formats (headings, lists with their numbers and nesting, quotes, code, notes,
captions; :mod:`reader.ui.block_formats`) and inline styles are applied after, by
position, as far as the text is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from reader.core.document import Document
from reader.core.rich import Align, Image, Style, Table
from reader.ui.byline import QtRange, byline, byline_format, byline_offset, recolour
from reader.ui.inline_styles import COLOURED, colour_format, font_format
from reader.ui.offsets import PositionMap, split_at_cuts
from reader.ui.theme import Theme

_BORDER = QColor(127, 127, 127, 110)
_HEADER_FILL = QColor(127, 127, 127, 34)
LINKED = frozenset({Style.LINK, Style.NOTE_REF})
_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}


class _Kind(IntEnum):  # the order of objects at the same offset
    BYLINE = -1
    RULE = 0
    PICTURE = 1
    TABLE = 2
    INLINE_PICTURE = 3


@dataclass(frozen=True, slots=True)
class _Object:
    offset: int
    kind: _Kind
    index: int  # into the document's images or tables


@dataclass(slots=True)
class Picture:
    """A picture placed in the view: which image, and its object's Qt position."""

    index: int
    image: Image
    position: int = -1


@dataclass(slots=True)
class Plan:
    objects: list[_Object] = field(default_factory=list)
    insertions: list[tuple[int, int]] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    """Offsets of the characters that stand for table frame and cell boundaries."""


def shown(image: Image) -> bool:
    """A picture that can be shown, or at least described."""
    return bool(image.src or image.alt)


def plan(document: Document) -> Plan:
    rich = document.rich
    out = Plan()
    under_title = byline_offset(document)
    if under_title is not None:
        out.objects.append(_Object(under_title, _Kind.BYLINE, -1))
        out.insertions.append((under_title, len(byline(document).encode("utf-16-le")) // 2 + 1))
    for offset in rich.rules:
        out.objects.append(_Object(offset, _Kind.RULE, -1))
        out.insertions.append((offset, 1))
    in_tables = [(t.start, t.end) for t in rich.tables]
    for index, image in enumerate(rich.images):
        if not shown(image):
            continue
        out.pictures.append(Picture(index, image))
        if image.inline:
            out.insertions.append((image.offset, 1))
            if not any(start <= image.offset <= end for start, end in in_tables):
                out.objects.append(_Object(image.offset, _Kind.INLINE_PICTURE, index))
        else:
            out.objects.append(_Object(image.offset, _Kind.PICTURE, index))
            out.insertions.append((image.offset, 2))
    for index, table in enumerate(rich.tables):
        out.objects.append(_Object(table.start, _Kind.TABLE, index))
        out.insertions.append((table.start, 1))
        columns = table.columns
        if table.start > 0:
            out.cuts.append(table.start - 1)
        for row in table.rows:
            missing = columns - sum(cell.columns for cell in row)
            if missing > 0:
                out.insertions.append((row[-1].end, missing))
            out.cuts.extend(cell.end for cell in row)
    out.objects.sort(key=lambda o: (o.offset, o.kind))
    out.cuts.sort()
    return out


class Builder:
    """Writes the document's text and objects at the end of ``qdoc`` (whose last block
    is the body's first), as far as an offset at a time (:meth:`build_to`); inline
    styles follow as far as the text is in (:meth:`style_to`)."""

    def __init__(
        self,
        qdoc: QTextDocument,
        document: Document,
        body: QTextBlockFormat,
        layout: Plan | None = None,
    ) -> None:
        self._qdoc = qdoc
        self._document = document
        self._body = body
        self._plain = QTextCharFormat()
        self.plan = layout if layout is not None else plan(document)
        self._pictures = {p.index: p for p in self.plan.pictures}
        self.placed: list[Picture] = []
        """The pictures in the document so far, in the order they went in."""
        self.inserted = 0
        """Code points of the text in the document so far."""
        self._next_object = 0
        self._styles = sorted(document.rich.spans, key=lambda span: span.end)
        self._next_style = 0
        self._shared: dict[Style, QTextCharFormat] = {}
        self.bylines: list[QtRange] = []
        """Where the byline under the opening title went (Qt positions), if it did."""

    @property
    def done(self) -> bool:
        return self.inserted >= len(self._document.text) and self._next_object >= len(
            self.plan.objects
        )

    def build_to(self, end: int, theme: Theme) -> int:
        """Insert the text and objects before offset ``end`` (a table is inserted whole,
        so this may go past it), the byline in ``theme``'s colours; the offset reached."""
        text = self._document.text
        last = end >= len(text)
        cursor = QTextCursor(self._qdoc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        objects = self.plan.objects
        while self._next_object < len(objects):
            item = objects[self._next_object]
            if item.offset >= end and not last:
                break  # it stands before the text after ``end``: with it
            if item.offset > self.inserted:
                cursor.insertText(text[self.inserted : item.offset], self._plain)
                self.inserted = item.offset
            self._next_object += 1
            if item.kind is _Kind.TABLE:
                table = self._document.rich.tables[item.index]
                cursor = self._table(cursor, table)
                self.inserted = min(table.end + 1, len(text))
            elif item.kind is _Kind.INLINE_PICTURE:
                self._picture(cursor, item.index)
            else:
                self._block_object(cursor, item, theme, at_end=item.offset >= len(text))
        if self.inserted < min(end, len(text)):
            cursor.insertText(text[self.inserted : end], self._plain)
            self.inserted = min(end, len(text))
        return self.inserted

    # -- objects ---------------------------------------------------------------------------

    def _block_object(
        self, cursor: QTextCursor, item: _Object, theme: Theme, *, at_end: bool
    ) -> None:
        if cursor.block().length() > 1:  # after the last block of text: a block of its own
            cursor.insertBlock(self._body, self._plain)
        if item.kind is _Kind.BYLINE:
            line = QTextBlockFormat(self._body)
            line.setBottomMargin(20)
            cursor.setBlockFormat(line)
            start = cursor.position()
            cursor.insertText(byline(self._document), byline_format(theme, self._plain))
            self.bylines.append((start, cursor.position()))
        elif item.kind is _Kind.RULE:
            ruler = QTextBlockFormat(self._body)
            ruler.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
            ruler.setLineHeight(60, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.setBlockFormat(ruler)
        else:
            centred = QTextBlockFormat(self._body)
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            centred.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.setBlockFormat(centred)
            self._picture(cursor, item.index)
        if not at_end:
            cursor.insertBlock(self._body, self._plain)

    def _picture(self, cursor: QTextCursor, index: int) -> None:
        picture = self._pictures[index]
        picture.position = cursor.position()
        self.placed.append(picture)
        fmt = QTextImageFormat()
        fmt.setName(picture_name(index))
        cursor.insertImage(fmt)
        cursor.setCharFormat(self._plain)

    def _table(self, cursor: QTextCursor, table: Table) -> QTextCursor:
        columns = table.columns
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QBrush(_BORDER))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(5)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(14)
        if all(cell.header for cell in table.rows[0]):
            fmt.setHeaderRowCount(1)
        qtable = cursor.insertTable(len(table.rows), columns, fmt)
        merges: list[tuple[int, int, int]] = []
        for r, row in enumerate(table.rows):
            column = 0
            for cell in row:
                qcell = qtable.cellAt(r, column)
                if cell.header:
                    cell_format = QTextTableCellFormat()
                    cell_format.setBackground(_HEADER_FILL)
                    qcell.setFormat(cell_format)
                inside = qcell.firstCursorPosition()
                block = QTextBlockFormat()
                block.setAlignment(_ALIGN.get(cell.align, Qt.AlignmentFlag.AlignLeft))
                inside.setBlockFormat(block)
                chars = QTextCharFormat()
                if cell.header:
                    chars.setFontWeight(700)
                self._cell_text(inside, cell.start, cell.end, chars)
                if cell.columns > 1:
                    merges.append((r, column, cell.columns))
                column += cell.columns
        for r, column, span in merges:
            qtable.mergeCells(r, column, 1, span)
        after = QTextCursor(self._qdoc)
        after.setPosition(qtable.lastPosition() + 1)
        after.setBlockFormat(self._body)
        return after

    def _cell_text(self, cursor: QTextCursor, start: int, end: int, chars: QTextCharFormat) -> None:
        text = self._document.text
        pos = start
        for picture in self.plan.pictures:
            image = picture.image
            if image.inline and start <= image.offset <= end:
                cursor.insertText(text[pos : image.offset], chars)
                pos = image.offset
                self._picture(cursor, picture.index)
        cursor.insertText(text[pos:end], chars)

    # -- formats ---------------------------------------------------------------------------

    def style_to(self, positions: PositionMap, theme: Theme) -> None:
        """Every inline style whose text is in, in one merge per span: its font side,
        and its coloured side (links, code: drawn beneath the highlights)."""
        cursor = QTextCursor(self._qdoc)
        styles = self._styles
        while self._next_style < len(styles) and styles[self._next_style].end <= self.inserted:
            span = styles[self._next_style]
            self._next_style += 1
            style = span.style
            fmt = self._shared.get(style)
            if fmt is None:
                fmt = font_format(style) or QTextCharFormat()
                if style in COLOURED:
                    fmt.merge(colour_format(span, theme))
                if style not in LINKED:  # a link's own address
                    self._shared[style] = fmt
            if not fmt.isEmpty():
                self._merge(cursor, positions, span.start, span.end, fmt)

    def restyle(self, positions: PositionMap, theme: Theme) -> None:
        """The links and the byline in the colours of ``theme`` (the text's own formats,
        not a layer)."""
        recolour(self._qdoc, self.bylines, theme)
        cursor = QTextCursor(self._qdoc)
        for span in self._styles[: self._next_style]:
            if span.style in LINKED:
                self._merge(cursor, positions, span.start, span.end, colour_format(span, theme))

    def _merge(
        self,
        cursor: QTextCursor,
        positions: PositionMap,
        start: int,
        end: int,
        fmt: QTextCharFormat,
    ) -> None:
        for piece_start, piece_end in split_at_cuts(start, end, self.plan.cuts):
            cursor.setPosition(positions.to_qt(piece_start))
            cursor.setPosition(
                positions.to_qt(piece_end, end=True), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)


def picture_name(index: int) -> str:
    return f"reader-picture:{index}"
