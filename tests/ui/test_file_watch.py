"""A document changed on disk while open: the user is told, reloads, highlights follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument, settle

BEFORE = "Le groupe chinois Alibaba a mis en place ses centres de données dans le Hebei.\n"
AFTER = "Ajout en tête.\n" + BEFORE


def dialog_of(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "fileChangedDialog")
    return box if box is not None and box.isVisible() else None


def reload_when_asked(qtbot: QtBot, window: MainWindow) -> str:
    """Wait for the question about the changed file, answer Reload, wait until the file
    is shown again; what the question said."""
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=10_000)
    box = dialog_of(window)
    assert box is not None
    said = box.text()
    reload = next(b for b in box.buttons() if b.text() == "Reload")
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        reload.click()
    settle(qtbot, window)
    return said


def test_a_changed_file_is_noticed_reloaded_and_reanchored(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(BEFORE, "utf-8")
    open_document(path)
    assert window.opened is not None
    start = BEFORE.index("Alibaba")
    window.services.annotations.create(window.opened.id, start, start + 7)
    open_document(path)
    path.write_text(AFTER, "utf-8")
    assert "note.txt" in reload_when_asked(qtbot, window)
    assert window.opened is not None and window.opened.document.text == AFTER
    (moved,) = window.state.annotations.values()
    assert AFTER[moved.start : moved.end] == "Alibaba" and not moved.orphan


def test_a_deleted_file_is_said_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "gone.txt"
    path.write_text(BEFORE, "utf-8")
    open_document(path)
    path.unlink()
    qtbot.waitUntil(lambda: dialog_of(window) is not None, timeout=10_000)
    box = dialog_of(window)
    assert box is not None and "moved or deleted" in box.text()
    assert window.opened is not None and window.opened.document.text == BEFORE
    box.close()


def test_a_local_library_has_no_team_bar(
    window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    book = tmp_path / "hebei.txt"
    book.write_text(BEFORE, "utf-8")
    open_document(book)
    book.write_text(AFTER, "utf-8")
    open_document(book)
    assert window.opened is not None and window.opened.document.text == AFTER
    assert not window.member_copy.banner.isVisible()
