"""Plain text on small made-up files: reflow, kept line breaks, headings, Gutenberg matter."""

from __future__ import annotations

import re
import textwrap

import pytest

from reader.core.document import BlockKind, Document, outline, work_text
from reader.formats.plaintext import load_plain_text

PROSE = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, it "
    "was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness, it was the "
    "spring of hope, it was the winter of despair."
)
SECOND = (
    "There were a king with a large jaw and a queen with a plain face, on the throne of "
    "England; there were a king with a large jaw and a queen with a fair face, on the "
    "throne of France, and it was clearer than crystal to the lords of the State."
)


def wrapped(*paragraphs: str, width: int = 64) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def load(text: str) -> Document:
    return load_plain_text(text, "fallback")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def block_texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if kind is None or b.kind is kind]


def test_hard_wrapped_paragraphs_become_one_line_each() -> None:
    source = wrapped(PROSE, SECOND, PROSE)
    doc = load(source)
    assert doc.text == f"{PROSE}\n\n{SECOND}\n\n{PROSE}\n"
    assert block_texts(doc) == [PROSE, SECOND, PROSE]
    assert squeezed(doc.text) == squeezed(source)


def test_one_paragraph_per_line_stays_as_it_is() -> None:
    source = f"{PROSE}\n{SECOND}\nUne phrase courte.\n{PROSE}\n"
    doc = load(source)
    assert doc.text == source
    assert len(doc.blocks) == 4


def test_one_sentence_per_line_of_equal_length_is_not_reflowed() -> None:
    source = "".join(
        f"Paragraphe {n} : le groupe ouvre un centre de données (§{n}).\n" for n in range(40)
    )
    assert load(source).text == source


def test_verse_addresses_and_contents_keep_their_line_breaks() -> None:
    verse = (
        "    Since I can do no good because a woman,\n     Reach constantly at something near it."
    )
    address = "Mr. Sherlock Holmes,\n221B Baker Street,\nLondon."
    contents = "I  Marseille.--L'arrivée.\nII  Le père et le fils.\nIII  Les Catalans."
    source = wrapped(PROSE, SECOND) + "\n" + "\n\n".join((verse, address, contents)) + "\n\n"
    source += wrapped(SECOND)
    doc = load(source)
    assert verse.strip() in doc.text
    assert address in doc.text
    assert contents in doc.text
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds[verse.strip()] is BlockKind.QUOTE
    assert kinds[address] is BlockKind.PARAGRAPH


def test_an_indented_prose_quote_is_reflowed_as_a_quote() -> None:
    quote = textwrap.indent(textwrap.fill(SECOND, 56), "    ")
    doc = load(wrapped(PROSE) + "\n" + quote + "\n\n" + wrapped(PROSE))
    assert SECOND in block_texts(doc, BlockKind.QUOTE)


def test_list_items_after_a_short_line_start_new_blocks() -> None:
    items = "- " + textwrap.fill(SECOND, 62, subsequent_indent="  ") + "\n- a second item."
    doc = load(wrapped(PROSE, PROSE) + "\n" + items + "\n\n" + wrapped(SECOND))
    texts = block_texts(doc)
    assert "- " + SECOND in texts
    assert "- a second item." in texts


def test_a_word_hyphenated_at_the_line_end_is_joined_without_a_space() -> None:
    lines = (
        "The well-\nknown traveller came home at last, and the house that had waited for\n"
        "him so long was lit again from the cellar to the attic, every single\n"
        "window shining across the dark fields towards the sleeping village.\n"
    )
    doc = load(lines + "\n" + wrapped(PROSE, SECOND))
    assert doc.text.startswith("The well-known traveller came home")


CHAPTERED = (
    "MY BOOK\n\n\nContents\n\nChapter 1\n\nChapter 2\n\n\n\n\n"
    "Chapter 1\n\n{p}\n\n{s}\n\n\n\n\nChapter 2\n\n{s}\n\n{p}\n"
)


def test_chapter_headings_but_not_the_contents_list_nor_the_title_page() -> None:
    text = CHAPTERED.format(p=textwrap.fill(PROSE, 64), s=textwrap.fill(SECOND, 64))
    doc = load(text)
    assert [(e.title, e.level) for e in outline(doc)] == [("Chapter 1", 1), ("Chapter 2", 1)]
    assert doc.toc[1].offset == doc.text.rindex("Chapter 2")
    headings = block_texts(doc, BlockKind.HEADING)
    assert headings == ["Chapter 1", "Chapter 2"]


