"""Books and old newspapers: capitals that only mark a position are no names, place
names keep their heads, surnames keep their own evidence (windows: test_nlp_windows)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.casing import CaseEvidence, is_roman_numeral, starts_sentence
from reader.nlp.cleanup import clean_spans
from reader.nlp.consistency import consistent_spans

P, ORG, L, MISC = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE, EntityLabel.MISC


def spans_at(text: str, *marks: tuple[str, EntityLabel]) -> list[EntitySpan]:
    """Every occurrence of each surface, with its label, as model spans."""
    found = []
    for surface, label in marks:
        start = text.find(surface)
        while start >= 0:
            found.append(EntitySpan(start, start + len(surface), label, surface, "model"))
            start = text.find(surface, start + 1)
    return sorted(found)


def kept(text: str, *marks: tuple[str, EntityLabel]) -> list[tuple[str, str]]:
    return [(s.text, s.label.value) for s in clean_spans(text, spans_at(text, *marks), "fr")]


DIALOGUE = (
    "CHAPITRE IX\n\nLE RETOUR DU CAPITAINE\n\n"
    "— Eh bien, dit Hatteras, nous partirons.\n"
    "— Jamais ! répondit le docteur. Il ne voulait jamais partir, eh oui.\n"
    "Monsieur, dit Hatteras au capitaine, venez.\n"
    "Le chapitre suivant commence au retour du capitaine, qui ne viendra jamais.\n"
)


def test_positional_capitals_of_common_words_are_not_names() -> None:
    assert kept(
        DIALOGUE,
        ("CHAPITRE", P),
        ("IX", P),
        ("LE RETOUR DU CAPITAINE", MISC),
        ("Eh", P),
        ("Jamais", P),
        ("Monsieur", P),
        ("Hatteras", P),
    ) == [("Hatteras", "PERSON"), ("Hatteras", "PERSON")]


def test_a_name_at_a_sentence_start_stays() -> None:
    text = "Rivoire arrive. On attend Rivoire depuis une heure.\nRivoire repart."
    assert kept(text, ("Rivoire", P)) == [("Rivoire", "PERSON")] * 3


def test_all_caps_names_stay_when_the_text_has_no_common_word_of_that_name() -> None:
    text = "SCHAFFHOUSE, 3 août.\nLe conseil s'est réuni hier."
    assert kept(text, ("SCHAFFHOUSE", L)) == [("SCHAFFHOUSE", "PLACE")]


def test_titles_are_no_names_but_the_names_after_them_are() -> None:
    text = "Le capitaine Hatteras parla. Capitaine, dit-il."
    assert kept(text, ("capitaine Hatteras", P), ("Capitaine", P)) == [("Hatteras", "PERSON")]


@pytest.mark.parametrize(
    "place", ["tour Eiffel", "mont Blanc", "gare du Nord", "rue de Rivoli", "cap Corse"]
)
def test_a_place_keeps_its_common_noun_head(place: str) -> None:
    text = f"Nous avons vu la {place} hier matin."
    assert kept(text, (place, L)) == [(place, "PLACE")]


def test_a_designator_goes() -> None:
    assert kept("Le comté de Zhangbei est froid.", ("comté de Zhangbei", L)) == [
        ("Zhangbei", "PLACE")
    ]


def test_a_paragraph_in_a_script_without_case_is_no_name_for_a_latin_pipeline() -> None:
    japanese = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"
    text = f"Il lut à voix haute :\n{japanese}\nFin."
    paragraph = text.split("\n")[1]
    assert kept(text, (paragraph, MISC)) == []


def test_nouns_of_peoples_are_not_places() -> None:
    text = (
        "Les Suisses ont voté. Le vote suisse est clair. Les Suédois, eux, votent.\n"
        "On voit les Alpes et les Vosges. Un Norvégien passa."
    )
    marks = [(w, L) for w in ("Suisses", "Suédois", "Alpes", "Vosges", "Norvégien")]
    assert kept(text, *marks) == [
        ("Suisses", "MISC"),  # "suisse" is written in lower case: the adjective
        ("Suédois", "MISC"),  # a people's ending after "les"
        ("Alpes", "PLACE"),
        ("Vosges", "PLACE"),
        ("Norvégien", "PLACE"),  # no evidence either way: the model's label stays
    ]


def test_a_surname_does_not_take_over_a_place_with_evidence_of_its_own() -> None:
    text = (
        "Pierre Mendès France a parlé. Mendès France a répondu. Mendès France insiste.\n"
        "Il vit en France depuis 1950. La France est un pays."
    )
    spans = spans_at(text, ("Pierre Mendès France", P), ("Mendès France", P), ("France", L))
    spans = [
        s for s in spans if not any(o.start <= s.start and s.end <= o.end and o != s for o in spans)
    ]
    out = consistent_spans(text, spans, "fr")
    assert [(s.text, s.label.value) for s in out] == [
        ("Pierre Mendès France", "PERSON"),
        ("Mendès France", "PERSON"),
        ("Mendès France", "PERSON"),
        ("France", "PLACE"),
        ("France", "PLACE"),
    ]


def test_case_evidence() -> None:
    text = "Jamais il ne viendra, jamais. On parle de Rivoire.\nRivoire rit."
    evidence = CaseEvidence(text)
    assert evidence.common_word("Jamais")
    assert not evidence.common_word("Rivoire")
    assert starts_sentence(text, 0) and starts_sentence(text, text.index("Rivoire rit"))
    assert not starts_sentence(text, text.index("Rivoire."))
    assert evidence.unproven(0, len("Jamais"))
    assert not evidence.unproven(text.index("Rivoire rit"), text.index(" rit"))
    assert [is_roman_numeral(w) for w in ("IX", "XIV.", "II", "Ivan", "MIXTE", "I")] == [
        True,
        True,
        True,
        False,
        False,
        True,
    ]
