"""PDFs in the window: reflowed text, the page view, highlights drawn on the right boxes,
selection on the page, scans and passwords."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QResizeEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.core.palette import HIGHLIGHT_COLOURS
from reader.formats import load_document
from reader.services.app import Services
from reader.ui.main_window import MainWindow
from reader.ui.pdf_controller import SCAN_NOTICE
from reader.ui.pdf_view import MARGIN, MIN_ZOOM, ZOOM_STEP, Fit, PageView
from tests.formats.pdf_samples import TEXT, annotated_article, article_pdf
from tests.formats.pdfs import encrypt, write_image_only
from tests.ui.conftest import OpenDocument, highlighted, settle

WORD = "Zhangbei"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_pdf(tmp_path / "article.pdf")


@pytest.fixture
def on_pages(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, article: Path
) -> tuple[PageView, str]:
    """The article open in the window, on its pages; and its canonical text."""
    open_document(article)
    pages = show_pages(qtbot, window)
    assert window.opened is not None
    return pages, window.opened.document.text


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def show_pages(qtbot: QtBot, window: MainWindow) -> PageView:
    window.pdf.toggle_action.trigger()
    pages = window.pdf.page_view
    assert pages.isVisible() and not window.view.isVisible()
    return pages


def drawn(qtbot: QtBot, pages: PageView) -> QImage:
    """The viewport as painted once the visible pages' bitmaps have arrived."""
    pages.viewport().repaint()
    qtbot.waitUntil(
        lambda: all(
            pages.images.image(n, pages.zoom * pages.devicePixelRatioF()) is not None
            for n in pages.visible_pages()
        )
    )
    return pages.viewport().grab().toImage()


def test_a_pdf_opens_as_reflowed_text_and_toggles_to_its_pages(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, article: Path
) -> None:
    open_document(article)
    assert window.opened is not None
    assert window.opened.document.text == TEXT.replace(" 😀", "")
    assert window.view.isVisible() and not window.pdf.page_view.isVisible()
    assert window.pdf.toggle_action.isEnabled()
    pages = show_pages(qtbot, window)
    assert pages.page_count == 3
    assert window.pdf.page_label.text() == "Page 1 of 3"
    image = drawn(qtbot, pages)
    page = pages.page_rect(0).toRect()
    corner = image.pixelColor(page.left() + 3, page.top() + 3)
    assert corner == QColor("white")
    window.pdf.toggle_action.trigger()
    assert window.view.isVisible() and not pages.isVisible()
    assert window.settings.value("view/pdf_pages", type=bool) is False


def test_a_text_document_has_no_page_view(
    window: MainWindow, open_document: OpenDocument, sample_path: Path
) -> None:
    open_document(sample_path)
    assert not window.pdf.toggle_action.isEnabled()
    assert not window.pdf.page_view.isVisible()


def test_a_highlight_is_drawn_over_the_box_of_its_word(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    open_document: OpenDocument,
    article: Path,
) -> None:
    doc = load_document(article)
    start = doc.text.index(WORD)
    end = start + len(WORD)
    opened = services.documents.open(article).value
    services.annotations.create(opened.id, start, end, colour=Colour.BLUE)
    open_document(article)
    pages = show_pages(qtbot, window)
    pages.set_fit(Fit.WIDTH)
    assert doc.pages is not None
    box = doc.pages.pages[0].box(start)
    last = doc.pages.pages[0].box(end - 1)
    assert box is not None and last is not None
    # where the view says it draws the word is the word's box on the page, scaled
    (rect,) = pages.rects_of(start, end)
    page = pages.page_rect(0)
    assert rect.left() == pytest.approx(page.left() + box.left * pages.zoom, abs=0.01)
    assert rect.top() == pytest.approx(page.top() + box.top * pages.zoom, abs=0.01)
    assert rect.right() == pytest.approx(page.left() + last.right * pages.zoom, abs=0.01)
    # and the pixels there are the highlight's blue (multiplied with the paper and the
    # place's tint), the paper above is white, the same word elsewhere is not blue
    image = drawn(qtbot, pages)
    blue = QColor(HIGHLIGHT_COLOURS[Colour.BLUE])
    inside = image.pixelColor(int(rect.left()) + 2, int(rect.top()) + 2)
    assert inside.blue() - inside.red() > 80 and abs(inside.hue() - blue.hue()) < 12
    above = image.pixelColor(int(rect.center().x()), int(rect.top()) - 3)
    assert above == QColor("white")
    other = doc.text.index(WORD, end)
    (elsewhere,) = pages.rects_of(other, other + len(WORD))
    corner = image.pixelColor(int(elsewhere.left()) + 2, int(elsewhere.top()) + 2)
    assert corner.blue() - corner.red() < 40


