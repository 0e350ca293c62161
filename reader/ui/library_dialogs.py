"""Dialogs about the library file itself: the offer when it is damaged or cannot be
opened, choosing a backup to restore, choosing another library file.

Every text here is plain text (paths and reasons are never read as markup). The
dialogs only show and ask; the work is done by :mod:`reader.ui.library_safety` and
:mod:`reader.ui.library_session` through the services.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLayout,
    QPlainTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.services.library_care import BackupInfo
from reader.ui.i18n import tr
from reader.ui.plain import plain_label, plain_tooltip

OFFER_WIDTH = 440
KINDS = {
    "auto": str(QT_TRANSLATE_NOOP("", "automatic")),
    "manual": str(QT_TRANSLATE_NOOP("", "made by hand")),
    "before-migration": str(QT_TRANSLATE_NOOP("", "before an upgrade")),
    "before-restore": str(QT_TRANSLATE_NOOP("", "before a restore")),
}
"""What made a backup, in English (translated when shown)."""


def counted(n: int | None, kind: str) -> str:
    """``"1 annotation"``, ``"2 documents"``, ``"? tags"`` (unknown: ``n`` None) for
    ``kind`` "annotation", "document" or "tag", in the interface's language."""
    if kind == "annotation":
        return tr("? annotations") if n is None else tr("%n annotation(s)", "", n)
    if kind == "document":
        return tr("? documents") if n is None else tr("%n document(s)", "", n)
    return tr("? tags") if n is None else tr("%n tag(s)", "", n)


