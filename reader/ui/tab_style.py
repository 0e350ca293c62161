"""The window's style: Fusion, with the chosen tab of tabbed panels told at a glance.

Fusion draws the tabs of docks stacked on one another (Annotations, Entities,
Contents) almost alike in the dark theme. Here the chosen tab gets a bar in the
accent colour along its outer edge, and the other tabs' names are drawn muted."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QMainWindow,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

ACCENT_PIXELS = 3
"""Thickness of the chosen tab's bar."""

_Shape = QTabBar.Shape


class ReaderStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawControl(  # noqa: N802
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if not (isinstance(option, QStyleOptionTab) and _dock_tabs(widget)):
            super().drawControl(element, option, painter, widget)
            return
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        if element == QStyle.ControlElement.CE_TabBarTabLabel and not chosen:
            muted = QStyleOptionTab(option)
            palette = QPalette(option.palette)
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                palette.setColor(role, palette.color(QPalette.ColorRole.PlaceholderText))
            muted.palette = palette
            super().drawControl(element, muted, painter, widget)
            return
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_TabBarTabShape and chosen:
            painter.fillRect(
                _outer_edge(option.rect, option.shape),
                option.palette.color(QPalette.ColorRole.Highlight),
            )


def _dock_tabs(widget: QWidget | None) -> bool:
    """Whether ``widget`` is the tab bar of docks tabbed together in a main window."""
    return isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QMainWindow)


def _outer_edge(rect: QRect, shape: QTabBar.Shape) -> QRect:
    """The strip of a tab along the edge away from the panel it shows."""
    if shape in (_Shape.RoundedSouth, _Shape.TriangularSouth):
        return QRect(rect.left(), rect.bottom() - ACCENT_PIXELS + 1, rect.width(), ACCENT_PIXELS)
    if shape in (_Shape.RoundedWest, _Shape.TriangularWest):
        return QRect(rect.left(), rect.top(), ACCENT_PIXELS, rect.height())
    if shape in (_Shape.RoundedEast, _Shape.TriangularEast):
        return QRect(rect.right() - ACCENT_PIXELS + 1, rect.top(), ACCENT_PIXELS, rect.height())
    return QRect(rect.left(), rect.top(), rect.width(), ACCENT_PIXELS)
