"""The window on a team library while its PostgreSQL server stops and comes back: the
note being typed is kept, the error says what happened, and saving works again once the
server is back (the same window, no restart)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.main_window import MainWindow
from tests.faults.faulty import write_document
from tests.postgres_server import PostgresServer
from tests.ui.conftest import settle

pytestmark = pytest.mark.postgres


def test_the_server_stopped_keeps_the_note_being_typed_and_saves_it_once_back(
    qtbot: QtBot, postgres_server: PostgresServer, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    services = Services.open(postgres_server.url(postgres_server.new_database()), user="Ana")
    made = services.annotations.create(
        services.documents.open(document).value.id, 0, 5, note="avant la panne"
    ).value
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.document_shown, timeout=60_000):
            window.open_path(document)
        settle(qtbot, window)
        window.notes.edit(made.id)
        editor = window.notes.editor
        assert editor is not None
        typed = "Une note tapée pendant que le serveur de la bibliothèque est arrêté."
        editor.note_edit.setPlainText(typed)
        postgres_server.stop()
        try:
            with qtbot.waitSignal(window.error_shown, timeout=30_000) as shown:
                editor.accept()
            assert "cannot be reached" in shown.args[0]
            assert "\n" not in shown.args[0] and "Traceback" not in shown.args[0]
            [box] = [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]
            assert box.text() == shown.args[0]  # a dialog says it
            box.accept()
            qtbot.waitUntil(lambda: window.notes.editor is not None, timeout=5_000)
            again = window.notes.editor
            assert again is not None and again is not editor and again.isVisible()
            assert again.note == typed
        finally:
            postgres_server.restart()
        again.accept()  # the server is back: the same window saves it
        settle(qtbot, window)
        qtbot.waitUntil(lambda: services.annotations.get(made.id).note == typed, timeout=10_000)
    finally:
        window.close()
        window.runner.wait()
        services.close()