def age(moment: datetime, now: datetime | None = None) -> str:
    """How long ago, in words: "3 hours ago", "2 days ago"."""
    seconds = max(((now or datetime.now(UTC)) - moment).total_seconds(), 0)
    if seconds >= 86400:
        return tr("%n day(s) ago", "", int(seconds // 86400))
    if seconds >= 3600:
        return tr("%n hour(s) ago", "", int(seconds // 3600))
    if seconds >= 60:
        return tr("%n minute(s) ago", "", int(seconds // 60))
    return tr("just now")


def when(moment: datetime) -> str:
    """A moment as the interface's locale writes a short date and time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class Choice(enum.Enum):
    RESTORE = "restore"
    RECOVER = "recover"
    OTHER = "other"
    RETRY = "retry"
    STAY = "stay"
    """Keep reading the library read-only (or, when it could not be opened, quit)."""


class LibraryOffer(QDialog):
    """What can be done about a library that failed its check or cannot be opened:
    restore its newest good backup (how old, how many annotations), recover what can
    be read into a new library, open another library, or keep reading / quit."""

    def __init__(
        self,
        message: str,
        *,
        newest: BackupInfo | None,
        recoverable: bool,
        damaged: bool = True,
        opened: bool,
        detail: str = "",
        retry: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryOffer")
        self.setWindowTitle(tr("reader: the library"))
        self.setModal(True)
        self.choice = Choice.STAY
        layout = QVBoxLayout(self)
        text = plain_label(message)
        text.setObjectName("offerMessage")
        text.setWordWrap(True)
        text.setMinimumWidth(OFFER_WIDTH)  # the width every line wraps at
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        if detail:
            toggle = QToolButton()
            toggle.setObjectName("offerDetailToggle")
            toggle.setText(tr("Show Details"))
            toggle.setCheckable(True)
            self.details = QPlainTextEdit(detail)
            self.details.setObjectName("offerDetail")
            self.details.setReadOnly(True)
            self.details.setMaximumHeight(90)
            self.details.hide()
            toggle.toggled.connect(self.details.setVisible)
            layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.details)
        self.buttons: dict[Choice, QCommandLinkButton] = {}
        if newest is not None:
            self._offer(
                Choice.RESTORE,
                tr("Restore the newest good backup"),
                tr(
                    "Made {age} ({date}): {annotations}, {documents}. The library as it is "
                    "now is kept in the backups folder first."
                ).format(
                    age=age(newest.time),
                    date=when(newest.time),
                    annotations=counted(newest.annotations, "annotation"),
                    documents=counted(newest.documents, "document"),
                ),
            )
        elif damaged:
            layout.addWidget(plain_label(tr("There is no good backup of this library to restore.")))
        if recoverable:
            self._offer(
                Choice.RECOVER,
                tr("Recover what can be read into a new library…"),
                tr(
                    "Every row that can still be read is copied into a new file you choose; "
                    "this library is left as it is."
                ),
            )
        if retry:
            self._offer(
                Choice.RETRY,
                tr("Try again"),
                tr("When the other program has let go of the library."),
            )
        self._offer(
            Choice.OTHER,
            tr("Open another library…"),
            tr("Choose another library file, or a new one."),
        )
        self._offer(
            Choice.STAY,
            tr("Keep reading, read-only") if opened else tr("Quit"),
            tr("Reading, search and export work; nothing can be saved.")
            if opened
            else tr("Leave the library as it is."),
        )
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as tall as it says
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()

    def _offer(self, choice: Choice, title: str, description: str) -> None:
        button = QCommandLinkButton(title, description)
        button.setObjectName(f"offer_{choice.value}")
        button.clicked.connect(lambda: self._choose(choice))
        self.buttons[choice] = button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


class RestoreDialog(QDialog):
    """The library's backups, newest first; the chosen one is :attr:`chosen`."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Restore from a Backup"))
        self.setMinimumSize(560, 320)
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = plain_label(
            tr(
                "The backup you choose takes the place of the library. The library as it is "
                "now is kept in the backups folder first, so this can be undone by restoring "
                "that one."
            )
            if backups
            else tr("This library has no backups yet (File ▸ Library ▸ Back Up Now makes one).")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [tr("Made"), tr("Kind"), tr("Annotations"), tr("Documents"), tr("Size")]
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for info in backups:
            item = QTreeWidgetItem(
                [
                    f"{when(info.time)} ({age(info.time)})",
                    tr(KINDS[info.kind]) if info.kind in KINDS else info.kind,
                    "?" if info.annotations is None else QLocale().toString(info.annotations),
                    "?" if info.documents is None else QLocale().toString(info.documents),
                    QLocale().formattedDataSize(info.size, 1),
                ]
            )
            item.setToolTip(0, plain_tooltip(str(info.path)))
            if not info.readable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    0, plain_tooltip(tr("{path}: cannot be read").format(path=info.path))
                )
            self.list.addTopLevelItem(item)
        layout.addWidget(self.list, 1)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(tr("Restore"))
        self.restore_button.setEnabled(False)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen is not None)
        )
        self.list.itemDoubleClicked.connect(lambda _item, _c: self.accept())
        first = next((n for n, b in enumerate(backups) if b.readable), None)
        current = self.list.topLevelItem(first) if first is not None else None
        if current is not None:
            self.list.setCurrentItem(current)

    @property
    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if row < 0 or not self.backups[row].readable:
            return None
        return self.backups[row]


def library_file_dialog(parent: QWidget | None, folder: Path, *, new: bool) -> QFileDialog:
    """A dialog choosing a library file: an existing one or a new name (``new``: the
    file must not exist yet, as for a recovered library)."""
    dialog = QFileDialog(
        parent,
        tr("Recover into a New Library") if new else tr("Open Another Library"),
        str(folder),
        tr("reader libraries (*.sqlite3 *.sqlite *.db)") + ";;" + tr("All files (*)"),
    )
    dialog.setObjectName("libraryFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if new:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("sqlite3")
        dialog.selectFile("recovered.sqlite3")
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, tr("Open"))
    return dialog


def chosen_file(dialog: QFileDialog) -> Path | None:
    files = dialog.selectedFiles()
    return Path(files[0]) if files else None
