"""How a library file can be opened: read-write, read-only, or immutable.

A library whose file, folder or file system cannot be written is opened read-only
(SQLite URI ``mode=ro``), so reading, search and export still work and every write
is refused with the reason. WAL needs care there: a reader must map the ``-shm``
file, which it creates if the folder is writable; in a read-only folder with no
``-shm`` and ``-wal`` SQLite cannot open the file at all, so it is opened
``immutable=1`` instead (nobody can write it there: a writer needs those files too).
A ``-wal`` file left with content (a crash) holds committed changes that
``immutable`` would not see, so then ``mode=ro`` is used and the ``-wal`` is read.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import LibraryPathError, ReaderError
from reader.core.messages import Message, Msg, message

LOCK_TIMEOUT_ENV = "READER_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 15.0
SQLITE_HEADER = b"SQLite format 3\x00"

READ_ONLY_DISK = message(Msg.DISK_MOUNTED_READ_ONLY)
READ_ONLY_FILE = message(Msg.FILE_READ_ONLY)
READ_ONLY_FOLDER = message(Msg.FOLDER_READ_ONLY)


@dataclass(frozen=True, slots=True)
class Access:
    read_only: bool = False
    reason: str | Message = ""
    """Why the library is read-only, in plain words (empty when it is not)."""
    immutable: bool = False
    """Opened ``immutable=1``: on a read-only place, with no journal to read."""


WRITABLE = Access()


def lock_timeout() -> float:
    """Seconds to wait for another program's lock: ``READER_LOCK_TIMEOUT``, else 15."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not value:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise ReaderError(message(Msg.LOCK_TIMEOUT_RANGE, name=LOCK_TIMEOUT_ENV))
    return seconds


def probe(path: Path, *, read_only: bool = False, reason: str | Message = "") -> Access:
    """How ``path`` can be opened; ``read_only`` forces read-only (a damaged library).

    Raises LibraryPathError if ``path`` is a folder or not a regular file (a FIFO or a
    device would hang or feed SQLite garbage), or cannot be created where it is.
    """
    folder = path.parent
    exists = check_kind(path)
    folder_writable = _writable(folder)
    if not exists:
        if not folder_writable:
            raise LibraryPathError(
                message(
                    Msg.LIBRARY_CANNOT_CREATE,
                    library=str(path),
                    reason=READ_ONLY_DISK if _read_only_fs(folder) else READ_ONLY_FOLDER,
                )
            )
        return Access(read_only, reason)
    if not folder_writable:
        reason = reason or (READ_ONLY_DISK if _read_only_fs(folder) else READ_ONLY_FOLDER)
        return Access(True, reason, immutable=not _has_content(wal_path(path)))
    if not os.access(path, os.W_OK):
        reason = reason or (READ_ONLY_DISK if _read_only_fs(path) else READ_ONLY_FILE)
        return Access(True, reason)
    return Access(read_only, reason)


def check_kind(path: Path) -> bool:
    """Whether ``path`` exists; LibraryPathError if it is not a regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        reason = (exc.strerror or "it cannot be read").lower()
        raise LibraryPathError(
            message(Msg.LIBRARY_CANNOT_USE, library=str(path), reason=reason)
        ) from None
    if stat.S_ISDIR(mode):
        raise LibraryPathError(
            message(Msg.LIBRARY_CANNOT_USE, library=str(path), reason=message(Msg.IS_A_FOLDER))
        )
    if not stat.S_ISREG(mode):
        raise LibraryPathError(
            message(
                Msg.LIBRARY_CANNOT_USE, library=str(path), reason=message(Msg.NOT_A_REGULAR_FILE)
            )
        )
    return True


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK) and not _read_only_fs(folder)


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def sqlite_uri(path: Path, access: Access) -> str:
    """The ``file:`` URI SQLite opens ``path`` with (percent-encoded: any name works)."""
    uri = path.absolute().as_uri()
    if access.immutable:
        return uri + "?mode=ro&immutable=1"
    return uri + ("?mode=ro" if access.read_only else "?mode=rwc")


def connect(path: Path, access: Access, *, timeout: float | None = None) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit) for checks, backups and recovery."""
    connection = sqlite3.connect(
        sqlite_uri(path, access),
        uri=True,
        timeout=lock_timeout() if timeout is None else timeout,
        isolation_level=None,
        check_same_thread=False,
    )
    if access.read_only:
        connection.execute("PRAGMA query_only = ON")
    return connection


def header_kind(path: Path) -> str:
    """``"missing"``, ``"empty"``, ``"sqlite"`` or ``"other"``, from the file's first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "other"
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_HEADER else "other"
