"""Queries on ``reading_positions`` and ``bookmarks``: where each document was left."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reader.core.reading import Bookmark
from reader.store.codec import aware
from reader.store.models import BookmarkRow, DocumentRow, ReadingPositionRow, utcnow
from reader.store.upsert import insert_missing, insert_or_update


class ReadingStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def position(self, document_id: int) -> int | None:
        return self._session.scalar(
            select(ReadingPositionRow.offset).where(ReadingPositionRow.document_id == document_id)
        )

    def text_length(self, document_id: int) -> int | None:
        """Code points of the document's text (None: no such document)."""
        return self._session.scalar(
            select(func.length(DocumentRow.text)).where(DocumentRow.id == document_id)
        )

    def set_position(self, document_id: int, offset: int) -> None:
        """The document was left at ``offset`` (of two members at the same moment, the
        last one's); ``updated`` moves only if the offset did."""
        statement = insert_or_update(
            self._session,
            ReadingPositionRow,
            ["document_id"],
            ["offset", "updated"],
            unless_same="offset",
        )
        self._session.execute(
            statement.values(document_id=document_id, offset=offset, updated=utcnow())
        )

    def bookmarks(self, document_id: int) -> list[Bookmark]:
        rows = self._session.scalars(
            select(BookmarkRow)
            .where(BookmarkRow.document_id == document_id)
            .order_by(BookmarkRow.offset)
        )
        return [_bookmark(row) for row in rows]

    def bookmark_at(self, document_id: int, offset: int) -> Bookmark | None:
        row = self._session.scalar(
            select(BookmarkRow).where(
                BookmarkRow.document_id == document_id, BookmarkRow.offset == offset
            )
        )
        return _bookmark(row) if row is not None else None

    def add_bookmark(self, document_id: int, offset: int, label: str) -> Bookmark | None:
        """A new bookmark; None if the document has one at ``offset`` already (perhaps
        another member's, added at the same moment)."""
        created = utcnow()
        bookmark_id = self._session.scalar(
            insert_missing(self._session, BookmarkRow, ["document_id", "offset"])
            .values(document_id=document_id, offset=offset, label=label, created=created)
            .returning(BookmarkRow.id)
        )
        if bookmark_id is None:
            return None
        return Bookmark(bookmark_id, document_id, offset, label, aware(created))

    def delete_bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self._session.get(BookmarkRow, bookmark_id)
        if row is None:
            return None
        bookmark = _bookmark(row)
        self._session.execute(delete(BookmarkRow).where(BookmarkRow.id == bookmark_id))
        return bookmark


def _bookmark(row: BookmarkRow) -> Bookmark:
    return Bookmark(row.id, row.document_id, row.offset, row.label, aware(row.created))
