"""Looking after the library file: checks, backups, restore, recovery.

These work on the file named by ``db`` (``--db``/``READER_DB``/the default) without
opening it for use first, so they work on a library that cannot be opened (damaged,
not a database, too new). Each returns plain frozen dataclasses from the store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import InputError, LibraryDamagedError, LibraryPathError
from reader.core.messages import Msg, message
from reader.store.access import connect, header_kind, probe
from reader.store.backup import BackupInfo, backups_dir, is_due, list_backups, make_backup, prune
from reader.store.engine import DB_ENV, resolve_db_url, sqlite_file
from reader.store.faults import faults, not_a_database_message
from reader.store.integrity import CheckResult, counts, full_check_file, quick_check_file
from reader.store.opening import backup_policy, open_library, set_backup_policy
from reader.store.recovery import RecoveryReport, recover
from reader.store.restore import RestoreReport, restore, verify_backup
from reader.store.unit_of_work import UnitOfWork

__all__ = [
    "KEEP_RANGE",
    "BackupInfo",
    "BackupSettings",
    "LibraryReport",
    "RecoveryReport",
    "RestoreReport",
    "age",
    "backup",
    "backup_facts",
    "backup_settings",
    "backups",
    "check",
    "counted",
    "daily_backup",
    "library_named",
    "library_path",
    "newest_good_backup",
    "quick_check",
    "recover_library",
    "recoverable",
    "repair_search",
    "restore_backup",
    "set_retention",
]


@dataclass(frozen=True, slots=True)
class LibraryReport:
    path: Path
    result: CheckResult
    documents: int | None
    annotations: int | None
    read_only: str
    """Why the library is read-only ("" if it can be written)."""


def library_path(db: str | os.PathLike[str] | None) -> Path:
    """The library's file; LibraryPathError for a database that is not a file."""
    path = sqlite_file(resolve_db_url(db))
    if path is None:
        raise LibraryPathError(message(Msg.BACKUPS_FILES_ONLY))
    return path


def library_named(db: str | None, remembered: str = "") -> str:
    """The library to open: ``db`` (``--db``), else ``READER_DB``, else ``remembered``
    (the one last chosen in the GUI), else the default library file."""
    chosen = db or os.environ.get(DB_ENV) or remembered
    return chosen if chosen else str(library_path(None))


def check(db: str | None) -> LibraryReport:
    """The full check: integrity, references, and the search index against the tables."""
    path = library_path(db)
    kind = header_kind(path)
    if kind == "missing":
        raise LibraryPathError(message(Msg.NO_LIBRARY_AT, path=str(path)))
    if kind != "sqlite":
        raise LibraryDamagedError(not_a_database_message(path))
    access = probe(path)
    with faults(path):
        result = full_check_file(path, access)
        connection = connect(path, access)
        try:
            documents, annotations = counts(connection)
        finally:
            connection.close()
    return LibraryReport(path, result, documents, annotations, str(access.reason))


def repair_search(db: str | None) -> None:
    """Rebuild the search index from the tables (when only the index is wrong)."""
    uow = UnitOfWork.open(db, check=False)
    try:
        with uow.write() as store:
            store.search.rebuild()
    finally:
        uow.close()


def backup(db: str | None, output: Path | None = None) -> BackupInfo:
    """A verified backup now: to ``output``, else into ``backups/`` (never rotated)."""
    path = library_path(db)
    if header_kind(path) == "missing":
        raise LibraryPathError(message(Msg.NO_LIBRARY_AT, path=str(path)))
    return make_backup(path, probe(path), kind="manual", destination=output)


def quick_check(db: str | None) -> CheckResult:
    """The start-up check on a connection of its own (safe to run in a worker)."""
    path = library_path(db)
    return quick_check_file(path, probe(path))


def daily_backup(db: str | None) -> BackupInfo | None:
    """The automatic backup if one is due (then old ones are rotated out), else None."""
    path = library_path(db)
    access = probe(path)
    if access.read_only or header_kind(path) != "sqlite" or not is_due(path, backup_policy(path)):
        return None
    info = make_backup(path, access, kind="auto")
    prune(path, backup_policy(path))
    return info


KEEP_RANGE = (1, 365)
"""How many daily or weekly automatic backups may be kept."""


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: Path
    daily: int
    """How many daily automatic backups rotation keeps."""
    weekly: int


def backup_settings(db: str | None) -> BackupSettings:
    """Where the backups go and the library's own retention."""
    path = library_path(db)
    policy = backup_policy(path)
    return BackupSettings(backups_dir(path), policy.daily, policy.weekly)


def set_retention(db: str | None, daily: int, weekly: int) -> BackupSettings:
    """Keep ``daily`` daily and ``weekly`` weekly automatic backups from the next
    rotation on; stored in the library, so every copy of reader uses it."""
    low, high = KEEP_RANGE
    for value in (daily, weekly):
        if not low <= value <= high:
            raise InputError(message(Msg.KEEP_BETWEEN, low=low, high=high, value=value))
    path = library_path(db)
    if header_kind(path) != "sqlite":
        raise LibraryPathError(message(Msg.NO_LIBRARY_AT, path=str(path)))
    set_backup_policy(path, daily, weekly)
    return backup_settings(db)


def backups(db: str | None) -> list[BackupInfo]:
    return list_backups(library_path(db))


def newest_good_backup(db: str | None) -> BackupInfo | None:
    """The newest backup that passes its check (for the offer to restore)."""
    for info in backups(db):
        try:
            verify_backup(info.path)
        except LibraryDamagedError:
            continue
        return info
    return None


def restore_backup(db: str | None, backup_file: Path) -> RestoreReport:
    """Restore ``backup_file`` (the current library is kept first), then migrate it."""
    path = library_path(db)
    report = restore(path, backup_file)
    engine, _state = open_library(path, backups=False)
    engine.dispose()
    return report


def recoverable(db: str | None) -> bool:
    """Whether anything can be recovered from the library file (it is an SQLite file)."""
    return header_kind(library_path(db)) == "sqlite"


def recover_library(db: str | None, output: Path) -> RecoveryReport:
    return recover(library_path(db), output)


def age(moment: datetime, now: datetime | None = None) -> str:
    """How long ago, in words: "3 hours ago", "2 days ago"."""
    seconds = max(((now or datetime.now(UTC)) - moment).total_seconds(), 0)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def counted(n: int | None, word: str) -> str:
    """``"1 annotation"``, ``"1,204 annotations"``, ``"? annotations"`` (unknown)."""
    if n is None:
        return f"? {word}s"
    return f"{n:,} {word}{'s' if n != 1 else ''}"


def backup_facts(info: BackupInfo) -> str:
    """Size and contents of a backup: ``"0.6 MB, 1 document, 300 annotations"``."""
    size = f"{info.size / 1_048_576:.1f} MB" if info.size >= 104_858 else f"{info.size:,} bytes"
    if info.documents is None:
        return f"{size}, unreadable"
    return (
        f"{size}, {counted(info.documents, 'document')}, {counted(info.annotations, 'annotation')}"
    )