@pytest.mark.parametrize(
    ("part", "chapter"),
    [
        ("BOOK I.", "CHAPTER I."),
        ("LIVRE PREMIER", "CHAPITRE III"),
        ("Part Two", "Chapter 1"),
        ("Première partie", "Chapitre premier"),
        ("TOME II", "XIV"),
    ],
)
def test_parts_hold_chapters(part: str, chapter: str) -> None:
    body = wrapped(PROSE, SECOND)
    doc = load(f"\n\n\n{part}\n\n\n\n\n{chapter}\n\n{body}\n\n\n\n{chapter}\n\n{body}")
    assert [(e.title, e.level) for e in doc.toc] == [(part, 1), (chapter, 2), (chapter, 2)]


def test_a_bare_numeral_takes_the_next_line_as_its_title() -> None:
    body = wrapped(PROSE, SECOND)
    text = (
        f"\n\n\n\nI\n\nMarseille.--L'arrivée.\n\n\n{body}"
        f"\n\n\n\nII\n\nLe père et le fils.\n\n\n{body}"
    )
    doc = load(text)
    assert [e.title for e in doc.toc] == [
        "I \u2014 Marseille.--L'arrivée.",
        "II \u2014 Le père et le fils.",
    ]
    first = next(b for b in doc.blocks if b.kind is BlockKind.HEADING)
    assert doc.text[first.start : first.end] == "I\n\nMarseille.--L'arrivée."


def test_all_capital_and_named_headings_need_two_blank_lines_before() -> None:
    body = wrapped(PROSE, SECOND).rstrip("\n")
    sign = "\n\n".join(
        " " * n + line
        for n, line in ((18, "THE RED-HEADED LEAGUE"), (24, "IS"), (21, "DISSOLVED."))
    )
    text = f"PRELUDE\n\n{body}\n\n\n\nTHE SECOND PART OF IT\n\n{body}\n\n{sign}\n\n{body}"
    assert [e.title for e in load(text).toc] == ["PRELUDE", "THE SECOND PART OF IT"]


def test_a_sentence_starting_with_a_keyword_is_no_heading() -> None:
    body = wrapped(PROSE, SECOND)
    text = f"{body}\n\nBook 2 was better than the first one.\n\n{body}"
    assert load(text).toc == ()


GUTENBERG = """\ufeffThe Project Gutenberg EBook of A Tale, by Jane Doe

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.org


Title: A Tale
       or The Long Night

Author: Jane Doe

*** START OF THIS PROJECT GUTENBERG EBOOK A TALE ***




Produced by Someone Careful




CHAPTER I.

{body}

End of the Project Gutenberg EBook of A Tale, by Jane Doe

*** END OF THIS PROJECT GUTENBERG EBOOK A TALE ***

Section 1.  Paris and London are mentioned in this licence, which
anyone may read; Project Gutenberg is a registered trademark.
"""


def test_gutenberg_header_and_licence_are_matter_with_title_and_author() -> None:
    body = textwrap.fill(PROSE, 66) + "\n\n" + textwrap.fill(SECOND, 66)
    doc = load(GUTENBERG.format(body=body).removeprefix("\ufeff"))
    assert doc.title == "A Tale, or The Long Night"
    assert doc.author == "Jane Doe"
    assert doc.metadata["site"] == "Project Gutenberg"
    kinds = [b.kind for b in doc.blocks]
    body_start = kinds.index(BlockKind.HEADING)
    assert set(kinds[:body_start]) == {BlockKind.FRONT_MATTER}  # the credit line too
    assert block_texts(doc, BlockKind.FRONT_MATTER)[-1] == "Produced by Someone Careful"
    back = block_texts(doc, BlockKind.BACK_MATTER)
    assert back[0].startswith("End of the Project Gutenberg EBook")
    assert back[-1].startswith("Section 1.  Paris and London")
    assert [e.title for e in doc.toc] == ["CHAPTER I."]
    # Entity recognition reads the work only, at the same offsets.
    work = work_text(doc.text, doc.blocks)
    assert len(work) == len(doc.text)
    assert "Paris" not in work and "Jane Doe" not in work
    assert PROSE in work


def test_older_gutenberg_markers() -> None:
    body = wrapped(PROSE, SECOND)
    old = (
        "**The Project Gutenberg Etext of Old Times, by Anon**\n\nSmall print here.\n\n"
        "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\n"
        f"{body}\nEnd of Project Gutenberg's Old Times, by Anon\n"
    )
    doc = load(old)
    assert doc.blocks[0].kind is BlockKind.FRONT_MATTER
    assert doc.blocks[-1].kind is BlockKind.BACK_MATTER
    assert block_texts(doc, BlockKind.PARAGRAPH) == [PROSE, SECOND]
