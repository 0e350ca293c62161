"""Migration 0013 (authors, versions, the trash, change notices) with data, on SQLite
and on PostgreSQL: what was there is kept, the new columns have their defaults, and
downgrading gives the library back as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import current_revision, head_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot


@pytest.fixture
def empty_library(empty_library_url: str) -> str:
    """An empty database on each engine, as a URL (not a migrated copy left unused)."""
    if "://" not in empty_library_url:
        return f"sqlite:///{empty_library_url}"
    return empty_library_url


def test_0013_keeps_the_library_and_adds_authors_versions_trash(empty_library: str) -> None:
    engine = make_engine(empty_library)
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0008")
    before = snapshot(engine)
    migrate(engine, "0013")
    assert current_revision(engine) == "0013"
    assert snapshot(engine) == before
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, author, editor, version FROM annotations ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [("a1", None, None, 1), ("a2", None, None, 1)]
        assert connection.execute(text("SELECT author FROM entity_corrections")).all() == [(None,)]
        assert inspect(connection).has_table("deleted_annotations")
    engine.dispose()

    services = Services.open(empty_library, user="Ana")
    try:
        [a1, a2] = services.annotations.for_document(1)
        assert (a1.author, a1.version) == (None, 1)
        edited = services.annotations.edit(a1.id, note="vu", expected_version=1).value
        assert (edited.editor, edited.version) == ("Ana", 2)
        made = services.annotations.create(2, 0, 5, note="nouveau").value
        assert made.author == "Ana"
        services.annotations.delete([a2.id])
    finally:
        services.close()

    downgrade(engine, "0008")
    assert current_revision(engine) == "0008"
    with engine.connect() as connection:
        assert not inspect(connection).has_table("deleted_annotations")
        columns = {c["name"] for c in inspect(connection).get_columns("annotations")}
        assert not columns & {"author", "editor", "version"}
        notes: dict[str, str] = dict(
            connection.execute(text("SELECT id, note FROM annotations")).all()
        )
    assert notes[a1.id] == "vu"
    assert made.id in notes
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
