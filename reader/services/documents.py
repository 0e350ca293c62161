"""Opening documents and keeping the library's record of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from reader.core.document import Document
from reader.formats import load_document
from reader.nlp.language import detect_language
from reader.services.annotations import ReanchorReport, reanchor_in_session
from reader.services.unit_of_work import UnitOfWork
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

    def open(self, path: Path) -> OpenedDocument:
        """Load the file, detect its language, and record it (same path, same record).

        If the text changed, its annotations are re-anchored in the same transaction.
        """
        document = load_document(path)
        language = detect_language(document.text)
        key = str(document.source)
        with self._uow.write() as session:
            row = session.scalar(select(DocumentRow).where(DocumentRow.path == key))
            changed = row is not None and row.content_hash != document.content_hash
            previous_text = row.text if row is not None and changed else None
            if row is None:
                row = DocumentRow(path=key)
                session.add(row)
            row.title = document.title
            row.author = document.author
            row.format = document.format
            row.language = language
            row.content_hash = document.content_hash
            row.text = document.text
            row.word_count = document.word_count
            row.opened = utcnow()
            session.flush()
            report = reanchor_in_session(session, row.id, row.text, row.content_hash, previous_text)
            return OpenedDocument(row.id, document, language, changed, report)

    def recent(self, limit: int = 10) -> list[DocumentSummary]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(DocumentRow).order_by(DocumentRow.opened.desc()).limit(limit)
            )
            return [DocumentSummary(r.id, r.path, r.title, r.language, r.opened) for r in rows]
