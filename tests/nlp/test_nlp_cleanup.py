from __future__ import annotations

import pytest

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.cleanup import clean_spans

P, ORG, L, MISC = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE, EntityLabel.MISC


def span_of(text: str, surface: str, label: EntityLabel, occurrence: int = 0) -> EntitySpan:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return EntitySpan(start, start + len(surface), label, surface, "model")


def cleaned(
    text: str, surface: str, label: EntityLabel, language: str = "fr", occurrence: int = 0
) -> str | None:
    result = clean_spans(text, [span_of(text, surface, label, occurrence)], language)
    if not result:
        return None
    (span,) = result
    assert text[span.start : span.end] == span.text
    assert span.label is label and span.source == "model"
    return span.text


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("Un ingénieur d’Alibaba examine", "d’Alibaba", ORG, "Alibaba"),
        ("Un ingénieur d'Alibaba examine", "d'Alibaba", ORG, "Alibaba"),
        ("« L’Europe ne nous abandonnera pas »", "L’Europe", L, "Europe"),
        ("dans le nord de la Chine.", "la Chine", L, "Chine"),
        ("dans le comté de Zhangbei, dans", "comté de Zhangbei", L, "Zhangbei"),
        ("dans l’État de Rio de Janeiro.", "État de Rio de Janeiro", L, "Rio de Janeiro"),
        ("la stratégie « Alibaba » du groupe", "« Alibaba »", ORG, "Alibaba"),
        ("Bravo Alibaba 👩‍💻 !", "Alibaba 👩‍💻", ORG, "Alibaba"),
        ("Selon M. Zhang, tout va bien", "M. Zhang", P, "Zhang"),
        ("le général de Gaulle a dit", "général de Gaulle", P, "de Gaulle"),
        ("Le groupe Alibaba a dit", "Le groupe Alibaba", ORG, "Alibaba"),
        ("au ministère de la Santé, hier", "ministère de la Santé", ORG, "ministère de la Santé"),
        ("le site JD.com.", "JD.com.", ORG, "JD.com"),
        ("la chaîne Canal+ diffuse", "Canal+", ORG, "Canal+"),
    ],
)
def test_trims_to_the_name(text: str, surface: str, label: EntityLabel, expected: str) -> None:
    assert cleaned(text, surface, label) == expected


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Un ingénieur d’Alibaba examine", "Un ingénieur d’", ORG),  # a model error
        ("Un ingénieur d’Alibaba examine", "Un ingénieur d’", P),
        ("en espérant qu’ils permettront", "qu’", P),
        ("en espérant qu’ils permettront", "qu’ils", P),
        ("ses compétences en cloud computing pour", "cloud computing", MISC),
        ("l’e-commerce d’accroître", "l’e-commerce", MISC),
        ("a déclaré que la société avait", "la société", ORG),
        ("« — »", "« — »", P),
        ("il y a 3 ans", "3", ORG),
        ("le directeur de la technologie", "directeur de la technologie", P),
    ],
)
def test_drops_junk(text: str, surface: str, label: EntityLabel) -> None:
    assert cleaned(text, surface, label) is None


def test_capitalised_article_at_sentence_start_goes_when_the_name_occurs_without_it() -> None:
    text = "La Chine investit. Les usines de Chine ferment."
    assert cleaned(text, "La Chine", L) == "Chine"


def test_capitalised_article_that_belongs_to_the_name_stays() -> None:
    text = "Le Monde l’a écrit. Selon le Monde, oui."
    assert cleaned(text, "Le Monde", ORG) == "Le Monde"
    assert cleaned("Il vit à La Paz. La Paz est haute.", "La Paz", L, occurrence=1) == "La Paz"


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("in Hebei province on Monday", "Hebei province", L, "Hebei"),
        ("the company's rival, the Alibaba's unit", "the Alibaba's", ORG, "Alibaba"),
        ("Apple Inc. said", "Apple Inc.", ORG, "Apple Inc."),
        ("George W. said", "George W.", P, "George W."),
        ("said Mr. Smith today", "Mr. Smith", P, "Smith"),
        ("the U.S. said", "the U.S.", L, "U.S."),
    ],
)
def test_english(text: str, surface: str, label: EntityLabel, expected: str) -> None:
    assert cleaned(text, surface, label, "en") == expected


def test_caseless_scripts_are_kept() -> None:
    assert cleaned("马云说，阿里巴巴很好。", "阿里巴巴", ORG, "zh") == "阿里巴巴"


def test_value_spans_keep_their_symbols() -> None:
    text = "It cost $3.5 billion, or 50%."
    spans = [
        span_of(text, "$3.5 billion,", EntityLabel.MONEY),
        span_of(text, "50%.", EntityLabel.QUANTITY),
    ]
    assert [s.text for s in clean_spans(text, spans, "en")] == ["$3.5 billion", "50%"]


def test_unknown_language_only_trims_punctuation() -> None:
    assert cleaned("« Zhangbei » ist schön", "« Zhangbei »", L, "de") == "Zhangbei"
