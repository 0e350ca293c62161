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

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from queue import SimpleQueue
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from reader.core.chunks import chunk_spans
from reader.core.query import Term
from reader.core.words import term_words, words

CHUNK_BITS = 20
MAX_POSITION = 16_383  # PostgreSQL keeps tsvector positions up to this...
MAX_POSITIONS = 256  # ...and this many per word
_BLOCK = 64  # pieces sent to the server at a time while the next are cut
MAX_WORD_BYTES = 2_047  # longer words cannot be tsvector lexemes (nobody types them)

_DELETE = (
    text("DELETE FROM search_chunks WHERE document_id = :doc"),
    text("DELETE FROM search_terms WHERE document_id = :doc"),
    text("DELETE FROM search_sizes WHERE document_id = :doc"),
)
_COPY_PIECES = "COPY search_chunks (id, document_id, start, text, words) FROM STDIN"
_COPY_TERMS = "COPY search_terms (lexeme, document_id, positions) FROM STDIN"
# Built once over all the rows when a whole library is written (see built_after).
_INDEXES = (
    (
        "DROP INDEX ix_search_chunks_words",
        "CREATE INDEX ix_search_chunks_words ON search_chunks USING gin (words)",
    ),
    (
        "ALTER TABLE search_terms DROP CONSTRAINT search_terms_pkey",
        "ALTER TABLE search_terms ADD CONSTRAINT search_terms_pkey"
        " PRIMARY KEY (lexeme, document_id)",
    ),
    (
        "DROP INDEX ix_search_terms_document_id",
        "CREATE INDEX ix_search_terms_document_id ON search_terms (document_id)",
    ),
)
_EMPTY = text(
    "SELECT NOT EXISTS (SELECT 1 FROM search_chunks) AND NOT EXISTS (SELECT 1 FROM search_terms)"
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


def _escape(value: str) -> str:
    """``value`` as a field of COPY's text format."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    return value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document's index rows, ready to write: pieces and words as COPY text."""

    document_id: int
    pieces: str
    terms: str
    title_words: list[str]
    tokens: int
    piece_words: list[int]


def prepare(
    document_id: int, title: str, body: str, sink: Callable[[str], None] | None = None
) -> Prepared:
    """Cut and fold a document's words into its index rows (Python only, no database).
    With ``sink``, the pieces' rows are handed to it as they are made, a block of
    _BLOCK pieces at a time, instead of being kept."""
    pieces: list[str] = []
    where: dict[str, list[int]] = {}
    count = 0
    firsts = []
    base = document_id << CHUNK_BITS
    for n, (start, end) in enumerate(chunk_spans(body)):
        firsts.append(count)
        piece = body[start:end]
        piece_words = [word for word in words(piece) if _storable(word)]
        for number, word in enumerate(piece_words, count):
            where.setdefault(word, []).append(number)
        count += len(piece_words)
        # words are letters and digits only: nothing in them to escape
        pieces.append(
            f"{base + n}\t{document_id}\t{start}\t{_escape(piece)}\t"
            f"{tsvector_literal(piece_words)}\n"
        )
        if sink is not None and len(pieces) >= _BLOCK:
            sink("".join(pieces))
            pieces = []
    if sink is not None and pieces:
        sink("".join(pieces))
        pieces = []
    terms = [
        f"{word}\t{document_id}\t{{{','.join(map(str, found))}}}\n" for word, found in where.items()
    ]
    title_words = [word for word in words(title) if _storable(word)]
    return Prepared(
        document_id, "".join(pieces), "".join(terms), title_words, count + len(title_words), firsts
    )


def write_prepared(connection: Any, rows: Prepared) -> None:
    """Write a document's index rows (replacing what was there): pieces and words
    through ``COPY`` (one stream each, typed by the server from text)."""
    for statement in _DELETE:
        connection.execute(statement, {"doc": rows.document_id})
    copy_blocks(connection, _COPY_PIECES, [rows.pieces] if rows.pieces else [])
    _write_words(connection, rows)


def _write_words(connection: Any, rows: Prepared) -> None:
    if rows.terms:
        copy_blocks(connection, _COPY_TERMS, [rows.terms])
    connection.execute(
        _INSERT_SIZE,
        {
            "doc": rows.document_id,
            "title_words": rows.title_words,
            "tokens": rows.tokens,
            "piece_words": rows.piece_words,
        },
    )


def copy_blocks(connection: Any, statement: str, blocks: Iterable[str]) -> None:
    with _driver_connection(connection).cursor() as cursor, cursor.copy(statement) as copy:
        for block in blocks:
            copy.write(block)


def write_index(connection: Any, document_id: int, title: str, body: str) -> None:
    """Write a document's pieces, words and sizes (replacing what was there), through
    ``connection`` (a session or a connection: migrations use this too). The words are
    cut in a second thread, each block of pieces sent to the server as soon as it is
    made, so the server stores pieces while the next ones are cut."""
    for statement in _DELETE:
        connection.execute(statement, {"doc": document_id})
    blocks: SimpleQueue[str | None] = SimpleQueue()

    def cut() -> Prepared:
        try:
            return prepare(document_id, title, body, blocks.put)
        finally:
            blocks.put(None)

    with ThreadPoolExecutor(max_workers=1) as cutter:
        made = cutter.submit(cut)
        copy_blocks(connection, _COPY_PIECES, iter(blocks.get, None))
        rows = made.result()
    _write_words(connection, rows)


def write_many(connection: Any, documents: Iterable[tuple[int, str, str]]) -> None:
    """:func:`write_index` for each (id, title, text) of ``documents``, the next one's
    words cut in a second thread while the server takes this one's rows (psycopg lets
    other threads run while it waits)."""
    with ThreadPoolExecutor(max_workers=1) as cutter:
        pending: Future[Prepared] | None = None
        for document in documents:
            following = cutter.submit(prepare, *document)
            if pending is not None:
                write_prepared(connection, pending.result())
            pending = following
        if pending is not None:
            write_prepared(connection, pending.result())


def _driver_connection(connection: Any) -> Any:
    """The psycopg connection under a SQLAlchemy session or connection, in its
    transaction."""
    if isinstance(connection, Session):
        connection = connection.connection()
    return connection.connection.dbapi_connection


@contextmanager
def built_after(connection: Any) -> Iterator[None]:
    """Around writing many documents' index: when the index is empty, its indexes
    (GIN of the pieces' words, the words' keys) are dropped and built once after the
    rows, in the same transaction, instead of growing row by row."""
    if not connection.execute(_EMPTY).scalar_one():
        yield
        return
    for drop, _build in _INDEXES:
        connection.execute(text(drop))
    yield
    connection.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
    for _drop, build in _INDEXES:
        connection.execute(text(build))


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
