"""Plain SQL on a library through a connection of its own (not the app's): what another
process sees, or a change another program makes. The library is a path (SQLite) or a
PostgreSQL URL, as ``library_url`` gives it; parameters are named (``:name``)."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from reader.store.engine import resolve_db_url


def raw_rows(library: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    """The rows ``sql`` returns (none for a statement that returns none), committed."""
    engine = create_engine(resolve_db_url(library))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()
