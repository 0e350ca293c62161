"""Opening a library safely: never write to what cannot or must not be written.

:func:`open_library` decides, before anything is written:

1. the path or URL is usable (else LibraryPathError); a file that is not an SQLite
   database, or an empty one that has backups (a truncated library), is refused as
   damaged (LibraryDamagedError) and left as it is;
2. how it can be opened (:func:`reader.store.access.probe`): a read-only file,
   folder or disk opens read-only;
3. its schema revision, read without a lock: one this version does not know is
   refused (LibraryTooNewError, naming the version needed when the library says);
   an SQLite file without one that holds tables is not a reader library;
4. ``PRAGMA quick_check`` (when ``check``): a library that fails opens read-only and
   its problems are in :attr:`LibraryState.damage`;
5. a backup before any migration (a failed backup stops the migration), then the
   migration; else the daily backup when due (a failure there is only a warning).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from reader import __version__
from reader.core.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryPathError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    os_reason,
)
from reader.core.messages import Message, Msg, message
from reader.store import postgres
from reader.store.access import (
    WRITABLE,
    Access,
    check_kind,
    connect,
    header_kind,
    lock_timeout,
    probe,
)
from reader.store.backup import BackupInfo, BackupPolicy, is_due, list_backups, make_backup, prune
from reader.store.engine import make_engine, resolve_db_url, sqlite_file
from reader.store.faults import (
    damaged_message,
    faults,
    library_name,
    not_a_database_message,
    read_only_message,
)
from reader.store.integrity import CheckResult, quick_check
from reader.store.schema import (
    WRITTEN_BY,
    current_revision,
    head_revision,
    known_revisions,
    migrate,
    written_by,
)

DAMAGED = message(Msg.IT_IS_DAMAGED)


@dataclass(frozen=True, slots=True)
class LibraryState:
    """What opening found: where the library is, whether it can be written, and why not."""

    path: Path | None
    """The SQLite file (None for another kind of database)."""
    access: Access = WRITABLE
    damage: tuple[str, ...] = ()
    """What ``quick_check`` found wrong (the library is then read-only)."""
    check_seconds: float | None = None
    backup: BackupInfo | None = None
    """The backup made while opening (daily or before a migration), if any."""
    warnings: tuple[str | Message, ...] = ()
    """Plain sentences worth telling the user (a daily backup that failed...)."""
    server: str | None = None
    """A team library's URL on its server, without the password (None for a file)."""

    @property
    def read_only(self) -> bool:
        return self.access.read_only

    def write_refusal(self) -> LibraryError | None:
        """The error a write gets, or None if the library can be written."""
        if self.damage:
            return LibraryDamagedError(
                message(Msg.LIBRARY_DAMAGED_READ_ONLY, library=library_name(self.path)),
                detail="; ".join(self.damage),
            )
        if self.access.read_only and self.server is not None:
            return LibraryReadOnlyError(postgres.read_only_role_message(self.server))
        if self.access.read_only:
            return LibraryReadOnlyError(read_only_message(self.path, self.access.reason))
        return None


def open_library(
    db: str | os.PathLike[str] | None = None,
    *,
    check: bool = True,
    backups: bool = True,
) -> tuple[Engine, LibraryState]:
    """An engine on the library named by ``db`` (see :func:`resolve_db_url`), migrated,
    and what was found. ``check`` runs ``quick_check``; ``backups`` makes the
    backups due (the daily one; the one before a migration is always made)."""
    url = _resolve(db)
    path = sqlite_file(url)
    if path is None:  # another database server, or a URI filename: no file to look at
        return _open_server(url)
    check_kind(path)
    kind = header_kind(path)
    if kind == "other":
        raise LibraryDamagedError(_with_backups(not_a_database_message(path), path))
    if kind == "empty" and list_backups(path):
        raise LibraryDamagedError(
            _with_backups(message(Msg.LIBRARY_EMPTY, library=str(path)), path)
        )
    existed = kind == "sqlite"
    access = probe(path)
    revision = _check_revision(path, access) if existed else None
    engine = make_engine(url, access)
    try:
        state = _open_file(
            engine, path, access, revision, existed=existed, check=check, backups=backups
        )
    except BaseException:
        engine.dispose()
        raise
    if state.access != access:  # found damaged: from now on read-only
        engine.dispose()
        engine = make_engine(url, state.access)
    return engine, state


def _open_server(url: URL) -> tuple[Engine, LibraryState]:
    """:func:`open_library` for a database server; a refusal or a fault closes the
    engine's connections before it is raised."""
    try:
        engine = make_engine(url)
    except sa_exc.NoSuchModuleError as exc:
        raise LibraryPathError(
            message(Msg.UNSUPPORTED_DATABASE, library=url.render_as_string(hide_password=True))
        ) from exc
    where = postgres.display_url(url)
    try:
        _check_server_revision(engine)
        with faults(None, lock_seconds=lock_timeout(), server=where):
            if current_revision(engine) != head_revision():
                migrate(engine)
            with engine.connect() as connection:
                access = postgres.role_access(connection)
    except BaseException:
        engine.dispose()
        raise
    if access.read_only:
        engine.dispose()
        engine = make_engine(url, access)
    return engine, LibraryState(None, access, server=where)


