"""Common words are not names: the pipeline's own lexicon where the document is
silent, heading numbers, exclamations and words opening a dialogue turn."""

from __future__ import annotations

import io

import srsly
from spacy.strings import hash_string  # type: ignore[attr-defined]  # compiled, no stubs

from reader.core.entities import EntityLabel
from reader.nlp.casing import CaseEvidence, starts_sentence
from reader.nlp.cleanup import clean_spans
from reader.nlp.lexicon import lexicon
from reader.nlp.pipelines import pipeline_files
from reader.nlp.vocabulary import Vocabulary, vocabulary, vocabulary_from_lookups

from .shared import french_info
from .test_nlp_books import spans_at

P, L, MISC = EntityLabel.PERSON, EntityLabel.PLACE, EntityLabel.MISC


def _french_words() -> Vocabulary:
    words = vocabulary(french_info().id)
    assert words is not None, "the French pipeline has lemmatizer tables"
    return words


def kept(
    text: str, words: Vocabulary | None, *marks: tuple[str, EntityLabel]
) -> list[tuple[str, str]]:
    spans = spans_at(text, *marks)
    return [(s.text, s.label.value) for s in clean_spans(text, spans, "fr", words)]


def test_the_pipelines_lexicon_knows_common_words_and_not_the_names_of_a_novel() -> None:
    words = _french_words()
    assert len(words) > 100_000
    for common in ("pardonnez", "Jamais", "monsieur", "retirez", "chapitre", "poursuivons"):
        assert words.has(common), common
    for name in ("fougas", "Gévrol", "tabaret", "daburon", "zhangbei"):
        assert not words.has(name), name


DIALOGUE = (
    "— Pardonnez, monsieur, dit Fougas.\n"
    "— Retirez-vous ! Saurais-tu te taire ?\n"
    "— Poursuivons, reprit Gévrol.\n"
    "Fougas sortit.\n"
)
MARKS = (
    ("Pardonnez", P),
    ("Retirez-vous", P),
    ("Saurais-tu", P),
    ("Poursuivons", P),
    ("Fougas", P),
    ("Gévrol", L),
)


def test_a_dialogue_opening_word_the_document_never_explains_is_judged_by_the_lexicon() -> None:
    # The text never writes these verbs in lower case: without the lexicon they stay.
    assert ("Pardonnez", "PERSON") in kept(DIALOGUE, None, *MARKS)
    assert kept(DIALOGUE, _french_words(), *MARKS) == [
        ("Fougas", "PERSON"),
        ("Gévrol", "PLACE"),
        ("Fougas", "PERSON"),
    ]


def test_the_document_outweighs_the_lexicon() -> None:
    # "Claire" is a French adjective, but this text writes it capitalised inside a
    # sentence, so at a sentence start it is the woman's name.
    text = "Claire ouvrit. Il regarda Claire longtemps.\nClaire rit."
    assert kept(text, _french_words(), ("Claire", P)) == [("Claire", "PERSON")] * 3
    evidence = CaseEvidence(text, _french_words())
    assert not evidence.ordinary_word("Claire")
    assert evidence.ordinary_word("Ouvrit")


def test_a_word_opening_a_dialogue_before_a_name_goes_when_the_text_writes_it_lower() -> None:
    text = "— Chère Valérie, dit-il. Une chère amie.\n— Félicie Martin, dit-elle.\n"
    marks = (("Chère Valérie", P), ("Félicie Martin", P))
    assert kept(text, _french_words(), *marks) == [
        ("Valérie", "PERSON"),
        ("Félicie Martin", "PERSON"),  # the lexicon knows "félicie"; the text does not
    ]


def test_names_hold_no_exclamation() -> None:
    text = "Ah ! mon Dieu, fit-il. Peste ! Daburon arrive."
    marks = (("Ah ! mon Dieu", MISC), ("Peste ! Daburon", P))
    assert kept(text, None, *marks) == []


def test_a_heading_number_is_no_part_of_a_name_and_its_title_word_is_positional() -> None:
    text = "II – Déballage aux flambeaux\n\nLe déballage dura. L. Jalabert arriva.\n"
    assert starts_sentence(text, text.index("Déballage"))
    assert kept(text, None, ("II – Déballage aux flambeaux", MISC), ("L. Jalabert", P)) == [
        ("L. Jalabert", "PERSON")
    ]  # "L." is an initial here, not fifty


def test_tables_of_another_pipeline_make_a_vocabulary_and_none_make_none() -> None:
    tables = {
        "lemma_rules": {1: [["a", "a"]]},
        "lemma_index": {1: ["maison", "chanter", "pomme de terre"]},
        "lemma_exc": {2: {"chantons": ["chanter"]}},
        "lemma_lookup": {hash_string("Rues"): ["rue"]},
    }
    words = vocabulary_from_lookups(io.BytesIO(srsly.msgpack_dumps(tables)))
    assert words is not None and len(words) == 4  # maison, chanter, chantons, the key
    assert words.has("Maison") and words.has("chantons") and not words.has("Paris")
    assert not words.has("a") and not words.has("pomme de terre")
    assert vocabulary_from_lookups(io.BytesIO(srsly.msgpack_dumps({}))) is None
    assert vocabulary("no_such_pipeline 1.0") is None
    assert vocabulary(None) is None


def test_the_streamed_vocabulary_holds_every_word_of_the_whole_tables() -> None:
    folder = pipeline_files(french_info().id)
    assert folder is not None
    tables = srsly.msgpack_loads((folder / "lemmatizer" / "lookups" / "lookups.bin").read_bytes())
    expected = set(tables["lemma_lookup"])
    for table in ("lemma_index", "lemma_exc"):
        for entries in tables[table].values():
            expected.update(hash_string(w.lower()) for w in entries if " " not in w)
    words = _french_words()
    assert len(words) == len(expected) > 300_000
    assert words.has("Jamais") and words.has("pardonnez") and not words.has("Gévrol")


def test_function_words_split_a_verb_from_its_pronouns() -> None:
    text = "Montait-il ? Personne ne savait."
    evidence = CaseEvidence(text, _french_words(), lexicon("fr").function_words)
    assert evidence.ordinary_word("Montait-il")
    assert not CaseEvidence(text, _french_words()).ordinary_word("Montait-il")


def test_tables_of_contents_and_chapter_headings_lose_their_numbers() -> None:
    text = (
        "II  Le père et le fils.\nIX  Le soir des fiançailles.\n"
        "Chapitre VII Cravatte\nChapitre V Chez Bombarda\nChapitre III Quatre à quatre\n\n"
        "Le père de Cravatte parla. Marseille.--L'arrivée. Bombarda riait.\n"
    )
    marks = (
        ("II  Le père", P),
        ("IX  Le soir des fiançailles", P),
        ("VII Cravatte", P),
        ("Chapitre V Chez Bombarda", MISC),
        ("III Quatre", P),
        ("Marseille.--L", P),
    )
    assert kept(text, _french_words(), *marks) == [
        ("Cravatte", "PERSON"),
        ("Chez Bombarda", "MISC"),
    ]
