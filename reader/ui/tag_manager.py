"""Every tag in the library with its count: rename, merge, delete (with confirmation).

Counts are read off the UI thread; each change is an operation the window runs and
puts on its undo stack (Ctrl+Z in the window undoes a rename, a merge or a delete).
Each change carries the tags as listed: if someone else changed their highlights
since, nothing is changed and :class:`TagConflictDialog` lets the user choose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ConflictError, TagConflictError
from reader.core.tags import TagCount, tag_order
from reader.services.ops import DeleteTags, MergeTags, OpResult, RenameTag
from reader.ui.i18n import tr
from reader.ui.runner import Runner
from reader.ui.tag_conflict_dialog import TagConflictDialog

Perform = Callable[..., None]
"""MainWindow.perform: (op, on_done=None, *, on_failed=None, on_conflict=None)."""
TagOp = RenameTag | MergeTags | DeleteTags


class TagManager(QDialog):
    def __init__(self, runner: Runner, perform: Perform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(tr("Tags"))
        self.resize(460, 480)
        self._runner = runner
        self._perform = perform
        self._listed: dict[str, TagCount] = {}
        """The tags as listed last: what a change is checked against."""
        self.conflict: TagConflictDialog | None = None
        """The conflict dialog shown last (for tests and screenshots)."""
        intro = QLabel(tr("Tags of every document in your library. Select several to merge them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("tagTable")
        self.table.setAccessibleName(tr("Tags of the library"))
        self.table.setHorizontalHeaderLabels([tr("Tag"), tr("Highlights")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A→Z at first (Qt's own first sort is Z→A), ignoring case and accents
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.rename_button = QPushButton(tr("Rename…"))
        self.merge_button = QPushButton(tr("Merge…"))
        self.delete_button = QPushButton(tr("Delete…"))
        for button, slot in (
            (self.rename_button, self.rename),
            (self.merge_button, self.merge),
            (self.delete_button, self.delete),
        ):
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        tags = self._runner.services.tags
        self._runner.read(tr("listing the tags"), lambda _c: tags.listing(), self.show_counts)

    def show_counts(self, counts: list[TagCount]) -> None:
        self._listed = {tag.name: tag for tag in counts}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        for tag in counts:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _TagItem(tag.name))
            count = QTableWidgetItem()
            count.setData(0, tag.count)
            self.table.setItem(row, 1, count)
        self.table.setSortingEnabled(True)
        self._update_buttons()

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [item.text() for r in rows if (item := self.table.item(r, 0)) is not None]

    def _update_buttons(self) -> None:
        n = len(self.selected())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 2)
        self.delete_button.setEnabled(n >= 1)

    def _seen(self, names: list[str]) -> tuple[TagCount, ...]:
        return tuple(self._listed[n] for n in names if n in self._listed)

    def _run(self, op: TagOp, doing: str) -> None:
        def done(_result: OpResult[Any]) -> None:
            self.reload()

        self._perform(
            op,
            done,
            on_failed=lambda _message: self.reload(),
            on_conflict=lambda error: self._resolve(op, doing, error),
        )

    def _resolve(self, op: TagOp, doing: str, conflict: ConflictError) -> None:
        """Someone else changed the tags' highlights first: show them as listed and as
        they are now; do it to them as they are now, or leave them."""
        self.reload()
        if not isinstance(conflict, TagConflictError):
            return
        dialog = TagConflictDialog(conflict, doing, self)
        self.conflict = dialog
        now = tuple(tag for tag in conflict.now if tag is not None)
        dialog.accepted.connect(lambda: self._run(replace(op, seen=now), doing))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def rename(self) -> None:
        names = self.selected()
        if len(names) != 1:
            return
        new, ok = QInputDialog.getText(
            self, tr("Rename Tag"), tr("New name for “{tag}”:").format(tag=names[0]), text=names[0]
        )
        if ok and new.strip() and new != names[0]:
            doing = tr("rename “{old}” to “{new}”").format(old=names[0], new=new)
            self._run(RenameTag(names[0], new, self._seen(names)), doing)

    def merge(self) -> None:
        names = self.selected()
        if len(names) < 2:
            return
        target, ok = QInputDialog.getItem(
            self, tr("Merge Tags"), tr("Merge %n tags into:", "", len(names)), names, 0, True
        )
        if ok and target.strip():
            listed = ", ".join(f"“{n}”" for n in names)
            doing = tr("merge {tags} into “{target}”").format(tags=listed, target=target)
            self._run(MergeTags(tuple(names), target, self._seen(names)), doing)

    def delete(self) -> None:
        names = self.selected()
        if not names:
            return
        listed = ", ".join(f"“{n}”" for n in names)
        answer = QMessageBox.question(
            self,
            tr("Delete Tags"),
            tr("Remove {tags} from every highlight? The highlights themselves are kept.").format(
                tags=listed
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            doing = tr("remove {tags} from every highlight").format(tags=listed)
            self._run(DeleteTags(tuple(names), self._seen(names)), doing)


class _TagItem(QTableWidgetItem):
    """A tag's cell, sorted as the library sorts tags (case and accents aside)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return tag_order(self.text()) < tag_order(other.text())
