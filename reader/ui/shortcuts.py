"""Keyboard shortcuts: the standard keys of every desktop, and Help ▸ Keyboard Shortcuts.

An action bound to a standard key (Open, Find Next, Full Screen...) gets that key as
the desktop's scheme defines it: Full Screen is Ctrl+Shift+F under KDE, Delete also
Ctrl+D under KDE and GNOME. A shortcut two actions share does nothing at all, so
:func:`collisions` checks every scheme, not only the one the tests run under (the
table is Qt's own, from ``qplatformtheme.cpp``, for the standard keys reader uses).
The dialog lists the shortcuts read from the menus' actions themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Key = QKeySequence.StandardKey
SCHEMES = ("windows", "macos", "kde", "gnome")
STANDARD_KEYS: dict[Key, dict[str, tuple[str, ...]]] = {
    Key.Open: dict.fromkeys(SCHEMES, ("Ctrl+O",)),
    Key.Quit: {"windows": (), "macos": ("Ctrl+Q",), "kde": ("Ctrl+Q",), "gnome": ("Ctrl+Q",)},
    Key.Undo: {
        "windows": ("Ctrl+Z", "Alt+Backspace"),
        "macos": ("Ctrl+Z",),
        "kde": ("Ctrl+Z", "F14"),
        "gnome": ("Ctrl+Z", "F14"),
    },
    Key.Redo: {
        "windows": ("Ctrl+Y", "Ctrl+Shift+Z", "Alt+Shift+Backspace"),
        "macos": ("Ctrl+Shift+Z",),
        "kde": ("Ctrl+Shift+Z",),
        "gnome": ("Ctrl+Shift+Z",),
    },
    Key.Copy: {
        "windows": ("Ctrl+C", "Ctrl+Ins"),
        "macos": ("Ctrl+C",),
        "kde": ("Ctrl+C", "F16", "Ctrl+Ins"),
        "gnome": ("Ctrl+C", "F16", "Ctrl+Ins"),
    },
    Key.SelectAll: dict.fromkeys(SCHEMES, ("Ctrl+A",)),
    Key.Find: dict.fromkeys(SCHEMES, ("Ctrl+F",)),
    Key.FindNext: {
        "windows": ("F3", "Ctrl+G"),
        "macos": ("Ctrl+G",),
        "kde": ("F3",),
        "gnome": ("Ctrl+G", "F3"),
    },
    Key.FindPrevious: {
        "windows": ("Shift+F3", "Ctrl+Shift+G"),
        "macos": ("Ctrl+Shift+G",),
        "kde": ("Shift+F3",),
        "gnome": ("Ctrl+Shift+G", "Shift+F3"),
    },
    Key.FullScreen: {
        "windows": ("F11", "Alt+Return"),
        "macos": ("Ctrl+Meta+F",),
        "kde": ("F11", "Ctrl+Shift+F"),
        "gnome": ("Ctrl+F11",),
    },
    Key.Delete: {
        "windows": ("Del",),
        "macos": ("Del", "Meta+D"),
        "kde": ("Del", "Ctrl+D"),
        "gnome": ("Del", "Ctrl+D"),
    },
}
_PROPERTY = "standardKey"


def bind(action: QAction, shortcut: QKeySequence.StandardKey | str | None) -> None:
    """Give ``action`` its shortcut; a standard key is remembered as such."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
        action.setProperty(_PROPERTY, shortcut.value)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))


def keys_under(action: QAction, scheme: str) -> tuple[str, ...]:
    """The shortcuts ``action`` has under a desktop's scheme."""
    standard = action.property(_PROPERTY)
    if standard is not None:
        return STANDARD_KEYS[Key(standard)][scheme]
    return tuple(s.toString() for s in action.shortcuts() if not s.isEmpty())


def collisions(actions: Iterable[QAction]) -> dict[str, dict[str, list[str]]]:
    """Per scheme, the keys more than one action claims (with those actions' names)."""
    found: dict[str, dict[str, list[str]]] = {}
    unique = list(dict.fromkeys(actions))
    for scheme in SCHEMES:
        claims: dict[str, list[str]] = defaultdict(list)
        for action in unique:
            for key in keys_under(action, scheme):
                claims[key].append(action.text().replace("&", ""))
        clashes = {key: names for key, names in claims.items() if len(names) > 1}
        if clashes:
            found[scheme] = clashes
    return found


def menu_actions(bar: QMenuBar) -> list[tuple[str, QAction]]:
    """Every action of the menus, with the menu path it is found under."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {action.text().replace('&', '')}")
            elif not action.isSeparator():
                found.append((path, action))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: every shortcut of the menus, and where the action is."""

    def __init__(self, actions: list[tuple[str, QAction]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [
            (path, action)
            for path, action in actions
            if any(not s.isEmpty() for s in action.shortcuts())
        ]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Menu")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (path, action) in enumerate(rows):
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if not s.isEmpty()
            )
            for column, text in enumerate((action.text().replace("&", ""), keys, path)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()  # whole names; the keys wrap if need be
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
