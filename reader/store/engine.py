"""The one engine factory: SQLite tuned for a desktop app that must never lose a note.

- ``foreign_keys=ON`` so ON DELETE rules hold;
- WAL so the GUI reads while another process (the CLI, a second window) writes;
- ``synchronous=FULL`` so a committed annotation survives a crash or power loss;
- a busy timeout (``READER_LOCK_TIMEOUT`` seconds, 15 by default), and
  ``BEGIN IMMEDIATE`` for write transactions: a deferred transaction that later
  upgrades to a write lock can fail at once with "database is locked" whatever the
  timeout; taking the lock up front makes concurrent writers wait their turn instead;
- a library that cannot be written (see :mod:`reader.store.access`) is opened through
  a read-only URI, with ``query_only`` on and its journal mode left alone.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from reader import APP_NAME
from reader.store.access import WRITABLE, Access, lock_timeout, sqlite_uri

DB_ENV = "READER_DB"
WRITE_OPTION = "reader_write"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def resolve_db_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` wins, then ``READER_DB`` (a path or an SQLAlchemy URL), then the default."""
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or None
    if value is None:
        path = default_db_path()
    elif "://" in value:
        return make_url(value)
    else:
        path = Path(value).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path.resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite URL (None for another database or an in-memory one)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):
        return None  # a URI filename given by the user: used as it is
    return Path(url.database)


def make_engine(url: URL | str, access: Access = WRITABLE) -> Engine:
    url = make_url(url)
    path = sqlite_file(url)
    if path is None:
        engine = create_engine(url)
    else:
        uri = sqlite_uri(path, access)
        timeout = lock_timeout()

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

        engine = create_engine(url, creator=connect)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine, access)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _tune_sqlite(engine: Engine, access: Access) -> None:
    busy_ms = round(lock_timeout() * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if access.read_only:
            cursor.execute("PRAGMA query_only = ON")
        elif engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
