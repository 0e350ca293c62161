"""Backups of a library file with SQLite's online backup API, kept in ``backups/``.

A backup is never a file copy of a live database: ``sqlite3.Connection.backup`` reads
a consistent snapshot (other programs may go on writing in WAL mode). It is written
under a hidden ``.partial`` name, turned into a self-contained file (journal mode
DELETE), verified with ``quick_check``, flushed to disk, and only then renamed to its
final name: a backup that exists is a good one. A ``.partial`` left by a crash is
removed the next time.

Names: ``backups/<library stem>.<UTC time>.<kind>.sqlite3`` beside the library, with
kind ``auto`` (at start-up, when the newest backup is over a day old),
``before-migration``, ``before-restore`` or ``manual``. Automatic rotation keeps the
newest backup of each of the last ``daily`` days that have one and of each of the
last ``weekly`` ISO weeks, plus the newest ``before-migration`` and
``before-restore`` backups; ``manual`` backups are only ever deleted by the user.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.durable import sync_folder
from reader.core.errors import LibraryDamagedError, LibraryPathError
from reader.core.messages import Msg, message
from reader.store.access import WRITABLE, Access, connect
from reader.store.faults import file_fault
from reader.store.integrity import counts, quick_check

BACKUP_FOLDER = "backups"
KINDS = ("auto", "before-migration", "before-restore", "manual")
ROTATED = ("auto", "before-migration", "before-restore")
_STAMP = "%Y-%m-%d_%H%M%S"
STALE_PARTIAL = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    interval: timedelta = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    time: datetime  # aware, UTC
    kind: str
    size: int
    documents: int | None
    """None when the backup cannot be read."""
    annotations: int | None

    @property
    def readable(self) -> bool:
        return self.documents is not None


def backups_dir(library: Path) -> Path:
    return library.parent / BACKUP_FOLDER


def _pattern(library: Path) -> re.Pattern[str]:
    kinds = "|".join(KINDS)
    return re.compile(
        rf"^{re.escape(library.stem)}\.(\d{{4}}-\d\d-\d\d_\d{{6}})(?:-\d+)?\.({kinds})\.sqlite3$"
    )


def make_backup(
    library: Path,
    access: Access = WRITABLE,
    *,
    kind: str = "auto",
    destination: Path | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back ``library`` up (to ``destination``, else into ``backups/``) and verify it.

    Raises LibraryDamagedError if the copy fails its check (the library is damaged:
    nothing is kept), LibraryPathError if ``destination`` exists, and the typed error
    of any fault (full disk, read-only folder...).
    """
    now = now or datetime.now(UTC)
    if destination is not None:
        final = destination.absolute()
        if final.exists() or final.is_symlink():
            raise LibraryPathError(message(Msg.BACKUP_EXISTS, target=str(final)))
        if final == library.absolute():
            raise LibraryPathError(message(Msg.BACKUP_ONTO_ITSELF))
    else:
        folder = backups_dir(library)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise file_fault(exc, library, folder, Msg.THE_BACKUP_FOLDER) from exc
        remove_partials(library)
        final = _free_name(folder, f"{library.stem}.{now.strftime(_STAMP)}", kind)
    partial = final.with_name(f".{final.name}.{os.getpid()}.partial")
    done = False
    try:
        write_copy(library, access, partial)
        _fsync(partial)
        os.replace(partial, final)
        sync_folder(final.parent)
        done = True
    except (sqlite3.Error, OSError) as exc:
        raise file_fault(exc, library, final, Msg.THE_BACKUP) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                partial.unlink()
    return describe(final, kind, now)


def write_copy(library: Path, access: Access, target: Path) -> None:
    """Copy ``library`` into the new file ``target`` with the backup API, and verify it."""
    source = connect(library, access)
    try:
        copy = sqlite3.connect(target, isolation_level=None)
        try:
            source.backup(copy)  # one step: a consistent snapshot
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            check = quick_check(copy)
        finally:
            copy.close()
    finally:
        source.close()
    if not check.ok:
        raise LibraryDamagedError(
            message(Msg.BACKUP_OF_DAMAGED, library=str(library), problem=check.problems[0])
        )


def describe(path: Path, kind: str, time: datetime) -> BackupInfo:
    """A backup's facts; the counts are None if it cannot be read."""
    documents = annotations = None
    try:
        connection = connect(path, Access(read_only=True), timeout=1.0)
        try:
            documents, annotations = counts(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        documents = annotations = None
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, time, kind, size, documents, annotations)


def list_backups(library: Path) -> list[BackupInfo]:
    """The library's backups in ``backups/``, newest first."""
    folder = backups_dir(library)
    pattern = _pattern(library)
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        time = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
        found.append(describe(folder / name, match.group(2), time))
    found.sort(key=lambda b: (b.time, b.path.name), reverse=True)
    return found


def newest_time(library: Path) -> datetime | None:
    """When the newest backup of any kind was made (from the names alone: cheap)."""
    pattern = _pattern(library)
    try:
        names = os.listdir(backups_dir(library))
    except OSError:
        return None
    times = [
        datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC)
        for m in map(pattern.match, names)
        if m is not None
    ]
    return max(times, default=None)


def is_due(library: Path, policy: BackupPolicy, now: datetime | None = None) -> bool:
    newest = newest_time(library)
    return newest is None or (now or datetime.now(UTC)) - newest >= policy.interval


def prune(library: Path, policy: BackupPolicy) -> list[Path]:
    """Delete rotated backups the policy does not keep; returns what was deleted."""
    rotated = [b for b in list_backups(library) if b.kind in ROTATED]
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in rotated:  # newest first
        day = backup.time.date()
        week = backup.time.isocalendar()[:2]
        if day not in days and len(days) < policy.daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.add(week)
            keep.add(backup.path)
    for kind in ("before-migration", "before-restore"):
        newest = next((b for b in rotated if b.kind == kind), None)
        if newest is not None:
            keep.add(newest.path)
    deleted = []
    for backup in rotated:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    return deleted


def remove_partials(library: Path, now: datetime | None = None) -> None:
    """Remove half-written backups left by a crash (untouched for STALE_PARTIAL: one
    being written by another program right now is left alone)."""
    folder = backups_dir(library)
    prefix = f".{library.stem}."
    moment = (now or datetime.now(UTC)).timestamp()
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(".partial"):
            with contextlib.suppress(OSError):
                partial = folder / name
                if moment - partial.stat().st_mtime > STALE_PARTIAL.total_seconds():
                    partial.unlink()


def _free_name(folder: Path, stem: str, kind: str) -> Path:
    candidate = folder / f"{stem}.{kind}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.{kind}.sqlite3"
    return candidate


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
