"""Where each document was left, and its bookmarks (adding or removing one is undoable).

The reading position is saved often and silently as the reader scrolls: it is not an
operation of its own (nothing to undo), just the latest offset per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.errors import InputError, NotFoundError
from reader.core.messages import Message, Msg, message
from reader.core.reading import Bookmark, bookmark_label
from reader.services.ops import Changes, Op, OpResult
from reader.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from reader.services.app import Services


class ReadingService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def position(self, document_id: int) -> int | None:
        with self._uow.read() as store:
            return store.reading.position(document_id)

    def save_position(self, document_id: int, offset: int) -> None:
        """Remember that ``document_id`` was left at ``offset`` (clamped to its text)."""
        with self._uow.write() as store:
            length = store.reading.text_length(document_id)
            if length is None:
                raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
            store.reading.set_position(document_id, min(max(offset, 0), length))

    def bookmarks(self, document_id: int) -> list[Bookmark]:
        """The document's bookmarks, in reading order."""
        with self._uow.read() as store:
            return store.reading.bookmarks(document_id)

    def add_bookmark(self, document_id: int, offset: int) -> OpResult[Bookmark]:
        """A bookmark at ``offset``, labelled with the words there (the one already
        there if there is one)."""
        with self._uow.write() as store:
            text = store.documents.text(document_id)[0]
            if not 0 <= offset <= len(text):
                raise InputError(
                    message(Msg.OFFSET_OUTSIDE, offset=str(offset), length=str(len(text)))
                )
            bookmark = None
            while bookmark is None:  # again if another member added one meanwhile
                existing = store.reading.bookmark_at(document_id, offset)
                if existing is not None:
                    return OpResult(existing)
                label = bookmark_label(text, offset)
                bookmark = store.reading.add_bookmark(document_id, offset, label)
        changes = Changes(document_id=document_id, bookmarks=True)
        return OpResult(bookmark, changes, DeleteBookmark(bookmark.id, document_id))

    def delete_bookmark(self, bookmark_id: int) -> OpResult[Bookmark]:
        with self._uow.write() as store:
            bookmark = store.reading.delete_bookmark(bookmark_id)
        if bookmark is None:
            raise NotFoundError(message(Msg.NO_SUCH_BOOKMARK, id=bookmark_id))
        changes = Changes(document_id=bookmark.document_id, bookmarks=True)
        return OpResult(bookmark, changes, AddBookmark(bookmark.document_id, bookmark.offset))


@dataclass(frozen=True, slots=True)
class AddBookmark(Op[Bookmark]):
    document_id: int
    offset: int

    @property
    def message(self) -> Message:
        return message(Msg.OP_ADD_BOOKMARK)

    def run(self, services: Services) -> OpResult[Bookmark]:
        return services.reading.add_bookmark(self.document_id, self.offset)


@dataclass(frozen=True, slots=True)
class DeleteBookmark(Op[Bookmark]):
    bookmark_id: int
    document_id: int

    @property
    def message(self) -> Message:
        return message(Msg.OP_DELETE_BOOKMARK)

    def run(self, services: Services) -> OpResult[Bookmark]:
        return services.reading.delete_bookmark(self.bookmark_id)
