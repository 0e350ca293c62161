"""A web page that opens with its title shows its byline under the title, not above."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument

PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Le Hebei mise sur le cloud</title>
<meta name="author" content="Jeanne Martin"></head><body><article>
<h1>Le Hebei mise sur le cloud</h1>
<p>Le groupe chinois Alibaba a ouvert ses centres de données dans le Hebei, au nord du pays.</p>
<p>Les serveurs profitent d'une électricité abondante et bon marché, selon le groupe.</p>
</article></body></html>
"""


def test_the_byline_follows_the_title_and_offsets_still_hold(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, "utf-8")
    open_document(path)
    assert window.opened is not None
    document = window.opened.document
    assert document.author == "Jeanne Martin"
    shown = window.view.toPlainText()
    title, author = shown.find("Le Hebei mise sur le cloud"), shown.find("Jeanne Martin")
    assert 0 <= title < author < shown.find("Le groupe chinois")
    text = document.text
    start = text.index("Alibaba")
    window.view.select_offsets(start, start + len("Alibaba"))
    assert window.view.textCursor().selectedText() == "Alibaba"
    assert window.view.selection_offsets() == (start, start + 7)
