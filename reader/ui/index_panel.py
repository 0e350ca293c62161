"""The Index panel: the entities of the library (or of the open document), and every
mention of the chosen one in context, grouped by document.

Widgets only: the :class:`~reader.ui.index_controller.IndexController` fetches off the
UI thread and hands frozen dataclasses to :meth:`IndexPanel.set_entries` and
:meth:`IndexPanel.set_mentions`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.services.entity_index import MAIN_TYPES, IndexEntry, MentionInContext
from reader.ui.colour_buttons import swatch_icon
from reader.ui.flow_layout import FlowLayout
from reader.ui.i18n import tr
from reader.ui.index_model import EntryRole, IndexModel
from reader.ui.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, entity_name
from reader.ui.plain import plain_tooltip
from reader.ui.rich_line import RichLineDelegate

MentionRole = Qt.ItemDataRole.UserRole + 2
WIDE_ENOUGH = 560
"""Below this width the Index leaves out its Type and First seen columns."""


KWIC_BEFORE = 24
"""Characters of context shown before a mention, so that it stands near the left."""


def mention_html(mention: MentionInContext) -> str:
    """The line of context with the mention in bold (on its highlight's colour when the
    user highlighted it), at most KWIC_BEFORE characters before it, all escaped."""
    before = mention.before
    if len(before) > KWIC_BEFORE:
        cut = before[-KWIC_BEFORE:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut[:-1] else "…" + cut
    word = html.escape(mention.text)
    if mention.highlights:
        colour = HIGHLIGHT_COLOURS.get(Colour(mention.highlights[0].colour))
        if colour is not None:
            word = f'<span style="background:{colour};color:#111">{word}</span>'
    return f"{html.escape(before)}<b>{word}</b>{html.escape(mention.after)}"


def _context_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
    mention = index.data(MentionRole)
    return mention_html(mention) if isinstance(mention, MentionInContext) else None


class IndexPanel(QWidget):
    filters_changed = Signal()
    entry_selected = Signal(object)  # IndexEntry
    mention_activated = Signal(object)  # MentionInContext
    menu_requested = Signal(object, QPoint)  # list of the IndexEntry chosen, global position
    full_window_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("indexFilter")
        self.filter.setPlaceholderText(tr("Filter names (accents and case ignored)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self.filters_changed.emit())
        self.scope = QComboBox()
        self.scope.setObjectName("indexScope")
        self.scope.addItems([tr("Whole library"), tr("This document")])
        self.scope.setToolTip(tr("The entities of every document of the library, or of this one"))
        self.scope.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.type_boxes: dict[EntityLabel, QCheckBox] = {}
        options = QWidget()
        flow = FlowLayout(options, spacing=8)
        for label in EntityLabel:
            box = QCheckBox(entity_name(label))
            box.setIcon(swatch_icon(ENTITY_COLOURS[label], 10))
            box.setChecked(label in MAIN_TYPES)
            box.setVisible(label in MAIN_TYPES)
            box.toggled.connect(lambda _c: self.filters_changed.emit())
            self.type_boxes[label] = box
            flow.addWidget(box)
        self.more_types = QToolButton()
        self.more_types.setText(tr("Dates and Other Types"))
        self.more_types.setCheckable(True)
        self.more_types.setAutoRaise(True)
        self.more_types.toggled.connect(self._show_other_types)
        flow.addWidget(self.more_types)
        self.show_hidden = QCheckBox(tr("Hidden Entries"))
        self.show_hidden.setToolTip(tr("Also list the entries you hid"))
        self.show_hidden.toggled.connect(lambda _c: self.filters_changed.emit())
        flow.addWidget(self.show_hidden)
        self.full_window = QToolButton()
        self.full_window.setObjectName("indexFullWindow")
        self.full_window.setText(tr("Full Window"))
        self.full_window.setCheckable(True)
        self.full_window.setToolTip(tr("Show the Index in a window of its own (and back)"))
        self.full_window.toggled.connect(self.full_window_toggled.emit)
        flow.addWidget(self.full_window)

        self.status = QLabel(tr("The Index lists the entities of recognised documents."))
        self.status.setObjectName("indexStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.model = IndexModel(self)
        self.entries = QTreeView()
        self.entries.setObjectName("indexEntries")
        self.entries.setModel(self.model)
        self.entries.setRootIsDecorated(False)
        self.entries.setUniformRowHeights(True)
        self.entries.setSortingEnabled(True)
        self.entries.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.entries.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column, width in ((1, 96), (2, 72), (3, 80), (4, 88)):
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            self.entries.setColumnWidth(column, width)
        self.entries.selectionModel().currentRowChanged.connect(self._current_changed)
        self.entries.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entries.customContextMenuRequested.connect(self._menu)

        self.mentions_title = QLabel()
        self.mentions_title.setObjectName("indexMentionsTitle")
        self.mentions_title.setTextFormat(Qt.TextFormat.PlainText)
        self.mentions = QTreeWidget()
        self.mentions.setObjectName("indexMentions")
        self.mentions.setHeaderHidden(True)
        self.mentions.setColumnCount(1)
        self.mentions.setUniformRowHeights(True)
        self.mentions.setItemDelegate(RichLineDelegate(_context_of, self.mentions))
        self.mentions.itemActivated.connect(self._activate)
        self.mentions.itemClicked.connect(self._activate)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.mentions_title)
        lower_layout.addWidget(self.mentions, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.entries)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(options)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

    # -- what the controller asks -----------------------------------------------------

    def labels(self) -> set[EntityLabel]:
        return {label for label, box in self.type_boxes.items() if box.isChecked()}

    def this_document_only(self) -> bool:
        return self.scope.currentIndex() == 1

    def current_entry(self) -> IndexEntry | None:
        entry = self.entries.currentIndex().data(EntryRole)
        return entry if isinstance(entry, IndexEntry) else None

    def chosen_entries(self) -> list[IndexEntry]:
        rows = self.entries.selectionModel().selectedRows()
        return [self.model.entries[index.row()] for index in rows]

    def choose(self, row: int) -> None:
        """Make the entry at ``row`` the current one (its mentions are then asked for)."""
        self.entries.setCurrentIndex(self.model.index(row, 0))

    def set_entries(self, entries: Sequence[IndexEntry], note: str = "") -> None:
        """Show ``entries``, keeping the current one chosen if it is still there."""
        current = self.current_entry()
        self.entries.selectionModel().blockSignals(True)
        self.model.set_entries(entries)
        self.entries.selectionModel().blockSignals(False)
        mentions = sum(e.mentions for e in entries)
        count = tr("%n entry(ies)", "", len(entries)) + " · " + tr("%n mention(s)", "", mentions)
        self.status.setText(f"{count}{' · ' + note if note else ''}")
        keep = self.model.row_of(current.id) if current is not None else None
        if keep is not None:
            self.choose(keep)
        else:
            self.set_mentions(None, [])

    def set_mentions(self, entry: IndexEntry | None, mentions: Sequence[MentionInContext]) -> None:
        self.mentions.clear()
        if entry is None:
            self.mentions_title.setText(tr("Choose an entry to see every mention in context."))
            return
        documents: dict[int, QTreeWidgetItem] = {}
        for mention in mentions:
            parent = documents.get(mention.document_id)
            if parent is None:
                parent = QTreeWidgetItem([mention.title])
                parent.setToolTip(0, plain_tooltip(mention.path))
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                documents[mention.document_id] = parent
                self.mentions.addTopLevelItem(parent)
            item = QTreeWidgetItem([mention.context])
            item.setData(0, MentionRole, mention)
            notes = [h.note for h in mention.highlights if h.note]
            tip = mention.context + (
                "\n\n" + tr("Note: {note}").format(note="\n".join(notes)) if notes else ""
            )
            item.setToolTip(0, plain_tooltip(tip))
            parent.addChild(item)
        for parent in documents.values():
            parent.setText(0, f"{parent.text(0)}  ({parent.childCount()})")
            parent.setExpanded(True)
        name = (
            tr("{name} (also {names})").format(name=entry.name, names=", ".join(entry.aliases))
            if entry.aliases
            else entry.name
        )
        self.mentions_title.setText(
            tr("{name}: %n mention(s)", "", len(mentions)).format(name=name)
            + " "
            + tr("in %n document(s)", "", len(documents))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """A narrow panel shows name, mentions and documents; type and first seen come
        back when there is room (the full window)."""
        super().resizeEvent(event)
        narrow = event.size().width() < WIDE_ENOUGH
        for column in (1, 4):
            self.entries.setColumnHidden(column, narrow)

    # -- signals ------------------------------------------------------------------------

    def _show_other_types(self, shown: bool) -> None:
        for label, box in self.type_boxes.items():
            if label not in MAIN_TYPES:
                box.setVisible(shown)
                if not shown:
                    box.setChecked(False)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if isinstance(entry, IndexEntry):
            self.entry_selected.emit(entry)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        mention = item.data(0, MentionRole)
        if isinstance(mention, MentionInContext):
            self.mention_activated.emit(mention)

    def _menu(self, point: QPoint) -> None:
        chosen = self.chosen_entries()
        if chosen:
            self.menu_requested.emit(chosen, self.entries.viewport().mapToGlobal(point))
