"""Library, search results and contents panels in the window."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.ui.main_window import MainWindow

OpenDocument = Callable[[Path], None]


def test_library_lists_opened_documents_with_counts(
    qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path, open_document: OpenDocument
) -> None:
    other = tmp_path / "Notes de lecture.md"
    other.write_text("# Notes de lecture\n\nUn court texte en français sur les données.\n")
    open_document(other)
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    start = text.index("JD.com")
    window.services.annotations.create(window.opened.id, start, start + 6, colour=Colour.RED)
    window.library_dock.show()
    tree = window.library_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(3)  # type: ignore[union-attr]
        for i in range(2)
    }
    assert rows == {"Alibaba ouvre ses centres de données du Hebei": "1", "Notes de lecture": ""}

    window.library_panel.filter.setText("notes")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    item = tree.topLevelItem(0)
    assert item is not None
    with qtbot.waitSignal(window.document_shown, timeout=30_000):
        window.library_panel._open(item)
    assert window.opened is not None and window.opened.document.title == "Notes de lecture"


def test_search_result_opens_the_document_at_the_hit(
    qtbot: QtBot, window: MainWindow, sample_path: Path, tmp_path: Path, open_document: OpenDocument
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(sample_path, article)
    open_document(article)
    other = tmp_path / "other.txt"
    other.write_text(
        "Un autre texte, sans rapport, assez long pour être reconnu comme du français."
    )
    open_document(other)

    window.library.open_search()
    window.library.search_library("zhangjiakou")
    qtbot.waitUntil(lambda: window.search_panel.results.topLevelItemCount() == 1, timeout=10_000)
    item = window.search_panel.results.topLevelItem(0)
    assert item is not None
    with qtbot.waitSignal(window.document_shown, timeout=30_000):
        window.search_panel._activate(item)
    text = sample_path.read_text("utf-8")
    start = text.index("Zhangjiakou")
    assert window.view.selection_offsets() == (start, start + len("Zhangjiakou"))


def test_contents_lists_headings_and_jumps(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "book.md"
    body = "\n\n".join(f"Paragraphe {n} de texte en français, assez long." for n in range(60))
    path.write_text(f"# Livre\n\n## Premier chapitre\n\n{body}\n\n## Second chapitre\n\nFin.\n")
    open_document(path)
    tree = window.contents_panel.tree
    top = tree.topLevelItem(0)
    assert top is not None
    children = [top.child(i) for i in range(top.childCount())]
    titles = [top.text(0)] + [c.text(0) for c in children if c is not None]
    assert titles == ["Livre", "Premier chapitre", "Second chapitre"]
    second = children[1]
    assert second is not None
    window.contents_panel._jump(second)
    assert window.opened is not None
    offset = window.opened.document.text.index("Second chapitre")
    assert window.view.positions.from_qt(window.view.textCursor().position()) == offset
    assert window.view.verticalScrollBar().value() > 0
