"""Queries on ``member_copies`` (migration 0015): in a team library, which shared
document each member's own path stands for, and finding a document by its text."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reader.store.models import DocumentRow, MemberCopyRow, utcnow
from reader.store.upsert import insert_or_update


class MemberCopyStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def document_of(self, member: str, path: str) -> int | None:
        """The document ``member`` keeps at ``path`` (None: not known)."""
        return self._session.scalar(
            select(MemberCopyRow.document_id).where(
                MemberCopyRow.member == member, MemberCopyRow.path == path
            )
        )

    def paths_of(self, member: str) -> dict[int, str]:
        """The paths of ``member``'s copies, by document (one per document)."""
        rows = self._session.execute(
            select(MemberCopyRow.document_id, MemberCopyRow.path)
            .where(MemberCopyRow.member == member)
            .order_by(MemberCopyRow.path)
        )
        return {int(document_id): str(path) for document_id, path in rows}

    def remember(self, member: str, path: str, document_id: int) -> None:
        """``member``'s copy at ``path`` is of ``document_id`` (from now on). Two windows
        of one member may say so at the same moment: the last one is kept."""
        self._session.execute(
            insert_or_update(self._session, MemberCopyRow, ["member", "path"], ["document_id"]),
            {"member": member, "path": path, "document_id": document_id},
        )

    def with_text(self, content_hash: str) -> int | None:
        """The document whose stored text has this hash: one in the library before one
        removed from it, the oldest first (None: no such text)."""
        return self._session.scalar(
            select(DocumentRow.id)
            .where(DocumentRow.content_hash == content_hash)
            .order_by(DocumentRow.in_library.desc(), DocumentRow.id)
            .limit(1)
        )

    def seen(self, document_id: int, *, opened: bool, into_library: bool) -> None:
        """Mark a document opened now (``opened``) and back in the library
        (``into_library``), leaving its text and structure as they are."""
        values: dict[str, object] = {}
        if opened:
            values["opened"] = utcnow()
        if into_library:
            values["in_library"] = True
        if values:
            self._session.execute(
                update(DocumentRow).where(DocumentRow.id == document_id).values(**values)
            )
