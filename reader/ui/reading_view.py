"""The reading view: the canonical text laid out for reading, in a centred column.

The QTextDocument holds a title header followed by exactly the canonical text
(each ``\\n`` becomes one block separator, so positions stay 1:1), and block
formats give headings, quotes and paragraph spacing. Offsets cross the Qt
boundary through ``PositionMap``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from reader.core.annotations import Annotation
from reader.core.document import MATTER_KINDS, BlockKind, Document
from reader.core.entities import EntityLabel, EntitySpan
from reader.ui.highlighter import Highlighter
from reader.ui.offsets import PositionMap
from reader.ui.palette import ENTITY_NAMES
from reader.ui.plain import plain_tooltip
from reader.ui.theme import LIGHT, Theme, reading_font

COLUMN_CHARS = 68
BASE_POINT_SIZE = 13.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
LINE_HEIGHT_PERCENT = 155
# QTextFormat.FontSizeAdjustment (0 normal, 1 large, 2 x-large): the title above chapters
TITLE_SIZE = 2
HEADING_SIZE = {1: 1, 2: 1, 3: 0}
MATTER_SIZE = -1  # front and back matter (a licence): smaller
BLANK_RUN_PIXELS = 6


class ReadingView(QTextEdit):
    zoom_changed = Signal(float)
    # (menu, code-point offset under the mouse or -1): add actions before it shows
    context_menu_requested = Signal(QMenu, int)
    annotation_clicked = Signal(str)
    selection_finished = Signal()
    highlights_changed = Signal(int, int)  # a range of code points was repainted (end -1: all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self.setCursorWidth(0)  # a reader, not an editor: no blinking caret
        self.setAcceptDrops(False)  # files dropped here go to the window
        self._point_size = BASE_POINT_SIZE
        self._theme = LIGHT
        self._document: Document | None = None
        self.positions = PositionMap("")
        self.highlighter = Highlighter()
        self._apply_font()
        self.apply_theme(LIGHT)

    # -- content -------------------------------------------------------------------

    @property
    def document_model(self) -> Document | None:
        return self._document

    def show_document(self, document: Document) -> None:
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDefaultFont(reading_font(self._point_size))
        qdoc.setDocumentMargin(28)
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        self._insert_header(cursor, document)
        origin = cursor.position()
        cursor.insertText(document.text)
        self._format_blocks(qdoc, document, origin)
        cursor.endEditBlock()
        self.positions = PositionMap(document.text, origin)
        self._document = document
        self.highlighter.set_entities(())
        self.highlighter.set_annotations(())
        self.highlighter.selected_annotation = None
        self.setDocument(qdoc)
        self.setCursorWidth(0)  # setDocument restores the default caret
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_header(self, cursor: QTextCursor, document: Document) -> None:
        """The title (unless the text opens with it as a heading) and a byline:
        author, site, date, as the document says. Not part of the canonical text."""
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
            title_block.setLineHeight(
                120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            title_chars = QTextCharFormat()
            title_chars.setFontWeight(QFont.Weight.Bold)
            title_chars.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE)
            cursor.setBlockFormat(title_block)
            cursor.insertText(document.title, title_chars)
            cursor.insertBlock(self._body_block_format(), QTextCharFormat())
        if byline:
            byline_block = QTextBlockFormat()
            byline_block.setBottomMargin(20)
            byline_chars = QTextCharFormat()
            byline_chars.setForeground(QColor(self._theme.muted))
            byline_chars.setFontItalic(True)
            cursor.setBlockFormat(byline_block)
            cursor.insertText(byline, byline_chars)
            cursor.insertBlock(self._body_block_format(), QTextCharFormat())

    def _body_block_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        fmt.setBottomMargin(12)
        return fmt

    def _format_blocks(self, qdoc: QTextDocument, document: Document, origin: int) -> None:
        cursor = QTextCursor(qdoc)
        positions = PositionMap(document.text, origin)
        current_list: QTextList | None = None
        previous_end = -2
        for index, block in enumerate(document.blocks):
            if block.kind is not BlockKind.LIST_ITEM:
                current_list = None
            if block.kind is BlockKind.PARAGRAPH:
                previous_end = block.end
                continue
            cursor.setPosition(positions.to_qt(block.start))
            cursor.setPosition(positions.to_qt(block.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = self._body_block_format()
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
                if current_list is None or block.start != previous_end + 1:
                    style = QTextListFormat()
                    style.setStyle(QTextListFormat.Style.ListDisc)
                    style.setIndent(1)
                    current_list = cursor.createList(style)
                else:
                    current_list.add(cursor.block())
            elif block.kind in MATTER_KINDS:  # a Gutenberg header or licence: not the work
                fmt.setBottomMargin(6)
                fmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                chars.setProperty(QTextFormat.Property.FontSizeAdjustment, MATTER_SIZE)
            elif block.kind is BlockKind.PREFORMATTED:
                fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                fmt.setNonBreakableLines(True)
                chars.setFontFamilies(["DejaVu Sans Mono", "monospace"])
            cursor.mergeBlockFormat(fmt)
            cursor.mergeCharFormat(chars)
            previous_end = block.end
        self._tighten_lines(qdoc, document, positions)
        # Blank lines of hard-wrapped text are paragraph breaks, not extra space.
        # Further blank lines in a row (four before a Gutenberg chapter) add a little each.
        blank = QTextBlockFormat()
        blank.setLineHeight(40, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
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

    @staticmethod
    def _tighten_lines(qdoc: QTextDocument, document: Document, positions: PositionMap) -> None:
        """The lines of one block (verse, an address: line breaks kept in plain text)
        without paragraph spacing between them."""
        text = document.text
        for block in document.blocks:
            if block.kind is BlockKind.HEADING or "\n" not in text[block.start : block.end]:
                continue
            qblock = qdoc.findBlock(positions.to_qt(block.start))
            last = qdoc.findBlock(positions.to_qt(block.end))
            while qblock.isValid() and qblock.blockNumber() < last.blockNumber():
                fmt = qblock.blockFormat()
                fmt.setBottomMargin(0)
                QTextCursor(qblock).setBlockFormat(fmt)
                qblock = qblock.next()

    # -- highlights ---------------------------------------------------------------------

    def set_entities(self, spans: Sequence[EntitySpan]) -> None:
        self.highlighter.set_entities(spans)
        self.repaint_highlights()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.highlighter.set_annotations(annotations)
        self.repaint_highlights()

    def set_highlights(
        self, entities: Sequence[EntitySpan], annotations: Sequence[Annotation]
    ) -> None:
        """Both layers at once, painted in one pass (opening a document)."""
        self.highlighter.set_entities(entities)
        self.highlighter.set_annotations(annotations)
        self.repaint_highlights()

    def update_annotation(self, old: Annotation | None, new: Annotation | None) -> None:
        """One annotation added, changed or removed: repaint only where it was and is."""
        items = [a for a in self.highlighter.annotations.items if old is None or a.id != old.id]
        if new is not None:
            items.append(new)
        self.highlighter.set_annotations(items)
        for item in (old, new):
            if item is not None and not item.orphan:
                self.repaint_highlights(item.start, item.end)

    def set_hidden_labels(self, hidden: set[EntityLabel]) -> None:
        self.highlighter.hidden = set(hidden)
        self.repaint_highlights()

    def select_annotation(self, annotation_id: str | None) -> None:
        previous = self.highlighter.selected_annotation
        self.highlighter.selected_annotation = annotation_id
        for item in self.highlighter.annotations.items:
            if item.id in (previous, annotation_id):
                self.repaint_highlights(item.start, item.end)

    def repaint_highlights(self, start: int = 0, end: int | None = None) -> None:
        if self._document is not None:
            self.highlighter.paint(self.document(), self.positions, self._theme, start, end)
            self._dim_matter(start, self.positions.length if end is None else end)
            self.highlights_changed.emit(start, -1 if end is None else end)

    def _dim_matter(self, start: int, end: int) -> None:
        """Front and back matter (a Gutenberg header, a licence) in the muted colour,
        painted after the highlights (whose reset gives text the view's colour)."""
        assert self._document is not None
        muted = QTextCharFormat()
        muted.setForeground(QColor(self._theme.muted))
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for block in self._document.blocks:
            if block.kind in MATTER_KINDS and block.start < end and start < block.end:
                cursor.setPosition(self.positions.to_qt(max(block.start, start)))
                cursor.setPosition(
                    self.positions.to_qt(min(block.end, end)), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(muted)
        cursor.endEditBlock()

    def offset_at(self, point: QPoint) -> int | None:
        """Code-point offset of the character under a viewport point, if on the text."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if position < self.positions.origin or self._document is None:
            return None
        rect = self.cursorRect(cursor)
        if abs(point.y() - rect.center().y()) > rect.height():
            return None
        # cursorForPosition gives the nearest gap: take the character on the pointer's side
        offset = self.positions.from_qt(position)
        if point.x() < rect.x() and offset > 0:
            offset -= 1
        return min(offset, max(self.positions.length - 1, 0))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = self.viewport().mapFromGlobal(event.globalPos())
        offset = self.offset_at(point)
        lines: list[str] = []
        if offset is not None:
            for span in self.highlighter.entities.at(offset):
                if span.label not in self.highlighter.hidden:
                    lines.append(f"{ENTITY_NAMES[span.label]}: {span.text}")
            for note in self.highlighter.annotations.at(offset):
                first = note.note.strip().splitlines()[0] if note.note.strip() else ""
                tags = " ".join(f"#{t}" for t in note.tags)
                lines.append(" · ".join(x for x in (note.colour.value, first, tags) if x))
        if lines:
            QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)), self)
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        offset = self.offset_at(event.pos())
        self.context_menu_requested.emit(menu, -1 if offset is None else offset)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self.selection_finished.emit()
            return
        offset = self.offset_at(event.position().toPoint())
        hits = self.highlighter.annotations.at(offset) if offset is not None else []
        # The innermost (shortest) highlight under the pointer is the one meant.
        if hits:
            self.annotation_clicked.emit(min(hits, key=lambda a: a.end - a.start).id)
        else:
            self.annotation_clicked.emit("")

    # -- selection in code points -------------------------------------------------------

    def selection_offsets(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.positions.from_qt(cursor.selectionStart())
        end = self.positions.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_offsets(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.positions.to_qt(start))
        cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- look ---------------------------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, theme.paper),
            (QPalette.ColorRole.Window, theme.paper),
            (QPalette.ColorRole.Text, theme.ink),
            (QPalette.ColorRole.Highlight, theme.selection),
            (QPalette.ColorRole.HighlightedText, theme.ink),
        ):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        self.setAutoFillBackground(True)
        self.repaint_highlights()

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, size: float) -> None:
        size = min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)
        if size == self._point_size:
            return
        self._point_size = size
        self._apply_font()
        self.zoom_changed.emit(size)

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self._point_size + steps)

    def reset_zoom(self) -> None:
        self.set_point_size(BASE_POINT_SIZE)

    def _apply_font(self) -> None:
        font = reading_font(self._point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_margins()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._update_margins()
        super().resizeEvent(event)

    def _update_margins(self) -> None:
        """Centre a column of about COLUMN_CHARS characters in the available width."""
        metrics = QFontMetricsF(reading_font(self._point_size))
        column = metrics.averageCharWidth() * COLUMN_CHARS + 2 * self.document().documentMargin()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        spare = self.width() - scrollbar - column
        side = int(max(0.0, spare / 2))
        self.setViewportMargins(side, 0, side, 0)
