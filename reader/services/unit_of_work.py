"""Sessions per user action: short read transactions, and writes that take the lock up front.

This is the boundary where database faults become typed errors with plain messages
(:mod:`reader.store.faults`): a locked, read-only, full or damaged library raises a
:class:`~reader.core.errors.LibraryError`, never a driver exception. A library
opened read-only (see :class:`~reader.store.opening.LibraryState`) refuses every
write before it starts, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from reader.core.errors import LibraryError
from reader.store.access import lock_timeout
from reader.store.engine import sqlite_file, writer
from reader.store.faults import faults, translate
from reader.store.opening import LibraryState, open_library


class UnitOfWork:
    def __init__(self, engine: Engine, state: LibraryState | None = None) -> None:
        self.engine = engine
        self.state = state or LibraryState(sqlite_file(engine.url))
        self._lock_seconds = lock_timeout()
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(writer(engine), expire_on_commit=False)

    @classmethod
    def open(cls, db: str | None = None, *, check: bool = True, backups: bool = True) -> UnitOfWork:
        """Open (or create) the database named by ``db``/``READER_DB``/the default, migrated
        (see :func:`reader.store.opening.open_library`). A GUI may pass ``check=False``
        and ``backups=False`` and run :func:`reader.services.library_care.quick_check`
        and :func:`~reader.services.library_care.daily_backup` in a worker instead."""
        engine, state = open_library(db, check=check, backups=backups)
        return cls(engine, state)

    @property
    def read_only(self) -> bool:
        return self.state.read_only

    @contextmanager
    def read(self) -> Iterator[Session]:
        with (
            faults(self.state.path, lock_seconds=self._lock_seconds),
            self._reading() as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back if it raises."""
        refusal = self.state.write_refusal()
        if refusal is not None:
            raise refusal
        with (
            faults(self.state.path, lock_seconds=self._lock_seconds),
            self._writing() as session,
            session.begin(),
        ):
            yield session

    def close(self) -> None:
        self.engine.dispose()


def translate_fault(error: BaseException) -> LibraryError | None:
    """A database or OS fault that escaped a unit of work, as a typed error (or None)."""
    return translate(error, None)
