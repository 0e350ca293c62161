"""Two members (alice in the window, bob through his own services) edit the same highlight
in one SQLite library: alice's edit is refused, she sees both versions and chooses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.annotations import Annotation, Colour
from reader.services.app import Services
from reader.ui.conflict_dialog import ConflictDialog
from reader.ui.main_window import MainWindow
from tests.ui.conftest import settle

SHOTS = os.environ.get("READER_SHOTS")
"""A folder to save the dialog's picture in (for a look at it), if set."""


@pytest.fixture
def services(alice: Services) -> Services:
    """The window's services: alice's."""
    return alice


def edit_while_bob_edits(
    qtbot: QtBot, window: MainWindow, services: Services, bob: Services, book: Path
) -> tuple[Annotation, ConflictDialog]:
    """Alice opens the editor on her highlight, bob changes it, alice saves hers."""
    doc_id = services.library.add(book).value.entry.id
    made = services.annotations.create(doc_id, 4, 11, note="première").value
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(book)
    qtbot.waitUntil(lambda: made.id in window.notes.annotations)
    window.notes.edit(made.id)
    editor = window.notes.editor
    assert editor is not None
    bob.annotations.edit(made.id, note="celle de bob", tags=["Chine"], colour=Colour.BLUE)
    editor.note_edit.setPlainText("celle d'alice, longue à taper")
    editor.accept()
    qtbot.waitUntil(lambda: window.notes.conflict is not None, timeout=10_000)
    dialog = window.notes.conflict
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return made, dialog


def text_of(dialog: ConflictDialog, name: str) -> str:
    widget = dialog.findChild(QPlainTextEdit, name) or dialog.findChild(QLabel, name)
    assert widget is not None, name
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def test_both_versions_are_shown_and_mine_applies_over_theirs(
    qtbot: QtBot, window: MainWindow, *, services: Services, bob: Services, book: Path
) -> None:
    made, dialog = edit_while_bob_edits(qtbot, window, services, bob, book)
    assert "bob changed this highlight" in text_of(dialog, "conflictHeading")
    assert text_of(dialog, "theirsNote") == "celle de bob"
    assert text_of(dialog, "theirsTags") == "#Chine"
    assert text_of(dialog, "theirsColour") == "Blue"
    assert text_of(dialog, "yoursNote") == "celle d'alice, longue à taper"
    assert services.annotations.get(made.id).note == "celle de bob"  # nothing overwritten
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "conflict.png"))
    apply = dialog.findChild(QPushButton, "applyMine")
    assert apply is not None
    apply.click()
    settle(qtbot, window)
    now = services.annotations.get(made.id)
    assert (now.note, now.tags, now.colour, now.editor, now.version) == (
        "celle d'alice, longue à taper",
        ("Chine",),  # theirs, then mine: alice changed the note only, bob's tags stay
        Colour.BLUE,
        "alice",
        3,
    )


def test_keeping_theirs_leaves_their_version(
    qtbot: QtBot, window: MainWindow, *, services: Services, bob: Services, book: Path
) -> None:
    made, dialog = edit_while_bob_edits(qtbot, window, services, bob, book)
    keep = dialog.findChild(QPushButton, "keepTheirs")
    assert keep is not None
    keep.click()
    settle(qtbot, window)
    now = services.annotations.get(made.id)
    assert (now.note, now.editor, now.version) == ("celle de bob", "bob", 2)
    qtbot.waitUntil(lambda: window.notes.annotations[made.id].note == "celle de bob")


def test_a_highlight_deleted_meanwhile_offers_to_copy_what_was_typed(
    qtbot: QtBot, window: MainWindow, *, services: Services, bob: Services, book: Path
) -> None:
    doc_id = services.library.add(book).value.entry.id
    made = services.annotations.create(doc_id, 4, 11).value
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(book)
    qtbot.waitUntil(lambda: made.id in window.notes.annotations)
    window.notes.edit(made.id)
    editor = window.notes.editor
    assert editor is not None
    bob.annotations.delete([made.id])
    editor.note_edit.setPlainText("à garder")
    editor.accept()
    qtbot.waitUntil(lambda: window.notes.conflict is not None, timeout=10_000)
    dialog = window.notes.conflict
    assert dialog is not None
    assert dialog.findChild(QPushButton, "applyMine") is None
    keep = dialog.findChild(QPushButton, "keepTheirs")
    assert keep is not None
    assert keep.text() == "Close"
    copy = dialog.findChild(QPushButton, "copyMine")
    assert copy is not None
    copy.click()
    assert "à garder" in QGuiApplication.clipboard().text()
