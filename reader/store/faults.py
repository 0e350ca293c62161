"""Database and file-system faults as typed errors with plain messages: the one boundary.

Every SQLite, SQLAlchemy, Alembic or OS error met while opening or using the library
goes through :func:`translate` (the unit of work and the opening code call it), which
picks the :mod:`reader.core.errors` type from SQLite's result code (Python 3.11 gives
it as ``sqlite_errorcode``) or the OS ``errno``. The message is one sentence without
SQL; the driver's own text is kept as ``detail``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from reader.core.errors import (
    LibraryDamagedError,
    LibraryError,
    LibraryFullError,
    LibraryLockedError,
    LibraryPathError,
    LibraryReadOnlyError,
    os_reason,
)
from reader.core.messages import Message, Msg, message
from reader.store import postgres

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

_NOT_FAULTS = {SQLITE_CONSTRAINT}  # a broken rule of ours: a bug, not a library fault
FULL_BELOW = 256 * 1024
"""Bytes free under which a failed write is blamed on a full disk."""


def library_name(path: Path | None) -> str | Message:
    return str(path) if path is not None else message(Msg.THE_LIBRARY)


def damaged_message(path: Path | None) -> Message:
    return message(Msg.LIBRARY_DAMAGED, library=library_name(path))


def not_a_database_message(path: Path | None) -> Message:
    return message(Msg.NOT_A_LIBRARY, library=library_name(path))


def locked_message(path: Path | None, seconds: float) -> Message:
    if seconds == 1:
        return message(Msg.LIBRARY_LOCKED_ONE_SECOND, library=library_name(path))
    return message(Msg.LIBRARY_LOCKED, library=library_name(path), seconds=f"{seconds:g}")


def read_only_message(path: Path | None, reason: str | Message) -> Message:
    return message(Msg.LIBRARY_READ_ONLY, library=library_name(path), reason=reason)


def full_message(path: Path | None) -> Message:
    return message(Msg.LIBRARY_FULL, library=library_name(path))


def unusable_message(path: Path | None) -> Message:
    return message(Msg.LIBRARY_NOT_USABLE, library=library_name(path))


def cannot_use_message(path: Path | None, reason: str | Message) -> Message:
    return message(Msg.LIBRARY_CANNOT_USE, library=library_name(path), reason=reason)


def translate(
    error: BaseException,
    path: Path | None,
    *,
    lock_seconds: float = 0.0,
    server: str | None = None,
) -> LibraryError | None:
    """The typed error for a database or OS fault, or None if ``error`` is not one.
    ``server`` names a team library (its URL without the password)."""
    if isinstance(error, LibraryError):
        return error
    cause = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    detail = _detail(error)
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        if code is None:
            if isinstance(cause, sqlite3.OperationalError | sqlite3.DatabaseError) and not (
                isinstance(cause, sqlite3.IntegrityError | sqlite3.ProgrammingError)
            ):
                return LibraryError(unusable_message(path), detail=detail)
            return None
        return _from_sqlite_code(code & 0xFF, path, detail, lock_seconds)
    if isinstance(cause, OSError):
        return from_os_error(cause, path)
    if cause is not None and type(cause).__module__.startswith("psycopg"):
        return postgres.translate(cause, server or message(Msg.ON_THE_SERVER), detail, lock_seconds)
    return None


def _from_sqlite_code(
    code: int, path: Path | None, detail: str, lock_seconds: float
) -> LibraryError | None:
    if code in _NOT_FAULTS:
        return None
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return LibraryLockedError(locked_message(path, lock_seconds), detail=detail)
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        return LibraryReadOnlyError(
            read_only_message(path, message(Msg.CANNOT_BE_WRITTEN)), detail=detail
        )
    if code == SQLITE_FULL:
        return LibraryFullError(full_message(path), detail=detail)
    if code == SQLITE_NOTADB:
        return LibraryDamagedError(not_a_database_message(path), detail=detail)
    if code == SQLITE_IOERR and disk_full(path):  # a write SQLite did not call "full"
        return LibraryFullError(full_message(path), detail=detail)
    if code in (SQLITE_CORRUPT, SQLITE_IOERR):
        return LibraryDamagedError(damaged_message(path), detail=detail)
    if code == SQLITE_CANTOPEN:
        return LibraryPathError(
            message(Msg.LIBRARY_CANNOT_OPEN, library=library_name(path)), detail=detail
        )
    if code == SQLITE_NOMEM:
        return LibraryError(message(Msg.LIBRARY_NO_MEMORY), detail=detail)
    return LibraryError(unusable_message(path), detail=detail)


def disk_full(path: Path | None) -> bool:
    """Whether the disk holding ``path`` has (almost) no room left."""
    if path is None:
        return False
    try:
        stats = os.statvfs(path.parent)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < FULL_BELOW


def from_os_error(error: OSError, path: Path | None) -> LibraryError:
    """An OS error met on the library's file or folder."""
    detail = _detail(error)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return LibraryFullError(full_message(path), detail=detail)
    if error.errno == errno.EROFS:
        return LibraryReadOnlyError(
            read_only_message(path, message(Msg.DISK_MOUNTED_READ_ONLY)), detail=detail
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return LibraryReadOnlyError(
            read_only_message(path, message(Msg.PERMISSION_DENIED)), detail=detail
        )
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return LibraryPathError(
            cannot_use_message(path, message(Msg.ITS_FOLDER_MISSING)), detail=detail
        )
    if error.errno == errno.EISDIR:
        return LibraryPathError(cannot_use_message(path, message(Msg.IS_A_FOLDER)), detail=detail)
    if error.errno == errno.ENAMETOOLONG:
        return LibraryPathError(cannot_use_message(path, message(Msg.NAME_TOO_LONG)), detail=detail)
    if error.errno == errno.EIO:
        return LibraryDamagedError(
            message(Msg.LIBRARY_DISK_UNREADABLE, library=library_name(path)), detail=detail
        )
    reason = (error.strerror or "an error of the system").rstrip(".").lower()
    return LibraryError(cannot_use_message(path, reason), detail=detail)


@contextmanager
def faults(
    path: Path | None,
    *,
    lock_seconds: float = 0.0,
    os_errors: bool = False,
    server: str | None = None,
) -> Iterator[None]:
    """Translate database faults raised inside the block, and OS errors too if
    ``os_errors`` (when the block only touches the library's own files); ``server``
    names a team library in messages."""
    caught: tuple[type[BaseException], ...] = (sa_exc.DBAPIError, sqlite3.Error)
    if os_errors:
        caught = (*caught, OSError)
    try:
        yield
    except caught as error:
        translated = translate(error, path, lock_seconds=lock_seconds, server=server)
        if translated is None or translated is error:
            raise
        raise translated from error


def _detail(error: BaseException) -> str:
    """The driver's text without the SQL statement and its parameters."""
    if isinstance(error, sa_exc.StatementError) and error.orig is not None:
        error = error.orig
    name = getattr(error, "sqlite_errorname", None)
    text = str(error).split("\n", 1)[0]
    return f"{type(error).__name__}: {text}" + (f" ({name})" if name else "")


def file_fault(error: BaseException, library: Path, target: Path, what: Msg) -> LibraryError:
    """A fault while writing ``what`` (a backup, a recovered library) to ``target``
    from ``library``: the target's disk, or the library's damage, named plainly."""

    def cannot(reason: str | Message) -> Message:
        return message(
            Msg.CANNOT_WRITE_FILE_BECAUSE, what=message(what), target=str(target), reason=reason
        )

    cause = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    detail = _detail(error)
    if isinstance(cause, OSError):
        kind = {errno.ENOSPC: LibraryFullError, errno.EROFS: LibraryReadOnlyError}.get(
            cause.errno or 0, LibraryPathError
        )
        return kind(cannot(os_reason(cause)), detail=detail)
    code = (getattr(cause, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == SQLITE_FULL:
        return LibraryFullError(cannot(message(Msg.DISK_FULL)), detail=detail)
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM):
        return LibraryReadOnlyError(cannot(message(Msg.FOLDER_CANNOT_BE_WRITTEN)), detail=detail)
    translated = translate(error, library)
    return translated or LibraryError(
        message(Msg.CANNOT_WRITE_FILE, what=message(what), target=str(target)), detail=detail
    )
