"""Full-text search over the library: SQLite FTS5, kept in step by triggers.

The index (migrations 0004 and 0008, see their docstrings):

- ``search_documents`` (title and text of every document) finds and ranks documents;
- ``search_chunks`` holds each document's text in paragraph-sized pieces, indexed by
  ``search_chunks_fts``: it says where in a document the words are and gives snippets
  without reading the whole text (``snippet()`` on a whole 1 MB document re-reads and
  re-tokenises it, per hit). A piece's id is ``(document id << 20) + n``, so a
  document's pieces are one rowid range for FTS5;
- ``search_annotations`` (note, quoted passage and tags of every annotation).

All use ``unicode61 remove_diacritics 2``, so case and accents never matter. These
tables are SQL, not ORM models: :func:`include_object` keeps Alembic's autogenerate
away from them.

Queries are built here from what a person types, never passed through: words must
all match, ``"quoted words"`` match as a phrase, a trailing ``*`` matches a prefix.
Every term is quoted for FTS5, so no input can raise a syntax error.

Offsets are code points of the document's canonical text: FTS5 finds the piece, and
:class:`reader.core.query.Matcher` (a regular expression that folds like the index)
finds the words in its few thousand characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from reader.core.chunks import chunk_spans
from reader.core.library import SearchHit, SearchKind
from reader.core.query import Matcher, Term, parse_query

SEARCH_TABLE_PREFIX = "search_"
CHUNK_BITS = 20
# Markers of matched words in snippets: private-use characters, absent from real text.
OPEN = "\ue000"
CLOSE = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
TITLE_WEIGHT = 4.0
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 200
MAX_HITS_PER_DOCUMENT = 10_000
_SPACE = re.compile(r"\s")


def include_object(
    _object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any
) -> bool:
    """Alembic hook: the search index is SQL, not ORM models: the FTS5 tables (and their
    shadow tables), and on PostgreSQL the full-text expression indexes (``ix_*_words``)."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(SEARCH_TABLE_PREFIX)
    return not (type_ == "index" and name.startswith("ix_") and name.endswith("_words"))


def match_expression(
    terms: tuple[Term, ...], column: str | None = None, *, any_: bool = False
) -> str:
    """An FTS5 MATCH expression requiring every term (any term if ``any_``), in
    ``column`` if given."""
    parts = []
    for term in terms:
        quoted = '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")
        parts.append(f"{column} : {quoted}" if column else quoted)
    return (" OR " if any_ else " ").join(parts)


def chunk_range(document_id: int) -> tuple[int, int]:
    """The rowids the pieces of a document can have."""
    return document_id << CHUNK_BITS, ((document_id + 1) << CHUNK_BITS) - 1


_REMOVED = "SELECT id FROM documents WHERE NOT in_library"

_TEXT_RANKED = text(
    f"""
    SELECT rowid AS id, bm25(search_documents, {TITLE_WEIGHT}, 1.0) AS score
    FROM search_documents
    WHERE search_documents MATCH :match AND rowid NOT IN ({_REMOVED})
    ORDER BY score, rowid LIMIT :limit
    """
)
_DOCUMENTS = text("SELECT id, path, title FROM documents WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_PIECES = text(
    """
    SELECT c.id, c.start, c.text FROM search_chunks_fts AS f
    JOIN search_chunks AS c ON c.id = f.rowid
    WHERE search_chunks_fts MATCH :match AND f.rowid BETWEEN :lo AND :hi
    ORDER BY f.rowid LIMIT :limit
    """
)
_TEXT_OF = text("SELECT text FROM documents WHERE id = :id")
_HAS_PIECES = text("SELECT 1 FROM search_chunks WHERE id BETWEEN :lo AND :hi LIMIT 1")
# Where Python cannot place the words in a piece: highlight() marks what FTS5 matched.
_PIECE_DETAIL = text(
    """
    SELECT highlight(search_chunks_fts, 0, :open, :close) FROM search_chunks_fts
    WHERE search_chunks_fts MATCH :match AND rowid = :id
    """
)
# A document whose pieces are not written yet (its text was changed by another
# program): the slow whole-document way.
_DOCUMENT_DETAIL = text(
    f"""
    SELECT snippet(search_documents, -1, :open, :close, :ellipsis, {SNIPPET_TOKENS}),
        instr(highlight(search_documents, 1, :open, :close), :open) - 1,
        instr(d.text, :open) > 0
    FROM search_documents JOIN documents AS d ON d.id = search_documents.rowid
    WHERE search_documents MATCH :match AND search_documents.rowid = :id
    """
)
_ANNOTATIONS = {
    kind: text(
        f"""
        SELECT k.annotation_id, a.document_id, a.start, d.path, d.title,
            snippet(search_annotations, {column}, :open, :close, :ellipsis, {SNIPPET_TOKENS}),
            bm25(search_annotations) AS score
        FROM search_annotations
        JOIN search_annotation_keys AS k ON k.id = search_annotations.rowid
        JOIN annotations AS a ON a.id = k.annotation_id
        JOIN documents AS d ON d.id = a.document_id
        WHERE search_annotations MATCH :match AND a.document_id NOT IN ({_REMOVED})
        ORDER BY score LIMIT :limit
        """
    )
    for kind, column in (("note", 0), ("quote", 1), ("tag", 2))
}
_COLUMNS = {"note": "note", "quote": "quote", "tag": "tags"}
_MARKERS = {"open": OPEN, "close": CLOSE, "ellipsis": ELLIPSIS}
_INSERT_PIECE = text(
    "INSERT INTO search_chunks (id, document_id, start, text) VALUES (:id, :doc, :start, :text)"
)
_DELETE_PIECES = text("DELETE FROM search_chunks WHERE id BETWEEN :lo AND :hi")


