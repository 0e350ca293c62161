"""The Entities panel: distinct entities grouped by type, with mention counts.

Clicking an entity jumps to its next mention, cycling through them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.entities import EntityLabel, EntitySpan
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, entity_name

MentionsRole = Qt.ItemDataRole.UserRole + 1


class _Item(QTreeWidgetItem):
    """Sorts the count column as numbers, not text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 1:
            return int(self.text(1) or 0) < int(other.text(1) or 0)
        return self.text(0).casefold() < other.text(0).casefold()


class EntitiesPanel(QWidget):
    jump_requested = Signal(int, int)  # start, end of the mention to show
    menu_requested = Signal(str, str, QPoint)  # label, name, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(tr("Entities appear here once recognised."))
        self.status.setObjectName("entitiesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # shows entity names
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("entityTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Entity"), tr("Mentions")])
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemClicked.connect(self._jump)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self._cycle: dict[tuple[EntityLabel, str], int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)

    def set_entities(self, spans: Sequence[EntitySpan], hidden: set[EntityLabel]) -> None:
        groups: dict[EntityLabel, dict[str, list[tuple[int, int]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for span in spans:
            groups[span.label][span.text].append((span.start, span.end))
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        expanded = {t.data(0, MentionsRole) for t in tops if t is not None and t.isExpanded()}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self._cycle.clear()
        for label in EntityLabel:
            names = groups.get(label)
            if not names:
                continue
            top = _Item([entity_name(label), str(sum(len(m) for m in names.values()))])
            top.setIcon(0, swatch_icon(ENTITY_COLOURS[label], 12))
            top.setData(0, MentionsRole, label.value)
            top.setToolTip(
                0,
                tr("%n distinct, hidden in the text", "", len(names))
                if label in hidden
                else tr("%n distinct", "", len(names)),
            )
            if label in hidden:
                top.setForeground(0, self.palette().placeholderText())
            for name, mentions in names.items():
                child = _Item([name, str(len(mentions))])
                child.setData(0, MentionsRole, sorted(mentions))
                child.setToolTip(
                    0, tr("{type}: click to go to each mention").format(type=entity_name(label))
                )
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(not expanded or label.value in expanded)
        self.tree.setUpdatesEnabled(True)

    def _menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        parent = item.parent() if item is not None else None
        if item is not None and parent is not None:
            where = self.tree.viewport().mapToGlobal(point)
            self.menu_requested.emit(parent.data(0, MentionsRole), item.text(0), where)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        mentions = item.data(0, MentionsRole)
        parent = item.parent()
        if parent is None or not isinstance(mentions, list) or not mentions:
            return
        key = (EntityLabel(parent.data(0, MentionsRole)), item.text(0))
        n = self._cycle.get(key, -1) + 1
        if n >= len(mentions):
            n = 0
        self._cycle[key] = n
        start, end = mentions[n]
        self.status.setText(
            tr("{name}: mention {n} of {total}").format(
                name=item.text(0), n=n + 1, total=len(mentions)
            )
        )
        self.jump_requested.emit(start, end)
