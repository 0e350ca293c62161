"""Full-text search over a team library on PostgreSQL, behind the same interface as
:class:`reader.store.sqlite_search.SearchStore` (migrations 0004 and 0008).

The text search configuration ``reader_simple`` is ``simple`` with ``unaccent`` first:
no stemming and no stop words, case and accents ignored, so a query finds what it finds
in SQLite's ``unicode61 remove_diacritics 2`` index. The same query syntax: every word
must match, ``"quoted words"`` as a phrase (``<->``), ``prefix*`` as ``:*``. Each term
is written as a quoted tsquery lexeme, so no input can raise a syntax error.

- a document matches when each term is in its title or in one of its pieces
  (``search_chunks.words``, GIN-indexed); documents are ranked by ``ts_rank`` of the
  title (times :data:`~reader.store.sqlite_search.TITLE_WEIGHT`) plus the number of
  their pieces that hold a term;
- annotations match on their note, quoted passage (GIN expression indexes) or tags.

Scores are negated ranks, so lower is better as with SQLite's bm25.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from reader.core.library import SearchHit, SearchKind
from reader.core.query import Term
from reader.store.sqlite_search import (
    CLOSE,
    OPEN,
    SNIPPET_TOKENS,
    TITLE_WEIGHT,
    SearchStore,
    chunk_range,
    unmark,
)

CONFIG = "'reader_simple'::regconfig"
_HEADLINE = (
    f'StartSel="{OPEN}", StopSel="{CLOSE}", MaxWords={SNIPPET_TOKENS},'
    f' MinWords={SNIPPET_TOKENS // 2}, FragmentDelimiter=" … "'
)
_WHOLE = f'StartSel="{OPEN}", StopSel="{CLOSE}", HighlightAll=true'


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


_Q = f"to_tsquery({CONFIG}, :q)"
_PIECES = text(
    f"""
    SELECT id, start, text FROM search_chunks
    WHERE id BETWEEN :lo AND :hi AND words @@ {_Q}
    ORDER BY id LIMIT :limit
    """
)
_PIECE_MARKED = text(
    f"SELECT ts_headline({CONFIG}, text, {_Q}, :options) FROM search_chunks WHERE id = :id"
)
_TAGS_OF = """coalesce((
    SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM annotation_tags AS at
    JOIN tags AS t ON t.id = at.tag_id WHERE at.annotation_id = a.id
), '')"""
_ANNOTATION_COLUMNS = {"note": "a.note", "quote": "a.exact", "tag": _TAGS_OF}


class PostgresSearchStore(SearchStore):
    """:class:`SearchStore` with PostgreSQL's text search instead of FTS5 (writing the
    pieces, :meth:`index_text`, is the same SQL on both)."""

    def _ranked_documents(self, terms: tuple[Term, ...], limit: int) -> Sequence[Any]:
        """Documents holding every term (each in its title or one of its pieces), ranked
        by the title's match and how many pieces hold a term: one pass over the pieces
        that hold any term (GIN index), noting which terms each document has."""
        params: dict[str, Any] = {"limit": limit, "any": tsquery_text(terms, any_=True)}
        has = []
        each = []
        for n, term in enumerate(terms):
            params[f"t{n}"] = term_query(term)
            title = f"to_tsvector({CONFIG}, d.title) @@ to_tsquery({CONFIG}, :t{n})"
            if len(terms) == 1:  # every piece found holds it
                each.append(f"(pieces.n IS NOT NULL OR {title})")
            else:
                has.append(f", bool_or(c.words @@ to_tsquery({CONFIG}, :t{n})) AS h{n}")
                each.append(f"(coalesce(pieces.h{n}, false) OR {title})")
        statement = text(
            f"""
            WITH q AS (SELECT to_tsquery({CONFIG}, :any) AS q),
            pieces AS (
                SELECT c.document_id, count(*) AS n {"".join(has)}
                FROM search_chunks AS c, q WHERE c.words @@ q.q GROUP BY c.document_id
            )
            SELECT d.id, -(
                {TITLE_WEIGHT} * ts_rank(to_tsvector({CONFIG}, d.title), q.q)
                + coalesce(pieces.n, 0)
            ) AS score
            FROM documents AS d CROSS JOIN q LEFT JOIN pieces ON pieces.document_id = d.id
            WHERE d.in_library AND {" AND ".join(each)}
            ORDER BY score, d.id LIMIT :limit
            """
        )
        return self._session.execute(statement, params).all()

    def _annotation_rows(self, kind: str, terms: tuple[Term, ...], limit: int) -> Sequence[Any]:
        """Notes and quotes through their GIN expression indexes; tags only among the
        annotations carrying a tag that holds one of the terms."""
        column = _ANNOTATION_COLUMNS[kind]
        vector = f"to_tsvector({CONFIG}, {column})"
        among = ""
        if kind == "tag":
            among = (
                "AND a.id IN (SELECT at.annotation_id FROM annotation_tags AS at"
                " JOIN tags AS t ON t.id = at.tag_id"
                f" WHERE to_tsvector({CONFIG}, t.name) @@ to_tsquery({CONFIG}, :any))"
            )
        statement = text(
            f"""
            SELECT a.id, a.document_id, a.start, d.path, d.title,
                ts_headline({CONFIG}, {column}, {_Q}, :options),
                -ts_rank({vector}, {_Q}) AS score
            FROM annotations AS a JOIN documents AS d ON d.id = a.document_id
            WHERE {vector} @@ {_Q} AND d.in_library {among}
            ORDER BY score, a.created, a.id LIMIT :limit
            """
        )
        return self._session.execute(
            statement,
            {
                "q": tsquery_text(terms),
                "any": tsquery_text(terms, any_=True),
                "limit": limit,
                "options": _HEADLINE,
            },
        ).all()

    def _matching_pieces(
        self, document_id: int, terms: tuple[Term, ...], limit: int, *, any_: bool
    ) -> Sequence[Any]:
        lo, hi = chunk_range(document_id)
        return self._session.execute(
            _PIECES, {"q": tsquery_text(terms, any_=any_), "lo": lo, "hi": hi, "limit": limit}
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
        """A document matched by its title only while its pieces are not written yet."""
        del terms
        return SearchHit(document_id, path, title, SearchKind.TEXT, title, 0, ())

    def rebuild(self) -> None:
        """Write every document's pieces again (the other indexes are PostgreSQL's own)."""
        self._session.execute(text("DELETE FROM search_chunks"))
        for document_id, body in self._session.execute(
            text("SELECT id, text FROM documents")
        ).all():
            self.index_text(document_id, body)
