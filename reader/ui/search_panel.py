"""Search results across the library: documents, notes, quoted passages and tags."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.services.library import SearchHit, SearchKind
from reader.ui.i18n import tr
from reader.ui.plain import plain_tooltip
from reader.ui.rich_line import RichLineDelegate

HitRole = Qt.ItemDataRole.UserRole + 1
KIND_NAMES = {
    SearchKind.TEXT: "text",
    SearchKind.NOTE: "note",
    SearchKind.QUOTE: "highlight",
    SearchKind.TAG: "tag",
}


def snippet_html(hit: SearchHit) -> str:
    """The snippet with its matched words in bold, everything else escaped."""
    parts, last = [], 0
    for start, end in hit.marks:
        parts.append(html.escape(hit.snippet[last:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    return "".join(parts)


def _snippet_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
    hit = index.data(HitRole)
    return snippet_html(hit) if isinstance(hit, SearchHit) else None


class SearchPanel(QWidget):
    search_requested = Signal(str)
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            tr(
                "Search every document, note, highlight and tag "
                '(accents ignored; "a phrase", pref*)'
            )
        )
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(lambda: self.search_requested.emit(self.query.text()))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([tr("Document"), tr("In"), tr("Match")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegateForColumn(2, RichLineDelegate(_snippet_of, self.results))
        self.results.setColumnWidth(0, 260)
        self.results.setColumnWidth(1, 80)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)

    def set_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QTreeWidgetItem([hit.title, KIND_NAMES.get(hit.kind, hit.kind.value), ""])
            item.setToolTip(0, plain_tooltip(hit.path))
            item.setToolTip(2, plain_tooltip(hit.snippet))
            item.setData(2, HitRole, hit)
            self.results.addTopLevelItem(item)
        documents = len({h.document_id for h in hits})
        self.status.setText(
            tr("%n result(s)", "", len(hits)) + " " + tr("in %n document(s)", "", documents)
            if hits
            else (tr("Nothing found for “{query}”").format(query=query) if query.strip() else "")
        )

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(2, HitRole)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)
