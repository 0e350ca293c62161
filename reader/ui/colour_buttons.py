"""A row of round colour swatches for choosing a highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from reader.core.annotations import Colour
from reader.ui.palette import HIGHLIGHT_COLOURS, colour_name

COLOUR_SHORTCUTS = {colour: f"Ctrl+{n}" for n, colour in enumerate(Colour, start=1)}


def swatch_icon(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ColourButtons(QWidget):
    chosen = Signal(Colour)

    def __init__(self, parent: QWidget | None = None, *, checkable: bool = False) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[Colour, QToolButton] = {}
        for colour in Colour:
            button = QToolButton(self)
            button.setObjectName(f"colour-{colour.value}")
            button.setIcon(swatch_icon(HIGHLIGHT_COLOURS[colour]))
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            button.setCheckable(checkable)
            button.setToolTip(f"{colour_name(colour)} ({COLOUR_SHORTCUTS[colour]})")
            button.setAccessibleName(colour_name(colour))  # a tooltip is not a name
            button.clicked.connect(lambda _=False, c=colour: self.chosen.emit(c))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[colour] = button

    def set_current(self, colour: Colour) -> None:
        self.buttons[colour].setChecked(True)
