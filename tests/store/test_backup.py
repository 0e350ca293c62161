"""Backups on real library files: made with the backup API, verified, rotated, due daily,
made before a migration; and opening: checks, read-only states, the schema writer."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.errors import LibraryDamagedError, LibraryPathError
from reader.store.backup import (
    BackupPolicy,
    backups_dir,
    list_backups,
    make_backup,
    prune,
    remove_partials,
)
from reader.store.engine import make_engine
from reader.store.opening import open_library
from reader.store.schema import head_revision, migrate
from reader.store.unit_of_work import UnitOfWork
from tests.faults.faulty import (
    annotations_in,
    build_library,
    checkpoint,
    leaf_pages,
    overwrite_pages,
    write_document,
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib" / "library.sqlite3"
    path.parent.mkdir()
    build_library(path, write_document(tmp_path / "docs"), 12)
    return path


def test_a_backup_is_a_verified_self_contained_copy(db: Path) -> None:
    info = make_backup(db, kind="manual")
    assert info.path.parent == backups_dir(db)
    assert info.path.name.startswith("library.") and info.path.name.endswith(".manual.sqlite3")
    assert (info.documents, info.annotations) == (1, 12)
    assert annotations_in(info.path) == annotations_in(db)
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert [p.name for p in backups_dir(db).iterdir()] == [info.path.name]  # no partial left


def test_a_backup_while_another_connection_writes_is_consistent(db: Path) -> None:
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE annotations SET note = 'uncommitted'")
    info = make_backup(db, kind="manual")  # WAL: the writer does not block the snapshot
    writer.execute("ROLLBACK")
    writer.close()
    assert "uncommitted" not in {note for note, _, _ in annotations_in(info.path).values()}


def test_a_damaged_library_makes_no_backup(db: Path) -> None:
    checkpoint(db)
    overwrite_pages(db, [leaf_pages(db, "annotations")[0]])
    with pytest.raises(LibraryDamagedError) as caught:
        make_backup(db, kind="auto")
    assert str(caught.value).startswith(f"The library {db} is damaged, so no backup was made")
    assert list_backups(db) == []
    assert list(backups_dir(db).iterdir()) == []


def test_a_backup_never_overwrites(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite3"
    target.write_text("precious")
    with pytest.raises(LibraryPathError):
        make_backup(db, destination=target)
    assert target.read_text() == "precious"


def test_rotation_keeps_seven_daily_and_four_weekly(db: Path) -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)  # a Thursday
    for day in range(60):
        for hour in (0, 6):
            make_backup(db, kind="auto", now=start + timedelta(days=day, hours=hour))
    manual = make_backup(db, kind="manual", now=start)
    before = make_backup(db, kind="before-migration", now=start + timedelta(days=1))
    prune(db, BackupPolicy(daily=7, weekly=4))
    kept = list_backups(db)
    autos = [b.time for b in kept if b.kind == "auto"]
    last = start + timedelta(days=59, hours=6)  # Sunday 1 March, 18:00
    assert autos[:7] == [last - timedelta(days=n) for n in range(7)]  # newest of each day
    # Those 7 days are one ISO week; the 3 weeks before it keep their newest (Sundays).
    assert autos[7:] == [last - timedelta(weeks=n) for n in (1, 2, 3)]
    assert {b.path for b in kept} >= {manual.path, before.path}


def test_partial_backups_left_by_a_crash_are_removed(db: Path) -> None:
    folder = backups_dir(db)
    folder.mkdir()
    stale = folder / ".library.2026-01-01_000000.auto.sqlite3.123.partial"
    stale.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    busy = folder / ".library.2026-01-01_000001.auto.sqlite3.456.partial"
    busy.write_bytes(b"being written")
    remove_partials(db)
    assert not stale.exists() and busy.exists()


def test_opening_makes_the_daily_backup_once(db: Path) -> None:
    _, state = open_library(db)
    assert state.backup is not None and state.backup.kind == "auto"
    assert state.check_seconds is not None
    _, again = open_library(db)
    assert again.backup is None
    assert len(list_backups(db)) == 1


def test_a_new_library_has_no_backup(tmp_path: Path) -> None:
    _, state = open_library(tmp_path / "new.sqlite3")
    assert state.backup is None and not (tmp_path / "backups").exists()


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    migrate(engine, "0004")
    engine.dispose()
    engine, state = open_library(db)
    engine.dispose()
    assert state.backup is not None and state.backup.kind == "before-migration"
    backup = sqlite3.connect(state.backup.path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    backup.close()
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        head_revision()
    )
    written = connection.execute(
        "SELECT value FROM library_info WHERE key = 'schema_written_by'"
    ).fetchone()
    connection.close()
    from reader import __version__

    assert written == (__version__,)


def test_opening_takes_no_write_lock_when_nothing_is_to_migrate(db: Path) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        began = time.monotonic()
        uow = UnitOfWork.open(str(db))
        with uow.read() as session:
            assert session is not None
        uow.close()
        assert time.monotonic() - began < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_damaged_library_opens_read_only_with_its_problems(db: Path) -> None:
    checkpoint(db)
    overwrite_pages(db, [leaf_pages(db, "annotations")[0]])
    uow = UnitOfWork.open(str(db))
    try:
        assert uow.read_only and uow.state.damage
        with pytest.raises(LibraryDamagedError), uow.write():
            pass
    finally:
        uow.close()


def test_the_gui_can_run_the_check_and_the_daily_backup_in_a_worker(db: Path) -> None:
    import threading

    from reader.services import library_care

    uow = UnitOfWork.open(str(db), check=False, backups=False)
    assert uow.state.check_seconds is None and list_backups(db) == []
    found: list[object] = []
    worker = threading.Thread(
        target=lambda: found.extend(
            [library_care.quick_check(str(db)), library_care.daily_backup(str(db))]
        )
    )
    worker.start()
    worker.join(timeout=60)
    uow.close()
    check, backup = found
    assert getattr(check, "ok", False)
    assert backup is not None and list_backups(db)[0].path == getattr(backup, "path", None)
    assert library_care.daily_backup(str(db)) is None  # not due again today
