"""Recover what can be read of a damaged library into a new one (like sqlite3's .recover).

Every table is read row by row in rowid order. When a page cannot be read, the rows
after it are found again by probing rowids past it (doubling, then bisecting: a
lookup descends the tree to the first readable leaf beyond the damage); a row whose
own record cannot be read whole is read column by column, and a missing required
value gets an empty one (a document whose text is lost keeps its title and path, and
is re-read from its file the next time it is opened). The rows go into a library
built by the migrations at the damaged library's own revision, which is then
migrated to the newest, and its search index rebuilt.

Annotations whose document row is lost are kept, attached to a placeholder document
("Recovered annotations") as orphans with their quote, note and tags; links to
tags or annotations that are lost are dropped.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from reader.core.errors import LibraryDamagedError, LibraryError, LibraryPathError
from reader.core.messages import Msg, message
from reader.store.access import WRITABLE, Access, connect, header_kind, probe
from reader.store.engine import make_engine
from reader.store.faults import file_fault
from reader.store.integrity import full_check
from reader.store.schema import head_revision, known_revisions, migrate
from reader.store.sqlite_search import SearchStore

_MIN_ROWID = -(2**63)
_MAX_ROWID = 2**63 - 1
_SKIP = ("alembic_version",)
LOST_DOCUMENT_PATH = "recovered:lost-document-{id}"


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    target: Path
    documents: int
    annotations: int
    annotations_before: int | None
    """How many the damaged library counted (from an index), if it could tell."""
    tags: int
    placeholders: int
    """Placeholder documents made for annotations whose document was lost."""
    damaged_rows: int
    """Rows read only in part (a lost value replaced by an empty one)."""
    unreadable_tables: tuple[str, ...]


def recover(source: Path, target: Path) -> RecoveryReport:
    """Copy every readable row of ``source`` into the new library ``target``."""
    target = target.absolute()
    if target.exists() or target.is_symlink():
        raise LibraryPathError(message(Msg.RECOVER_EXISTS, target=str(target)))
    if target == source.absolute():
        raise LibraryPathError(message(Msg.RECOVER_INTO_ITSELF))
    if header_kind(source) != "sqlite":
        raise LibraryDamagedError(message(Msg.RECOVER_NOT_A_DATABASE, library=str(source)))
    access = probe(source, read_only=True, reason=message(Msg.BEING_RECOVERED))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        report = _recover(source, access, partial, target)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        raise file_fault(exc, source, target, Msg.THE_RECOVERED_LIBRARY) from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return report


def _recover(source: Path, access: Access, partial: Path, target: Path) -> RecoveryReport:
    old = connect(source, access)
    try:
        revision = _revision(old)
        if revision not in known_revisions():
            raise LibraryError(message(Msg.RECOVER_TOO_NEW, library=str(source)))
        engine = make_engine(f"sqlite:///{partial}")
        try:
            migrate(engine, revision)
        finally:
            engine.dispose()
        new = connect(partial, WRITABLE)
        try:
            new.execute("PRAGMA journal_mode = DELETE")
            new.execute("PRAGMA foreign_keys = OFF")
            new.execute("BEGIN")
            damaged, unreadable = _copy_tables(old, new)
            placeholders = _reattach(new)
            new.execute("COMMIT")
        finally:
            new.close()
        before = _count(old, "annotations")
    finally:
        old.close()
    engine = make_engine(f"sqlite:///{partial}")
    try:
        if revision != head_revision():
            migrate(engine)
        with Session(engine) as session, session.begin():
            SearchStore(session).rebuild()  # the pieces of text search finds hits in
    finally:
        engine.dispose()
    check = connect(partial, WRITABLE)
    try:
        check.execute("PRAGMA journal_mode = DELETE")
        result = full_check(check)
        if not result.ok:
            raise LibraryError(message(Msg.RECOVERED_FAILED_CHECK, problem=result.problems[0]))
        documents = _count(check, "documents") or 0
        annotations = _count(check, "annotations") or 0
        tags = _count(check, "tags") or 0
    finally:
        check.close()
    return RecoveryReport(
        target, documents, annotations, before, tags, placeholders, damaged, unreadable
    )


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return head_revision()  # unreadable: assume the newest layout
    return str(row[0]) if row else head_revision()


def _copy_tables(old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[int, tuple[str, ...]]:
    damaged = 0
    unreadable: list[str] = []
    for table in _tables(new):
        try:
            old_columns = {row[1] for row in old.execute(f'PRAGMA table_info("{table}")')}
        except sqlite3.DatabaseError:
            raise LibraryDamagedError(message(Msg.RECOVER_NO_TABLES)) from None
        if not old_columns:
            continue  # a table the damaged library does not have
        info = list(new.execute(f'PRAGMA table_info("{table}")'))
        columns = [row[1] for row in info if row[1] in old_columns]
        required = {row[1]: _empty(row[2]) for row in info if row[3] and row[4] is None}
        insert = (
            f'INSERT OR IGNORE INTO "{table}" ({", ".join(_q(c) for c in columns)})'
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
        read_any = False
        for values, whole in _rows(old, table, columns):
            read_any = True
            row = list(values)
            if not whole:
                damaged += 1
                row = [
                    required.get(c) if v is None and c in required else v
                    for c, v in zip(columns, row, strict=True)
                ]
                if table == "documents" and "content_hash" in columns:
                    row[columns.index("content_hash")] = "recovered"  # re-read from the file
            with contextlib.suppress(sqlite3.IntegrityError):
                new.execute(insert, row)
        if not read_any and _count(old, table) != 0:
            unreadable.append(table)
    return damaged, tuple(unreadable)


def _rows(
    old: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[tuple[tuple[object, ...], bool]]:
    """Every readable row's values (and whether all were read), in rowid order."""
    next_rowid = f'SELECT rowid FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 1'
    whole = f'SELECT {", ".join(_q(c) for c in columns)} FROM "{table}" WHERE rowid = ?'
    last = _MIN_ROWID
    while True:
        try:
            found = old.execute(next_rowid, (last,)).fetchone()
        except sqlite3.DatabaseError:
            skipped = _skip_damage(old, next_rowid, last)
            if skipped is None:
                return
            last = skipped
            continue
        if found is None:
            return
        rowid = found[0]
        try:
            yield old.execute(whole, (rowid,)).fetchone(), True
        except sqlite3.DatabaseError:
            yield tuple(_column(old, table, c, rowid) for c in columns), False
        last = rowid


