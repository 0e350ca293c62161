"""Changes made by other members of a team library, as PostgreSQL tells them.

Migration 0013's triggers ``NOTIFY reader_changes`` with ``table:document id:backend
pid`` after every change of annotations, tags, corrections and documents, in the
writer's transaction (so only once it is committed). :class:`ChangeListener` holds one
connection that ``LISTEN``\\ s; :meth:`ChangeListener.changed` reads what arrived
without waiting and without reading any table. Notices sent by this process's own
connections (their backend pids are noted as they connect) are not news. This is
what :meth:`reader.store.unit_of_work.UnitOfWork.changed_elsewhere` asks for a team
library, the same question the window asks of a local one (SQLite's data_version).

When the server goes away the listening connection is dropped; the next call
connects again and says True (what changed meanwhile was not heard).
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from reader.store import postgres

CHANNEL = "reader_changes"


def note_backend_pids(engine: Engine, pids: set[int]) -> None:
    """Add to ``pids`` the server process of every connection ``engine`` makes."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        pids.add(int(dbapi_connection.info.backend_pid))


class ChangeListener:
    def __init__(self, engine: Engine, own_pids: set[int], where: str) -> None:
        """Listen on the server of ``engine``; ignore notices from ``own_pids``;
        ``where`` names the library in messages."""
        self._engine = create_engine(engine.url, poolclass=NullPool)
        self._where = where
        self._own = own_pids
        self._connection: Any = None
        self._raw: Any = None
        self._disposed = False
        self._lock = threading.Lock()  # a poll on a worker thread against close

    def _listen(self) -> None:
        self._raw = self._engine.raw_connection()
        connection = self._raw.driver_connection
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection

    def changed(self) -> bool:
        """Whether another member changed the library since the last call. The first
        call starts listening and says False. A lost connection is a
        :class:`~reader.core.errors.LibraryUnreachableError`; the next call listens
        again. Once disposed it says False and opens nothing (a poll still on its
        way when the library closes must not leave a connection behind)."""
        import psycopg  # noqa: PLC0415  (only a team library loads the driver)

        with self._lock:
            if self._disposed:
                return False
            return self._poll(psycopg)

    def _poll(self, psycopg: Any) -> bool:
        if self._connection is None:
            reconnected = self._raw is not None
            self.close()
            self._listen()
            return reconnected
        try:
            return any(self._foreign(note.payload) for note in self._connection.notifies(timeout=0))
        except psycopg.Error as exc:
            self._connection = None  # broken: listen again on the next call
            detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            translated = postgres.translate(exc, self._where, detail, 0.0)
            if translated is None:
                raise
            raise translated from exc

    def _foreign(self, payload: str) -> bool:
        pid = payload.rsplit(":", 1)[-1]
        return not (pid.isdigit() and int(pid) in self._own)

    def close(self) -> None:
        if self._raw is not None:
            try:
                self._raw.close()
            finally:
                self._raw = None
                self._connection = None

    def dispose(self) -> None:
        with self._lock:
            self._disposed = True
            self.close()
        self._engine.dispose()
