"""Edit ▸ Trash… ▸ Delete for Good on a team library (a real PostgreSQL server): asked
first, saying it cannot be undone; Cancel keeps the highlight restorable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.main_window import MainWindow
from reader.ui.trash_dialog import TrashDialog
from tests.ui.conftest import TWO_AUTHORS_TEXT, settle
from tests.ui.team import services

pytestmark = pytest.mark.postgres
__all__ = ["services"]  # the fixture, for pytest

SHOTS = os.environ.get("READER_SHOTS")


def trash_with_two(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> TrashDialog:
    book = tmp_path / "hebei.txt"
    book.write_text(TWO_AUTHORS_TEXT, "utf-8")
    doc_id = services.library.add(book).value.entry.id
    made = [services.annotations.create(doc_id, s, s + 5, note=f"n{s}").value for s in (4, 15)]
    services.annotations.delete([a.id for a in made])
    dialog = window.notes.show_trash()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10_000)
    return dialog


def confirm(qtbot: QtBot, dialog: TrashDialog) -> QMessageBox:
    assert not dialog.forget.isEnabled()  # nothing chosen yet
    dialog.list.item(0).setSelected(True)
    assert dialog.forget.isEnabled()
    dialog.forget.click()
    box = dialog.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Delete 1 highlight for good?"
    assert "cannot be undone" in box.informativeText()
    return box


def test_delete_for_good_after_confirming(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    dialog = trash_with_two(qtbot, window, services, tmp_path)
    box = confirm(qtbot, dialog)
    if SHOTS:
        box.grab().save(str(Path(SHOTS) / "trash-forget.png"))
    chosen = str(dialog.list.item(0).text())
    button = box.findChild(QPushButton, "confirmForgetButton")
    assert button is not None
    button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.list.item(0).text() != chosen
    assert len(services.annotations.deleted()) == 1
    assert "deleted for good" in window.statusBar().currentMessage()
    assert not window.undo_stack.canUndo()  # nothing offers to undo it


def test_cancel_keeps_it_restorable(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    dialog = trash_with_two(qtbot, window, services, tmp_path)
    box = confirm(qtbot, dialog)
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, window)
    assert len(services.annotations.deleted()) == 2
    assert dialog.list.count() == 2
