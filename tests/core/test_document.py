from pathlib import Path

import pytest

from reader.core.document import (
    BlockKind,
    content_hash,
    normalise_newlines,
    paragraph_blocks,
    reading_minutes,
    title_from_path,
    word_count,
)


def test_newlines_and_bom_are_normalised() -> None:
    assert normalise_newlines("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"


def test_only_a_leading_bom_is_dropped() -> None:
    assert normalise_newlines("a\ufeffb") == "a\ufeffb"


def test_paragraph_blocks_cover_non_blank_lines_exactly() -> None:
    text = "Title\n\n  Indented para  \nSecond\n"
    blocks = paragraph_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == ["Title", "Indented para", "Second"]
    assert {b.kind for b in blocks} == {BlockKind.PARAGRAPH}


def test_paragraph_blocks_count_code_points_not_utf16() -> None:
    text = "😀 emoji\n𠀀 ext-B"
    blocks = paragraph_blocks(text)
    assert text[blocks[1].start : blocks[1].end] == "𠀀 ext-B"
    assert blocks[1].start == 8


def test_word_count_keeps_elisions_and_hyphens_whole() -> None:
    assert word_count("l’e-commerce d'Alibaba, a-t-il dit: 13h34") == 4 + 1


@pytest.mark.parametrize(("words", "minutes"), [(0, 0), (1, 1), (230, 1), (700, 3)])
def test_reading_minutes(words: int, minutes: int) -> None:
    assert reading_minutes(words) == minutes


def test_content_hash_depends_on_text_only() -> None:
    assert content_hash("abc") == content_hash("abc") != content_hash("abd")


def test_title_from_path() -> None:
    assert title_from_path(Path("/x/my_notes-v2.txt")) == "my notes-v2"
