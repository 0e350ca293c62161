"""Migration 0012 (the entity Index) on a library with documents, annotations and
cached recognition: nothing is lost, the Index fills from the cache, and back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from reader.core.entities import EntityLabel
from reader.nlp.fingerprint import current_key
from reader.nlp.pipelines import pipeline_id
from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import current_revision, migrate
from tests.store.test_library_migration import DOC_TEXT, downgrade, fill_at_0003, snapshot

pytestmark = pytest.mark.sqlite_only(
    "an SQLite library of an older revision (team libraries start at 0013, on the newest schema)"
)

INDEX_TABLES = {
    "entity_names",
    "entity_mentions",
    "entity_counts",
    "entity_index_state",
    "entity_choices",
}


def cache_recognition(engine: Engine) -> None:
    """What this reader kept at 0008 of document 1's recognition (before any Index); document 2
    has other text, not recognised."""
    hebei = DOC_TEXT.index("Hebei")
    spans = [[hebei, hebei + 5, "PLACE", "model"], [33, 40, "ORG", "model"]]
    with engine.begin() as connection:
        connection.execute(text("UPDATE documents SET content_hash = 'other' WHERE id = 2"))
        connection.execute(
            text(
                "INSERT INTO entity_results (content_hash, pipeline, rules_version, spans,"
                " created) VALUES ('h', :pipeline, :rules, :spans, '2026-01-01')"
            ),
            {"pipeline": pipeline_id("fr"), "rules": current_key(), "spans": json.dumps(spans)},
        )


def test_the_index_comes_from_the_cache_and_nothing_is_lost(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0008")
    cache_recognition(engine)
    before = snapshot(engine)
    migrate(engine, "0012")
    assert current_revision(engine) == "0012"
    assert set(inspect(engine).get_table_names()) >= INDEX_TABLES
    assert snapshot(engine) == before

    services = Services.open(str(db_path))
    try:
        assert services.index.entries() == []
        assert services.index.refresh() == 1  # document 1 had a cached recognition
        found = {(e.name, e.label, e.mentions) for e in services.index.entries()}
        # the user's 0003 correction (33-46 is an ORG) applies: "Alibaba Cloud", not "Alibaba"
        assert found == {("Hebei", EntityLabel.PLACE, 1), ("Alibaba Cloud", EntityLabel.ORG, 1)}
        hebei = services.index.find("hebei")
        services.index_choices.rename(hebei.id, "Hebei (province)")
    finally:
        services.close()

    downgrade(engine, "0008")
    assert not INDEX_TABLES & set(inspect(engine).get_table_names())
    assert snapshot(engine) == before
    migrate(engine, "0012")
    assert snapshot(engine) == before
    engine.dispose()
