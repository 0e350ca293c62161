"""The library's faults in the window, on real damaged SQLite files: the offer when a
library fails its check or cannot be opened, restore and recover from there, the
read-only banner, File ▸ Library, and failures as plain dialogs with their details.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.errors import LibraryLockedError
from reader.services import library_care
from reader.services.app import Services
from reader.store.schema import current_revision, head_revision
from reader.ui.library_dialogs import Choice, LibraryOffer, RestoreDialog
from reader.ui.library_safety import Reopen
from reader.ui.library_session import SHOW_AFTER_MS, LibrarySession, WorkingDialog, off_ui_thread
from reader.ui.main_window import MainWindow
from reader.ui.problem_dialog import Problem
from tests.conftest import NewEngine
from tests.faults.faulty import (
    Snapshot,
    annotations_in,
    break_search_index,
    build_library,
    checkpoint,
    fill,
    leaf_pages,
    overwrite_pages,
    read_only_mount,
    small_disk,
    write_document,
)
from tests.store.test_library_migration import downgrade
from tests.ui.conftest import settle

Step = Callable[[QWidget], bool]
"""Acts on a visible top-level widget if it is the one expected; True once done."""


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, Snapshot]:
    """(library file, its document, its 40 annotations), with one good backup."""
    document = write_document(tmp_path / "docs")
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    before = build_library(db, document, 40)
    library_care.backup(str(db))
    checkpoint(db)
    return db, document, before


def damage(db: Path) -> None:
    pages = leaf_pages(db, "annotations")
    overwrite_pages(db, [pages[len(pages) // 2]])


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class User:
    """Answers modal dialogs as a user would, in order (dialogs run with ``exec()``
    cannot be reached otherwise); what each said is kept in :attr:`seen`."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(50)

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if self.steps and widget.isVisible() and self.steps[0](widget):
                self.steps.pop(0)
                return

    def done(self) -> bool:
        return not self.steps

    def stop(self) -> None:
        self.timer.stop()


def choose(user: list[str], choice: Choice) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, LibraryOffer):
            return False
        user.append(widget.findChild(QWidget, "offerMessage").text())  # type: ignore[union-attr]
        user.extend(f"{b.text()} | {b.description()}" for b in widget.buttons.values())
        widget.buttons[choice].click()
        return True

    return step


def dismiss(user: list[str]) -> Step:
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, QMessageBox):
            return False
        user.append(widget.text())
        widget.accept()
        return True

    return step


def offer_of(window: MainWindow) -> LibraryOffer | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryOffer)]
    visible = [w for w in found if w.isVisible()]
    return visible[0] if visible else None


NewSession = Callable[["Path | None", "Path | None"], LibrarySession]


