"""Which annotations of a team library hold every term of a query in their note,
quote or tags, ranked as SQLite ranks them: FTS5's bm25 over ``search_annotations``
(every column weighing 1, a term counted in the searched column only), from the word
statistics of :mod:`reader.store.postgres_annotation_index`.

A word costs one index look-up (its rows in that part of the annotations holding
it); a prefix, a range of the index; a phrase, the positions of its words joined in
PostgreSQL. The annotations whose rows are not written yet (another program changed
them) have their words cut here and count as the others do. As in FTS5, every
annotation counts for the number of rows, the average length and a term's IDF, also
those of removed documents; these are not returned.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from reader.core import bm25
from reader.core.query import Term
from reader.core.words import term_words
from reader.store.postgres_annotation_index import PARTS, stale_words
from reader.store.postgres_ranking import found_positions, occurrences, term_parameters

_TOTALS = text(
    "SELECT (SELECT count(*) FROM annotations),"
    " (SELECT coalesce(sum(tokens), 0) FROM search_annotation_sizes)"
)
_FOUND = text(
    """
    SELECT a.id, a.document_id, a.start, d.path, d.title, coalesce(s.tokens, 0)
    FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
    LEFT JOIN search_annotation_sizes AS s ON s.annotation_id = a.id
    WHERE a.id = ANY(:ids) AND d.in_library ORDER BY a.created, a.id
    """
)


def _term_statement(words: list[str], prefix: bool) -> Any:
    """Each annotation whose part :part holds a term, and how often."""
    found = found_positions(
        "search_annotation_terms", "annotation_id", words, prefix, " AND part = :part"
    )
    return text(
        f"{found} SELECT annotation_id, cardinality(positions) FROM found"
        " WHERE positions IS NOT NULL"
    )


def ranked_annotations(
    session: Session, kind: str, terms: tuple[Term, ...], limit: int
) -> list[tuple[float, Any]]:
    """The best ``limit`` annotations of documents in the library whose ``kind`` part
    holds every term, by bm25, lowest (best) score first, ties oldest first: each
    (score, row of id, document id, start, path, title)."""
    part = PARTS[kind]
    stale = stale_words(session)
    frequencies: list[dict[str, float]] = []
    for term in terms:
        statement = _term_statement(term_words(term), term.prefix)
        rows = session.execute(statement, {**term_parameters(term), "part": part})
        found = {str(annotation): float(hits) for annotation, hits in rows}
        for annotation, parts in stale.items():
            hits = occurrences(parts[part], term_words(term), term.prefix)
            if hits:
                found[annotation] = float(hits)
        frequencies.append(found)
    holding = set(frequencies[0]).intersection(*frequencies[1:])
    if not holding:
        return []
    rows_count, tokens = session.execute(_TOTALS).one()
    stale_lengths = {annotation: sum(map(len, parts)) for annotation, parts in stale.items()}
    average = (float(tokens) + sum(stale_lengths.values())) / float(rows_count)
    idfs = [bm25.idf(int(rows_count), len(found)) for found in frequencies]
    scored: list[tuple[float, int, Any]] = []
    for order, row in enumerate(session.execute(_FOUND, {"ids": sorted(holding)}).all()):
        annotation = str(row[0])
        length = stale_lengths.get(annotation, int(row[5]))
        term_frequencies = [found[annotation] for found in frequencies]
        scored.append((bm25.score(term_frequencies, idfs, length, average), order, row[:5]))
    scored.sort(key=lambda item: item[:2])
    return [(score, row) for score, _order, row in scored[:limit]]
