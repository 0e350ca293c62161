"""Migration 0011 (reading positions, bookmarks) on a library full of data, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from reader.store.engine import make_engine
from reader.store.schema import current_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot

pytestmark = pytest.mark.sqlite_only(
    "an SQLite library of an older revision (team libraries start at 0013, on the newest schema)"
)


def reading_rows(engine: Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with engine.connect() as connection:
        positions = connection.execute(
            text('SELECT document_id, "offset" FROM reading_positions ORDER BY document_id')
        )
        marks = connection.execute(
            text('SELECT document_id, "offset", label FROM bookmarks ORDER BY id')
        )
        return [tuple(r) for r in positions], [tuple(r) for r in marks]


def test_0011_keeps_every_row_and_holds_positions_and_bookmarks(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0008")
    before = snapshot(engine)
    migrate(engine, "0011")
    assert current_revision(engine) == "0011"
    assert snapshot(engine) == before
    assert reading_rows(engine) == ([], [])

    with engine.begin() as connection:
        connection.execute(
            text(
                'INSERT INTO reading_positions (document_id, "offset", updated)'
                " VALUES (1, 15, '2026-02-01'), (2, 3, '2026-02-02')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO bookmarks (document_id, "offset", label, created)'
                " VALUES (1, 33, 'Alibaba Cloud', '2026-02-01')"
            )
        )
    assert reading_rows(engine) == ([(1, 15), (2, 3)], [(1, 33, "Alibaba Cloud")])

    with engine.begin() as connection:  # they go with their document
        connection.execute(text("PRAGMA foreign_keys = ON"))
        connection.execute(text("DELETE FROM documents WHERE id = 1"))
    assert reading_rows(engine) == ([(2, 3)], [])

    downgrade(engine, "0008")
    assert current_revision(engine) == "0008"
    with engine.connect() as connection:
        tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert "reading_positions" not in tables and "bookmarks" not in tables
    migrate(engine)
    assert reading_rows(engine) == ([], [])
    engine.dispose()
