"""Page bitmaps for the page view, rendered in a worker and kept in a small cache.

The renderer is a plain callable ``(page index, pixels per point, negative) -> (width,
height, bytes per line, RGB32 pixels)`` (for a PDF,
:meth:`reader.services.pdf_pages.PdfPages.render`; ``negative`` for the dark theme):
this module knows nothing of files. One worker thread renders, since PDFium takes
one caller at a time anyway; a request made for a document no longer shown is
dropped before it starts. Until a page's bitmap at the wanted scale arrives, the
view draws the nearest one it has, stretched.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from reader.core.errors import Cancelled

log = logging.getLogger(__name__)

Renderer = Callable[[int, float, bool], tuple[int, int, int, bytes]]
CACHE_BYTES = 96 * 1024 * 1024
"""Bitmaps kept: about twelve A4 pages at 150 dpi on a 2x screen."""
PREFETCH = 1  # pages rendered ahead, above and below what is visible


class _Signals(QObject):
    done = Signal(int, int, float, object)  # generation, page, scale, QImage or None


class _Render(QRunnable):
    def __init__(  # noqa: PLR0917
        self,
        owner: PageImages,
        generation: int,
        render: Renderer,
        page: int,
        scale: float,
        invert: bool,
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._owner, self._generation = owner, generation
        self._render, self._page, self._scale, self._invert = render, page, scale, invert

    def run(self) -> None:
        image: QImage | None = None
        if self._owner.generation == self._generation:
            try:
                drawn = self._render(self._page, self._scale, self._invert)
                width, height, stride, pixels = drawn
                image = QImage(pixels, width, height, stride, QImage.Format.Format_RGB32).copy()
            except Cancelled:
                pass
            except Exception:  # a damaged page must not stop the others
                log.exception("page %d could not be drawn", self._page + 1)
        self.signals.done.emit(self._generation, self._page, self._scale, image)


class PageImages(QObject):
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._render: Renderer | None = None
        self._invert = False
        self.generation = 0
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._bytes = 0
        self._pending: set[tuple[int, float]] = set()
        self._failed: set[int] = set()
        self._jobs: set[_Render] = set()

    def set_inverted(self, invert: bool) -> None:
        """Pages in negative (light ink on dark paper, for the dark theme), or not."""
        if invert != self._invert:
            self.set_renderer(self._render, invert=invert)

    def set_renderer(self, render: Renderer | None, *, invert: bool | None = None) -> None:
        """Draw pages with ``render`` from now on; what was drawn before is dropped."""
        if invert is not None:
            self._invert = invert
        self.generation += 1
        self._pool.clear()
        self._render = render
        self._cache.clear()
        self._bytes = 0
        self._pending.clear()
        self._failed.clear()

    def image(self, page: int, scale: float) -> QImage | None:
        """The page at ``scale`` if drawn, else at the nearest scale drawn (asking for the
        right one), else None."""
        scale = round(scale, 3)
        exact = self._cache.get((page, scale))
        if exact is not None:
            self._cache.move_to_end((page, scale))
            return exact
        self.request(page, scale)
        others = [(abs(key[1] - scale), key) for key in self._cache if key[0] == page]
        return self._cache[min(others)[1]] if others else None

    def request(self, page: int, scale: float) -> None:
        scale = round(scale, 3)
        key = (page, scale)
        if self._render is None or key in self._pending or key in self._cache:
            return
        if page in self._failed:
            return
        self._pending.add(key)
        job = _Render(self, self.generation, self._render, page, scale, self._invert)
        job.setAutoDelete(False)
        job.signals.done.connect(self._done)
        self._jobs.add(job)
        self._pool.start(job)

    def prefetch(self, visible: range, scale: float, count: int) -> None:
        for page in (visible.start - PREFETCH, visible.stop - 1 + PREFETCH):
            if 0 <= page < count:
                self.request(page, scale)

    def _done(self, generation: int, page: int, scale: float, image: object) -> None:
        self._jobs = {job for job in self._jobs if job.signals is not self.sender()}
        if generation != self.generation:
            return
        self._pending.discard((page, scale))
        if not isinstance(image, QImage):
            self._failed.add(page)
            return
        self._cache[(page, scale)] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > CACHE_BYTES and len(self._cache) > 1:
            _key, old = self._cache.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        self.ready.emit()

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
