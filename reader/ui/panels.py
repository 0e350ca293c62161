"""View ▸ panel entries whose shortcut brings a panel forward.

Qt's own toggle of a dock hides it when it is open, even when it lies behind another
panel of its tab group, so Ctrl+Shift+A on a hidden tab closed it. Here a panel
that is closed opens, one behind another comes to the front (with the keyboard focus),
and only the panel in front closes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

PANEL_WIDTH = 280


class SteadyPanel(QWidget):
    """A panel's content in a holder whose size hints never change: a list filling up,
    a long line or a scroll bar appearing no longer widens or narrows the dock, and
    so no longer shifts the reading column (the user can still resize the dock)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.content = content

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(PANEL_WIDTH, 400)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, 120)


def in_front(dock: QDockWidget) -> bool:
    """Open and not hidden behind another panel of its tab group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def bring_forward(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
    widget = dock.widget()
    if isinstance(widget, SteadyPanel):
        widget = widget.content
    if widget is not None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


def panel_action(dock: QDockWidget, keys: str) -> QAction:
    """A checkable entry for ``dock`` (checked while it is open)."""
    action = QAction(dock.windowTitle(), dock)
    action.setObjectName(f"{dock.objectName()}Action")
    action.setCheckable(True)
    action.setChecked(not dock.isHidden())
    action.setShortcut(QKeySequence(keys))

    def triggered() -> None:
        if in_front(dock):
            dock.hide()
        else:
            bring_forward(dock)
        action.setChecked(not dock.isHidden())

    action.triggered.connect(triggered)
    dock.visibilityChanged.connect(lambda _v: action.setChecked(not dock.isHidden()))
    return action
