from __future__ import annotations

import itertools

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.merge import merge_spans

TEXT = "Le lundi 12 septembre 2016, Alibaba a levé 2,5 milliards d’euros à Pékin."


def span(surface: str, label: EntityLabel, source: str) -> EntitySpan:
    start = TEXT.index(surface)
    return EntitySpan(start, start + len(surface), label, surface, source)


def test_rule_values_beat_overlapping_model_misc() -> None:
    model = [span("lundi 12", EntityLabel.MISC, "model"), span("Alibaba", EntityLabel.ORG, "model")]
    rules = [span("lundi 12 septembre 2016", EntityLabel.DATE, "rule")]
    merged = merge_spans(model, rules)
    assert [(s.text, s.label) for s in merged] == [
        ("lundi 12 septembre 2016", EntityLabel.DATE),
        ("Alibaba", EntityLabel.ORG),
    ]


def test_model_names_beat_rules() -> None:
    model = [span("Pékin", EntityLabel.PLACE, "model")]
    rules = [span("à Pékin", EntityLabel.DATE, "rule")]  # a rule gone wrong
    assert [s.text for s in merge_spans(model, rules)] == ["Pékin"]


def test_rules_beat_model_values_unless_the_model_span_contains_them() -> None:
    model = [span("2,5 milliards", EntityLabel.MONEY, "model")]
    rules = [span("2,5 milliards d’euros", EntityLabel.MONEY, "rule")]
    assert [s.source for s in merge_spans(model, rules)] == ["rule"]
    model = [span("lundi 12 septembre 2016", EntityLabel.DATE, "model")]
    rules = [span("12 septembre 2016", EntityLabel.DATE, "rule")]
    assert [s.text for s in merge_spans(model, rules)] == ["lundi 12 septembre 2016"]


def test_output_is_sorted_and_disjoint() -> None:
    model = [
        span("Pékin", EntityLabel.PLACE, "model"),
        span("Alibaba a", EntityLabel.MISC, "model"),
        span("Le lundi", EntityLabel.MISC, "model"),
    ]
    rules = [
        span("2,5 milliards d’euros", EntityLabel.MONEY, "rule"),
        span("lundi 12 septembre 2016", EntityLabel.DATE, "rule"),
        span("Alibaba", EntityLabel.ORG, "rule"),
    ]
    merged = merge_spans(model, rules)
    assert merged == sorted(merged)
    assert all(a.end <= b.start for a, b in itertools.pairwise(merged))
    assert [s.text for s in merged] == [
        "lundi 12 septembre 2016",
        "Alibaba",
        "2,5 milliards d’euros",
        "Pékin",
    ]
