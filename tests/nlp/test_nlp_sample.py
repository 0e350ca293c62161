"""The bundled sample article: every name, date and time with the right type."""

from __future__ import annotations

import itertools
import re

import pytest

from reader.core.entities import EntityLabel
from reader.nlp import recognise
from reader.nlp.fingerprint import current_key

from .shared import french_info, recognised, sample_text

pytestmark = pytest.mark.slow  # loads spaCy (once per test run)

P, ORG, L = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE
D, T, Q = EntityLabel.DATE, EntityLabel.TIME, EntityLabel.QUANTITY

EXPECTED = {
    ("Alibaba", ORG),
    ("Zhangbei", L),
    ("Hebei", L),
    ("Chine", L),
    ("Zhangjiakou", L),
    ("Jeff Zhang", P),
    ("Zhang", P),
    ("JD.com", ORG),
    ("Beijing", L),
    ("11 septembre 2016", D),
    ("lundi 12 septembre", D),
    ("13/09", D),
    ("13h34", T),
    ("11 novembre", D),
}
SHOWN = {P, ORG, L, D, T}


def test_every_name_date_and_time_has_its_type() -> None:
    result = recognised(sample_text(), "fr")
    found = {(s.text, s.label) for s in result.spans if s.label in SHOWN}
    assert found == EXPECTED


def test_every_mention_is_found_with_one_label() -> None:
    text = sample_text()
    result = recognised(text, "fr")
    for surface, label in EXPECTED:
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-]|\.\w)", text):
            covering = [
                s for s in result.spans if s.start <= match.start() and match.end() <= s.end
            ]
            assert covering, f"{surface!r} at {match.start()} not found"
            assert covering[0].label is label, (surface, covering[0])
    assert sum(1 for s in result.spans if s.text == "Alibaba") == 3


def test_no_junk() -> None:
    result = recognised(sample_text(), "fr")
    texts = {s.text for s in result.spans}
    assert not texts & {"qu’", "Un ingénieur d’", "d’Alibaba", "la Chine", "comté de Zhangbei"}
    assert not any("cloud" in t or "computing" in t for t in texts)
    assert not any(s.label is EntityLabel.MISC and s.text.islower() for s in result.spans)
    assert all(s.text == s.text.strip() and s.text[0].isalnum() for s in result.spans)


def test_quantity_and_result_metadata() -> None:
    result = recognised(sample_text(), "fr")
    assert ("deux millions", Q) in {(s.text, s.label) for s in result.spans}
    assert result.language == "fr"
    assert result.pipeline == french_info().id
    assert result.rules_version == current_key()
    spans = list(result.spans)
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_language_is_detected_when_not_given() -> None:
    french_info()
    assert recognise(sample_text(), None).language == "fr"


def test_english_without_pipeline_is_rules_only() -> None:
    text = (
        "Alibaba opened two data centres in Zhangbei county on Monday, Sept. 12, 2016, "
        "and said it would spend $3.5 billion, with rival JD.com based in Beijing."
    )
    result = recognise(text, "en")
    if result.pipeline != "rules only":
        return  # an English pipeline is installed: names would come from it
    assert {(s.text, s.label) for s in result.spans} == {
        ("Monday, Sept. 12, 2016", D),
        ("$3.5 billion", EntityLabel.MONEY),
        ("JD.com", ORG),
    }  # persons, organisations and places need an English pipeline
