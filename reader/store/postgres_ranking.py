"""Which documents of a team library hold every term of a query, ranked as SQLite ranks
them: FTS5's bm25 over title (weight :data:`~reader.store.sqlite_search.TITLE_WEIGHT`)
and text, from the word positions of ``search_terms`` (:mod:`reader.store.postgres_index`).

A word costs one index look-up (its row in each document holding it); a prefix, a
range of the index (the column sorts bytewise, ``COLLATE "C"``); a phrase, the
positions of its words, joined in PostgreSQL (word n+1 right after word n). Titles
are short: their words are matched here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from reader.core import bm25
from reader.core.query import Term
from reader.core.words import term_words
from reader.store.postgres_index import CHUNK_BITS, tsquery_text, words_query
from reader.store.sqlite_search import TITLE_WEIGHT, Ranked

_TITLES = text(
    """
    SELECT document_id, title_words FROM search_sizes
    WHERE title_words && CAST(:words AS text[]) OR EXISTS (
        SELECT 1 FROM unnest(title_words) AS w WHERE w LIKE ANY(CAST(:patterns AS text[]))
    )
    """
)
_SIZES = text(
    """
    SELECT s.document_id, s.tokens, d.in_library FROM search_sizes AS s
    JOIN documents AS d ON d.id = s.document_id WHERE s.document_id = ANY(:ids)
    """
)
# Documents whose text another program changed (a trigger dropped their words): found
# the slow way, with PostgreSQL's parser, and ranked after the others. Which they are
# is asked first, so that only their texts are parsed (usually there are none).
_STALE = text(
    """
    SELECT d.id FROM documents AS d
    WHERE d.in_library AND NOT EXISTS (SELECT 1 FROM search_sizes AS s WHERE s.document_id = d.id)
    """
)
_UNINDEXED = text(
    """
    SELECT id FROM documents WHERE id = ANY(:ids)
    AND to_tsvector('reader_simple'::regconfig, title || ' ' || text)
        @@ to_tsquery('reader_simple'::regconfig, :q)
    ORDER BY id LIMIT :limit
    """
)
_FIRST_PIECES = text(
    "SELECT document_id, min(id) FROM search_chunks"
    " WHERE document_id = ANY(:ids) AND words @@ CAST(:q AS tsquery) GROUP BY document_id"
)
_PIECE_TEXTS = text("SELECT id, start, text FROM search_chunks WHERE id = ANY(:ids)")
_TOTALS = text(
    "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(tokens), 0) FROM search_sizes)"
)


def _pattern(word: str) -> str:
    """A LIKE pattern for words starting with ``word`` (words hold no % or _)."""
    return word + "%"


def found_positions(table: str, key: str, words: list[str], prefix: bool, where: str = "") -> str:
    """The start of a query: ``WITH ..., found AS (key, positions)``: each row of
    ``key`` whose words in ``table`` (rows of lexeme, ``key``, positions, filtered by
    ``where``) hold a term (words :w0, :w1...; the last a LIKE pattern if ``prefix``),
    and where it starts (NULL positions where a phrase's words do not follow)."""
    parts = []
    for n in range(len(words)):
        if prefix and n == len(words) - 1:
            parts.append(
                f"w{n} AS (SELECT {key}, array_agg(p ORDER BY p) AS positions"
                f" FROM {table}, unnest(positions) AS p WHERE lexeme LIKE :w{n}{where}"
                f" GROUP BY {key})"
            )
        else:
            parts.append(
                f"w{n} AS (SELECT {key}, positions FROM {table} WHERE lexeme = :w{n}{where})"
            )
    if len(words) == 1:
        found = f"SELECT {key}, positions FROM w0"
    else:  # a phrase: where word n + 1 follows word n
        follow = " ".join(
            f"JOIN unnest(w{n}.positions) AS p{n} ON p{n} = p0 + {n}" for n in range(1, len(words))
        )
        joins = " ".join(f"JOIN w{n} USING ({key})" for n in range(1, len(words)))
        found = (
            f"SELECT w0.{key}, (SELECT array_agg(p0 ORDER BY p0)"
            f" FROM unnest(w0.positions) AS p0 {follow}) AS positions FROM w0 {joins}"
        )
    return f"WITH {', '.join(parts)}, found AS MATERIALIZED ({found})"


def term_parameters(term: Term) -> dict[str, str]:
    """The words of a term as :func:`found_positions` takes them."""
    words = term_words(term)
    return {
        f"w{n}": _pattern(word) if term.prefix and n == len(words) - 1 else word
        for n, word in enumerate(words)
    }


def _term_statement(words: list[str], prefix: bool) -> Any:
    """Each document whose text holds a term: how often, and the number of the first
    piece holding it."""
    return text(
        f"""
        {found_positions("search_terms", "document_id", words, prefix)}
        SELECT f.document_id, cardinality(f.positions),
            width_bucket(f.positions[1], s.piece_words) - 1
        FROM found AS f JOIN search_sizes AS s USING (document_id)
        WHERE f.positions IS NOT NULL
        """
    )


def _text_hits(session: Session, term: Term) -> dict[int, tuple[int, int]]:
    """How often ``term`` occurs in the text of each document holding it, and where."""
    statement = _term_statement(term_words(term), term.prefix)
    return {
        int(doc): (int(hits), int(piece))
        for doc, hits, piece in session.execute(statement, term_parameters(term)).all()
    }


def occurrences(title: Sequence[str], words: list[str], prefix: bool) -> int:
    """How often a term (its folded words) occurs in a title's (or any) words."""
    count = 0
    for start in range(len(title) - len(words) + 1):
        if all(
            title[start + n].startswith(word) if prefix and n == len(words) - 1
            else title[start + n] == word
            for n, word in enumerate(words)
        ):  # fmt: skip
            count += 1
    return count


def ranked_documents(session: Session, terms: tuple[Term, ...], limit: int) -> list[Ranked]:
    """The best ``limit`` documents in the library holding every term in their title
    or text, by bm25, lowest (best) score first, ties by id; each with its first piece
    holding every term (else any term), as SQLite's search would find it."""
    term_list = [(term_words(term), term.prefix) for term in terms]
    exact = [word for words, _prefix in term_list for word in words]
    patterns = [_pattern(words[-1]) for words, prefix in term_list if prefix]
    titles = {
        int(doc): list(title)
        for doc, title in session.execute(_TITLES, {"words": exact, "patterns": patterns}).all()
    }
    frequencies: list[dict[int, float]] = []
    firsts: list[dict[int, int]] = []
    for term, (words, prefix) in zip(terms, term_list, strict=True):
        in_text = _text_hits(session, term)
        found = {doc: float(hits) for doc, (hits, _pieces) in in_text.items()}
        for doc, title in titles.items():
            in_title = occurrences(title, words, prefix)
            if in_title:
                found[doc] = found.get(doc, 0.0) + TITLE_WEIGHT * in_title
        frequencies.append(found)
        firsts.append({doc: piece for doc, (_hits, piece) in in_text.items()})
    holding = set(frequencies[0]).intersection(*frequencies[1:])
    unindexed = _unindexed(session, terms, limit)
    if not holding:
        return unindexed[:limit]
    rows, tokens = session.execute(_TOTALS).one()
    average = float(tokens) / float(rows)
    idfs = [bm25.idf(int(rows), len(found)) for found in frequencies]
    scored = []
    for doc, length, in_library in session.execute(_SIZES, {"ids": sorted(holding)}).all():
        if in_library:
            term_frequencies = [found[doc] for found in frequencies]
            scored.append((bm25.score(term_frequencies, idfs, int(length), average), int(doc)))
    scored.sort()
    best = scored[:limit]
    first = _first_pieces(session, terms, [doc for _score, doc in best], firsts)
    texts: dict[int | None, tuple[int, int, str]] = {
        int(row[0]): (int(row[0]), int(row[1]), str(row[2]))
        for row in session.execute(_PIECE_TEXTS, {"ids": [p for p in first.values() if p]}).all()
    }
    ranked = [Ranked(doc, score, placed=True, piece=texts.get(first[doc])) for score, doc in best]
    return (ranked + unindexed)[:limit]


def _unindexed(session: Session, terms: tuple[Term, ...], limit: int) -> list[Ranked]:
    stale = [int(doc) for (doc,) in session.execute(_STALE)]
    if not stale:
        return []
    params = {"ids": stale, "q": tsquery_text(terms), "limit": limit}
    return [Ranked(int(doc), 0.0) for (doc,) in session.execute(_UNINDEXED, params)]


def _first_pieces(
    session: Session, terms: tuple[Term, ...], documents: list[int], firsts: list[dict[int, int]]
) -> dict[int, int | None]:
    """The id of each document's first piece holding every term (one look-up of the
    pieces' GIN index for them all), else its first piece holding any term; None if
    no piece does (only the title holds them)."""
    every: dict[int, int] = {}
    if len(terms) > 1 and documents:
        every = {
            int(doc): int(piece)
            for doc, piece in session.execute(
                _FIRST_PIECES, {"ids": documents, "q": words_query(terms)}
            ).all()
        }
    first: dict[int, int | None] = {}
    for doc in documents:
        some = [found[doc] for found in firsts if doc in found]
        first[doc] = every.get(doc, (doc << CHUNK_BITS) + min(some) if some else None)
    return first
