"""Highlights, notes and tags: every public method is one user action, committed on return.

There is no save button and no timer: when a method returns, its change is in the
database (one write transaction each, ``BEGIN IMMEDIATE``, ``synchronous=FULL``).
Methods return plain frozen dataclasses (:class:`~reader.core.annotations.Annotation`,
:class:`TagCount`, :class:`ReanchorReport`), never ORM rows.

Invariants kept here:

- a placed annotation (``orphan`` false) quotes exactly what its offsets cover in its
  document's stored canonical text, with the context from that text, and its
  ``content_hash`` is the document's;
- an orphan keeps the quote and the last position it had; it is tried again whenever
  the document's text changes, and is placed again if the text has the passage again;
- tags are normalised (:func:`normalise_tag`), unique case-insensitively (the first
  spelling stays), and a tag no annotation uses any more is deleted.
"""

from __future__ import annotations

import unicodedata
import uuid
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from reader.core.anchoring import anchor
from reader.core.annotations import Annotation, Colour, TextQuote, quote_at
from reader.core.document import content_hash as document_hash
from reader.core.errors import InputError, NotFoundError
from reader.services.unit_of_work import UnitOfWork
from reader.store.models import AnnotationRow, DocumentRow, TagRow, annotation_tags, utcnow

__all__ = [
    "MAX_TAG_LENGTH",
    "AnnotationExistsError",
    "AnnotationService",
    "ReanchorReport",
    "TagCount",
    "annotation_to_json",
    "find_occurrence",
    "format_timestamp",
    "normalise_tag",
    "normalise_tags",
    "parse_colour",
    "reanchor_in_session",
]

MAX_TAG_LENGTH = 100
"""Longest tag, in code points, after normalisation."""


@dataclass(frozen=True, slots=True)
class TagCount:
    """A tag and the number of annotations that carry it."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """What re-anchoring a document's annotations in its new text did.

    Counts only the annotations that were made on (or last tried against) another
    version of the text: ``kept`` are where they were, ``moved`` were found elsewhere
    (this includes orphans placed again), ``orphaned`` were not found (and are kept).
    """

    kept: int
    moved: int
    orphaned: int


class AnnotationExistsError(InputError):
    """:meth:`AnnotationService.restore` was given an id that is already saved."""


# -- validation -------------------------------------------------------------------------


def parse_colour(value: Colour | str) -> Colour:
    """A :class:`Colour` from itself or its name (any case), else :class:`InputError`."""
    if isinstance(value, Colour):
        return value
    if isinstance(value, str):
        try:
            return Colour(value.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(c.value for c in Colour)
    raise InputError(f"unknown colour {value!r}: choose one of {choices}")


def normalise_tag(raw: str) -> str:
    """The canonical spelling of a tag, or :class:`InputError` saying why it is refused.

    Whitespace runs (spaces, tabs, newlines...) become one space; surrounding spaces
    and '/' go; a hierarchical tag (``chine/cloud``) has its levels trimmed and none
    may be empty. Anything else (case, accents, emoji, right-to-left text) is kept.
    """
    if not isinstance(raw, str):
        raise InputError(f"a tag must be text, not {type(raw).__name__}")
    _check_encodable(raw, "a tag")
    collapsed = " ".join(raw.split()).strip("/ ")
    if not collapsed:
        raise InputError("a tag cannot be blank")
    if any(unicodedata.category(c) == "Cc" for c in collapsed):
        raise InputError(f"the tag {_short(collapsed)!r} contains control characters")
    levels = [level.strip() for level in collapsed.split("/")]
    if not all(levels):
        raise InputError(f"the tag {_short(collapsed)!r} has an empty level between '/'")
    name = "/".join(levels)
    if len(name) > MAX_TAG_LENGTH:
        raise InputError(
            f"the tag {_short(name)!r} is too long ({len(name)} characters; "
            f"the limit is {MAX_TAG_LENGTH})"
        )
    return name


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag normalised, duplicates (compared case-insensitively) dropped, order kept."""
    if isinstance(tags, str):  # one tag given where several are expected
        tags = (tags,)
    seen: set[str] = set()
    names: list[str] = []
    for raw in tags:
        name = normalise_tag(raw)
        if _fold(name) not in seen:
            seen.add(_fold(name))
            names.append(name)
    return tuple(names)


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) non-overlapping occurrence of ``quote``."""
    if not quote:
        raise InputError("the passage to find is empty")
    if occurrence < 1:
        raise InputError(f"the occurrence number counts from 1, not {occurrence}")
    seen = 0
    pos = text.find(quote)
    while pos != -1:
        seen += 1
        if seen == occurrence:
            return pos, pos + len(quote)
        pos = text.find(quote, pos + len(quote))
    if seen == 0:
        raise InputError(f"{_short(quote)!r} does not occur in the text")
    times = "once" if seen == 1 else f"{seen} times"
    raise InputError(
        f"{_short(quote)!r} occurs only {times} in the text (occurrence {occurrence} asked)"
    )


def _check_note(note: str) -> str:
    if not isinstance(note, str):
        raise InputError(f"a note must be text, not {type(note).__name__}")
    _check_encodable(note, "the note")
    return note


def _check_encodable(value: str, what: str) -> None:
    """Refuse lone surrogates (e.g. undecodable bytes from a command line): SQLite cannot
    store them, and they are not text."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} contains characters that are not valid Unicode") from None