def _skip_damage(old: sqlite3.Connection, next_rowid: str, last: int) -> int | None:
    """The smallest x > last from which the next rowid can be read again, if any."""

    def readable(x: int) -> bool:
        try:
            old.execute(next_rowid, (x,)).fetchone()
        except sqlite3.DatabaseError:
            return False
        return True

    step = 1
    while not readable(last + step):
        step *= 2
        if last + step >= _MAX_ROWID:
            return None
    low, high = last + step // 2, last + step
    while high - low > 1:
        middle = (low + high) // 2
        if readable(middle):
            high = middle
        else:
            low = middle
    return high


def _column(old: sqlite3.Connection, table: str, column: str, rowid: int) -> object:
    try:
        row = old.execute(f'SELECT {_q(column)} FROM "{table}" WHERE rowid = ?', (rowid,))
        return row.fetchone()[0]
    except sqlite3.DatabaseError:
        return None


def _reattach(new: sqlite3.Connection) -> int:
    """Placeholder documents for annotations whose document is lost; drop dead links."""
    lost = [
        row[0]
        for row in new.execute(
            "SELECT DISTINCT document_id FROM annotations"
            " WHERE document_id NOT IN (SELECT id FROM documents)"
        )
    ]
    for document_id in lost:
        new.execute(
            "INSERT INTO documents (id, path, title, format, content_hash, text, word_count,"
            " created, updated, opened) VALUES (?, ?, ?, 'text', 'recovered', '', 0,"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            (
                document_id,
                LOST_DOCUMENT_PATH.format(id=document_id),
                f"Recovered annotations (document {document_id} was lost)",
            ),
        )
    if lost:
        marks = ", ".join("?" for _ in lost)
        new.execute(f"UPDATE annotations SET orphan = 1 WHERE document_id IN ({marks})", lost)
    new.execute(
        "DELETE FROM annotation_tags WHERE annotation_id NOT IN (SELECT id FROM annotations)"
        " OR tag_id NOT IN (SELECT id FROM tags)"
    )
    new.execute(
        "DELETE FROM entity_corrections WHERE document_id NOT IN (SELECT id FROM documents)"
    )
    return len(lost)


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_%' ORDER BY name"
        )
        if row[0] not in _SKIP
    ]


def _count(connection: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def _empty(declared: str) -> object:
    kind = declared.upper()
    if "INT" in kind or "BOOL" in kind:
        return 0
    if "DATE" in kind or "TIME" in kind:
        return "1970-01-01 00:00:00"
    return ""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
