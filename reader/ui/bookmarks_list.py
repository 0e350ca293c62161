"""The bookmarks of the open document, at the top of the Annotations panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reader.core.reading import Bookmark
from reader.ui.plain import plain_tooltip

BookmarkRole = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4


class BookmarksList(QWidget):
    jump_requested = Signal(int)
    """An offset: go to this bookmark."""
    delete_requested = Signal(int)
    """A bookmark id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksList")
        self.title = QLabel(self.tr("Bookmarks"))
        self.title.setObjectName("bookmarksTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarks")
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.itemActivated.connect(self._jump)
        self.list.itemClicked.connect(self._jump)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.set_bookmarks(())

    def set_bookmarks(self, bookmarks: Sequence[Bookmark]) -> None:
        self.list.clear()
        for bookmark in bookmarks:
            item = QListWidgetItem(f"🔖 {bookmark.label}")
            item.setData(BookmarkRole, bookmark)
            item.setToolTip(
                plain_tooltip(
                    self.tr("%1\nDelete: remove the bookmark").replace("%1", bookmark.label)
                )
            )
            self.list.addItem(item)
        rows = min(len(bookmarks), VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if bookmarks else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth())
        self.setVisible(bool(bookmarks))

    def bookmarks(self) -> list[Bookmark]:
        return [self.list.item(n).data(BookmarkRole) for n in range(self.list.count())]

    def _jump(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(BookmarkRole).offset)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.list.currentItem() is not None
        ):
            self.delete_requested.emit(self.list.currentItem().data(BookmarkRole).id)
            return True
        return False
