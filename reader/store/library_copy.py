"""Copy one library into another, on either engine (``reader library copy --to URL``):
a local SQLite library into a team library on PostgreSQL, or back.

Every row keeps its id, author and timestamps: documents (with their stored text,
structure and reading state), tags, annotations and their tags, entity corrections,
the user's entity list, the entity caches, the trash and where each member of a
team library keeps their copy of a document. A row whose key the target
holds already is left as it is, so copying twice adds nothing: the keys of both sides
are compared first and only the missing rows are read. The search index of
the target is written as it would be for new documents (on PostgreSQL, into an
empty index, with its indexes built once after the rows). All in the target's one
write transaction: a failed copy leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass

from sqlalchemy import Table, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reader.core.errors import LibraryError
from reader.core.messages import Msg, message
from reader.store.models import Base
from reader.store.postgres_index import built_after
from reader.store.postgres_search import PostgresSearchStore
from reader.store.sqlite_search import SearchStore

TABLES = (
    "documents",
    "tags",
    "annotations",
    "annotation_tags",
    "entity_corrections",
    "user_entities",
    "model_spans",
    "entity_results",
    "deleted_annotations",
    "member_copies",
)
"""In the order foreign keys need."""
_SERIAL = ("documents", "tags", "entity_corrections")
_BATCH = 1_000


@dataclass(frozen=True, slots=True)
class CopyCounts:
    """Rows copied, and rows left as they were because the target had them, by table."""

    copied: dict[str, int]
    present: dict[str, int]


def copy_rows(source: Session, target: Session) -> CopyCounts:
    """Copy what ``target`` lacks of ``source`` (both at the same schema revision)."""
    copied: dict[str, int] = {}
    present: dict[str, int] = {}
    new_documents: list[int] = []
    for name in TABLES:
        table = Base.metadata.tables[name]
        keys = list(table.primary_key.columns)
        have = {tuple(row) for row in target.execute(select(*keys))}
        theirs = [tuple(row) for row in source.execute(select(*keys).order_by(*keys))]
        missing = [key for key in theirs if key not in have]
        present[name] = len(theirs) - len(missing)
        copied[name] = 0
        if name == "documents":
            new_documents = [int(key[0]) for key in missing]
        for batch in _missing_rows(source, table, missing, everything=not present[name]):
            copied[name] += _insert(target, table, batch)
    postgres = target.get_bind().dialect.name == "postgresql"
    search = PostgresSearchStore(target) if postgres else SearchStore(target)
    with built_after(target) if postgres and new_documents else nullcontext():
        search.index_documents(new_documents)
    if postgres:
        for name in _SERIAL:  # ids were given: the next one made must come after them
            target.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                    f" (SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
                )
            )
    return CopyCounts(copied, present)


def _missing_rows(
    source: Session, table: Table, missing: list[tuple[object, ...]], *, everything: bool
) -> Iterator[list[dict[str, object]]]:
    """The rows of ``source`` whose keys are ``missing``, in batches: read by key when the
    key is one column, else picked from the whole table (all of it if ``everything``)."""
    if not missing:
        return
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and not everything:
        for at in range(0, len(missing), _BATCH):
            wanted = [key[0] for key in missing[at : at + _BATCH]]
            query = select(*table.columns).where(keys[0].in_(wanted)).order_by(keys[0])
            yield [dict(row) for row in source.execute(query).mappings()]
        return
    wanted_set = set(missing)
    batch: list[dict[str, object]] = []
    for row in source.execute(select(*table.columns).order_by(*keys)).mappings():
        if everything or tuple(row[key.name] for key in keys) in wanted_set:
            batch.append(dict(row))
            if len(batch) >= _BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _insert(target: Session, table: Table, rows: list[dict[str, object]]) -> int:
    """On PostgreSQL with RETURNING, which SQLAlchemy sends as a few multi-row INSERTs
    ("insertmanyvalues") rather than one per row: the statement triggers (the
    annotations' search words, migration 0017) then run once per statement."""
    postgres = target.get_bind().dialect.name == "postgresql"
    try:
        if postgres:
            target.execute(insert(table).returning(*table.primary_key.columns), rows)
        else:
            target.execute(insert(table), rows)
    except IntegrityError as exc:
        first = rows[0]
        raise LibraryError(
            message(Msg.COPY_CONFLICT, table=table.name, row=str(_key(table, first))),
            detail=str(exc.orig).splitlines()[0] if exc.orig else "",
        ) from None
    return len(rows)


def _key(table: Table, row: dict[str, object]) -> str:
    shown = ", ".join(f"{c.name}={row[c.name]!r}" for c in table.primary_key.columns)
    return f"({shown})"
