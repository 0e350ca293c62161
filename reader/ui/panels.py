"""View ▸ panel entries whose shortcut brings a panel forward.

Qt's own toggle of a dock hides it when it is open, even when it lies behind another
panel of its tab group, so Ctrl+Shift+A on a hidden tab closed it. Here a panel
that is closed opens, one behind another comes to the front (with the keyboard focus),
and only the panel in front closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget


def in_front(dock: QDockWidget) -> bool:
    """Open and not hidden behind another panel of its tab group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def bring_forward(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
    widget = dock.widget()
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
