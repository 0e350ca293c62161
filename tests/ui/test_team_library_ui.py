"""The window on a team library on the real PostgreSQL server: while the server stops and
comes back, the note being typed is kept, a dialog says what happened, and saving works
again once it is back (same window, no restart); a wrong password or a library of a newer
schema is a dialog at start-up; a read-only role reads, and a dialog says why it cannot
write."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.library_dialogs import Choice
from reader.ui.library_session import LibrarySession
from reader.ui.main_window import MainWindow
from tests.faults.faulty import write_document
from tests.postgres_server import PostgresServer
from tests.ui.conftest import settle
from tests.ui.test_library_safety_ui import User, choose, window_on

pytestmark = pytest.mark.postgres


def library_with_a_note(url: str, document: Path) -> str:
    """Record ``document`` in the library at ``url`` with one annotation; its id."""
    owner = Services.open(url, user="Ana")
    try:
        doc_id = owner.documents.open(document).value.id
        return owner.annotations.create(doc_id, 0, 5, note="avant").value.id
    finally:
        owner.close()


def edit_note(
    qtbot: QtBot, window: MainWindow, document: Path, annotation_id: str, note: str
) -> AnnotationEditor:
    """Open ``document``, start editing the note of ``annotation_id`` and type ``note``;
    the editor."""
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(document)
    settle(qtbot, window)
    assert window.notes.annotations[annotation_id].note == "avant"  # reading works
    window.notes.edit(annotation_id)
    editor = window.notes.editor
    assert editor is not None
    editor.note_edit.setPlainText(note)
    return editor


def refusal(qtbot: QtBot, window: MainWindow, editor: AnnotationEditor) -> str:
    """Save the note being edited, which fails: what the dialog says (then closed)."""
    with qtbot.waitSignal(window.error_shown, timeout=30_000) as shown:
        editor.accept()
    message = str(shown.args[0])
    assert "\n" not in message and "Traceback" not in message
    [box] = [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]
    assert box.text() == message
    box.accept()
    return message


def test_the_server_stopped_keeps_the_note_being_typed_and_saves_it_once_back(
    qtbot: QtBot, postgres_server: PostgresServer, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    url = postgres_server.url(postgres_server.new_database())
    annotation_id = library_with_a_note(url, document)
    typed = "Une note tapée pendant que le serveur de la bibliothèque est arrêté."
    with window_on(qtbot, url, settings, user="Ana") as window:
        editor = edit_note(qtbot, window, document, annotation_id, typed)
        postgres_server.stop()
        try:
            assert "cannot be reached" in refusal(qtbot, window, editor)
            qtbot.waitUntil(lambda: window.notes.editor is not None, timeout=5_000)
            again = window.notes.editor
            assert again is not None and again is not editor and again.isVisible()
            assert again.note == typed
        finally:
            postgres_server.restart()
        again.accept()  # the server is back: the same window saves it
        settle(qtbot, window)
        saved = window.services.annotations.get
        qtbot.waitUntil(lambda: saved(annotation_id).note == typed, timeout=10_000)


def test_a_read_only_role_reads_and_a_dialog_says_why_it_cannot_write(
    qtbot: QtBot, postgres_server: PostgresServer, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    name = postgres_server.new_database()
    annotation_id = library_with_a_note(postgres_server.url(name), document)
    with (
        postgres_server.read_only_role(name) as url,
        window_on(qtbot, url, settings, user="Léa") as window,
    ):
        editor = edit_note(qtbot, window, document, annotation_id, "refusée")
        assert "may only read it" in refusal(qtbot, window, editor)
        assert window.services.annotations.get(annotation_id).note == "avant"


@pytest.mark.parametrize("fault", ["wrong password", "newer schema"])
def test_a_team_library_that_cannot_be_opened_says_why_in_a_dialog(
    qtbot: QtBot, postgres_server: PostgresServer, settings: QSettings, fault: str
) -> None:
    name = postgres_server.new_database()
    if fault == "wrong password":
        url = postgres_server.url(name, password="faux-secret", tcp=True)
        expected = "refused the user name or password"
    else:
        url = postgres_server.url(name)
        postgres_server.pretend_newer(name)
        expected = "needs reader 9.0.0 or newer"
    seen: list[str] = []
    user = User(choose(seen, Choice.STAY))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = LibrarySession(app, url, settings, None)
    try:
        assert not session.start()  # the user chose to quit
    finally:
        user.stop()
        session.close()
    assert expected in seen[0] and "faux-secret" not in seen[0]
    assert [line.split(" | ")[0] for line in seen[1:]] == ["Open another library…", "Quit"]
    assert session.window is None
