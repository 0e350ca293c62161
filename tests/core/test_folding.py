"""The one folding rule: case, accents and apostrophes do not matter; offsets stay."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.folding import contains_words, fold


def test_case_accents_and_apostrophes() -> None:
    assert fold("Données ÉTÉ l’Hiver") == "donnees ete l'hiver"
    assert fold("ʼ‘’'") == "''''"


def test_what_the_search_index_keeps_is_kept() -> None:
    # As SQLite's unicode61 tokenizer: no compatibility decomposition, no 'ss' for 'ß'.
    assert fold("Straße ﬁn Ａ") == "straße ﬁn ａ"


def test_characters_that_lower_to_two_keep_their_place() -> None:
    assert fold("İstanbul") == "istanbul"
    assert len(fold("İİ")) == 2


@given(st.text())
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_contains_words() -> None:
    assert contains_words("L’économie du Hebei", "hebei l'economie")
    assert not contains_words("L’économie du Hebei", "pekin")
    assert contains_words("anything", "   ")
