"""Migration 0006 (documents.text_version) on a library made before it, and back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from reader.formats.version import TEXT_VERSION
from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import _config, current_revision, migrate
from reader.store.unit_of_work import UnitOfWork
from tests.conftest import NewEngine
from tests.store.test_library_migration import fill_at_0003, snapshot

pytestmark = pytest.mark.sqlite_only(
    "an SQLite library of an older revision (team libraries start at 0013, on the newest schema)"
)

BOOK = (
    "It was the best of times, it was the worst of times, it was the age of\n"
    "wisdom, it was the age of foolishness, it was the epoch of belief, it\n"
    "was the epoch of incredulity, it was the season of Light, it was the\n"
    "season of Darkness.\n\n"
) * 4


def columns(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(text("SELECT id, text_version FROM documents ORDER BY id"))
        ]


def test_documents_made_before_0006_are_version_1_and_nothing_is_lost(
    db_path: Path, new_engine: NewEngine
) -> None:
    engine = new_engine(f"sqlite:///{db_path}")
    migrate(engine, "0003")
    fill_at_0003(engine)
    migrate(engine, "0005")
    before = snapshot(engine)
    migrate(engine, "0006")
    assert current_revision(engine) == "0006"
    assert snapshot(engine) == before
    assert columns(engine) == [(1, 1), (2, 1)]

    config = _config()
    with new_engine(engine.url, writer=True).connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        connection.commit()
    assert snapshot(engine) == before
    migrate(engine)
    assert snapshot(engine) == before


def test_a_document_read_again_after_the_upgrade_takes_this_version(
    db_path: Path, tmp_path: Path, new_engine: NewEngine
) -> None:
    engine = new_engine(f"sqlite:///{db_path}")
    migrate(engine, "0005")
    book = tmp_path / "book.txt"
    book.write_text(BOOK, "utf-8")
    with engine.begin() as connection:  # what reader 0005 recorded: the text line for line
        connection.execute(
            text(
                "INSERT INTO documents (id, path, title, format, content_hash, text, word_count,"
                " created, updated, opened) VALUES (7, :path, 'book', 'text', 'old', :text, 60,"
                " '2026-01-01', '2026-01-01', '2026-01-01')"
            ),
            {"path": str(book.resolve()), "text": BOOK},
        )
        start = BOOK.index("age of\nwisdom")
        connection.execute(
            text(
                'INSERT INTO annotations (id, document_id, start, "end", exact, prefix, suffix,'
                " colour, note, content_hash, orphan, created, updated) VALUES ('a', 7, :s, :e,"
                " 'age of\nwisdom', '', '', 'yellow', 'n', 'old', 0, '2026-01-01', '2026-01-01')"
            ),
            {"s": start, "e": start + len("age of\nwisdom")},
        )
    migrate(engine)
    assert columns(engine) == [(7, 1)]
    engine.dispose()  # before the services write the library
    services = Services(UnitOfWork(make_engine(f"sqlite:///{db_path}")))
    try:
        opened = services.documents.open(book).value
        [note] = services.annotations.for_document(opened.id)
        assert opened.document.text[note.start : note.end] == "age of wisdom"
        assert not note.orphan
    finally:
        services.close()
    assert columns(new_engine(f"sqlite:///{db_path}")) == [(7, TEXT_VERSION)]
