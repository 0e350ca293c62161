"""The library: documents recorded without opening them, listed, removed, searched.

Every public method is one user action with its own unit of work; methods return
plain frozen dataclasses. Search covers the documents' titles and texts and the
annotations' notes, quoted passages and tags, ignoring case and accents; see
:mod:`reader.store.search` for the query syntax and how the index is kept in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from reader.core.document import work_text
from reader.core.errors import InputError, NotFoundError
from reader.core.query import fold
from reader.formats import load_document
from reader.nlp.language import detect_language
from reader.services.annotations import ReanchorReport
from reader.services.documents import check_storable, record_document
from reader.services.unit_of_work import UnitOfWork
from reader.store import search as store_search
from reader.store.models import AnnotationRow, DocumentRow, TagRow, annotation_tags

__all__ = [
    "MAX_SEARCH_LIMIT",
    "AddedDocument",
    "LibraryEntry",
    "LibraryService",
    "LibrarySort",
    "SearchHit",
    "SearchKind",
    "fold",
]

MAX_SEARCH_LIMIT = 1000


class LibrarySort(StrEnum):
    OPENED = "opened"  # most recently opened (or added) first
    ADDED = "added"  # most recently added first
    TITLE = "title"  # A to Z, ignoring case and accents
    AUTHOR = "author"  # A to Z, documents without an author last
    ANNOTATIONS = "annotations"  # most annotated first


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A document of the library (times are aware UTC)."""

    id: int
    path: str
    title: str
    author: str | None
    language: str | None
    format: str
    annotation_count: int
    opened: datetime
    """Last opened in a window; for a document only added, when it was added."""
    added: datetime
    in_library: bool
    word_count: int = 0
    size_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class AddedDocument:
    entry: LibraryEntry
    new: bool
    """False if the file was already recorded (its record is refreshed)."""
    content_changed: bool
    reanchor: ReanchorReport | None = None
    warnings: tuple[str, ...] = ()
    """What the user should know about how the file was read (see Document.warnings)."""


