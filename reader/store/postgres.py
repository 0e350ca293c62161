"""What is particular to a team library on a PostgreSQL server (psycopg 3).

- The URL is the user's (``postgresql+psycopg://user@host/dbname?sslmode=verify-full``):
  every query parameter (``sslmode``, ``sslrootcert``, ``sslcert``...) goes to libpq
  as it is, so TLS options are honoured. A password comes from the URL, ``PGPASSFILE``
  (``~/.pgpass``) or ``PGPASSWORD``, as libpq finds it; reader never writes it
  anywhere: every URL shown or logged goes through :func:`display_url`.
- Connections are checked before use (``pool_pre_ping``), so after the server was
  restarted the next unit of work reconnects instead of failing.
- A library that cannot be written (a role that may only read it: :func:`role_access`)
  is opened with ``default_transaction_read_only``.
- A write waits at most the lock timeout for a row another member's transaction holds
  (``lock_timeout``), then fails with :class:`~reader.core.errors.LibraryLockedError`.
- Faults become typed errors by SQLSTATE (:func:`translate`); a unique or foreign key
  refused because another member wrote at the same moment is one, to try again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from reader.core.errors import (
    LibraryError,
    LibraryLockedError,
    LibraryPathError,
    LibraryReadOnlyError,
    LibraryUnreachableError,
)
from reader.core.messages import Message, Msg, message
from reader.store.access import Access
from reader.store.access import lock_timeout as default_lock_timeout

DRIVER = "postgresql+psycopg"
CONNECT_SECONDS = 10
APPLICATION = "reader"


def with_driver(url: URL) -> URL:
    """A ``postgresql://`` URL without a driver means psycopg 3 (SQLAlchemy's default
    driver, psycopg2, is not one reader ships)."""
    if url.drivername == "postgresql":
        return url.set(drivername=DRIVER)
    return url


def display_url(url: URL) -> str:
    """The URL as it may be shown or logged: never with the password."""
    return url.render_as_string(hide_password=True)


def shown(value: str) -> str:
    """A path, or a URL without its password (a URL that cannot be read: its scheme)."""
    if "://" not in value:
        return value
    try:
        return display_url(make_url(value))
    except ArgumentError:
        return value.split("://", 1)[0] + "://..."


def engine_options(access: Access, *, lock_timeout: float | None = None) -> dict[str, Any]:
    """``create_engine`` options for a PostgreSQL library."""
    seconds = default_lock_timeout() if lock_timeout is None else lock_timeout
    settings = [f"-c lock_timeout={round(seconds * 1000)}"]
    if access.read_only:
        settings.append("-c default_transaction_read_only=on")
    return {
        "pool_pre_ping": True,
        "connect_args": {
            "connect_timeout": CONNECT_SECONDS,
            "application_name": APPLICATION,
            "options": " ".join(settings),
        },
    }


# SQLSTATE classes and codes (PostgreSQL's "Appendix A").
_CONNECTION = "08"
_AUTHORIZATION = "28"
_INSUFFICIENT_PRIVILEGE = "42501"
_READ_ONLY_TRANSACTION = "25006"
_LOCK_NOT_AVAILABLE = "55P03"
_DEADLOCK = "40P01"
_SERIALIZATION = "40001"
_SHUTDOWN = ("57P01", "57P02", "57P03")
_NO_DATABASE = "3D000"
_DISK_FULL = "53100"
# Another member's transaction took the key or removed the row referred to between our
# read and our write (the store inserts with ON CONFLICT where it can: see upsert.py).
_SAME_MOMENT = ("23505", "23503")  # unique_violation, foreign_key_violation


def translate(
    cause: BaseException, where: str | Message, detail: str, lock_seconds: float
) -> LibraryError | None:
    """The typed error for a psycopg fault, or None if ``cause`` is not one (a broken
    rule of ours, a bug, stays as it is). A unique or foreign key refused is taken for
    another member's write at the same moment: the action is to be tried again."""
    import psycopg  # noqa: PLC0415  (only a team library loads the driver)

    if not isinstance(cause, psycopg.Error):
        return None
    state = cause.sqlstate or _connect_state(str(cause))
    if state.startswith(_AUTHORIZATION):
        return LibraryPathError(message(Msg.SERVER_REFUSED_LOGIN, library=where), detail=detail)
    if state == _NO_DATABASE:
        return LibraryPathError(message(Msg.SERVER_NO_DATABASE, library=where), detail=detail)
    if state in (_INSUFFICIENT_PRIVILEGE, _READ_ONLY_TRANSACTION):
        return LibraryReadOnlyError(read_only_role_message(where), detail=detail)
    if state in (_LOCK_NOT_AVAILABLE, _DEADLOCK, _SERIALIZATION):
        return LibraryLockedError(
            message(Msg.SERVER_LOCKED, library=where, seconds=f"{lock_seconds:g}"),
            detail=detail,
        )
    if state in _SAME_MOMENT:
        return LibraryLockedError(message(Msg.SERVER_SAME_MOMENT, library=where), detail=detail)
    if state == _DISK_FULL:
        return LibraryError(message(Msg.SERVER_DISK_FULL, library=where), detail=detail)
    if (
        state.startswith(_CONNECTION)
        or state in _SHUTDOWN
        or (isinstance(cause, psycopg.OperationalError) and not state)
    ):
        return LibraryUnreachableError(
            message(Msg.SERVER_UNREACHABLE, library=where), detail=detail
        )
    if isinstance(cause, psycopg.IntegrityError | psycopg.ProgrammingError | psycopg.DataError):
        return None
    return LibraryError(message(Msg.LIBRARY_NOT_USABLE, library=where), detail=detail)


ROLE_MAY_ONLY_READ = "your role may only read it"
# Whether the role may write what every save writes (annotations, their tags, documents).
_MAY_WRITE = text(
    "SELECT has_table_privilege('annotations', 'INSERT, UPDATE, DELETE')"
    " AND has_table_privilege('annotation_tags', 'INSERT, DELETE')"
    " AND has_table_privilege('documents', 'INSERT, UPDATE')"
)


def read_only_role_message(where: str | Message) -> Message:
    return message(Msg.SERVER_READ_ONLY_ROLE, library=where)


def role_access(connection: Connection) -> Access:
    """How this role may use the library: read-only when it may not write (a role with
    ``SELECT`` only), so that opening and reading write nothing and every write is
    refused before it starts, saying why."""
    if connection.execute(_MAY_WRITE).scalar():
        return Access()
    return Access(read_only=True, reason=ROLE_MAY_ONLY_READ)


def _connect_state(message: str) -> str:
    """A failed connection has no SQLSTATE in psycopg: the server's refusal is in the
    message libpq gives (``FATAL: password authentication failed...``)."""
    if "password authentication failed" in message or "no password supplied" in message:
        return _AUTHORIZATION
    if "database" in message and "does not exist" in message:
        return _NO_DATABASE
    return ""
