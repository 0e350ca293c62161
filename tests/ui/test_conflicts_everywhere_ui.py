"""Conflicts outside the editor, on a team library (a real PostgreSQL server): alice, in
the window, recolours from the colour bar, re-attaches an orphan, renames or deletes a
tag in the tag manager, while bob changes the same things through his own services.
Nothing of bob's is overwritten; alice sees both versions and chooses."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.annotations import Annotation, Colour, TextQuote
from reader.services.app import Services
from reader.ui.conflict_dialog import ConflictDialog
from reader.ui.main_window import MainWindow
from reader.ui.tag_conflict_dialog import TagConflictDialog
from reader.ui.tag_manager import TagManager
from tests.ui.conftest import TWO_AUTHORS_TEXT, settle
from tests.ui.team import bob, services

pytestmark = pytest.mark.postgres
__all__ = ["bob", "services"]  # the fixtures, for pytest

SHOTS = os.environ.get("READER_SHOTS")
"""A folder to save the dialogs' pictures in (for a look at them), if set."""


def open_with(
    qtbot: QtBot, window: MainWindow, services: Services, book: Path, *made: Annotation
) -> None:
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(book)
    qtbot.waitUntil(lambda: all(a.id in window.notes.annotations for a in made), timeout=10_000)


def text_of(dialog: ConflictDialog | TagConflictDialog, name: str) -> str:
    widget = dialog.findChild(QPlainTextEdit, name) or dialog.findChild(QLabel, name)
    assert widget is not None, name
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def click(dialog: ConflictDialog | TagConflictDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def conflict_shown(qtbot: QtBot, window: MainWindow) -> ConflictDialog:
    qtbot.waitUntil(lambda: window.notes.conflict is not None, timeout=10_000)
    dialog = window.notes.conflict
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_recolouring_from_the_colour_bar_over_bobs_change_asks(
    qtbot: QtBot, window: MainWindow, services: Services, bob: Services, book: Path
) -> None:
    doc_id = services.library.add(book).value.entry.id
    made = services.annotations.create(doc_id, 4, 11, note="première").value
    open_with(qtbot, window, services, book, made)
    window.notes.clicked(made.id)  # selected, the colour bar shown on it
    bob.annotations.edit(made.id, note="celle de bob", colour=Colour.BLUE)
    window.notes.bar_colour(Colour.GREEN)
    dialog = conflict_shown(qtbot, window)
    assert "bob changed this highlight" in text_of(dialog, "conflictHeading")
    assert (text_of(dialog, "theirsColour"), text_of(dialog, "theirsNote")) == (
        "Blue",
        "celle de bob",
    )
    assert text_of(dialog, "yoursColour") == "Green"
    assert text_of(dialog, "yoursNote") == "celle de bob"  # what applying gives: bob's note
    assert services.annotations.get(made.id).colour is Colour.BLUE  # nothing overwritten
    click(dialog, "applyMine")
    settle(qtbot, window)
    now = services.annotations.get(made.id)
    assert (now.colour, now.note, now.editor, now.version) == (
        Colour.GREEN,
        "celle de bob",  # only the colour was alice's change
        "alice",
        3,
    )


def make_orphan(services: Services, book: Path, note: str) -> Annotation:
    """A highlight of a passage the book does not have (saved as an orphan)."""
    doc_id = services.library.add(book).value.entry.id
    now = datetime.now(UTC)
    lost = Annotation(
        str(uuid.uuid4()), doc_id, 0, 9, TextQuote("Qwxz kvbn", "", ""), Colour.RED,
        note, (), now, now, author="alice",
    )  # fmt: skip
    [orphan] = services.annotations.restore([lost]).value
    assert orphan.orphan
    return orphan


def test_re_attaching_an_orphan_bob_changed_shows_both_passages(
    qtbot: QtBot, window: MainWindow, services: Services, bob: Services, book: Path
) -> None:
    orphan = make_orphan(services, book, "perdue")
    open_with(qtbot, window, services, book, orphan)
    start = TWO_AUTHORS_TEXT.index("Zhangbei")
    window.view.select_offsets(start, start + len("Zhangbei"))
    bob.annotations.edit(orphan.id, note="bob l'a vue")
    window.notes.reattach(orphan.id)
    dialog = conflict_shown(qtbot, window)
    assert text_of(dialog, "yoursPassage") == "“Zhangbei”"
    assert "Qwxz kvbn" in text_of(dialog, "theirsPassage")
    assert "not placed" in text_of(dialog, "theirsPassage")
    assert text_of(dialog, "theirsNote") == "bob l'a vue"
    assert text_of(dialog, "yoursNote") == "bob l'a vue"  # only the passage is alice's
    assert services.annotations.get(orphan.id).orphan  # nothing written yet
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "conflict-reattach.png"))
    click(dialog, "applyMine")
    settle(qtbot, window)
    placed = services.annotations.get(orphan.id)
    assert (placed.orphan, placed.quote.exact, placed.note) == (False, "Zhangbei", "bob l'a vue")


