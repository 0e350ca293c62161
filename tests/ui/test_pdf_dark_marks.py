"""In the dark theme the page view shows pages in negative; the marks the file carries
from other viewers keep their hues there (inverted, a yellow highlight read blue)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.formats.pdf_samples import annotated_article
from tests.ui.conftest import OpenDocument
from tests.ui.test_pdf_view import drawn, show_pages


def test_the_files_own_highlight_stays_yellow_on_a_dark_page(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    open_document(annotated_article(tmp_path))  # not imported: the file's marks are drawn
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "importMarksDialog") is not None, timeout=20_000
    )
    pages = show_pages(qtbot, window)
    assert window.pdf.drawing_own_marks()
    window.set_dark(True)
    assert window.opened is not None
    text = window.opened.document.text
    start = text.index("vince du Hebei")  # under the file's yellow highlight
    word = pages.rects_of(start, start + 5)[0].toRect()
    start = text.index("monnaie bien")  # no mark
    plain = pages.rects_of(start, start + 7)[0].toRect()

    def colours(rect_image: tuple[int, int, int, int]) -> list[QColor]:
        left, top, right, bottom = rect_image
        return [image.pixelColor(x, y) for y in range(top, bottom) for x in range(left, right)]

    image = drawn(qtbot, pages)
    marked = colours((word.left(), word.top(), word.right(), word.bottom()))
    paper = min(marked, key=QColor.lightness)  # the highlight between the letters
    ink = max(marked, key=QColor.lightness)
    assert 40 <= paper.hue() <= 70 and paper.red() - paper.blue() > 40, paper.name()
    assert ink.lightness() - paper.lightness() > 80  # the light ink stands out
    unmarked = colours((plain.left(), plain.top(), plain.right(), plain.bottom()))
    dark_paper = min(unmarked, key=QColor.lightness)
    assert dark_paper.lightness() < 60 and dark_paper.saturation() < 60  # the plain negative
    assert max(unmarked, key=QColor.lightness).lightness() > 150