@pytest.fixture
def new_session(settings: QSettings) -> Iterator[NewSession]:
    """Sessions over a library (started by the test), closed at the end."""
    sessions: list[LibrarySession] = []

    def make(db: Path | None, document: Path | None = None) -> LibrarySession:
        """A session over ``db`` (None: as the GUI would choose with no ``--db``)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        session = LibrarySession(app, str(db) if db else None, settings, document)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        if session.window is not None:
            session.window.close()
            session.window.runner.wait()
        session.close()


@contextmanager
def window_on(
    qtbot: QtBot, db: Path | str, settings: QSettings, user: str | None = None
) -> Iterator[MainWindow]:
    """A window over the library ``db`` (a file or a URL) as opening finds it, shown,
    closed at the end."""
    services = Services.open(str(db), user=user)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.runner.wait()
        services.close()


# -- a library that fails its check -------------------------------------------------------


def test_a_damaged_library_opens_read_only_with_the_banner_and_the_offer(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings
) -> None:
    db, _document, before = library
    damage(db)
    with window_on(qtbot, db, settings) as window:
        assert window.services.state.damage
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=10_000)
        offer = offer_of(window)
        assert offer is not None
        restore = offer.buttons[Choice.RESTORE]
        assert restore.description().startswith("Made just now (")
        assert "40 annotations, 1 document" in restore.description()
        assert set(offer.buttons) == {Choice.RESTORE, Choice.RECOVER, Choice.OTHER, Choice.STAY}
        assert window.safety.banner.isVisible()
        assert "damaged, so it was opened read-only" in window.safety.banner.text.text()
        assert window.safety.banner.help_button.isVisible()
        for action in (*window.colour_actions.values(), window.note_action, window.import_action):
            assert not action.isEnabled()
            assert action.toolTip() == "Cannot be done: the library is read-only: it is damaged"
        assert not window.safety.actions["backup"].isEnabled()
        assert window.safety.actions["restore"].isEnabled()
        assert window.safety.actions["check"].isEnabled()
        assert not window.selection_bar.isEnabled()
        [backup] = library_care.backups(str(db))
        with qtbot.waitSignal(window.safety.reopen_requested, timeout=5_000) as asked:
            restore.click()
        assert asked.args == [Reopen(str(db), restore=backup.path)]
    assert len(annotations_in(backup.path)) == len(before)


def test_restoring_from_the_offer_brings_every_annotation_back(
    qtbot: QtBot,
    library: tuple[Path, Path, Snapshot],
    settings: QSettings,
    new_session: NewSession,
) -> None:
    db, document, before = library
    damage(db)
    session = new_session(db, document)
    assert session.start()
    first = session.window
    assert first is not None and first.services.state.damage
    seen: list[str] = []
    user = User(choose(seen, Choice.RESTORE))
    try:
        qtbot.waitUntil(
            lambda: session.window is not None and session.window is not first, timeout=30_000
        )
    finally:
        user.stop()
    window = session.window
    assert window is not None
    assert window.services.state.damage == () and not window.services.state.read_only
    assert not window.safety.banner.isVisible()
    assert all(action.isEnabled() for action in window.colour_actions.values())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10_000)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("The backup was restored: 40 annotations, 1 document. The damaged")
    assert " library was moved to " in shown
    assert annotations_in(db) == before
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)  # the same document
    assert window.opened is not None and window.opened.document.source == document


def test_restore_from_the_menu_keeps_the_library_as_it_was_first(
    qtbot: QtBot,
    library: tuple[Path, Path, Snapshot],
    settings: QSettings,
    new_session: NewSession,
) -> None:
    db, _document, before = library
    session = new_session(db, None)
    assert session.start()
    first = session.window
    assert first is not None and not first.services.state.read_only
    document_id = first.services.documents.recent(1)[0].id
    first.services.annotations.create(document_id, 0, 5, note="made after the backup")
    assert len(annotations_in(db)) == 41
    first.safety.actions["restore"].trigger()
    qtbot.waitUntil(lambda: first.findChild(RestoreDialog) is not None, timeout=10_000)
    dialog = first.findChild(RestoreDialog)
    assert dialog is not None
    [listed] = dialog.backups
    assert listed.kind == "manual" and listed.annotations == 40
    assert dialog.chosen == listed and dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not first, timeout=30_000
    )
    assert annotations_in(db) == before
    kept = [b for b in library_care.backups(str(db)) if b.kind == "before-restore"]
    assert [b.annotations for b in kept] == [41]  # the library as it was, restorable


# -- a library that cannot be opened --------------------------------------------------------


@pytest.mark.parametrize("fault", ["not a database", "truncated"])
def test_a_library_that_cannot_be_opened_offers_its_backup_not_an_empty_window(
    qtbot: QtBot,
    library: tuple[Path, Path, Snapshot],
    settings: QSettings,
    new_session: NewSession,
    fault: str,
) -> None:
    db, _document, before = library
    db.write_bytes(b"" if fault == "truncated" else b"PK\x03\x04 not a library at all" * 40)
    seen: list[str] = []
    user = User(choose(seen, Choice.RESTORE), dismiss(seen))
    session = new_session(db, None)
    try:
        assert session.start()
    finally:
        user.stop()
    assert user.done()
    message = (
        f"The library {db} is empty: it was probably truncated; restore one of its backups"
        if fault == "truncated"
        else f"{db} is not a reader library: it is not an SQLite database file; restore one "
        "of its backups"
    )
    assert seen[0] == message
    assert seen[1].startswith("Restore the newest good backup | Made just now (")
    assert "40 annotations" in seen[1]
    assert seen[-1].startswith("The backup was restored: 40 annotations, 1 document.")
    assert session.window is not None and session.window.isVisible()
    assert not session.window.services.state.read_only
    assert annotations_in(db) == before


def test_a_newer_library_is_refused_untouched_and_the_user_may_quit(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], new_session: NewSession
) -> None:
    db, _document, before = library
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.execute("UPDATE library_info SET value = '9.2.0' WHERE key = 'schema_written_by'")
    connection.commit()
    connection.close()
    checkpoint(db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    seen: list[str] = []
    user = User(choose(seen, Choice.STAY))
    session = new_session(db, None)
    try:
        assert not session.start()
    finally:
        user.stop()
    assert seen[0].startswith(f"The library {db} needs reader 9.2.0 or newer (this is reader ")
    assert [line.split(" | ")[0] for line in seen[1:]] == ["Open another library…", "Quit"]
    assert session.window is None
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert annotations_in(db) == before


def test_a_library_locked_while_its_migration_is_due_opens_once_tried_again(
    qtbot: QtBot,
    library: tuple[Path, Path, Snapshot],
    new_session: NewSession,
    monkeypatch: pytest.MonkeyPatch,
    new_engine: NewEngine,
) -> None:
    db, _document, before = library
    downgrade(new_engine(f"sqlite:///{db}"), "0012")  # left by an older reader
    checkpoint(db)
    monkeypatch.setenv("READER_LOCK_TIMEOUT", "1")
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    seen: list[str] = []
    try_again = choose(seen, Choice.RETRY)

    def let_go_then_try_again(widget: QWidget) -> bool:
        if not isinstance(widget, LibraryOffer):
            return False
        other.execute("COMMIT")
        return try_again(widget)

    user = User(let_go_then_try_again)
    session = new_session(db, None)
    try:
        assert session.start()
    finally:
        user.stop()
        other.close()
    assert user.done()
    assert "in use by another program" in seen[0]
    assert any(line.startswith("Try again") for line in seen[1:])
    assert session.window is not None and not session.window.services.state.read_only
    assert current_revision(new_engine(f"sqlite:///{db}")) == head_revision()
    assert annotations_in(db) == before


# -- File ▸ Library -------------------------------------------------------------------------


def test_recover_into_a_new_library_says_how_many_annotations_were_saved(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings, tmp_path: Path
) -> None:
    db, _document, before = library
    damage(db)
    with window_on(qtbot, db, settings) as window:
        target = tmp_path / "rescued.sqlite3"
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=10_000)
        offer = offer_of(window)
        assert offer is not None
        offer.buttons[Choice.STAY].click()
        window.safety.recover_into(target)
        qtbot.waitUntil(lambda: _box(window, "recoveryResult") is not None, timeout=30_000)
        box = _box(window, "recoveryResult")
        assert box is not None
        saved = annotations_in(target)
        assert 0 < len(saved) < len(before)
        assert box.text().startswith(
            f"{len(saved)} of 40 annotations saved into {target} (with 1 document and 7 tags)."
        )
        assert all(before[key] == value for key, value in saved.items())
        [open_it] = [b for b in box.buttons() if b.text() == "Open the Recovered Library"]
        with qtbot.waitSignal(window.safety.reopen_requested, timeout=5_000) as asked:
            open_it.click()
        assert asked.args == [Reopen(str(target))]


def test_cancel_does_not_drop_a_recovery_or_a_backup_and_says_so(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings, tmp_path: Path
) -> None:
    db, _document, before = library
    damage(db)
    with window_on(qtbot, db, settings) as window:
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=10_000)
        offer = offer_of(window)
        assert offer is not None
        offer.buttons[Choice.STAY].click()
        target = tmp_path / "rescued.sqlite3"
        window.safety.recover_into(target)
        window.safety.check()
        window.cancel_button.click()
        assert window.statusBar().currentMessage() == (
            "Cannot be stopped halfway: checking the library, recovering the library; it goes "
            "on to the end and says what came of it."
        )
        qtbot.waitUntil(lambda: _box(window, "recoveryResult") is not None, timeout=30_000)
        box = _box(window, "recoveryResult")
        assert box is not None
        saved = annotations_in(target)
        assert box.text().startswith(f"{len(saved)} of {len(before)} annotations saved into")
        box.reject()
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=30_000)  # check's result


def _box(window: MainWindow, name: str) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    return boxes[0] if boxes else None


def test_back_up_now_and_check_from_the_menu(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    assert not window.safety.banner.isVisible()
    window.safety.actions["backup"].trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up"))
    [made] = library_care.backups(str(db_path))
    assert made.kind == "manual"
    assert window.statusBar().currentMessage() == (
        f"Backed up ({QLocale().formattedDataSize(made.size, 1)}, 0 documents, 0 annotations)"
        f" to {made.path}"
    )
    window.safety.actions["check"].trigger()
    qtbot.waitUntil(lambda: _box(window, "checkResult") is not None, timeout=30_000)
    box = _box(window, "checkResult")
    assert box is not None
    assert box.text().startswith(
        "The library is sound (0 documents, 0 annotations): its pages, indexes, references "
        "and search index were checked in "
    )
    box.accept()


def test_check_finds_a_search_index_out_of_step_and_rebuilds_it(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings
) -> None:
    db, _document, before = library
    break_search_index(db)
    with window_on(qtbot, db, settings) as window:
        assert not window.services.state.read_only  # quick_check does not look at it
        window.safety.actions["check"].trigger()
        qtbot.waitUntil(lambda: _box(window, "checkResult") is not None, timeout=30_000)
        box = _box(window, "checkResult")
        assert box is not None
        assert box.text() == (
            "The search index does not match the library (your documents and annotations "
            "are sound). Rebuilding it repairs the library."
        )
        assert "search_documents does not match" in box.detailedText()
        [rebuild] = [b for b in box.buttons() if b.text() == "Rebuild the Search Index"]
        rebuild.click()
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage() == "The search index was rebuilt.",
            timeout=30_000,
        )
        assert window.services.library.search("autre titre")
    assert library_care.check(str(db)).result.ok
    assert annotations_in(db) == before


def test_another_library_opens_in_a_new_window_and_is_remembered(
    qtbot: QtBot,
    library: tuple[Path, Path, Snapshot],
    new_session: NewSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("READER_DB", raising=False)
    db, _document, _before = library
    other = tmp_path / "other" / "second.sqlite3"
    other.parent.mkdir()
    session = new_session(db, None)
    assert session.start()
    first = session.window
    assert first is not None
    first.safety.reopen_requested.emit(Reopen(str(other)))
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not first, timeout=30_000
    )
    assert session.window is not None
    assert session.window.services.state.path == other
    assert session.window.services.library.documents() == []  # a new, empty library
    assert new_session(None, None).db == str(other)  # the next start opens it


def test_a_read_only_disk_shows_why_in_the_banner(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings
) -> None:
    db, _document, before = library
    with read_only_mount(db.parent), window_on(qtbot, db, settings) as window:
        assert window.safety.banner.isVisible()
        assert window.safety.banner.text.text() == (
            "Read-only library (the disk is mounted read-only): reading, search and "
            "export work; highlights, notes and other changes cannot be saved."
        )
        assert not window.safety.banner.help_button.isVisible()
        assert not window.colour_actions[Colour.YELLOW].isEnabled()
        assert window.colour_actions[Colour.YELLOW].statusTip() == (
            "Cannot be done: the library is read-only: the disk is mounted read-only"
        )
        assert not window.safety.actions["restore"].isEnabled()
        assert window.safety.actions["check"].isEnabled()
        assert offer_of(window) is None
        assert window.services.library.search("Zhangbei")  # reading goes on
    assert annotations_in(db) == before


def test_a_read_only_library_refuses_the_panels_writing_actions_and_dropped_files(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings, tmp_path: Path
) -> None:
    db, document, before = library
    dropped = write_document(tmp_path / "more")
    reason = "Cannot be done: the library is read-only: the disk is mounted read-only"
    with read_only_mount(db.parent), window_on(qtbot, db, settings) as window:
        assert window.safety.refusal == reason
        with qtbot.waitSignal(window.document_shown, timeout=60_000):
            window.open_path(document)
        settle(qtbot, window)
        panel = window.annotations_panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == len(before), timeout=10_000)
        menu = panel.menu_for(panel.model.index(0, 0))
        assert [a.text() for a in menu.actions()] == ["Edit Note and Tags…", "Delete"]
        for action in menu.actions():
            assert not action.isEnabled() and action.toolTip() == reason
        window.library_dock.show()
        shelf = window.library_panel
        qtbot.waitUntil(lambda: shelf.tree.topLevelItemCount() == 1, timeout=10_000)
        item = shelf.tree.topLevelItem(0)
        assert item is not None
        open_action, remove = shelf.menu_for(item).actions()
        assert open_action.isEnabled()
        assert not remove.isEnabled() and remove.toolTip() == reason
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(dropped))])
        drop = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        with qtbot.waitSignal(window.error_shown, timeout=5_000) as shown:
            window.dropEvent(drop)
        assert shown.args == [reason]
        assert not drop.isAccepted()
        settle(qtbot, window)
        assert [e.path for e in window.services.library.documents()] == [str(document)]
    assert annotations_in(db) == before


def test_a_writable_library_keeps_the_panels_writing_actions(
    qtbot: QtBot, library: tuple[Path, Path, Snapshot], settings: QSettings
) -> None:
    db, _document, _before = library
    with window_on(qtbot, db, settings) as window:
        assert window.safety.refusal is None
        window.library_dock.show()
        shelf = window.library_panel
        qtbot.waitUntil(lambda: shelf.tree.topLevelItemCount() == 1, timeout=10_000)
        item = shelf.tree.topLevelItem(0)
        assert item is not None
        assert all(a.isEnabled() for a in shelf.menu_for(item).actions())


# -- faults while working ---------------------------------------------------------------------


def test_a_full_disk_keeps_the_note_being_typed(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    document = write_document(tmp_path / "docs")
    with small_disk(tmp_path / "disk", "16m") as disk:
        db = disk / "library.sqlite3"
        before = build_library(db, document, 3)
        library_care.backup(str(db))  # the daily backup is then not due
        with window_on(qtbot, db, settings) as window:
            with qtbot.waitSignal(window.document_shown, timeout=60_000):
                window.open_path(document)
            settle(qtbot, window)
            annotation_id = next(iter(window.notes.annotations))
            window.notes.edit(annotation_id)
            editor = window.notes.editor
            assert editor is not None
            typed = "Une note longue, tapée avant que le disque ne soit plein. " * 100
            editor.note_edit.setPlainText(typed)
            filler = fill(disk)
            with qtbot.waitSignal(window.error_shown, timeout=20_000) as shown:
                editor.accept()
            assert shown.args[0] == (
                f"Cannot save: the disk holding the library {db} is full; nothing was "
                "changed (free some space and try again)"
            )
            qtbot.waitUntil(lambda: window.notes.editor is not None, timeout=5_000)
            again = window.notes.editor
            assert again is not None and again is not editor and again.isVisible()
            assert again.note == typed
            again.reject()
            filler.unlink()
            settle(qtbot, window)
        assert annotations_in(db) == before


def test_an_unexpected_error_is_one_sentence_with_the_technical_text_in_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    def broken(_control: object) -> None:
        raise ValueError("SELECT secret FROM notes WHERE id = ?")

    failures: list[str] = []
    window.runner.read("listing things", broken, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    [problem] = failures
    assert problem == (
        "Unexpected error while listing things; this is a bug in reader (Show Details says more)"
    )
    assert isinstance(problem, Problem) and problem.bug
    assert "ValueError: SELECT secret FROM notes" in problem.detail
    assert "Traceback" in problem.detail
    window.report("listing things", problem)
    [box] = [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]
    assert box.text() == problem and "SELECT" not in box.text()
    assert box.detailedText() == problem.detail
    box.accept()


def test_work_off_the_ui_thread_shows_what_it_does_once_it_takes_over_a_second(
    qtbot: QtBot,
) -> None:
    """The UI thread keeps drawing while opening work runs; past a second a dialog says
    what is going on; the work's error comes back on the UI thread as it was."""
    release = threading.Event()
    ticks: list[float] = []
    seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkingDialog)]
        if any(w.isVisible() for w in shown):
            seen.append("shown")
            release.set()

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(20)

    def work() -> str:
        if not release.wait(30):
            raise TimeoutError("the dialog never showed")
        raise LibraryLockedError("The library is in use by another program", detail="busy")

    began = time.perf_counter()
    try:
        with pytest.raises(LibraryLockedError, match="in use by another program"):
            off_ui_thread(work, "Opening the library…")
    finally:
        timer.stop()
        watcher.stop()
    assert seen and time.perf_counter() - began >= SHOW_AFTER_MS / 1000
    assert len(ticks) > 20  # the UI thread went on meanwhile
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, WorkingDialog)
    )
