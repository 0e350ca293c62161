"""The Index's entries as a table model: thousands of rows, only the visible ones drawn,
sorted once in Python (not item by item)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from reader.core.entities import EntityLabel
from reader.services.entity_index import IndexEntry
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, entity_name
from reader.ui.plain import plain_tooltip

COLUMNS = (
    str(QT_TRANSLATE_NOOP("", "Name")),
    str(QT_TRANSLATE_NOOP("", "Type")),
    str(QT_TRANSLATE_NOOP("", "Mentions")),
    str(QT_TRANSLATE_NOOP("", "Documents")),
    str(QT_TRANSLATE_NOOP("", "First seen")),
)
"""The columns' headers, in English (translated when shown)."""
EntryRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_SORT_KEYS: dict[int, Callable[[IndexEntry], Any]] = {
    0: lambda e: (e.name.casefold(), e.label.value),
    1: lambda e: (e.label.value, e.name.casefold()),
    2: lambda e: (e.mentions, e.documents),
    3: lambda e: (e.documents, e.mentions),
    4: lambda e: (e.first_seen, e.name.casefold()),
}


class IndexModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[IndexEntry] = []
        self._icons: dict[EntityLabel, QIcon] = {}
        self._sort = (2, Qt.SortOrder.DescendingOrder)

    def set_entries(self, entries: Sequence[IndexEntry]) -> None:
        self.beginResetModel()
        self.entries = self._sorted(list(entries))
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                return row
        return None

    # -- the model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(entry, column)
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(entry.label)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and entry.aliases:
            return plain_tooltip(tr("Also: {names}").format(names=", ".join(entry.aliases)))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.entries = self._sorted(self.entries)
        self.layoutChanged.emit()

    def _sorted(self, entries: list[IndexEntry]) -> list[IndexEntry]:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        return sorted(entries, key=_SORT_KEYS[column], reverse=reverse)

    def _icon(self, label: EntityLabel) -> QIcon:
        icon = self._icons.get(label)
        if icon is None:
            icon = self._icons[label] = swatch_icon(ENTITY_COLOURS[label], 10)
        return icon


def _shown(entry: IndexEntry, column: int) -> str:
    if column == 0:
        return entry.name + (" " + tr("(hidden)") if entry.hidden else "")
    if column == 1:
        return entity_name(entry.label)
    if column == 2:
        return QLocale().toString(entry.mentions)
    if column == 3:
        return QLocale().toString(entry.documents)
    seen = entry.first_seen
    return QLocale().toString(
        QDate(seen.year, seen.month, seen.day), QLocale.FormatType.ShortFormat
    )
