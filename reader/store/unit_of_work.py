"""Units of work over the library: short read transactions, and writes that hold the
write lock from their first statement to their commit (all or nothing).

Each yields a :class:`Store`: the query modules bound to that one transaction.
Reads use a pool of connections; writes use the single writer connection
(:func:`reader.store.engine.make_engine`), so a process's writes queue for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from reader.store import sqlite
from reader.store.annotations import AnnotationStore
from reader.store.documents import DocumentStore
from reader.store.engine import make_engine, resolve_db_url
from reader.store.entities import EntityStore
from reader.store.schema import migrate
from reader.store.sqlite_search import SearchStore
from reader.store.tags import TagStore


class Store:
    """The queries, per table group, of one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.documents = DocumentStore(session)
        self.tags = TagStore(session)
        self.annotations = AnnotationStore(session, self.tags)
        self.entities = EntityStore(session)
        self.search = SearchStore(session)


class UnitOfWork:
    def __init__(self, engine: Engine, writer: Engine) -> None:
        self.engine = engine
        self.writer = writer
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(writer, expire_on_commit=False)
        self._data_version: int | None = None

    @classmethod
    def open(
        cls, db: str | None = None, *, lock_timeout: float = sqlite.LOCK_TIMEOUT_S
    ) -> UnitOfWork:
        """Open (or create) the database named by ``db``/``READER_DB``/the default, migrated."""
        url = resolve_db_url(db)
        engine = make_engine(url)
        migrate(engine)
        return cls(engine, make_engine(url, writer=True, lock_timeout=lock_timeout))

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self._reading() as session, session.begin():
            yield Store(session)

    @contextmanager
    def write(self) -> Iterator[Store]:
        """Commit when the block ends normally, roll back if it raises."""
        with self._writing() as session, session.begin():
            yield Store(session)

    @contextmanager
    def lock_waits_reported_to(self, listener: sqlite.LockWaitListener) -> Iterator[None]:
        """Writes begun by this thread meanwhile tell ``listener`` when they wait for
        another program to let go of the library."""
        with sqlite.lock_wait_listener(listener):
            yield

    def changed_elsewhere(self) -> bool:
        """Whether another program (or connection) committed since the last call.

        The first call only takes the measure and says False. Asked on the writer's own
        connection, so this process's writes are not news.
        """
        if self.writer.dialect.name != "sqlite":
            return False
        version = sqlite.data_version(self.writer)
        previous, self._data_version = self._data_version, version
        return previous is not None and version != previous

    def close(self) -> None:
        self.engine.dispose()
        self.writer.dispose()
