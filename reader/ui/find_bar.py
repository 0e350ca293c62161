"""The find bar (Ctrl+F): type to find, Enter / Shift+Enter for next / previous."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.i18n import tr

DEBOUNCE_MS = 150


class _QueryEdit(QLineEdit):
    previous_requested = Signal()
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = _QueryEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(tr("Find in document (accents and case ignored)"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(110)
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        for button, text, tip in (
            (previous, "↑", tr("Previous match (Shift+Enter, Shift+F3)")),
            (following, "↓", tr("Next match (Enter, F3)")),
            (close, "✕", tr("Close (Escape)")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
        previous.clicked.connect(self.previous_requested)
        following.clicked.connect(self.next_requested)
        close.clicked.connect(self.close_bar)
        self.edit.returnPressed.connect(self.next_requested)
        self.edit.previous_requested.connect(self.previous_requested)
        self.edit.escape_pressed.connect(self.close_bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def flush(self) -> None:
        """Search now rather than after the typing pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.query_changed.emit(self.edit.text())

    def set_count(
        self, current: int, total: int, *, capped: bool = False, searching: bool = False
    ) -> None:
        """ "3 of 120", with "…" while the rest of the text is still being searched."""
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(tr("Searching…") if searching else tr("No matches"))
        else:
            more = "+" if capped else "…" if searching else ""
            count = QLocale().toString(total) + more
            self.count.setText(
                tr("{n} of {total}").format(n=QLocale().toString(current + 1), total=count)
                if current >= 0
                else count
            )