class SearchKind(StrEnum):
    TEXT = "text"  # the document's title or text
    NOTE = "note"  # an annotation's note
    QUOTE = "quote"  # an annotation's highlighted passage
    TAG = "tag"  # an annotation's tags


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. ``offset`` counts code points of the document's canonical text: the
    first matching word for a text hit (0 if only the title matched), the annotation's
    start otherwise (an orphan's last known start). ``snippet`` is plain text on one
    line; ``marks`` are the ``[start, end)`` spans of the matched words in it."""

    document_id: int
    path: str
    title: str
    kind: SearchKind
    snippet: str
    offset: int
    marks: tuple[tuple[int, int], ...] = ()
    annotation_id: str | None = None


class LibraryService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def add(self, path: Path, *, password: str | None = None) -> AddedDocument:
        """Load the file and record it in the library without opening it.

        A file already recorded is read again (annotations re-anchored if its text
        changed) and put back in the library if it had been removed. A file that cannot
        be read raises DocumentError and nothing is written; ``password`` opens an
        encrypted PDF.
        """
        document = load_document(path, password=password)
        check_storable(document)
        language = detect_language(work_text(document.text, document.blocks).lstrip())
        with self._uow.write() as session:
            key = str(document.source)
            new = session.scalar(select(DocumentRow.id).where(DocumentRow.path == key)) is None
            row, changed, report = record_document(session, document, language, opened=False)
            entry = _entries(session, document_id=row.id)[0]
        return AddedDocument(entry, new, changed, report, document.warnings)

    def documents(
        self,
        sort: LibrarySort | str = LibrarySort.OPENED,
        filter_text: str = "",
        *,
        include_removed: bool = False,
    ) -> list[LibraryEntry]:
        """The library's documents, sorted; ``filter_text`` keeps those whose title,
        author or file name contain every word of it (case and accents ignored)."""
        try:
            order = LibrarySort(sort)
        except ValueError:
            choices = ", ".join(s.value for s in LibrarySort)
            raise InputError(f"unknown sort {sort!r}: choose one of {choices}") from None
        with self._uow.read() as session:
            entries = _entries(session, include_removed=include_removed)
        words = fold(filter_text).split()
        if words:
            entries = [e for e in entries if all(w in _haystack(e) for w in words)]
        return _sorted(entries, order)

    def get(self, document_id: int) -> LibraryEntry:
        with self._uow.read() as session:
            found = _entries(session, document_id=document_id, include_removed=True)
        if not found:
            raise NotFoundError(f"no document with id {document_id}")
        return found[0]

    def remove(self, document_id: int, delete_annotations: bool = False) -> None:
        """Take a document out of the library. Its record and annotations are kept (and
        come back if it is added or opened again) unless ``delete_annotations``: then
        the record, its annotations and corrections are deleted for good."""
        with self._uow.write() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"no document with id {document_id}")
            if not delete_annotations:
                row.in_library = False
                return
            tag_ids = set(
                session.scalars(
                    select(annotation_tags.c.tag_id)
                    .join(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
                    .where(AnnotationRow.document_id == document_id)
                )
            )
            session.execute(
                delete(DocumentRow)
                .where(DocumentRow.id == document_id)
                .execution_options(synchronize_session=False)
            )
            if tag_ids:  # tags no other annotation uses go with them
                session.execute(
                    delete(TagRow)
                    .where(
                        TagRow.id.in_(tag_ids),
                        ~exists().where(annotation_tags.c.tag_id == TagRow.id),
                    )
                    .execution_options(synchronize_session=False)
                )
            session.expunge_all()

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Documents and annotations matching ``query``, best first.

        Every word must match (accents and case ignored); ``"several words"`` match as
        a phrase; ``word*`` matches words starting with it. Any input is accepted: a
        query with nothing searchable in it finds nothing.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise InputError(f"the number of results must be a positive whole number: {limit}")
        if not isinstance(query, str):
            raise InputError(f"a search must be text, not {type(query).__name__}")
        limit = min(limit, MAX_SEARCH_LIMIT)
        with self._uow.read() as session:
            found = store_search.search(session, query, limit)
        return [_hit(item) for item in found]


# -- helpers ----------------------------------------------------------------------------


def _entries(
    session: Session, *, document_id: int | None = None, include_removed: bool = False
) -> list[LibraryEntry]:
    counts = (
        select(AnnotationRow.document_id, func.count().label("n"))
        .group_by(AnnotationRow.document_id)
        .subquery()
    )
    statement = select(
        DocumentRow.id,
        DocumentRow.path,
        DocumentRow.title,
        DocumentRow.author,
        DocumentRow.language,
        DocumentRow.format,
        func.coalesce(counts.c.n, 0),
        DocumentRow.opened,
        DocumentRow.created,
        DocumentRow.in_library,
        DocumentRow.word_count,
        DocumentRow.size_bytes,
    ).outerjoin(counts, counts.c.document_id == DocumentRow.id)
    if document_id is not None:
        statement = statement.where(DocumentRow.id == document_id)
    if not include_removed:
        statement = statement.where(DocumentRow.in_library)
    return [
        LibraryEntry(
            id=row[0],
            path=row[1],
            title=row[2],
            author=row[3],
            language=row[4],
            format=row[5],
            annotation_count=row[6],
            opened=_aware(row[7]),
            added=_aware(row[8]),
            in_library=bool(row[9]),
            word_count=row[10] or 0,
            size_bytes=row[11],
        )
        for row in session.execute(statement)
    ]


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _haystack(entry: LibraryEntry) -> str:
    return fold(" ".join((entry.title, entry.author or "", Path(entry.path).name)))


def _sorted(entries: list[LibraryEntry], order: LibrarySort) -> list[LibraryEntry]:
    def title_key(e: LibraryEntry) -> tuple[str, str, int]:
        return fold(e.title), e.title, e.id

    by_title = sorted(entries, key=title_key)
    if order is LibrarySort.TITLE:
        return by_title
    if order is LibrarySort.AUTHOR:
        return sorted(by_title, key=lambda e: (e.author is None, fold(e.author or "")))
    if order is LibrarySort.ANNOTATIONS:
        return sorted(by_title, key=lambda e: -e.annotation_count)
    if order is LibrarySort.ADDED:
        return sorted(by_title, key=lambda e: (e.added, e.id), reverse=True)
    return sorted(by_title, key=lambda e: (e.opened, e.id), reverse=True)


def _hit(found: store_search.Found) -> SearchHit:
    return SearchHit(
        document_id=found.document_id,
        path=found.path,
        title=found.title,
        kind=SearchKind(found.kind),
        snippet=found.snippet,
        offset=found.offset,
        marks=found.marks,
        annotation_id=found.annotation_id,
    )