def test_keeping_theirs_on_a_re_attachment_leaves_it_an_orphan(
    qtbot: QtBot, window: MainWindow, services: Services, bob: Services, book: Path
) -> None:
    orphan = make_orphan(services, book, "")
    open_with(qtbot, window, services, book, orphan)
    window.view.select_offsets(4, 11)
    bob.annotations.edit(orphan.id, colour=Colour.BLUE)
    window.notes.reattach(orphan.id)
    click(conflict_shown(qtbot, window), "keepTheirs")
    settle(qtbot, window)
    kept = services.annotations.get(orphan.id)
    assert (kept.orphan, kept.colour, kept.version) == (True, Colour.BLUE, 2)


def manager_on(qtbot: QtBot, window: MainWindow, rows: int) -> TagManager:
    manager = TagManager(window.runner, window.perform, window)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitUntil(lambda: manager.table.rowCount() == rows, timeout=10_000)
    return manager


def select_tag(manager: TagManager, name: str) -> None:
    rows = manager.table.rowCount()
    [row] = [r for r in range(rows) if manager.table.item(r, 0).text() == name]  # type: ignore[union-attr]
    # Through the selection model: selectRow() reads the keyboard modifiers, and a Shift
    # left held by an earlier test's key clicks would make it select nothing.
    manager.table.selectionModel().select(
        manager.table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def tag_conflict_shown(qtbot: QtBot, manager: TagManager) -> TagConflictDialog:
    qtbot.waitUntil(lambda: manager.conflict is not None, timeout=10_000)
    dialog = manager.conflict
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_renaming_a_tag_bob_added_to_more_highlights_asks_then_renames_all(  # noqa: PLR0917
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    bob: Services,
    book: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc_id = services.library.add(book).value.entry.id
    for start in (4, 15):
        services.annotations.create(doc_id, start, start + 5, tags=["chine"])
    manager = manager_on(qtbot, window, 1)
    select_tag(manager, "chine")
    theirs = bob.annotations.create(doc_id, 30, 37, tags=["Chine"]).value  # same tag
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Asie", True))
    manager.rename()
    dialog = tag_conflict_shown(qtbot, manager)
    assert text_of(dialog, "tagsSeenText") == "“chine”: 2 highlights"
    assert text_of(dialog, "tagsNowText") == "“chine”: 3 highlights"
    assert "rename “chine” to “Asie”" in text_of(dialog, "tagConflictAsked")
    assert [(t.name, t.count) for t in services.tags.counts()] == [("chine", 3)]  # untouched
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "conflict-tags.png"))
    click(dialog, "applyNow")
    settle(qtbot, window)
    assert [(t.name, t.count) for t in services.tags.counts()] == [("Asie", 3)]
    assert services.annotations.get(theirs.id).tags == ("Asie",)
    qtbot.waitUntil(lambda: manager.table.item(0, 0).text() == "Asie", timeout=10_000)  # type: ignore[union-attr]


def test_deleting_a_tag_bob_renamed_meanwhile_cannot_be_done_and_says_so(  # noqa: PLR0917
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    bob: Services,
    book: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc_id = services.library.add(book).value.entry.id
    services.annotations.create(doc_id, 4, 11, tags=["chine"])
    manager = manager_on(qtbot, window, 1)
    select_tag(manager, "chine")
    bob.tags.rename("chine", "Asie")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    manager.delete()
    dialog = tag_conflict_shown(qtbot, manager)
    assert "renamed or deleted by someone else" in text_of(dialog, "tagsNowText")
    assert dialog.findChild(QPushButton, "applyNow") is None
    click(dialog, "keepTheirs")
    qtbot.waitUntil(lambda: manager.table.item(0, 0).text() == "Asie", timeout=10_000)  # type: ignore[union-attr]
    assert [(t.name, t.count) for t in services.tags.counts()] == [("Asie", 1)]
