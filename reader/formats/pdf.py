"""PDF documents through PDFium (pypdfium2): text layer, metadata, outline, pages.

:class:`PdfFile` opens a file at once (PDFium reads pages only when asked), so the
first page can be drawn while :func:`load_pdf` reads the text page by page in a
worker, reporting progress and stopping when cancelled. The canonical text is
rebuilt from each character's box (see :mod:`reader.formats.pdf_lines` and
:mod:`reader.formats.pdf_text`); the document keeps a :class:`PageMap` from each
code point to its page and box.

PDFium is not thread-safe: every call into it holds ``PDFIUM_LOCK``. Reading one
page holds it a few milliseconds, so drawing pages goes on between two of them.

Limits: files up to ``MAX_PDF_BYTES``, up to ``MAX_PDF_PAGES`` pages. A file with no
text layer (a scan) opens with an empty text (its pages can be seen, not annotated).
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reader.core.document import Document
from reader.core.errors import DocumentError, PasswordRequired
from reader.core.messages import Msg, message
from reader.formats.pdf_lines import Glyph, Line, page_lines, reading_order
from reader.formats.pdf_negative import negative as to_negative
from reader.formats.pdf_outline import OutlineItem, first_heading, toc_entries
from reader.formats.pdf_text import PageLines, flow_text, furniture

PDF_SUFFIXES = frozenset({".pdf"})
MAX_PDF_BYTES = 500 * 1024 * 1024
"""Largest PDF opened (scans with pictures are large; only the text layer is read)."""
MAX_PDF_PAGES = 20_000
PDFIUM_LOCK = threading.RLock()
"""Held by every call into PDFium, which must not be entered by two threads at once."""

Progress = Callable[[int, int], None]
_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")
_SPACES = (0x20, 0x0D, 0x0A)


class PdfFile:
    """An open PDF: pages, metadata and outline at once; text and pictures page by page.

    Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path, password: str | None = None) -> None:
        name = path.name
        with PDFIUM_LOCK:
            try:
                self._pdf = pdfium.PdfDocument(str(path), password=password)
            except pdfium.PdfiumError as exc:
                code = getattr(exc, "err_code", None)
                if code == pdfium_c.FPDF_ERR_PASSWORD:
                    if password:
                        raise PasswordRequired(
                            message(Msg.PDF_WRONG_PASSWORD, name=name), wrong=True
                        ) from None
                    raise PasswordRequired(message(Msg.PDF_NEEDS_PASSWORD, name=name)) from None
                if code == pdfium_c.FPDF_ERR_SECURITY:
                    raise DocumentError(message(Msg.PDF_PROTECTED, name=name)) from None
                raise DocumentError(message(Msg.PDF_DAMAGED, name=name)) from None
            except OSError as exc:
                raise DocumentError(
                    message(Msg.FILE_UNREADABLE, name=name, reason=exc.strerror or str(exc))
                ) from None
            self.page_count = len(self._pdf)
            self._sizes: dict[int, tuple[float, float, float, float]] = {}
        self.name = name
        if self.page_count == 0:
            self.close()
            raise DocumentError(message(Msg.PDF_NO_PAGES, name=name))
        if self.page_count > MAX_PDF_PAGES:
            self.close()
            raise DocumentError(
                message(
                    Msg.PDF_TOO_MANY_PAGES,
                    name=name,
                    count=f"{self.page_count:,}",
                    limit=f"{MAX_PDF_PAGES:,}",
                )
            )

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._pdf.close()

    # -- what the file says of itself ------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        """Title, author, subject, keywords, date and declared language, as present."""
        with PDFIUM_LOCK:
            info = cast(dict[str, str], self._pdf.get_metadata_dict(skip_empty=True))
            language = self._language()
        out = {
            key.lower(): " ".join(value.split())
            for key, value in info.items()
            if key in ("Title", "Author", "Subject", "Keywords") and value.strip()
        }
        date = _DATE.match(info.get("CreationDate", ""))
        if date:
            out["date"] = "-".join(part for part in date.groups() if part)
        if language:
            out["language"] = language
        return out

    def _language(self) -> str:
        raw = self._pdf.raw
        size = int(pdfium_c.FPDFCatalog_GetLanguage(raw, None, 0))
        if size <= 2:
            return ""
        buffer = (ctypes.c_ushort * (size // 2))()
        pdfium_c.FPDFCatalog_GetLanguage(raw, buffer, size)
        return bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00").strip()

    def outline(self) -> list[OutlineItem]:
        """The bookmarks that point to a page, in the file's order."""
        items = []
        with PDFIUM_LOCK:
            for mark in self._pdf.get_toc(max_depth=6):
                dest = mark.get_dest()
                page = dest.get_index() if dest is not None else None
                title = " ".join(mark.get_title().split())
                if page is None or not title or not 0 <= page < self.page_count:
                    continue
                items.append(OutlineItem(title, mark.level + 1, page, self._dest_y(dest, page)))
        return items

    def _dest_y(self, dest: Any, page: int) -> float | None:
        has_x, has_y, has_zoom = (ctypes.c_int() for _ in range(3))
        x, y, zoom = (ctypes.c_float() for _ in range(3))
        ok = pdfium_c.FPDFDest_GetLocationInPage(dest.raw, has_x, has_y, has_zoom, x, y, zoom)
        if not ok or not has_y.value:
            return None
        _left, top, _width, _height = self.frame(page)
        return max(0.0, top - y.value)

    # -- pages -----------------------------------------------------------------------------

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points, read without loading the page (fast enough to
        ask of every page of a long book before any is shown)."""
        with PDFIUM_LOCK:
            width, height = self._pdf.get_page_size(index)
        return float(width), float(height)

    def page_sizes(self) -> list[tuple[float, float]]:
        """Every page's width and height in points, PDFium held once for them all (a
        worker reading the text holds it between pages: asked page by page, the sizes
        of a long book would wait for it at each one)."""
        with PDFIUM_LOCK:
            sizes = [self._pdf.get_page_size(n) for n in range(self.page_count)]
        return [(float(width), float(height)) for width, height in sizes]

    @contextmanager
    def page(self, index: int) -> Iterator[Any]:
        """The PDFium page, with PDFium held for this thread until the block ends."""
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                yield page
            finally:
                page.close()

    def frame(self, index: int, page: Any = None) -> tuple[float, float, float, float]:
        """The crop box's left and top in PDF coordinates, and its width and height."""
        frame = self._sizes.get(index)
        if frame is None:
            with PDFIUM_LOCK:
                opened = page if page is not None else self._pdf[index]
                left, bottom, right, top = opened.get_cropbox()
                if page is None:
                    opened.close()
            frame = (left, top, max(right - left, 1.0), max(top - bottom, 1.0))
            self._sizes[index] = frame
        return frame

    def glyphs(self, index: int) -> list[Glyph]:
        """The page's characters in the file's order, in page coordinates."""
        out: list[Glyph] = []
        with PDFIUM_LOCK:
            try:
                page = self._pdf[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError:
                raise DocumentError(
                    message(Msg.PDF_PAGE_DAMAGED, name=self.name, page=index + 1)
                ) from None
            try:
                left, top, _width, _height = self.frame(index, page)
                raw = textpage.raw
                rect = pdfium_c.FS_RECTF()
                pointer = ctypes.byref(rect)
                edges = memoryview(rect).cast("B").cast("f")  # left, top, right, bottom
                box = pdfium_c.FPDFText_GetLooseCharBox
                font_size, generated = pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_IsGenerated
                append = out.append
                last_height, size = -1.0, 0.0
                for n, code in enumerate(_codes(textpage)):
                    if code in _SPACES:
                        append((code, 0.0, 0.0, 0.0, 0.0, 0.0, generated(raw, n) == 1))
                        continue
                    box(raw, n, pointer)
                    x0, y1, x1, y0 = edges.tolist()
                    if y1 - y0 != last_height:  # the same font and size draw the same height
                        last_height, size = y1 - y0, font_size(raw, n)
                    append((code, x0 - left, top - y1, x1 - left, top - y0, size, False))
                rotation = page.get_rotation()
            finally:
                textpage.close()
                page.close()
        if rotation:
            _left, _top, width, height = self.frame(index)
            return [_rotated(glyph, rotation, width, height) for glyph in out]
        return out

    def lines(self, index: int) -> PageLines:
        glyphs = self.glyphs(index)
        width, height = self.page_size(index)
        return PageLines(width, height, tuple(page_lines(glyphs, index)))

    def render(
        self,
        index: int,
        scale: float,
        without: frozenset[int] = frozenset(),
        *,
        negative: bool = False,
    ) -> tuple[int, int, int, bytes]:
        """The page drawn at ``scale`` pixels per point: width, height, bytes per line
        and the pixels (8-bit blue, green, red and one unused byte: Qt's RGB32).

        Annotations of the subtypes in ``without`` are left out: they are taken off
        the page in memory (never in the file), for good in this :class:`PdfFile`.
        ``negative``: light ink on dark paper, the annotations in their own hues (see
        :mod:`reader.formats.pdf_negative`)."""
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                if without:
                    _remove_annotations(page.raw, without)
                bitmap = page.render(scale=scale, prefer_bgrx=True, draw_annots=not negative)
                pixels = bytes(bitmap.buffer)
                if negative:
                    marked = None
                    if pdfium_c.FPDFPage_GetAnnotCount(page.raw):
                        marked = bytes(page.render(scale=scale, prefer_bgrx=True).buffer)
                    pixels = to_negative(pixels, marked)
                return bitmap.width, bitmap.height, bitmap.stride, pixels
            finally:
                page.close()


def _remove_annotations(page: Any, subtypes: frozenset[int]) -> None:
    for n in reversed(range(pdfium_c.FPDFPage_GetAnnotCount(page))):
        annot = pdfium_c.FPDFPage_GetAnnot(page, n)
        if not annot:
            continue
        subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
        pdfium_c.FPDFPage_CloseAnnot(annot)
        if subtype in subtypes:
            pdfium_c.FPDFPage_RemoveAnnot(page, n)


def _codes(textpage: Any) -> list[int]:
    """The page's characters as UTF-16 units, one per character index, read in one
    call (asking for each character's unit costs a call into PDFium per character).
    The units are those ``FPDFText_GetUnicode`` gives, except that a hyphen PDFium
    marks at a line's end reads 0xFFFE here rather than 0x02 (both are hyphens)."""
    count = textpage.count_chars()
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage.raw, 0, count, buffer)
    return list(buffer[:count])


def _rotated(glyph: Glyph, rotation: int, width: float, height: float) -> Glyph:
    """A glyph's box on a page shown turned clockwise by ``rotation`` degrees (the page's
    /Rotate): boxes, lines and reading order are those of the page as it is seen."""
    code, left, top, right, bottom, size, generated = glyph
    if code in _SPACES:
        return glyph
    if rotation == 90:
        left, top, right, bottom = height - bottom, left, height - top, right
    elif rotation == 180:
        left, top, right, bottom = width - right, height - bottom, width - left, height - top
    else:  # 270
        left, top, right, bottom = top, width - right, bottom, width - left
    return (code, left, top, right, bottom, size, generated)


def load_pdf(
    path: Path,
    title_fallback: str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> Document:
    """The PDF as a Document (format "pdf", ``source`` left to the caller). ``progress``
    is told (pages read, pages) after each page; ``check`` raises to stop."""
    with PdfFile(path, password) as pdf:
        pages: list[PageLines] = []
        for index in range(pdf.page_count):
            if check is not None:
                check()
            pages.append(pdf.lines(index))
            if progress is not None:
                progress(index + 1, pdf.page_count)
        metadata = pdf.metadata()
        outline = pdf.outline()
    flow = flow_text(pages, list(_columns(pages)))
    title = metadata.pop("title", "") or first_heading(flow.text, flow.blocks, flow.pages)
    title = title or title_fallback
    author = metadata.pop("author", None)
    metadata["pages"] = str(len(pages))
    if not flow.text:  # a scan: its pages can be seen, not annotated
        return Document(
            "",
            title,
            (),
            "pdf",
            author=author,
            metadata=metadata,
            pages=flow.pages,
            warnings=(scan_warning(path.name),),
        )
    toc = toc_entries(outline, flow.pages, flow.blocks, flow.text)
    return Document(
        flow.text,
        title,
        flow.blocks,
        "pdf",
        author=author,
        metadata=metadata,
        toc=toc,
        pages=flow.pages,
    )


def scan_warning(name: str) -> str:
    return (
        f"{name} has no text layer (a scan?): its pages can be seen, "
        "but it has no text to highlight, search or export (no OCR)"
    )


def _columns(pages: list[PageLines]) -> Iterator[list[Line]]:
    """Each page's body lines (furniture left out) in reading order, as runs of regions
    that lie one above the other (a column), so a paragraph knows its column's edges."""
    drop = furniture(pages)
    for page in pages:
        body = [line for line in page.lines if id(line) not in drop]
        column: list[Line] = []
        for region in reading_order(body):
            left, right = min(ln.left for ln in region), max(ln.right for ln in region)
            if column and not (
                left < max(ln.right for ln in column) and right > min(ln.left for ln in column)
            ):
                yield column
                column = []
            column.extend(region)
        if column:
            yield column