def test_dragging_on_the_page_selects_the_text_and_highlights_it(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, text = on_pages
    start = text.index("le froid qui")
    end = start + len("le froid qui règne")  # across a line break
    first = pages.rects_of(start, start + 1)[0]
    last = pages.rects_of(end - 1, end)[0]
    viewport = pages.viewport()
    begin = QPoint(int(first.left()) + 1, int(first.center().y()))
    finish = QPoint(int(last.right()) - 1, int(last.center().y()))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, finish)
    with qtbot.waitSignal(pages.selection_finished):
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)
    assert pages.selection_offsets() == (start, end)
    assert window.view.selection_offsets() == (start, end)  # the window's actions see it
    bar = window.selection_bar  # the colour bar shows by the selection, on the page
    assert bar.isVisible() and bar.parentWidget() is viewport
    assert abs(bar.y() - last.bottom()) < 20
    window.colour_actions[Colour.GREEN].trigger()
    settle(qtbot, window)
    (note,) = window.notes.annotations.values()
    assert (note.start, note.end, note.colour) == (start, end, Colour.GREEN)
    qtbot.waitUntil(lambda: [a.id for a in pages.annotations.items] == [note.id])
    assert pages.selection_offsets() is None  # the new highlight replaced the selection
    # clicking the highlight on the page selects it, as in the text
    middle = pages.rects_of(start + 3, start + 4)[0].center().toPoint()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=middle)
    assert window.view.highlighter.selected_annotation == note.id
    qtbot.waitUntil(lambda: pages.selected_annotation == note.id)
    assert bar.isVisible() and bar.delete_button.isVisibleTo(bar)
    window.pdf.toggle_action.trigger()  # the reading view, hidden meanwhile, draws it too
    assert highlighted(window, start) and highlighted(window, end - 1)
    window.pdf.toggle_action.trigger()
    activate(qtbot, window)
    pages.setFocus()
    qtbot.keyClick(pages, Qt.Key.Key_Delete)  # Delete removes it, from the page too
    qtbot.waitUntil(lambda: not window.notes.annotations)


def test_the_place_in_the_text_is_kept_across_the_toggle(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, text = on_pages
    window.resize(1000, 420)  # the text no longer fits in the reading view
    qtbot.waitUntil(lambda: pages.height() < 400)
    pages.set_zoom(3.0)
    target = text.index("Conclusion")
    pages.scroll_to_offset(target)
    assert pages.current_page() == 2
    window.pdf.toggle_action.trigger()
    view = window.view
    assert view.verticalScrollBar().maximum() > 0
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(target))
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert view.verticalScrollBar().value() > 0  # scrolled there, not left at the start


