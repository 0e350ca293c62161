"""The legend's swatches stay visible on dark paper and go back after leaving dark."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader.core.entities import EntityLabel
from reader.ui.main_window import MainWindow
from reader.ui.palette import ENTITY_COLOURS
from reader.ui.theme import DARK


def _swatches(window: MainWindow) -> dict[EntityLabel, QColor]:
    found: dict[EntityLabel, QColor] = {}
    for label, action in window.legend.actions_by_label.items():
        image = action.icon().pixmap(12, 12).toImage()
        found[label] = image.pixelColor(image.width() // 2, image.height() // 2)
    return found


def test_dark_swatches_are_light_enough_and_come_back(qtbot: QtBot, window: MainWindow) -> None:
    window.prefs.set_theme("dark")
    paper = QColor(DARK.window).lightnessF()
    for label, colour in _swatches(window).items():
        assert colour.lightnessF() - paper >= 0.35, label
    window.prefs.set_theme("light")
    for label, colour in _swatches(window).items():
        assert colour.name() == QColor(ENTITY_COLOURS[label]).name(), label
