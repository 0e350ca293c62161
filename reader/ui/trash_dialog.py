"""Edit ▸ Trash… (team libraries): the highlights deleted in the last 30 days, by
whom and when; the ones chosen are restored, or deleted for good once the user
confirms (that cannot be undone). Older ones are purged as the library opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import DeletedAnnotation
from reader.ui.i18n import tr
from reader.ui.passages import quoted


def entry_text(entry: DeletedAnnotation) -> str:
    """The passage, the note, and who deleted it when (until when it can come back)."""
    annotation = entry.annotation
    quote = quoted(annotation.quote.exact, 120)
    note = " ".join(annotation.note.split())[:160]
    when = tr("deleted by {who} on {when}, restorable until {until}").format(
        who=entry.deleted_by or tr("someone"),
        when=entry.deleted.astimezone().strftime("%Y-%m-%d %H:%M"),
        until=entry.until.astimezone().strftime("%Y-%m-%d"),
    )
    return "\n".join(part for part in (quote, note, when) if part)


class TrashDialog(QDialog):
    restore_requested = Signal(object)
    """The ids (a tuple of str) of the highlights to bring back."""
    forget_requested = Signal(object)
    """The ids (a tuple of str) of the highlights to delete for good (confirmed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(tr("Trash"))
        self.about = QLabel()
        self.about.setObjectName("trashCount")
        self.about.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setAccessibleName(tr("Deleted highlights"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)  # rows apart, in the dark theme too
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore = buttons.addButton(tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore.setObjectName("restoreDeleted")
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._restore)
        self.forget = buttons.addButton(
            tr("&Delete for Good…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.forget.setObjectName("forgetDeleted")
        self.forget.setEnabled(False)
        self.forget.clicked.connect(self._confirm_forget)
        self.confirmation: QMessageBox | None = None
        """The "delete for good?" question shown last (for tests and screenshots)."""
        buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def set_entries(self, entries: Sequence[DeletedAnnotation]) -> None:
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.annotation.id)
            self.list.addItem(item)
        self.about.setText(
            tr("%n highlight(s) deleted in the last 30 days.", "", len(entries))
            if entries
            else tr("Nothing was deleted in the last 30 days.")
        )

    def _selected(self) -> tuple[str, ...]:
        return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems())

    def _selection_changed(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore.setEnabled(chosen)
        self.forget.setEnabled(chosen)

    def _restore(self) -> None:
        ids = self._selected()
        if ids:
            self.restore_requested.emit(ids)

    def _confirm_forget(self) -> None:
        ids = self._selected()
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Delete for Good"),
            tr("Delete %n highlight(s) for good?", "", len(ids)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmForget")
        box.setInformativeText(
            tr(
                "This cannot be undone: they can no longer be restored, by you or anyone "
                "else in the team."
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        forget = box.addButton(tr("&Delete for Good"), QMessageBox.ButtonRole.DestructiveRole)
        forget.setObjectName("confirmForgetButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box

        def answered() -> None:
            if box.clickedButton() is forget:
                self.forget_requested.emit(ids)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
