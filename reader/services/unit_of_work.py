"""Sessions per user action: short read transactions, and writes that take the lock up front."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from reader.store.engine import make_engine, resolve_db_url, writer
from reader.store.schema import migrate


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(writer(engine), expire_on_commit=False)

    @classmethod
    def open(cls, db: str | None = None) -> UnitOfWork:
        """Open (or create) the database named by ``db``/``READER_DB``/the default, migrated."""
        engine = make_engine(resolve_db_url(db))
        migrate(engine)
        return cls(engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reading() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back if it raises."""
        with self._writing() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
