"""The Contents panel: a book's table of contents, or a document's headings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from reader.core.document import Document, outline
from reader.ui.i18n import tr
from reader.ui.plain import plain_tooltip

OffsetRole = Qt.ItemDataRole.UserRole + 1


class ContentsPanel(QWidget):
    jump_requested = Signal(int)  # offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel(tr("This document has no chapters or headings."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("contentsTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self._by_offset: dict[int, QTreeWidgetItem] = {}

    def set_document(self, document: Document) -> None:
        self.tree.clear()
        self._by_offset = {}
        parents: list[QTreeWidgetItem] = []
        entries = outline(document)  # the book's own contents, else its headings
        for entry in entries:
            item = QTreeWidgetItem([entry.title or tr("(untitled)")])
            item.setData(0, OffsetRole, entry.offset)
            item.setToolTip(0, plain_tooltip(entry.title))
            self._by_offset.setdefault(entry.offset, item)
            del parents[max(entry.level - 1, 0) :]
            if parents:
                parents[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append(item)
        self.tree.expandToDepth(0)
        self.tree.setRootIsDecorated(any(e.level > 1 for e in entries))
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def set_current(self, offset: int | None) -> None:
        """Mark the entry that starts at ``offset`` (the chapter being read)."""
        found = self._by_offset.get(offset) if offset is not None else None
        if found is self.tree.currentItem():
            return
        self.tree.blockSignals(True)
        if found is None:
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(found)
            self.tree.scrollToItem(found)
        self.tree.blockSignals(False)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.jump_requested.emit(int(item.data(0, OffsetRole)))
