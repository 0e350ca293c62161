"""Full-text search over a team library on PostgreSQL, behind the same interface as
:class:`reader.store.sqlite_search.SearchStore`, finding and ranking what SQLite's FTS5
finds, in the same order.

- Documents: their words are cut and folded in Python as FTS5 cuts them
  (:mod:`reader.store.postgres_index`, migration 0014); a document holds a term when
  its title or text does, and documents are ranked by FTS5's bm25
  (:mod:`reader.store.postgres_ranking`). A document's pieces holding the words are
  found through their ``tsvector`` (GIN index), walked in text order.
- Annotations: their words too are cut in Python and kept with their positions
  (:mod:`reader.store.postgres_annotation_index`, migration 0017); an annotation
  holds a term when its note, quoted passage or tags do, and annotations are ranked
  by FTS5's bm25 (:mod:`reader.store.postgres_annotation_ranking`); their snippets
  are marked by ``ts_headline`` (configuration ``reader_simple`` of migration 0004).

The same query syntax: every word must match, ``"quoted words"`` as a phrase
(``<->``), ``prefix*`` as ``:*``. Each term is written as a quoted tsquery lexeme, so
no input can raise a syntax error. Scores are bm25's, lower is better, so
documents and annotations interleave as on SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from reader.core.library import SearchHit, SearchKind
from reader.core.query import Matcher, Term
from reader.store.postgres_annotation_index import index_all, index_own_changes
from reader.store.postgres_annotation_ranking import ranked_annotations
from reader.store.postgres_index import tsquery_text, words_query, write_index, write_many
from reader.store.postgres_ranking import ranked_documents
from reader.store.sqlite_search import (
    CLOSE,
    OPEN,
    SNIPPET_TOKENS,
    Ranked,
    SearchStore,
    chunk_range,
    snippet_window,
    unmark,
)

CONFIG = "'reader_simple'::regconfig"
_HEADLINE = (
    f'StartSel="{OPEN}", StopSel="{CLOSE}", MaxWords={SNIPPET_TOKENS},'
    f' MinWords={SNIPPET_TOKENS // 2}, FragmentDelimiter=" … "'
)
_WHOLE = f'StartSel="{OPEN}", StopSel="{CLOSE}", HighlightAll=true'


_Q = f"to_tsquery({CONFIG}, :q)"
_PIECES = text(
    """
    SELECT id, start, text FROM search_chunks
    WHERE id BETWEEN :lo AND :hi AND words @@ CAST(:q AS tsquery)
    ORDER BY id LIMIT :limit
    """
)
_PIECE_MARKED = text(
    f"SELECT ts_headline({CONFIG}, text, {_Q}, :options) FROM search_chunks WHERE id = :id"
)
_TITLE = text("SELECT title FROM documents WHERE id = :id")
_TEXT = text("SELECT text FROM documents WHERE id = :id")
_TITLE_TEXT = text("SELECT id, title, text FROM documents WHERE id = :id")
_INDEXED = text(
    """
    SELECT 1 FROM search_sizes AS s JOIN documents AS d ON d.id = s.document_id
    WHERE s.document_id = :id AND s.title = d.title
    AND EXISTS (SELECT 1 FROM search_chunks WHERE id BETWEEN :lo AND :hi)
    """
)
_TAGS_OF = """coalesce((
    SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM annotation_tags AS at
    JOIN tags AS t ON t.id = at.tag_id WHERE at.annotation_id = a.id
), '')"""
_ANNOTATION_COLUMNS = {"note": "a.note", "quote": "a.exact", "tag": _TAGS_OF}


class PostgresSearchStore(SearchStore):
    """:class:`SearchStore` with PostgreSQL's text search instead of FTS5."""

    def index_text(self, document_id: int, body: str) -> None:
        """Write a document's pieces, with their words, and its words' positions."""
        title = self._session.execute(_TITLE, {"id": document_id}).scalar_one()
        write_index(self._session, document_id, title, body)

    def index_documents(self, document_ids: Sequence[int]) -> None:
        """:meth:`index_text` for each of these documents, from their stored text; the
        words of one are cut while the server writes the previous one's."""
        rows = (
            self._session.execute(_TITLE_TEXT, {"id": document_id}).one()
            for document_id in document_ids
        )
        write_many(self._session, ((int(id_), title, body) for id_, title, body in rows))

    def before_commit(self) -> None:
        """Write the word rows of the annotations this transaction changed."""
        index_own_changes(self._session)

    def has_pieces(self, document_id: int) -> bool:
        """Whether the document's pieces are written, for its title as it is now."""
        lo, hi = chunk_range(document_id)
        return (
            self._session.execute(_INDEXED, {"id": document_id, "lo": lo, "hi": hi}).first()
            is not None
        )

    def _ranked_documents(self, terms: tuple[Term, ...], limit: int) -> list[Ranked]:
        return ranked_documents(self._session, terms, limit)

    def _annotation_rows(self, kind: str, terms: tuple[Term, ...], limit: int) -> Sequence[Any]:
        """The best annotations by bm25 (:mod:`reader.store.postgres_annotation_ranking`),
        with a snippet of their ``kind`` part marked by ``ts_headline``."""
        best = ranked_annotations(self._session, kind, terms, limit)
        if not best:
            return []
        statement = text(
            f"SELECT a.id, ts_headline({CONFIG}, {_ANNOTATION_COLUMNS[kind]}, {_Q}, :options)"
            " FROM annotations AS a WHERE a.id = ANY(:ids)"
        )
        ids = [row[0] for _score, row in best]
        marked: dict[str, str] = {
            str(annotation): str(raw)
            for annotation, raw in self._session.execute(
                statement, {"q": tsquery_text(terms), "ids": ids, "options": _HEADLINE}
            ).all()
        }
        return [(*row, marked[row[0]], score) for score, row in best]

    def _matching_pieces(
        self, document_id: int, terms: tuple[Term, ...], limit: int, *, any_: bool
    ) -> Sequence[Any]:
        lo, hi = chunk_range(document_id)
        return self._session.execute(
            _PIECES, {"q": words_query(terms, any_=any_), "lo": lo, "hi": hi, "limit": limit}
        ).all()

    def _spans_by_fts(self, piece_id: int, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
        raw = self._session.execute(
            _PIECE_MARKED,
            {"q": tsquery_text(terms, any_=True), "id": piece_id, "options": _WHOLE},
        ).scalar()
        return list(unmark(raw or "", one_line=False)[1])

    def _document_detail(
        self, document_id: int, path: str, title: str, terms: tuple[Term, ...]
    ) -> SearchHit:
        """A document whose words are not written yet (another program changed its
        text): the first match in its whole text, else its title."""
        body = self._session.execute(_TEXT, {"id": document_id}).scalar_one()
        matcher = Matcher(terms)
        offset = matcher.first(body)
        if offset is None:
            return SearchHit(document_id, path, title, SearchKind.TEXT, title, 0, ())
        snippet, marks = snippet_window(body, offset, matcher)
        return SearchHit(document_id, path, title, SearchKind.TEXT, snippet, offset, marks)

    def rebuild(self) -> None:
        """Write every document's pieces and words, and every annotation's words, again."""
        for statement in ("search_chunks", "search_terms", "search_sizes"):
            self._session.execute(text(f"DELETE FROM {statement}"))
        for document_id, title, body in self._session.execute(
            text("SELECT id, title, text FROM documents")
        ).all():
            write_index(self._session, document_id, title, body)
        index_all(self._session)