def _check_selection(text: str, start: int, end: int) -> None:
    if (
        isinstance(start, bool)
        or isinstance(end, bool)
        or not (isinstance(start, int) and isinstance(end, int))
    ):
        raise InputError("a selection's start and end must be whole numbers")
    if start == end:
        raise InputError(f"the selection is empty (it starts and ends at {start})")
    if start > end:
        raise InputError(f"the selection ends before it starts ({start} > {end})")
    if start < 0 or end > len(text):
        raise InputError(
            f"the selection {start}-{end} is outside the text, which has {len(text)} characters"
        )
    if not text[start:end].strip():
        raise InputError("the selection holds only whitespace")


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _fold(name: str) -> str:
    """The key tags are compared by: Unicode canonical caseless matching, so 'Été', 'ÉTÉ'
    and 'e\u0301te\u0301' are one tag (SQLite's NOCASE folds ASCII letters only)."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name).casefold())


def _tag_key(name: str) -> tuple[str, str]:
    return _fold(name), name


# -- time -------------------------------------------------------------------------------


def _aware(value: datetime) -> datetime:
    """Stored (naive UTC) to what services return (aware UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _naive(value: datetime) -> datetime:
    """Any datetime (naive means UTC) to what is stored (naive UTC)."""
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC with a Z, to the millisecond: ``2026-11-27T03:10:59.123Z``."""
    return _naive(value).isoformat(timespec="milliseconds") + "Z"


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON object the CLI prints for an annotation (the one place it is built).

    Offsets count code points of the document's current canonical text; an orphan has
    none (``null``), since its passage is not in that text.
    """
    return {
        "id": annotation.id,
        "start": None if annotation.orphan else annotation.start,
        "end": None if annotation.orphan else annotation.end,
        "quote": annotation.quote.exact,
        "color": annotation.colour.value,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "orphan": annotation.orphan,
        "created": format_timestamp(annotation.created),
        "updated": format_timestamp(annotation.updated),
    }


# -- rows <-> dataclasses ----------------------------------------------------------------


_COLOURS = {colour.value: colour for colour in Colour}


def _colour(stored: str) -> Colour:
    # A colour written by a newer version with more colours shows as yellow.
    return _COLOURS.get(stored, Colour.YELLOW)


def _annotation(row: AnnotationRow) -> Annotation:
    return Annotation(
        id=row.id,
        document_id=row.document_id,
        start=row.start,
        end=row.end,
        quote=TextQuote(row.exact, row.prefix, row.suffix),
        colour=_colour(row.colour),
        note=row.note,
        tags=tuple(sorted((tag.name for tag in row.tags), key=_tag_key)),
        created=_aware(row.created),
        updated=_aware(row.updated),
        orphan=row.orphan,
    )


def _document_text(session: Session, document_id: int) -> tuple[str, str]:
    found = session.execute(
        select(DocumentRow.text, DocumentRow.content_hash).where(DocumentRow.id == document_id)
    ).one_or_none()
    if found is None:
        raise NotFoundError(f"no document with id {document_id}")
    return found.text, found.content_hash


def _row(session: Session, annotation_id: str) -> AnnotationRow:
    row = session.get(AnnotationRow, annotation_id) if isinstance(annotation_id, str) else None
    if row is None:
        raise NotFoundError(f"no annotation with id {annotation_id}")
    return row


def _find_tag(session: Session, name: str) -> TagRow | None:
    """The tag spelled ``name`` in any case (Unicode case folding, unlike NOCASE)."""
    key = _fold(name)
    for tag_id, existing in session.execute(select(TagRow.id, TagRow.name)):
        if _fold(existing) == key:
            return session.get(TagRow, tag_id)
    return None


def _tag_rows(session: Session, names: tuple[str, ...]) -> list[TagRow]:
    """The rows for already normalised, deduplicated names; missing ones are created."""
    if not names:
        return []
    ids = {_fold(name): tag_id for tag_id, name in session.execute(select(TagRow.id, TagRow.name))}
    rows: list[TagRow] = []
    for name in names:
        tag_id = ids.get(_fold(name))
        row = session.get(TagRow, tag_id) if tag_id is not None else None
        if row is None:
            row = TagRow(name=name)
            session.add(row)
        rows.append(row)
    return rows


def _drop_unused_tags(session: Session, tag_ids: Iterable[int]) -> None:
    ids = [tag_id for tag_id in tag_ids if tag_id is not None]
    if ids:
        session.execute(
            delete(TagRow)
            .where(TagRow.id.in_(ids), ~exists().where(annotation_tags.c.tag_id == TagRow.id))
            .execution_options(synchronize_session=False)
        )


def _tag_count(session: Session, tag: TagRow) -> TagCount:
    count = session.scalar(
        select(func.count()).select_from(annotation_tags).where(annotation_tags.c.tag_id == tag.id)
    )
    return TagCount(tag.name, count or 0)


def _touch_tagged(session: Session, tag_id: int, now: datetime) -> list[str]:
    """Mark the annotations carrying a tag as updated now; their ids."""
    ids = list(
        session.scalars(
            select(annotation_tags.c.annotation_id).where(annotation_tags.c.tag_id == tag_id)
        )
    )
    if ids:
        session.execute(
            update(AnnotationRow)
            .where(AnnotationRow.id.in_(ids))
            .values(updated=now)
            .execution_options(synchronize_session=False)
        )
    return ids


def _merge_tag(session: Session, source_id: int, target_id: int, now: datetime) -> None:
    """Move every use of one tag to another, then delete the first."""
    _touch_tagged(session, source_id, now)
    session.execute(
        insert(annotation_tags)
        .from_select(
            ["annotation_id", "tag_id"],
            select(annotation_tags.c.annotation_id, literal(target_id)).where(
                annotation_tags.c.tag_id == source_id
            ),
        )
        .prefix_with("OR IGNORE")
    )
    _delete_tag_row(session, source_id)


def _delete_tag_row(session: Session, tag_id: int) -> None:
    session.execute(delete(annotation_tags).where(annotation_tags.c.tag_id == tag_id))
    session.execute(
        delete(TagRow).where(TagRow.id == tag_id).execution_options(synchronize_session=False)
    )


# -- re-anchoring -----------------------------------------------------------------------


class _Shift:
    """Where offsets of the previous version of a text probably are in the new one.

    The same characters before the first change and after the last one keep their
    place (or shift by the length difference). In between, each line that occurs once
    in both versions tells how far it moved, and the lines after it that are not
    unique (blank, repeated, edited) are guessed to have moved as far. Linear time.

    It only gives :func:`anchor` its starting guess: ``anchor`` still checks that the
    quote is there (step 1, cheap) and searches if not.
    """

    def __init__(self, old: str, new: str) -> None:
        self._old_length = len(old)
        self._delta = len(new) - len(old)
        self._head = _common_prefix(old, new)
        limit = min(len(old), len(new)) - self._head
        self._tail = _common_prefix(old[::-1], new[::-1], limit)
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        self._starts = _line_starts(old_lines)
        new_starts = _line_starts(new_lines)
        where: dict[str, int] = {}  # line -> its index in new, or -1 if it repeats
        for j, line in enumerate(new_lines):
            where[line] = -1 if line in where else j
        unique = {line for line in old_lines if where.get(line, -1) >= 0}  # once in new
        seen: set[str] = set()
        for line in old_lines:  # and once in old
            if line in seen:
                unique.discard(line)
            seen.add(line)
        self._shifts: list[int] = []
        shift = 0
        for i, line in enumerate(old_lines):
            if line in unique:
                shift = new_starts[where[line]] - self._starts[i]
            self._shifts.append(shift)

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        if end <= self._head:
            return start, end
        if start >= self._old_length - self._tail:
            return start + self._delta, end + self._delta
        if not self._shifts:
            return start, end
        line = min(max(bisect_right(self._starts, start) - 1, 0), len(self._shifts) - 1)
        shift = self._shifts[line]
        return start + shift, end + shift


def _common_prefix(a: str, b: str, limit: int | None = None) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    lo, hi = 0, min(len(a), len(b)) if limit is None else limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def reanchor_in_session(
    session: Session,
    document_id: int,
    text: str,
    content_hash: str,
    previous_text: str | None = None,
) -> ReanchorReport | None:
    """Re-anchor, in the caller's transaction, the annotations of a document that were
    made on (or last tried against) another text than ``text``; None if there were none.

    Found: new offsets, quote and context from ``text``, no longer an orphan. Not found:
    an orphan that keeps its quote, note and tags. Either way it is marked as tried on
    ``text`` (its hash), so it is tried again only when the text changes again.
    ``updated`` is left alone: re-anchoring is not an edit by the user.

    ``previous_text``, the text the document had until now, makes it fast: annotations
    made on it start from where a diff puts them instead of searching the whole text.
    """
    stale = session.execute(
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
            AnnotationRow.document_id == document_id, AnnotationRow.content_hash != content_hash
        )
    ).all()
    if not stale:
        return None
    shift: _Shift | None = None
    previous_hash = document_hash(previous_text) if previous_text is not None else None
    kept = moved = orphaned = 0
    changes: list[dict[str, Any]] = []
    for item in stale:
        guess = item.start, item.end
        if previous_text is not None and item.content_hash == previous_hash and not item.orphan:
            shift = shift or _Shift(previous_text, text)
            guess = shift(item.start, item.end)
        found = anchor(text, TextQuote(item.exact, item.prefix, item.suffix), *guess)
        if found is None:
            orphaned += 1
            changes.append({"id": item.id, "orphan": True, "content_hash": content_hash})
            continue
        start, end = found
        if not item.orphan and (start, end) == (item.start, item.end):
            kept += 1
        else:
            moved += 1
        quote = quote_at(text, start, end)
        changes.append(
            {
                "id": item.id,
                "start": start,
                "end": end,
                "exact": quote.exact,
                "prefix": quote.prefix,
                "suffix": quote.suffix,
                "orphan": False,
                "content_hash": content_hash,
            }
        )
    # Bulk UPDATE by primary key, grouped by the set of columns each change has.
    for columns in {tuple(change) for change in changes}:
        session.execute(update(AnnotationRow), [c for c in changes if tuple(c) == columns])
    return ReanchorReport(kept, moved, orphaned)


