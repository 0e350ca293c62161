"""Units of work over the library: short read transactions, and writes that hold the
write lock from their first statement to their commit (all or nothing).

Each yields a :class:`Store`: the query modules bound to that one transaction.
Reads use a pool of connections; writes use the single writer connection
(:func:`reader.store.engine.make_engine`), so a process's writes queue for it.

This is also the boundary where database faults become typed errors with plain
messages (:mod:`reader.store.faults`): a locked, read-only, full or damaged library
raises a :class:`~reader.core.errors.LibraryError`, never a driver exception. A
library opened read-only (see :class:`~reader.store.opening.LibraryState`) refuses
every write before it starts, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from reader.store import sqlite
from reader.store.access import lock_timeout as default_lock_timeout
from reader.store.annotations import AnnotationStore
from reader.store.documents import DocumentStore
from reader.store.engine import make_engine, sqlite_file
from reader.store.entities import EntityStore
from reader.store.entity_index import EntityIndexStore
from reader.store.faults import faults
from reader.store.member_copies import MemberCopyStore
from reader.store.opening import LibraryState, open_library
from reader.store.postgres_changes import ChangeListener, note_backend_pids
from reader.store.postgres_search import PostgresSearchStore
from reader.store.reading import ReadingStore
from reader.store.sqlite_search import SearchStore
from reader.store.tags import TagStore
from reader.store.trash import TrashStore


class Store:
    """The queries, per table group, of one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.documents = DocumentStore(session)
        self.tags = TagStore(session)
        self.annotations = AnnotationStore(session, self.tags)
        self.entities = EntityStore(session)
        self.entity_index = EntityIndexStore(session)
        postgres = session.get_bind().dialect.name == "postgresql"
        self.search = PostgresSearchStore(session) if postgres else SearchStore(session)
        self.reading = ReadingStore(session)
        self.trash = TrashStore(session)
        self.copies = MemberCopyStore(session)


class UnitOfWork:
    def __init__(
        self,
        engine: Engine,
        writer: Engine | None = None,
        state: LibraryState | None = None,
        *,
        lock_timeout: float | None = None,
    ) -> None:
        """``engine`` reads; ``writer`` (made from it if not given) writes."""
        self.engine = engine
        self.state = state or LibraryState(sqlite_file(engine.url))
        self._lock_seconds = default_lock_timeout() if lock_timeout is None else lock_timeout
        self.writer = writer or make_engine(
            engine.url, self.state.access, writer=True, lock_timeout=self._lock_seconds
        )
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(self.writer, expire_on_commit=False)
        self._data_version: int | None = None
        self._changes: ChangeListener | None = None
        if self.team:
            own: set[int] = set()
            note_backend_pids(self.engine, own)
            note_backend_pids(self.writer, own)
            self._changes = ChangeListener(engine, own, self.state.server or "")
        self.user: str | None = None
        """Who makes the changes (set by the services): recorded as their author."""

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        check: bool = True,
        backups: bool = True,
        lock_timeout: float | None = None,
    ) -> UnitOfWork:
        """Open (or create) the database named by ``db``/``READER_DB``/the default, migrated
        (see :func:`reader.store.opening.open_library`). A GUI may pass ``check=False``
        and ``backups=False`` and run :func:`reader.services.library_care.quick_check`
        and :func:`~reader.services.library_care.daily_backup` in a worker instead. A
        write waits ``lock_timeout`` seconds (default ``READER_LOCK_TIMEOUT``, else 15)
        for another program to let go of the library."""
        engine, state = open_library(db, check=check, backups=backups)
        return cls(engine, state=state, lock_timeout=lock_timeout)

    @property
    def read_only(self) -> bool:
        return self.state.read_only

    @property
    def team(self) -> bool:
        """A team library (on a database server): deletions go to the trash first."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Store]:
        with (
            faults(self.state.path, lock_seconds=self._lock_seconds, server=self.state.server),
            self._reading() as session,
            session.begin(),
        ):
            yield Store(session)

    @contextmanager
    def write(self) -> Iterator[Store]:
        """Commit when the block ends normally, roll back if it raises; refused before
        anything starts in a library that cannot be written."""
        refusal = self.state.write_refusal()
        if refusal is not None:
            raise refusal
        with (
            faults(self.state.path, lock_seconds=self._lock_seconds, server=self.state.server),
            self._writing() as session,
            session.begin(),
        ):
            store = Store(session)
            yield store
            store.search.before_commit()

    @contextmanager
    def lock_waits_reported_to(self, listener: sqlite.LockWaitListener) -> Iterator[None]:
        """Writes begun by this thread meanwhile tell ``listener`` when they wait for
        another program to let go of the library."""
        with sqlite.lock_wait_listener(listener):
            yield

    def changed_elsewhere(self) -> bool:
        """Whether another program (or connection) committed since the last call.

        The first call only takes the measure and says False. Asked on the writer's own
        connection, so this process's writes are not news. For a team library, what
        the server notified (:mod:`reader.store.postgres_changes`): no table is read.
        """
        if self._changes is not None:
            with faults(None, lock_seconds=self._lock_seconds, server=self.state.server):
                return self._changes.changed()
        if self.writer.dialect.name != "sqlite":
            return False
        with faults(self.state.path, lock_seconds=self._lock_seconds, server=self.state.server):
            version = sqlite.data_version(self.writer)
        previous, self._data_version = self._data_version, version
        return previous is not None and version != previous

    def close(self) -> None:
        if self._changes is not None:
            self._changes.dispose()
        self.engine.dispose()
        self.writer.dispose()
