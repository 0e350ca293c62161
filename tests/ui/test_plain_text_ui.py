"""The window on real plain text: a FIFO refused, warnings shown, matter dimmed, blank lines."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextFormat
from pytestqt.qtbot import QtBot

from reader.core.document import BlockKind
from reader.ui.main_window import MainWindow
from tests.formats.test_plaintext import GUTENBERG, PROSE, SECOND

from .conftest import OpenDocument


def test_a_fifo_is_refused_at_once_and_the_window_still_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    began = time.monotonic()
    with qtbot.waitSignal(window.open_failed, timeout=5_000) as blocker:
        window.open_path(fifo)
    assert "named pipe" in blocker.args[0]
    window.close()
    window.runner.wait()  # nothing left blocked on the pipe
    assert time.monotonic() - began < 5


def test_replaced_bytes_are_said_in_the_status_bar(
    window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("Les données du Hebei, ".encode() * 20 + b"\xe9 fin.\n")
    open_document(path)
    assert "1 invalid UTF-8 sequence replaced" in window.statusBar().currentMessage()


def test_gutenberg_matter_is_smaller_and_muted(
    window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    path = tmp_path / "tale.txt"
    body = "\n\n".join([PROSE, SECOND] * 3)
    path.write_text(GUTENBERG.format(body=body), "utf-8")
    open_document(path)
    view = window.view
    document = view.document_model
    assert document is not None and document.title == "A Tale, or The Long Night"
    matter = next(b for b in document.blocks if b.kind is BlockKind.BACK_MATTER)
    body_block = next(b for b in document.blocks if b.kind is BlockKind.PARAGRAPH)

    def char_format(offset: int) -> QTextFormat:
        qblock = view.document().findBlock(view.positions.to_qt(offset))
        return qblock.begin().fragment().charFormat()

    dimmed = char_format(matter.start)
    assert dimmed.foreground().color() == QColor(view.theme.muted)
    assert dimmed.property(QTextFormat.Property.FontSizeAdjustment) == -1
    plain = char_format(body_block.start)
    assert plain.foreground().color() != QColor(view.theme.muted)
    first = window.contents_panel.tree.topLevelItem(0)
    assert first is not None and first.text(0) == "CHAPTER I."
    light = QColor(view.theme.muted)
    window.set_dark(True)  # the matter takes the dark theme's muted colour
    assert view.theme.name == "dark" and QColor(view.theme.muted) != light
    assert char_format(matter.start).foreground().color() == QColor(view.theme.muted)


def _tops(window: MainWindow, offsets: list[int]) -> list[float]:
    """Where the blocks holding ``offsets`` begin, down the page (pixels)."""
    view = window.view
    layout = view.document().documentLayout()
    return [
        layout.blockBoundingRect(view.document().findBlock(view.positions.to_qt(o))).top()
        for o in offsets
    ]


def test_lines_of_spaces_before_and_between_paragraphs_add_no_gap(
    window: MainWindow, open_document: OpenDocument, tmp_path: Path
) -> None:
    """A text whose first lines hold a space each (the CLiGS texts do) opens with its
    first paragraph right under the title, as a text without them; a line of spaces
    between paragraphs is a paragraph break, as an empty line is."""
    first, second = "Le 15 septembre 1840, vers six heures.", "Des gens arrivaient."
    plain, spaced = tmp_path / "plain.txt", tmp_path / "spaced.txt"
    plain.write_text(f"{first}\n\n{second}\n", "utf-8")
    spaced.write_text(f" \n \n \n{first}\n \n{second}\n", "utf-8")
    open_document(plain)
    assert window.opened is not None
    text = window.opened.document.text
    expected = _tops(window, [text.index(first), text.index(second)])
    open_document(spaced)
    assert window.opened is not None and window.opened.document.title == "spaced"
    text = window.opened.document.text
    found = _tops(window, [text.index(first), text.index(second)])
    assert found == pytest.approx(expected, abs=1)
