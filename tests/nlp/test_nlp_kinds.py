"""Publications are titles (MISC), an institution's common noun alone is no name."""

from __future__ import annotations

from reader.core.entities import EntityLabel
from reader.nlp.cleanup import clean_spans
from reader.nlp.consistency import consistent_spans
from reader.nlp.vocabulary import vocabulary

from .shared import french_info
from .test_nlp_books import spans_at
from .test_nlp_common_words import kept

ORG, MISC = EntityLabel.ORG, EntityLabel.MISC


def test_a_newspaper_is_a_publication_not_an_organisation() -> None:
    text = "La Gazette de Lausanne écrit que la GAZETTE DE LAUSANNE a raison. Le Times aussi."
    marks = (("Gazette de Lausanne", ORG), ("GAZETTE DE LAUSANNE", ORG), ("Times", ORG))
    assert kept(text, None, *marks) == [
        ("Gazette de Lausanne", "MISC"),
        ("GAZETTE DE LAUSANNE", "MISC"),
        ("Times", "ORG"),  # nothing here says what it is
    ]


def test_a_publication_cue_votes_for_a_title() -> None:
    text = "On lit dans le Figaro que tout va bien. Le correspondant du Figaro insiste."
    out = consistent_spans(text, spans_at(text, ("Figaro", ORG)), "fr")
    assert {s.label for s in out} == {MISC}


def test_an_institutions_common_noun_after_an_article_is_no_name() -> None:
    words = vocabulary(french_info().id)
    text = (
        "Le Conseil a siégé. Le Conseil fédéral a voté. Il signe avec Orange et la Banque.\n"
        "Le rapport du Parlement est prêt.\n"
    )
    marks = [("Conseil fédéral", ORG), ("Orange", ORG), ("Banque", ORG), ("Parlement", ORG)]
    spans = sorted([*spans_at(text, *marks), *spans_at(text, ("Conseil", ORG))[:1]])
    out = [(s.text, s.label.value) for s in clean_spans(text, spans, "fr", words)]
    assert out == [("Conseil fédéral", "ORG"), ("Orange", "ORG")]
    # Without the pipeline's lexicon nothing tells a common noun: they all stay.
    assert len(clean_spans(text, spans, "fr", None)) == len(spans)


def test_god_is_a_person_when_named() -> None:
    text = "Mon Dieu ! dit-elle. Elle pria Dieu. Les dieux antiques, DIEU ET PATRIE."
    marks = (("Dieu", MISC), ("dieux", MISC), ("DIEU", MISC))
    assert kept(text, None, *marks) == [
        ("Dieu", "PERSON"),
        ("Dieu", "PERSON"),
        ("DIEU", "MISC"),  # a heading's capitals say nothing
    ]
