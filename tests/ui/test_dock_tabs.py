"""The chosen tab of the panels tabbed together is told at a glance, dark and light: a
bar in the accent colour along it, none along the others, their names muted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def _accent_pixels(image: QImage, tabs: QTabBar, index: int, accent: QColor) -> int:
    rect = tabs.tabRect(index)
    ratio = image.devicePixelRatio()
    found = 0
    for y in range(int(rect.top() * ratio), int((rect.bottom() + 1) * ratio)):
        for x in range(int(rect.left() * ratio), int((rect.right() + 1) * ratio)):
            colour = image.pixelColor(x, y)
            near = (
                abs(colour.red() - accent.red())
                + abs(colour.green() - accent.green())
                + abs(colour.blue() - accent.blue())
            )
            found += near < 30
    return found


@pytest.mark.parametrize("dark", [True, False])
def test_the_chosen_dock_tab_has_an_accent_bar(
    qtbot: QtBot, window: MainWindow, dark: bool
) -> None:
    window.set_dark(dark)
    window.entities_dock.raise_()
    qtbot.wait(50)
    (tabs,) = [t for t in window.findChildren(QTabBar) if t.isVisible()]
    assert tabs.count() == 3 and tabs.tabText(tabs.currentIndex()) == "Entities"
    accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
    image = tabs.grab().toImage()
    bars = [_accent_pixels(image, tabs, n, accent) for n in range(tabs.count())]
    chosen = bars.pop(tabs.currentIndex())
    assert chosen >= tabs.tabRect(tabs.currentIndex()).width() * 2
    assert bars == [0, 0]
