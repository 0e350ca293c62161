"""Migration 0004 (library and search) on a database that already holds a library."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from reader import __version__
from reader.core.document import paragraph_blocks
from reader.services.app import Services
from reader.services.library import SearchKind
from reader.store.engine import make_engine
from reader.store.schema import _config, current_revision, head_revision, migrate
from reader.store.unit_of_work import UnitOfWork

pytestmark = pytest.mark.sqlite_only(
    "an SQLite library of an older revision (team libraries start at 0013, on the newest schema)"
)

DOC_TEXT = "Les centres de données du Hebei.\nAlibaba Cloud y installera des serveurs.\n"
OTHER_TEXT = "Un texte sans rapport.\n"


def fill_at_0003(engine: Engine) -> None:
    """What version 0003 of reader wrote: documents, annotations, tags, a correction."""
    with engine.begin() as connection:
        for doc_id, path, title, body in (
            (1, "/lib/hebei.txt", "Hebei", DOC_TEXT),
            (2, "/lib/autre.txt", "Autre", OTHER_TEXT),
        ):
            connection.execute(
                text(
                    "INSERT INTO documents (id, path, title, author, format, language,"
                    " content_hash, text, word_count, created, updated, opened) VALUES"
                    " (:id, :path, :title, NULL, 'text', 'fr', 'h', :body, 6, '2026-01-01',"
                    " '2026-01-01', '2026-01-02')"
                ),
                {"id": doc_id, "path": path, "title": title, "body": body},
            )
        for ann_id, start, end, exact, note in (
            ("a1", 15, 22, "données", "Note sur l'électricité"),
            ("a2", 33, 46, "Alibaba Cloud", ""),
        ):
            connection.execute(
                text(
                    'INSERT INTO annotations (id, document_id, start, "end", exact, prefix,'
                    " suffix, colour, note, content_hash, orphan, created, updated) VALUES"
                    " (:id, 1, :start, :end, :exact, '', '', 'yellow', :note, 'h', false,"
                    " '2026-01-01', '2026-01-01')"
                ),
                {"id": ann_id, "start": start, "end": end, "exact": exact, "note": note},
            )
        connection.execute(text("INSERT INTO tags (id, name) VALUES (1, 'Énergie'), (2, 'chine')"))
        connection.execute(
            text(
                "INSERT INTO annotation_tags (annotation_id, tag_id) VALUES"
                " ('a1', 1), ('a2', 2), ('a1', 2)"
            )
        )
        connection.execute(
            text(
                'INSERT INTO entity_corrections (document_id, start, "end", label, created)'
                " VALUES (1, 33, 46, 'ORG', '2026-01-01')"
            )
        )


def downgrade(engine: Engine, revision: str) -> None:
    """Alembic's downgrade of ``engine``'s library to ``revision`` (the app never does)."""
    config = _config()
    writer = make_engine(engine.url, writer=True)
    with writer.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        connection.commit()
    writer.dispose()


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as connection:
        return {
            "documents": [
                tuple(r)
                for r in connection.execute(
                    text(
                        "SELECT id, path, title, author, format, language, content_hash, text,"
                        " word_count, created, updated, opened FROM documents ORDER BY id"
                    )
                )
            ],
            # the columns 0003 had (0013 adds author, editor and version)
            "annotations": [
                tuple(r)
                for r in connection.execute(
                    text(
                        'SELECT id, document_id, start, "end", exact, prefix, suffix, colour,'
                        " note, content_hash, orphan, created, updated FROM annotations"
                        " ORDER BY id"
                    )
                )
            ],
            **{
                table: [tuple(r) for r in connection.execute(text(f"SELECT * FROM {table}"))]
                for table in ("tags", "annotation_tags")
            },
            # the columns 0003 had (0005 adds the corrected words)
            "entity_corrections": [
                tuple(r)
                for r in connection.execute(
                    text(
                        'SELECT id, document_id, start, "end", label, created'
                        " FROM entity_corrections ORDER BY id"
                    )
                )
            ],
        }


def test_a_0003_library_upgrades_intact_and_searchable(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    before = snapshot(engine)
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert snapshot(engine) == before
    with engine.connect() as connection:
        new_columns = connection.execute(
            text("SELECT blocks, toc, metadata_json, in_library, size_bytes FROM documents")
        ).all()
    assert [tuple(r) for r in new_columns] == [("[]", "[]", "{}", 1, None)] * 2
    engine.dispose()

    services = Services(UnitOfWork.open(str(db_path)))
    try:
        hits = services.library.search("donnees")
        assert {(h.kind, h.document_id, h.offset) for h in hits} == {
            (SearchKind.TEXT, 1, DOC_TEXT.index("données")),
            (SearchKind.QUOTE, 1, 15),
        }
        [note] = services.library.search("electricite")
        assert (note.kind, note.annotation_id) == (SearchKind.NOTE, "a1")
        assert {h.annotation_id for h in services.library.search("energie")} == {"a1"}
        assert {h.annotation_id for h in services.library.search("chine")} == {"a1", "a2"}
        assert [e.title for e in services.library.documents("title")] == ["Autre", "Hebei"]
        assert services.library.documents("title")[1].annotation_count == 2
        stored = services.documents.stored(1)  # recorded before blocks were stored
        assert stored.text == DOC_TEXT
        assert stored.blocks == paragraph_blocks(DOC_TEXT)
        assert stored.toc == ()
        # The triggers work on the migrated database too.
        services.tags.rename("chine", "Asie")
        assert services.library.search("chine") == []
        assert len(services.library.search("asie")) == 2
    finally:
        services.close()


def test_downgrade_to_0003_and_back(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    before = snapshot(engine)
    migrate(engine)

    from alembic import command

    from reader.store.schema import _config

    config = _config()
    writer = make_engine(engine.url, writer=True)
    with writer.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        connection.commit()
    writer.dispose()
    assert current_revision(engine) == "0003"
    assert snapshot(engine) == before
    with engine.connect() as connection:
        names = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert not any(name.startswith("search_") for name in names)
    migrate(engine)
    assert snapshot(engine) == before


def test_0007_adds_library_info_and_keeps_the_library(db_path: Path) -> None:
    from alembic import command

    from reader.store.schema import _config

    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0005")
    before = snapshot(engine)
    migrate(engine)
    assert snapshot(engine) == before
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT key, value FROM library_info")).all()
        assert [tuple(r) for r in rows] == [("schema_written_by", __version__)]
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert snapshot(engine) == before
    engine.dispose()
