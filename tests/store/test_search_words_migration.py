"""Migration 0014 (a team library's words cut as FTS5 cuts them) with data, on both
engines: nothing changes on SQLite; on PostgreSQL every document's words and sizes
are written, search finds what it found and what PostgreSQL's parser missed, and
downgrading gives the pieces back their computed words."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import inspect, text

from reader.services.app import Services
from reader.services.library import SearchKind
from reader.store.engine import make_engine
from reader.store.schema import current_revision, head_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot
from tests.store.test_team_migration import empty_library  # noqa: F401  (a fixture)

HYPHENED = "Il viendra avant peut-être, ou après.\n"


def test_0014_writes_every_document_s_words(empty_library: str) -> None:  # noqa: F811
    engine = make_engine(empty_library)
    postgres = engine.dialect.name == "postgresql"
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0013")
    with engine.begin() as connection:
        connection.execute(text("UPDATE documents SET text = :t WHERE id = 2"), {"t": HYPHENED})
    before = snapshot(engine)
    migrate(engine, "0014")
    assert current_revision(engine) == "0014"
    assert snapshot(engine) == before
    with engine.connect() as connection:
        assert inspect(connection).has_table("search_terms") is postgres
        assert inspect(connection).has_table("search_sizes") is postgres
        if postgres:
            sizes = connection.execute(
                text("SELECT document_id, title, title_words, tokens FROM search_sizes ORDER BY 1")
            ).all()
            # "Les centres de données du Hebei. Alibaba Cloud y installera des serveurs."
            assert [tuple(row) for row in sizes] == [
                (1, "Hebei", ["hebei"], 1 + 12),
                (2, "Autre", ["autre"], 1 + 7),
            ]
            positions = connection.execute(
                text("SELECT positions FROM search_terms WHERE lexeme = 'donnees'")
            ).scalar_one()
            assert positions == [3]
    engine.dispose()

    with closing(Services.open(empty_library, user="Ana")) as services:
        [hit] = services.library.search("donnees hebei")
        assert (hit.document_id, hit.kind, hit.offset) == (1, SearchKind.TEXT, 15)
        # PostgreSQL's parser made "peut-être" one more word between "avant" and "peut"
        [phrase] = services.library.search('"avant peut"')
        assert (phrase.document_id, phrase.offset) == (2, HYPHENED.index("avant"))
        assert [h.kind for h in services.library.search("électricité")] == [SearchKind.NOTE]

    downgrade(engine, "0013")
    assert current_revision(engine) == "0013"
    with engine.connect() as connection:
        assert not inspect(connection).has_table("search_terms")
        if postgres:
            found = connection.execute(
                text(
                    "SELECT count(*) FROM search_chunks"
                    " WHERE words @@ to_tsquery('reader_simple', 'donnees')"
                )
            ).scalar_one()
            assert found == 1
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
