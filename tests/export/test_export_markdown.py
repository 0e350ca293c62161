"""Annotated Markdown and the highlights list, checked by rendering them with CommonMark."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations import Colour
from reader.core.document import Block, BlockKind
from reader.export import escape_markdown, export_highlights_markdown, export_markdown
from reader.export.model import ExportDocument, ExportOptions

from .export_samples import (
    ARTICLE,
    ARTICLE_BLOCKS,
    HOSTILE_PIECES,
    annotation,
    article_document,
    build,
    commonmark,
    expected_blocks,
    mixed_text,
    normalise,
    read_html,
    sample_annotations,
    sample_entities,
    span_of,
    split_front_matter,
)

ARTICLE_TAGS = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote"}
ARTICLE_TAGS |= {"pre", "code", "mark", "span", "sup", "a", "strong", "hr", "section", "ol"}


def paragraphs(text: str) -> list[str]:
    """``text``'s paragraphs (split at blank lines), whitespace collapsed, empty dropped."""
    out: list[str] = []
    current: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        if line.strip(" \t"):  # a blank line: only spaces and tabs
            current.append(line)
        elif current:
            out.append(normalise(" ".join(current)))
            current = []
    if current:
        out.append(normalise(" ".join(current)))
    return [p for p in out if p]


def yaml_module() -> Any:
    return pytest.importorskip("yaml")


# -- escape_markdown --------------------------------------------------------------------------


@pytest.mark.parametrize("piece", HOSTILE_PIECES)
def test_each_markdown_construct_is_shown_literally(piece: str) -> None:
    for text in (piece, f"{piece}x", f"x {piece} y", f"a\n{piece}", f"{piece}\n{piece}"):
        rendered = commonmark(escape_markdown(text), footnotes=False)
        reading = read_html(rendered)
        assert reading.blocks == paragraphs(text), (text, escape_markdown(text), rendered)
        assert reading.tags <= {"p", "br"}, (text, rendered)
        assert not reading.errors


@settings(max_examples=600, deadline=None)
@given(text=mixed_text)
def test_escape_markdown_shows_exactly_the_text(text: str) -> None:
    markdown = escape_markdown(text)
    rendered = commonmark(markdown, footnotes=False)
    reading = read_html(rendered)
    assert reading.blocks == paragraphs(text), (markdown, rendered)
    assert reading.tags <= {"p", "br"}, rendered


def test_escape_markdown_examples() -> None:
    assert escape_markdown("plain words, (with) punctuation!") == (
        "plain words, (with) punctuation!"
    )
    assert escape_markdown("# not a heading") == "\\# not a heading"
    assert escape_markdown("1. not a list\n2) nor this") == "1\\. not a list\\\n2\\) nor this"
    assert escape_markdown("3.14 is fine") == "3.14 is fine"
    assert escape_markdown("a *b* _c_ `d` <e> [f] &amp; |g| ~h~ \\") == (
        "a \\*b\\* \\_c\\_ \\`d\\` \\<e> \\[f\\] \\&amp; \\|g\\| \\~h\\~ \\\\"
    )
    assert escape_markdown("AT&T & co") == "AT\\&T & co"
    assert escape_markdown("title\n===") == "title\\\n\\==="
    assert escape_markdown("    indented code?") == "indented code?"
    assert escape_markdown("one\n\n\ntwo") == "one\n\ntwo"


# -- annotated Markdown -----------------------------------------------------------------------


def test_article_export_shape() -> None:
    document = article_document(sample_annotations())
    markdown = export_markdown(document)
    yaml_text, body = split_front_matter(markdown)
    assert body.startswith("\n# Alibaba ouvre ses centres de données du Hebei\n")
    green = "a-" + sample_annotations()[2].id[:8]
    assert f'\n## <mark class="hl-green">Un marché</mark>[^{green}] \\*disputé\\* \\#2\n' in body
    assert '<mark class="hl-yellow" id="a-' in body
    # the list items stay one list, the preformatted block is a <pre> (it has a mark)
    assert "\n- Tencent investit 1,5 milliard de yuans;\n- Baidu suit \\<de près>.\n" in body
    assert "<pre><code>def capacity(n):\n    " in body
    assert body.index("## Highlights") < body.index("## Unplaced highlights")
    assert body.rstrip().endswith("highlight")  # the last footnote
    assert "title:" in yaml_text


