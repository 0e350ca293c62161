"""Highlights, notes and tags: each mutating method is one operation, committed on return.

There is no save button and no timer: when a method returns, its change is in the
database (one write transaction each). Mutating methods return an
:class:`~reader.services.ops.OpResult` (the value, what changed, the undo operation);
values are plain frozen dataclasses, never ORM rows. Everything a user gives is checked
before anything is written; a refused operation changes nothing.

Invariants kept here:

- a placed annotation (``orphan`` false) quotes exactly what its offsets cover in its
  document's stored canonical text, with the context from that text, and its
  ``content_hash`` is the document's;
- an orphan keeps the quote and the last position it had; it is tried again whenever
  the document's text changes, and is placed again if the text has the passage again;
- tags are normalised (:func:`~reader.core.tags.normalise_tag`), unique
  case-insensitively (the first spelling stays), and a tag no annotation uses any more
  is deleted.

The checks and placement it does before writing are in
:mod:`reader.services.annotation_checks`; the JSON form the CLI prints is in
:mod:`reader.services.annotation_json`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from reader.core.annotations import Annotation, Colour, DeletedAnnotation, quote_at, snap_to_words
from reader.core.errors import InputError, NotFoundError
from reader.core.messages import Msg, message
from reader.core.tags import normalise_tags, sorted_tags, tag_key
from reader.services.annotation_checks import (
    checked_for_restore,
    conflict_error,
    placed_in,
    single_document,
)
from reader.services.ops import (
    Changes,
    DeleteAnnotations,
    EditAnnotation,
    OpResult,
    RestoreAnnotations,
)
from reader.services.validation import check_note, check_offsets, check_selection, parse_colour
from reader.store.trash import KEEP_DAYS
from reader.store.unit_of_work import Store, UnitOfWork

__all__ = ["AnnotationExistsError", "AnnotationService"]


class AnnotationExistsError(InputError):
    """:meth:`AnnotationService.restore` was given an id that is already saved."""


def _now() -> datetime:
    return datetime.now(UTC)


class AnnotationService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # reading

    def get(self, annotation_id: str) -> Annotation:
        with self._uow.read() as store:
            found = store.annotations.get(annotation_id)
        if found is None:
            raise NotFoundError(message(Msg.NO_SUCH_ANNOTATION, id=annotation_id))
        return found

    def get_many(self, annotation_ids: Iterable[str]) -> dict[str, Annotation]:
        """Those of the annotations that exist, by id."""
        with self._uow.read() as store:
            return store.annotations.get_many(annotation_ids)

    def for_document(self, document_id: int) -> list[Annotation]:
        """The document's annotations in reading order (start, then end); orphans last."""
        with self._uow.read() as store:
            if store.documents.content_hash(document_id) is None:
                raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
            return store.annotations.for_document(document_id)

    # operations

    def create(  # noqa: PLR0917  (the colour, note and tags of a new highlight, in order)
        self,
        document_id: int,
        start: int,
        end: int,
        colour: Colour | str = Colour.YELLOW,
        note: str = "",
        tags: Iterable[str] = (),
        *,
        snap: bool = False,
    ) -> OpResult[Annotation]:
        """Highlight ``[start, end)`` of the document's canonical text; ``snap`` widens it
        to whole words and trims white space first (what a selection by mouse wants)."""
        colour = parse_colour(colour)
        note = check_note(note)
        names = normalise_tags(tags)
        start, end = check_offsets(start, end)
        with self._uow.write() as store:
            text, content_hash, _language = store.documents.text(document_id)
            if snap and 0 <= start < end <= len(text):
                start, end = snap_to_words(text, start, end)
            check_selection(text, start, end)
            saved = self._insert(
                store, document_id, text, content_hash, [(start, end)], colour, note, names
            )[0]
        return OpResult(
            saved,
            Changes(document_id, frozenset({saved.id}), tags=bool(names)),
            DeleteAnnotations((saved.id,)),
        )

    def create_many(
        self,
        document_id: int,
        ranges: Sequence[tuple[int, int]],
        *,
        colour: Colour | str = Colour.YELLOW,
        tags: Iterable[str] = (),
    ) -> OpResult[tuple[Annotation, ...]]:
        """Highlight each ``(start, end)`` range of the document, all in one operation."""
        colour = parse_colour(colour)
        names = normalise_tags(tags)
        with self._uow.write() as store:
            text, content_hash, _language = store.documents.text(document_id)
            for start, end in ranges:
                check_selection(text, *check_offsets(start, end))
            saved = self._insert(store, document_id, text, content_hash, ranges, colour, "", names)
        ids = tuple(a.id for a in saved)
        return OpResult(
            tuple(saved),
            Changes(document_id, frozenset(ids), tags=bool(names)),
            DeleteAnnotations(ids),
        )

    def _insert(  # noqa: PLR0917  (one transaction's new highlights, as given)
        self,
        store: Store,
        document_id: int,
        text: str,
        content_hash: str,
        ranges: Sequence[tuple[int, int]],
        colour: Colour,
        note: str,
        names: Sequence[str],
    ) -> list[Annotation]:
        now = _now()
        tag_ids = store.tags.ensure(names)
        made = [
            Annotation(
                id=str(uuid.uuid4()),
                document_id=document_id,
                start=start,
                end=end,
                quote=quote_at(text, start, end),
                colour=colour,
                note=note,
                tags=sorted_tags(names),
                created=now,
                updated=now,
                author=self._uow.user,
            )
            for start, end in ranges
        ]
        store.annotations.insert([(a, content_hash, tag_ids) for a in made])
        saved = store.annotations.get_many(a.id for a in made)
        return [saved[a.id] for a in made]

    def edit(
        self,
        annotation_id: str,
        *,
        colour: Colour | str | None = None,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        expected_version: int | None = None,
    ) -> OpResult[Annotation]:
        """Change the colour, the note and the tags at once (None leaves one as it is;
        an existing tag is reused in its first spelling). ``updated`` moves on a change,
        and the user is recorded as its editor.

        ``expected_version`` is the version the change was made on (the one the user
        saw): if someone else changed the annotation since, nothing is written and
        :class:`~reader.core.errors.ConflictError` carries their version."""
        new_colour = parse_colour(colour) if colour is not None else None
        new_note = check_note(note) if note is not None else None
        new_tags = normalise_tags(tags) if tags is not None else None
        with self._uow.write() as store:
            before = self._existing(store, annotation_id, expected_version)
            colour_changed = new_colour is not None and new_colour is not before.colour
            note_changed = new_note is not None and new_note != before.note
            tags_changed = new_tags is not None and {tag_key(t) for t in new_tags} != {
                tag_key(t) for t in before.tags
            }
            if not (colour_changed or note_changed or tags_changed):
                return OpResult(before)
            values: dict[str, Any] = {
                "updated": _now().replace(tzinfo=None),
                "editor": self._uow.user,
            }
            if colour_changed and new_colour is not None:
                values["colour"] = new_colour.value
            if note_changed:
                values["note"] = new_note
            if not store.annotations.update(annotation_id, expected_version, **values):
                raise conflict_error(store.annotations.get(annotation_id))
            if tags_changed and new_tags is not None:
                old_ids = store.tags.tag_ids_of((annotation_id,))
                store.tags.replace_assignments({annotation_id: store.tags.ensure(new_tags)})
                store.tags.drop_unused(old_ids)
            after = store.annotations.get(annotation_id)
        assert after is not None
        undo = EditAnnotation(
            annotation_id,
            colour=before.colour if colour_changed else None,
            note=before.note if note_changed else None,
            tags=before.tags if tags_changed else None,
        )
        changes = Changes(before.document_id, frozenset({annotation_id}), tags=tags_changed)
        return OpResult(after, changes, undo)

    def delete(self, annotation_ids: Sequence[str]) -> OpResult[tuple[Annotation, ...]]:
        """Delete them and return them as they were (their undo restores them)."""
        ids = tuple(dict.fromkeys(annotation_ids))
        with self._uow.write() as store:
            found = store.annotations.get_many(ids, lock=True)
            for annotation_id in ids:
                if annotation_id not in found:
                    raise NotFoundError(message(Msg.NO_SUCH_ANNOTATION, id=annotation_id))
            tag_ids = store.tags.tag_ids_of(ids)
            if self._uow.team:
                now = _now()
                store.trash.purge(now - timedelta(days=KEEP_DAYS))
                store.trash.keep([found[i] for i in ids], self._uow.user, now)
            store.annotations.delete(ids)
            store.tags.drop_unused(tag_ids)
        deleted = tuple(found[i] for i in ids)
        changes = Changes(single_document(deleted), frozenset(ids), tags=bool(tag_ids))
        return OpResult(deleted, changes, RestoreAnnotations(deleted) if deleted else None)

    def restore(
        self,
        annotations: Sequence[Annotation],
        *,
        replace: bool = False,
        skip_existing: bool = False,
    ) -> OpResult[tuple[Annotation, ...]]:
        """Save annotations again with their ids, timestamps, colour, note and tags (undo
        of :meth:`delete`, import), all or none. Each is placed in its document's current
        text like a re-anchoring would (an orphan if its passage is not there).

        An id saved already raises :class:`AnnotationExistsError`, unless ``replace``
        (the saved one is replaced) or ``skip_existing`` (it is left as it is, and not
        in the result).
        """
        items = [checked_for_restore(a) for a in annotations]
        ids = [a.id for a in items]
        if len(set(ids)) != len(ids):
            raise InputError(message(Msg.ANNOTATION_ID_TWICE))
        with self._uow.write() as store:
            existing = store.annotations.existing(ids)
            previous: dict[str, Annotation] = {}
            if existing and skip_existing:
                items = [a for a in items if a.id not in existing]
                ids = [a.id for a in items]
                existing = set()
            if existing and not replace:
                raise AnnotationExistsError(message(Msg.ANNOTATION_EXISTS, id=sorted(existing)[0]))
            if existing:
                previous = store.annotations.get_many(existing)
                old_tags = store.tags.tag_ids_of(existing)
                store.annotations.delete(existing)
                store.tags.drop_unused(old_tags)
            texts: dict[int, tuple[str, str]] = {}
            rows = []
            for item in items:
                if item.document_id not in texts:
                    text, content_hash, _language = store.documents.text(item.document_id)
                    texts[item.document_id] = text, content_hash
                text, content_hash = texts[item.document_id]
                placed = placed_in(text, item)
                rows.append((placed, content_hash, store.tags.ensure(placed.tags)))
            store.annotations.insert(rows)
            store.trash.forget(ids)
            saved = store.annotations.get_many(ids)
        restored = tuple(saved[i] for i in ids)
        if not existing:
            undo: Any = DeleteAnnotations(tuple(ids))
        elif len(existing) == len(ids):
            undo = RestoreAnnotations(tuple(previous[i] for i in ids), replace=True)
        else:
            undo = None
        changes = Changes(single_document(restored), frozenset(ids), tags=True)
        return OpResult(restored, changes, undo if restored else None)

    def move(
        self, annotation_id: str, start: int, end: int, *, expected_version: int | None = None
    ) -> OpResult[Annotation]:
        """Attach the annotation to another selection (how an orphan is re-attached);
        ``expected_version`` as for :meth:`edit`."""
        start, end = check_offsets(start, end)
        with self._uow.write() as store:
            before = self._existing(store, annotation_id, expected_version)
            text, content_hash, _language = store.documents.text(before.document_id)
            check_selection(text, start, end)
            quote = quote_at(text, start, end)
            moved = store.annotations.update(
                annotation_id,
                expected_version,
                start=start,
                end=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
                content_hash=content_hash,
                orphan=False,
                updated=_now().replace(tzinfo=None),
                editor=self._uow.user,
            )
            if not moved:
                raise conflict_error(store.annotations.get(annotation_id))
            after = store.annotations.get(annotation_id)
        assert after is not None
        changes = Changes(before.document_id, frozenset({annotation_id}))
        return OpResult(after, changes, RestoreAnnotations((before,), replace=True))

    # the trash of a team library

    def deleted(self, document_id: int | None = None) -> list[DeletedAnnotation]:
        """What was deleted in the last :data:`KEEP_DAYS` days (in one document if
        given), newest first: restorable with :meth:`undelete`."""
        with self._uow.read() as store:
            return store.trash.deleted(document_id, _now() - timedelta(days=KEEP_DAYS))

    def undelete(self, annotation_ids: Sequence[str]) -> OpResult[tuple[Annotation, ...]]:
        """Put deleted annotations back, placed in their document's current text."""
        ids = list(dict.fromkeys(annotation_ids))
        with self._uow.read() as store:
            kept = {
                d.annotation.id: d.annotation
                for d in store.trash.deleted(None, _now() - timedelta(days=KEEP_DAYS))
            }
        missing = [i for i in ids if i not in kept]
        if missing:
            raise NotFoundError(message(Msg.NOT_IN_TRASH, id=missing[0], days=KEEP_DAYS))
        return self.restore([kept[i] for i in ids], skip_existing=True)

    @staticmethod
    def _existing(
        store: Store, annotation_id: str, expected_version: int | None = None
    ) -> Annotation:
        found = store.annotations.get(annotation_id) if isinstance(annotation_id, str) else None
        if found is None:
            if expected_version is not None:
                raise conflict_error(None)
            raise NotFoundError(message(Msg.NO_SUCH_ANNOTATION, id=annotation_id))
        if expected_version is not None and found.version != expected_version:
            raise conflict_error(found)
        return found
