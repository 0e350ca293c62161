from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.entities import EntityLabel
from reader.nlp.rules import COMMON_RULES, RULES, rule_spans, rules_for

D, T, M, Q = EntityLabel.DATE, EntityLabel.TIME, EntityLabel.MONEY, EntityLabel.QUANTITY
ORG = EntityLabel.ORG


def found(text: str, language: str | None) -> list[tuple[str, EntityLabel]]:
    return [(s.text, s.label) for s in rule_spans(text, language)]


FRENCH = [
    ("Mis à jour à 13h34 le 13/09.", [("13h34", T), ("13/09", D)]),
    ("le 11 septembre 2016.", [("11 septembre 2016", D)]),
    ("a ouvert lundi 12 septembre ses centres", [("lundi 12 septembre", D)]),
    ("prévu le 11 novembre, pourraient", [("11 novembre", D)]),
    ("Le 1er mai, puis du 14 au 25 mai", [("1er mai", D), ("14 au 25 mai", D)]),
    ("Rendez-vous le 12 sept. 2016", [("12 sept. 2016", D)]),
    ("le 13/09/2016 ou le 13.09.2016", [("13/09/2016", D), ("13.09.2016", D)]),
    ("Fondée en 2023, depuis 2012", [("2023", D), ("2012", D)]),
    ("Dès janvier, en mai, fin juin 2020", [("janvier", D), ("mai", D), ("juin 2020", D)]),
    ("Jeudi soir et mardi", [("Jeudi soir", D), ("mardi", D)]),
    ("les années 1990 et le XIXe siècle", [("années 1990", D), ("XIXe siècle", D)]),
    ("à l’été 2025", [("été 2025", D)]),
    ("à 13 h 34, vers 8h, à 14:05", [("13 h 34", T), ("8h", T), ("14:05", T)]),
    ("dès vendredi à 16 heures", [("vendredi", D), ("16 heures", T)]),
    ("2,5 milliards d’euros", [("2,5 milliards d’euros", M)]),
    ("10 € ou €10", [("10 €", M), ("€10", M)]),
    ("10 000 euros, 5 M€ et 1,2 Md€", [("10 000 euros", M), ("5 M€", M), ("1,2 Md€", M)]),
    ("100 millions de dollars américains", [("100 millions de dollars américains", M)]),
    ("deux millions d’euros", [("deux millions d’euros", M)]),
    ("20 USD", [("20 USD", M)]),
    ("deux millions de petites entreprises", [("deux millions", Q)]),
    ("1,5 million de personnes", [("1,5 million", Q)]),
    ("50 % et 2,5 % et 12 pour cent", [("50 %", Q), ("2,5 %", Q), ("12 pour cent", Q)]),
    ("3 km, 3,5 km², 80 millimètres", [("3 km", Q), ("3,5 km²", Q), ("80 millimètres", Q)]),
    ("1,5 million de tonnes et 1 600 MW", [("1,5 million de tonnes", Q), ("1 600 MW", Q)]),
    ("son rival JD.com, basé à Beijing", [("JD.com", ORG)]),
]

ENGLISH = [
    ("On Nov. 11, 2016, shares fell", [("Nov. 11, 2016", D)]),
    ("Monday, Sept. 12 and September 11", [("Monday, Sept. 12", D), ("September 11", D)]),
    ("voted on 11/26/2026 and 26/11/2026", [("11/26/2026", D), ("26/11/2026", D)]),
    ("11 November 2016 and the 4th of July", [("11 November 2016", D), ("4th of July", D)]),
    ("in 2016, since the 1990s, in March", [("2016", D), ("1990s", D), ("March", D)]),
    ("by March 2031 and in summer 2025", [("March 2031", D), ("summer 2025", D)]),
    ("on Thursday", [("Thursday", D)]),
    ("at 14:05 GMT and 5:30 p.m. ET", [("14:05 GMT", T), ("5:30 p.m. ET", T)]),
    ("from 5 am to 10PM", [("5 am", T), ("10PM", T)]),
    ("$3.5 billion and €10", [("$3.5 billion", M), ("€10", M)]),
    ("3.5 billion dollars, 10,000 dollars", [("3.5 billion dollars", M), ("10,000 dollars", M)]),
    ("two million euros, £5m, USD 10", [("two million euros", M), ("£5m", M), ("USD 10", M)]),
    ("rose 4.2% or 15 percent", [("4.2%", Q), ("15 percent", Q)]),
    ("3 km, 12 miles, a 5-mile run", [("3 km", Q), ("12 miles", Q), ("5-mile", Q)]),
    ("1.5 million people, two million", [("1.5 million", Q), ("two million", Q)]),
    ("1.3 million barrels a day", [("1.3 million barrels", Q)]),
]

