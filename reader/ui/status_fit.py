"""The status bar keeps its labels whole: when the window is too narrow for all of them,
the least needed (the entity pipeline, then the language, then the word count) are hidden
instead of being cut in the middle of a word, and come back when there is room. A
message shown for a while (a file changed, an export written) counts too: the labels
make way for it and come back when it goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

SPACING = 8


class StatusFit(QObject):
    """Shows the droppable labels, most needed first, as long as all labels fit."""

    def __init__(self, bar: QStatusBar, droppable: list[QWidget]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.droppable = droppable  # most needed first
        self._fitting = False
        bar.installEventFilter(self)
        bar.messageChanged.connect(lambda _message: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.bar and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            others = [
                w
                for w in self.bar.findChildren(QWidget)
                if w.parent() is self.bar and w not in self.droppable and w.isVisibleTo(self.bar)
            ]
            needed = sum(w.sizeHint().width() + SPACING for w in others)
            message = self.bar.currentMessage()
            if message:
                needed += self.bar.fontMetrics().horizontalAdvance(message) + 2 * SPACING
            room = self.bar.width() - 2 * SPACING
            for widget in self.droppable:
                width = widget.sizeHint().width() + SPACING
                fits = bool(widget.property("text")) and needed + width <= room
                widget.setVisible(fits)
                if fits:
                    needed += width
        finally:
            self._fitting = False
