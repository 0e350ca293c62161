"""Tags across the library: counts, rename, merge, delete; each change undoable.

The undo of a merge or a delete gives every annotation it touched exactly the tags it
had (:class:`~reader.services.ops.Retag`), so nothing of what a tag meant is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.core.errors import InputError, NotFoundError, TagConflictError
from reader.core.messages import Msg, message
from reader.core.tags import TagCount, normalise_tag, normalise_tags
from reader.services.ops import Changes, OpResult, RenameTag, Retag
from reader.store.unit_of_work import Store, UnitOfWork


def _tagging_of(
    store: Store, annotation_ids: Iterable[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    ids = list(dict.fromkeys(annotation_ids))
    tags = store.tags.tags_of(ids)
    return tuple((i, tags.get(i, ())) for i in ids)


def _check_seen(store: Store, seen: Sequence[TagCount]) -> None:
    now: list[TagCount | None] = []
    for tag in seen:
        found = store.tags.find(tag.name)
        now.append(
            None
            if found is None
            else replace(store.tags.count(found[0]), stamp=store.tags.stamp(found[0]))
        )
    if any(n is None or n.stamp != s.stamp for s, n in zip(seen, now, strict=True)):
        raise TagConflictError(
            message(Msg.TAGS_CHANGED_ELSEWHERE),
            seen=tuple(seen),
            now=tuple(now),
        )


def _changes(annotation_ids: Iterable[str]) -> Changes:
    return Changes(annotations=frozenset(annotation_ids), tags=True)


class TagService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def counts(self, document_id: int | None = None) -> list[TagCount]:
        """Every tag with the number of annotations carrying it (in one document if
        ``document_id`` is given), sorted by name, case-insensitively."""
        with self._uow.read() as store:
            return store.tags.counts(document_id)

    def listing(self) -> list[TagCount]:
        """Every tag with its count and :attr:`~reader.core.tags.TagCount.stamp`, by name:
        what a change may be checked against (``seen``)."""
        with self._uow.read() as store:
            return store.tags.stamped_counts()

    def rename(self, old: str, new: str, *, seen: Sequence[TagCount] = ()) -> OpResult[TagCount]:
        """Rename a tag everywhere; renaming onto another existing tag merges into it
        (which keeps its spelling). Only that tag: ``chine`` does not rename ``chine/cloud``.

        ``seen``, here and in :meth:`merge` and :meth:`delete`: the tags as the user saw
        them (from :meth:`listing`); if anyone changed their highlights since, nothing is
        written and :class:`~reader.core.errors.TagConflictError` says how they are now.
        """
        old_name, new_name = normalise_tag(old), normalise_tag(new)
        with self._uow.write() as store:
            _check_seen(store, seen)
            source = self._find(store, old_name)
            target = store.tags.find(new_name)
            affected = store.tags.annotations_with(source[0])
            if target is not None and target[0] != source[0]:
                before = _tagging_of(store, affected)
                store.tags.merge(source[0], target[0])
                store.annotations.touch(affected, self._uow.user)
                return OpResult(store.tags.count(target[0]), _changes(affected), Retag(before))
            if source[1] == new_name:
                return OpResult(store.tags.count(source[0]))
            store.tags.rename(source[0], new_name)
            store.annotations.touch(affected, self._uow.user)
            count = store.tags.count(source[0])
        return OpResult(count, _changes(affected), RenameTag(new_name, source[1]))

    def merge(
        self, sources: Iterable[str], target: str, *, seen: Sequence[TagCount] = ()
    ) -> OpResult[TagCount]:
        """Replace each source tag by ``target`` (created if new) on every annotation."""
        if isinstance(sources, str):
            sources = (sources,)
        names = normalise_tags(sources)
        if not names:
            raise InputError(message(Msg.NO_TAG_TO_MERGE))
        target_name = normalise_tag(target)
        with self._uow.write() as store:
            _check_seen(store, seen)
            found = [self._find(store, name) for name in names]
            [destination] = store.tags.ensure([target_name])
            affected = [a for tag_id, _ in found for a in store.tags.annotations_with(tag_id)]
            before = _tagging_of(store, affected)
            for tag_id, _name in found:
                if tag_id != destination:
                    store.tags.merge(tag_id, destination)
            store.annotations.touch(set(affected), self._uow.user)
            count = store.tags.count(destination)
        return OpResult(count, _changes(affected), Retag(before) if affected else None)

    def delete(self, names: Sequence[str], *, seen: Sequence[TagCount] = ()) -> OpResult[int]:
        """Remove tags from every annotation (the annotations stay); how many had them."""
        if isinstance(names, str):
            names = (names,)
        wanted = normalise_tags(names)
        with self._uow.write() as store:
            _check_seen(store, seen)
            found = [self._find(store, name) for name in wanted]
            affected = list(
                dict.fromkeys(a for tag_id, _ in found for a in store.tags.annotations_with(tag_id))
            )
            before = _tagging_of(store, affected)
            for tag_id, _name in found:
                store.tags.delete(tag_id)
            store.annotations.touch(affected, self._uow.user)
        return OpResult(len(affected), _changes(affected), Retag(before) if affected else None)

    def retag(self, tagging: Iterable[tuple[str, Sequence[str]]]) -> OpResult[int]:
        """Give each annotation exactly the tags given; annotations deleted meanwhile are
        left out. How many were changed."""
        wanted = [(annotation_id, normalise_tags(tags)) for annotation_id, tags in tagging]
        with self._uow.write() as store:
            present = store.annotations.existing(a for a, _ in wanted)
            wanted = [(a, tags) for a, tags in wanted if a in present]
            before = _tagging_of(store, (a for a, _ in wanted))
            old_tags = store.tags.tag_ids_of(a for a, _ in wanted)
            store.tags.replace_assignments({a: store.tags.ensure(tags) for a, tags in wanted})
            store.tags.drop_unused(old_tags)
            store.annotations.touch((a for a, _ in wanted), self._uow.user)
        ids = [a for a, _ in wanted]
        return OpResult(len(ids), _changes(ids), Retag(before) if ids else None)

    @staticmethod
    def _find(store: Store, name: str) -> tuple[int, str]:
        found = store.tags.find(name)
        if found is None:
            raise NotFoundError(message(Msg.NO_SUCH_TAG, name=repr(name)))
        return found