NOTHING = [
    ("fr", "Il a 42 ans et dirige 300 salariés depuis la rue 12."),
    ("fr", "Le score est de 3-1, la note 1/2, ouvert 24h/24 et 24/7."),
    ("fr", "Il a lu un livre, deux livres, et mille pages."),
    ("fr", "Les 3 mousquetaires et les 10 commandements."),
    ("fr", "Il mai pas. Mars est une planète. Le chapitre 3:1."),
    ("en", "He is 42, owns 300 shares and 3/4 of the firm; may 5 people come?"),
    ("en", "Contact us at info@Example.com or https://Example.com/page"),
    (None, "42 1234 3.5 2,5 10 000"),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_rules(text: str, expected: list[tuple[str, EntityLabel]]) -> None:
    assert found(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_rules(text: str, expected: list[tuple[str, EntityLabel]]) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_bare_numbers_are_not_entities(language: str | None, text: str) -> None:
    found_spans = found(text, language)
    assert found_spans == [], found_spans


def test_cue_words_stay_outside_the_span() -> None:
    text = "prévu le 11 novembre, en 2024, depuis janvier, à 16 heures"
    assert [s.text for s in rule_spans(text, "fr")] == [
        "11 novembre",
        "2024",
        "janvier",
        "16 heures",
    ]


def test_elided_article_after_a_number_is_not_a_unit() -> None:
    # "2016 l’entreprise": the year is a date, "2016 l" is not 2016 litres.
    assert found("en 2016 l’entreprise a grandi", "fr") == [("2016", D)]


def test_registry_is_per_language() -> None:
    assert {"fr", "en"} <= set(RULES)
    assert rules_for("fr")[: len(RULES["fr"])] == RULES["fr"]
    assert rules_for("xx") == COMMON_RULES
    assert rules_for(None) == COMMON_RULES


def test_unknown_language_still_gets_common_rules() -> None:
    assert found("Le 2016-09-11 à 14:05, 10 € et 50 %, JD.com", "de") == [
        ("2016-09-11", D),
        ("14:05", T),
        ("10 €", M),
        ("50 %", Q),
        ("JD.com", ORG),
    ]


def test_invalid_dates_are_rejected() -> None:
    assert found("le 31/02 et le 2016-13-01", "fr") == []


def test_spans_are_rule_sourced_and_exact() -> None:
    text = "Le 11 septembre 2016 à 13h34, 2,5 milliards d’euros."
    for span in rule_spans(text, "fr"):
        assert span.source == "rule"
        assert text[span.start : span.end] == span.text


ALPHABET = st.sampled_from(
    [
        *"abcdefhlmnorstuAJLMNS0123456789 ,.:/%€$’'-\n",
        "mai",
        "septembre",
        "euros",
        "millions",
        "km",
        "h",
        "lundi",
        "en ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.sampled_from(["fr", "en", None]))
def test_rule_spans_are_sorted_disjoint_and_exact(text: str, language: str | None) -> None:
    spans = rule_spans(text, language)
    assert spans == sorted(spans)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text


def test_digit_led_rules_only_match_where_a_digit_run_starts() -> None:
    """The fast path tries digit rules only at digit-run starts: check that is lossless."""
    from .gold import GOLD
    from .shared import sample_text

    texts = [g.text for g in GOLD] + [sample_text()] + [t for t, _ in FRENCH + ENGLISH]
    for language in ("fr", "en"):
        for rule in (r for r in rules_for(language) if r.digits):
            for text in texts:
                for match in rule.pattern.finditer(text):
                    start = match.start()
                    assert text[start].isdigit(), (rule.name, match.group())
                    assert start == 0 or not text[start - 1].isdigit(), (rule.name, match.group())
