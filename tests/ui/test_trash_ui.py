"""Edit ▸ Trash… on a team library (a real PostgreSQL server): bob deletes alice's
highlight, alice finds it in the Trash and restores it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.team import services

pytestmark = pytest.mark.postgres
__all__ = ["services"]  # the fixture, for pytest

TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"
SHOTS = os.environ.get("READER_SHOTS")


def test_a_deleted_highlight_is_listed_and_restored(
    qtbot: QtBot, window: MainWindow, services: Services, postgres_url: str, tmp_path: Path
) -> None:
    book = tmp_path / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    doc_id = services.library.add(book).value.entry.id
    made = services.annotations.create(doc_id, 4, 11, note="à garder").value
    bob = Services.open(postgres_url, user="bob")
    try:
        bob.annotations.delete([made.id])
    finally:
        bob.close()
    action = window.findChild(QAction, "showTrash")
    assert action is not None
    assert action.isVisible()
    action.trigger()
    dialog = window.notes.trash
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    text = dialog.list.item(0).text()
    assert "données" in text
    assert "à garder" in text
    assert "deleted by bob" in text
    assert dialog.about.text() == "1 highlight deleted in the last 30 days."
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "trash.png"))
    dialog.list.item(0).setSelected(True)
    dialog.restore.click()
    settle(qtbot, window)
    assert services.annotations.get(made.id).note == "à garder"
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert "Nothing was deleted" in dialog.about.text()


def test_a_local_library_has_no_trash(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    local = Services.open(str(db_path), user="alice")
    settings = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    window = MainWindow(local, settings)
    qtbot.addWidget(window)
    try:
        action = window.findChild(QAction, "showTrash")
        assert action is not None
        assert not action.isVisible()
    finally:
        window.close()
        window.runner.wait()
        local.close()
