"""One name, one entry: keys of mentions and their grouping within a document."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityLabel, EntitySpan
from reader.core.entity_names import display_names, group_keys, index_mentions, name_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Emmanuel Macron", "emmanuel macron"),
        ("M. Macron", "macron"),
        ("MACRON", "macron"),
        ("le président Macron", "macron"),
        ("Mme  de\nVillefort", "de villefort"),
        ("d’Alibaba", "alibaba"),
        ("l'Élysée", "elysee"),
        ("Holmes’s", "holmes"),
        ("« Dantès »", "dantes"),
        ("Dr. Watson", "watson"),
        ("M.", ""),
    ],
)
def test_a_key_folds_case_accents_elisions_and_titles(text: str, key: str) -> None:
    assert name_key(text) == key


def test_titles_are_dropped_from_persons_only() -> None:
    assert name_key("St. Louis", person=False) == "st. louis"
    assert name_key("Saint-Étienne", person=False) == "saint-etienne"


def test_a_one_word_name_joins_the_one_longer_name_that_has_it() -> None:
    joined = group_keys(["jeff zhang", "zhang", "zhang", "macron", "jeff"])
    assert joined == {
        "jeff zhang": "jeff zhang",
        "zhang": "jeff zhang",
        "macron": "macron",
        "jeff": "jeff zhang",
    }
    ambiguous = group_keys(["emmanuel macron", "brigitte macron", "macron"])
    assert ambiguous["macron"] == "macron"  # two Macrons: which one is not guessed


def span(text: str, at: int, word: str, label: EntityLabel) -> EntitySpan:
    start = text.index(word, at)
    return EntitySpan(start, start + len(word), label, word)


def test_a_documents_mentions_are_keyed_and_grouped_persons_only() -> None:
    text = "M. Zhang et Jeff Zhang vont à Zhang. M. et Alibaba."
    spans = [
        span(text, 0, "M. Zhang", EntityLabel.PERSON),
        span(text, 10, "Jeff Zhang", EntityLabel.PERSON),
        span(text, 25, "Zhang", EntityLabel.PLACE),
        span(text, 35, "M.", EntityLabel.PERSON),
        span(text, 40, "Alibaba", EntityLabel.ORG),
    ]
    rows = [(m.label, m.key, m.entry_key) for m in index_mentions(spans)]
    assert rows == [
        ("PERSON", "zhang", "jeff zhang"),
        ("PERSON", "jeff zhang", "jeff zhang"),
        ("PLACE", "zhang", "zhang"),
        ("ORG", "alibaba", "alibaba"),
    ]
    shown = display_names(spans)
    assert shown["PERSON", "zhang"] == "M. Zhang"  # the only spelling there is
    assert shown["PERSON", "jeff zhang"] == "Jeff Zhang"


def test_a_name_is_shown_as_spelled_without_its_title_when_it_can_be() -> None:
    spans = [
        EntitySpan(s, s + len(w), EntityLabel.PERSON, w)
        for s, w in ((0, "M. Macron"), (11, "Macron"), (19, "M. Macron"), (30, "M. Macron"))
    ]
    assert display_names(spans) == {("PERSON", "macron"): "Macron"}
