"""Migration 0015 (member copies) with data, on SQLite and on PostgreSQL: the library
is kept, a member's path for a shared document is remembered and leads them to it,
and downgrading gives the library back as it was."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import current_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot
from tests.store.test_team_migration import empty_library

__all__ = ["empty_library"]  # the fixture, on each engine


def test_0015_keeps_the_library_and_remembers_members_copies(
    empty_library: str, tmp_path: Path
) -> None:
    engine = make_engine(empty_library)
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0013")
    before = snapshot(engine)
    migrate(engine, "0015")
    assert current_revision(engine) == "0015"
    assert snapshot(engine) == before
    bens = tmp_path / "ben" / "hebei.txt"
    bens.parent.mkdir()
    bens.write_text("Ben's own version of the article.\n", "utf-8")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO member_copies (member, path, document_id) VALUES"
                " ('Ben', :ben, 1), ('Ben', '/ben/autre.txt', 2)"
            ),
            {"ben": str(bens)},
        )
    engine.dispose()

    ben = Services.open(empty_library, user="Ben")
    try:
        opened = ben.documents.open(bens).value
        if ben.team:  # his path leads him to the shared document and its text
            assert opened.id == 1
            assert opened.document.text == ben.documents.stored(1).text
            assert opened.copy is not None
        else:  # a local library identifies by path alone
            assert opened.id not in (1, 2)
        ben.library.remove(2, delete_annotations=True)  # its copies go with it
    finally:
        ben.close()
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT member, path, document_id FROM member_copies"))
        assert [tuple(r) for r in rows] == [("Ben", str(bens), 1)]

    downgrade(engine, "0013")
    assert current_revision(engine) == "0013"
    with engine.connect() as connection:
        assert not inspect(connection).has_table("member_copies")
        paths = [r[0] for r in connection.execute(text("SELECT path FROM documents"))]
    assert "/lib/hebei.txt" in paths
    migrate(engine, "0015")
    assert current_revision(engine) == "0015"
    engine.dispose()
