"""Operations driven through the real window: each changes the database and the view
together, can be undone and redone, and a failing one changes nothing."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.tags import TagCount
from reader.services.app import Services
from reader.ui.main_window import WAITING, MainWindow
from reader.ui.tag_manager import TagManager
from tests.ui.conftest import highlighted, settle

OpenDocument = Callable[[Path], None]


class Heartbeat:
    """A 10 ms timer on the UI thread; the longest gap between beats is how long the
    UI thread was held."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def highlight(qtbot: QtBot, window: MainWindow, quote: str, colour: Colour) -> str:
    assert window.opened is not None
    start = window.opened.document.text.index(quote)
    window.view.select_offsets(start, start + len(quote))
    before = set(window.notes.annotations)
    window.notes.highlight_selection(colour)
    settle(qtbot, window)
    [new] = set(window.notes.annotations) - before
    return new


def test_the_tag_manager_renames_and_undo_renames_back(  # noqa: PLR0917  (fixtures)
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_document(sample_path)
    first = highlight(qtbot, window, "Jeff Zhang", Colour.BLUE)
    from reader.services.ops import EditAnnotation

    window.perform(EditAnnotation(first, tags=("personne", "chine")))
    second = highlight(qtbot, window, "Alibaba", Colour.RED)
    window.perform(EditAnnotation(second, tags=("chine",)))
    settle(qtbot, window)
    before = window.undo_stack.count()

    manager = TagManager(window.runner, window.perform, window)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 2, timeout=10_000)
    [row] = [r for r in range(2) if manager.table.item(r, 0).text() == "chine"]  # type: ignore[union-attr]
    manager.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Asie", True))
    manager.rename()
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            {manager.table.item(r, 0).text() for r in range(manager.table.rowCount())}  # type: ignore[union-attr]
            == {"Asie", "personne"}
        ),
        timeout=10_000,
    )
    assert services.tags.counts() == [TagCount("Asie", 2), TagCount("personne", 1)]
    assert window.notes.annotations[second].tags == ("Asie",)
    assert window.undo_stack.count() == before + 1  # undoable, and the stack is kept
    model = window.annotations_panel.model
    assert model.items[model.row_of(second)].tags == ("Asie",)  # the panel shows it
    manager.close()

    window.undo_stack.undo()
    settle(qtbot, window)
    assert services.tags.counts() == [TagCount("chine", 2), TagCount("personne", 1)]
    assert window.notes.annotations[second].tags == ("chine",)
    window.undo_stack.redo()
    settle(qtbot, window)
    assert window.notes.annotations[first].tags == ("Asie", "personne")


def test_delete_from_the_panel_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
) -> None:
    open_document(sample_path)
    annotation_id = highlight(qtbot, window, "Zhangbei", Colour.GREEN)
    panel = window.annotations_panel
    panel.select(annotation_id)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert window.notes.annotations == {}
    assert panel.model.rowCount() == 0
    assert window.opened is not None
    assert services.annotations.for_document(window.opened.id) == []
    window.undo_stack.undo()
    settle(qtbot, window)
    assert [a.id for a in services.annotations.for_document(window.opened.id)] == [annotation_id]
    assert panel.model.rowCount() == 1
    start = window.opened.document.text.index("Zhangbei")
    assert highlighted(window, start) and not highlighted(window, start - 2)


def test_an_import_is_one_undoable_operation(  # noqa: PLR0917  (pytest fixtures)
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    sample_path: Path,
    open_document: OpenDocument,
    tmp_path: Path,
) -> None:
    from reader.services.ops import ImportAnnotations

    open_document(sample_path)
    assert window.opened is not None
    for quote in ("Jeff Zhang", "Alibaba", "Hebei"):
        highlight(qtbot, window, quote, Colour.YELLOW)
    exported = services.exports.render(window.opened.id, window.opened.document, "json")
    window.undo_stack.clear()
    for annotation_id in list(window.notes.annotations):
        services.annotations.delete([annotation_id])
    window.documents.reload()
    qtbot.waitUntil(lambda: window.notes.annotations == {}, timeout=10_000)

    window.perform(ImportAnnotations(window.opened.id, exported))
    settle(qtbot, window)
    assert len(window.notes.annotations) == 3
    assert len(services.annotations.for_document(window.opened.id)) == 3
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.notes.annotations == {}
    assert services.annotations.for_document(window.opened.id) == []

    collection = json.loads(exported)
    collection["first"]["items"][-1]["body"] = [
        {"type": "TextualBody", "purpose": "tagging", "value": "  "}  # a blank tag: refused
    ]
    broken = json.dumps(collection)
    with qtbot.waitSignal(window.error_shown, timeout=10_000):
        window.perform(ImportAnnotations(window.opened.id, broken))
    settle(qtbot, window)
    assert services.annotations.for_document(window.opened.id) == []  # all or nothing


# -- another program holds the library ------------------------------------------------


@pytest.fixture
def impatient(db_path: Path) -> Iterator[Services]:
    services = Services.open(str(db_path), lock_timeout=1.5)
    yield services
    services.close()


@pytest.fixture
def locked_window(qtbot: QtBot, impatient: Services, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(impatient, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    yield window
    window.documents.stop_watching()
    window.runner.cancel_all()
    window.runner.wait()


def hold_lock(db: Path, seconds: float | None) -> sqlite3.Connection:
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    if seconds is not None:
        threading.Timer(seconds, lambda: other.execute("COMMIT")).start()
    return other


def test_a_locked_library_never_freezes_the_window(
    qtbot: QtBot, locked_window: MainWindow, sample_path: Path, db_path: Path
) -> None:
    window = locked_window
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(sample_path)
    other = hold_lock(db_path, seconds=1.0)
    heartbeat = Heartbeat()
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    began = time.perf_counter()
    highlight(qtbot, window, "JD.com", Colour.ORANGE)  # waits for the lock, then saves
    waited = time.perf_counter() - began
    heartbeat.stop()
    other.close()
    assert waited >= 0.9
    assert heartbeat.longest < 0.5, f"the UI thread was held {heartbeat.longest:.3f} s"
    assert WAITING in messages
    assert window.statusBar().currentMessage() != WAITING
    [saved] = window.notes.annotations.values()
    assert saved.quote.exact == "JD.com"


def test_after_the_timeout_the_user_is_told_and_nothing_is_written(
    qtbot: QtBot, locked_window: MainWindow, sample_path: Path, db_path: Path
) -> None:
    window = locked_window
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(sample_path)
    other = hold_lock(db_path, seconds=None)
    heartbeat = Heartbeat()
    try:
        assert window.opened is not None
        start = window.opened.document.text.index("JD.com")
        window.view.select_offsets(start, start + 6)
        with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
            window.notes.highlight_selection(Colour.RED)
        assert heartbeat.longest < 0.5
        assert "is in use by another program" in shown.args[0]
        # Reading goes on while the other program holds the lock.
        assert window.services.annotations.for_document(window.opened.id) == []
    finally:
        heartbeat.stop()
        other.execute("ROLLBACK")
        other.close()
    settle(qtbot, window)
    assert window.notes.annotations == {}
    assert window.undo_stack.count() == 0
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("in use by another program" in d.text() for d in dialogs)
    for dialog in dialogs:
        dialog.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT count(*) FROM annotations").fetchone() == (0,)
    finally:
        connection.close()
