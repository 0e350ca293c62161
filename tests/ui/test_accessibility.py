"""Keyboard and screen-reader use: names for every control, a caret to select with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.export_dialog import ExportDialog
from reader.ui.main_window import MainWindow
from reader.ui.tag_manager import TagManager
from tests.ui.conftest import OpenDocument, settle


def unnamed(root: QWidget) -> list[str]:
    """Controls that take the focus yet have no name a screen reader could say (the
    name Qt's accessibility layer gives: a tooltip is only a description)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QTabBar):  # each tab is named by its text
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") and parent is not None and parent.accessibleName():
            continue  # a part of a named control (a spin box's line edit)
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_the_window_has_a_name(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    for dock in (window.library_dock, window.search_dock, window.index_dock):
        dock.show()
    window.finder.open_find()
    window.view.select_offsets(0, 5)
    window.selection_bar.show_at(QPoint(10, 10), editing=False)
    assert unnamed(window) == []


def test_every_control_of_the_dialogs_has_a_name(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    dialogs: list[QDialog] = [
        window.prefs.show_dialog(),
        window.show_shortcuts(),
        window.notes.show_trash(),
        TagManager(window.runner, window.perform, window),
        ExportDialog(window.opened.document.title, window.settings, window),
        AnnotationEditor(
            "un passage", Colour.YELLOW, "", ("chine",), known_tags=("chine",), parent=window
        ),
    ]
    for dialog in dialogs:
        dialog.show()
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
