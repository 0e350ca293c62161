"""``INSERT ... ON CONFLICT`` on either engine, for rows whose key another member of a
team library may insert at the same moment.

Read first, insert if absent is a race on PostgreSQL: the other member's row, not yet
committed, is invisible to the read, and the insert then waits on it and fails on the
unique key once it commits. With ``ON CONFLICT`` the insert waits the same way, then
skips the row (:func:`insert_missing`) or updates it (:func:`insert_or_update`).
SQLite (whose writers take the lock first) runs the same statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from reader.store.models import Base


def _insert(session: Session, model: type[Base]) -> postgresql.Insert | sqlite.Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def insert_missing(session: Session, model: type[Base], keys: Sequence[str]) -> Insert:
    """An INSERT that leaves out rows whose ``keys`` columns (a unique key) are taken
    (``RETURNING`` then gives nothing for them)."""
    return _insert(session, model).on_conflict_do_nothing(index_elements=list(keys))


def insert_or_update(
    session: Session,
    model: type[Base],
    keys: Sequence[str],
    columns: Sequence[str],
    *,
    unless_same: str | None = None,
) -> Insert:
    """An INSERT that, where the ``keys`` columns are taken, sets ``columns`` of the row
    there to the values given; with ``unless_same``, only if that column's value is
    another (the row is otherwise left as it is)."""
    statement = _insert(session, model)
    excluded = statement.excluded
    where = None
    if unless_same is not None:
        where = model.__table__.c[unless_same].is_distinct_from(excluded[unless_same])
    return statement.on_conflict_do_update(
        index_elements=list(keys), set_={name: excluded[name] for name in columns}, where=where
    )
