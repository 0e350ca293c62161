"""The text of a document in a QTextEdit: laid out a slice at a time, with its layers.

The text goes in a slice at a time with its structure (:mod:`reader.ui.text_loader`:
block formats, inline styles, tables, pictures, rules); highlights, entities and
find matches are drawn as extra selections of the part on screen
(:mod:`reader.ui.highlighter`), so neither a long book nor thousands of highlights
ever hold the UI thread. Offsets cross the Qt boundary through ``PositionMap``,
which knows every object the view inserts. The look (theme, font, column) is
:mod:`reader.ui.styled_view`'s; the pointer (links, tooltips, clicks) is
:mod:`reader.ui.reading_view`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from reader.core.annotations import Annotation
from reader.core.document import MATTER_KINDS, Block, Document
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.rich import Span
from reader.ui.document_builder import LINKED, Plan, plan
from reader.ui.highlighter import Highlighter, SpanIndex
from reader.ui.offsets import PositionMap, split_at_cuts
from reader.ui.pictures import PictureShelf
from reader.ui.reading_style import ReadingStyle, apply_alignment
from reader.ui.text_loader import TextLoader
from reader.ui.theme import LIGHT, Theme, reading_font

MARGIN_CHARS = 4_000
"""Highlights are drawn this far beyond the screen, so small scrolls redraw nothing."""


class TextView(QTextEdit):
    zoom_changed = Signal(float)
    link_followed = Signal(int)  # the offset a link inside the document led to
    # (menu, code-point offset under the mouse or -1): add actions before it shows
    context_menu_requested = Signal(QMenu, int)
    annotation_clicked = Signal(str)
    selection_finished = Signal()
    loaded = Signal()
    """The whole text of the document shown is in the view."""
    highlights_changed = Signal()
    """What is drawn over the text changed (highlights, entities, matches, selection)."""

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
        self._caret_width = 0  # a reader, not an editor: no caret unless asked for
        self.setCursorWidth(0)
        self.setAcceptDrops(False)  # files dropped here go to the window
        self._style = ReadingStyle()
        self._theme = LIGHT
        self._document: Document | None = None
        self.positions = PositionMap("")
        self.highlighter = Highlighter()
        self._loader: TextLoader | None = None
        self._when_loaded: list[Callable[[], None]] = []
        self._painted = (0, 0)
        self._cuts: list[int] = []
        self._matter: list[Block] = []
        self._links: SpanIndex[Span] = SpanIndex(())
        self._pressed_link: Span | None = None
        self.open_externally: Callable[[QUrl], object] = QDesktopServices.openUrl
        """Hands an address to the system (browser, mail program)."""
        self.pictures = PictureShelf(self)
        self._refit = QTimer(self, singleShot=True, interval=120)
        self._refit.timeout.connect(self.pictures.fit)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.refresh_highlights())

    # -- content -------------------------------------------------------------------

    @property
    def document_model(self) -> Document | None:
        return self._document

    def show_document(
        self,
        document: Document,
        positions: PositionMap | None = None,
        layout: Plan | None = None,
    ) -> None:
        """Show a document: its first screen now, the rest slice by slice (``loaded``
        is emitted once all of it is in, then its pictures are decoded). ``positions``
        and ``layout`` (:func:`reader.ui.document_builder.plan`) may be made off the UI
        thread; ``positions`` must then count the objects of ``layout``."""
        qdoc = QTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDefaultFont(self.reading_font())
        qdoc.setDocumentMargin(self._style.margin)
        apply_alignment(qdoc, self._style.justify)
        layout = layout or plan(document)
        self.positions = positions or PositionMap(document.text, 0, layout.insertions)
        self.pictures.begin(qdoc, document)
        self._loader = TextLoader(
            qdoc,
            document,
            self.positions,
            layout,
            self.pictures.add,
            line_spacing=self._style.line_spacing,
        )
        self._cuts = layout.cuts
        self._links = SpanIndex(s for s in document.rich.spans if s.style in LINKED)
        self._matter = [b for b in document.blocks if b.kind in MATTER_KINDS]
        self._document = document
        self.highlighter.set_entities(())
        self.highlighter.set_annotations(())
        self.highlighter.matches, self.highlighter.current_match = [], -1
        self.highlighter.selected_annotation = None
        self._painted = (0, 0)
        self._loader.start(self._theme)
        self._dim_matter(0, self._loader.loaded)
        previous = self.document()
        ours = previous.parent() is self  # else Qt's own, which setDocument deletes
        self.setDocument(qdoc)
        if ours:
            previous.deleteLater()  # the view owns the documents it made
        self.setCursorWidth(self._caret_width)  # setDocument restores the default caret
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._load_next()

    def is_loaded(self) -> bool:
        return self._loader is None or self._loader.done

    def call_when_loaded(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the whole text is in the view (now if it is)."""
        if self.is_loaded():
            action()
        else:
            self._when_loaded.append(action)

    def _load_next(self) -> None:
        loader = self._loader
        if loader is None or loader.qdoc is not self.document():
            return  # another document replaced this one
        if not loader.done:
            before = loader.loaded
            self._dim_matter(*loader.step())
            # Finding what is on screen makes Qt lay the new slice out at once (tens of
            # ms for tables and pictures): only when what was painted reached the end
            # of the text in, can the new slice be on screen or in the margin. Hidden
            # (a PDF's pages shown instead), the highlights are drawn when shown.
            if self.isVisible() and self._painted[1] >= before:
                self.refresh_highlights()
        if loader.done:
            self.pictures.decode()
            waiting, self._when_loaded = self._when_loaded, []
            for action in waiting:
                action()
            self.loaded.emit()
        else:
            QTimer.singleShot(0, self._load_next)

    # -- highlights ---------------------------------------------------------------------

    def set_entities(self, spans: Sequence[EntitySpan]) -> None:
        self.highlighter.set_entities(spans)
        self._layers_changed()

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        self.highlighter.set_annotations(annotations)
        self._layers_changed()

    def set_matches(self, matches: list[tuple[int, int]], current: int) -> None:
        self.highlighter.matches, self.highlighter.current_match = matches, current
        self._layers_changed()

    def set_hidden_labels(self, hidden: set[EntityLabel]) -> None:
        self.highlighter.hidden = set(hidden)
        self._layers_changed()

    def select_annotation(self, annotation_id: str | None) -> None:
        self.highlighter.selected_annotation = annotation_id
        self._layers_changed()

    def _layers_changed(self) -> None:
        self.refresh_highlights(force=True)
        self.highlights_changed.emit()

    def visible_range(self) -> tuple[int, int]:
        """Code points of the text on screen (as far as it is loaded), from the first
        line at least half in view: the top pixel may fall in the gap above a paragraph
        or on a line scrolled mostly away, which belong to what comes before."""
        viewport = self.viewport()
        top = self.cursorForPosition(QPoint(0, 0))
        if self.cursorRect(top).center().y() < 0:
            top.movePosition(QTextCursor.MoveOperation.Down)
            top.movePosition(QTextCursor.MoveOperation.StartOfLine)
        bottom = self.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1))
        first = self.positions.from_qt(top.position())
        return first, max(first, self.positions.from_qt(bottom.position())) + 1

    def refresh_highlights(self, *, force: bool = False) -> None:
        """Draw the layers over the text on screen and a margin around it (unless the
        screen is still inside what was drawn and nothing changed)."""
        if self._document is None:
            return
        loaded = self._loader.loaded if self._loader is not None else self.positions.length
        first, last = self.visible_range()
        painted_from, painted_to = self._painted
        if not force and painted_from <= first and last <= min(painted_to, loaded):
            return
        start = max(0, first - MARGIN_CHARS)
        end = min(loaded, last + MARGIN_CHARS)
        selections = []
        qdoc, positions = self.document(), self.positions
        text = self._document.text
        # a line's end is left out: drawn, it is a box past the line's last word, and
        # a blank line between two highlighted paragraphs shows as a sliver
        line_ends = _line_ends(text, start, end)
        for s, e, fmt in self.highlighter.segments(start, end, self._theme):
            # cell by cell across a table (a selection across cells takes whole cells)
            pieces = split_at_cuts(s, e, self._cuts)
            for piece_start, piece_end in (
                line for piece in pieces for line in split_at_cuts(*piece, line_ends)
            ):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(qdoc)
                cursor.setPosition(positions.to_qt(piece_start))
                cursor.setPosition(
                    positions.to_qt(piece_end, end=True), QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)
        self._painted = (start, end)

    def _dim_matter(self, start: int, end: int) -> None:
        """Front and back matter (a Gutenberg header, a licence) in the muted colour:
        the text's own colour, beneath what the highlighter draws."""
        if not self._matter or end <= start or self._loader is None:
            return
        muted = QTextCharFormat()
        muted.setForeground(QColor(self._theme.muted))
        cursor = QTextCursor(self._loader.qdoc)
        cursor.beginEditBlock()
        for block in self._matter:
            if block.start < end and start < block.end:
                cursor.setPosition(self.positions.to_qt(max(block.start, start)))
                cursor.setPosition(
                    self.positions.to_qt(min(block.end, end), end=True),
                    QTextCursor.MoveMode.KeepAnchor,
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

    # -- scrolling, pictures ------------------------------------------------------------

    def scroll_to(self, offset: int) -> None:
        """Put ``offset`` (a chapter, heading or note) at the top of the view (once the
        text is in as far as it)."""

        def go() -> None:
            cursor = self.textCursor()
            cursor.setPosition(self.positions.to_qt(offset))
            self.setTextCursor(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top() - 12)
            self.setFocus()

        if self._loader is None or offset < self._loader.loaded:
            go()
        else:
            self.call_when_loaded(go)

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

    def select_offsets(self, start: int, end: int, *, centre: bool = False) -> None:
        """Select ``[start, end)`` and scroll to it (to the middle of the view if ``centre``)."""
        cursor = self.textCursor()
        cursor.setPosition(self.positions.to_qt(start))
        cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if centre:
            self.centre_on(start)
        else:
            self.ensureCursorVisible()

    def place_cursor(self, offset: int, *, centre: bool = True) -> None:
        """Put the (invisible) cursor at ``offset``, no selection, and scroll there."""
        cursor = self.textCursor()
        cursor.setPosition(self.positions.to_qt(offset))
        self.setTextCursor(cursor)
        if centre:
            self.centre_on(offset)
        else:
            self.ensureCursorVisible()

    def centre_on(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` is in the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_qt(offset))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    # -- what the look is now (set by the styled view) ----------------------------------

    @property
    def theme(self) -> Theme:
        return self._theme

    def reading_font(self) -> QFont:
        return reading_font(self._style.point_size, self._style.family)


def _line_ends(text: str, start: int, end: int) -> list[int]:
    """Where ``\\n`` is in ``text[start:end]``, in order."""
    found, at = [], text.find("\n", start, end)
    while at != -1:
        found.append(at)
        at = text.find("\n", at + 1, end)
    return found
