"""Shortcuts: none ambiguous under any desktop's scheme, listed in Help, panels raised;
no two items of a menu underline the same letter, in English or French."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QTableWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.panels import in_front
from reader.ui.shortcuts import SCHEMES, bind, collisions, keys_under


def test_no_shortcut_is_ambiguous_under_any_desktop_scheme(window: MainWindow) -> None:
    assert collisions(window.findChildren(QAction)) == {}


def test_the_check_sees_a_clash_that_only_one_desktop_has(window: MainWindow) -> None:
    full = QAction("Full Screen", window)
    bind(full, QKeySequence.StandardKey.FullScreen)
    search = QAction("Search", window)
    bind(search, "Ctrl+Shift+F")  # what Search the Library had
    clashes = collisions([full, search])
    assert list(clashes) == ["kde"]
    assert clashes["kde"] == {"Ctrl+Shift+F": ["Full Screen", "Search"]}


def test_ctrl_d_deletes_nothing_on_any_desktop(window: MainWindow) -> None:
    for scheme in SCHEMES:
        assert keys_under(window.delete_action, scheme) == ("Del",)
        for action in window.findChildren(QAction):
            if "Ctrl+D" in keys_under(action, scheme):
                assert "delete" not in action.text().lower()


def test_help_lists_every_shortcut_from_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_shortcuts()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    rows = {cell(r, 0): (cell(r, 1), cell(r, 2)) for r in range(table.rowCount())}
    assert rows["Add Bookmark"] == ("Ctrl+B", "Go")
    assert rows["Preferences…"][0] == "Ctrl+,"
    assert rows["Next Chapter"][0] == "Ctrl+PgDown"
    assert rows["Dark"] == ("Ctrl+Shift+D", "View ▸ Theme")
    assert "Delete Highlight" in rows and rows["Delete Highlight"][0] == "Del"
    dialog.close()


def test_a_panel_shortcut_raises_a_panel_behind_another(qtbot: QtBot, window: MainWindow) -> None:
    contents = window.contents_dock
    toggle = window.findChild(QAction, "contentsDockAction")
    assert toggle is not None and toggle.shortcut().toString() == "Ctrl+Shift+O"
    qtbot.waitUntil(lambda: in_front(window.annotations_dock))
    assert not in_front(contents)  # behind the Annotations tab
    toggle.trigger()
    qtbot.waitUntil(lambda: in_front(contents))
    assert toggle.isChecked()
    toggle.trigger()  # in front: now it closes
    assert contents.isHidden() and not toggle.isChecked()
    toggle.trigger()
    qtbot.waitUntil(lambda: in_front(contents))
    assert toggle.isChecked()


def mnemonic_clashes(bar: QMenuBar) -> list[str]:
    """The letters (Alt+letter on the menu bar, the letter in an open menu) two items of
    one menu share: Qt then opens neither or only steps between them."""
    found: list[str] = []

    def check(title: str, actions: list[QAction]) -> None:
        owners: dict[str, list[str]] = {}
        for action in actions:
            text = action.text().replace("&&", "")
            at = text.find("&")
            if at >= 0 and at + 1 < len(text):
                owners.setdefault(text[at + 1].casefold(), []).append(text)
            sub = action.menu()
            if isinstance(sub, QMenu):
                check(text, sub.actions())
        found.extend(f"{title}: {' / '.join(v)}" for v in owners.values() if len(v) > 1)

    check("menu bar", bar.actions())
    return found


def test_no_two_items_of_a_menu_share_a_letter(window: MainWindow) -> None:
    assert mnemonic_clashes(window.menuBar()) == []


def test_no_two_items_of_a_french_menu_share_a_letter(french: None, window: MainWindow) -> None:
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert mnemonic_clashes(window.menuBar()) == []


def test_the_shortcuts_list_shows_each_action_s_whole_name(
    qtbot: QtBot, french: None, window: MainWindow
) -> None:
    """The French names are long and some actions have four keys: the names still fit."""
    dialog = window.show_shortcuts()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    qtbot.waitExposed(dialog)
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (0, 2):
            item = table.item(row, column)
            assert item is not None
            margin = table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
            room = table.columnWidth(column) - 2 * (margin + 1)  # as Qt pads an item's text
            assert metrics.horizontalAdvance(item.text()) <= room, item.text()
    dialog.close()
