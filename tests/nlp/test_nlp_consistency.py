from __future__ import annotations

import itertools

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.consistency import consistent_spans, cue_votes, decide_labels
from reader.nlp.mentions import find_mentions

P, ORG, L, MISC = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE, EntityLabel.MISC


def spans_of(text: str, *marks: tuple[str, EntityLabel, int]) -> list[EntitySpan]:
    """(surface, label, occurrence) -> model spans."""
    result = []
    for surface, label, occurrence in marks:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        result.append(EntitySpan(start, start + len(surface), label, surface, "model"))
    return sorted(result)


def labelled(text: str, spans: list[EntitySpan], language: str = "fr") -> list[tuple[str, str]]:
    out = consistent_spans(text, spans, language)
    assert out == sorted(out)
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert all(text[s.start : s.end] == s.text for s in out)
    return [(s.text, s.label.value) for s in out]


def test_majority_label_wins_for_every_mention() -> None:
    text = "Orbix a signé. Orbix recrute. Puis Orbix a vendu."
    spans = spans_of(text, ("Orbix", ORG, 0), ("Orbix", P, 1), ("Orbix", ORG, 2))
    assert labelled(text, spans) == [("Orbix", "ORG")] * 3


def test_cue_words_decide_between_labels() -> None:
    text = "Le groupe chinois Vantar a grandi. Vantar a dit non."
    spans = spans_of(text, ("Vantar", P, 0), ("Vantar", P, 1))
    assert cue_votes(text, spans[0], "fr") == {ORG: 1.5}
    # Two PERSON votes from the model against one cue for ORG: the model holds ...
    assert decide_labels(text, spans, "fr")["Vantar"][0] is P
    # ... two cued mentions outweigh it.
    text = "Le groupe Vantar a grandi. La société Vantar a dit non."
    spans = spans_of(text, ("Vantar", P, 0), ("Vantar", P, 1))
    assert labelled(text, spans) == [("Vantar", "ORG")] * 2


def test_cues_turn_misc_into_a_real_type() -> None:
    text = "La start-up parisienne Kelvo AI a levé des fonds."
    spans = spans_of(text, ("Kelvo AI", MISC, 0))
    assert labelled(text, spans) == [("Kelvo AI", "ORG")]


def test_place_and_person_cues() -> None:
    text = "dans la province du Quilan, M. Barrow a parlé ; Tanis, directeur, a dit."
    spans = spans_of(text, ("Quilan", P, 0), ("Barrow", ORG, 0), ("Tanis", ORG, 0))
    assert labelled(text, spans) == [("Quilan", "PLACE"), ("Barrow", "PERSON"), ("Tanis", "PERSON")]


def test_english_cues() -> None:
    text = "Shares of Norvix Inc rose, said Mr. Dale in Hebei province."
    spans = spans_of(text, ("Norvix", MISC, 0), ("Dale", ORG, 0), ("Hebei", P, 0))
    assert labelled(text, spans, "en") == [
        ("Norvix", "ORG"),
        ("Dale", "PERSON"),
        ("Hebei", "PLACE"),
    ]


def test_short_name_takes_the_full_persons_label() -> None:
    text = "Jeff Zhang a parlé. Selon Zhang, le centre de Zhangbei ouvre. Zhang a ri."
    spans = spans_of(text, ("Jeff Zhang", P, 0), ("Zhang", ORG, 1), ("Zhangbei", L, 0))
    assert labelled(text, spans) == [
        ("Jeff Zhang", "PERSON"),
        ("Zhang", "PERSON"),
        ("Zhangbei", "PLACE"),
        ("Zhang", "PERSON"),  # unlabelled by the model: added
    ]


def test_short_name_inheritance_is_a_vote_not_an_override() -> None:
    text = (
        "George Washington était là. Washington est une ville. À Washington, il pleut. "
        "Washington dort. Il vit à Washington."
    )
    marks = [("George Washington", P, 0)] + [("Washington", L, i) for i in range(1, 5)]
    out = labelled(text, spans_of(text, *marks))
    assert out[0] == ("George Washington", "PERSON")
    assert set(out[1:]) == {("Washington", "PLACE")}


def test_unlabelled_mentions_of_confident_names_are_added_on_word_boundaries() -> None:
    text = "Alibaba ouvre. Alibaba-Cloud, AlibabaX, alibaba, d’Alibaba et Alibaba.com aussi."
    spans = spans_of(text, ("Alibaba", ORG, 0))
    result = consistent_spans(text, spans, "fr")
    starts = [s.start for s in result]
    elided = text.index("d’Alibaba") + 2
    assert starts == [0, elided]
    assert all(s.label is ORG for s in result)


def test_lowercase_and_function_word_names_are_not_propagated() -> None:
    text = "Le chef est là. Le chef part. Il le dit."
    spans = spans_of(text, ("Le", P, 0))
    assert labelled(text, spans) == [("Le", "PERSON")]


def test_misc_is_relabelled_but_not_propagated() -> None:
    text = "Le salon Vivatech ouvre. Vivatech ferme."
    spans = spans_of(text, ("Vivatech", MISC, 0))
    assert labelled(text, spans) == [("Vivatech", "MISC")]


def test_particle_names() -> None:
    text = "Luca de Meo dirige. Selon de Meo, tout va bien."
    spans = spans_of(text, ("Luca de Meo", P, 0), ("Meo", P, 1))
    assert labelled(text, spans) == [("Luca de Meo", "PERSON"), ("de Meo", "PERSON")]


def test_values_are_left_alone() -> None:
    text = "Le 12 septembre, Orbix a levé 10 €."
    spans = [
        EntitySpan(3, 15, EntityLabel.DATE, "12 septembre", "rule"),
        EntitySpan(17, 22, ORG, "Orbix", "model"),
        EntitySpan(30, 34, EntityLabel.MONEY, "10 €", "rule"),
    ]
    assert consistent_spans(text, spans, "fr") == spans


def test_find_mentions_prefers_the_longest_name() -> None:
    text = "Jeff Zhang et Zhang."
    assert find_mentions(text, {"Jeff Zhang": P, "Zhang": P, "Jeff": P}) == [
        (0, 10, P),
        (5, 10, P),
        (14, 19, P),
    ]
