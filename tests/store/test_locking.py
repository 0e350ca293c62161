"""Another program holding the write lock: we wait (and say so), or give up cleanly;
reads and start-up never wait; other programs' commits are noticed cheaply."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.core.errors import LibraryLockedError
from reader.services.app import Services

pytestmark = pytest.mark.sqlite_only(
    "SQLite's write lock and data_version (PostgreSQL's writers: test_team_concurrency)"
)


@contextmanager
def lock_held(db: Path, seconds: float | None = None) -> Iterator[sqlite3.Connection]:
    """Another connection holding the write lock (released after ``seconds`` if given)."""
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = None
    if seconds is not None:
        timer = threading.Timer(seconds, lambda: other.execute("COMMIT"))
        timer.start()
    try:
        yield other
    finally:
        if timer is not None:
            timer.join()
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def count(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def quick(db_path: Path) -> Iterator[Services]:
    services = Services.open(str(db_path), lock_timeout=1.0)
    yield services
    services.close()


def record(services: Services, tmp_path: Path) -> int:
    path = tmp_path / "doc.txt"
    path.write_text("Le groupe Alibaba ouvre trois centres de données dans le Hebei.\n", "utf-8")
    return services.documents.open(path).value.id


def test_a_write_waits_says_so_and_completes(
    quick: Services, db_path: Path, tmp_path: Path
) -> None:
    document_id = record(quick, tmp_path)
    heard: list[bool] = []
    with lock_held(db_path, seconds=0.6), quick.lock_waits_reported_to(heard.append):
        began = time.monotonic()
        created = quick.annotations.create(document_id, 0, 2).value
        waited = time.monotonic() - began
    assert waited >= 0.5
    assert heard == [True, False]
    assert quick.annotations.get(created.id) == created


def test_after_the_timeout_nothing_is_written(
    quick: Services, db_path: Path, tmp_path: Path
) -> None:
    document_id = record(quick, tmp_path)
    heard: list[bool] = []
    with lock_held(db_path), quick.lock_waits_reported_to(heard.append):
        with pytest.raises(LibraryLockedError, match="in use by another program") as caught:
            quick.annotations.create(document_id, 0, 2, note="jamais", tags=["x"])
        # Reads go on meanwhile: WAL readers take no lock.
        assert quick.annotations.for_document(document_id) == []
        assert quick.library.search("alibaba")
    assert "\n" not in str(caught.value)
    assert heard == [True, False]
    assert count(db_path) == 0


def test_start_up_does_not_wait_for_a_writer(db_path: Path, tmp_path: Path) -> None:
    Services.open(str(db_path)).close()  # migrated once
    with lock_held(db_path):
        began = time.monotonic()
        services = Services.open(str(db_path), lock_timeout=30)
        assert services.library.documents() == []
        services.close()
        assert time.monotonic() - began < 5


def test_commits_elsewhere_are_noticed_not_our_own(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    document_id = record(services, tmp_path)
    assert not services.library.changed_elsewhere()  # the first call takes the measure
    services.annotations.create(document_id, 0, 2)
    assert not services.library.changed_elsewhere()
    other = Services.open(str(db_path))
    try:
        other.annotations.create(document_id, 3, 9)
    finally:
        other.close()
    assert services.library.changed_elsewhere()
    assert not services.library.changed_elsewhere()
