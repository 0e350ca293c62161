"""The reading view: the canonical text laid out for reading, in a centred column.

The QTextDocument holds a title header followed by the canonical text, laid out
with its structure by :mod:`reader.ui.document_builder` (block formats, inline
styles, tables, pictures, rules). Offsets cross the Qt boundary through
``PositionMap``, which knows every object the view inserts. Links are shown, never
followed by a plain click: Ctrl+click goes to a place in the document, or opens an
address in the system browser after asking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QMessageBox, QTextEdit, QToolTip, QWidget

from reader.core.annotations import Annotation
from reader.core.document import MATTER_KINDS, BlockKind, Document
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.rich import Span, Style, is_openable
from reader.ui.block_formats import TITLE_SIZE, format_blocks, shrink_blank_lines
from reader.ui.document_builder import Builder
from reader.ui.highlighter import Highlighter, SpanIndex
from reader.ui.offsets import PositionMap
from reader.ui.palette import ENTITY_NAMES
from reader.ui.pictures import PictureShelf
from reader.ui.plain import plain_tooltip
from reader.ui.theme import LIGHT, Theme, reading_font

COLUMN_CHARS = 68
BASE_POINT_SIZE = 13.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 32.0
LINE_HEIGHT_PERCENT = 155
DOCUMENT_MARGIN = 28
LINKED = frozenset({Style.LINK, Style.NOTE_REF})


class ReadingView(QTextEdit):
    zoom_changed = Signal(float)
    link_followed = Signal(int)  # the offset a link inside the document led to
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
        self._links: SpanIndex[Span] = SpanIndex(())
        self._pressed_link: Span | None = None
        self.open_externally: Callable[[QUrl], object] = QDesktopServices.openUrl
        """Hands an address to the system (browser, mail program)."""
        self.pictures = PictureShelf(self)
        self._refit = QTimer(self, singleShot=True, interval=120)
        self._refit.timeout.connect(self.pictures.fit)
        self._apply_font()
        self.apply_theme(LIGHT)

    # -- content -------------------------------------------------------------------

    @property
    def document_model(self) -> Document | None:
        return self._document

    def show_document(self, document: Document) -> None:
        self.pictures.stop()
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDefaultFont(reading_font(self._point_size))
        qdoc.setDocumentMargin(DOCUMENT_MARGIN)
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()
        self._insert_header(cursor, document)
        body = self._body_block_format()
        cursor.setBlockFormat(body)  # the body's first block (the text may open it)
        builder = Builder(qdoc, document, body)
        positions = builder.build(cursor)
        format_blocks(qdoc, document, positions, body, document.title)
        if document.format == "text":
            shrink_blank_lines(qdoc, positions.origin)
        builder.apply_styles(positions, self._theme)
        cursor.endEditBlock()
        self.positions = positions
        self._document = document
        self._links = SpanIndex(s for s in document.rich.spans if s.style in LINKED)
        self.highlighter.set_styles(document.rich.spans)
        self.highlighter.cuts = builder.plan.cuts
        self.highlighter.set_entities(())
        self.highlighter.set_annotations(())
        self.highlighter.selected_annotation = None
        self.highlighter.fresh = True
        self.setDocument(qdoc)
        self.setCursorWidth(0)  # setDocument restores the default caret
        # Only now: sizing pictures in a document not yet laid out by this view stops
        # Qt's background layout of everything after them.
        self.pictures.start(qdoc, document, builder.plan.pictures)
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
            lines.extend(self._link_tip(offset))
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Ctrl+press on a link is the start of following it, not of a selection."""
        self._pressed_link = None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._pressed_link = self.link_at(self.offset_at(event.position().toPoint()))
            if self._pressed_link is not None:
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed_link = self._pressed_link, None
        if pressed is not None:
            event.accept()
            if self.link_at(self.offset_at(event.position().toPoint())) == pressed:
                self.follow(pressed)
            return
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

    # -- links and pictures --------------------------------------------------------------

    def link_at(self, offset: int | None) -> Span | None:
        """The innermost link (or note reference) at an offset."""
        if offset is None:
            return None
        hits = self._links.at(offset)
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def follow(self, link: Span) -> None:
        """Go where a link leads: a place in the document, or (after asking) an address
        opened by the system's browser or mail program."""
        if link.target is not None:
            self.link_followed.emit(link.target)
            self.scroll_to(link.target)
            return
        if not is_openable(link.href):
            return
        answer = QMessageBox.question(
            self,
            "Open Link",
            f"Open this address outside reader?\n\n{link.href}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.open_externally(QUrl(link.href))

    def _link_tip(self, offset: int) -> list[str]:
        link = self.link_at(offset)
        if link is None or self._document is None:
            return []
        if link.style is Style.NOTE_REF and link.target is not None:
            text = self._document.text
            end = text.find("\n", link.target)
            note = text[link.target : end if end >= 0 else len(text)]
            return [note[:400] + ("…" if len(note) > 400 else ""), "Ctrl+click: go to the note"]
        if link.target is not None:
            return ["Ctrl+click: go there"]
        if link.href:
            return [link.href, "Ctrl+click: open"]
        return []

    def scroll_to(self, offset: int) -> None:
        """Put ``offset`` (a chapter, heading or note) at the top of the view."""
        cursor = self.textCursor()
        cursor.setPosition(self.positions.to_qt(offset))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - 12)
        self.setFocus()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802
        """Only the pictures the view placed itself: never a file, never the network."""
        return QImage() if kind == QTextDocument.ResourceType.ImageResource.value else None

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
        self.pictures.set_colour(theme.muted)
        self.highlighter.fresh = False  # links take the new theme's colour
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
        self._refit.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._update_margins()
        super().resizeEvent(event)
        self._refit.start()

    def _update_margins(self) -> None:
        """Centre a column of about COLUMN_CHARS characters in the available width."""
        metrics = QFontMetricsF(reading_font(self._point_size))
        column = metrics.averageCharWidth() * COLUMN_CHARS + 2 * self.document().documentMargin()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        spare = self.width() - scrollbar - column
        side = int(max(0.0, spare / 2))
        self.setViewportMargins(side, 0, side, 0)
