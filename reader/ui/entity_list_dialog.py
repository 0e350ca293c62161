"""The user's own entity list, applied to every document: name -> type, or "never"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.entities import EntityLabel
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, entity_name

NEVER = "never"
SetEntry = Callable[[str, EntityLabel | None], None]
RemoveEntry = Callable[[str], None]
LoadEntries = Callable[[], None]
"""Asks for the list; it arrives in :meth:`EntityListDialog.show_entries`."""


def label_combo(current: EntityLabel | None) -> QComboBox:
    combo = QComboBox()
    for label in EntityLabel:
        combo.addItem(swatch_icon(ENTITY_COLOURS[label], 12), entity_name(label), label.value)
    combo.addItem(tr("Never an entity"), NEVER)
    combo.setCurrentIndex(combo.findData(current.value if current else NEVER))
    return combo


def combo_label(combo: QComboBox) -> EntityLabel | None:
    value = combo.currentData()
    return None if value == NEVER else EntityLabel(value)


class EntityListDialog(QDialog):
    """Edits go through the callbacks (undoable operations); the list is shown again
    once each is done."""

    def __init__(
        self,
        load: LoadEntries,
        set_entry: SetEntry,
        remove_entry: RemoveEntry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entityListDialog")
        self.setWindowTitle(tr("Your Entity List"))
        self.resize(560, 460)
        self._load, self._set, self._remove = load, set_entry, remove_entry
        intro = QLabel(
            tr(
                "Names here get the type you choose in every document; “Never an entity” hides "
                "a name everywhere. Changes apply at once and can be undone (Ctrl+Z)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("entityTable")
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Type")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.name = QLineEdit()
        self.name.setObjectName("newEntityName")
        self.name.setPlaceholderText(tr("Name, e.g. Jeff Zhang"))
        self.new_label = label_combo(EntityLabel.PERSON)
        add = QPushButton(tr("Add"))
        add.setObjectName("addEntity")
        add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.remove_button = QPushButton(tr("Remove Selected"))
        self.remove_button.setObjectName("removeEntity")
        self.remove_button.clicked.connect(self._remove_selected)
        adder = QHBoxLayout()
        adder.addWidget(self.name, 1)
        adder.addWidget(self.new_label)
        adder.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(adder)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self._load()

    def show_entries(self, entries: dict[str, EntityLabel | None]) -> None:
        self.table.setRowCount(0)
        for name, label in sorted(entries.items(), key=lambda e: e[0].casefold()):
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = label_combo(label)
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._set(n, combo_label(c))
            )
            self.table.setCellWidget(row, 1, combo)

    def _add(self) -> None:
        name = " ".join(self.name.text().split())
        if name:
            self._set(name, combo_label(self.new_label))
            self.name.clear()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        names = [item.text() for r in rows if (item := self.table.item(r, 0)) is not None]
        for name in names:
            self._remove(name)
