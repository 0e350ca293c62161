"""Queries on ``tags`` and ``annotation_tags``.

Names are compared with :func:`reader.core.tags.tag_key` in Python: SQLite's NOCASE
folds ASCII letters only, so 'Été' and 'ÉTÉ' would be two tags to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from sqlalchemy import delete, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from reader.core.tags import TagCount, tag_key, tag_order
from reader.store.models import AnnotationRow, TagRow, annotation_tags
from reader.store.upsert import insert_missing

_BATCH = 500  # ids per IN (...) list
K = TypeVar("K", str, int)


class TagStore:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[str, tuple[int, str]] | None = None  # by key, this transaction

    def _by_key(self) -> dict[str, tuple[int, str]]:
        if self._known is None:
            self._known = {
                tag_key(name): (tag_id, name)
                for tag_id, name in self._session.execute(select(TagRow.id, TagRow.name))
            }
        return self._known

    def find(self, name: str) -> tuple[int, str] | None:
        """(id, spelling) of the tag named ``name`` in any case or Unicode form."""
        return self._by_key().get(tag_key(name))

    def ensure(self, names: Sequence[str]) -> list[int]:
        """The ids of already normalised names, each tag created if new (first spelling)."""
        if not names:
            return []
        known = self._by_key()
        ids: list[int] = []
        for name in names:
            found = known.get(tag_key(name))
            if found is None:
                found = self._create(name)
                known[tag_key(name)] = found
            ids.append(found[0])
        return ids

    def _create(self, name: str) -> tuple[int, str]:
        """A new tag. On a team library another member may create the same tag at the
        same moment: then theirs (committed first) is the one, in their spelling."""
        tag_id = self._session.scalar(
            insert_missing(self._session, TagRow, ["name"]).values(name=name).returning(TagRow.id)
        )
        if tag_id is not None:
            return int(tag_id), name
        row = self._session.execute(select(TagRow.id, TagRow.name).where(TagRow.name == name)).one()
        return int(row[0]), str(row[1])

    def tags_of(self, annotation_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Each annotation's tags in name order (an annotation without tags is absent)."""
        found: dict[str, list[str]] = {}
        for batch in _batches(list(annotation_ids)):
            for annotation_id, name in self._session.execute(
                select(annotation_tags.c.annotation_id, TagRow.name)
                .join(TagRow, TagRow.id == annotation_tags.c.tag_id)
                .where(annotation_tags.c.annotation_id.in_(batch))
            ):
                found.setdefault(annotation_id, []).append(name)
        return {k: tuple(sorted(v, key=tag_order)) for k, v in found.items()}

    def tags_of_document(self, document_id: int) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for annotation_id, name in self._session.execute(
            select(annotation_tags.c.annotation_id, TagRow.name)
            .join(TagRow, TagRow.id == annotation_tags.c.tag_id)
            .join(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
            .where(AnnotationRow.document_id == document_id)
        ):
            found.setdefault(annotation_id, []).append(name)
        return found

    def tag_ids_of(self, annotation_ids: Iterable[str]) -> set[int]:
        ids: set[int] = set()
        for batch in _batches(list(annotation_ids)):
            ids.update(
                self._session.scalars(
                    select(annotation_tags.c.tag_id).where(
                        annotation_tags.c.annotation_id.in_(batch)
                    )
                )
            )
        return ids

    def annotations_with(self, tag_id: int) -> list[str]:
        return list(
            self._session.scalars(
                select(annotation_tags.c.annotation_id).where(annotation_tags.c.tag_id == tag_id)
            )
        )

    def replace_assignments(self, tagging: Mapping[str, Sequence[int]]) -> None:
        """Each annotation gets exactly the tags given (by id)."""
        ids = list(tagging)
        for batch in _batches(ids):
            self._session.execute(
                delete(annotation_tags).where(annotation_tags.c.annotation_id.in_(batch))
            )
        rows = [
            {"annotation_id": annotation_id, "tag_id": tag_id}
            for annotation_id, tag_ids in tagging.items()
            for tag_id in dict.fromkeys(tag_ids)
        ]
        if rows:
            self._session.execute(insert(annotation_tags), rows)

    def rename(self, tag_id: int, name: str) -> None:
        self._known = None
        self._session.execute(update(TagRow).where(TagRow.id == tag_id).values(name=name))

    def merge(self, source_id: int, target_id: int) -> None:
        """Move every use of one tag to another, then delete the first."""
        already = annotation_tags.alias("already")
        self._session.execute(
            insert(annotation_tags).from_select(
                ["annotation_id", "tag_id"],
                select(annotation_tags.c.annotation_id, literal(target_id)).where(
                    annotation_tags.c.tag_id == source_id,
                    ~exists().where(
                        already.c.annotation_id == annotation_tags.c.annotation_id,
                        already.c.tag_id == target_id,
                    ),
                ),
            )
        )
        self.delete(source_id)

    def delete(self, tag_id: int) -> None:
        self._known = None
        self._session.execute(delete(annotation_tags).where(annotation_tags.c.tag_id == tag_id))
        self._session.execute(
            delete(TagRow).where(TagRow.id == tag_id).execution_options(synchronize_session=False)
        )

    def drop_unused(self, tag_ids: Iterable[int]) -> None:
        """Delete those of the tags no annotation carries any more."""
        ids = [tag_id for tag_id in tag_ids if tag_id is not None]
        self._known = None
        for batch in _batches(ids):
            self._session.execute(
                delete(TagRow)
                .where(
                    TagRow.id.in_(batch),
                    ~exists().where(annotation_tags.c.tag_id == TagRow.id),
                )
                .execution_options(synchronize_session=False)
            )

    def count(self, tag_id: int) -> TagCount:
        name = self._session.scalar(select(TagRow.name).where(TagRow.id == tag_id)) or ""
        uses = self._session.scalar(
            select(func.count())
            .select_from(annotation_tags)
            .where(annotation_tags.c.tag_id == tag_id)
        )
        return TagCount(name, uses or 0)

    def stamped_counts(self) -> list[TagCount]:
        """Every tag with its number of annotations and its :attr:`TagCount.stamp`."""
        found: dict[str, list[str]] = {}
        for name, annotation_id, version in self._session.execute(
            select(TagRow.name, annotation_tags.c.annotation_id, AnnotationRow.version)
            .outerjoin(annotation_tags, annotation_tags.c.tag_id == TagRow.id)
            .outerjoin(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
        ):
            uses = found.setdefault(name, [])
            if annotation_id is not None:
                uses.append(f"{annotation_id}:{version}")
        counts = [TagCount(name, len(uses), _stamp(uses)) for name, uses in found.items()]
        return sorted(counts, key=lambda t: tag_order(t.name))

    def stamp(self, tag_id: int) -> str:
        """The tag's :attr:`TagCount.stamp` now."""
        return _stamp(
            f"{annotation_id}:{version}"
            for annotation_id, version in self._session.execute(
                select(annotation_tags.c.annotation_id, AnnotationRow.version)
                .join(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
                .where(annotation_tags.c.tag_id == tag_id)
            )
        )

    def counts(self, document_id: int | None = None) -> list[TagCount]:
        """Every tag with its number of annotations (in one document if given), by name."""
        if document_id is None:
            query = (
                select(TagRow.name, func.count(annotation_tags.c.annotation_id))
                .outerjoin(annotation_tags, annotation_tags.c.tag_id == TagRow.id)
                .group_by(TagRow.id)
            )
        else:
            query = (
                select(TagRow.name, func.count(annotation_tags.c.annotation_id))
                .join(annotation_tags, annotation_tags.c.tag_id == TagRow.id)
                .join(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
                .where(AnnotationRow.document_id == document_id)
                .group_by(TagRow.id)
            )
        counts = [TagCount(name, count) for name, count in self._session.execute(query)]
        return sorted(counts, key=lambda t: tag_order(t.name))


def _stamp(uses: Iterable[str]) -> str:
    return hashlib.blake2b("\n".join(sorted(uses)).encode(), digest_size=12).hexdigest()


def _batches(items: list[K]) -> Iterator[list[K]]:
    for n in range(0, len(items), _BATCH):
        yield items[n : n + _BATCH]
