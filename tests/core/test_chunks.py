"""Paragraph-sized pieces of a text, for the search index."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.chunks import MAX_CHUNK, MIN_CHUNK, chunk_spans


@given(st.text(alphabet="ab \n", max_size=20_000))
def test_pieces_cover_the_text_exactly(text: str) -> None:
    spans = chunk_spans(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e > s for s, e in spans)
    assert all(e - s <= MAX_CHUNK for s, e in spans)


def test_pieces_end_at_paragraph_breaks() -> None:
    paragraph = "Une ligne de texte assez longue pour compter.\n" * 12
    text = "\n".join([paragraph] * 10)
    spans = chunk_spans(text)
    assert all(text[e - 2 : e] == "\n\n" for _s, e in spans[:-1])
    assert all(e - s >= MIN_CHUNK for s, e in spans[:-1])


def test_a_long_line_is_cut_at_a_space() -> None:
    text = "mot " * 6000
    spans = chunk_spans(text)
    assert len(spans) > 2
    assert all(text[e - 1] == " " for _s, e in spans[:-1])


def test_empty() -> None:
    assert chunk_spans("") == []