def test_rendered_article_shows_the_whole_text() -> None:
    document = article_document(sample_annotations(), sample_entities())
    for options in (ExportOptions(), ExportOptions(include_entities=True)):
        markdown = export_markdown(document, options)
        _, body = split_front_matter(markdown)
        reading = read_html(commonmark(body), stop_at_heading="Highlights")
        assert reading.blocks == expected_blocks(ARTICLE, ARTICLE_BLOCKS)
        assert not reading.errors, reading.errors


def test_every_highlight_is_marked_once_with_a_footnote() -> None:
    pytest.importorskip("mdit_py_plugins.footnote")
    annotations = sample_annotations()
    markdown = export_markdown(article_document(annotations))
    _, body = split_front_matter(markdown)
    placed = [a for a in annotations if not a.orphan]
    for a in placed:
        short = "a-" + a.id.replace("-", "")[:8]
        assert body.count(f'id="{short}"') == 1
        assert body.count(f"[^{short}]") == 2  # reference + definition
        assert f"[^{short}]: **{a.colour.value}**" in body
        assert f"[in text](#{short})" in body
        assert f" ^{short}\n" in body
    rendered = commonmark(body)
    reading = read_html(rendered)
    assert not reading.errors
    assert rendered.count('class="footnote-ref"') == len(placed) - 1  # one is inside <pre>
    assert "<sup>[^a-" in body  # ...where its label is shown instead


def test_overlapping_highlights_nest_without_crossing() -> None:
    text = "one two three four"
    a = annotation(text, 0, 7, n=1)  # one two
    b = annotation(text, 4, 13, n=2, colour=Colour.BLUE)  # two three
    c = annotation(text, 4, 7, n=3, colour=Colour.GREEN)  # two
    document = ExportDocument(title="t", text=text, annotations=(a, b, c))
    markdown = export_markdown(document)
    _, body = split_front_matter(markdown)
    ida, idb, idc = ("a-" + x.id[:8] for x in (a, b, c))
    first_line = body.strip().split("\n")[0]
    assert first_line == (
        f'<mark class="hl-yellow" id="{ida}">one '
        f'<mark class="hl-blue" id="{idb}"><mark class="hl-green" id="{idc}">two</mark>'
        f"[^{idc}]</mark></mark>[^{ida}]"
        f'<mark class="hl-blue"> three</mark>[^{idb}] four'
    )
    reading = read_html(commonmark(body))
    assert not reading.errors


def test_highlight_across_blocks_is_closed_and_reopened() -> None:
    text, blocks = build(
        [
            (BlockKind.PARAGRAPH, "First paragraph ends here.", 0),
            (BlockKind.HEADING, "A heading", 2),
            (BlockKind.PARAGRAPH, "Second paragraph.", 0),
        ]
    )
    start, _ = span_of(text, "ends here")
    _, end = span_of(text, "Second")
    a = annotation(text, start, end, n=7, colour=Colour.ORANGE, note="spans")
    document = ExportDocument(title="t", text=text, blocks=blocks, annotations=(a,))
    _, body = split_front_matter(export_markdown(document))
    short = "a-" + a.id[:8]
    assert f'First paragraph <mark class="hl-orange" id="{short}">ends here.</mark>\n' in body
    assert '## <mark class="hl-orange">A heading</mark>\n' in body
    assert f'<mark class="hl-orange">Second</mark>[^{short}] paragraph.' in body
    assert body.count("[^" + short + "]") == 2
    reading = read_html(commonmark(body), stop_at_heading="Highlights")
    assert reading.blocks == ["First paragraph ends here.", "A heading", "Second paragraph."]


