"""File ▸ Library and the read-only banner: looking after the library from the window.

- Back Up Now, Check the Library, Restore from a Backup…, Recover into a New
  Library…, Open Another Library…: each runs the :mod:`reader.services.library_care`
  use case on the window's runner (off the UI thread) and says what came of it; the
  status bar's Cancel does not stop a backup, a check or a recovery (it says so), so
  their result is always shown.
- A library that cannot be written gets the banner with the reason, and the actions
  that write are disabled with it as their tip; a damaged one also gets the offer
  (restore the newest good backup, recover, open another library).
- What needs the window to let go of the library (a restore, another library) is
  asked of the session with :attr:`LibrarySafety.reopen_requested`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QVBoxLayout

from reader.services import library_care
from reader.services.library_care import LibraryReport, RecoveryReport, RestoreReport
from reader.ui.i18n import tr
from reader.ui.library_dialogs import (
    Choice,
    LibraryOffer,
    RestoreDialog,
    chosen_file,
    counted,
    library_file_dialog,
)
from reader.ui.problem_dialog import problem_box
from reader.ui.safety_banner import SafetyBanner
from reader.ui.service_messages import translated
from reader.ui.write_refusal import disable_writing

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

NOT_A_FILE = str(QT_TRANSLATE_NOOP("", "backups and checks work on library files only"))


@dataclass(frozen=True, slots=True)
class Reopen:
    """Open a new window on the library ``db``, after restoring ``restore`` into it."""

    db: str
    restore: Path | None = None
    message: str = ""
    """What to say in the new window's status bar."""


def restore_summary(report: RestoreReport) -> str:
    restored = report.restored
    text = tr("The backup was restored: {annotations}, {documents}.").format(
        annotations=counted(restored.annotations, "annotation"),
        documents=counted(restored.documents, "document"),
    )
    if report.kept is not None and report.kept_damaged:
        text += " " + tr("The damaged library was moved to {path}.").format(path=report.kept)
    elif report.kept is not None:
        text += " " + tr("The library as it was is kept as {path}.").format(path=report.kept)
    return text


def recovery_summary(report: RecoveryReport) -> str:
    saved = counted(report.annotations, "annotation")
    if report.annotations_before is not None and report.annotations_before > report.annotations:
        saved = tr("{saved} of %n annotation(s)", "", report.annotations_before).format(
            saved=report.annotations
        )
    text = tr("{annotations} saved into {path} (with {documents} and {tags}).").format(
        annotations=saved,
        path=report.target,
        documents=counted(report.documents, "document"),
        tags=counted(report.tags, "tag"),
    )
    if report.placeholders:
        text += " " + tr(
            "The documents of some annotations were lost: those annotations are kept "
            "under “Recovered annotations”."
        )
    return text


