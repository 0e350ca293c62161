"""Ctrl+F in the window: every match marked, next/previous, accents ignored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import drawn_at

OpenDocument = Callable[[Path], None]


def test_find_marks_all_and_steps_through(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    text = sample_path.read_text("utf-8")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "donnees")  # no accent typed
    window.find_bar.flush()
    expected = [i for i in range(len(text)) if text.startswith("données", i)]
    qtbot.waitUntil(lambda: window.finder.complete, timeout=10_000)
    matches = window.view.highlighter.matches
    assert [start for start, _ in matches] == expected
    assert window.find_bar.count.text() == f"1 of {len(expected)}"
    assert window.view.textCursor().position() == window.view.positions.to_qt(expected[0])

    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.view.highlighter.current_match == 1
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.highlighter.current_match == len(expected) - 1  # wraps around

    drawn = drawn_at(window, expected[0] + 1).background().color().name()
    assert drawn != window.view.palette().base().color().name()

    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.view.highlighter.matches == []


def test_no_match_says_so(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    window.finder.open_find()
    window.find_bar.edit.setText("introuvable")
    window.find_bar.flush()
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "No matches", timeout=10_000)


def test_apostrophes_match_and_the_match_is_centred(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "long.txt"
    filler = "\n".join(f"Ligne {n} d'un texte assez long pour défiler." for n in range(2000))
    path.write_text(filler + "\nIci l’été commence.\n" + filler, "utf-8")
    open_document(path)
    window.finder.open_find()
    window.find_bar.edit.setText("l'ete")  # typed with a straight apostrophe, no accent
    window.find_bar.flush()
    qtbot.waitUntil(lambda: window.find_bar.count.text() == "1 of 1", timeout=10_000)
    start, end = window.view.highlighter.matches[0]
    assert window.opened is not None
    assert window.opened.document.text[start:end] == "l’été"
    cursor = window.view.textCursor()
    middle = window.view.viewport().height() / 2
    assert abs(window.view.cursorRect(cursor).center().y() - middle) < 40
