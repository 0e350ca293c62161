from __future__ import annotations

import itertools

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.corrections import apply_corrections
from reader.nlp.types import EntityCorrection

P, ORG, L = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE
TEXT = "Jeff Zhang, d’Alibaba, a dit. Zhang et Alibaba à Beijing. Alibaba-Cloud ouvre."


def at(surface: str, label: EntityLabel, occurrence: int = 0, source: str = "model") -> EntitySpan:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(surface, start + 1)
    return EntitySpan(start, start + len(surface), label, surface, source)


SPANS = [at("Jeff Zhang", P), at("Alibaba", L), at("Zhang", P, 1), at("Beijing", L)]


def view(spans: list[EntitySpan]) -> list[tuple[str, str, str]]:
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(TEXT[s.start : s.end] == s.text for s in spans)
    return [(s.text, s.label.value, s.source) for s in spans]


def test_no_corrections_changes_nothing() -> None:
    assert apply_corrections(TEXT, SPANS, [], {}) == sorted(SPANS)


def test_not_an_entity_here_removes_what_overlaps() -> None:
    beijing = at("Beijing", L)
    fixed = apply_corrections(TEXT, SPANS, [EntityCorrection(beijing.start, beijing.end, None)])
    assert "Beijing" not in [s.text for s in fixed]
    assert len(fixed) == 3


def test_label_at_a_range_replaces_and_adds() -> None:
    alibaba = at("Alibaba", L)
    cloud = at("Alibaba-Cloud", ORG)
    fixed = apply_corrections(
        TEXT,
        SPANS,
        [
            EntityCorrection(alibaba.start, alibaba.end, ORG),
            EntityCorrection(cloud.start, cloud.end, ORG),
        ],
    )
    assert ("Alibaba", "ORG", "user") in view(fixed)
    assert ("Alibaba-Cloud", "ORG", "user") in view(fixed)


def test_later_correction_wins_and_bad_ranges_are_ignored() -> None:
    b = at("Beijing", L)
    fixed = apply_corrections(
        TEXT,
        SPANS,
        [
            EntityCorrection(b.start, b.end, ORG),
            EntityCorrection(b.start, b.end, None),
            EntityCorrection(5, 3, P),
            EntityCorrection(0, 10_000, P),
        ],
    )
    assert [s.text for s in fixed] == ["Jeff Zhang", "Alibaba", "Zhang"]


def test_user_never_removes_every_mention_of_that_exact_name() -> None:
    fixed = apply_corrections(TEXT, SPANS, [], {"Zhang": None, "Beijing": None})
    assert view(fixed) == [("Jeff Zhang", "PERSON", "model"), ("Alibaba", "PLACE", "model")]


def test_user_label_applies_to_every_whole_word_mention() -> None:
    fixed = apply_corrections(TEXT, SPANS, [], {"Alibaba": ORG})
    assert view(fixed) == [
        ("Jeff Zhang", "PERSON", "model"),
        ("Alibaba", "ORG", "user"),
        ("Zhang", "PERSON", "model"),
        ("Alibaba", "ORG", "user"),
        ("Beijing", "PLACE", "model"),
    ]  # not inside "Alibaba-Cloud"


def test_user_label_does_not_split_a_longer_span() -> None:
    fixed = apply_corrections(TEXT, SPANS, [], {"Zhang": ORG})
    assert view(fixed)[0] == ("Jeff Zhang", "PERSON", "model")
    assert ("Zhang", "ORG", "user") in view(fixed)


def test_user_names_longest_first() -> None:
    fixed = apply_corrections(TEXT, [], [], {"Zhang": ORG, "Jeff Zhang": P})
    assert view(fixed) == [("Jeff Zhang", "PERSON", "user"), ("Zhang", "ORG", "user")]


def test_document_corrections_come_after_the_user_list() -> None:
    b = at("Beijing", L)
    fixed = apply_corrections(TEXT, SPANS, [EntityCorrection(b.start, b.end, L)], {"Beijing": None})
    assert ("Beijing", "PLACE", "user") in view(fixed)


def test_corrections_are_frozen_data() -> None:
    fix = EntityCorrection(1, 2, None)
    assert fix == EntityCorrection(1, 2, None)
    assert not hasattr(fix, "__dict__")
