"""Queries on the Index tables (migration 0012): names, mentions, counts, choices.

A document's rows count only while they were made from its current text
(``entity_index_state.content_hash`` is the document's) and it is in the library.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    String,
    bindparam,
    cast,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from reader.store.models import (
    AnnotationRow,
    DocumentRow,
    EntityChoiceRow,
    EntityCountRow,
    EntityIndexStateRow,
    EntityMentionRow,
    EntityNameRow,
)
from reader.store.upsert import insert_missing, insert_or_update

_CHUNK = 500  # ids per IN (...) list: well under SQLite's limit on parameters
_CHOICE = (
    EntityChoiceRow.name_id,
    EntityChoiceRow.merged_into,
    EntityChoiceRow.display,
    EntityChoiceRow.hidden,
    EntityChoiceRow.split,
)


@dataclass(frozen=True, slots=True)
class StoredName:
    id: int
    label: str
    key: str
    display: str


StoredHighlight = tuple[str, int, int, str, str]
"""(annotation id, start, end, colour, note)."""
StoredTotal = tuple[int, int, int, str]
"""(name id, entry id, mentions, the ids of the documents, comma-separated)."""


@dataclass(frozen=True, slots=True)
class StoredChoice:
    """The user's choices on one name; all defaults means "none"."""

    name_id: int
    merged_into: int | None = None
    display: str | None = None
    hidden: bool = False
    split: bool = False

    @property
    def empty(self) -> bool:
        return self.merged_into is None and self.display is None and not (self.hidden or self.split)


@dataclass(frozen=True, slots=True)
class StoredMention:
    document_id: int
    start: int
    end: int
    name_id: int
    entry_id: int


def _current(document_id: int | None = None) -> list[ColumnElement[bool]]:
    """Join conditions: the rows are of the document's text, and the document is in the
    library (or is the one document asked for, in the library or not)."""
    current = EntityIndexStateRow.content_hash == DocumentRow.content_hash
    if document_id is not None:
        return [current, DocumentRow.id == document_id]
    return [current, DocumentRow.in_library.is_(True)]


def _chunks(ids: Collection[int]) -> Iterable[list[int]]:
    items = sorted(ids)
    for at in range(0, len(items), _CHUNK):
        yield items[at : at + _CHUNK]


