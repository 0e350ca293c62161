"""Markdown: CommonMark and GitHub's extensions come out with their structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import BlockKind, Document
from reader.core.rich import Align, Style, rich_text_problems
from reader.formats import load_document
from tests.formats.checks import assert_rich_well_formed, assert_well_formed, block_texts, styled
from tests.formats.corpus import corpus_file, corpus_files


def md(tmp_path: Path, source: str, name: str = "doc.md") -> Document:
    path = tmp_path / name
    path.write_text(source, "utf-8")
    document = load_document(path)
    assert_rich_well_formed(document)
    return document


def test_inline_styles_are_spans_over_the_visible_text(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "Un *mot*, un **gras**, du `code`, ~~barré~~, ***les deux***, H~2~O, x^2^ "
        'et [un lien](https://example.org/a "titre").\n',
    )
    assert doc.text == "Un mot, un gras, du code, barré, les deux, H2O, x2 et un lien."
    assert styled(doc, Style.EMPHASIS) == ["mot", "les deux"]
    assert styled(doc, Style.STRONG) == ["gras", "les deux"]
    assert styled(doc, Style.CODE) == ["code"]
    assert styled(doc, Style.STRIKE) == ["barré"]
    assert styled(doc, Style.SUB) == ["2"] and styled(doc, Style.SUP) == ["2"]
    (link,) = [s for s in doc.rich.spans if s.style is Style.LINK]
    assert doc.text[link.start : link.end] == "un lien"
    assert link.href == "https://example.org/a" and link.target is None


def test_ordered_lists_keep_their_numbers_and_nesting(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "57. foo\n58. bar\n    - nested one\n    - nested two\n        1. deeper\n"
        "59. baz\n\n    second paragraph of baz\n\n- [ ] todo\n- [x] done\n",
    )
    items = [(doc.text[b.start : b.end], b.kind, b.level, b.number) for b in doc.blocks]
    assert items == [
        ("foo", BlockKind.LIST_ITEM, 1, 57),
        ("bar", BlockKind.LIST_ITEM, 1, 58),
        ("nested one", BlockKind.LIST_ITEM, 2, None),
        ("nested two", BlockKind.LIST_ITEM, 2, None),
        ("deeper", BlockKind.LIST_ITEM, 3, 1),
        ("baz", BlockKind.LIST_ITEM, 1, 59),
        ("second paragraph of baz", BlockKind.PARAGRAPH, 1, None),
        ("todo", BlockKind.LIST_ITEM, 1, None),
        ("done", BlockKind.LIST_ITEM, 1, None),
    ]
    assert [b.checked for b in doc.blocks[-2:]] == [False, True]


def test_a_table_is_rows_of_tab_separated_cells(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "| Nom | Ville | Note |\n|:---|:---:|---:|\n| **Zhang** | Hangzhou | 1 |\n| Ma |  | 2 |\n",
    )
    assert doc.text == "Nom\tVille\tNote\nZhang\tHangzhou\t1\nMa\t\t2"
    assert [b.kind for b in doc.blocks] == [BlockKind.TABLE_ROW] * 3
    (table,) = doc.rich.tables
    rows = [[doc.text[c.start : c.end] for c in row] for row in table.rows]
    assert rows == [["Nom", "Ville", "Note"], ["Zhang", "Hangzhou", "1"], ["Ma", "", "2"]]
    assert [c.header for c in table.rows[0]] == [True] * 3
    assert [c.align for c in table.rows[1]] == [Align.LEFT, Align.CENTER, Align.RIGHT]
    assert styled(doc, Style.STRONG) == ["Zhang"]


def test_code_blocks_are_kept_exactly(tmp_path: Path) -> None:
    doc = md(
        tmp_path, "Texte.\n\n```python\ndef f():\n    return  1\n\n\nx = 2\n```\n\n    indenté\n"
    )
    assert block_texts(doc, BlockKind.PREFORMATTED) == [
        "def f():\n    return  1\n\n\nx = 2",
        "indenté",
    ]


def test_footnotes_are_linked_notes_after_the_text(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "Un fait[^a] et un autre[^b], encore[^a] et en ligne^[une note en ligne].\n\n"
        "[^a]: La note *a*.\n\n    Sa suite.\n[^b]: La note b.\n",
    )
    text = doc.text
    assert text.startswith("Un fait[1] et un autre[2], encore[1] et en ligne[3].")
    notes = [(text[b.start : b.end], b.number) for b in doc.blocks if b.kind is BlockKind.NOTE]
    assert notes == [
        ("La note a.", 1),
        ("Sa suite.", None),
        ("La note b.", 2),
        ("une note en ligne", 3),
    ]
    refs = [s for s in doc.rich.spans if s.style is Style.NOTE_REF]
    assert [text[s.start : s.end] for s in refs] == ["[1]", "[2]", "[1]", "[3]"]
    assert [s.target for s in refs] == [
        text.index("La note a"),
        text.index("La note b"),
        text.index("La note a"),
        text.index("une note"),
    ]
    assert doc.rich.rules == (text.index("La note a"),)


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        '---\ntitle: "Le titre"\nauthor: [Marie Curie, Pierre Curie]\ndate: 2024-03-05\n'
        "tags: [chine, cloud]\nlayout: post\n---\n\n# Autre titre\n\nLe texte.\n",
    )
    assert doc.title == "Le titre"
    assert doc.author == "Marie Curie, Pierre Curie"
    assert doc.metadata["date"] == "2024-03-05"
    assert doc.metadata["tags"] == "chine, cloud"
    assert "layout" not in doc.text and "post" not in doc.text
    assert doc.text == "Autre titre\nLe texte."


def test_two_rules_around_text_are_not_front_matter(tmp_path: Path) -> None:
    doc = md(tmp_path, "---\n__Publicité :)__\n\n- un\n- deux\n---\n\n# Titre\n")
    assert doc.text.startswith("Publicité :)\nun\ndeux")
    assert doc.rich.rules[0] == 0


def test_front_matter_with_aliases_is_not_expanded(tmp_path: Path) -> None:
    bomb = (
        "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
            for n, p in zip("bcdefghi", "abcdefgh", strict=True)
        )
        + "title: *i\n---\n\nLe texte.\n"
    )
    doc = md(tmp_path, bomb)
    assert "Le texte." in doc.text
    assert doc.title != "" and len(doc.title) < 200


def test_alerts_and_containers_are_quotes_with_a_title(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "> [!WARNING]\n> Attention *ici*.\n\n::: tip Conseil utile\nUn conseil.\n:::\n\n"
        "::: danger\nDanger.\n:::\n",
    )
    quotes = [(doc.text[b.start : b.end], b.level) for b in doc.blocks]
    assert quotes == [
        ("Warning", 1),
        ("Attention ici.", 1),
        ("Conseil utile", 1),
        ("Un conseil.", 1),
        ("Danger", 1),
        ("Danger.", 1),
    ]
    assert {b.kind for b in doc.blocks} == {BlockKind.QUOTE}
    assert styled(doc, Style.STRONG) == ["Warning", "Conseil utile", "Danger"]


def test_raw_html_is_read_not_shown(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        'Du <b>gras</b>, <sub>bas</sub><br>ligne et <a href="https://x.org">lien</a>.\n\n'
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>\n\n"
        '<div class="note">\n\nUne note.\n\n</div>\n',
    )
    assert "<" not in doc.text
    assert doc.text.startswith("Du gras, bas\nligne et lien.\nA\tB\n1\t2\nUne note.")
    assert styled(doc, Style.STRONG) == ["gras"] and styled(doc, Style.SUB) == ["bas"]
    assert len(doc.rich.tables) == 1


def test_links_to_headings_lead_there(tmp_path: Path) -> None:
    doc = md(
        tmp_path,
        "[vers](#débogage-du-système) et [id](#mon-id) et [rien](#absent)\n\n"
        "## Débogage du système\n\ntexte\n\n## Titre {#mon-id .classe}\n",
    )
    text = doc.text
    links = {text[s.start : s.end]: s.target for s in doc.rich.spans if s.style is Style.LINK}
    assert links == {"vers": text.index("Débogage"), "id": text.index("Titre")}
    assert "{#" not in text


def test_pictures_next_to_the_file_only(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "ici.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n")
    doc = md(
        tmp_path,
        f"Texte ![dans le texte](img/ici.png) suite.\n\n![seule](img/ici.png)\n\n"
        f"![distante](https://example.org/x.png)\n\n![dehors](../{outside.name})\n\n"
        "![absente](img/non.png)\n",
    )
    images = doc.rich.images
    assert [(i.alt, bool(i.src), i.inline) for i in images] == [
        ("dans le texte", True, True),
        ("seule", True, False),
        ("distante", False, False),
        ("dehors", False, False),
        ("absente", False, False),
    ]
    assert images[0].src == str((tmp_path / "img" / "ici.png").resolve())
    assert doc.text == "Texte suite."  # pictures add nothing to the text
    assert images[0].offset == doc.text.index("suite")


def test_demo_sample_structure() -> None:
    doc = load_document(corpus_file("markdown/en-markdown-it-demo-sample.md"))
    assert_well_formed(doc)
    text = doc.text
    assert text.startswith("Advertisement :)")  # the leading rules are not front matter
    numbers = [b.number for b in doc.blocks if b.kind is BlockKind.LIST_ITEM and b.number]
    assert numbers[-2:] == [57, 58]
    assert len(doc.rich.tables) == 2
    aligned = doc.rich.tables[1].rows[1]
    assert {c.align for c in aligned} == {Align.RIGHT}
    assert [text[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.QUOTE][:3] == [
        "Blockquotes can also be nested...",
        "...by using additional greater-than signs right next to each other...",
        "...or with spaces between arrows.",
    ]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.QUOTE][:3] == [1, 2, 3]
    assert "This is bold text" in styled(doc, Style.STRONG)
    assert "Strikethrough" in styled(doc, Style.STRIKE)
    assert sum(b.kind is BlockKind.NOTE and b.number is not None for b in doc.blocks) == 3


def test_vue_accessibility_table_and_front_matterless_headings() -> None:
    doc = load_document(corpus_file("markdown/fr-vuejs-docs-guide-accessibility.md"))
    assert_well_formed(doc)
    (table,) = doc.rich.tables
    assert len(table.rows) == 9 and table.columns == 3
    header = [doc.text[c.start : c.end] for c in table.rows[0]]
    assert header == ["HTML", "Rôle ARIA", "But du landmark"]
    assert "{#" not in doc.text and ":::" not in doc.text
    assert doc.title == "Accessibilité"


def test_front_matter_of_real_files() -> None:
    pandoc = load_document(corpus_file("markdown/en-pandoc-MANUAL.md"))
    assert pandoc.title == "Pandoc User's Guide"
    assert pandoc.author == "John MacFarlane"
    assert not pandoc.text.startswith("title:")
    jekyll = load_document(corpus_file("markdown/en-jekyll-docs-front-matter.md"))
    assert jekyll.title == "Front Matter"
    assert "permalink" not in jekyll.text[:200]
    ssr = load_document(corpus_file("markdown/fr-vuejs-docs-guide-ssr.md"))
    assert "outline: deep" not in ssr.text


def test_alerts_of_a_real_file() -> None:
    doc = load_document(corpus_file("markdown/en-markdown-it-docs-text-decoration.md"))
    assert "[!" not in doc.text
    titles = [t for t in styled(doc, Style.STRONG) if t in ("Important", "Tip", "Caution")]
    assert titles == ["Important", "Tip", "Tip", "Caution"]
    for title in titles:
        start = doc.text.index(title)
        assert any(b.kind is BlockKind.QUOTE and b.start == start for b in doc.blocks)


@pytest.mark.parametrize("path", corpus_files("markdown/*.md"), ids=lambda p: p.name)
def test_every_corpus_markdown_file_is_well_formed(path: Path) -> None:
    doc = load_document(path)
    assert_well_formed(doc)
    assert rich_text_problems(doc.text, doc.rich) == []
    assert "\x00" not in doc.text
