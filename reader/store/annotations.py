"""Queries on ``annotations``; rows come back as :class:`~reader.core.annotations.Annotation`.

Reads go through SQLAlchemy Core, not ORM loading: a document can have thousands of
annotations, and plain tuples are several times faster to turn into dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reader.core.annotations import Annotation, Colour, TextQuote
from reader.core.tags import tag_order
from reader.store.codec import naive
from reader.store.models import AnnotationRow, utcnow
from reader.store.tags import TagStore

_COLOURS = {colour.value: colour for colour in Colour}
_BATCH = 500
_COLUMNS = (
    AnnotationRow.id,
    AnnotationRow.document_id,
    AnnotationRow.start,
    AnnotationRow.end,
    AnnotationRow.exact,
    AnnotationRow.prefix,
    AnnotationRow.suffix,
    AnnotationRow.colour,
    AnnotationRow.note,
    AnnotationRow.created,
    AnnotationRow.updated,
    AnnotationRow.orphan,
    AnnotationRow.author,
    AnnotationRow.editor,
    AnnotationRow.version,
)
_READING_ORDER = (
    AnnotationRow.orphan,
    AnnotationRow.start,
    AnnotationRow.end,
    AnnotationRow.created,
    AnnotationRow.id,
)


@dataclass(frozen=True, slots=True)
class Stale:
    """An annotation made on (or last tried against) another version of its text."""

    id: str
    start: int
    end: int
    quote: TextQuote
    orphan: bool
    content_hash: str


def colour_of(stored: str) -> Colour:
    # A colour written by a newer version with more colours shows as yellow.
    return _COLOURS.get(stored, Colour.YELLOW)


class AnnotationStore:
    def __init__(self, session: Session, tags: TagStore) -> None:
        self._session = session
        self._tags = tags

    def _build(self, rows: Iterable[Any], tags: dict[str, Sequence[str]]) -> list[Annotation]:
        return [  # tuples unpacked: attribute access on rows costs with thousands
            Annotation(
                id=annotation_id,
                document_id=document_id,
                start=start,
                end=end,
                quote=TextQuote(exact, prefix, suffix),
                colour=colour_of(colour),
                note=note,
                tags=tuple(sorted(tags[annotation_id], key=tag_order))
                if annotation_id in tags
                else (),
                created=created.replace(tzinfo=UTC),
                updated=updated.replace(tzinfo=UTC),
                orphan=orphan,
                author=author,
                editor=editor,
                version=version,
            )
            for (
                annotation_id,
                document_id,
                start,
                end,
                exact,
                prefix,
                suffix,
                colour,
                note,
                created,
                updated,
                orphan,
                author,
                editor,
                version,
            ) in rows
        ]

    def get_many(self, ids: Iterable[str], *, lock: bool = False) -> dict[str, Annotation]:
        """The annotations of those ids that exist. With ``lock``, their rows are locked
        until the transaction ends: another member's transaction deleting them at the
        same moment ends first, and they are then not found."""
        wanted = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
        found: dict[str, Annotation] = {}
        core = self._session.connection()
        for n in range(0, len(wanted), _BATCH):
            batch = wanted[n : n + _BATCH]
            query = select(*_COLUMNS).where(AnnotationRow.id.in_(batch))
            if lock:  # in one order: two deletions of the same ones wait, not deadlock
                query = query.order_by(AnnotationRow.id).with_for_update()
            rows = core.execute(query).all()
            tags = self._tags.tags_of(r[0] for r in rows)
            found.update((a.id, a) for a in self._build(rows, dict(tags)))
        return found

    def get(self, annotation_id: str) -> Annotation | None:
        return self.get_many((annotation_id,)).get(annotation_id)

    def existing(self, ids: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for n in range(0, len(wanted), _BATCH):
            found.update(
                self._session.scalars(
                    select(AnnotationRow.id).where(AnnotationRow.id.in_(wanted[n : n + _BATCH]))
                )
            )
        return found

    def for_document(self, document_id: int) -> list[Annotation]:
        """The document's annotations in reading order (start, then end); orphans last."""
        tags = self._tags.tags_of_document(document_id)
        rows = self._session.connection().execute(
            select(*_COLUMNS)
            .where(AnnotationRow.document_id == document_id)
            .order_by(*_READING_ORDER)
        )
        return self._build(rows, dict(tags))

    def insert(self, items: Sequence[tuple[Annotation, str, Sequence[int]]]) -> None:
        """New rows from (annotation as it is to be stored, the text's hash, its tag ids)."""
        if not items:
            return
        self._session.execute(
            insert(AnnotationRow),
            [
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
                    "content_hash": content_hash,
                    "orphan": a.orphan,
                    "created": naive(a.created),
                    "updated": naive(a.updated),
                    "author": a.author,
                    "editor": a.editor,
                    "version": a.version,
                }
                for a, content_hash, _ in items
            ],
        )
        self._tags.replace_assignments({a.id: tag_ids for a, _, tag_ids in items if tag_ids})

    def update(
        self, annotation_id: str, expected_version: int | None = None, **values: Any
    ) -> bool:
        """Set columns (``colour``, ``note``, ``start``...) of one annotation, and count
        one more version. With ``expected_version``, only if it is still that version
        (one statement: two writers cannot both pass); whether it was changed."""
        statement = update(AnnotationRow).where(AnnotationRow.id == annotation_id)
        if expected_version is not None:
            statement = statement.where(AnnotationRow.version == expected_version)
        result = self._session.execute(
            statement.values(version=AnnotationRow.version + 1, **values).execution_options(
                synchronize_session=False
            )
        )
        return bool(getattr(result, "rowcount", 0))

    def touch(
        self, annotation_ids: Iterable[str], editor: str | None, now: datetime | None = None
    ) -> None:
        """Mark annotations as changed now by ``editor`` (their tags were): one more
        version each, so an edit begun on the one before is a conflict."""
        ids = list(annotation_ids)
        moment = now or utcnow()
        for n in range(0, len(ids), _BATCH):
            self._session.execute(
                update(AnnotationRow)
                .where(AnnotationRow.id.in_(ids[n : n + _BATCH]))
                .values(updated=moment, editor=editor, version=AnnotationRow.version + 1)
                .execution_options(synchronize_session=False)
            )

    def delete(self, annotation_ids: Iterable[str]) -> None:
        ids = list(annotation_ids)
        for n in range(0, len(ids), _BATCH):
            self._session.execute(
                delete(AnnotationRow)
                .where(AnnotationRow.id.in_(ids[n : n + _BATCH]))
                .execution_options(synchronize_session=False)
            )

    def stale(self, document_id: int, content_hash: str) -> list[Stale]:
        rows = self._session.execute(
            select(
                AnnotationRow.id,
                AnnotationRow.start,
                AnnotationRow.end,
                AnnotationRow.exact,
                AnnotationRow.prefix,
                AnnotationRow.suffix,
                AnnotationRow.orphan,
                AnnotationRow.content_hash,
            ).where(
                AnnotationRow.document_id == document_id,
                AnnotationRow.content_hash != content_hash,
            )
        )
        return [
            Stale(i, s, e, TextQuote(exact, prefix, suffix), orphan, h)
            for i, s, e, exact, prefix, suffix, orphan, h in rows
        ]

    def update_many(self, changes: Sequence[dict[str, Any]]) -> None:
        """Bulk UPDATE by primary key, grouped by the set of columns each change has."""
        for columns in {tuple(change) for change in changes}:
            self._session.execute(
                update(AnnotationRow), [c for c in changes if tuple(c) == columns]
            )
