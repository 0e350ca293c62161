"""Keyboard and screen-reader use: names for every control, a caret to select with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument, settle


def unnamed(root: QWidget) -> list[str]:
    """Controls that take the focus yet have no name a screen reader could say."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.accessibleName():
            continue
        if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
            continue
        if isinstance(widget, QTabBar):  # each tab is named by its text
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") and parent is not None and parent.accessibleName():
            continue  # a part of a named control (a spin box's line edit)
        found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_the_window_has_a_name(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    window.library_dock.show()
    window.search_dock.show()
    assert unnamed(window) == []


def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    dialogs: list[QDialog] = [window.prefs.show_dialog(), window.show_shortcuts()]
    for dialog in dialogs:
        assert unnamed(dialog) == [], dialog.objectName()
        dialog.close()


def test_a_passage_can_be_highlighted_without_a_mouse(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.view.cursorWidth() == 0
    window.caret_action.trigger()  # F7
    assert window.view.cursorWidth() > 0 and window.view.hasFocus()
    for _ in range(7):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selection_offsets() is not None
    window.colour_actions[next(iter(window.colour_actions))].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.state.annotations) == 1)
    window.caret_action.trigger()
    assert window.view.cursorWidth() == 0
