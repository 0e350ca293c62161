"""Restore a library from a backup; the library as it was is kept first.

The backup is checked before anything changes (an SQLite file, ``quick_check`` ok, a
schema revision this version knows). Then the current library is kept: backed up
(kind ``before-restore``) if it is sound, or, if it is damaged or not a database at
all, moved aside whole (with its ``-wal`` and ``-shm``) as
``backups/<stem>.<time>.damaged.sqlite3``, never deleted. A sound library is
overwritten through the backup API, in one transaction other programs see at once;
a moved-aside one is replaced by a verified copy renamed into place. The result is
migrated if the backup is from an older version.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import LibraryDamagedError, LibraryError, LibraryTooNewError
from reader.core.messages import Msg, message
from reader.store.access import WRITABLE, Access, connect, header_kind, probe, shm_path, wal_path
from reader.store.backup import BackupInfo, backups_dir, describe, make_backup, write_copy
from reader.store.faults import faults, file_fault
from reader.store.integrity import quick_check
from reader.store.schema import known_revisions

_STAMP = "%Y-%m-%d_%H%M%S"


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: BackupInfo
    kept: Path | None
    """The library as it was before: its backup, or the damaged file moved aside."""
    kept_damaged: bool


def verify_backup(backup: Path) -> BackupInfo:
    """The backup's facts, or a LibraryError saying why it cannot be restored."""
    if not backup.is_file():
        raise LibraryError(message(Msg.RESTORE_MISSING, backup=str(backup)))
    if header_kind(backup) != "sqlite":
        raise LibraryDamagedError(message(Msg.RESTORE_NOT_A_DATABASE, backup=str(backup)))
    access = probe(backup, read_only=True, reason=message(Msg.IS_A_BACKUP))
    with faults(backup):
        connection = connect(backup, access)
        try:
            check = quick_check(connection)
            revision = None
            if check.ok:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        except sqlite3.DatabaseError:
            check, revision = None, None
        finally:
            connection.close()
    if check is None or not check.ok:
        raise LibraryDamagedError(message(Msg.RESTORE_DAMAGED, backup=str(backup)))
    if revision not in known_revisions():
        raise LibraryTooNewError(message(Msg.RESTORE_UNREADABLE, backup=str(backup)))
    return describe(backup, "restored", datetime.fromtimestamp(backup.stat().st_mtime, UTC))


def restore(library: Path, backup: Path) -> RestoreReport:
    """Put ``backup`` in place of ``library`` (see the module docstring)."""
    restored = verify_backup(backup)
    if backup.absolute() == library.absolute():
        raise LibraryError(message(Msg.RESTORE_FROM_ITSELF))
    sound = header_kind(library) == "sqlite" and _sound(library)
    kept: Path | None = None
    if sound:
        kept = make_backup(library, probe(library), kind="before-restore").path
        with faults(library):
            _overwrite(library, backup)
    else:
        if library.exists():
            kept = _move_aside(library)
        partial = library.with_name(f".{library.name}.{os.getpid()}.partial")
        try:
            write_copy(backup, Access(read_only=True), partial)
            os.replace(partial, library)
        except (sqlite3.Error, OSError) as exc:
            raise file_fault(exc, backup, library, Msg.THE_RESTORED_LIBRARY) from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
    return RestoreReport(restored, kept, kept is not None and not sound)


def _sound(library: Path) -> bool:
    try:
        connection = connect(library, probe(library, read_only=True), timeout=5.0)
    except (sqlite3.Error, LibraryError):
        return False
    try:
        return quick_check(connection).ok
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _overwrite(library: Path, backup: Path) -> None:
    """Write the backup's pages into the live library (one transaction of its own)."""
    source = connect(backup, Access(read_only=True))
    try:
        target = connect(library, WRITABLE)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    finally:
        source.close()


def _move_aside(library: Path) -> Path:
    folder = backups_dir(library)
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = folder / f"{library.stem}.{stamp}.damaged.sqlite3"
    try:
        folder.mkdir(exist_ok=True)
        n = 1
        while aside.exists():
            n += 1
            aside = folder / f"{library.stem}.{stamp}-{n}.damaged.sqlite3"
        os.replace(library, aside)
        for suffix in (wal_path, shm_path):
            if suffix(library).exists():
                os.replace(suffix(library), suffix(aside))
    except OSError as exc:
        raise file_fault(exc, library, aside, Msg.THE_DAMAGED_LIBRARY) from exc
    return aside
