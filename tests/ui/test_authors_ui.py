"""Authors in the window: two members (alice, bob) write in the same SQLite library; the
Annotations panel shows who made each highlight and filters by author."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.services.app import Services
from reader.services.identity import user_name
from reader.ui.annotation_delegate import byline
from reader.ui.library_session import LibrarySession
from reader.ui.main_window import MainWindow
from reader.ui.preferences import load_preferences
from tests.ui.conftest import OpenDocument, settle


@pytest.fixture
def services(alice: Services) -> Services:
    """The window's services: alice's."""
    return alice


def shown_notes(window: MainWindow) -> list[str]:
    return [a.note for a in window.annotations_panel.model.items]


def test_the_panel_shows_authors_and_filters_only_mine(
    qtbot: QtBot,
    window: MainWindow,
    *,
    services: Services,
    bob: Services,
    book: Path,
    open_document: OpenDocument,
) -> None:
    doc_id = services.library.add(book).value.entry.id
    services.annotations.create(doc_id, 4, 11, note="d'alice")
    theirs = bob.annotations.create(doc_id, 15, 20, note="de bob").value
    open_document(book)
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: len(panel.model.items) == 2)
    assert panel.authors.isVisibleTo(panel)
    assert panel.delegate.show_authors
    names = [panel.authors.author.itemData(n) for n in range(panel.authors.author.count())]
    assert names == ["", "alice", "bob"]
    assert byline(theirs) == "by bob"

    panel.authors.mine.click()
    assert shown_notes(window) == ["d'alice"]
    assert not panel.authors.author.isEnabled()
    panel.authors.mine.click()
    assert sorted(shown_notes(window)) == ["d'alice", "de bob"]

    panel.authors.author.setCurrentIndex(panel.authors.author.findData("bob"))
    assert shown_notes(window) == ["de bob"]
    assert "1 of 2" in panel.count.text()


def test_one_author_alone_sees_no_author_filter(
    qtbot: QtBot,
    window: MainWindow,
    *,
    services: Services,
    book: Path,
    open_document: OpenDocument,
) -> None:
    doc_id = services.library.add(book).value.entry.id
    services.annotations.create(doc_id, 4, 11, note="seule")
    open_document(book)
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: len(panel.model.items) == 1)
    assert not panel.authors.isVisibleTo(panel)
    assert not panel.delegate.show_authors


def test_an_edit_by_the_other_member_names_them_on_the_row(
    services: Services, bob: Services, book: Path
) -> None:
    doc_id = services.library.add(book).value.entry.id
    made = services.annotations.create(doc_id, 4, 11).value
    edited = bob.annotations.edit(made.id, note="vu").value
    assert byline(edited) == "by alice, changed by bob"


def test_your_name_in_preferences_is_the_author_from_the_next_change(
    qtbot: QtBot,
    window: MainWindow,
    *,
    services: Services,
    book: Path,
    db_path: Path,
    open_document: OpenDocument,
) -> None:
    open_document(book)
    dialog = window.prefs.show_dialog()
    assert dialog.user_name.placeholderText() == user_name()
    qtbot.keyClicks(dialog.user_name, "Carole Martin")
    assert window.services.user == "Carole Martin"
    note = dialog.findChild(QLabel, "userNameNote")
    assert note is not None
    assert "next change" in note.text()
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.positions.to_qt(4))
    cursor.setPosition(window.view.positions.to_qt(11), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.notes.highlight_selection(Colour.GREEN)
    settle(qtbot, window)
    assert window.opened is not None
    (made,) = services.annotations.for_document(window.opened.id)
    assert made.author == "Carole Martin"
    assert window.annotations_panel.authors.user == "Carole Martin"
    # Saved, and given to the services at the next start.
    assert load_preferences(window.settings).user_name == "Carole Martin"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = LibrarySession(app, str(db_path), window.settings, None)
    reopened = session._open(str(db_path))
    assert reopened is not None
    assert reopened.user == "Carole Martin"
    reopened.close()
