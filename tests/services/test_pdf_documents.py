"""PDFs through the services: recorded, annotated, exported and recognised like any text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.annotations import Colour
from reader.services.app import Services
from tests.export.export_samples import commonmark, split_front_matter
from tests.formats.pdf_samples import HEADER, article_pdf
from tests.formats.pdfs import write_flowing

pytestmark = pytest.mark.usefixtures("qapp")


def test_annotated_markdown_of_a_pdf(services: Services, tmp_path: Path) -> None:
    path = article_pdf(tmp_path / "article.pdf")
    opened = services.documents.open(path).value
    text = opened.document.text
    assert opened.document.format == "pdf"
    # "province" is split over two lines in the PDF, "porte-monnaie" keeps its hyphen
    for word, colour in (("province", Colour.YELLOW), ("porte-monnaie", Colour.GREEN)):
        start = text.index(word)
        services.annotations.create(opened.id, start, start + len(word), colour=colour, note=word)
    markdown = services.exports.render(opened.id, opened.document, "md")
    front, _body = split_front_matter(markdown)
    assert 'title: "Centres de données"' in front
    html = commonmark(markdown)
    assert re.search(r'<mark class="hl-yellow" id="a-[0-9a-f]+">province</mark>', html)
    assert re.search(r'<mark class="hl-green" id="a-[0-9a-f]+">porte-monnaie</mark>', html)
    assert "électricité abondante" in html and "filière" in html
    assert HEADER not in html


def test_a_pdf_in_the_library_keeps_its_text_without_the_file(
    services: Services, tmp_path: Path
) -> None:
    path = article_pdf(tmp_path / "article.pdf")
    opened = services.documents.open(path).value
    path.unlink()
    stored = services.documents.stored(opened.id)
    assert stored.text == opened.document.text
    assert stored.format == "pdf" and stored.blocks == opened.document.blocks
    assert stored.pages is None  # the page map comes from the file, and the file is gone


@pytest.mark.slow
def test_the_sample_article_as_a_pdf_gets_the_same_entities(
    services: Services, sample_path: Path, tmp_path: Path
) -> None:
    text = sample_path.read_text("utf-8").strip()
    pdf = write_flowing(tmp_path / "article.pdf", text, title="Alibaba")
    plain = tmp_path / "article.txt"
    plain.write_text(text, "utf-8")
    # two libraries: the second recognition must not be read from the first one's cache
    other = Services.open(str(tmp_path / "other.sqlite3"))
    try:
        as_pdf, as_text = services.documents.open(pdf).value, other.documents.open(plain).value
        assert as_pdf.document.text == as_text.document.text
        assert as_pdf.language == as_text.language == "fr"
        from_pdf = services.entities.recognise(as_pdf.id)
        from_text = other.entities.recognise(as_text.id)
    finally:
        other.close()
    assert not from_pdf.from_cache and not from_text.from_cache
    assert len(from_pdf.spans) >= 10
    assert [(s.start, s.end, s.label) for s in from_pdf.spans] == [
        (s.start, s.end, s.label) for s in from_text.spans
    ]