def _open_file(
    engine: Engine,
    path: Path,
    access: Access,
    revision: str | None,
    *,
    existed: bool,
    check: bool,
    backups: bool,
) -> LibraryState:
    state = LibraryState(path, access)
    if existed and check:
        result = _quick_check(path, access)
        state = replace(state, check_seconds=result.seconds)
        if not result.ok:
            state = replace(
                state, access=Access(True, DAMAGED, access.immutable), damage=result.problems
            )
            if revision != head_revision():
                raise LibraryDamagedError(damaged_message(path), detail="; ".join(result.problems))
            return state
    if revision != head_revision():
        if access.read_only:
            raise LibraryReadOnlyError(
                message(Msg.LIBRARY_MUST_UPGRADE, library=str(path), reason=access.reason)
            )
        if existed and revision is not None:
            try:
                state = replace(state, backup=make_backup(path, access, kind="before-migration"))
            except LibraryError as exc:
                raise type(exc)(
                    message(Msg.LIBRARY_UPGRADE_NO_BACKUP, library=str(path), reason=exc.sentence),
                    detail=exc.detail,
                ) from exc
        with faults(path, lock_seconds=lock_timeout()):
            migrate(engine)
    elif existed and backups and not access.read_only:
        policy = backup_policy(path)
        if is_due(path, policy):
            try:
                state = replace(state, backup=make_backup(path, access, kind="auto"))
            except LibraryError as exc:
                warning = message(Msg.DAILY_BACKUP_FAILED, reason=exc.sentence)
                state = replace(state, warnings=(warning,))
    if state.backup is not None:
        prune(path, backup_policy(path))
    return state


def _resolve(db: str | os.PathLike[str] | None) -> URL:
    try:
        return resolve_db_url(db)
    except sa_exc.ArgumentError as exc:
        raise LibraryPathError(
            message(Msg.NOT_A_PATH_OR_URL, db=str(db)), detail=str(exc)
        ) from None
    except OSError as exc:
        raise LibraryPathError(
            message(Msg.CANNOT_CREATE_FOLDER, folder=str(exc.filename), reason=os_reason(exc)),
            detail=str(exc),
        ) from None


def _check_server_revision(engine: Engine) -> str | None:
    """:func:`_check_revision` for a database server (through SQLAlchemy)."""
    where = postgres.display_url(engine.url)
    try:
        with (
            faults(None, lock_seconds=lock_timeout(), server=where),
            engine.connect() as connection,
        ):
            revision = current_revision(engine)
            tables = set(inspect(connection).get_table_names())
            needed = written_by(connection)
    except sa_exc.NoSuchModuleError as exc:
        raise LibraryPathError(message(Msg.UNSUPPORTED_DATABASE, library=where)) from exc
    return _judge_revision(where, revision, tables, needed)


def _check_revision(path: Path, access: Access) -> str | None:
    """The library's revision, if this version knows it, read on a read-only connection
    (no lock taken, nothing written, not even the journal mode)."""
    with faults(path, lock_seconds=lock_timeout()):
        connection = connect(path, replace(access, read_only=True, reason=access.reason))
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")
            }
            revision = needed = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            if "library_info" in tables:
                row = connection.execute(
                    "SELECT value FROM library_info WHERE key = ?", (WRITTEN_BY,)
                ).fetchone()
                needed = str(row[0]) if row else None
        finally:
            connection.close()
    return _judge_revision(path, revision, tables, needed)


def _judge_revision(
    where: object, revision: str | None, tables: set[str], needed: str | None
) -> str | None:
    if revision is None:
        if tables - {"alembic_version"}:
            raise LibraryPathError(message(Msg.DATABASE_NOT_A_LIBRARY, library=str(where)))
        return None
    if revision in known_revisions():
        return revision
    if needed:
        raise LibraryTooNewError(
            message(Msg.LIBRARY_NEEDS_NEWER, library=str(where), needed=needed, version=__version__)
        )
    raise LibraryTooNewError(
        message(Msg.LIBRARY_TOO_NEW, library=str(where), version=__version__, revision=revision)
    )


def _quick_check(path: Path, access: Access) -> CheckResult:
    connection = connect(path, access)
    try:
        with faults(path, lock_seconds=lock_timeout()):
            return quick_check(connection)
    except LibraryDamagedError as exc:
        return CheckResult((exc.detail or str(exc),), 0.0)
    finally:
        connection.close()


def backup_policy(path: Path) -> BackupPolicy:
    """The library's own retention (``library_info``), else the defaults."""
    values: dict[str, int] = {}
    try:
        connection = connect(path, Access(read_only=True), timeout=1.0)
        try:
            for key, value in connection.execute(
                "SELECT key, value FROM library_info WHERE key IN ('backup_daily', 'backup_weekly')"
            ):
                if str(value).isdigit():
                    values[key] = int(value)
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    default = BackupPolicy()
    return BackupPolicy(
        daily=values.get("backup_daily", default.daily),
        weekly=values.get("backup_weekly", default.weekly),
    )


def set_backup_policy(path: Path, daily: int, weekly: int) -> BackupPolicy:
    """Store the library's retention in ``library_info`` (one transaction); it rules
    the next rotation of the automatic backups."""
    with faults(path, lock_seconds=lock_timeout()):
        connection = connect(path, WRITABLE)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT OR REPLACE INTO library_info (key, value) VALUES (?, ?)",
                (("backup_daily", str(daily)), ("backup_weekly", str(weekly))),
            )
            connection.execute("COMMIT")
        finally:
            connection.close()
    return backup_policy(path)


def _with_backups(told: Message, path: Path) -> Message:
    return message(Msg.LIBRARY_WITH_BACKUPS, message=told) if list_backups(path) else told
