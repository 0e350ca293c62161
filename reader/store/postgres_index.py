"""Writing a team library's search index on PostgreSQL (migration 0014).

Every word is cut and folded in Python by :func:`reader.core.words.words`, the rule of
SQLite's ``unicode61 remove_diacritics 2`` tokenizer, so both engines hold the same
words; PostgreSQL stores and searches them:

- ``search_chunks.words``: each piece's words as a ``tsvector`` (positions counted in
  the piece), GIN-indexed: finds the pieces of a document that hold a query's words;
- ``search_terms``: for each word of a document's text, where it is (word numbers in
  the whole text, as an integer array): how often a word or a phrase occurs, for the
  same bm25 ranking as FTS5 (:mod:`reader.core.bm25`), found by one index look-up per
  word (a word in every book costs 50 rows, not a scan of their pieces);
- ``search_sizes``: per document, the title as indexed, its words, how many words
  title and text hold together (bm25's document length), and the number of the first
  word of each piece (``piece_words``: which piece a word is in).

A document's rows are written again whenever its pieces are (:func:`write_index`);
when another program changes a document's text, a trigger drops them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from reader.core.chunks import chunk_spans
from reader.core.query import Term
from reader.core.words import term_words, words

CHUNK_BITS = 20
MAX_POSITION = 16_383  # PostgreSQL keeps tsvector positions up to this...
MAX_POSITIONS = 256  # ...and this many per word
MAX_WORD_BYTES = 2_047  # longer words cannot be tsvector lexemes (nobody types them)

_DELETE = (
    text("DELETE FROM search_chunks WHERE document_id = :doc"),
    text("DELETE FROM search_terms WHERE document_id = :doc"),
    text("DELETE FROM search_sizes WHERE document_id = :doc"),
)
_INSERT_PIECE = text(
    "INSERT INTO search_chunks (id, document_id, start, text, words)"
    " VALUES (:id, :doc, :start, :text, CAST(:words AS tsvector))"
)
_INSERT_TERMS = text(
    """
    INSERT INTO search_terms (lexeme, document_id, positions)
    SELECT lexeme, :doc, CAST(positions AS integer[])
    FROM unnest(CAST(:lexemes AS text[]), CAST(:positions AS text[])) AS u(lexeme, positions)
    """
)
_INSERT_SIZE = text(
    """
    INSERT INTO search_sizes (document_id, title, title_words, tokens, piece_words)
    SELECT id, title, CAST(:title_words AS text[]), :tokens, CAST(:piece_words AS integer[])
    FROM documents WHERE id = :doc
    """
)


def tsvector_literal(piece_words: list[str]) -> str:
    """A piece's words as ``tsvector`` input: ``'word':1,4 'other':2``."""
    positions: dict[str, list[str]] = {}
    for n, word in enumerate(piece_words[:MAX_POSITION], 1):
        found = positions.setdefault(word, [])
        if len(found) < MAX_POSITIONS:
            found.append(str(n))
    return " ".join(f"'{word}':{','.join(found)}" for word, found in positions.items())


def _storable(word: str) -> bool:
    return len(word) * 4 <= MAX_WORD_BYTES or len(word.encode()) <= MAX_WORD_BYTES


def write_index(connection: Any, document_id: int, title: str, body: str) -> None:
    """Write a document's pieces, words and sizes (replacing what was there), through
    ``connection`` (a session or a connection: migrations use this too)."""
    for statement in _DELETE:
        connection.execute(statement, {"doc": document_id})
    pieces = []
    where: dict[str, list[int]] = {}
    count = 0
    firsts = []
    for n, (start, end) in enumerate(chunk_spans(body)):
        firsts.append(count)
        piece_words = [word for word in words(body[start:end]) if _storable(word)]
        for number, word in enumerate(piece_words, count):
            where.setdefault(word, []).append(number)
        count += len(piece_words)
        pieces.append(
            {
                "id": (document_id << CHUNK_BITS) + n,
                "doc": document_id,
                "start": start,
                "text": body[start:end],
                "words": tsvector_literal(piece_words),
            }
        )
    if pieces:
        connection.execute(_INSERT_PIECE, pieces)
    if where:
        connection.execute(
            _INSERT_TERMS,
            {
                "doc": document_id,
                "lexemes": list(where),
                "positions": ["{" + ",".join(map(str, found)) + "}" for found in where.values()],
            },
        )
    title_words = [word for word in words(title) if _storable(word)]
    connection.execute(
        _INSERT_SIZE,
        {
            "doc": document_id,
            "title_words": title_words,
            "tokens": count + len(title_words),
            "piece_words": firsts,
        },
    )


def lexeme(word: str, *, prefix: bool = False) -> str:
    """One word as a quoted tsquery lexeme (quotes and backslashes escaped)."""
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def term_query(term: Term) -> str:
    """A term as tsquery text: a word, or a phrase of words one after the other; a
    prefix term's last word is a prefix."""
    words = term.text.split()
    return " <-> ".join(
        lexeme(word, prefix=term.prefix and n == len(words) - 1) for n, word in enumerate(words)
    )


def tsquery_text(terms: Sequence[Term], *, any_: bool = False) -> str:
    joiner = " | " if any_ else " & "
    return joiner.join(f"({term_query(term)})" for term in terms)


def words_query(terms: Sequence[Term], *, any_: bool = False) -> str:
    """Terms as tsquery text of their folded words, for the pieces' ``words``."""
    folded = [Term(" ".join(term_words(term)), term.prefix) for term in terms]
    return tsquery_text(folded, any_=any_)
