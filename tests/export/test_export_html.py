"""The standalone HTML page: self-contained, script-free, escaped, the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings

from reader.core.annotations import Colour
from reader.export import ExportOptions, export_html
from reader.export.model import ExportDocument

from .export_samples import (
    ARTICLE,
    ARTICLE_BLOCKS,
    annotation,
    article_document,
    expected_blocks,
    normalise,
    read_html,
    sample_annotations,
    sample_entities,
)
from .test_export_markdown import HOSTILE_NOTES, documents


def article_part(page: str) -> str:
    return page[page.index("<article>") : page.index("</article>") + len("</article>")]


def assert_self_contained(page: str) -> None:
    lowered = page.lower()
    assert "<script" not in lowered
    style = page[page.index("<style>") : page.index("</style>")]
    assert "@import" not in style
    assert "url(" not in style
    reading = read_html(page)
    assert not reading.errors, reading.errors
    for href in reading.hrefs:
        assert href.startswith("#"), href
    assert reading.attributes <= {
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "title", "href",
        "aria-label", "start",
    }, reading.attributes  # fmt: skip
    assert reading.tags <= {
        "html", "head", "meta", "title", "style", "body", "header", "main", "article",
        "section", "footer", "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "code", "mark", "span", "sup", "a",
    }, reading.tags  # fmt: skip
    assert len(reading.ids) == len(set(reading.ids)), "duplicate ids"


def test_page_head() -> None:
    page = export_html(article_document(sample_annotations()))
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n')
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy
    assert "script-src" not in policy  # so default-src 'none' forbids scripts
    assert "<title>Alibaba ouvre ses centres de données du Hebei</title>" in page
    assert "@media print" in page
    assert "max-width: 70ch" in page
    assert "serif;" in page
    for colour in Colour:
        assert f".hl-{colour.value} {{ background-color:" in page
    assert_self_contained(page)


def test_article_is_the_whole_text_with_marks_and_references() -> None:
    annotations = sample_annotations()
    for options in (ExportOptions(), ExportOptions(include_entities=True)):
        page = export_html(article_document(annotations, sample_entities()), options)
        reading = read_html(article_part(page))
        assert reading.blocks == expected_blocks(ARTICLE, ARTICLE_BLOCKS)
        assert_self_contained(page)
    assert '<span class="ent ent-PERSON" title="PERSON">Jeff Zhang</span>' in page
    for number, a in enumerate(a for a in annotations if not a.orphan):
        short = "a-" + a.id[:8]
        assert page.count(f'id="{short}"') == 1  # the first segment
        assert f'<sup class="ref"><a href="#n-{short}"' in page
        assert f">{number + 1}</a></sup>" in page
        assert f'<li id="n-{short}" class="note">' in page
        assert f'href="#{short}"' in page  # back to the text
    orphan = annotations[-1]
    short = "a-" + orphan.id[:8]
    unplaced = page[page.index('id="unplaced"') :]
    assert f'<li id="n-{short}" class="note">' in unplaced
    assert f'href="#{short}"' not in page
    assert "<h2>Unplaced highlights</h2>" in unplaced


def test_block_kinds() -> None:
    page = export_html(article_document())
    article = article_part(page)
    assert "<h1>Alibaba ouvre ses centres de données du Hebei</h1>" in article
    assert "<h2>Un marché *disputé* #2</h2>" in article
    assert "<ul>\n<li>Tencent investit 1,5 milliard de yuans;</li>\n<li>Baidu suit" in article
    assert "<blockquote>\n<p>« Le cloud" in article
    assert "<pre><code>def capacity(n):\n    return n * 2  # `x`</code></pre>" in article
    assert "<p>1. Ceci n’est pas une liste, et 2 * 3 = 6 &amp; 7 &gt; 5.</p>" in article


def test_notes_list_shows_note_tags_and_colour() -> None:
    page = export_html(article_document(sample_annotations()))
    assert '<p class="text">Premier responsable cité</p>' in page
    assert '<span class="tag">#personne</span><span class="tag">#chine/cloud</span>' in page
    assert '<p class="text">Ligne 1\nLigne 2\n\nParagraphe 2</p>' in page  # pre-wrap keeps lines
    assert 'title="Premier responsable cité"' in page  # the note as the mark's tooltip


@pytest.mark.parametrize("hostile", HOSTILE_NOTES)
def test_hostile_content_is_escaped(hostile: str) -> None:
    text = f"Some {hostile} text to highlight."
    a = annotation(text, 0, 4, n=1, note=hostile, tags=(hostile,))
    orphan = annotation(text, 0, 4, n=2, note=hostile, tags=(hostile,), orphan=True)
    document = ExportDocument(
        title=hostile,
        text=text,
        annotations=(a, orphan),
        source=hostile,
        language=hostile,
        app_version=hostile,
    )
    page = export_html(document)
    assert_self_contained(page)
    reading = read_html(article_part(page))
    assert reading.blocks == [normalise(line) for line in text.split("\n") if line.strip()]
    assert normalise(hostile) in normalise(" ".join(read_html(page).blocks))


def test_without_highlights_or_language() -> None:
    page = export_html(article_document(language=None, source=None))
    assert page.startswith("<!DOCTYPE html>\n<html>\n")
    assert 'class="highlights"' not in page
    assert "0 highlights" in page
    assert_self_contained(page)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_any_document_gives_a_clean_page_with_its_text(document: ExportDocument) -> None:
    page = export_html(document)
    assert_self_contained(page)
    reading = read_html(article_part(page))
    assert reading.blocks == expected_blocks(document.text, document.blocks)
