"""The window over one library, from start-up on, and the way to another library.

Opening the library (resolving it, reading its revision, ``quick_check``, the daily
backup, a migration and the backup before it) runs off the UI thread; if it takes
over a second a small dialog says what is going on. A library that cannot be opened
(damaged, not a database, truncated, too new, a bad path) never ends in an empty
window: the user is told why in plain words and offered what can be done (restore
its newest good backup, recover what can be read into a new library, open another
library, or quit). Switching library, or restoring a backup of the open one, closes
the window (so nothing holds the file), does the work, and opens a new window on the
library, with the document that was open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    ReaderError,
)
from reader.services import library_care
from reader.services.app import Services
from reader.ui.entity_controller import settle_memory
from reader.ui.i18n import tr
from reader.ui.library_dialogs import Choice, LibraryOffer, chosen_file, library_file_dialog
from reader.ui.library_safety import Reopen, recovery_summary, restore_summary
from reader.ui.main_window import MainWindow
from reader.ui.preferences import load_preferences
from reader.ui.problem_dialog import problem_box, problem_of
from reader.ui.reading_position import start_document
from reader.ui.service_messages import error_text
from reader.ui.single_instance import InstanceServer, hand_over, server_name
from reader.ui.theme import apply_theme

T = TypeVar("T")
SHOW_AFTER_MS = 1000
LIBRARY_SETTING = "library/path"
"""The library chosen in the GUI (Open Another Library, a recovered one)."""


class _Relay(QObject):
    finished = Signal()


def off_ui_thread(work: Callable[[], T], label: str, parent: QWidget | None = None) -> T:
    """``work()`` on a thread of its own while the UI thread goes on drawing; a dialog
    saying ``label`` appears if it takes over a second. Returns its result or raises
    its exception (on the UI thread)."""
    results: list[T] = []
    errors: list[BaseException] = []
    loop = QEventLoop()
    relay = _Relay()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # handed over to the UI thread, raised there
            errors.append(exc)
        finally:
            relay.finished.emit()

    working = WorkingDialog(label, parent)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% early
    timer.setSingleShot(True)
    timer.timeout.connect(working.show)
    timer.start(SHOW_AFTER_MS)
    thread = threading.Thread(target=run, name=label, daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    timer.stop()
    working.close()
    working.deleteLater()
    if errors:
        raise errors[0]
    return results[0]


class WorkingDialog(QDialog):
    """A label and a busy bar, for work of unknown length that cannot be cancelled."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workingDialog")
        self.setWindowTitle("reader")
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        text = QLabel(label)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout.addWidget(bar)
        self.setMinimumWidth(360)


