"""The engine factory: where the library is, and engines tuned for a desktop app that
must never lose a note. One factory for both kinds of library: a local SQLite file (the
specifics are in :mod:`reader.store.sqlite`) or a team library on a PostgreSQL server
(``postgresql+psycopg://user@host/dbname``, see :mod:`reader.store.postgres`).

A library that cannot be written (see :mod:`reader.store.access`) is opened through a
read-only URI, with ``query_only`` on and its journal mode left alone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

from reader import APP_NAME
from reader.store import postgres, sqlite
from reader.store.access import WRITABLE, Access

DB_ENV = "READER_DB"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def resolve_db_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` wins, then ``READER_DB`` (a path or an SQLAlchemy URL), then the default.

    A ``postgresql://`` URL without a driver means psycopg 3 (the driver reader ships).
    """
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or None
    if value is None:
        path = default_db_path()
    elif "://" in value:
        return postgres.with_driver(make_url(value))
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


def make_engine(
    url: URL | str,
    access: Access = WRITABLE,
    *,
    writer: bool = False,
    lock_timeout: float | None = None,
) -> Engine:
    """An engine for reading, or (``writer``) the one connection that writes.

    The writer has a single connection, so writes of this process queue for it, and
    its ``data_version`` tells other processes' commits from our own. A write waits
    ``lock_timeout`` seconds (default: ``READER_LOCK_TIMEOUT``, else 15) for another
    program to let go of the library.
    """
    url = make_url(url)
    path = sqlite_file(url)
    options: dict[str, Any] = {}
    if writer:
        options.update(pool_size=1, max_overflow=0, pool_timeout=60)
    if path is not None:
        options["creator"] = sqlite.connector(path, access)
    if url.get_backend_name() == "postgresql":
        options.update(postgres.engine_options(access, lock_timeout=lock_timeout))
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        sqlite.tune(engine, access, path, writer=writer, lock_timeout=lock_timeout)
    return engine
