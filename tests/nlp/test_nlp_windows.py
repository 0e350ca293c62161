"""Books are decided window by window (their chapters, else stretches), each window
following the whole book unless its own context says otherwise."""

from __future__ import annotations

import itertools

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.consistency import consistent_spans
from reader.nlp.windows import (
    BOOK_CHARS,
    BOOK_WINDOW,
    MAX_CHAPTER,
    MIN_CHAPTER,
    stretches,
    windows,
)

from .test_nlp_books import spans_at

P, L, MISC = EntityLabel.PERSON, EntityLabel.PLACE, EntityLabel.MISC

FILLER = "Le vent soufflait sur la lande et personne ne parlait.\n"
CITY = "Nous arrivâmes à Paris au matin, la ville de Paris dormait.\n"
HERO = "— Venez, dit Paris. Le berger répondit à Hélène.\n"


def _chapters(*bodies: str) -> tuple[str, list[int]]:
    """A book of chapters, each under a heading line; the headings' offsets."""
    text, starts = "", []
    for number, body in enumerate(bodies, 1):
        starts.append(len(text))
        text += f"Chapitre {number}\n\n{body}"
    return text, starts


def _as(spans: list[EntitySpan], label: EntityLabel, start: int, end: int) -> list[EntitySpan]:
    """``spans`` with those in [start, end) given ``label`` (what the model said)."""
    return [
        EntitySpan(s.start, s.end, label, s.text, s.source) if start <= s.start < end else s
        for s in spans
    ]


def _labels(out: list[EntitySpan], start: int, end: int) -> set[EntityLabel]:
    return {s.label for s in out if start <= s.start < end}


def test_paris_the_city_in_one_chapter_and_a_character_in_another_are_both_right() -> None:
    text, starts = _chapters(FILLER * 400, CITY * 40 + FILLER * 200, HERO * 40 + FILLER * 500)
    assert len(text) > BOOK_CHARS
    # The model is right each time: 80 places in chapter 2, 40 persons in chapter 3.
    spans = _as(spans_at(text, ("Paris", L)), P, starts[2], len(text))
    out = consistent_spans(text, spans, "fr", starts)
    assert _labels(out, starts[1], starts[2]) == {L}
    assert _labels(out, starts[2], len(text)) == {P}
    # Stretches of a fixed size would put both chapters' mentions in one window.
    blind = consistent_spans(text, spans, "fr")
    assert _labels(blind, starts[1], len(text)) != {L, P}


def test_a_chapter_where_the_model_repeats_a_mistake_without_context_follows_the_book() -> None:
    told = "Fougas regarda la lande. Le colonel Fougas sourit, dit Fougas.\n"
    silent = "Fougas était loin. On parlait de Fougas.\n"
    text, starts = _chapters(
        told * 30 + FILLER * 300, silent * 10 + FILLER * 300, told * 30 + FILLER * 300
    )
    # The model calls him a place in chapter 2, where nothing around says which.
    spans = _as(spans_at(text, ("Fougas", P)), L, starts[1], starts[2])
    out = consistent_spans(text, spans, "fr", starts)
    assert _labels(out, 0, len(text)) == {P}
    # Decided once per fixed stretch of text, without the book, chapter 2 kept its mistake.
    alone = consistent_spans(
        text[starts[1] : starts[2]],
        [
            EntitySpan(s.start - starts[1], s.end - starts[1], s.label, s.text, s.source)
            for s in spans
            if starts[1] <= s.start < starts[2]
        ],
        "fr",
    )
    assert {s.label for s in alone} == {L}


def test_a_book_without_headings_is_decided_by_stretches() -> None:
    city, filler, hero = CITY * 40, FILLER * 1200, HERO * 40
    text = city + filler + hero
    spans = _as(spans_at(text, ("Paris", L)), P, len(city) + len(filler), len(text))
    out = consistent_spans(text, spans, "fr")
    assert _labels(out, 0, len(city)) == {L}
    assert _labels(out, len(city) + len(filler), len(text)) == {P}


def test_a_short_text_keeps_one_sense_per_document() -> None:
    text = "Paris est belle. — Venez, dit Paris. Je vais à Paris."
    out = consistent_spans(text, spans_at(text, ("Paris", L)), "fr", [0, 20])
    assert len({s.label for s in out}) == 1
    assert windows(text, [], [0, 20]) == [(0, len(text))]


def test_chapter_windows_join_small_chapters_split_long_ones_and_avoid_spans() -> None:
    small = FILLER * (MIN_CHAPTER // len(FILLER) // 3)
    normal = FILLER * (2 * MIN_CHAPTER // len(FILLER))
    huge = FILLER * (2 * MAX_CHAPTER // len(FILLER))
    text, starts = _chapters(normal, small, small, small, normal, huge, normal)
    spans = spans_at(text, ("Chapitre 5\n\nLe vent", MISC))  # a span across a heading
    ranges = windows(text, spans, starts)
    assert ranges[0] == (0, starts[1])
    assert ranges[1][0] == starts[1]  # three small chapters joined ...
    assert ranges[1][1] == starts[5]  # ... with the next one: the span's cut is skipped
    assert starts[4] not in {end for _, end in ranges}
    assert ranges[-1] == (starts[6], len(text))
    inside_huge = [r for r in ranges if starts[5] <= r[0] < starts[6]]
    assert len(inside_huge) > 2 and all(b - a <= MAX_CHAPTER for a, b in inside_huge)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))


def test_stretches_cover_the_text_and_cut_at_line_ends_outside_spans() -> None:
    text = ("Une ligne de texte assez ordinaire pour remplir.\n" * 2000) + "Fin"
    spans = spans_at(text, ("ligne de texte", MISC))
    ranges = stretches(text, spans, BOOK_WINDOW)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert all(text[end - 1] == "\n" for _, end in ranges[:-1])
    assert all(not (s.start < end <= s.end - 1) for s in spans for _, end in ranges)
    assert len(ranges) > 2
