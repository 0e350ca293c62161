"""Edit ▸ Preferences ▸ Backups: where the library's backups go, how many automatic
ones rotation keeps, and Back Up Now.

The retention is the library's own (:func:`reader.services.library_care.set_retention`
stores it in the library), read and written on the window's runner, never on the UI
thread; an edit is saved half a second after the last change. Back Up Now is
File ▸ Library ▸ Back Up Now, disabled with the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from reader.services import library_care
from reader.ui.i18n import tr
from reader.ui.library_safety import NOT_A_FILE
from reader.ui.plain import plain_label

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SAVE_AFTER_MS = 500
NOTE_WIDTH = 440
"""The explanation's width in pixels; it is as tall as its text needs at that width."""


class BackupsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("backupsPage")
        self.main = window
        self.folder = plain_label("")
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.daily = self._spin("backupDaily", tr("How many daily automatic backups are kept"))
        self.weekly = self._spin("backupWeekly", tr("How many weekly automatic backups are kept"))
        self.status = plain_label("")
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        backup = window.safety.actions["backup"]
        self.back_up = QPushButton(tr("Back Up Now"))
        self.back_up.setObjectName("backUpNow")
        self.back_up.setEnabled(backup.isEnabled())
        self.back_up.setToolTip(backup.toolTip() if not backup.isEnabled() else "")
        self.back_up.clicked.connect(backup.trigger)
        form = QFormLayout(self)
        form.addRow(tr("Folder:"), self.folder)
        form.addRow(tr("Daily backups kept:"), self.daily)
        form.addRow(tr("Weekly backups kept:"), self.weekly)
        note = QLabel(
            tr(
                "The library is backed up when reader starts if the last backup is over a "
                "day old, and before every upgrade. The numbers are kept in the library and "
                "rule the next automatic backup; backups made with Back Up Now are never "
                "removed."
            )
        )
        note.setWordWrap(True)
        note.setMinimumWidth(NOTE_WIDTH)
        note.setMinimumHeight(note.heightForWidth(NOTE_WIDTH))
        form.addRow(note)
        form.addRow("", self.back_up)
        form.addRow(self.status)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save)
        self._loading = True
        self._set_editable(False, "")
        self.load()

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(*library_care.KEEP_RANGE)
        spin.setAccessibleName(tip)
        spin.valueChanged.connect(self._edited)
        return spin

    def _set_editable(self, editable: bool, reason: str) -> None:
        for spin in (self.daily, self.weekly):
            spin.setEnabled(editable)
            spin.setToolTip(reason)

    def load(self) -> None:
        """Read the folder and the retention off the UI thread."""
        db = self.main.safety.db
        if db is None:
            self.folder.setText(tr(NOT_A_FILE))
            self._set_editable(False, tr(NOT_A_FILE))
            return
        self.main.runner.read(
            tr("reading the backup settings"),
            lambda _control: library_care.backup_settings(db),
            self._show,
            self.status.setText,
        )

    def _show(self, settings: library_care.BackupSettings) -> None:
        self._loading = True
        self.folder.setText(str(settings.folder))
        self.daily.setValue(settings.daily)
        self.weekly.setValue(settings.weekly)
        self._loading = False
        refusal = self.main.safety.refusal
        self._set_editable(refusal is None, refusal or "")

    def _edited(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def save(self) -> None:
        """Store the retention in the library, on the writer thread."""
        db = self.main.safety.db
        daily, weekly = self.daily.value(), self.weekly.value()
        self.main.runner.write(
            tr("saving the backup settings"),
            lambda _services: library_care.set_retention(db, daily, weekly),
            lambda _settings: self.status.setText(
                tr("Saved: the next automatic backup keeps {daily} and {weekly}.").format(
                    daily=tr("%n daily backup(s)", "", daily),
                    weekly=tr("%n weekly backup(s)", "", weekly),
                )
            ),
            self.status.setText,
        )