class Ranked(NamedTuple):
    """A document found, its score, and (when the engine already knows it, ``placed``)
    the first of its pieces holding every term, else any term: (id, start, text), or
    None when only its title holds them."""

    document_id: int
    score: float
    placed: bool = False
    piece: tuple[int, int, str] | None = None


class SearchStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def index_text(self, document_id: int, body: str) -> None:
        """Write a document's pieces (its title and whole text are indexed by triggers)."""
        lo, hi = chunk_range(document_id)
        self._session.execute(_DELETE_PIECES, {"lo": lo, "hi": hi})
        rows = [
            {"id": lo + n, "doc": document_id, "start": start, "text": body[start:end]}
            for n, (start, end) in enumerate(chunk_spans(body))
        ]
        if rows:
            self._session.execute(_INSERT_PIECE, rows)

    def index_documents(self, document_ids: Sequence[int]) -> None:
        """:meth:`index_text` for each of these documents, from their stored text."""
        for document_id in document_ids:
            body = self._session.execute(_TEXT_OF, {"id": document_id}).scalar_one()
            self.index_text(document_id, body)

    def before_commit(self) -> None:
        """Write what the index still needs before a write commits: nothing here (the
        triggers do it all)."""

    def has_pieces(self, document_id: int) -> bool:
        lo, hi = chunk_range(document_id)
        return self._session.execute(_HAS_PIECES, {"lo": lo, "hi": hi}).first() is not None

    def search(self, query: str, limit: int, *, all_hits: bool = False) -> list[SearchHit]:
        """The best ``limit`` hits of every kind, best first (documents not removed only).

        FTS5 finds and ranks documents (bm25, the title weighing more than the text);
        a text hit is the first matching word of the first piece holding every term (or
        any, if no piece holds them all), with a snippet around it. With ``all_hits``,
        every matching word of each document found is a hit, in text order, after it.
        """
        terms = parse_query(query)
        if not terms or limit <= 0:
            return []
        matcher = Matcher(terms)
        found: list[tuple[float, list[SearchHit]]] = []
        ranked = self._ranked_documents(terms, limit)
        names = (
            {
                row.id: (row.path, row.title)
                for row in self._session.execute(
                    _DOCUMENTS, {"ids": [r.document_id for r in ranked]}
                )
            }
            if ranked
            else {}
        )
        for document in ranked:
            path, title = names[document.document_id]
            hits = self._text_hits(document, path, title, terms, matcher, all_hits=all_hits)
            found.append((document.score, hits))
        for kind in _COLUMNS:
            for annotation_id, document_id, start, path, title, raw, score in self._annotation_rows(
                kind, terms, limit
            ):
                snippet, marks = unmark(raw)
                hit = SearchHit(
                    document_id, path, title, SearchKind(kind), snippet, start, marks, annotation_id
                )
                found.append((score, [hit]))
        found.sort(key=lambda item: item[0])
        return [hit for _score, hits in found[:limit] for hit in hits]

    def _ranked_documents(self, terms: tuple[Term, ...], limit: int) -> list[Ranked]:
        """The best ``limit`` documents, lowest score first."""
        rows = self._session.execute(
            _TEXT_RANKED, {"match": match_expression(terms), "limit": limit}
        ).all()
        return [Ranked(int(document_id), float(score)) for document_id, score in rows]

    def _annotation_rows(self, kind: str, terms: tuple[Term, ...], limit: int) -> Sequence[Any]:
        """(annotation id, document id, start, path, title, marked snippet, score) of the
        best ``limit`` annotations whose ``kind`` column matches, lowest score first."""
        column_match = match_expression(terms, _COLUMNS[kind])
        return self._session.execute(
            _ANNOTATIONS[kind], {"match": column_match, "limit": limit, **_MARKERS}
        ).all()

    def _matching_pieces(
        self, document_id: int, terms: tuple[Term, ...], limit: int, *, any_: bool
    ) -> Sequence[Any]:
        """(id, start, text) of a document's pieces holding every term (any, if
        ``any_``), in text order."""
        lo, hi = chunk_range(document_id)
        return self._session.execute(
            _PIECES,
            {"match": match_expression(terms, any_=any_), "lo": lo, "hi": hi, "limit": limit},
        ).all()

    def _text_hits(
        self,
        document: Ranked,
        path: str,
        title: str,
        terms: tuple[Term, ...],
        matcher: Matcher,
        *,
        all_hits: bool,
    ) -> list[SearchHit]:
        document_id = document.document_id
        wanted = MAX_HITS_PER_DOCUMENT if all_hits else 1
        pieces: Sequence[Any] = []
        if document.placed and not all_hits:
            pieces = [document.piece] if document.piece else []
        else:
            for any_ in (False, True):
                pieces = self._matching_pieces(document_id, terms, wanted, any_=any_)
                if pieces or len(terms) == 1:
                    break
        hits: list[SearchHit] = []
        for piece_id, start, body in pieces:
            spans = matcher.spans(body) or self._spans_by_fts(piece_id, terms)
            for first, _end in spans if all_hits else spans[:1]:
                snippet, marks = snippet_window(body, first, matcher)
                hits.append(
                    SearchHit(
                        document_id, path, title, SearchKind.TEXT, snippet, start + first, marks
                    )
                )
                if len(hits) >= wanted:
                    return hits
        if hits:
            return hits
        if pieces or self.has_pieces(document_id):  # only the title matched
            title_marks = tuple(matcher.spans(title))
            return [
                SearchHit(
                    document_id, path, title, SearchKind.TEXT, _one_line(title), 0, title_marks
                )
            ]
        return [self._document_detail(document_id, path, title, terms)]

    def _spans_by_fts(self, piece_id: int, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
        """Where the index matched words in a piece Python could not place them in."""
        raw = self._session.execute(
            _PIECE_DETAIL,
            {"match": match_expression(terms, any_=True), "id": piece_id, **_MARKERS},
        ).scalar()
        return list(unmark(raw or "", one_line=False)[1])

    def _document_detail(
        self, document_id: int, path: str, title: str, terms: tuple[Term, ...]
    ) -> SearchHit:
        raw, offset, marker_in_text = self._session.execute(
            _DOCUMENT_DETAIL, {"match": match_expression(terms), "id": document_id, **_MARKERS}
        ).one()
        snippet, marks = unmark(raw or "")
        if marker_in_text:  # the text holds the marker character itself: offset unknown
            offset = 0
        return SearchHit(
            document_id, path, title, SearchKind.TEXT, snippet, max(int(offset or 0), 0), marks
        )

    def rebuild(self) -> None:
        """Rebuild every index from the tables (repair; never needed in normal use)."""
        session = self._session
        session.execute(text("INSERT INTO search_documents(search_documents) VALUES ('rebuild')"))
        session.execute(text("DELETE FROM search_chunks"))
        session.execute(text("INSERT INTO search_chunks_fts(search_chunks_fts) VALUES ('rebuild')"))
        for document_id, body in session.execute(text("SELECT id, text FROM documents")).all():
            self.index_text(document_id, body)
        session.execute(text("DELETE FROM search_annotations"))
        session.execute(text("DELETE FROM search_annotation_keys"))
        session.execute(
            text(
                "INSERT INTO search_annotation_keys(annotation_id)"
                " SELECT id FROM annotations ORDER BY created, id"
            )
        )
        session.execute(
            text(
                """
                INSERT INTO search_annotations(rowid, note, quote, tags)
                SELECT k.id, a.note, a.exact, coalesce((
                    SELECT group_concat(name, ', ') FROM (
                        SELECT t.name AS name FROM annotation_tags AS at
                        JOIN tags AS t ON t.id = at.tag_id
                        WHERE at.annotation_id = a.id ORDER BY t.name
                    )
                ), '')
                FROM search_annotation_keys AS k JOIN annotations AS a ON a.id = k.annotation_id
                """
            )
        )


def snippet_window(
    body: str, offset: int, matcher: Matcher
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About SNIPPET_LENGTH characters of ``body`` around ``offset``, cut between words."""
    start = max(offset - SNIPPET_BEFORE, 0)
    if start > 0:
        space = _SPACE.search(body, start, offset)
        start = space.end() if space else start
    end = min(start + SNIPPET_LENGTH, len(body))
    if end < len(body):
        spaces = [m.start() for m in _SPACE.finditer(body, offset, end)]
        end = spaces[-1] if spaces else end
    piece = body[start:end]
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(body) else ""
    marks = tuple((s + len(lead), e + len(lead)) for s, e in matcher.spans(piece))
    if not marks and start <= offset < end:  # words Python could not place (see FTS)
        word_end = offset
        while word_end < end and body[word_end].isalnum():
            word_end += 1
        marks = ((offset - start + len(lead), word_end - start + len(lead)),)
    return lead + _one_line(piece) + tail, marks


def unmark(raw: str, *, one_line: bool = True) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet with OPEN/CLOSE markers as plain text (on one line if ``one_line``),
    and where the markers were."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for char in raw:
        if char == OPEN:
            start = length
        elif char == CLOSE:
            if start is not None and length > start:
                marks.append((start, length))
            start = None
        else:
            out.append(char)
            length += 1
    plain = "".join(out)
    return _one_line(plain) if one_line else plain, tuple(marks)


def _one_line(value: str) -> str:
    """Line ends and tabs as spaces (the same length, so marks stay in place)."""
    return _LINE_BREAKS.sub(" ", value)


_LINE_BREAKS = re.compile(r"[\n\r\t\v\f\u2028\u2029\x85]")