def test_offsets_map_back_from_points_on_the_page(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, text = on_pages
    for word in ("Alibaba", "Tencent", "Pierre"):
        start = text.index(word)
        pages.scroll_to_offset(start)
        rect = pages.rects_of(start, start + 1)[0]
        assert pages.offset_at(QPointF(rect.left() + 1, rect.center().y())) == start


def test_a_scan_opens_on_its_pages_with_a_notice(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    path = write_image_only(tmp_path / "scan.pdf", ["Une page scannée"])
    open_document(path)
    pages = window.pdf.page_view
    assert pages.isVisible() and pages.page_count == 1
    assert pages.notice == SCAN_NOTICE
    assert window.opened is not None and window.opened.document.text == ""
    image = drawn(qtbot, pages)
    band = image.pixelColor(5, 5)
    assert band == QColor("#fff4ce")
    assert pages.page_rect(0).top() > pages.notice_height() > 0  # the page starts below it


def test_an_encrypted_pdf_asks_for_its_password(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, article: Path
) -> None:
    locked = encrypt(article, tmp_path / "locked.pdf", "sésame")
    if locked is None:
        pytest.skip("qpdf is not installed (Debian package qpdf)")

    def dialog() -> QInputDialog:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.isVisible()
        ]
        assert found
        return found[0]

    window.open_path(locked)
    qtbot.waitUntil(lambda: bool(dialog()), timeout=20_000)
    asking = dialog()
    assert "locked.pdf is protected by a password" in asking.labelText()
    asking.setTextValue("faux")
    asking.accept()
    qtbot.waitUntil(lambda: "not accepted" in dialog().labelText(), timeout=20_000)
    again = dialog()
    again.setTextValue("sésame")
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        again.accept()
    assert window.opened is not None
    assert window.opened.document.text == TEXT.replace(" 😀", "")


def test_the_dark_theme_shows_pages_in_negative(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, article: Path
) -> None:
    open_document(article)
    pages = show_pages(qtbot, window)
    window.set_dark(True)
    image = drawn(qtbot, pages)
    page = pages.page_rect(0).toRect()
    paper = image.pixelColor(page.left() + 3, page.top() + 3)
    assert paper.lightness() < 60  # dark paper
    assert window.opened is not None
    start = window.opened.document.text.index("Alibaba")
    word = pages.rects_of(start, start + len("Alibaba"))[0].toRect()
    lightest = max(
        image.pixelColor(x, word.center().y()).lightness() for x in range(word.left(), word.right())
    )
    assert lightest > 150  # light ink


def test_find_marks_matches_on_the_pages_and_goes_to_them(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, text = on_pages
    window.finder.open_find()
    window.find_bar.edit.setText("zhangbei")  # case and accents ignored, as in the text
    window.find_bar.flush()
    expected = [m.start() for m in re.finditer("Zhangbei", text)]
    qtbot.waitUntil(lambda: [start for start, _end in pages.matches] == expected)
    pages.set_zoom(4.0)
    pages.verticalScrollBar().setValue(0)
    seen = set()
    highlighter = window.view.highlighter
    for _ in range(len(expected)):  # each match in turn is brought into view
        window.finder.step_match(1)
        qtbot.waitUntil(lambda: pages.current_match == highlighter.current_match)
        start, end = pages.matches[pages.current_match]
        seen.add(start)
        (drawn_at,) = pages.rects_of(start, end)
        assert pages.viewport().rect().contains(drawn_at.toRect())
    assert seen == set(expected)


def test_a_pdf_with_its_own_annotations_asks_once_to_import_them(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    path = annotated_article(tmp_path)

    def asking() -> QMessageBox | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "importMarksDialog"
        ]
        return next((w for w in found if w.isVisible()), None)

    open_document(path)
    qtbot.waitUntil(lambda: asking() is not None, timeout=20_000)
    box = asking()
    assert box is not None and "3 highlights or notes" in box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    qtbot.waitUntil(lambda: len(window.notes.annotations) == 3, timeout=20_000)
    quotes = sorted(a.quote.exact for a in window.notes.annotations.values())
    assert quotes == ["Le froid comme ressource", "Tencent", "province du Hebei"]
    # opened again: not asked again, nothing doubled
    open_document(path)
    qtbot.wait(500)
    window.runner.wait()
    qtbot.wait(100)
    assert asking() is None
    assert len(window.notes.annotations) == 3


def test_once_imported_the_files_own_marks_are_not_drawn_under_readers(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    """Drawn by the file and by reader, a highlight would show both: in dark, the page's
    negative turns the file's yellow blue under reader's yellow, and a deleted or
    recoloured highlight would still show the file's colour."""
    path = annotated_article(tmp_path)
    services = window.services
    opened = services.documents.open(path).value
    services.pdf_marks.import_marks(opened.id, opened.document)  # as the CLI does
    open_document(path)
    pages = show_pages(qtbot, window)
    window.set_dark(True)
    assert window.opened is not None
    start = window.opened.document.text.index("vince du Hebei")
    word = pages.rects_of(start, start + 3)[0].toRect()

    def yellowish() -> bool:
        inside = drawn(qtbot, pages).pixelColor(word.left() + 2, word.top() + 2)
        return inside.red() - inside.blue() > 40 and 30 <= inside.hue() <= 70

    qtbot.waitUntil(yellowish, timeout=20_000)
    assert window.findChild(QMessageBox, "importMarksDialog") is None  # nothing left to ask
    # deleted in reader, the highlight is gone from the page too
    (note,) = [a for a in window.notes.annotations.values() if a.start <= start < a.end]
    window.notes.delete(note.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: note.id not in {a.id for a in pages.annotations.items})
    paper = drawn(qtbot, pages).pixelColor(word.left() + 2, word.top() + 2)
    assert paper.lightness() < 60  # the dark paper, no highlight of either colour


def test_an_import_undone_draws_the_files_own_marks_again_at_once(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    """Left out while reader draws its copies, the file's marks come back when the import
    is undone: not drawn by either, the highlights would be gone until reopened."""
    path = annotated_article(tmp_path)
    open_document(path)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "importMarksDialog") is not None, timeout=20_000
    )
    box = window.findChild(QMessageBox, "importMarksDialog")
    assert isinstance(box, QMessageBox)
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    qtbot.waitUntil(lambda: len(window.notes.annotations) == 3, timeout=20_000)
    qtbot.waitUntil(lambda: not window.pdf.drawing_own_marks(), timeout=20_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.notes.annotations, timeout=20_000)
    qtbot.waitUntil(window.pdf.drawing_own_marks, timeout=20_000)


def test_marking_a_selection_on_the_page_as_an_entity(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, text = on_pages
    qtbot.waitUntil(lambda: window.entity.view is not None, timeout=120_000)
    start = text.index("Conclusion provisoire")
    end = start + len("Conclusion provisoire")
    pages.scroll_to_offset(start)
    first, last = pages.rects_of(start, start + 1)[0], pages.rects_of(end - 1, end)[0]
    viewport = pages.viewport()
    begin = QPoint(int(first.left()) + 1, int(first.center().y()))
    finish = QPoint(int(last.right()) - 1, int(last.center().y()))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)
    assert window.view.selection_offsets() == (start, end)
    chosen: list[str] = []

    def choose(menu: QMenu, _offset: int) -> None:  # the menu the page's right click shows
        assert window.mark_menu in [action.menu() for action in menu.actions()]
        other = next(a for a in window.mark_menu.actions() if a.text() == "Other")
        chosen.append(other.text())
        QTimer.singleShot(0, menu.close)
        QTimer.singleShot(0, other.trigger)

    pages.context_menu_requested.connect(choose)
    middle = pages.rects_of(start + 3, start + 4)[0].center().toPoint()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, middle, viewport.mapToGlobal(middle)),
    )
    assert chosen == ["Other"]
    qtbot.waitUntil(
        lambda: any(
            (s.start, s.end, s.label) == (start, end, EntityLabel.MISC)
            for s in pages.entities.items
        ),
        timeout=20_000,
    )