# -- the service ------------------------------------------------------------------------


class AnnotationService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # annotations

    def create(  # noqa: PLR0917  (the colour, note and tags of a new highlight, in order)
        self,
        document_id: int,
        start: int,
        end: int,
        colour: Colour | str = Colour.YELLOW,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Highlight ``[start, end)`` of the document's canonical text; saved on return."""
        colour = parse_colour(colour)
        note = _check_note(note)
        names = normalise_tags(tags)
        with self._uow.write() as session:
            text, content_hash = _document_text(session, document_id)
            _check_selection(text, start, end)
            quote = quote_at(text, start, end)
            now = utcnow()
            row = AnnotationRow(
                id=str(uuid.uuid4()),
                document_id=document_id,
                start=start,
                end=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
                colour=colour.value,
                note=note,
                content_hash=content_hash,
                orphan=False,
                created=now,
                updated=now,
            )
            row.tags = _tag_rows(session, names)
            session.add(row)
            session.flush()
            return _annotation(row)

    def get(self, annotation_id: str) -> Annotation:
        with self._uow.read() as session:
            return _annotation(_row(session, annotation_id))

    def fingerprint(self, document_id: int) -> tuple[int, str, int]:
        """Changes whenever the document's annotations change, from any process
        (count, latest update, sum of offsets): cheap enough to poll."""
        with self._uow.read() as session:
            count, latest, offsets = session.execute(
                select(
                    func.count(AnnotationRow.id),
                    func.max(AnnotationRow.updated),
                    func.coalesce(func.sum(AnnotationRow.start + AnnotationRow.end), 0),
                ).where(AnnotationRow.document_id == document_id)
            ).one()
            return int(count), str(latest), int(offsets)

    def for_document(self, document_id: int) -> list[Annotation]:
        """The document's annotations in reading order (start, then end); orphans last."""
        with self._uow.read() as session:
            if session.scalar(select(DocumentRow.id).where(DocumentRow.id == document_id)) is None:
                raise NotFoundError(f"no document with id {document_id}")
            tags: dict[str, list[str]] = {}
            core = session.connection()  # Core, not ORM loading: thousands of plain rows
            for annotation_id, name in core.execute(
                select(annotation_tags.c.annotation_id, TagRow.name)
                .join(TagRow, TagRow.id == annotation_tags.c.tag_id)
                .join(AnnotationRow, AnnotationRow.id == annotation_tags.c.annotation_id)
                .where(AnnotationRow.document_id == document_id)
            ):
                tags.setdefault(annotation_id, []).append(name)
            rows = core.execute(
                select(
                    AnnotationRow.id,
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
                )
                .where(AnnotationRow.document_id == document_id)
                .order_by(
                    AnnotationRow.orphan,
                    AnnotationRow.start,
                    AnnotationRow.end,
                    AnnotationRow.created,
                    AnnotationRow.id,
                )
            )
            return [  # tuples unpacked: attribute access on rows costs with thousands
                Annotation(
                    id=annotation_id,
                    document_id=document_id,
                    start=start,
                    end=end,
                    quote=TextQuote(exact, prefix, suffix),
                    colour=_colour(colour),
                    note=note,
                    tags=tuple(sorted(tags[annotation_id], key=_tag_key))
                    if annotation_id in tags
                    else (),
                    created=created.replace(tzinfo=UTC),
                    updated=updated.replace(tzinfo=UTC),
                    orphan=orphan,
                )
                for (
                    annotation_id,
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
                ) in rows
            ]

    def update(
        self,
        annotation_id: str,
        *,
        colour: Colour | str | None = None,
        note: str | None = None,
    ) -> Annotation:
        """Change the colour and/or the note (None leaves it); ``updated`` moves on a change."""
        new_colour = parse_colour(colour) if colour is not None else None
        new_note = _check_note(note) if note is not None else None
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            changed = False
            if new_colour is not None and row.colour != new_colour.value:
                row.colour = new_colour.value
                changed = True
            if new_note is not None and row.note != new_note:
                row.note = new_note
                changed = True
            if changed:
                row.updated = utcnow()
            session.flush()
            return _annotation(row)

    def set_tags(self, annotation_id: str, tags: Iterable[str]) -> Annotation:
        """Replace the annotation's tags (an existing tag is reused, in its first spelling)."""
        names = normalise_tags(tags)
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            if {_fold(t.name) for t in row.tags} == {_fold(n) for n in names}:
                return _annotation(row)
            old_ids = {t.id for t in row.tags}
            row.tags = _tag_rows(session, names)
            row.updated = utcnow()
            session.flush()
            _drop_unused_tags(session, old_ids - {t.id for t in row.tags})
            return _annotation(row)

    def add_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Add one tag; adding a tag it already has changes nothing."""
        name = normalise_tag(tag)
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            if any(_fold(t.name) == _fold(name) for t in row.tags):
                return _annotation(row)
            row.tags.extend(_tag_rows(session, (name,)))
            row.updated = utcnow()
            session.flush()
            return _annotation(row)

    def remove_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Remove one tag (any case); removing a tag it does not have changes nothing."""
        name = normalise_tag(tag)
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            dropped = [t for t in row.tags if _fold(t.name) == _fold(name)]
            if not dropped:
                return _annotation(row)
            for t in dropped:
                row.tags.remove(t)
            row.updated = utcnow()
            session.flush()
            _drop_unused_tags(session, (t.id for t in dropped))
            return _annotation(row)

    def delete(self, annotation_id: str) -> Annotation:
        """Delete it and return it as it was (give it to :meth:`restore` to undo)."""
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            deleted = _annotation(row)
            tag_ids = [t.id for t in row.tags]
            session.delete(row)
            session.flush()
            _drop_unused_tags(session, tag_ids)
            return deleted

    def restore(self, annotation: Annotation) -> Annotation:
        """Save an annotation again with its id, timestamps, colour, note and tags (undo of
        :meth:`delete`, import). It is placed in the document's current text like a
        re-anchoring would (an orphan if its passage is not there).

        Raises :class:`AnnotationExistsError` if the id is saved already.
        """
        try:
            annotation_id = str(uuid.UUID(annotation.id))
        except (TypeError, ValueError, AttributeError):
            raise InputError(f"{annotation.id!r} is not an annotation id (a UUID)") from None
        colour = parse_colour(annotation.colour)
        note = _check_note(annotation.note)
        names = normalise_tags(annotation.tags)
        quote = annotation.quote
        for part in (quote.exact, quote.prefix, quote.suffix):
            _check_encodable(part, "the quoted passage")
        if not quote.exact.strip():
            raise InputError("the annotation quotes no passage")
        with self._uow.write() as session:
            if session.get(AnnotationRow, annotation_id) is not None:
                raise AnnotationExistsError(f"annotation {annotation_id} exists already")
            text, content_hash = _document_text(session, annotation.document_id)
            start, end = annotation.start, annotation.end
            found = anchor(text, quote, start, end)
            if found is not None:
                start, end = found
                quote = quote_at(text, start, end)
            row = AnnotationRow(
                id=annotation_id,
                document_id=annotation.document_id,
                start=start,
                end=end,
                exact=quote.exact,
                prefix=quote.prefix,
                suffix=quote.suffix,
                colour=colour.value,
                note=note,
                content_hash=content_hash,
                orphan=found is None,
                created=_naive(annotation.created),
                updated=_naive(annotation.updated),
            )
            row.tags = _tag_rows(session, names)
            session.add(row)
            session.flush()
            return _annotation(row)

    def move(self, annotation_id: str, start: int, end: int) -> Annotation:
        """Attach the annotation to another selection (how an orphan is re-attached)."""
        with self._uow.write() as session:
            row = _row(session, annotation_id)
            text, content_hash = _document_text(session, row.document_id)
            _check_selection(text, start, end)
            quote = quote_at(text, start, end)
            row.start, row.end = start, end
            row.exact, row.prefix, row.suffix = quote.exact, quote.prefix, quote.suffix
            row.content_hash = content_hash
            row.orphan = False
            row.updated = utcnow()
            session.flush()
            return _annotation(row)

    def reanchor(self, document_id: int) -> ReanchorReport:
        """Re-anchor the annotations made on another version of the document's text.

        :meth:`DocumentService.open <reader.services.documents.DocumentService.open>`
        does this itself when a file has changed.
        """
        with self._uow.write() as session:
            text, content_hash = _document_text(session, document_id)
            report = reanchor_in_session(session, document_id, text, content_hash)
            return report or ReanchorReport(0, 0, 0)

    # tags

    def tags(self, document_id: int | None = None) -> list[TagCount]:
        """Every tag with the number of annotations carrying it (in one document if
        ``document_id`` is given), sorted by name, case-insensitively."""
        with self._uow.read() as session:
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
            counts = [TagCount(name, count) for name, count in session.execute(query)]
        return sorted(counts, key=lambda t: _tag_key(t.name))

    def rename_tag(self, old: str, new: str) -> TagCount:
        """Rename a tag everywhere; renaming onto another existing tag merges into it
        (which keeps its spelling). Only that tag: ``chine`` does not rename ``chine/cloud``.
        """
        old_name, new_name = normalise_tag(old), normalise_tag(new)
        with self._uow.write() as session:
            source = _find_tag(session, old_name)
            if source is None:
                raise NotFoundError(f"no tag named {old_name!r}")
            target = _find_tag(session, new_name)
            now = utcnow()
            if target is not None and target.id != source.id:
                _merge_tag(session, source.id, target.id, now)
                return _tag_count(session, target)
            if source.name != new_name:
                source.name = new_name
                _touch_tagged(session, source.id, now)
                session.flush()
            return _tag_count(session, source)

    def merge_tags(self, sources: Iterable[str], target: str) -> TagCount:
        """Replace each source tag by ``target`` (created if new) on every annotation."""
        if isinstance(sources, str):
            sources = (sources,)
        names = normalise_tags(sources)
        if not names:
            raise InputError("name at least one tag to merge")
        target_name = normalise_tag(target)
        with self._uow.write() as session:
            rows: list[TagRow] = []
            for name in names:
                row = _find_tag(session, name)
                if row is None:
                    raise NotFoundError(f"no tag named {name!r}")
                rows.append(row)
            destination = _find_tag(session, target_name)
            if destination is None:
                destination = TagRow(name=target_name)
                session.add(destination)
                session.flush()
            now = utcnow()
            for row in rows:
                if row.id != destination.id:
                    _merge_tag(session, row.id, destination.id, now)
            return _tag_count(session, destination)

    def delete_tag(self, name: str) -> int:
        """Remove a tag from every annotation (the annotations stay); how many had it."""
        normalised = normalise_tag(name)
        with self._uow.write() as session:
            row = _find_tag(session, normalised)
            if row is None:
                raise NotFoundError(f"no tag named {normalised!r}")
            touched = _touch_tagged(session, row.id, utcnow())
            _delete_tag_row(session, row.id)
            return len(touched)
