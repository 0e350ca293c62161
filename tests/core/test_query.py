"""Search queries: parsing, and finding their words by code point as FTS5 does."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.folding import fold
from reader.core.query import MAX_TERMS, Matcher, Term, parse_query


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("données hebei", (Term("données"), Term("hebei"))),
        ('"centres de données" cloud', (Term("centres de données"), Term("cloud"))),
        ("strat* zh*", (Term("strat", True), Term("zh", True))),
        ('"centres de*"*', (Term("centres de*", True),)),
        ('"pas fermé', (Term("pas fermé"),)),
        ("  \t\n ", ()),
        ("* ** - ( ) !!!", ()),
        ('a"b', (Term("a b"),)),
        ("x\x00y \ud800z", (Term("x"), Term("y"), Term("z"))),
        ("AND OR NOT", (Term("AND"), Term("OR"), Term("NOT"))),
    ],
)
def test_parse_query(query: str, terms: tuple[Term, ...]) -> None:
    assert parse_query(query) == terms


def test_at_most_max_terms() -> None:
    assert len(parse_query(" ".join(f"w{n}" for n in range(100)))) == MAX_TERMS


TEXT = "😀😀 𝐀𝐁𝐂 café\nLa ligne des DONNÉES, donne\u0301es; xdonnees donneesx İstanbul under_score"


@pytest.mark.parametrize(
    ("query", "first", "count"),
    [
        ("donnees", TEXT.index("DONNÉES"), 2),  # NFC, upper case, NFD; not inside words
        ("DONNÉES", TEXT.index("DONNÉES"), 2),
        ("donn*", TEXT.index("DONNÉES"), 3),
        ('"ligne des donnees"', TEXT.index("ligne"), 1),
        ('"cafe la"', TEXT.index("café"), 1),  # a phrase across a line end
        ("istanbul", TEXT.index("İstanbul"), 1),
        ("score", TEXT.index("score"), 1),  # '_' separates words, as in unicode61
        ("licorne", None, 0),
        ("cafe donnees", TEXT.index("café"), 3),  # the first of any term
    ],
)
def test_matcher(query: str, first: int | None, count: int) -> None:
    matcher = Matcher(parse_query(query))
    assert matcher.first(TEXT) == first
    assert len(matcher.spans(TEXT)) == count


# -- agreement with SQLite's tokenizer ---------------------------------------------------

ALPHABET = "aeiouEÉéèêëàÀçÇnNsStT  \n\t,.'’-_0123😀" + "\u0301"


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
    )
    return connection


def fts_first(connection: sqlite3.Connection, text: str, query: str) -> int | None:
    """Where FTS5 itself marks the first match (highlight), or None if no match."""
    connection.execute("DELETE FROM t")
    connection.execute("INSERT INTO t(rowid, body) VALUES (1, ?)", (text,))
    expression = " ".join(
        '"' + t.text.replace('"', '""') + '"' + ("*" if t.prefix else "")
        for t in parse_query(query)
    )
    row = connection.execute(
        "SELECT highlight(t, 0, char(57344), char(57345)) FROM t WHERE t MATCH ?", (expression,)
    ).fetchone()
    if row is None:
        return None
    return int(row[0].index("\ue000"))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, min_size=1, max_size=60),
    data=st.data(),
)
def test_the_matcher_agrees_with_fts5(
    fts: sqlite3.Connection, text: str, data: st.DataObject
) -> None:
    words = [w for w in text.replace("_", " ").split() if any(c.isalnum() for c in w)]
    if not words:
        return
    word = data.draw(st.sampled_from(words))
    prefix = data.draw(st.booleans())
    query = (word[: max(1, len(word) // 2)] + "*") if prefix else word
    query = data.draw(st.sampled_from([query, query.upper(), fold(query)]))
    if not parse_query(query):
        return
    expected = fts_first(fts, text, query)
    if expected is None:
        return  # FTS5 splits some words differently (e.g. around '’'): no hit, no offset
    assert Matcher(parse_query(query)).first(text) == expected, (text, query)
