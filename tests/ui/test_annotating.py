"""Annotating in the window: select with the mouse, press the shortcut, write a note,
add tags, close, reopen on the same SQLite file: everything is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.services.app import Services
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.main_window import MainWindow

OpenDocument = Callable[[Path], None]


def point_of(window: MainWindow, offset: int) -> QPoint:
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.positions.to_qt(offset))
    return window.view.cursorRect(cursor).center()


def drag_select(qtbot: QtBot, window: MainWindow, start: int, end: int) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_of(window, start))
    qtbot.mouseMove(viewport, point_of(window, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_of(window, end))


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def fill_editor(qtbot: QtBot, note: str, tags: list[str]) -> None:
    """Type into the annotation editor once it is open, then save."""

    def fill() -> None:
        editors = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, AnnotationEditor) and w.isVisible()
        ]
        if not editors:  # not shown yet: try again (never raise inside a Qt slot)
            QTimer.singleShot(50, fill)
            return
        editor = editors[0]
        # QTest.keyClicks aborts the process on non-ASCII characters: type the ASCII
        # part, insert the rest as an input method would.
        ascii_part = note.encode("ascii", "ignore").decode()
        qtbot.keyClicks(editor.note_edit, ascii_part[:10])
        editor.note_edit.clear()
        editor.note_edit.insertPlainText(note)
        for tag in tags:
            qtbot.keyClicks(editor.tag_editor.line, tag)
            qtbot.keyClick(editor.tag_editor.line, Qt.Key.Key_Return)
        editor.accept()

    QTimer.singleShot(50, fill)


def test_select_highlight_note_tag_reopen(  # noqa: PLR0917  (pytest fixtures)
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
    tmp_path: Path,
) -> None:
    open_document(sample_path)
    activate(qtbot, window)
    text = sample_path.read_text("utf-8")
    start = text.index("Jeff Zhang")
    end = start + len("Jeff Zhang, directeur de la technologie")
    drag_select(qtbot, window, start, end)
    assert window.view.selection_offsets() == (start, end)
    assert window.selection_bar.isVisible()

    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # green
    assert len(window.notes.annotations) == 1
    annotation = next(iter(window.notes.annotations.values()))
    assert (annotation.start, annotation.end, annotation.colour) == (start, end, Colour.GREEN)
    assert annotation.quote.exact == text[start:end]

    fill_editor(qtbot, "Premier responsable cité\nà vérifier 🔎", ["personne", "chine/cloud"])
    window.notes.edit_note()
    saved = window.notes.annotations[annotation.id]
    assert saved.note == "Premier responsable cité\nà vérifier 🔎"
    assert sorted(saved.tags) == ["chine/cloud", "personne"]
    assert window.annotations_panel.model.rowCount() == 1

    # Saved at once: a second, independent connection sees it before anything closes.
    other = Services.open(str(tmp_path / "library.sqlite3"))
    [stored] = other.annotations.for_document(annotation.document_id)
    assert stored.note == saved.note
    other.close()

    window.close()
    again = MainWindow(services, QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.document_shown, timeout=60_000):
        again.open_path(sample_path)
    [reopened] = again.notes.annotations.values()
    assert reopened == saved
    again.jobs.wait()


def test_undo_redo_create_edit_delete(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    activate(qtbot, window)
    text = sample_path.read_text("utf-8")
    start = text.index("Zhangjiakou")
    window.view.select_offsets(start, start + len("Zhangjiakou"))
    created = window.notes.highlight_selection(Colour.YELLOW)
    assert created is not None
    window.notes.clicked(created.id)
    window.notes.highlight_selection(Colour.PURPLE)  # recolours the selected highlight
    assert window.notes.annotations[created.id].colour is Colour.PURPLE
    window.notes.delete_selected_annotation()
    assert window.notes.annotations == {}

    undo = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    assert window.notes.annotations[created.id].colour is Colour.PURPLE
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    assert window.notes.annotations[created.id].colour is Colour.YELLOW
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    assert window.notes.annotations == {}
    assert window.services.annotations.for_document(window.opened.id) == []  # type: ignore[union-attr]
    window.undo_stack.redo()
    assert window.notes.annotations[created.id].colour is Colour.YELLOW


def test_panel_filters_by_tag_colour_and_text(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    notes = window.services.annotations
    for quote, colour, tags, note in (
        ("Alibaba examine", Colour.YELLOW, ["chine/cloud"], "caption"),
        ("Jeff Zhang", Colour.BLUE, ["personne"], "le directeur"),
        ("JD.com", Colour.RED, ["chine"], ""),
    ):
        s = text.index(quote)
        notes.create(window.opened.id, s, s + len(quote), colour=colour, note=note, tags=tags)
    open_document(sample_path)
    panel = window.annotations_panel
    assert panel.model.rowCount() == 3
    assert [a.quote.exact for a in panel.model.items] == ["Alibaba examine", "Jeff Zhang", "JD.com"]
    panel.tag_filter.setText("#chine")  # a tag matches its children too
    assert panel.model.rowCount() == 2
    panel.colour.setCurrentIndex(panel.colour.findData("red"))
    assert [a.quote.exact for a in panel.model.items] == ["JD.com"]
    panel.tag_filter.clear()
    panel.colour.setCurrentIndex(0)
    panel.search.setText("directeur")
    assert [a.quote.exact for a in panel.model.items] == ["Jeff Zhang"]
    panel.search.clear()

    # Clicking an item scrolls to the passage and selects it in the text.
    target = panel.model.items[2]
    panel.activated.emit(target.id)
    assert window.view.selection_offsets() == (target.start, target.end)
    assert window.view.highlighter.selected_annotation == target.id


def test_annotations_saved_by_another_process_appear(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument, tmp_path: Path
) -> None:
    import subprocess
    import sys

    open_document(sample_path)
    window.notes.sync_annotations()
    assert window.notes.annotations == {}
    env = {"READER_DB": str(tmp_path / "library.sqlite3"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "annotate",
            str(sample_path),
            "--quote",
            "JD.com",
            "--color",
            "red",
            "--note",
            "from the CLI",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    window.notes.sync_annotations()
    [annotation] = window.notes.annotations.values()
    assert annotation.note == "from the CLI"
    assert window.annotations_panel.model.rowCount() == 1


def test_a_refused_edit_is_a_clear_message_and_not_undoable(
    qtbot: QtBot,
    window: MainWindow,
    sample_path: Path,
    open_document: OpenDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.commands import EditAnnotation

    open_document(sample_path)
    text = sample_path.read_text("utf-8")
    start = text.index("JD.com")
    window.view.select_offsets(start, start + 6)
    created = window.notes.highlight_selection(Colour.RED)
    assert created is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = window.undo_stack.count()
    window.push_command(
        EditAnnotation(window.services, created, window.notes.changed, tags=["x" * 150])
    )
    assert len(shown) == 1
    assert "Error calling" not in shown[0] and "100" in shown[0]
    assert window.undo_stack.count() == before
    assert window.notes.annotations[created.id].tags == ()
