from hypothesis import given
from hypothesis import strategies as st

from reader.core.find import PIECE, find_pattern, iter_matches
from reader.core.folding import fold


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every match, as the window gathers them piece by piece."""
    pattern = find_pattern(query)
    if pattern is None:
        return []
    return [span for piece in iter_matches(fold(text), pattern) for span in piece]


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
    assert len(find_all("a" * 100, "a")) == 100


def test_special_characters_are_literal() -> None:
    assert find_all("1+1=2 (vrai) [x]", "(vrai)") == [(6, 12)]


def test_apostrophes_match_each_other() -> None:
    text = "l’été, l'hiver et l‘automne"
    assert [text[s:e] for s, e in find_all(text, "l'ete")] == ["l’été"]
    assert [text[s:e] for s, e in find_all(text, "l’hiver")] == ["l'hiver"]
    assert len(find_all(text, "l'automne")) == 1


@given(st.text(alphabet="ab \n", max_size=300), st.text(alphabet="ab ", min_size=1, max_size=4))
def test_pieces_find_what_one_scan_finds(text: str, query: str) -> None:
    pattern = find_pattern(query)
    if pattern is None:
        return
    folded = fold(text)
    whole = [m.span() for m in pattern.finditer(folded)]
    pieces = [span for piece in iter_matches(folded, pattern, piece=7) for span in piece]
    assert pieces == whole


def test_a_long_text_is_searched_in_pieces() -> None:
    text = ("Lucien " + "x" * 1000 + "\n") * 500
    pattern = find_pattern("lucien")
    assert pattern is not None
    pieces = list(iter_matches(fold(text), pattern))
    assert len(pieces) == -(-len(text) // PIECE)
    assert sum(len(p) for p in pieces) == 500
