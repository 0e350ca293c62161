"""A team library's word statistics of annotations on PostgreSQL (migration 0017), so
that annotation hits rank by FTS5's bm25 as on SQLite, whose ``search_annotations``
has the columns note, quote and tags (:data:`PARTS`).

- ``search_annotation_terms``: for each word of an annotation's note, quote or tags
  (names joined by ", " in name order, as SQLite indexes them), where it is in that
  part (word numbers, as an integer array);
- ``search_annotation_sizes``: per annotation, how many words its three parts hold
  together (bm25's row length).

Words are cut and folded by :func:`reader.core.words.words`, as FTS5 cuts them, so
they are written by reader, not by the server. Triggers keep the rows right whoever
writes: a change of an annotation's note or quote, of its tags or of a tag's name
drops its rows and queues its id in ``search_annotation_stale`` with the writing
transaction's id; before a write of reader commits, :func:`index_own_changes` writes
the rows of the annotations its own transaction queued. Those another program
queued stay there: search cuts their words when it runs (:func:`stale_words`) until
reader writes them (:func:`index_annotations`, e.g. when the search index is
rebuilt).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from reader.core.words import words
from reader.store.postgres_index import copy_blocks

PARTS = {"note": 0, "quote": 1, "tag": 2}
_BATCH = 1_000

_TEXTS = """
    SELECT a.id, a.note, a.exact, coalesce((
        SELECT string_agg(t.name, ', ' ORDER BY t.name COLLATE "C") FROM annotation_tags AS at
        JOIN tags AS t ON t.id = at.tag_id WHERE at.annotation_id = a.id
    ), '') FROM annotations AS a WHERE a.id = ANY(:ids)
"""
_LOCKED_TEXTS = text(_TEXTS + " ORDER BY a.id FOR UPDATE OF a")
_STALE_TEXTS = text(_TEXTS)
_DELETE = (
    text("DELETE FROM search_annotation_terms WHERE annotation_id = ANY(:ids)"),
    text("DELETE FROM search_annotation_sizes WHERE annotation_id = ANY(:ids)"),
    text("DELETE FROM search_annotation_stale WHERE annotation_id = ANY(:ids)"),
)
_OWN = text(
    "DELETE FROM search_annotation_stale WHERE txid = txid_current_if_assigned()"
    " RETURNING annotation_id"
)
_STALE = text("SELECT annotation_id FROM search_annotation_stale")
_ALL = text("SELECT id FROM annotations ORDER BY id")
_COPY_TERMS = "COPY search_annotation_terms (lexeme, annotation_id, part, positions) FROM STDIN"
_COPY_SIZES = "COPY search_annotation_sizes (annotation_id, tokens) FROM STDIN"


def annotation_words(note: str, quote: str, tags: str) -> tuple[list[str], ...]:
    """The words of an annotation's parts, in the order of :data:`PARTS`."""
    return words(note), words(quote), words(tags)


def index_annotations(connection: Any, ids: Sequence[str]) -> None:
    """Write the word rows of these annotations (replacing theirs), locking them first
    so that two writers of one annotation write one after the other."""
    for n in range(0, len(ids), _BATCH):
        batch = list(ids[n : n + _BATCH])
        rows = connection.execute(_LOCKED_TEXTS, {"ids": batch}).all()
        for statement in _DELETE:
            connection.execute(statement, {"ids": batch})
        terms: list[str] = []
        sizes: list[str] = []
        for annotation_id, note, quote, tags in rows:
            parts = annotation_words(note, quote, tags)
            for part, part_words in enumerate(parts):
                where: dict[str, list[str]] = {}
                for number, word in enumerate(part_words):
                    where.setdefault(word, []).append(str(number))
                terms.extend(
                    f"{word}\t{annotation_id}\t{part}\t{{{','.join(found)}}}\n"
                    for word, found in where.items()
                )
            sizes.append(f"{annotation_id}\t{sum(map(len, parts))}\n")
        if terms:
            copy_blocks(connection, _COPY_TERMS, ["".join(terms)])
        if sizes:
            copy_blocks(connection, _COPY_SIZES, ["".join(sizes)])


def index_own_changes(connection: Any) -> None:
    """Write the rows of the annotations this transaction changed (queued by the
    triggers), before it commits."""
    ids = sorted(str(i) for (i,) in connection.execute(_OWN))
    if ids:
        index_annotations(connection, ids)


def index_all(connection: Any) -> None:
    """Write every annotation's rows."""
    index_annotations(connection, [str(i) for (i,) in connection.execute(_ALL)])


def stale_words(connection: Any) -> dict[str, tuple[list[str], ...]]:
    """The words of the annotations whose rows are not written (another program
    changed them), cut now: usually none."""
    ids = [str(i) for (i,) in connection.execute(_STALE)]
    if not ids:
        return {}
    return {
        str(annotation_id): annotation_words(note, quote, tags)
        for annotation_id, note, quote, tags in connection.execute(_STALE_TEXTS, {"ids": ids})
    }
