"""What the page view draws: pages (their bitmaps, toned for the dark theme), and over
them entities, highlights, find matches, the selection and a notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from reader.ui.highlighter import MATCH, MATCH_CURRENT
from reader.ui.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, highlight_fill
from reader.ui.theme import LIGHT

if TYPE_CHECKING:
    from reader.ui.pdf_view import PageView

NOTICE_PAPER, NOTICE_INK = "#fff4ce", "#5c4400"
NOTICE_INSET = 12  # pixels left and right of the notice's text
ENTITY_TINT_ALPHA = 46


def paint_pages(view: PageView, painter: QPainter) -> None:
    theme = view.theme
    dark = theme.dark
    painter.fillRect(view.viewport().rect(), QColor(theme.window))
    scale = view.zoom * view.devicePixelRatioF()
    for index in view.visible_pages():
        rect = view.page_rect(index)
        painter.fillRect(rect.translated(1.5, 2.0), QColor(0, 0, 0, 40))  # a soft shadow
        painter.fillRect(rect, QColor(theme.paper if dark else "white"))
        image = view.images.image(index, scale)
        if image is not None:
            painter.drawImage(rect, image)
            if dark:  # the negative's white ink and black paper, in the theme's colours
                _tone(painter, rect, theme.ink, theme.paper)
        _paint_marks(view, painter, index)
    if view.notice:
        _paint_notice(view, painter)


def _tone(painter: QPainter, rect: QRectF, ink: str, paper: str) -> None:
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.fillRect(rect, QColor(ink))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Screen)
    painter.fillRect(rect, QColor(paper))
    painter.restore()


def _paint_marks(view: PageView, painter: QPainter, index: int) -> None:
    pages = view.page_map
    if pages is None:
        return
    page = pages.pages[index]
    if page.start == page.end:
        return
    start, end = page.start, page.end
    theme = view.theme
    dark = theme.dark
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for span in view.entities.overlapping(start, end):
        if span.label in view.hidden:
            continue
        colour = QColor(ENTITY_COLOURS[span.label])
        tint = QColor(colour)
        tint.setAlpha(ENTITY_TINT_ALPHA)
        for rect in view.page_rects(index, span.start, span.end):
            painter.fillRect(rect, tint)
            painter.fillRect(QRectF(rect.left(), rect.bottom() - 1.6, rect.width(), 1.6), colour)
    # Highlights multiply with the paper, as a highlighter pen does: the ink stays
    # black. On a page in negative they screen it instead: the light ink stays light.
    painter.setCompositionMode(
        QPainter.CompositionMode.CompositionMode_Screen
        if dark
        else QPainter.CompositionMode.CompositionMode_Multiply
    )
    for note in view.annotations.overlapping(start, end):
        fill = (
            highlight_fill(note.colour, theme)  # muted: the light ink stays legible
            if dark
            else QColor(HIGHLIGHT_COLOURS[note.colour])
        )
        if note.id == view.selected_annotation:
            fill = fill.darker(125)
        for rect in view.page_rects(index, note.start, note.end):
            painter.fillRect(rect, fill)
    for n, (match_start, match_end) in enumerate(view.matches):
        if match_end <= start or match_start >= end:
            continue
        fill = QColor(MATCH_CURRENT if n == view.current_match else MATCH)
        for rect in view.page_rects(index, match_start, match_end):
            painter.fillRect(rect, fill)
    selection = view.selection_offsets()
    if selection is not None:
        colour = QColor(theme.selection if dark else LIGHT.selection)
        for rect in view.page_rects(index, *selection):
            painter.fillRect(rect, colour)
    painter.restore()


def _paint_notice(view: PageView, painter: QPainter) -> None:
    band = QRectF(0, 0, view.viewport().width(), view.notice_height())
    painter.fillRect(band, QColor(NOTICE_PAPER))
    painter.setPen(QPen(QColor(NOTICE_INK)))
    painter.drawText(
        band.adjusted(NOTICE_INSET, 0, -NOTICE_INSET, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
        view.notice,
    )
