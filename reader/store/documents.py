"""Queries on ``documents``: the record of each file read, and the library's listing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from reader.core.document import Block, Document, paragraph_blocks
from reader.core.errors import NotFoundError
from reader.core.library import LibraryEntry
from reader.core.messages import Msg, message
from reader.store.codec import (
    aware,
    blocks_from_json,
    blocks_to_json,
    metadata_from_json,
    metadata_to_json,
    toc_from_json,
    toc_to_json,
)
from reader.store.models import AnnotationRow, DocumentRow, utcnow
from reader.store.upsert import insert_missing


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording a loaded document did."""

    id: int
    new: bool
    text_changed: bool
    previous_text: str | None
    """The text the record had until now, if it changed."""
    reconverted: bool = False
    """The record was made by another version of the conversion (``text_version``)."""


class DocumentStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def id_of(self, path: str) -> int | None:
        return self._session.scalar(select(DocumentRow.id).where(DocumentRow.path == path))

    def content_hash(self, document_id: int) -> str | None:
        return self._session.scalar(
            select(DocumentRow.content_hash).where(DocumentRow.id == document_id)
        )

    def hash_language_words(self, document_id: int) -> tuple[str, str | None, int] | None:
        """The stored text's hash, language and word count (without reading the text)."""
        found = self._session.execute(
            select(DocumentRow.content_hash, DocumentRow.language, DocumentRow.word_count).where(
                DocumentRow.id == document_id
            )
        ).one_or_none()
        if found is None:
            return None
        return found.content_hash, found.language, found.word_count or 0

    def text(self, document_id: int) -> tuple[str, str, str | None]:
        """The stored canonical text, its hash and its language."""
        found = self._session.execute(
            select(DocumentRow.text, DocumentRow.content_hash, DocumentRow.language).where(
                DocumentRow.id == document_id
            )
        ).one_or_none()
        if found is None:
            raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
        return found.text, found.content_hash, found.language

    def blocks(self, document_id: int, length: int) -> tuple[Block, ...]:
        """The stored structure of the document (of a text ``length`` long)."""
        data = self._session.scalar(select(DocumentRow.blocks).where(DocumentRow.id == document_id))
        return blocks_from_json(data, length)

    def record(
        self,
        document: Document,
        language: str | None,
        size_bytes: int | None,
        words: int,
        *,
        opened: bool,
        into_library: bool,
        text_version: int,
    ) -> Recorded:
        """Record a loaded document (same path, same row): text, structure, metadata, and
        the version of the conversion that made its text.

        ``opened`` marks it opened now; ``into_library`` puts it (back) in the library.
        A new row is marked opened now, and is in the library if ``into_library``.
        """
        key = str(document.source)
        now = utcnow()
        fields = {
            "title": document.title,
            "author": document.author,
            "format": document.format,
            "language": language,
            "content_hash": document.content_hash,
            "word_count": words,
            "blocks": blocks_to_json(document.blocks),
            "toc": toc_to_json(document.toc),
            "metadata_json": metadata_to_json(document.metadata),
            "size_bytes": size_bytes,
            "text_version": text_version,
        }
        row = self._session.scalar(select(DocumentRow).where(DocumentRow.path == key))
        if row is None:
            # Values as parameters, not in the statement: a statement's own values stay
            # in SQLAlchemy's statement cache (the whole text, for the process's life).
            made = self._session.scalar(
                insert_missing(self._session, DocumentRow, ["path"]).returning(DocumentRow.id),
                {
                    "path": key,
                    "created": now,
                    "opened": now,
                    "in_library": into_library,
                    "text": document.text,
                    **fields,
                },
            )
            if made is not None:
                return Recorded(made, True, False, None)
            # Another program recorded the same file first: update its row.
            row = self._session.scalars(select(DocumentRow).where(DocumentRow.path == key)).one()
        changed = row.content_hash != document.content_hash or row.text != document.text
        previous_text = row.text if changed else None
        reconverted = row.text_version != text_version
        for name, value in fields.items():
            setattr(row, name, value)
        if changed:
            row.text = document.text
        if into_library:
            row.in_library = True
        if opened:
            row.opened = now
        self._session.flush()
        return Recorded(row.id, False, changed, previous_text, reconverted)

    def stored(self, document_id: int) -> Document:
        """The document as last recorded, rebuilt from its row; a row recorded before
        structure was stored gets one paragraph per line."""
        row = self._session.get(DocumentRow, document_id)
        if row is None:
            raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
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

    def entries(
        self, *, document_id: int | None = None, include_removed: bool = False
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
                opened=aware(row[7]),
                added=aware(row[8]),
                in_library=bool(row[9]),
                word_count=row[10] or 0,
                size_bytes=row[11],
            )
            for row in self._session.execute(statement)
        ]

    def set_in_library(self, document_id: int, in_library: bool) -> bool:
        """Put in or take out of the library; whether it was in before."""
        was = self._session.scalar(
            select(DocumentRow.in_library).where(DocumentRow.id == document_id)
        )
        if was is None:
            raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
        self._session.execute(
            update(DocumentRow).where(DocumentRow.id == document_id).values(in_library=in_library)
        )
        return bool(was)

    def delete(self, document_id: int) -> None:
        """The record, its annotations and corrections (ON DELETE CASCADE)."""
        self._session.execute(
            delete(DocumentRow)
            .where(DocumentRow.id == document_id)
            .execution_options(synchronize_session=False)
        )
