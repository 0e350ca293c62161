"""A web page that opens with its title shows its byline under the title, not above."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.byline import shown_date
from reader.ui.main_window import MainWindow
from reader.ui.theme import THEMES
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


def byline_colours(window: MainWindow, author: str) -> set[str]:
    """The colours the byline's characters are drawn in (each fragment's foreground)."""
    qdoc = window.view.document()
    found = qdoc.find(author)
    assert not found.isNull(), f"{author!r} is not shown"
    block = found.block()
    colours = set()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.text().strip():
            colours.add(fragment.charFormat().foreground().color().name())
            assert fragment.charFormat().fontItalic()
        iterator += 1
    return colours


@pytest.mark.parametrize("opens_with_title", [True, False], ids=["under-h1", "header"])
def test_the_byline_is_muted_in_every_theme_and_follows_a_change(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    open_document: OpenDocument,
    opens_with_title: bool,
) -> None:
    page = PAGE if opens_with_title else PAGE.replace("<h1>Le Hebei", "<h1>Autre titre : le Hebei")
    path = tmp_path / "page.html"
    path.write_text(page, "utf-8")
    open_document(path)
    for name in ("dark", "sepia", "light", "dark"):
        theme = THEMES[name]
        window.view.apply_theme(theme)
        assert byline_colours(window, "Jeanne Martin") == {QColor(theme.muted).name()}, name
    # the text around it keeps the ink of the theme (nothing else was made muted)
    body = window.view.document().find("Le groupe chinois")
    assert body.charFormat().foreground().color().name() != QColor(THEMES["dark"].muted).name()


def test_the_byline_s_date_is_written_as_the_interface_s_locale_writes_it(
    qtbot: QtBot, french: None, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "page.html"
    dated = '<meta name="date" content="2024-03-05T08:30:00+01:00"></head>'
    path.write_text(PAGE.replace("</head>", dated), "utf-8")
    open_document(path)
    assert window.opened is not None
    assert window.opened.document.metadata.get("date", "").startswith("2024-03-05")
    shown = window.view.toPlainText()
    assert "5 mars 2024" in shown and "2024-03-05" not in shown


def test_a_date_is_shown_in_the_locale_s_long_form_without_its_weekday(
    qapp: QApplication,
) -> None:
    del qapp
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert shown_date("2024-03-05") == "March 5, 2024"
        QLocale.setDefault(QLocale("fr_FR"))
        assert shown_date("2024-03-05T10:00:00Z") == "5 mars 2024"
        assert shown_date("2024-03") == "2024-03"  # a month alone is left as written
        assert shown_date("2024-13-45") == "2024-13-45"  # not a date Qt can read
    finally:
        QLocale.setDefault(before)
