"""Keyword in context from the whole text or from some of its pieces."""

from __future__ import annotations

from reader.core.chunks import chunk_spans
from reader.core.kwic import TextPieces, context_around

TEXT = ("Il était une fois, dans la ville de Pékin, un marchand nommé Jeff Zhang.\n\n" * 40).strip()


def test_a_context_is_one_line_cut_at_words() -> None:
    start = TEXT.index("Jeff Zhang")
    parts = context_around(TextPieces.whole(TEXT), start, start + 10, chars=30)
    assert parts == ("de Pékin, un marchand nommé ", "Jeff Zhang", ". Il était une fois, dans la")
    first = context_around(TextPieces.whole(TEXT), 0, 2, chars=10)
    assert first == ("", "Il", " était")  # nothing cut before; after, cut at a space
    end = len(TEXT)
    assert context_around(TextPieces.whole(TEXT), end - 6, end - 1, chars=10) == (
        "Jeff ",  # "ommé" is cut off: a part of a word is not shown
        "Zhang",
        ".",
    )


def test_pieces_give_the_same_contexts_and_say_when_they_lack_text() -> None:
    spans = chunk_spans(TEXT)
    assert len(spans) > 2
    every = TextPieces([(s, TEXT[s:e]) for s, e in spans], len(TEXT))
    some = TextPieces([(s, TEXT[s:e]) for s, e in spans[1:3]], None)
    whole = TextPieces.whole(TEXT)
    for at in range(0, len(TEXT) - 10, 97):
        assert context_around(every, at, at + 5) == context_around(whole, at, at + 5)
        inside = spans[1][0] + 80 <= at and at + 85 <= spans[2][1]
        if inside:
            assert context_around(some, at, at + 5) == context_around(whole, at, at + 5)
    assert context_around(some, 3, 8) is None  # before the first piece held
    assert context_around(some, spans[2][1] - 2, spans[2][1] + 3) is None  # past the last
