"""Full-text search over the library: SQLite FTS5, kept in step by triggers.

The index is created by migration 0004 (see its docstring): ``search_documents``
(title and text of every document) and ``search_annotations`` (note, quoted passage
and tags of every annotation), tokenised ``unicode61 remove_diacritics 2`` so that
case and accents never matter. Those tables are SQL, not ORM models:
:func:`include_object` keeps Alembic's autogenerate away from them.

Queries are built here from what a person types, never passed through: words must
all match, ``"quoted words"`` match as a phrase, a trailing ``*`` matches a prefix.
Every term is quoted for FTS5, so no input can raise a syntax error.

Offsets are code points of the document's canonical text. FTS5 only knows tokens and
bytes, so the offset of a text hit is found in Python by :class:`reader.core.query.Matcher`
(a regular expression that ignores case and accents as the index does), run on the
text itself. (``highlight()`` would find it too, but it rebuilds the whole text: about
100 ms for a 1 MB book; it remains the fallback.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from reader.core.query import Matcher, Term, parse_query

SEARCH_TABLE_PREFIX = "search_"
# Markers of matched words in snippets: private-use characters, absent from real text.
OPEN = "\ue000"
CLOSE = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 14
TITLE_WEIGHT = 4.0
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 200
_SPACE = re.compile(r"\s")


def include_object(
    _object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any
) -> bool:
    """Alembic hook: the FTS5 tables (and their shadow tables) are not ORM models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


def match_expression(terms: tuple[Term, ...], column: str | None = None) -> str:
    """An FTS5 MATCH expression requiring every term (in ``column`` if given)."""
    parts = []
    for term in terms:
        quoted = '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")
        parts.append(f"{column} : {quoted}" if column else quoted)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Found:
    """A search result. ``snippet`` is plain text on one line; ``marks`` are the
    ``[start, end)`` spans of the matched words in it."""

    kind: str  # "text", "note", "quote" or "tag"
    document_id: int
    path: str
    title: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    offset: int
    score: float
    annotation_id: str | None = None


_REMOVED = "SELECT id FROM documents WHERE in_library = 0"

_TEXT_RANKED = text(
    f"""
    SELECT rowid AS id, bm25(search_documents, {TITLE_WEIGHT}, 1.0) AS score
    FROM search_documents
    WHERE search_documents MATCH :match AND rowid NOT IN ({_REMOVED})
    ORDER BY score LIMIT :limit
    """
)
_DOCUMENT = text("SELECT path, title, text FROM documents WHERE id = :id")
# The slow but exact way, when the words cannot be found in Python (they always can in
# practice): highlight() marks exactly what FTS5 matched, and instr() counts characters.
_FTS_DETAIL = text(
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


def search(session: Session, query: str, limit: int) -> list[Found]:
    """The best ``limit`` hits of every kind, best first (documents not removed only).

    FTS5 finds and ranks (bm25, the title weighing more than the text); for a text hit
    the first matching word and a snippet around it are then found in Python, in the
    document's text folded character by character (so positions are code points).
    """
    terms = parse_query(query)
    if not terms or limit <= 0:
        return []
    matcher = Matcher(terms)
    match = match_expression(terms)
    found: list[Found] = []
    ranked = session.execute(_TEXT_RANKED, {"match": match, "limit": limit}).all()
    for document_id, score in ranked:
        path, title, body = session.execute(_DOCUMENT, {"id": document_id}).one()
        offset = matcher.first(body)
        if offset is not None:
            snippet, marks = _window(body, offset, matcher)
        elif title_marks := matcher.spans(title):
            offset, snippet, marks = 0, _one_line(title), tuple(title_marks)
        else:
            offset, snippet, marks = _fts_detail(session, match, document_id)
        found.append(Found("text", document_id, path, title, snippet, marks, offset, score))
    for kind, statement in _ANNOTATIONS.items():
        column_match = match_expression(terms, _COLUMNS[kind])
        for annotation_id, document_id, start, path, title, raw, score in session.execute(
            statement, {"match": column_match, "limit": limit, **_MARKERS}
        ):
            snippet, marks = unmark(raw)
            found.append(
                Found(kind, document_id, path, title, snippet, marks, start, score, annotation_id)
            )
    found.sort(key=lambda hit: hit.score)
    return found[:limit]


def _window(body: str, offset: int, matcher: Matcher) -> tuple[str, tuple[tuple[int, int], ...]]:
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
    return lead + _one_line(piece) + tail, marks


def _fts_detail(
    session: Session, match: str, document_id: int
) -> tuple[int, str, tuple[tuple[int, int], ...]]:
    raw, offset, marker_in_text = session.execute(
        _FTS_DETAIL, {"match": match, "id": document_id, **_MARKERS}
    ).one()
    snippet, marks = unmark(raw or "")
    if marker_in_text:  # the text holds the marker character itself: offset unknown
        offset = 0
    return max(int(offset or 0), 0), snippet, marks


def unmark(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An FTS5 snippet with OPEN/CLOSE markers as plain text on one line, and where
    the markers were."""
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
    return _one_line("".join(out)), tuple(marks)


def _one_line(value: str) -> str:
    """Line ends and tabs as spaces (the same length, so marks stay in place)."""
    return _LINE_BREAKS.sub(" ", value)


_LINE_BREAKS = re.compile(r"[\n\r\t\v\f\u2028\u2029\x85]")


def rebuild(session: Session) -> None:
    """Rebuild both indexes from the tables (repair; never needed in normal use)."""
    session.execute(text("INSERT INTO search_documents(search_documents) VALUES ('rebuild')"))
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
