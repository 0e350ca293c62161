"""The file of the open document is watched: changed on disk, the user is told and
can reload it (reading it again re-anchors the annotations, as on any reopening; in a
team library the shared text stays, see :mod:`reader.services.member_copies`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SETTLE_MS = 600
"""Editors write a file in steps (or replace it): wait until it is quiet."""


class FileWatch:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._settle = QTimer(window, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._changed)
        self.watcher = QFileSystemWatcher(window)
        self.watcher.fileChanged.connect(lambda _path: self._settle.start())
        self._path: Path | None = None
        self.dialog: QMessageBox | None = None
        window.state.opened.connect(self._opened)

    def _opened(self) -> None:
        opened = self.window.state.document
        source = opened.document.source if opened is not None else None
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._path = source
        if source is not None and source.is_file():
            self.watcher.addPath(str(source))

    def _changed(self) -> None:
        path = self._path
        if path is None:
            return
        if path.is_file() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # replaced by a new file: watch that one
        if self.dialog is not None:
            return  # already asked
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("File Changed"),
            self._changed_text(path.name)
            if path.is_file()
            else tr("“{name}” was moved or deleted. What is shown stays as it was read.").format(
                name=path.name
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("fileChangedDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if path.is_file():
            reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Keep This Version"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(reload)
            reload.clicked.connect(lambda: self.reload(path))
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = box
        box.open()

    def _changed_text(self, name: str) -> str:
        if self.window.services.team:
            return tr(
                "“{name}” was changed on disk. Reload it? This is a team library: the text "
                "everyone reads stays the library's, and you are told if your copy differs."
            ).format(name=name)
        return tr(
            "“{name}” was changed on disk. Reload it? Your highlights will follow the text."
        ).format(name=name)

    def reload(self, path: Path) -> None:
        self.window.reading.save()
        self.window.open_path(path)