class LibrarySession(QObject):
    """Owns the services and the window over them; replaces both on :meth:`reopen`, the
    window alone on :meth:`relabel`."""

    def __init__(
        self,
        app: QApplication,
        db: str | None,
        settings: QSettings,
        document: Path | None,
        *,
        new_window: bool = False,
    ) -> None:
        """``document`` is opened in the window (None: the document opened last, or the
        sample the very first time). Unless ``new_window``, a window already open on
        the same library is given the document instead (:meth:`start` then shows none)."""
        super().__init__()
        self.new_window = new_window
        self.app = app
        self.settings = settings
        self.db = library_care.library_named(
            db, str(settings.value(LIBRARY_SETTING, "", type=str) or "")
        )
        self.document = document
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Open the library and show the window (or hand the document over to the
        window already open on it: :attr:`window` stays None); False if the user chose
        to quit."""
        services = self._open(self.db)
        if services is None:
            return False
        if not self.new_window and hand_over(server_name(services.database_url), self.document):
            services.close()
            return True
        document = self.document or off_ui_thread(  # a query and a file check
            partial(start_document, services), tr("Opening the library…")
        )
        self._show(services, document)
        return True

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None

    # -- opening ------------------------------------------------------------------------

    def _open(self, db: str) -> Services | None:
        """The services over ``db``, or over the library the user chose instead after
        it failed; None if the user chose to quit."""
        while True:
            try:
                name = load_preferences(self.settings).user_name or None
                services = off_ui_thread(
                    partial(Services.open, db, user=name), tr("Opening the library…")
                )
            except Exception as exc:  # every fault, and a bug, is told in a dialog
                replacement = self._after_failure(db, exc)
                if replacement is None:
                    return None
                db = replacement
                continue
            self.db = db
            return services

    def _after_failure(self, db: str, error: Exception) -> str | None:
        """Tell why ``db`` cannot be opened and do what the user chooses; the library to
        try next (the same after a restore, or to try again), or None to quit."""
        problem = problem_of(error, tr("opening the library"))
        damaged = isinstance(error, LibraryDamagedError)
        newest = None
        recoverable = False
        if damaged:
            try:
                newest = off_ui_thread(
                    lambda: library_care.newest_good_backup(db), tr("Looking for a good backup…")
                )
                recoverable = library_care.recoverable(db)
            except ReaderError:
                newest = None
        offer = LibraryOffer(
            problem,
            newest=newest,
            recoverable=recoverable,
            damaged=damaged,
            opened=False,
            detail=problem.detail,
            retry=isinstance(error, LibraryLockedError),
        )
        offer.exec()
        try:
            if offer.choice is Choice.RESTORE and newest is not None:
                backup = newest.path
                report = off_ui_thread(
                    lambda: library_care.restore_backup(db, backup), tr("Restoring the backup…")
                )
                self._tell(restore_summary(report))
                return db
            if offer.choice is Choice.RECOVER:
                return self._recover(db)
            if offer.choice is Choice.OTHER:
                return self._choose_other(db)
            if offer.choice is Choice.RETRY:
                return db
        except LibraryError as exc:
            problem_box(None, "reader", error_text(exc), detail=exc.detail).exec()
            return db
        return None

    def _recover(self, db: str) -> str:
        folder = library_care.library_path(db).parent
        dialog = library_file_dialog(None, folder, new=True)
        if not dialog.exec() or (target := chosen_file(dialog)) is None:
            return db
        report = off_ui_thread(
            lambda: library_care.recover_library(db, target), tr("Recovering what can be read…")
        )
        self._tell(recovery_summary(report) + " " + tr("It is now the library in use."))
        self.settings.setValue(LIBRARY_SETTING, str(report.target))
        return str(report.target)

    def _choose_other(self, db: str) -> str:
        try:
            folder = library_care.library_path(db).parent
        except ReaderError:
            folder = Path.home()
        dialog = library_file_dialog(None, folder, new=False)
        if not dialog.exec() or (chosen := chosen_file(dialog)) is None:
            return db
        self.settings.setValue(LIBRARY_SETTING, str(chosen))
        return str(chosen)

    def _tell(self, message: str) -> None:
        box = problem_box(None, "reader", message, icon=QMessageBox.Icon.Information)
        box.exec()

    # -- the window -----------------------------------------------------------------------

    def _show(self, services: Services, document: Path | None, message: str = "") -> None:
        self.services = services
        window = MainWindow(services, self.settings)
        self.window = window
        InstanceServer(window, server_name(services.database_url))
        apply_theme(self.app, window.view.theme)
        window.safety.reopen_requested.connect(
            lambda request: QTimer.singleShot(0, lambda: self.reopen(request))
        )
        window.language_changed.connect(lambda: QTimer.singleShot(0, self.relabel))
        window.show()
        settle_memory()  # what start-up loaded stays: keep it out of full GC passes
        if document is not None:
            window.open_path(document)
        if message:
            window.statusBar().showMessage(message, 15_000)

    def relabel(self) -> None:
        """Build the window anew in the language just installed, over the same library:
        the old one closes as on quitting (its panels, sizes and the reading position
        saved, its work finished), the new one restores them and reopens the document,
        then shows the Preferences again, where the language was chosen."""
        window = self.window
        if window is None or self.services is None:
            return
        document = window.opened.document.source if window.opened else None
        tab = window.prefs.dialog.tabs.currentIndex() if window.prefs.dialog else -1
        self.app.setQuitOnLastWindowClosed(False)
        try:
            _let_go(window)
            self._show(self.services, document)
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if tab >= 0 and self.window is not None:
            self.window.prefs.show_dialog().tabs.setCurrentIndex(tab)

    def reopen(self, request: Reopen) -> None:
        """Let go of the library, do what ``request`` asks first (a restore), and show a
        new window on ``request.db``."""
        window = self.window
        if window is None:
            return
        document = window.opened.document.source if window.opened else None
        self.app.setQuitOnLastWindowClosed(False)
        try:
            _let_go(window)
            self.window = None
            self.close()
            message = ""
            if request.restore is not None:
                backup = request.restore
                try:
                    report = off_ui_thread(
                        lambda: library_care.restore_backup(request.db, backup),
                        tr("Restoring the backup…"),
                    )
                    message = restore_summary(report)
                except LibraryError as exc:
                    problem_box(
                        None, tr("reader: restore"), error_text(exc), detail=exc.detail
                    ).exec()
            elif request.db != self.db:
                self.settings.setValue(LIBRARY_SETTING, request.db)
            services = self._open(request.db)
            if services is None:
                self.app.quit()
                return
            self._show(services, document or self.document, message or request.message)
        finally:
            self.app.setQuitOnLastWindowClosed(True)


def _let_go(window: MainWindow) -> None:
    """Close ``window`` as on quitting, its single-instance server at once: deleted later,
    it would remove the socket the next window listens on under the same name."""
    window.close()
    for server in window.findChildren(InstanceServer):
        server.server.close()
    window.deleteLater()