def test_fit_width_fit_page_and_zoom(
    qtbot: QtBot, window: MainWindow, on_pages: tuple[PageView, str]
) -> None:
    pages, _text = on_pages
    area = pages.viewport().size()
    window.pdf.fit_width_action.trigger()
    assert pages.page_rect(0).width() == pytest.approx(area.width() - 2 * MARGIN, abs=1)
    window.pdf.fit_page_action.trigger()
    page = pages.page_rect(0)
    assert page.height() <= area.height() and page.width() < area.width() - 2 * MARGIN
    before = pages.zoom
    activate(qtbot, window)
    pages.setFocus()
    qtbot.keyClick(pages, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pages.zoom == pytest.approx(before * ZOOM_STEP)
    pages.zoom_by(-100)
    assert pages.zoom == MIN_ZOOM


def test_the_reading_view_keeps_its_size_while_the_pages_are_shown(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, article: Path
) -> None:
    """Both views shown for a moment would halve the reading view's height, and it
    would lay its whole text out again when shown (seconds for a long book)."""
    open_document(article)
    resized = Resizes(window.view)
    show_pages(qtbot, window)
    qtbot.wait(50)
    window.pdf.toggle_action.trigger()
    qtbot.wait(50)
    assert resized.sizes == []


class Resizes(QObject):
    """The sizes a widget is given, as its resize events say."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.sizes: list[QSize] = []
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QResizeEvent):
            self.sizes.append(event.size())
        return False