def test_orphans_and_invisible_ranges_are_listed_not_marked() -> None:
    text = "Alpha beta.\n\n   \nGamma."
    orphan = annotation(text, 0, 5, n=1, note="gone", orphan=True)
    blank = annotation(text, 11, 16, n=2, note="only whitespace")
    outside = annotation(text, 500, 600, n=3)
    placed = annotation(text, 0, 5, n=4)
    document = ExportDocument(title="t", text=text, annotations=(orphan, blank, outside, placed))
    markdown = export_markdown(document)
    _, body = split_front_matter(markdown)
    unplaced = body[body.index("## Unplaced highlights") :]
    for a in (orphan, blank, outside):
        short = "a-" + a.id[:8]
        assert f'id="{short}"' not in body
        assert f"^{short}" in unplaced
        assert f"[^{short}]" not in body
    assert "- note: gone" in unplaced
    assert 'id="a-' + placed.id[:8] + '"' in body


def test_entities_are_marked_only_when_asked() -> None:
    document = article_document(sample_annotations(), sample_entities())
    assert "ent-" not in export_markdown(document)
    markdown = export_markdown(document, ExportOptions(include_entities=True))
    assert '<span class="ent-PERSON">Jeff Zhang</span>' in markdown
    assert '<span class="ent-ORG">Alibaba</span>' in markdown
    reading = read_html(commonmark(split_front_matter(markdown)[1]))
    assert not reading.errors


HOSTILE_NOTES = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "---",
    "\n\n# heading",
    "</mark>",
    "</mark></mark><script>",
    "line\n---\nline",
    "![img](http://evil.example/x.png)",
    "<http://evil.example>",
    "[^a-00000000]: fake footnote",
    "    code\n\n    more code",
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "` ``` `",
    "&lt;script&gt;",
]


@pytest.mark.parametrize("hostile", HOSTILE_NOTES)
def test_hostile_notes_and_tags_cannot_inject(hostile: str) -> None:
    text = "Some text to highlight, and more."
    a = annotation(text, 5, 9, n=1, note=hostile, tags=(hostile, "ok"))
    orphan = annotation(text, 0, 4, n=2, note=hostile, tags=(hostile,), orphan=True)
    document = ExportDocument(title=hostile, text=text, annotations=(a, orphan), source=hostile)
    for export in (export_markdown, export_highlights_markdown):
        markdown = export(document)
        yaml_text, body = split_front_matter(markdown)
        rendered = commonmark(body)
        reading = read_html(rendered)
        assert "<script" not in rendered
        assert "<img" not in rendered
        assert "javascript:" not in " ".join(reading.hrefs)
        assert not any(h.startswith("http") for h in reading.hrefs)
        assert not reading.errors
        # only our own structure
        assert reading.tags <= ARTICLE_TAGS, reading.tags
        assert rendered.count("<h1>") == (1 if export is export_highlights_markdown else 0)
        assert reading.mark_classes.count("hl-yellow") == (1 if export is export_markdown else 0)
        # the note is shown as written
        assert normalise(hostile) in normalise(" ".join(reading.blocks)), rendered
        assert len(yaml_text.splitlines()) == 7  # no line added to the front matter


def test_multiline_notes_stay_in_their_footnote_and_list_item() -> None:
    pytest.importorskip("mdit_py_plugins.footnote")
    text = "Some text to highlight."
    note = "first line\nsecond line\n\nnew paragraph\n- not a list\n# not a heading"
    a = annotation(text, 5, 9, n=1, note=note)
    markdown = export_markdown(ExportDocument(title="t", text=text, annotations=(a,)))
    short = "a-" + a.id[:8]
    assert (
        f"[^{short}]: **yellow** · first line\\\n    second line\n\n"
        "    new paragraph\\\n    \\- not a list\\\n    \\# not a heading\n"
    ) in markdown
    assert (
        "- note: first line\\\n  second line\n\n  new paragraph\\\n  \\- not a list\\\n"
        "  \\# not a heading\n"
    ) in markdown
    rendered = commonmark(split_front_matter(markdown)[1])
    footnotes = rendered[rendered.index('<section class="footnotes">') :]
    assert footnotes.count("<p>") == 2
    assert "<h1>" not in rendered
    assert rendered.count("<ul>") == 1  # only the highlight's details


