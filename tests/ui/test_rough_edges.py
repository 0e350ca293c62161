"""The rough edges a new user met, each pinned down by a test."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.tags import hashtag, parse_tag_list, tag_matches
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.main_window import MainWindow
from reader.ui.tag_manager import TagManager
from tests.ui.conftest import OpenDocument, settle


def editor_of(window: MainWindow) -> AnnotationEditor:
    editor = window.notes.editor
    assert editor is not None
    return editor


def new_highlight_with_editor(
    qtbot: QtBot, window: MainWindow, text: str, quote: str
) -> AnnotationEditor:
    start = text.index(quote)
    window.view.select_offsets(start, start + len(quote))
    window.note_action.trigger()  # Ctrl+Shift+N: highlight, then the note editor
    qtbot.waitUntil(lambda: window.notes.editor is not None, timeout=10_000)
    return editor_of(window)


def test_enter_in_the_tags_adds_a_tag_and_ctrl_enter_saves(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    editor = new_highlight_with_editor(qtbot, window, sample_path.read_text("utf-8"), "Hebei")
    line = editor.tag_editor.line
    for tag in ("chine", "big data"):  # (keyClicks types ASCII only)
        qtbot.keyClicks(line, tag)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert editor.isVisible()  # Enter added the tag; the editor stays open
    assert editor.tag_editor.tags() == ["chine", "big data"]
    qtbot.keyClick(line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    settle(qtbot, window)
    (saved,) = window.state.annotations.values()
    assert saved.tags == ("big data", "chine")


def test_tag_completion_offers_the_library_s_tags(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    start = text.index("Alibaba")
    window.services.annotations.create(window.opened.id, start, start + 7, tags=["chine/cloud"])
    open_document(sample_path)
    window.notes.refresh_tags()
    qtbot.waitUntil(lambda: "chine/cloud" in window.notes.known_tags)
    editor = new_highlight_with_editor(qtbot, window, text, "Hebei")
    gc.collect()  # the completer's list must not go with the garbage
    completer = editor.tag_editor.line.completer()
    assert completer is not None and completer.model() is not None
    qtbot.keyClicks(editor.tag_editor.line, "clo")
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert completer.currentCompletion() == "chine/cloud"
    editor.reject()


def test_cancel_takes_back_the_highlight_made_for_the_note(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    editor = new_highlight_with_editor(qtbot, window, sample_path.read_text("utf-8"), "Hebei")
    assert len(window.state.annotations) == 1
    editor.reject()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.state.annotations == {})
    assert window.opened is not None
    assert window.services.annotations.for_document(window.opened.id) == []


def test_the_filter_ignores_accents_and_finds_tags_with_spaces(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    notes = window.services.annotations
    for quote, note, tags in (
        ("Jeff Zhang", "à vérifier", ["big data"]),
        ("Alibaba", "", ["chine"]),
    ):
        s = text.index(quote)
        notes.create(window.opened.id, s, s + len(quote), note=note, tags=tags)
    open_document(sample_path)
    panel = window.annotations_panel
    panel.search.setText("verifier")
    assert [a.quote.exact for a in panel.model.items] == ["Jeff Zhang"]
    panel.search.clear()
    for typed in ("#big data", "#big_data", "big data, "):
        panel.tag_filter.setText(typed)
        assert [a.quote.exact for a in panel.model.items] == ["Jeff Zhang"], typed
    panel.tag_filter.clear()
    assert hashtag("big data") == "#big_data"
    assert parse_tag_list("#big data #chine/cloud") == ["big data", "chine/cloud"]
    assert tag_matches("big data/2016", "big_data")


def test_the_list_keeps_reading_order_after_an_edit_and_a_filter_change(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    notes = window.services.annotations
    ids = []
    for quote in ("Alibaba examine", "Jeff Zhang", "JD.com"):
        s = text.index(quote)
        ids.append(notes.create(window.opened.id, s, s + len(quote)).value.id)
    open_document(sample_path)
    panel = window.annotations_panel
    window.notes.recolour(window.state.annotations[ids[0]], Colour.GREEN)
    settle(qtbot, window)
    panel.colour.setCurrentIndex(panel.colour.findData("green"))
    panel.colour.setCurrentIndex(0)
    assert [a.id for a in panel.model.items] == ids


def test_the_tag_manager_lists_tags_a_to_z(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    s = text.index("Alibaba")
    window.services.annotations.create(
        window.opened.id, s, s + 7, tags=["zèbre", "Été", "alpha", "Chine"]
    )
    window.notes.show_tag_manager()
    manager = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TagManager))
    table = manager.findChild(QTableWidget, "tagTable")
    assert table is not None
    qtbot.waitUntil(lambda: table.rowCount() == 4)
    names = [item.text() for r in range(4) if (item := table.item(r, 0)) is not None]
    assert names == ["alpha", "Chine", "Été", "zèbre"]
    manager.close()


def test_the_colour_bar_follows_the_theme(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    bar = window.selection_bar
    window.set_dark(True)
    bar.show()
    dark = bar.grab().toImage().pixelColor(bar.width() // 2, 2)
    window.set_dark(False)
    light = bar.grab().toImage().pixelColor(bar.width() // 2, 2)
    assert dark.lightness() < 100 < light.lightness()


def test_the_reading_column_stays_put_while_the_panels_fill(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    before = window.view.width()
    open_document(sample_path)
    assert window.opened is not None
    qtbot.waitUntil(lambda: window.entity.view is not None, timeout=60_000)
    text = sample_path.read_text("utf-8")
    for quote in ("Alibaba examine", "Jeff Zhang, directeur de la technologie du groupe"):
        s = text.index(quote)
        window.services.annotations.create(
            window.opened.id, s, s + len(quote), note="x" * 300, tags=["une étiquette très longue"]
        )
    open_document(sample_path)
    widths = {before, window.view.width()}
    for dock in (window.entities_dock, window.contents_dock, window.annotations_dock):
        dock.raise_()
        qtbot.wait(100)
        widths.add(window.view.width())
    assert len(widths) == 1, widths


def test_the_note_editor_quotes_as_french_does(french: None, window: MainWindow) -> None:
    editor = AnnotationEditor("un passage", Colour.YELLOW, "", (), known_tags=(), parent=window)
    preview = editor.findChild(QLabel, "quotePreview")
    assert preview is not None and preview.text() == "«\u00a0un passage\u00a0»"
    editor.close()
