"""The page view: a PDF's pages as they are printed, with highlights and entities on them.

Pages are stacked for continuous scrolling and drawn from bitmaps a worker renders
at the window's device pixel ratio (:mod:`reader.ui.page_images`); the view never
waits for one: a page not drawn yet is blank paper until its bitmap arrives. What
is drawn over the pages is in :mod:`reader.ui.page_painting`.
Entities, user highlights, find matches and the selection are painted over the
character boxes of their offsets; a drag on the page selects canonical offsets.

Everything comes from plain Python objects (page sizes, the :class:`PageMap`, the
text, annotations and entity spans): the view knows nothing of files or the library.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from reader.core.annotations import Annotation, snap_to_words
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.pages import PageMap, Rect
from reader.ui.highlighter import SpanIndex
from reader.ui.page_images import PageImages, Renderer
from reader.ui.page_painting import NOTICE_INSET, paint_pages
from reader.ui.theme import LIGHT, Theme

GAP = 14.0  # between two pages, in pixels
MARGIN = 18.0
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
ZOOM_STEP = 1.2


class Fit(Enum):
    WIDTH = "width"
    PAGE = "page"
    NONE = "none"  # the zoom the user chose


class PageView(QAbstractScrollArea):
    selection_finished = Signal()
    selection_changed = Signal()
    annotation_clicked = Signal(str)
    # (menu, offset under the mouse or -1): add actions before it shows
    context_menu_requested = Signal(QMenu, int)
    page_changed = Signal(int, int)  # (page index at the top, page count)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.images = PageImages(self)
        self.images.ready.connect(self.viewport().update)
        self._sizes: list[tuple[float, float]] = []
        self._pages: PageMap | None = None
        self._text = ""
        self._tops: list[float] = []
        self._zoom = 1.0
        self._fit = Fit.WIDTH
        self._theme = LIGHT
        self.entities: SpanIndex[EntitySpan] = SpanIndex(())
        self.annotations: SpanIndex[Annotation] = SpanIndex(())
        self.hidden: set[EntityLabel] = set()
        self.selected_annotation: str | None = None
        self.matches: list[tuple[int, int]] = []
        self.current_match = -1
        self._anchor: int | None = None
        self._cursor: int | None = None
        self._dragging = False
        self._notice = ""
        self._last_page = -1
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # -- content ------------------------------------------------------------------------

    def set_content(
        self,
        sizes: Sequence[tuple[float, float]],
        render: Renderer | None,
        pages: PageMap | None = None,
        text: str = "",
    ) -> None:
        """Show pages of these sizes (points), drawn by ``render``; ``pages`` and ``text``
        (the canonical text) make them selectable. Keeps the scroll position when the
        same pages come back with their text (a PDF whose text was being read)."""
        same = len(sizes) == len(self._sizes) and render is None
        top = self.current_page() if same else 0
        self._sizes = list(sizes)
        self._pages, self._text = pages, text
        if render is not None:
            self.images.set_renderer(render)
        self._anchor = self._cursor = None
        self._relayout()
        if not same:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to_page(top)
        self._last_page = -1
        self._scrolled(0)

    def clear(self) -> None:
        self.images.set_renderer(None)
        self._sizes, self._pages, self._text = [], None, ""
        self.set_highlights((), ())
        self._relayout()

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def set_notice(self, text: str) -> None:
        """A line shown across the top (e.g. that a scan's text cannot be annotated)."""
        self._notice = text
        self._relayout()  # the pages start below it

    def notice_height(self) -> float:
        """The notice's band: its text wrapped to the view's width (a translation may
        be longer than a line)."""
        if not self._notice:
            return 0.0
        width = max(self.viewport().width() - 2 * NOTICE_INSET, 1)
        wrapped = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, self._notice
        )
        return wrapped.height() + 16.0

    def set_highlights(
        self, entities: Sequence[EntitySpan], annotations: Sequence[Annotation]
    ) -> None:
        self.entities = SpanIndex(entities)
        self.annotations = SpanIndex(annotations)
        self.viewport().update()

    def set_matches(self, matches: list[tuple[int, int]], current: int) -> None:
        self.matches, self.current_match = matches, current
        self.viewport().update()

    def apply_theme(self, theme: Theme) -> None:
        """Dark: pages in negative, highlights lighten them instead of darkening."""
        self._theme = theme
        self.images.set_inverted(theme.dark)
        self.viewport().update()

    # -- geometry -------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Pixels (logical) per point."""
        return self._zoom

    def set_fit(self, fit: Fit) -> None:
        self._fit = fit
        self._relayout()

    def set_zoom(self, zoom: float) -> None:
        place = self._place()
        self._fit = Fit.NONE
        self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._relayout()
        self._restore_place(place)
        self.zoom_changed.emit(self._zoom)

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP**steps)

    def _relayout(self) -> None:
        area = self.viewport().size()
        if self._sizes and self._fit is not Fit.NONE:
            widest = max(w for w, _h in self._sizes)
            tallest = max(h for _w, h in self._sizes)
            zoom = (area.width() - 2 * MARGIN) / widest
            if self._fit is Fit.PAGE:
                zoom = min(zoom, (area.height() - 2 * GAP - self.notice_height()) / tallest)
            self._zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        tops, y = [], GAP + self.notice_height()
        for _w, h in self._sizes:
            tops.append(y)
            y += h * self._zoom + GAP
        self._tops = tops
        widest_px = max((w for w, _h in self._sizes), default=0) * self._zoom + 2 * MARGIN
        self.verticalScrollBar().setRange(0, max(0, int(y - area.height())))
        self.verticalScrollBar().setPageStep(area.height())
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setRange(0, max(0, int(widest_px - area.width())))
        self.horizontalScrollBar().setPageStep(area.width())
        self.viewport().update()

    def page_rect(self, index: int) -> QRectF:
        """Where page ``index`` is drawn, in viewport coordinates."""
        width, height = self._sizes[index]
        content = max(w for w, _h in self._sizes) * self._zoom + 2 * MARGIN
        area = self.viewport().width()
        left = (
            max((area - width * self._zoom) / 2, MARGIN)
            if content <= area
            else ((content - width * self._zoom) / 2)
        )
        left -= self.horizontalScrollBar().value()
        top = self._tops[index] - self.verticalScrollBar().value()
        return QRectF(left, top, width * self._zoom, height * self._zoom)

    def rects_of(self, start: int, end: int) -> list[QRectF]:
        """Where the text ``[start, end)`` is drawn, in viewport coordinates."""
        if self._pages is None:
            return []
        out = []
        for index, rect in self._pages.rects(start, end):
            out.append(self._to_view(index, rect))
        return out

    def _to_view(self, index: int, rect: Rect) -> QRectF:
        page = self.page_rect(index)
        z = self._zoom
        return QRectF(
            page.left() + rect.left * z, page.top() + rect.top * z, rect.width * z, rect.height * z
        )

    def visible_pages(self) -> range:
        if not self._sizes:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(bisect_right(self._tops, top) - 1, 0)
        last = max(bisect_right(self._tops, bottom) - 1, first)
        return range(first, min(last + 1, len(self._sizes)))

    def current_page(self) -> int:
        pages = self.visible_pages()
        return pages.start if pages else 0

    def scroll_to_page(self, index: int, y: float = 0.0) -> None:
        if 0 <= index < len(self._tops):
            top = self._tops[index] + y * self._zoom - GAP - self.notice_height()
            self.verticalScrollBar().setValue(int(top))

    def first_visible_offset(self) -> int | None:
        """The first code point drawn at or below the top of the view."""
        if self._pages is None:
            return None
        top = self.verticalScrollBar().value()
        for index in self.visible_pages():
            page = self._pages.pages[index]
            y = (top - self._tops[index]) / self._zoom
            for offset in range(page.start, page.end):
                box = page.box(offset)
                if box is not None and box.bottom >= y:
                    return offset
        return None

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding ``offset`` into view (a third of the way down), and the
        character itself when the page is wider than the view."""
        if self._pages is None or not self._pages.pages:
            return
        for index, rect in self._pages.rects(offset, offset + 1):
            y = self._tops[index] + rect.top * self._zoom - self.viewport().height() / 3
            self.verticalScrollBar().setValue(int(y))
            drawn = self._to_view(index, rect)
            if not 0 <= drawn.left() <= drawn.right() <= self.viewport().width():
                bar = self.horizontalScrollBar()
                bar.setValue(int(bar.value() + drawn.left() - self.viewport().width() / 4))
            return
        self.scroll_to_page(self._pages.page_of(offset))

    def ensure_visible(self, offset: int) -> None:
        """Scroll to ``offset`` unless its line is already in view."""
        rects = self.rects_of(offset, offset + 1)
        if rects and self.viewport().rect().contains(rects[0].toRect()):
            return
        self.scroll_to_offset(offset)

    def offset_at(self, point: QPointF) -> int | None:
        """The canonical offset of the gap nearest ``point`` (viewport coordinates)."""
        if self._pages is None:
            return None
        for index in self.visible_pages():
            page_rect = self.page_rect(index)
            if point.y() <= page_rect.bottom() + GAP / 2 or index == self.visible_pages()[-1]:
                x = (point.x() - page_rect.left()) / self._zoom
                y = (point.y() - page_rect.top()) / self._zoom
                return self._pages.pages[index].offset_at(x, y)
        return None

    # -- selection --------------------------------------------------------------------------

    def selection_offsets(self) -> tuple[int, int] | None:
        if self._anchor is None or self._cursor is None or self._anchor == self._cursor:
            return None
        return min(self._anchor, self._cursor), max(self._anchor, self._cursor)

    def select_offsets(self, start: int, end: int, *, scroll: bool = True) -> None:
        self._anchor, self._cursor = start, end
        if scroll:
            self.scroll_to_offset(start)
        self.viewport().update()

    def clear_selection(self) -> None:
        self._anchor = self._cursor = None
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            offset = self.offset_at(event.position())
            self._anchor = self._cursor = offset
            self._dragging = offset is not None
            self.viewport().update()
            self.selection_changed.emit()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            offset = self.offset_at(event.position())
            if offset is not None and offset != self._cursor:
                self._cursor = offset
                self.viewport().update()
                self.selection_changed.emit()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not self._dragging:
            return
        self._dragging = False
        if self.selection_offsets() is not None:
            self.selection_finished.emit()
            return
        offset = self._anchor
        hits = self.annotations.at(offset) if offset is not None else []
        if offset is not None and offset > 0 and not hits:
            hits = self.annotations.at(offset - 1)  # the gap after a highlighted letter
        self.annotation_clicked.emit(min(hits, key=lambda a: a.end - a.start).id if hits else "")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        offset = self.offset_at(event.position())
        if offset is None or not self._text:
            return
        start, end = snap_to_words(self._text, offset, min(offset + 1, len(self._text)))
        if end > start:
            self.select_offsets(start, end, scroll=False)
            self.selection_changed.emit()
            self.selection_finished.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = QMenu(self)
        offset = self.offset_at(QPointF(event.pos()))
        self.context_menu_requested.emit(menu, -1 if offset is None else offset)
        if menu.actions():
            menu.exec(event.globalPos())
        menu.deleteLater()

    # -- scrolling and zoom -------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        bar = self.verticalScrollBar()
        steps: dict[int, Callable[[], None]] = {
            Qt.Key.Key_PageDown: lambda: bar.setValue(bar.value() + bar.pageStep() - 40),
            Qt.Key.Key_PageUp: lambda: bar.setValue(bar.value() - bar.pageStep() + 40),
            Qt.Key.Key_Space: lambda: bar.setValue(bar.value() + bar.pageStep() - 40),
            Qt.Key.Key_Down: lambda: bar.setValue(bar.value() + bar.singleStep()),
            Qt.Key.Key_Up: lambda: bar.setValue(bar.value() - bar.singleStep()),
            Qt.Key.Key_Home: lambda: bar.setValue(0),
            Qt.Key.Key_End: lambda: bar.setValue(bar.maximum()),
        }
        step = steps.get(event.key())
        if step is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().keyPressEvent(event)
            return
        step()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        place = self._place()
        super().resizeEvent(event)
        self._relayout()
        self._restore_place(place)

    def _place(self) -> tuple[int, float]:
        """Where the view is: the page at its top and how far down it, in points."""
        page = self.current_page()
        if not self._tops:
            return 0, 0.0
        return page, (self.verticalScrollBar().value() - self._tops[page]) / self._zoom

    def _restore_place(self, place: tuple[int, float]) -> None:
        page, down = place
        if page < len(self._tops):
            self.verticalScrollBar().setValue(round(self._tops[page] + down * self._zoom))

    def _scrolled(self, _value: int) -> None:
        self.viewport().update()
        page = self.current_page()
        if page != self._last_page and self._sizes:
            self._last_page = page
            self.page_changed.emit(page, len(self._sizes))

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        paint_pages(self, painter)
        painter.end()
        scale = self._zoom * self.devicePixelRatioF()
        self.images.prefetch(self.visible_pages(), scale, len(self._sizes))

    def page_rects(self, index: int, start: int, end: int) -> list[QRectF]:
        """Where ``[start, end)`` is drawn on page ``index`` (viewport coordinates)."""
        if self._pages is None:
            return []
        page = self._pages.pages[index]
        start, end = max(start, page.start), min(end, page.end)
        return [self._to_view(n, rect) for n, rect in self._pages.rects(start, end) if n == index]

    @property
    def page_map(self) -> PageMap | None:
        return self._pages

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def notice(self) -> str:
        return self._notice
