"""A highlight across two paragraphs is quoted as one flowing excerpt (as its card in the
Annotations panel shows it): no empty line in the note editor or the card's tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument, settle

FIRST = "Une ligne de texte sans titre, assez longue pour remplir."
SECOND = "Un second paragraphe qui suit le premier."


def _two_paragraphs_open(
    window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> tuple[int, int]:
    """Two paragraphs opened; the offsets of a passage from the first into the second."""
    path = tmp_path / "notes.txt"
    path.write_text(f"{FIRST}\n\n{SECOND}\n", "utf-8")
    open_document(path)
    assert window.opened is not None
    text = window.opened.document.text
    return text.index("assez longue"), text.index(" qui suit")


def test_a_passage_across_paragraphs_reads_as_one_excerpt(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    start, end = _two_paragraphs_open(window, open_document, tmp_path)
    assert window.opened is not None
    text = window.opened.document.text
    assert "\n\n" in text[start:end]
    window.view.select_offsets(start, end)
    window.note_action.trigger()  # a highlight, then the note editor on it
    qtbot.waitUntil(lambda: window.notes.editor is not None, timeout=10_000)
    editor = window.notes.editor
    assert editor is not None
    expected = "“assez longue pour remplir. Un second paragraphe”"
    preview = editor.findChild(QLabel, "quotePreview")
    assert preview is not None and preview.text() == expected
    editor.accept()
    settle(qtbot, window)
    model = window.annotations_panel.model
    row = model.index(0, 0, QModelIndex())
    assert "\n" not in str(model.data(row, Qt.ItemDataRole.ToolTipRole))
    (annotation,) = window.state.annotations.values()
    assert "\n" in annotation.quote.exact  # the passage itself keeps its breaks


def test_a_highlight_across_a_blank_line_draws_no_line_end(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    """Drawn, a line's end is a box past the last word, and a blank line between the two
    highlighted paragraphs a sliver of highlight on its own."""
    start, end = _two_paragraphs_open(window, open_document, tmp_path)
    assert window.opened is not None
    text = window.opened.document.text
    window.view.select_offsets(start, end)
    window.notes.highlight_selection(window.prefs.highlight_colour)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.view.extraSelections()))
    drawn: set[int] = set()
    for selection in window.view.extraSelections():
        cursor = selection.cursor
        first = window.view.positions.from_qt(cursor.selectionStart())
        last = window.view.positions.from_qt(cursor.selectionEnd())
        drawn.update(range(first, last))
    words = {i for i in range(start, end) if text[i] != "\n"}
    assert words <= drawn
    assert not {i for i in drawn if text[i] == "\n"}
