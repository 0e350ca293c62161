"""What is particular to SQLite: pragmas, taking the write lock, noticing other writers.

- ``foreign_keys=ON`` so ON DELETE rules hold;
- WAL so readers (the window, the CLI) read while another process writes;
- ``synchronous=FULL`` so a committed annotation survives a crash or power loss;
- a library that cannot be written is opened through a read-only URI
  (:func:`reader.store.access.sqlite_uri`), with ``query_only`` on and its journal
  mode left alone;
- write transactions begin with ``BEGIN IMMEDIATE``: a deferred transaction that later
  upgrades to a write lock can fail at once with "database is locked" whatever the
  timeout; taking the lock up front makes concurrent writers wait their turn. The
  wait is ours, not SQLite's: we try for :data:`LOCK_SLICE_MS` at a time, tell
  whoever listens (:func:`lock_wait_listener`) that we are waiting, and give up with
  :class:`~reader.core.errors.LibraryLockedError` after the timeout
  (``READER_LOCK_TIMEOUT`` seconds, 15 by default), before anything is written;
- ``PRAGMA data_version`` on the writer's own connection changes exactly when another
  connection (another process) committed: a cheap way to notice changes made elsewhere.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import OperationalError

from reader.core.errors import LibraryLockedError
from reader.store.access import Access, sqlite_uri
from reader.store.access import lock_timeout as default_lock_timeout
from reader.store.faults import locked_message

LOCK_SLICE_MS = 200
"""A write tries for the lock this long before telling that it is waiting."""

LockWaitListener = Callable[[bool], None]
"""Called with True when a write starts waiting for the lock, False when it got it."""

_local = threading.local()


@contextmanager
def lock_wait_listener(listener: LockWaitListener) -> Iterator[None]:
    """Report to ``listener`` the lock waits of writes begun by this thread meanwhile."""
    previous = getattr(_local, "listener", None)
    _local.listener = listener
    try:
        yield
    finally:
        _local.listener = previous


def is_memory(engine: Engine) -> bool:
    return engine.url.database in (None, "", ":memory:")


def connector(path: Path, access: Access) -> Callable[[], sqlite3.Connection]:
    """How the engine of the library file ``path`` connects, as ``access`` allows."""
    uri = sqlite_uri(path, access)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=default_lock_timeout(), check_same_thread=False
        )

    return connect


def tune(
    engine: Engine,
    access: Access,
    path: Path | None,
    *,
    writer: bool,
    lock_timeout: float | None = None,
) -> None:
    """Pragmas on every new connection; for a writer, transactions that take the lock.

    A reader waits up to the lock timeout for a lock (WAL readers almost never need to);
    a write tries :data:`LOCK_SLICE_MS` at a time until the timeout.
    """
    timeout = default_lock_timeout() if lock_timeout is None else lock_timeout
    busy_ms = LOCK_SLICE_MS if writer else round(timeout * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if access.read_only:
            cursor.execute("PRAGMA query_only = ON")
        elif not is_memory(engine):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if writer:
            _begin_immediate(connection, timeout, path)
        else:
            connection.exec_driver_sql("BEGIN")


def _begin_immediate(connection: Connection, timeout: float, path: Path | None) -> None:
    listener: LockWaitListener | None = getattr(_local, "listener", None)
    deadline = time.monotonic() + timeout
    waiting = False
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if not _locked(exc.orig) or time.monotonic() >= deadline:
                    if _locked(exc.orig):
                        raise LibraryLockedError(
                            locked_message(path, timeout), detail=str(exc.orig)
                        ) from None
                    raise
                if not waiting and listener is not None:
                    listener(True)
                waiting = True
    finally:
        if waiting and listener is not None:
            listener(False)


def _locked(error: BaseException | None) -> bool:
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


def data_version(engine: Engine) -> int:
    """Of the engine's (first pooled) connection: changes whenever another connection
    commits, not this one. Asked outside any transaction: no lock is taken."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            row = cursor.fetchone()
            return int(row[0]) if row else 0
        finally:
            cursor.close()
    finally:
        raw.close()
