"""The format is chosen by the file's suffix; each format has its size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.formats import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, file_limit, load_document
from reader.formats.epub import MAX_EPUB_BYTES
from reader.formats.html import MAX_HTML_BYTES
from tests.formats.books import make_epub, sample_chapters
from tests.formats.checks import assert_well_formed

PAGE = (
    "<html><head><title>Page</title></head><body><article><h1>Un titre</h1>"
    "<p>Un paragraphe assez long pour être retenu comme le texte de l'article.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("name", ["a.html", "b.HTM", "c.xhtml", "d.Html"])
def test_web_pages_by_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, "utf-8")
    doc = load_document(path)
    assert doc.format == "html"
    assert "<" not in doc.text


def test_books_by_suffix(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "LIVRE.EPUB", sample_chapters())
    assert load_document(path).format == "epub"


def test_other_suffixes_are_text_even_with_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    doc = load_document(path)
    assert doc.format == "text"
    assert doc.text == PAGE


def test_markdown_gets_contents_from_its_headings(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Titre\n\nTexte.\n\n## Partie\n\nSuite.\n", "utf-8")
    doc = load_document(path)
    assert_well_formed(doc)
    assert [(e.title, e.offset, e.level) for e in doc.toc] == [("Titre", 0, 1), ("Partie", 13, 2)]
    assert doc.text[13:].startswith("Partie")
    single = tmp_path / "court.md"
    single.write_text("# Seul\n\nTexte.\n", "utf-8")
    assert load_document(single).toc == ()  # one heading is no table of contents


def test_limits_and_suffixes() -> None:
    assert file_limit(Path("a.epub")) == MAX_EPUB_BYTES
    assert file_limit(Path("a.htm")) == MAX_HTML_BYTES
    assert file_limit(Path("a.txt")) == file_limit(Path("a.md")) == MAX_FILE_BYTES
    assert {".txt", ".md", ".html", ".htm", ".xhtml", ".epub"} <= SUPPORTED_SUFFIXES


def test_plain_text_is_paragraphs(sample_path: Path) -> None:
    doc = load_document(sample_path)
    assert all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks)
