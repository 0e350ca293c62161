"""A PDF's pages for a page view: their sizes, and bitmaps drawn from the file.

Nothing here touches the library; :class:`PdfPages` opens the file on first use, in
whichever (one) thread renders, and can be closed from another.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.core.errors import Cancelled
from reader.formats.pdf import PDF_SUFFIXES, PdfFile
from reader.formats.pdf_marks import IMPORTED_SUBTYPES

__all__ = ["PdfPages", "is_pdf", "page_sizes"]


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() in PDF_SUFFIXES


class PdfPages:
    """Draws the pages of one PDF file; opened on first use, on the render thread."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.path, self._password = path, password
        self._file: PdfFile | None = None
        self._closed = False
        self._without: frozenset[int] = frozenset()
        self._lock = threading.Lock()

    def draw_own_marks(self, shown: bool) -> None:
        """Draw the highlights and notes the file carries from other viewers, or not (once
        they are imported, reader draws its own copies: drawn twice, a deleted or
        recoloured one would still show the file's colour). Pages drawn from now on."""
        without = frozenset() if shown else IMPORTED_SUBTYPES
        with self._lock:
            if without != self._without and self._file is not None:
                self._file.close()  # taken off a page, an annotation stays off in that file
                self._file = None
            self._without = without

    @property
    def drawing_own_marks(self) -> bool:
        """Whether the file's own highlights and notes are drawn on its pages."""
        return not self._without

    def render(
        self, index: int, scale: float, negative: bool = False
    ) -> tuple[int, int, int, bytes]:
        """Page ``index`` at ``scale`` (pixels per point): width, height, stride, pixels
        (``negative``: light on dark, the file's own marks in their own hues)."""
        with self._lock:
            if self._closed:
                raise Cancelled  # a page asked for just before the document changed
            if self._file is None:
                self._file = PdfFile(self.path, self._password)
            return self._file.render(index, scale, self._without, negative=negative)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._file is not None:
                self._file.close()
                self._file = None


def page_sizes(path: Path, password: str | None) -> list[tuple[float, float]]:
    """Every page's size in points, read without reading any page's content."""
    with PdfFile(path, password) as pdf:
        return pdf.page_sizes()
