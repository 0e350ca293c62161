"""Migration 0016 (a title changed by another program is searched) with data, on both
engines: nothing changes in the library; on PostgreSQL a document whose title was
changed behind reader's back before the upgrade, and one changed after it, are found
by their new titles, and downgrading drops the trigger."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import text

from reader.services.app import Services
from reader.services.library import SearchKind
from reader.store.engine import make_engine
from reader.store.schema import current_revision, head_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot
from tests.store.test_team_migration import empty_library  # noqa: F401  (a fixture)

_TRIGGER = text("SELECT count(*) FROM pg_trigger WHERE tgname = 'search_sizes_stale'")
_RETITLE = text("UPDATE documents SET title = :title WHERE id = :id")


def test_0016_finds_titles_changed_by_another_program(empty_library: str) -> None:  # noqa: F811
    engine = make_engine(empty_library)
    postgres = engine.dialect.name == "postgresql"
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0015")
    with engine.begin() as connection:
        connection.execute(_RETITLE, {"title": "Titre changé", "id": 2})
    before = snapshot(engine)
    migrate(engine, "0016")
    assert current_revision(engine) == "0016"
    assert snapshot(engine) == before
    if postgres:
        with engine.connect() as connection:
            assert connection.execute(_TRIGGER).scalar_one() == 1
            sizes = connection.execute(text("SELECT document_id, title FROM search_sizes"))
            assert [tuple(row) for row in sizes] == [(1, "Hebei")]
    with engine.begin() as connection:
        connection.execute(_RETITLE, {"title": "Nouveau nom", "id": 1})
    engine.dispose()

    with closing(Services.open(empty_library, user="Ana")) as services:
        [changed] = services.library.search("titre change")
        assert (changed.document_id, changed.kind) == (2, SearchKind.TEXT)
        [renamed] = services.library.search("nouveau nom")
        assert (renamed.document_id, renamed.kind) == (1, SearchKind.TEXT)
        assert services.library.search("autre") == []  # doc 2's old title, not in a text
        texts = [h for h in services.library.search("donnees") if h.kind is SearchKind.TEXT]
        assert [h.document_id for h in texts] == [1]

    downgrade(engine, "0015")
    assert current_revision(engine) == "0015"
    if postgres:
        with engine.connect() as connection:
            assert connection.execute(_TRIGGER).scalar_one() == 0
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
