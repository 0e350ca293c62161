"""Queries on the entity tables: cached recognition, corrections, the user's list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reader.store.models import EntityCorrectionRow, EntityResultRow, ModelSpansRow, UserEntityRow


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A correction as stored: ``label`` None means "not an entity"; ``exact`` the
    corrected words (None if recorded before they were kept)."""

    start: int
    end: int
    label: str | None
    exact: str | None


class EntityStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    # cached recognition: JSON span lists

    def model_spans(self, content_hash: str, pipeline: str) -> str | None:
        row = self._session.get(ModelSpansRow, (content_hash, pipeline))
        return row.spans if row is not None else None

    def result(self, content_hash: str, pipeline: str, rules_version: str) -> str | None:
        row = self._session.get(EntityResultRow, (content_hash, pipeline, rules_version))
        return row.spans if row is not None else None

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
        ``pipeline`` and ``rules_version`` (the key of the cheap stages)."""
        self._session.merge(
            ModelSpansRow(content_hash=content_hash, pipeline=model_key, spans=model)
        )
        self._session.merge(
            EntityResultRow(
                content_hash=content_hash,
                pipeline=pipeline,
                rules_version=rules_version,
                spans=final,
            )
        )

    def forget(self, content_hash: str) -> None:
        """Drop what is cached for this content (its recognition is done again)."""
        for table in (ModelSpansRow, EntityResultRow):
            self._session.execute(delete(table).where(table.content_hash == content_hash))

    # corrections

    def corrections(self, document_id: int) -> list[StoredCorrection]:
        return [
            StoredCorrection(row.start, row.end, row.label, row.exact)
            for row in self._session.scalars(
                select(EntityCorrectionRow).filter_by(document_id=document_id)
            )
        ]

    def correction(self, document_id: int, start: int, end: int) -> StoredCorrection | None:
        row = self._session.scalar(
            select(EntityCorrectionRow).filter_by(document_id=document_id, start=start, end=end)
        )
        return StoredCorrection(row.start, row.end, row.label, row.exact) if row else None

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
        self.remove_correction(document_id, start, end)
        self._session.add(
            EntityCorrectionRow(
                document_id=document_id,
                start=start,
                end=end,
                label=label,
                exact=exact,
                author=author,
            )
        )
        self._session.flush()

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
        rows = self._session.scalars(select(UserEntityRow).order_by(UserEntityRow.name))
        return {row.name: row.label for row in rows}

    def user_entity(self, name: str) -> tuple[bool, str | None]:
        """Whether ``name`` is on the list, and its label."""
        row = self._session.get(UserEntityRow, name)
        return (row is not None), (row.label if row is not None else None)

    def put_user_entity(self, name: str, label: str | None) -> None:
        row = self._session.get(UserEntityRow, name)
        if row is None:
            self._session.add(UserEntityRow(name=name, label=label))
        else:
            row.label = label
        self._session.flush()

    def remove_user_entity(self, name: str) -> None:
        self._session.execute(delete(UserEntityRow).filter_by(name=name))
