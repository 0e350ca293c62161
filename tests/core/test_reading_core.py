"""Progress, time left, chapters and bookmark labels (pure functions)."""

from __future__ import annotations

from reader.core.document import Document, TocEntry
from reader.core.reading import bookmark_label, chapter_at, chapters, neighbour_chapter, progress


def book() -> Document:
    text = "One\n" + "a " * 2000 + "\nTwo\n" + "b " * 6000 + "\n"
    two = text.index("Two")
    return Document(
        text=text,
        title="Book",
        blocks=(),
        format="text",
        toc=(TocEntry("One", 0, 1), TocEntry("Two", two, 1)),
    )


def test_progress_counts_what_is_left_in_the_chapter_and_the_book() -> None:
    document = book()
    parts = chapters(document)
    assert [(c.title, c.start) for c in parts] == [("One", 0), ("Two", document.text.index("Two"))]
    assert parts[0].end == parts[1].start and parts[1].end == len(document.text)
    at_start = progress(document, 8000, parts, 0)
    assert at_start.percent == 0.0
    assert at_start.book_minutes == round(8000 / 230)
    assert at_start.chapter is parts[0]
    assert 8 <= at_start.chapter_minutes <= 9  # a quarter of the words
    middle = progress(document, 8000, parts, parts[1].start)
    assert middle.chapter is parts[1]
    assert middle.chapter_minutes == middle.book_minutes
    assert progress(document, 8000, parts, len(document.text)).percent == 100.0


def test_next_and_previous_chapter_go_as_readers_expect() -> None:
    parts = chapters(book())
    two = parts[1].start
    assert neighbour_chapter(parts, 10, 1) is parts[1]
    assert neighbour_chapter(parts, two + 50, 1) is None
    assert neighbour_chapter(parts, two + 50, -1) is parts[1]  # the start of this one first
    assert neighbour_chapter(parts, two, -1) is parts[0]
    assert neighbour_chapter([], 0, 1) is None
    assert chapter_at(parts, two - 1) is parts[0]


def test_a_bookmark_is_labelled_with_the_words_there() -> None:
    text = "Intro\n   Le  groupe chinois Alibaba a ouvert\nfin"
    assert bookmark_label(text, 6) == "Le groupe chinois Alibaba a ouvert"
    assert bookmark_label("x" * 500, 0).endswith("…") and len(bookmark_label("x" * 500, 0)) == 80
    assert bookmark_label("\n\n", 0) == "…"
