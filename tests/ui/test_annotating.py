"""Annotating in the window: select with the mouse, press the shortcut, write a note,
add tags, close, reopen on the same SQLite file: everything is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.annotations import Annotation, Colour
from reader.services.app import Services
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.main_window import MainWindow
from tests.ui.conftest import highlighted, settle

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


def stored(services: Services, window: MainWindow) -> list[Annotation]:
    """What the database holds for the open document (another connection's view)."""
    assert window.opened is not None
    return services.annotations.for_document(window.opened.id)


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
    settle(qtbot, window)
    assert len(window.notes.annotations) == 1
    annotation = next(iter(window.notes.annotations.values()))
    assert (annotation.start, annotation.end, annotation.colour) == (start, end, Colour.GREEN)
    assert annotation.quote.exact == text[start:end]
    assert highlighted(window, start + 1) and not highlighted(window, end + 1)

    fill_editor(qtbot, "Premier responsable cité\nà vérifier 🔎", ["personne", "chine/cloud"])
    window.notes.edit_note()
    qtbot.waitUntil(lambda: window.notes.editor is None, timeout=10_000)
    settle(qtbot, window)
    saved = window.notes.annotations[annotation.id]
    assert saved.note == "Premier responsable cité\nà vérifier 🔎"
    assert sorted(saved.tags) == ["chine/cloud", "personne"]
    assert window.annotations_panel.model.rowCount() == 1
    assert [window.undo_stack.text(i) for i in range(window.undo_stack.count())] == [
        "Highlight in green",
        "Change highlight",
    ]  # the highlight, then colour + note + tags at once

    # Saved at once: a second, independent connection sees it before anything closes.
    other = Services.open(str(tmp_path / "library.sqlite3"))
    [stored_there] = other.annotations.for_document(annotation.document_id)
    assert stored_there.note == saved.note
    other.close()

    window.close()
    again = MainWindow(services, QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.document_shown, timeout=60_000):
        again.open_path(sample_path)
    [reopened] = again.notes.annotations.values()
    assert reopened == saved
    again.documents.stop_watching()
    again.runner.wait()


def test_undo_redo_create_edit_delete(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
) -> None:
    open_document(sample_path)
    activate(qtbot, window)
    text = sample_path.read_text("utf-8")
    start = text.index("Zhangjiakou")
    window.view.select_offsets(start + 2, start + 6)  # inside the word: widened to it
    window.notes.highlight_selection(Colour.YELLOW)
    settle(qtbot, window)
    [created] = window.notes.annotations.values()
    assert created.quote.exact == "Zhangjiakou"
    assert stored(services, window) == [created]
    window.notes.clicked(created.id)
    window.notes.highlight_selection(Colour.PURPLE)  # recolours the selected highlight
    settle(qtbot, window)
    assert window.notes.annotations[created.id].colour is Colour.PURPLE
    assert stored(services, window)[0].colour is Colour.PURPLE
    window.notes.delete_selected_annotation()
    settle(qtbot, window)
    assert window.notes.annotations == {}
    assert stored(services, window) == []
    assert window.annotations_panel.model.rowCount() == 0

    undo = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    settle(qtbot, window)
    assert window.notes.annotations[created.id].colour is Colour.PURPLE
    assert window.annotations_panel.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    settle(qtbot, window)
    assert window.notes.annotations[created.id].colour is Colour.YELLOW
    assert stored(services, window)[0].colour is Colour.YELLOW
    qtbot.keyClick(window, Qt.Key.Key_Z, undo)
    settle(qtbot, window)
    assert window.notes.annotations == {}
    assert stored(services, window) == []
    # Three redos asked at once run in order, each on what the previous one left.
    for _ in range(3):
        window.undo_stack.redo()
    settle(qtbot, window)
    assert stored(services, window) == []  # created, recoloured, deleted again
    window.undo_stack.undo()
    window.undo_stack.undo()
    settle(qtbot, window)
    [back] = stored(services, window)
    assert (back.id, back.colour) == (created.id, Colour.YELLOW)
    assert window.notes.annotations == {created.id: back}
    assert highlighted(window, start + 1)


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
    # Noticed by PRAGMA data_version, polled off the UI thread.
    qtbot.waitUntil(lambda: len(window.notes.annotations) == 1, timeout=10_000)
    [annotation] = window.notes.annotations.values()
    assert annotation.note == "from the CLI"
    assert window.annotations_panel.model.rowCount() == 1


def test_a_refused_edit_changes_nothing_says_why_and_is_not_undoable(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
) -> None:
    from reader.services.ops import EditAnnotation

    open_document(sample_path)
    text = sample_path.read_text("utf-8")
    start = text.index("JD.com")
    window.view.select_offsets(start, start + 6)
    window.notes.highlight_selection(Colour.RED)
    settle(qtbot, window)
    [created] = window.notes.annotations.values()
    before = window.undo_stack.count()
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        window.perform(
            EditAnnotation(created.id, colour=Colour.BLUE, note="jamais", tags=("x" * 150,))
        )
    message = shown.args[0]
    assert "Error calling" not in message and "100" in message and "\n" not in message
    settle(qtbot, window)
    assert window.undo_stack.count() == before
    assert window.notes.annotations[created.id] == created
    assert stored(services, window) == [created]  # not the colour, not the note either
