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
from reader.ui.library_dialogs import Choice
from reader.ui.library_session import LibrarySession
from reader.ui.main_window import MainWindow
from tests.faults.faulty import write_document
from tests.postgres_server import PostgresServer
from tests.ui.conftest import settle
from tests.ui.test_library_safety_ui import User, choose

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
        with postgres_server.admin(name) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
            connection.execute(
                "UPDATE library_info SET value = '9.0.0' WHERE key = 'schema_written_by'"
            )
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


def test_a_read_only_role_reads_and_a_dialog_says_why_it_cannot_write(
    qtbot: QtBot, postgres_server: PostgresServer, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    name = postgres_server.new_database()
    url = postgres_server.url(name)
    owner = Services.open(url, user="Ana")
    try:
        doc_id = owner.documents.open(document).value.id
        owner.annotations.create(doc_id, 0, 5, note="lue par tous")
    finally:
        owner.close()
    role = f"lecteur_{name}"
    with postgres_server.admin(name) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    services = Services.open(url.replace("reader@", f"{role}@"), user="Léa")
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.document_shown, timeout=60_000):
            window.open_path(document)
        settle(qtbot, window)
        [(annotation_id, shown)] = window.notes.annotations.items()
        assert shown.note == "lue par tous"  # reading works
        window.notes.edit(annotation_id)
        editor = window.notes.editor
        assert editor is not None
        editor.note_edit.setPlainText("refusée")
        with qtbot.waitSignal(window.error_shown, timeout=30_000) as said:
            editor.accept()
        assert "may only read it" in said.args[0]
        [box] = [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]
        assert box.text() == said.args[0]
        box.accept()
        assert services.annotations.get(annotation_id).note == "lue par tous"
    finally:
        window.close()
        window.runner.wait()
        services.close()
        with postgres_server.admin(name) as connection:
            connection.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
            connection.execute(f"DROP ROLE {role}")
