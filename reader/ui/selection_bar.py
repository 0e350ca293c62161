"""A small bar that appears by a selection or a clicked highlight: colour, note, delete."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.core.annotations import Colour
from reader.ui.colour_buttons import ColourButtons
from reader.ui.i18n import tr
from reader.ui.theme import LIGHT


class SelectionBar(QFrame):
    colour_chosen = Signal(Colour)
    note_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.set_colours(LIGHT.window, LIGHT.muted)
        self.colours = ColourButtons(self)
        self.colours.chosen.connect(self.colour_chosen)
        self.note_button = QToolButton(self)
        self.note_button.setObjectName("noteButton")
        self.note_button.setText(tr("Note…"))
        self.note_button.setToolTip(tr("Write a note and tags (Ctrl+Shift+N)"))
        self.note_button.setAutoRaise(True)
        self.note_button.clicked.connect(self.note_requested)
        self.delete_button = QToolButton(self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setText(tr("Delete"))
        self.delete_button.setToolTip(tr("Remove this highlight (Delete)"))
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(self.delete_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.colours)
        layout.addWidget(self.note_button)
        layout.addWidget(self.delete_button)
        self.hide()

    def set_colours(self, background: str, border: str) -> None:
        """The theme's colours, given outright: a style sheet's ``palette()`` is read
        once, so the bar kept the colours of the theme it was first shown in."""
        self.setStyleSheet(
            f"#selectionBar {{ border: 1px solid {border}; border-radius: 6px;"
            f" background: {background}; }}"
        )

    def show_at(self, anchor: QPoint, *, editing: bool) -> None:
        """Show just below ``anchor`` (parent coordinates), kept inside the parent."""
        self.delete_button.setVisible(editing)
        self.adjustSize()
        parent = self.parentWidget()
        x = anchor.x() - self.width() // 2
        y = anchor.y() + 8
        if parent is not None:
            x = max(4, min(x, parent.width() - self.width() - 4))
            if y + self.height() > parent.height() - 4:
                y = max(4, anchor.y() - self.height() - 36)
        self.move(x, y)
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
