"""Queries on the entity tables: cached recognition, corrections, the user's list.

Rows are written with ``INSERT ... ON CONFLICT`` (:mod:`reader.store.upsert`: another
member may write the same key at the same moment) and read as columns, not ORM
objects, which those statements would leave stale in the session.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reader.store.models import (
    EntityCorrectionRow,
    EntityResultRow,
    ModelSpansRow,
    UserEntityRow,
    utcnow,
)
from reader.store.upsert import insert_or_update


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A correction as stored: ``label`` None means "not an entity"; ``exact`` the
    corrected words (None if recorded before they were kept)."""

    start: int
    end: int
    label: str | None
    exact: str | None


_CORRECTION = (
    EntityCorrectionRow.start,
    EntityCorrectionRow.end,
    EntityCorrectionRow.label,
    EntityCorrectionRow.exact,
)


class EntityStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    # cached recognition: JSON span lists

    def model_spans(self, content_hash: str, pipeline: str) -> str | None:
        return self._session.scalar(
            select(ModelSpansRow.spans).filter_by(content_hash=content_hash, pipeline=pipeline)
        )

    def result(self, content_hash: str, pipeline: str, rules_version: str) -> str | None:
        return self._session.scalar(
            select(EntityResultRow.spans).filter_by(
                content_hash=content_hash, pipeline=pipeline, rules_version=rules_version
            )
        )

    def keep(
        self,
        content_hash: str,
        *,
        pipeline: str,
        model_key: str,
        rules_version: str,
        model: str,
        final: str,
    ) -> None:
        """Model spans under ``model_key`` (pipeline and chunking), final entities under
        ``pipeline`` and ``rules_version`` (the key of the cheap stages); of two members
        keeping the same at the same moment, the last one's."""
        session = self._session
        session.execute(
            insert_or_update(session, ModelSpansRow, ["content_hash", "pipeline"], ["spans"]),
            {"content_hash": content_hash, "pipeline": model_key, "spans": model},
        )
        session.execute(
            insert_or_update(
                session, EntityResultRow, ["content_hash", "pipeline", "rules_version"], ["spans"]
            ),
            {
                "content_hash": content_hash,
                "pipeline": pipeline,
                "rules_version": rules_version,
                "spans": final,
            },
        )

    def forget(self, content_hash: str) -> None:
        """Drop what is cached for this content (its recognition is done again)."""
        for table in (ModelSpansRow, EntityResultRow):
            self._session.execute(delete(table).where(table.content_hash == content_hash))

    # corrections

    def corrections(self, document_id: int) -> list[StoredCorrection]:
        rows = self._session.execute(select(*_CORRECTION).filter_by(document_id=document_id))
        return [StoredCorrection(*row) for row in rows]

    def correction(self, document_id: int, start: int, end: int) -> StoredCorrection | None:
        row = self._session.execute(
            select(*_CORRECTION).filter_by(document_id=document_id, start=start, end=end)
        ).first()
        return StoredCorrection(*row) if row is not None else None

    def put_correction(
        self,
        document_id: int,
        start: int,
        end: int,
        label: str | None,
        exact: str,
        *,
        author: str | None = None,
    ) -> None:
        """The correction at these offsets (of two members' at the same moment, the
        last one's)."""
        self._session.execute(
            insert_or_update(
                self._session,
                EntityCorrectionRow,
                ["document_id", "start", "end"],
                ["label", "exact", "author", "created"],
            ),
            {
                "document_id": document_id,
                "start": start,
                "end": end,
                "label": label,
                "exact": exact,
                "author": author,
                "created": utcnow(),
            },
        )

    def move_correction(
        self, document_id: int, old: tuple[int, int], new: tuple[int, int], exact: str
    ) -> bool:
        """Move a correction onto other offsets (or the same ones) where its words are
        ``exact`` now, unless another correction is there already; whether it moved."""
        start, end = new
        if new != old and self.correction(document_id, start, end) is not None:
            return False
        self._session.execute(
            update(EntityCorrectionRow)
            .filter_by(document_id=document_id, start=old[0], end=old[1])
            .values(start=start, end=end, exact=exact)
        )
        return True

    def remove_correction(self, document_id: int, start: int, end: int) -> None:
        self._session.execute(
            delete(EntityCorrectionRow).filter_by(document_id=document_id, start=start, end=end)
        )

    # the user's list

    def user_entities(self) -> dict[str, str | None]:
        rows = self._session.execute(
            select(UserEntityRow.name, UserEntityRow.label).order_by(UserEntityRow.name)
        )
        return {str(name): label for name, label in rows}

    def user_entity(self, name: str) -> tuple[bool, str | None]:
        """Whether ``name`` is on the list, and its label."""
        row = self._session.execute(
            select(UserEntityRow.label).where(UserEntityRow.name == name)
        ).first()
        return (row is not None), (row[0] if row is not None else None)

    def put_user_entity(self, name: str, label: str | None) -> None:
        """``name`` on the list with ``label`` (of two members' at the same moment, the
        last one's)."""
        self._session.execute(
            insert_or_update(self._session, UserEntityRow, ["name"], ["label"]),
            {"name": name, "label": label},
        )

    def remove_user_entity(self, name: str) -> None:
        self._session.execute(delete(UserEntityRow).filter_by(name=name))