# -- front matter -----------------------------------------------------------------------------


def test_front_matter_fields() -> None:
    yaml = yaml_module()
    annotations = sample_annotations()
    document = article_document(annotations)
    yaml_text, _ = split_front_matter(export_markdown(document))
    data = yaml.safe_load(yaml_text)
    assert data == {
        "title": "Alibaba ouvre ses centres de données du Hebei",
        "source": "/home/ann/articles/alibaba.txt",
        "language": "fr",
        "exported": "2026-11-26T14:05:00Z",
        "app_version": "0.1.0",
        "highlights": 5,
        "tags": ["chine/cloud", "marché", "personne"],
    }
    # every value is double-quoted
    for line in yaml_text.splitlines():
        _, _, value = line.partition(": ")
        assert value.startswith(('"', "[")) or value.isdigit() or value == "null", line


def test_front_matter_without_source_or_language() -> None:
    yaml = yaml_module()
    document = article_document(source=None, language=None)
    data = yaml.safe_load(split_front_matter(export_markdown(document))[0])
    assert data["source"] is None
    assert data["language"] is None
    assert data["tags"] == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(st.characters(codec="utf-8")),
    tags=st.lists(st.text(st.characters(codec="utf-8"), min_size=1), max_size=4),
)
def test_front_matter_reads_back_exactly(title: str, tags: list[str]) -> None:
    yaml = yaml_module()
    text = "Some text."
    a = annotation(text, 0, 4, tags=tuple(tags))
    document = ExportDocument(
        title=title, text=text, annotations=(a,), source=title, language=title
    )
    markdown = export_markdown(document)
    yaml_text, body = split_front_matter(markdown)
    assert len(yaml_text.splitlines()) == 7
    data = yaml.safe_load(yaml_text)
    assert data["title"] == title
    assert data["source"] == title
    assert data["language"] == title
    assert data["tags"] == sorted(set(tags), key=lambda t: (t.casefold(), t))
    assert body.startswith("\n<mark")


# -- whole exports of random documents -------------------------------------------------------

KINDS = [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE]


@st.composite
def documents(draw: st.DrawFn) -> ExportDocument:
    count = draw(st.integers(1, 6))
    parts = []
    for _ in range(count):
        kind = draw(st.sampled_from([*KINDS, BlockKind.PREFORMATTED]))
        content = draw(mixed_text)
        parts.append((kind, content, draw(st.integers(0, 7))))
    text, blocks = build(parts)
    annotations = []
    for n in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, max(len(text) - 1, 0)))
        end = draw(st.integers(start, len(text)))
        annotations.append(
            annotation(
                text,
                start,
                end,
                n=n + 1,
                colour=draw(st.sampled_from(list(Colour))),
                note=draw(mixed_text),
                tags=tuple(draw(st.lists(mixed_text, max_size=2))),
                orphan=draw(st.booleans()),
            )
        )
    return ExportDocument(title=draw(mixed_text), text=text, blocks=blocks, annotations=annotations)


