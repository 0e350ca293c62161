from hypothesis import given
from hypothesis import strategies as st

from reader.core.find import find_all, fold


def test_accents_and_case_are_ignored_at_the_same_offsets() -> None:
    text = "Les DONNÉES du centre de données ; l’Été à Zhangbei."
    hits = find_all(text, "donnees")
    assert [text[s:e] for s, e in hits] == ["DONNÉES", "données"]
    assert [text[s:e] for s, e in find_all(text, "ete")] == ["Été"]


def test_white_space_in_the_query_matches_line_breaks() -> None:
    text = "centres de\ndonnées auto-construits"
    assert find_all(text, "de données") == [(8, 18)]


def test_empty_query_and_limit() -> None:
    assert find_all("abc", "   ") == []
    assert len(find_all("a" * 100, "a", limit=7)) == 7


def test_special_characters_are_literal() -> None:
    assert find_all("1+1=2 (vrai) [x]", "(vrai)") == [(6, 12)]


@given(st.text())
def test_fold_keeps_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)
