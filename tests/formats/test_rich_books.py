"""EPUB books: inline styles, notes, links across chapters, tables, figures, pictures."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import BlockKind, Document
from reader.core.rich import Style
from reader.formats import load_document
from tests.formats.books import Chapter, make_epub
from tests.formats.checks import assert_rich_well_formed, assert_well_formed, styled
from tests.formats.corpus import corpus_file

ONE = """
<p>Un mot <em>penché</em>, un <b>gras</b>, <code>du code</code>, H<sub>2</sub>O, la note
<a href="#n1" epub:type="noteref">1</a> et <a href="chapter2.xhtml#loin">un renvoi</a>,
<a href="https://example.org/">un site</a>.</p>
<figure><img src="../images/plan.png" alt="Le plan"/>
<figcaption>Le plan de la ville</figcaption></figure>
<ol start="3"><li>trois</li><li>quatre<ul><li>dedans</li></ul></li></ol>
<dl><dt>Terme</dt><dd>Sa définition</dd></dl>
<table><caption>Les sites</caption><tr><th>Site</th><th>Année</th></tr>
<tr><td colspan="2">Zhangbei, 2016</td></tr></table>
<p><img src="https://remote.example/x.png" alt="distante"/> et
<img src="../images/absente.png" alt="absente"/> fin.</p>
<aside epub:type="footnote" id="n1"><p>1 La note elle-même.</p></aside>
"""
TWO = """
<p id="loin">Le passage lointain.</p>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<image xlink:href="../images/plan.png" width="10" height="10"/></svg>
"""


def book(tmp_path: Path) -> Document:
    path = make_epub(
        tmp_path / "livre.epub",
        [Chapter("Un", [], extra_body=ONE), Chapter("Deux", [], extra_body=TWO)],
        extra_files={"OEBPS/images/plan.png": b"\x89PNG\r\n\x1a\n"},
    )
    document = load_document(path)
    assert_rich_well_formed(document)
    return document


def test_inline_styles_notes_and_links(tmp_path: Path) -> None:
    doc = book(tmp_path)
    text = doc.text
    assert styled(doc, Style.EMPHASIS) == ["penché"]
    assert styled(doc, Style.STRONG)[0] == "gras"
    assert styled(doc, Style.CODE) == ["du code"]
    assert styled(doc, Style.SUB) == ["2"]
    (ref,) = [s for s in doc.rich.spans if s.style is Style.NOTE_REF]
    assert text[ref.start : ref.end] == "1"
    assert ref.target == text.index("1 La note elle-même")
    note = next(b for b in doc.blocks if b.kind is BlockKind.NOTE)
    assert text[note.start : note.end] == "1 La note elle-même."
    links = {text[s.start : s.end]: s for s in doc.rich.spans if s.style is Style.LINK}
    assert links["un renvoi"].target == text.index("Le passage lointain")
    assert links["un site"].href == "https://example.org/"


def test_lists_definitions_tables_and_figures(tmp_path: Path) -> None:
    doc = book(tmp_path)
    text = doc.text
    items = [
        (text[b.start : b.end], b.level, b.number)
        for b in doc.blocks
        if b.kind is BlockKind.LIST_ITEM
    ]
    assert items == [("trois", 1, 3), ("quatre", 1, 4), ("dedans", 2, None)]
    term = text.index("Terme")
    assert (term, term + 5) in [(s.start, s.end) for s in doc.rich.spans if s.style is Style.STRONG]
    definition = next(b for b in doc.blocks if text[b.start : b.end] == "Sa définition")
    assert definition.level == 1
    captions = [text[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.CAPTION]
    assert captions == ["Le plan de la ville", "Les sites"]
    (table,) = doc.rich.tables
    assert table.columns == 2 and table.rows[1][0].columns == 2
    assert text[table.rows[1][0].start : table.rows[1][0].end] == "Zhangbei, 2016"


def test_pictures_are_members_of_the_book(tmp_path: Path) -> None:
    doc = book(tmp_path)
    images = doc.rich.images
    assert [(i.alt, i.src, i.inline) for i in images] == [
        ("Le plan", "OEBPS/images/plan.png", False),
        ("distante", "", True),
        ("absente", "", True),
        ("", "OEBPS/images/plan.png", False),  # the SVG-wrapped picture of chapter two
    ]
    assert images[0].offset == doc.text.index("Le plan de la ville")


def test_georgia_notes_and_map() -> None:
    doc = load_document(corpus_file("epub/georgia-cfi.epub"))
    assert_well_formed(doc)
    text = doc.text
    refs = [s for s in doc.rich.spans if s.style is Style.NOTE_REF]
    assert len(refs) >= 15
    first = refs[0]
    assert text[first.start : first.end] == "1"
    assert first.target is not None
    assert text[first.target :].startswith("1 According to the usual nomenclature")
    assert {b.kind for b in doc.blocks if b.start == first.target} == {BlockKind.NOTE}
    sources = {i.src for i in doc.rich.images}
    assert "EPUB/images/img752a.jpg" in sources


def test_cole_paintings_are_shown() -> None:
    doc = load_document(corpus_file("epub/cole-voyage-of-life.epub"))
    assert_well_formed(doc)
    assert len(doc.rich.images) == 9
    assert all(i.src.startswith("EPUB/images/") for i in doc.rich.images)


def test_an_image_only_book_opens_with_its_pictures() -> None:
    doc = load_document(corpus_file("epub/page-blanche.epub"))
    assert_well_formed(doc)
    assert len(doc.rich.images) >= 9
    assert "Dédicace" in doc.text