class EntityIndexStore:
    def __init__(self, session: Session) -> None:
        self._session = session

    # names

    def name_ids(self, displays: dict[tuple[str, str], str]) -> dict[tuple[str, str], int]:
        """The id of each (label, key), recording those not known yet with their display
        (a name another member of a team library records at the same moment: theirs)."""
        wanted = set(displays)
        found: dict[tuple[str, str], int] = {}
        labels = {label for label, _ in wanted}
        for label in labels:
            keys = [key for lab, key in wanted if lab == label]
            for at in range(0, len(keys), _CHUNK):
                rows = self._session.execute(
                    select(EntityNameRow.id, EntityNameRow.key).where(
                        EntityNameRow.label == label, EntityNameRow.key.in_(keys[at : at + _CHUNK])
                    )
                )
                found.update({(label, row.key): row.id for row in rows})
        missing = sorted(name for name in wanted if name not in found)
        if missing:
            # Names another member records meanwhile are theirs (and read back below);
            # in one order for all, so a member inserting names another one is inserting
            # waits for them rather than deadlocks.
            self._session.execute(
                insert_missing(self._session, EntityNameRow, ["label", "key"]),
                [
                    {"label": label, "key": key, "display": displays[label, key]}
                    for label, key in missing
                ],
            )
            return self.name_ids(displays)
        return found

    def names(self, ids: Collection[int]) -> dict[int, StoredName]:
        """These names by id (all of them read at once when many are asked for)."""
        columns = (EntityNameRow.id, EntityNameRow.label, EntityNameRow.key, EntityNameRow.display)
        connection = self._session.connection()
        if len(ids) > 2 * _CHUNK:
            rows = connection.execute(select(*columns)).all()
            return {
                n: StoredName(n, label, key, shown) for n, label, key, shown in rows if n in ids
            }
        out: dict[int, StoredName] = {}
        for chunk in _chunks(ids):
            for row in connection.execute(select(*columns).where(EntityNameRow.id.in_(chunk))):
                out[row.id] = StoredName(row.id, row.label, row.key, row.display)
        return out

    def names_with_key(self, key: str) -> list[StoredName]:
        rows = self._session.scalars(select(EntityNameRow).where(EntityNameRow.key == key))
        return [StoredName(row.id, row.label, row.key, row.display) for row in rows]

    # a document's rows

    def replace_document(
        self,
        document_id: int,
        content_hash: str,
        stamp: str,
        mentions: Sequence[tuple[int, int, int, int]],
    ) -> None:
        """The document's rows are these (start, end, name id, entry id) mentions now.

        The document's row is locked first (``FOR NO KEY UPDATE`` on PostgreSQL, which
        still lets others add annotations to it): another member replacing the same
        rows waits until this transaction ends, then replaces these."""
        self._session.execute(
            select(DocumentRow.id)
            .where(DocumentRow.id == document_id)
            .with_for_update(key_share=True)
        )
        self.drop_document(document_id)
        connection = self._session.connection()  # Core inserts: thousands of rows
        if mentions:
            connection.execute(
                insert(EntityMentionRow),
                [
                    {"document_id": document_id, "start": s, "end": e, "name_id": n, "entry_id": g}
                    for s, e, n, g in mentions
                ],
            )
            counts: dict[tuple[int, int], list[int]] = {}
            for start, _end, name, entry in mentions:
                seen = counts.setdefault((name, entry), [0, start])
                seen[0] += 1
                seen[1] = min(seen[1], start)
            connection.execute(
                insert(EntityCountRow),
                [
                    {
                        "document_id": document_id,
                        "name_id": n,
                        "entry_id": g,
                        "mentions": c,
                        "first": f,
                    }
                    for (n, g), (c, f) in counts.items()
                ],
            )
        seen = self._session.scalar(
            select(DocumentRow.created).where(DocumentRow.id == document_id)
        )
        self._session.add(
            EntityIndexStateRow(
                document_id=document_id, content_hash=content_hash, stamp=stamp, seen=seen
            )
        )
        self._session.flush()

    def drop_document(self, document_id: int) -> None:
        connection = self._session.connection()
        for table in (EntityMentionRow, EntityCountRow, EntityIndexStateRow):
            connection.execute(delete(table).where(table.document_id == document_id))

    def states(self) -> dict[int, tuple[str, str]]:
        """(content hash, stamp) of every document's rows, by document id."""
        rows = self._session.scalars(select(EntityIndexStateRow))
        return {row.document_id: (row.content_hash, row.stamp) for row in rows}

    def library_documents(self) -> list[tuple[int, str, str | None]]:
        """(id, content hash, language) of every document in the library."""
        rows = self._session.execute(
            select(DocumentRow.id, DocumentRow.content_hash, DocumentRow.language).where(
                DocumentRow.in_library.is_(True)
            )
        )
        return [(row.id, row.content_hash, row.language) for row in rows]

    def titles(self, ids: Collection[int]) -> dict[int, tuple[str, str]]:
        """(title, path) of documents, by id."""
        out: dict[int, tuple[str, str]] = {}
        for chunk in _chunks(ids):
            rows = self._session.execute(
                select(DocumentRow.id, DocumentRow.title, DocumentRow.path).where(
                    DocumentRow.id.in_(chunk)
                )
            )
            out.update({row.id: (row.title, row.path) for row in rows})
        return out

    def mark_stale(self) -> None:
        """Every document's rows are to be made again (the user's entity list changed)."""
        self._session.execute(update(EntityIndexStateRow).values(stamp=""))

    # reading the Index

    def seen(self, document_id: int | None = None) -> dict[str, datetime]:
        """When each current document (or this one) was recorded, by its id as text."""
        query = (
            select(EntityIndexStateRow.document_id, EntityIndexStateRow.seen)
            .join(DocumentRow, DocumentRow.id == EntityIndexStateRow.document_id)
            .where(*_current(document_id))
        )
        return {str(row.document_id): row.seen for row in self._session.execute(query)}

    def totals(self, document_id: int | None = None) -> list[StoredTotal]:
        """Per (name, entry) pair over the current documents (or this one): mentions and
        the documents (their ids, comma-separated)."""
        current = (
            select(EntityIndexStateRow.document_id)
            .join(DocumentRow, DocumentRow.id == EntityIndexStateRow.document_id)
            .where(*_current(document_id))
        )
        query = (
            select(
                EntityCountRow.name_id,
                EntityCountRow.entry_id,
                func.sum(EntityCountRow.mentions),
                func.aggregate_strings(cast(EntityCountRow.document_id, String), ","),
            )
            .where(EntityCountRow.document_id.in_(current))
            .group_by(EntityCountRow.name_id, EntityCountRow.entry_id)
        )
        return list(self._session.connection().execute(query).all())

    def highlights(self, document_ids: Collection[int]) -> dict[int, list[StoredHighlight]]:
        """(id, start, end, colour, note) of these documents' placed highlights."""
        out: dict[int, list[StoredHighlight]] = {}
        connection = self._session.connection()
        for chunk in _chunks(document_ids):
            rows = connection.execute(
                select(
                    AnnotationRow.document_id,
                    AnnotationRow.id,
                    AnnotationRow.start,
                    AnnotationRow.end,
                    AnnotationRow.colour,
                    AnnotationRow.note,
                ).where(AnnotationRow.document_id.in_(chunk), AnnotationRow.orphan.is_(False))
            )
            for document_id, *highlight in rows:
                out.setdefault(document_id, []).append(tuple(highlight))  # type: ignore[arg-type]
        return out

    def mentions(
        self, entries: Collection[int], names: Collection[int], document_id: int | None = None
    ) -> list[StoredMention]:
        """Current mentions grouped under one of ``entries`` or named one of ``names``,
        in document then reading order."""
        found: set[StoredMention] = set()
        for column, ids in (
            (EntityMentionRow.entry_id, entries),
            (EntityMentionRow.name_id, names),
        ):
            for chunk in _chunks(ids):
                query = (
                    select(
                        EntityMentionRow.document_id,
                        EntityMentionRow.start,
                        EntityMentionRow.end,
                        EntityMentionRow.name_id,
                        EntityMentionRow.entry_id,
                    )
                    .join(DocumentRow, DocumentRow.id == EntityMentionRow.document_id)
                    .join(EntityIndexStateRow, EntityIndexStateRow.document_id == DocumentRow.id)
                    .where(column.in_(chunk), *_current(document_id))
                )
                rows = self._session.connection().execute(query)
                found.update(StoredMention(*row) for row in rows)
        return sorted(found, key=lambda m: (m.document_id, m.start))

    def pieces(
        self, ranges: dict[int, list[tuple[int, int]]]
    ) -> dict[int, tuple[list[tuple[int, str]], int | None]]:
        """For each document, the search pieces of its text (migration 0008) that hold
        its ``[start, end)`` ranges, as (start, text), and the text's length if its last
        piece is among them; documents without pieces (their text was changed by another
        program, or the database keeps none) are left out. Two queries in all."""
        if not ranges or self._session.get_bind().dialect.name != "sqlite":
            return {}
        connection = self._session.connection()
        starts: dict[int, list[tuple[int, int]]] = {}
        for chunk in _chunks(ranges):
            rows = connection.execute(
                text(
                    "SELECT document_id, start, id FROM search_chunks WHERE document_id IN :ids"
                    " ORDER BY document_id, start"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": chunk},
            )
            for document_id, start, piece_id in rows:
                starts.setdefault(document_id, []).append((start, piece_id))
        wanted: set[int] = set()
        last: set[int] = set()
        for document_id, pieces in starts.items():
            offsets = [start for start, _ in pieces]
            last.add(pieces[-1][1])
            for start, end in ranges[document_id]:
                first = max(0, bisect_right(offsets, start) - 1)
                stop = max(first, bisect_left(offsets, end) - 1)
                wanted.update(piece_id for _, piece_id in pieces[first : stop + 1])
        found: dict[int, tuple[list[tuple[int, str]], int | None]] = {
            document_id: ([], None) for document_id in starts
        }
        for chunk in _chunks(wanted):
            rows = connection.execute(
                text(
                    "SELECT id, document_id, start, text FROM search_chunks WHERE id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": chunk},
            )
            for piece_id, document_id, start, piece in rows:
                held, _length = found[document_id]
                held.append((start, piece))
                if piece_id in last:
                    found[document_id] = (held, start + len(piece))
        return found

    # the user's choices: read as columns, not ORM objects (put_choice's upsert would
    # leave those stale)

    def choices(self) -> dict[int, StoredChoice]:
        rows = self._session.execute(select(*_CHOICE))
        return {row[0]: StoredChoice(*row) for row in rows}

    def choice(self, name_id: int) -> StoredChoice:
        row = self._session.execute(
            select(*_CHOICE).where(EntityChoiceRow.name_id == name_id)
        ).first()
        return StoredChoice(*row) if row is not None else StoredChoice(name_id)

    def put_choice(self, choice: StoredChoice) -> None:
        """Store ``choice`` as the name's choices (none at all if it is empty); of two
        members choosing at the same moment, the last one's."""
        if choice.empty:
            self._session.execute(
                delete(EntityChoiceRow).where(EntityChoiceRow.name_id == choice.name_id)
            )
            return
        columns = ["merged_into", "display", "hidden", "split"]
        self._session.execute(
            insert_or_update(self._session, EntityChoiceRow, ["name_id"], columns).values(
                name_id=choice.name_id,
                merged_into=choice.merged_into,
                display=choice.display,
                hidden=choice.hidden,
                split=choice.split,
            )
        )

    def groupings(self) -> list[tuple[int, int]]:
        """(name, entry) pairs where a current document groups a name under another."""
        rows = self._session.connection().execute(
            select(EntityCountRow.name_id, EntityCountRow.entry_id)
            .join(DocumentRow, DocumentRow.id == EntityCountRow.document_id)
            .join(EntityIndexStateRow, EntityIndexStateRow.document_id == DocumentRow.id)
            .where(EntityCountRow.name_id != EntityCountRow.entry_id, *_current())
            .distinct()
        )
        return [(row.name_id, row.entry_id) for row in rows]

    def grouped_names(self, entry_id: int) -> set[int]:
        """Names that some document groups under ``entry_id`` (other than itself)."""
        rows = self._session.scalars(
            select(EntityCountRow.name_id)
            .where(EntityCountRow.entry_id == entry_id, EntityCountRow.name_id != entry_id)
            .distinct()
        )
        return set(rows)