class LibrarySafety(QObject):
    reopen_requested = Signal(object)
    """A :class:`Reopen`: the session closes this window and opens a new one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = SafetyBanner()
        self.banner.help_requested.connect(self.offer)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)
        self.actions: dict[str, QAction] = {}
        self.refusal: str | None = None
        """Why nothing can be written (“Cannot be done: …”), None when it can."""

    @property
    def db(self) -> str | None:
        """The library file (None for a database server)."""
        path = self.window.services.state.path
        return str(path) if path is not None else None

    # -- the menu -------------------------------------------------------------------------

    def add_menu(self, file_menu: QMenu) -> QMenu:
        menu = file_menu.addMenu(tr("&Library"))
        menu.setObjectName("libraryMenu")
        menu.setToolTipsVisible(True)
        for key, text, slot in (
            ("backup", tr("&Back Up Now"), self.back_up),
            ("check", tr("&Check the Library"), self.check),
            ("restore", tr("&Restore from a Backup…"), self.choose_backup),
            ("recover", tr("R&ecover into a New Library…"), self.recover),
            ("other", tr("&Open Another Library…"), self.open_other),
        ):
            action = QAction(text, self.window)
            action.setObjectName(f"library_{key}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        menu.insertSeparator(self.actions["other"])
        return menu

    def show_state(self) -> None:
        """The banner, the actions that write disabled with the reason, the offer for a
        damaged library, and what opening had to say (a daily backup that failed)."""
        state = self.window.services.state
        damaged = bool(state.damage)
        if self.db is None:
            for key in ("backup", "check", "restore", "recover"):
                self._disable(self.actions[key], tr(NOT_A_FILE))
        if state.read_only:
            why = translated(state.access.reason)
            self.banner.show_read_only(why, damaged=damaged)
            reason = tr("the library is read-only: {reason}").format(reason=why)
            self.refusal = tr("Cannot be done: {reason}").format(reason=reason)
            self.window.library_panel.refusal = self.refusal
            self.window.annotations_panel.refusal = self.refusal
            for action in self._writing_actions():
                self._disable(action, self.refusal)
            self._disable(
                self.actions["backup"], tr("No backup can be made: {reason}").format(reason=reason)
            )
            if not damaged:
                self._disable(
                    self.actions["restore"], tr("Cannot restore: {reason}").format(reason=reason)
                )
            bar = self.window.selection_bar
            bar.setEnabled(False)
            bar.setToolTip(tr("Nothing can be saved: {reason}").format(reason=reason))
        if state.warnings:
            self.window.statusBar().showMessage(
                " ".join(translated(w) for w in state.warnings), 15_000
            )
        if damaged:
            QTimer.singleShot(0, self.offer)

    def _writing_actions(self) -> list[QAction]:
        window = self.window
        return [
            *window.colour_actions.values(),
            window.note_action,
            window.delete_action,
            window.mark_menu.menuAction(),
            window.add_action,
            window.import_action,
            window.tags_action,
        ]

    @staticmethod
    def _disable(action: QAction, reason: str) -> None:
        disable_writing(action, reason)

    # -- the actions ----------------------------------------------------------------------

    def back_up(self) -> None:
        db = self.db
        self.window.runner.read(
            tr("backing up the library"),
            lambda _control: library_care.backup(db),
            lambda info: self.window.statusBar().showMessage(
                tr("Backed up ({size}, {documents}, {annotations}) to {path}").format(
                    size=QLocale().formattedDataSize(info.size, 1),
                    documents=counted(info.documents, "document"),
                    annotations=counted(info.annotations, "annotation"),
                    path=info.path,
                ),
                15_000,
            ),
            lambda message: self.window.report(tr("backing up the library"), message),
            stoppable=False,
        )

    def check(self) -> None:
        db = self.db
        self.window.statusBar().showMessage(tr("Checking the library…"))
        self.window.runner.read(
            tr("checking the library"),
            lambda _control: library_care.check(db),
            self._checked,
            lambda message: self.window.report(tr("checking the library"), message),
            stoppable=False,
        )

    def _checked(self, report: LibraryReport) -> None:
        self.window.statusBar().clearMessage()
        result = report.result
        contents = (
            f"{counted(report.documents, 'document')}, {counted(report.annotations, 'annotation')}"
        )
        if result.ok:
            text = tr(
                "The library is sound ({contents}): its pages, indexes, references and "
                "search index were checked in {duration}."
            ).format(contents=contents, duration=_duration(result.seconds))
            if result.unchecked:
                text += " " + tr("Note: {note}.").format(note=result.unchecked)
            box = problem_box(
                self.window, tr("reader: check"), text, icon=QMessageBox.Icon.Information
            )
            box.setObjectName("checkResult")
            box.open()
            return
        if result.search_index_only:
            self._offer_search_repair(report)
            return
        self.offer(
            tr(
                "The library {path} is damaged: the check found %n problem(s).",
                "",
                len(result.problems),
            ).format(path=report.path),
            "\n".join(result.problems),
        )

    def _offer_search_repair(self, report: LibraryReport) -> None:
        box = problem_box(
            self.window,
            tr("reader: check"),
            tr(
                "The search index does not match the library (your documents and annotations "
                "are sound). Rebuilding it repairs the library."
            ),
            detail="\n".join(report.result.problems),
        )
        box.setObjectName("checkResult")
        rebuild = box.addButton(tr("Rebuild the Search Index"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        db = self.db

        def chosen() -> None:
            if box.clickedButton() is rebuild:
                self.window.runner.write(
                    tr("rebuilding the search index"),
                    lambda _services: library_care.repair_search(db),
                    lambda _r: self.window.statusBar().showMessage(
                        tr("The search index was rebuilt."), 10_000
                    ),
                    lambda message: self.window.report(tr("rebuilding the search index"), message),
                )

        box.finished.connect(chosen)
        box.open()

    def offer(self, message: str = "", detail: str = "") -> None:
        """What can be done about the damaged library: find its newest good backup off
        the UI thread, then ask."""
        db = self.db
        state = self.window.services.state
        message = message or tr(
            "The library {path} is damaged, so it was opened read-only: nothing "
            "you do can be saved in it."
        ).format(path=state.path)
        detail = detail or "\n".join(state.damage)
        self.window.runner.read(
            tr("looking for a good backup"),
            lambda _control: library_care.newest_good_backup(db),
            lambda newest: self._ask(message, detail, newest),
            lambda message: self.window.report(tr("looking for a good backup"), message),
        )

    def _ask(self, message: str, detail: str, newest: library_care.BackupInfo | None) -> None:
        dialog = LibraryOffer(
            message, newest=newest, recoverable=True, opened=True, detail=detail, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            if dialog.choice is Choice.RESTORE and newest is not None and self.db is not None:
                self.reopen_requested.emit(Reopen(self.db, restore=newest.path))
            elif dialog.choice is Choice.RECOVER:
                self.recover()
            elif dialog.choice is Choice.OTHER:
                self.open_other()

        dialog.accepted.connect(chosen)
        dialog.open()

    def choose_backup(self) -> None:
        db = self.db
        self.window.runner.read(
            tr("listing the backups"),
            lambda _control: library_care.backups(db),
            self._show_backups,
            lambda message: self.window.report(tr("listing the backups"), message),
        )

    def _show_backups(self, backups: list[library_care.BackupInfo]) -> None:
        dialog = RestoreDialog(backups, self.window)

        def chosen() -> None:
            backup = dialog.chosen
            if backup is not None and self.db is not None:
                self.reopen_requested.emit(Reopen(self.db, restore=backup.path))

        dialog.accepted.connect(chosen)
        dialog.open()

    def recover(self) -> None:
        db = self.db
        if db is None:
            return
        dialog = library_file_dialog(self.window, Path(db).parent, new=True)

        def chosen() -> None:
            target = chosen_file(dialog)
            if target is not None:
                self.recover_into(target)

        dialog.accepted.connect(chosen)
        dialog.open()

    def recover_into(self, target: Path) -> None:
        """Copy what can be read of the library into the new library ``target``."""
        db = self.db
        if db is None:
            return
        self.window.statusBar().showMessage(tr("Recovering what can be read…"))
        self.window.runner.read(
            tr("recovering the library"),
            lambda _control: library_care.recover_library(db, target),
            self._recovered,
            lambda message: self.window.report(tr("recovering the library"), message),
            stoppable=False,
        )

    def _recovered(self, report: RecoveryReport) -> None:
        self.window.statusBar().clearMessage()
        box = problem_box(
            self.window,
            tr("reader: recover"),
            recovery_summary(report),
            icon=QMessageBox.Icon.Information,
        )
        box.setObjectName("recoveryResult")
        use = box.addButton(tr("Open the Recovered Library"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        target = str(report.target)
        box.finished.connect(
            lambda _r: (
                self.reopen_requested.emit(Reopen(target)) if box.clickedButton() is use else None
            )
        )
        box.open()

    def open_other(self) -> None:
        folder = Path(self.db).parent if self.db else Path.home()
        dialog = library_file_dialog(self.window, folder, new=False)

        def chosen() -> None:
            target = chosen_file(dialog)
            if target is not None:
                self.reopen_requested.emit(Reopen(str(target)))

        dialog.accepted.connect(chosen)
        dialog.open()


def _duration(seconds: float) -> str:
    locale = QLocale()
    if seconds < 1:
        return tr("{n} ms").format(n=locale.toString(round(seconds * 1000)))
    return tr("{n} s").format(n=locale.toString(seconds, "f", 1))