def _expected(document: ExportDocument) -> list[str]:
    return expected_blocks(document.text, document.blocks)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_any_document_renders_to_its_own_text(document: ExportDocument) -> None:
    markdown = export_markdown(document, ExportOptions())
    _, body = split_front_matter(markdown)
    rendered = commonmark(body)
    reading = read_html(rendered, stop_at_heading=("Highlights", "Unplaced highlights"))
    assert reading.blocks == _expected(document), (markdown, rendered)
    assert not reading.errors, (reading.errors, markdown)
    assert reading.tags <= ARTICLE_TAGS, reading.tags
    assert "<script" not in rendered


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents())
def test_highlights_list_of_any_document_is_clean(document: ExportDocument) -> None:
    markdown = export_highlights_markdown(document)
    _, body = split_front_matter(markdown)
    rendered = commonmark(body)
    reading = read_html(rendered)
    assert not reading.errors
    assert "<mark" not in rendered
    assert all(not h.startswith(("javascript", "http")) for h in reading.hrefs)
    for a in document.annotations:
        assert body.count("^a-" + a.id[:8]) == 1


# -- highlights list --------------------------------------------------------------------------


def test_highlights_list_in_reading_order_under_headings() -> None:
    annotations = sample_annotations()
    document = article_document(list(reversed(annotations)))
    markdown = export_highlights_markdown(document)
    _, body = split_front_matter(markdown)
    assert body.startswith("\n# Highlights: Alibaba ouvre ses centres de données du Hebei\n")
    assert "<mark" not in body
    order = [body.index("^a-" + a.id[:8]) for a in annotations]
    assert order == sorted(order)
    # grouped under the heading each highlight starts in
    first_heading = body.index("## Alibaba ouvre ses centres")
    second_heading = body.index("## Un marché")
    assert first_heading < order[0] < order[1] < order[2] < second_heading < order[3]
    assert body.index("## Unplaced highlights") < order[4]
    assert "- note: Premier responsable cité" in body
    assert "- tags: #personne #chine/cloud" in body
    assert "- note: Ligne 1\\\n  Ligne 2\n\n  Paragraphe 2" in body
    assert "> return n \\* 2" in body


def test_highlights_list_without_highlights() -> None:
    markdown = export_highlights_markdown(article_document())
    assert markdown.endswith("\nNo highlights.\n")


def test_short_ids_extend_on_collision() -> None:
    text = "abcdefghij"
    a = annotation(text, 0, 2, ident="12345678-aaaa-4aaa-8aaa-aaaaaaaaaaaa")
    b = annotation(text, 2, 4, ident="12345678-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
    c = annotation(text, 4, 6, ident="87654321-cccc-4ccc-8ccc-cccccccccccc")
    d = annotation(text, 6, 8, ident="not-a-uuid")
    e = annotation(text, 8, 10, ident="not-a-uuid")
    markdown = export_markdown(ExportDocument(title="t", text=text, annotations=(a, b, c, d, e)))
    ids = re.findall(r'id="(a-[^"]+)"', markdown)
    assert ids[:3] == ["a-12345678a", "a-12345678b", "a-87654321"]
    assert len(set(ids)) == 5
    assert ids[3] + "-2" == ids[4]


def test_empty_and_whitespace_documents() -> None:
    for text in ("", "   \n\n  "):
        document = ExportDocument(title="Empty", text=text)
        markdown = export_markdown(document)
        _, body = split_front_matter(markdown)
        assert body.strip() == ""
        assert export_highlights_markdown(document).endswith("No highlights.\n")


def test_blocks_missing_or_incomplete_still_export_all_text() -> None:
    text = "First line.\nSecond line.\nThird line."
    # no blocks: one paragraph per line
    document = ExportDocument(title="t", text=text)
    _, body = split_front_matter(export_markdown(document))
    assert body.strip() == "First line.\n\nSecond line.\n\nThird line."
    # blocks that leave text out, overlap, or run past the end
    blocks = (Block(BlockKind.HEADING, 12, 24, 1), Block(BlockKind.PARAGRAPH, 20, 999))
    document = ExportDocument(title="t", text=text, blocks=blocks)
    _, body = split_front_matter(export_markdown(document))
    assert body.strip() == "First line.\n\n# Second line.\n\nThird line."
