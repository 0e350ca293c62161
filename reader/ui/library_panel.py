"""The Library panel: every document opened or added, sortable and filterable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.services.library import LibraryEntry, LibrarySort
from reader.ui.i18n import tr
from reader.ui.plain import plain_tooltip
from reader.ui.write_refusal import disable_writing

IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
PathRole = Qt.ItemDataRole.UserRole + 3
SORTS = (
    (str(QT_TRANSLATE_NOOP("", "Last opened")), LibrarySort.OPENED),
    (str(QT_TRANSLATE_NOOP("", "Recently added")), LibrarySort.ADDED),
    (str(QT_TRANSLATE_NOOP("", "Title")), LibrarySort.TITLE),
    (str(QT_TRANSLATE_NOOP("", "Author")), LibrarySort.AUTHOR),
    (str(QT_TRANSLATE_NOOP("", "Most annotated")), LibrarySort.ANNOTATIONS),
)
"""The orders the list offers, named in English (translated when shown)."""
COLUMNS = (
    str(QT_TRANSLATE_NOOP("", "Title")),
    str(QT_TRANSLATE_NOOP("", "Author")),
    str(QT_TRANSLATE_NOOP("", "Lang.")),
    str(QT_TRANSLATE_NOOP("", "Notes")),
    str(QT_TRANSLATE_NOOP("", "Opened")),
)
TITLE, AUTHOR, LANGUAGE, NOTES, OPENED = range(len(COLUMNS))


def when(moment: datetime) -> str:
    """A time today, else a date, as the interface's locale writes them."""
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    if local.date() == today:
        return locale.toString(QTime(local.hour, local.minute), short)
    return locale.toString(QDate(local.year, local.month, local.day), short)


class _Item(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SortRole), other.data(column, SortRole)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text(column).casefold() < other.text(column).casefold()


class LibraryPanel(QWidget):
    open_requested = Signal(str)  # path
    remove_requested = Signal(int, str)  # document id, title
    add_requested = Signal()
    changed = Signal()  # the user changed the sort or the filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal: str | None = None
        """Why the library cannot be written (Remove is disabled)."""
        self.filter = QLineEdit()
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(tr("Filter by title, author or path"))
        self.filter.setToolTip(tr("Hover a document for its author, language and path"))
        self.filter.setClearButtonEnabled(True)
        self.sort = QComboBox()
        self.sort.setObjectName("librarySort")
        for label, key in SORTS:
            self.sort.addItem(tr(label), key.value)
        add = QToolButton()
        add.setText(tr("Add…"))
        add.setToolTip(tr("Add documents to the library without opening them"))
        add.clicked.connect(self.add_requested)
        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryList")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(name) for name in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AUTHOR, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(AUTHOR, 100)
        for column in (LANGUAGE, NOTES, OPENED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionClicked.connect(lambda _c: self.tree.setSortingEnabled(True))
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        self.filter.textChanged.connect(lambda _t: self.changed.emit())
        self.sort.currentIndexChanged.connect(self._sort_changed)
        top = QHBoxLayout()
        top.addWidget(self.sort, 1)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.tree, 1)

    def sort_key(self) -> LibrarySort:
        return LibrarySort(self.sort.currentData())

    def _sort_changed(self) -> None:
        self.tree.setSortingEnabled(False)  # the service's order until a header is clicked
        self.changed.emit()

    def set_entries(self, entries: Sequence[LibraryEntry], current_id: int | None) -> None:
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for entry in entries:
            item = _Item(
                [
                    entry.title,
                    entry.author or "",
                    entry.language or "",
                    str(entry.annotation_count) if entry.annotation_count else "",
                    when(entry.opened),
                ]
            )
            item.setData(0, IdRole, entry.id)
            details = [entry.title]
            if entry.author:
                details.append(tr("by {author}").format(author=entry.author))
            details.append(
                f"{entry.format} · {entry.language or tr('language unknown')} · "
                + tr("%n highlight(s)", "", entry.annotation_count)
            )
            details.append(entry.path)
            item.setToolTip(0, plain_tooltip("\n".join(details)))
            item.setData(NOTES, SortRole, entry.annotation_count)
            item.setData(OPENED, SortRole, entry.opened.timestamp())
            item.setData(0, PathRole, entry.path)
            if entry.id == current_id:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.tree.addTopLevelItem(item)
        self.tree.setUpdatesEnabled(True)
        n = len(entries)
        self.count.setText(tr("%n document(s)", "", n))

    def _path(self, item: QTreeWidgetItem) -> str:
        return str(item.data(0, PathRole))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_requested.emit(self._path(item))

    def _menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is not None:
            self.menu_for(item).exec(self.tree.viewport().mapToGlobal(point))

    def menu_for(self, item: QTreeWidgetItem) -> QMenu:
        """The document's context menu; Remove disabled, with why, when the library
        cannot be written (:attr:`refusal`)."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(tr("Open"), lambda: self._open(item))
        remove = menu.addAction(
            tr("Remove from Library…"),
            lambda: self.remove_requested.emit(int(item.data(0, IdRole)), item.text(0)),
        )
        disable_writing(remove, self.refusal)
        return menu
