"""Queries on ``deleted_annotations`` (migration 0013): in a team library a deleted
annotation is kept there as JSON, with who deleted it and when, and can be restored
for :data:`KEEP_DAYS` days; older ones are purged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from reader.core.annotations import Annotation, Colour, DeletedAnnotation, TextQuote
from reader.store.codec import naive
from reader.store.models import DeletedAnnotationRow

KEEP_DAYS = 30
_BATCH = 500


def _snapshot(annotation: Annotation) -> str:
    a = annotation
    return json.dumps(
        {
            "id": a.id,
            "document_id": a.document_id,
            "start": a.start,
            "end": a.end,
            "exact": a.quote.exact,
            "prefix": a.quote.prefix,
            "suffix": a.quote.suffix,
            "colour": a.colour.value,
            "note": a.note,
            "tags": list(a.tags),
            "created": naive(a.created).isoformat(),
            "updated": naive(a.updated).isoformat(),
            "orphan": a.orphan,
            "author": a.author,
            "editor": a.editor,
            "version": a.version,
        }
    )


def _annotation(snapshot: str) -> Annotation:
    d: dict[str, Any] = json.loads(snapshot)
    colours = {c.value: c for c in Colour}
    return Annotation(
        id=d["id"],
        document_id=int(d["document_id"]),
        start=int(d["start"]),
        end=int(d["end"]),
        quote=TextQuote(d["exact"], d["prefix"], d["suffix"]),
        colour=colours.get(d["colour"], Colour.YELLOW),
        note=d["note"],
        tags=tuple(d["tags"]),
        created=datetime.fromisoformat(d["created"]).replace(tzinfo=UTC),
        updated=datetime.fromisoformat(d["updated"]).replace(tzinfo=UTC),
        orphan=bool(d["orphan"]),
        author=d.get("author"),
        editor=d.get("editor"),
        version=int(d.get("version", 1)),
    )


class TrashStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    def keep(self, annotations: Sequence[Annotation], by: str | None, now: datetime) -> None:
        """Keep these annotations (about to be deleted) as they are."""
        ids = [a.id for a in annotations]
        self.forget(ids)
        if annotations:
            self._session.execute(
                insert(DeletedAnnotationRow),
                [
                    {
                        "id": a.id,
                        "document_id": a.document_id,
                        "snapshot": _snapshot(a),
                        "deleted": naive(now),
                        "deleted_by": by,
                    }
                    for a in annotations
                ],
            )

    def deleted(self, document_id: int | None, since: datetime) -> list[DeletedAnnotation]:
        """What was deleted since ``since`` (in a document, if given), newest first."""
        query = select(
            DeletedAnnotationRow.snapshot,
            DeletedAnnotationRow.deleted,
            DeletedAnnotationRow.deleted_by,
        ).where(DeletedAnnotationRow.deleted >= naive(since))
        if document_id is not None:
            query = query.where(DeletedAnnotationRow.document_id == document_id)
        rows = self._session.execute(
            query.order_by(DeletedAnnotationRow.deleted.desc(), DeletedAnnotationRow.id)
        )
        return [
            DeletedAnnotation(
                _annotation(snapshot),
                when.replace(tzinfo=UTC),
                by,
                when.replace(tzinfo=UTC) + timedelta(days=KEEP_DAYS),
            )
            for snapshot, when, by in rows
        ]

    def take(self, ids: Sequence[str], since: datetime) -> dict[str, Annotation]:
        """The kept annotations of those ids deleted since ``since``, removed from here."""
        found: dict[str, Annotation] = {}
        for n in range(0, len(ids), _BATCH):
            batch = list(ids[n : n + _BATCH])
            for annotation_id, snapshot in self._session.execute(
                select(DeletedAnnotationRow.id, DeletedAnnotationRow.snapshot).where(
                    DeletedAnnotationRow.id.in_(batch),
                    DeletedAnnotationRow.deleted >= naive(since),
                )
            ):
                found[annotation_id] = _annotation(snapshot)
        self.forget(list(found))
        return found

    def forget(self, ids: Iterable[str]) -> int:
        """Remove these from the trash; how many were there."""
        wanted = list(ids)
        forgotten = 0
        for n in range(0, len(wanted), _BATCH):
            result = self._session.execute(
                delete(DeletedAnnotationRow).where(
                    DeletedAnnotationRow.id.in_(wanted[n : n + _BATCH])
                )
            )
            forgotten += int(getattr(result, "rowcount", 0) or 0)
        return forgotten

    def purge(self, before: datetime) -> int:
        """Forget what was deleted before ``before``; how many."""
        result = self._session.execute(
            delete(DeletedAnnotationRow).where(DeletedAnnotationRow.deleted < naive(before))
        )
        return int(getattr(result, "rowcount", 0) or 0)
