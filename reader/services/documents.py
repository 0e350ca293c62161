"""Opening documents and keeping the library's record of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.document import Document, paragraph_blocks, work_text
from reader.core.errors import DocumentError, NotFoundError
from reader.formats import Progress, load_document
from reader.formats.reading import name_is_utf8, shown
from reader.formats.version import TEXT_VERSION
from reader.nlp.language import detect_language
from reader.services.annotations import ReanchorReport, reanchor_in_session
from reader.services.conversion import conversion_changed
from reader.services.unit_of_work import UnitOfWork
from reader.store.codec import (
    blocks_from_json,
    blocks_to_json,
    metadata_from_json,
    metadata_to_json,
    toc_from_json,
    toc_to_json,
)
from reader.store.models import DocumentRow, utcnow


@dataclass(frozen=True, slots=True)
class OpenedDocument:
    id: int
    document: Document
    language: str | None
    content_changed: bool
    reanchor: ReanchorReport | None = None
    """What re-anchoring the annotations in the new text did; None if none needed it."""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    path: str
    title: str
    language: str | None
    opened: datetime


class DocumentService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def open(
        self,
        path: Path,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        check: Callable[[], None] | None = None,
    ) -> OpenedDocument:
        """Load the file, detect its language, and record it (same path, same record).

        If the text changed, its annotations are re-anchored in the same transaction.
        In a read-only library nothing is written: a recorded document opens as it was
        recorded (the text its annotations were made on); one not recorded is refused.
        ``password`` opens an encrypted PDF (PasswordRequired says when one is needed);
        ``progress`` hears of each PDF page read, ``check`` raises to stop reading.
        """
        document = load_document(path, password=password, progress=progress, check=check)
        language = detect_language(work_text(document.text, document.blocks).lstrip())
        if self._uow.read_only:
            return self._open_recorded(document, language)
        with self._uow.write() as session:
            row, changed, report = record_document(session, document, language, opened=True)
            return OpenedDocument(row.id, document, language, changed, report)

    def _open_recorded(self, document: Document, language: str | None) -> OpenedDocument:
        with self._uow.read() as session:
            key = str(document.source)
            row = session.scalar(select(DocumentRow).where(DocumentRow.path == key))
            if row is None:
                refusal = self._uow.state.write_refusal()
                raise refusal or NotFoundError(f"{document.source} is not in the library")
            if row.content_hash == document.content_hash:
                return OpenedDocument(row.id, document, language, content_changed=False)
            return OpenedDocument(row.id, stored_document(row), row.language, False)

    def stored(self, document_id: int) -> Document:
        """The document as last recorded, rebuilt from the database alone (text, title,
        blocks, contents, author, metadata, format, source): for when the file has moved."""
        with self._uow.read() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"no document with id {document_id}")
            return stored_document(row)

    def recent(self, limit: int = 10) -> list[DocumentSummary]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.in_library)
                .order_by(DocumentRow.opened.desc())
                .limit(limit)
            )
            return [DocumentSummary(r.id, r.path, r.title, r.language, r.opened) for r in rows]


def record_document(
    session: Session, document: Document, language: str | None, *, opened: bool
) -> tuple[DocumentRow, bool, ReanchorReport | None]:
    """Record a loaded document in the caller's transaction (same path, same row): text,
    structure, metadata; back in the library if it had been removed. ``opened`` marks it
    as opened now (a new row is always marked). Annotations are re-anchored if the text
    changed. Returns the row, whether the text changed, and the re-anchoring report."""
    check_storable(document)
    key = str(document.source)
    row = session.scalar(select(DocumentRow).where(DocumentRow.path == key))
    changed = row is not None and row.content_hash != document.content_hash
    previous_text = row.text if row is not None and changed else None
    reconverted = row is not None and row.text_version != TEXT_VERSION
    converted_from = row.text if row is not None else ""
    now = utcnow()
    if row is None:
        row = DocumentRow(path=key, created=now, opened=now)
        session.add(row)
    row.title = document.title
    row.author = document.author
    row.format = document.format
    row.language = language
    row.content_hash = document.content_hash
    row.text = document.text
    row.word_count = document.word_count
    row.blocks = blocks_to_json(document.blocks)
    row.toc = toc_to_json(document.toc)
    row.metadata_json = metadata_to_json(document.metadata)
    row.size_bytes = _file_size(document.source)
    row.in_library = True
    row.text_version = TEXT_VERSION
    if opened:
        row.opened = now
    session.flush()
    if reconverted:
        conversion_changed(session, row, converted_from)
    report = reanchor_in_session(session, row.id, row.text, row.content_hash, previous_text)
    return row, changed, report


def check_storable(document: Document) -> None:
    """DocumentError if the document's path cannot be kept in the library (a file name
    whose bytes are not UTF-8: SQLite text is UTF-8)."""
    if not name_is_utf8(str(document.source)):
        raise DocumentError(
            f"{shown(document.source or '')}: the file name is not valid UTF-8, so it cannot"
            " be kept in the library; rename the file"
        )


def stored_document(row: DocumentRow) -> Document:
    """A Document from its row; a row recorded before structure was stored gets one
    paragraph per line."""
    length = len(row.text)
    blocks = blocks_from_json(row.blocks, length) or paragraph_blocks(row.text)
    return Document(
        row.text,
        row.title,
        blocks,
        row.format,
        Path(row.path),
        row.author,
        metadata_from_json(row.metadata_json),
        toc_from_json(row.toc, length),
    )


def _file_size(source: Path | None) -> int | None:
    try:
        return source.stat().st_size if source is not None else None
    except OSError:
        return None
