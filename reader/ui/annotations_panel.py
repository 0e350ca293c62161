"""The Annotations panel: the document's highlights in reading order, filterable, editable."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, Colour, annotation_matches, reading_order
from reader.core.tags import parse_tag_list
from reader.ui.annotation_delegate import AnnotationDelegate, AnnotationRole, Index
from reader.ui.author_filter import AuthorFilter
from reader.ui.colour_buttons import swatch_icon
from reader.ui.document_state import AnnotationDelta
from reader.ui.i18n import tr
from reader.ui.palette import HIGHLIGHT_COLOURS, colour_name
from reader.ui.passages import excerpt
from reader.ui.plain import plain_tooltip
from reader.ui.write_refusal import disable_writing

ANY = "__any__"
MANY_ROWS = 200
"""From this many changed rows, the list is rebuilt rather than edited row by row."""


def matches(
    annotation: Annotation,
    words: str,
    colour: str,
    tags: Sequence[str],
    author: str | None = None,
) -> bool:
    """The panel's filter: free text, a colour (or ANY), tags, an author (see
    annotation_matches)."""
    wanted = None if colour == ANY else Colour(colour)
    return annotation_matches(annotation, words, wanted, tags, author)


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Annotation] = []

    def set_items(self, items: Sequence[Annotation]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == AnnotationRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.quote.exact
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.note or excerpt(item.quote.exact))
        return None

    def row_of(self, annotation_id: str) -> int:
        return next((n for n, a in enumerate(self.items) if a.id == annotation_id), -1)

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def insert(self, annotation: Annotation) -> None:
        """Insert in reading order (orphans last)."""
        row = bisect.bisect_left(self.items, reading_order(annotation), key=reading_order)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, annotation)
        self.endInsertRows()


class _List(QListView):
    delete_pressed = Signal()
    edit_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)


class AnnotationsPanel(QWidget):
    activated = Signal(str)  # scroll to and select
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    reattach_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Annotation] = []
        self.refusal: str | None = None
        """Why the library cannot be written (its writing actions are disabled)."""
        self.search = QLineEdit()
        self.search.setObjectName("annotationSearch")
        self.search.setPlaceholderText(tr("Filter: words in passage, note or tags"))
        self.search.setToolTip(
            tr("Highlights whose passage, note or tags hold every word (accents and case ignored)")
        )
        self.search.setClearButtonEnabled(True)
        self.colour = QComboBox()
        self.colour.setObjectName("colourFilter")
        self.colour.addItem(tr("All colours"), ANY)
        for colour in Colour:
            self.colour.addItem(
                swatch_icon(HIGHLIGHT_COLOURS[colour], 12), colour_name(colour), colour.value
            )
        self.tag_filter = QLineEdit()
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setPlaceholderText(tr("Tags: #a #big data"))
        self.tag_filter.setToolTip(
            tr("Highlights with every tag typed, as #a #big data or a, big data (and subtags)")
        )
        self.tag_filter.setClearButtonEnabled(True)
        self.authors = AuthorFilter()
        self.authors.changed.connect(self._refilter)
        self.count = QLabel()
        self.count.setObjectName("annotationCount")
        self.count.setWordWrap(True)  # "… · 1 not found in this version" is long in French
        self.model = AnnotationListModel(self)
        self.list = _List()
        self.list.setObjectName("annotationList")
        self.list.setModel(self.model)
        self.delegate = AnnotationDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self.list.setWordWrap(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.clicked.connect(self._activate)
        self.list.activated.connect(self._activate)
        self.list.doubleClicked.connect(lambda index: self.edit_requested.emit(self._id(index)))
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.delete_pressed.connect(self._delete_current)
        self.list.edit_pressed.connect(self._edit_current)
        self.empty = QLabel(
            tr("No highlights yet.\nSelect a passage, then press Ctrl+1…6 or pick a colour.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("annotationsEmpty")
        for signal in (self.search.textChanged, self.tag_filter.textChanged):
            signal.connect(self._refilter)
        self.colour.currentIndexChanged.connect(self._refilter)
        filters = QHBoxLayout()
        filters.addWidget(self.colour)
        filters.addWidget(self.tag_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.authors)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self._refilter()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        current = self.current_id()
        self._all = list(annotations)
        self._show_authors()
        self._refilter()
        if current:
            self.select(current)

    def apply(self, delta: AnnotationDelta, everything: Sequence[Annotation]) -> None:
        """Annotations went, changed or came: touch only their rows (all rows when many
        changed; ``everything`` is then the document's annotations in reading order)."""
        if len(delta.removed) + len(delta.added) > MANY_ROWS:
            self.set_annotations(everything)
            return
        current = self.current_id()
        gone = {a.id for a in delta.removed}
        self._all = [a for a in self._all if a.id not in gone]
        for annotation in delta.removed:
            self.model.remove(annotation.id)
        colour, words, tags = str(self.colour.currentData()), self.search.text(), self.filter_tags()
        for annotation in delta.added:
            bisect.insort(self._all, annotation, key=reading_order)  # kept in reading order
            if matches(annotation, words, colour, tags, self.authors.wanted()):
                self.model.insert(annotation)
        if self._show_authors():
            self._refilter()
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        self._update_count()

    def filter_tags(self) -> list[str]:
        return parse_tag_list(self.tag_filter.text())

    def set_identity(self, user: str, *, team: bool) -> None:
        """Who "Only mine" means, and whether the library is shared (authors always shown)."""
        self.authors.set_identity(user, team=team)
        self._show_authors()

    def _show_authors(self) -> bool:
        """Offer the authors present and show them on the rows when they matter; True if
        rows were measured again (the list is then laid out anew)."""
        self.authors.set_authors(self._all)
        before = self.delegate.show_authors
        self.delegate.set_show_authors(not self.authors.isHidden())
        return before != self.delegate.show_authors

    def _refilter(self) -> None:
        colour, author = str(self.colour.currentData()), self.authors.wanted()
        words, tags = self.search.text(), self.filter_tags()
        shown = [a for a in self._all if matches(a, words, colour, tags, author)]
        self.model.set_items(shown)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.items
        total = len(self._all)
        orphans = sum(1 for a in self._all if a.orphan)
        text = (
            tr("{shown} of %n highlight(s)", "", total).format(shown=len(shown))
            if len(shown) != total
            else tr("%n highlight(s)", "", total)
        )
        if orphans:
            text += " · " + tr("%n not found in this version", "", orphans)
        self.count.setText(text)
        self.empty.setVisible(total == 0)
        self.list.setVisible(total > 0)

    def select(self, annotation_id: str) -> None:
        row = self.model.row_of(annotation_id)
        if row >= 0:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        else:
            self.list.clearSelection()

    def current_id(self) -> str:
        index = self.list.currentIndex()
        return self._id(index) if index.isValid() else ""

    def _id(self, index: Index) -> str:
        item = index.data(AnnotationRole)
        return item.id if isinstance(item, Annotation) else ""

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self._id(index))

    def _delete_current(self) -> None:
        if self.current_id():
            self.delete_requested.emit(self.current_id())

    def _edit_current(self) -> None:
        if self.current_id():
            self.edit_requested.emit(self.current_id())

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        self.menu_for(index).exec(self.list.viewport().mapToGlobal(point))

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The annotation's context menu; every action of it writes, so each is disabled,
        with why, when the library cannot be written (:attr:`refusal`)."""
        annotation_id = self._id(index)
        item = index.data(AnnotationRole)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        if isinstance(item, Annotation) and item.orphan:
            menu.addAction(
                tr("Re-attach to the Selected Text"),
                lambda: self.reattach_requested.emit(annotation_id),
            )
        menu.addAction(tr("Edit Note and Tags…"), lambda: self.edit_requested.emit(annotation_id))
        menu.addAction(tr("Delete"), lambda: self.delete_requested.emit(annotation_id))
        for action in menu.actions():
            disable_writing(action, self.refusal)
        return menu
