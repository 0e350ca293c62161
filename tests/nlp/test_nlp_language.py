from __future__ import annotations

import pytest
from langdetect import detector_factory

from reader.nlp.language import (
    detect_language,
    language_sample,
    normalise_language,
    release_profiles,
)

FRENCH = (
    "Le groupe chinois a mis en place ses premiers centres de données dans la province, "
    "une mesure qui permet au géant de l’e-commerce d’accroître ses compétences."
)
ENGLISH = (
    "The company opened its first data centres in the province on Monday, a move that "
    "lets the e-commerce giant grow its cloud computing business in the north."
)


def test_detects_french_and_english() -> None:
    assert detect_language(FRENCH) == "fr"
    assert detect_language(ENGLISH) == "en"


def test_released_profiles_are_dropped_and_loaded_again_for_the_same_answers() -> None:
    ambiguous = "Paris Berlin Beijing Londres Madrid Roma Moskva Tokyo"
    before = [detect_language(t) for t in (FRENCH, ENGLISH, ambiguous)]
    assert detector_factory._factory is not None
    release_profiles()
    assert detector_factory._factory is None
    assert [detect_language(t) for t in (FRENCH, ENGLISH, ambiguous)] == before


def test_is_deterministic() -> None:
    # Unseeded, langdetect answers differently from one call to the next on such text.
    ambiguous = "Paris Berlin Beijing Londres Madrid Roma Moskva Tokyo"
    answers = {detect_language(ambiguous) for _ in range(20)}
    assert len(answers) == 1


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "merci beaucoup", "12/09/2016 13:34 — 42 € 3,5 %", "https://example.com/a/b"],
)
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_sample_skips_digits_urls_and_symbols() -> None:
    sample = language_sample("Voir https://exemple.fr/page 2016 : 42 % — «bonjour» l’été")
    assert sample == "Voir bonjour l’été"


def test_sample_is_bounded() -> None:
    assert len(language_sample("mot " * 100_000)) < 6000


def test_long_text_is_detected_from_its_beginning() -> None:
    assert detect_language(FRENCH * 200 + ENGLISH * 5) == "fr"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("fr_CA", "fr"), ("zh-cn", "zh"), ("no", "nb")],
)
def test_normalise_language(code: str, expected: str) -> None:
    assert normalise_language(code) == expected


def test_profiles_read_first_give_langdetects_own_probabilities() -> None:
    """The profiles loaded as reader loads them (files read first) make the same tables,
    so the same probabilities, as langdetect's own loader."""
    texts = [FRENCH, ENGLISH, "Paris Berlin Beijing Londres Madrid Roma Moskva Tokyo"]
    release_profiles()
    assert detect_language(FRENCH) == "fr"
    ours = detector_factory._factory
    assert ours is not None
    own = detector_factory.DetectorFactory()
    own.load_profile(detector_factory.PROFILES_DIRECTORY)
    assert own.langlist == ours.langlist
    assert own.word_lang_prob_map == ours.word_lang_prob_map
    for text in texts:
        found = []
        for factory in (ours, own):
            detector = factory.create()
            detector.append(language_sample(text))
            found.append([(p.lang, p.prob) for p in detector.get_probabilities()])
        assert found[0] == found[1]
    release_profiles()
