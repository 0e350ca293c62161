"""Migration 0017 (annotations' word statistics) with data, on both engines: nothing
changes in the library; on PostgreSQL every existing annotation gets its words per
part and its length, a note changed by another program afterwards is queued and
still found, and downgrading drops the tables and triggers."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import text

from reader.services.app import Services
from reader.services.library import SearchKind
from reader.store.engine import make_engine
from reader.store.schema import current_revision, head_revision, migrate
from tests.store.test_library_migration import downgrade, fill_at_0003, snapshot
from tests.store.test_team_migration import empty_library  # noqa: F401  (a fixture)

_TABLES = text(
    "SELECT count(*) FROM pg_tables WHERE tablename IN"
    " ('search_annotation_terms', 'search_annotation_sizes', 'search_annotation_stale')"
)
_TRIGGERS = text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'search_annotation%'")
_SIZES = text("SELECT annotation_id, tokens FROM search_annotation_sizes ORDER BY annotation_id")
_TERMS = text(
    "SELECT lexeme, part, positions FROM search_annotation_terms"
    " WHERE annotation_id = :id ORDER BY part, lexeme"
)
_STALE = text("SELECT annotation_id FROM search_annotation_stale")


def test_0017_writes_the_words_of_existing_annotations(empty_library: str) -> None:  # noqa: F811
    engine = make_engine(empty_library)
    postgres = engine.dialect.name == "postgresql"
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0016")
    before = snapshot(engine)
    migrate(engine, "0017")
    assert current_revision(engine) == "0017"
    assert snapshot(engine) == before
    if postgres:
        with engine.connect() as connection:
            assert connection.execute(_TABLES).scalar_one() == 3
            # note "Note sur l'électricité", quote "données", tags "chine, Énergie"
            assert [tuple(r) for r in connection.execute(_SIZES)] == [("a1", 7), ("a2", 3)]
            assert [tuple(r) for r in connection.execute(_TERMS, {"id": "a1"})] == [
                ("electricite", 0, [3]),
                ("l", 0, [2]),
                ("note", 0, [0]),
                ("sur", 0, [1]),
                ("donnees", 1, [0]),
                ("chine", 2, [0]),
                ("energie", 2, [1]),
            ]
            assert connection.execute(_STALE).all() == []
        with engine.begin() as connection:  # another program
            connection.execute(text("UPDATE annotations SET note = 'Orage' WHERE id = 'a2'"))
        with engine.connect() as connection:
            assert [tuple(r) for r in connection.execute(_STALE)] == [("a2",)]
            assert connection.execute(_TERMS, {"id": "a2"}).all() == []
    engine.dispose()

    with closing(Services.open(empty_library, user="Ana")) as services:
        [energy] = services.library.search("energie")
        assert (energy.kind, energy.annotation_id) == (SearchKind.TAG, "a1")
        [note] = services.library.search("electricite")
        assert (note.kind, note.annotation_id) == (SearchKind.NOTE, "a1")
        tags = [hit for hit in services.library.search("chine") if hit.kind is SearchKind.TAG]
        assert [hit.annotation_id for hit in tags] == ["a2", "a1"]  # bm25: a2 is shorter
        if postgres:
            [stormy] = services.library.search("orage")
            assert (stormy.kind, stormy.annotation_id) == (SearchKind.NOTE, "a2")
            services.annotations.edit("a2", note="Orage et nuit")
            with engine.connect() as connection:
                assert connection.execute(_STALE).all() == []
                assert ("nuit", 0, [2]) in connection.execute(_TERMS, {"id": "a2"}).all()

    downgrade(engine, "0016")
    assert current_revision(engine) == "0016"
    if postgres:
        with engine.connect() as connection:
            assert connection.execute(_TABLES).scalar_one() == 0
            assert connection.execute(_TRIGGERS).scalar_one() == 0
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
