"""The engine factory: where the library is, and engines tuned for a desktop app that
must never lose a note (the SQLite specifics are in :mod:`reader.store.sqlite`)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

from reader import APP_NAME
from reader.store import sqlite

DB_ENV = "READER_DB"


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


def make_engine(
    url: URL | str, *, writer: bool = False, lock_timeout: float = sqlite.LOCK_TIMEOUT_S
) -> Engine:
    """An engine for reading, or (``writer``) the one connection that writes.

    The writer has a single connection, so writes of this process queue for it, and
    its ``data_version`` tells other processes' commits from our own.
    """
    url = make_url(url)
    if writer:
        engine = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=60)
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        sqlite.tune(engine, writer=writer, lock_timeout=lock_timeout)
    return engine
