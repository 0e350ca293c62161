"""The main window, driven with pytest-qt on real widgets and a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.main_window import MainWindow

OpenDocument = Callable[[Path], None]


def test_opens_the_sample_with_title_and_language(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.windowTitle() == "Alibaba ouvre ses centres de données du Hebei — reader"
    assert "(fr)" in window.language_label.text()
    assert "words" in window.words_label.text()
    shown = window.view.toPlainText()
    assert shown.startswith("Alibaba ouvre ses centres de données du Hebei\nDernière mise à jour")
    # The view holds exactly the canonical text after the title header.
    origin = window.view.positions.origin
    assert shown[origin:] == sample_path.read_text("utf-8")


def test_selection_is_reported_in_code_points(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "wide.txt"
    text = "😀𠀀 Before the entity, Alibaba is here and long enough for detection.\n"
    path.write_text(text, "utf-8")
    open_document(path)
    start = text.index("Alibaba")
    window.view.select_offsets(start, start + len("Alibaba"))
    assert window.view.textCursor().selectedText() == "Alibaba"
    assert window.view.selection_offsets() == (start, start + 7)


def test_a_missing_file_shows_a_dialog_not_a_traceback(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as blocker:
        window.open_path(tmp_path / "missing.txt")
    assert "no such file" in blocker.args[0]
    dialog = window.findChild(QMessageBox, "openErrorDialog")
    assert dialog is not None
    assert "no such file" in dialog.text()
    dialog.close()


def test_zoom_shortcuts_change_and_remember_the_size(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    sample_path: Path,
    open_document: OpenDocument,
) -> None:
    open_document(sample_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = window.view.point_size
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size == before + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size == before
    window.view.zoom_by(2)
    assert settings.value("view/point_size", type=float) == before + 2


def test_geometry_is_remembered(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.resize(777, 555)
    first.show()
    first.close()
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 555)


def test_recent_menu_lists_opened_documents(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)

    def titles() -> list[str]:
        window.recent_menu.aboutToShow.emit()  # filled from a list read off the UI thread
        return [a.text() for a in window.recent_menu.actions()]

    qtbot.waitUntil(lambda: titles() == ["&1 Alibaba ouvre ses centres de données du Hebei"])


def test_dark_theme_changes_the_paper(qtbot: QtBot, window: MainWindow) -> None:
    light = window.view.palette().base().color().name()
    window.dark_action.setChecked(True)
    dark = window.view.palette().base().color().name()
    assert light != dark
    assert window.settings.value("view/theme") == "dark"


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    """Qt ignores a shortcut that two actions share ("ambiguous"): each must be unique."""
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )
    assert [key for key, count in keys.items() if count > 1] == []
    assert {"Ctrl+F", "Ctrl+Shift+S", "Ctrl+E", "Ctrl+1", "Ctrl+Z"} <= set(keys)
