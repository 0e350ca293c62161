"""Annotations made on a PDF in another viewer (highlights, underlines, notes), anchored
to the canonical text under them.

A markup annotation (highlight, underline, squiggly, strike-out) covers the text
under its quadrilaterals: the code points whose box centre lies inside one of them.
A sticky note (a Text annotation) belongs to the word nearest its icon. Colours go
to the nearest of reader's highlight colours; the note is the annotation's Contents.
"""

from __future__ import annotations

import colorsys
import ctypes
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from reader.core.annotations import Colour, snap_to_words
from reader.core.pages import PageMap, Rect
from reader.core.palette import HIGHLIGHT_COLOURS
from reader.formats.pdf import PdfFile

_MARKUP = {
    pdfium_c.FPDF_ANNOT_HIGHLIGHT: "highlight",
    pdfium_c.FPDF_ANNOT_UNDERLINE: "underline",
    pdfium_c.FPDF_ANNOT_SQUIGGLY: "squiggly",
    pdfium_c.FPDF_ANNOT_STRIKEOUT: "strikeout",
}
IMPORTED_SUBTYPES = frozenset({*_MARKUP, pdfium_c.FPDF_ANNOT_TEXT, pdfium_c.FPDF_ANNOT_POPUP})
"""The annotations that become reader annotations (with the pop-ups of their notes):
once imported, the page view draws reader's copies and leaves these out."""
_QUAD_SLACK = 1.0  # points: quadrilaterals are drawn tight around the glyphs


@dataclass(frozen=True, slots=True)
class PdfMark:
    """One annotation as the file has it, in page coordinates (points from the top-left)."""

    page: int
    kind: str  # highlight, underline, squiggly, strikeout, note
    areas: tuple[Rect, ...]
    colour: tuple[int, int, int] | None
    note: str


@dataclass(frozen=True, slots=True)
class AnchoredMark:
    start: int
    end: int
    colour: Colour
    note: str
    kind: str


def read_marks(pdf: PdfFile, check: Callable[[], None] | None = None) -> list[PdfMark]:
    """Every markup annotation and sticky note of the file, page by page (``check``,
    called before each page, raises to stop)."""
    marks: list[PdfMark] = []
    for index in range(pdf.page_count):
        if check is not None:
            check()
        with pdf.page(index) as page:
            left, top, _width, _height = pdf.frame(index, page)
            for n in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
                annot = pdfium_c.FPDFPage_GetAnnot(page.raw, n)
                if not annot:
                    continue
                try:
                    mark = _mark(annot, index, left, top)
                finally:
                    pdfium_c.FPDFPage_CloseAnnot(annot)
                if mark is not None:
                    marks.append(mark)
    return marks


def _mark(annot: object, page: int, left: float, top: float) -> PdfMark | None:
    subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
    if subtype in _MARKUP:
        areas = []
        quad = pdfium_c.FS_QUADPOINTSF()
        for n in range(pdfium_c.FPDFAnnot_CountAttachmentPoints(annot)):
            if pdfium_c.FPDFAnnot_GetAttachmentPoints(annot, n, ctypes.byref(quad)):
                xs = (quad.x1, quad.x2, quad.x3, quad.x4)
                ys = (quad.y1, quad.y2, quad.y3, quad.y4)
                areas.append(Rect(min(xs) - left, top - max(ys), max(xs) - left, top - min(ys)))
        kind = _MARKUP[subtype]
    elif subtype == pdfium_c.FPDF_ANNOT_TEXT:
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
            return None
        areas = [Rect(rect.left - left, top - rect.top, rect.right - left, top - rect.bottom)]
        kind = "note"
    else:
        return None
    return PdfMark(page, kind, tuple(areas), _colour(annot), _contents(annot))


def _colour(annot: object) -> tuple[int, int, int] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFAnnot_GetColor(annot, pdfium_c.FPDFANNOT_COLORTYPE_Color, r, g, b, a):
        return None
    return r.value, g.value, b.value


def _contents(annot: object) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    pdfium_c.FPDFAnnot_GetStringValue(annot, b"Contents", buffer, size)
    text = bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00")
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def anchor_marks(marks: list[PdfMark], pages: PageMap, text: str) -> list[AnchoredMark]:
    """The marks that cover some text, as spans of the canonical text, in text order."""
    out = []
    for mark in marks:
        if not 0 <= mark.page < len(pages):
            continue
        span = _covered(mark, pages) if mark.kind != "note" else _nearest_word(mark, pages, text)
        if span is None:
            continue
        start, end = snap_to_words(text, *span) if mark.kind == "note" else span
        if end > start:
            out.append(AnchoredMark(start, end, nearest_colour(mark.colour), mark.note, mark.kind))
    return sorted(out, key=lambda m: (m.start, m.end))


def _covered(mark: PdfMark, pages: PageMap) -> tuple[int, int] | None:
    page = pages.pages[mark.page]
    inside = []
    for offset in range(page.start, page.end):
        box = page.box(offset)
        if box is None:
            continue
        x, y = (box.left + box.right) / 2, (box.top + box.bottom) / 2
        if any(
            area.left - _QUAD_SLACK <= x <= area.right + _QUAD_SLACK
            and area.top - _QUAD_SLACK <= y <= area.bottom + _QUAD_SLACK
            for area in mark.areas
        ):
            inside.append(offset)
    return (inside[0], inside[-1] + 1) if inside else None


def _nearest_word(mark: PdfMark, pages: PageMap, text: str) -> tuple[int, int] | None:
    area = mark.areas[0]
    offset = pages.pages[mark.page].offset_at((area.left + area.right) / 2, area.bottom)
    if offset is None or not text:
        return None
    offset = min(offset, len(text) - 1)
    return offset, offset + 1


def nearest_colour(rgb: tuple[int, int, int] | None) -> Colour:
    """The reader colour of the nearest hue to ``rgb``; yellow, the usual highlighter,
    when it has none (grey, black, unknown). Hue, not RGB distance: a pure red is
    nearer our pale red than our orange by hue, not by RGB."""
    if rgb is None:
        return Colour.YELLOW
    hue, saturation, value = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    if saturation < 0.15 or value < 0.15:
        return Colour.YELLOW

    def distance(colour: Colour) -> float:
        hexa = HIGHLIGHT_COLOURS[colour].lstrip("#")
        ours = colorsys.rgb_to_hsv(*(int(hexa[n : n + 2], 16) / 255 for n in (0, 2, 4)))[0]
        turn = abs(ours - hue)
        return min(turn, 1 - turn)

    return min(Colour, key=distance)
