"""The store on both engines: migrations, and the database location; SQLite's pragmas."""

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from reader.store.engine import resolve_db_url
from reader.store.models import Base
from reader.store.schema import current_revision, head_revision, migrate
from reader.store.sqlite_search import include_object
from tests.conftest import NewEngine


def test_fresh_database_is_built_by_migrations(
    empty_library_url: str, new_engine: NewEngine
) -> None:
    engine = new_engine(resolve_db_url(empty_library_url))
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_match_the_models(empty_library_url: str, new_engine: NewEngine) -> None:
    """Alembic's autogenerate finds nothing to do: migrations and ORM agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = new_engine(resolve_db_url(empty_library_url))
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_pragmas(db_path: Path, new_engine: NewEngine) -> None:
    engine = new_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 15_000
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.mark.sqlite_only("an SQLite library of revision 0001: team libraries start at 0013")
def test_upgrade_keeps_rows_from_the_first_revision(db_path: Path, new_engine: NewEngine) -> None:
    engine = new_engine(f"sqlite:///{db_path}")
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO documents (path, title, format, content_hash, text, word_count,"
                " created, updated, opened) VALUES ('/a.txt', 'A', 'text', 'h', 'body', 1,"
                " '2026-01-01', '2026-01-01', '2026-01-01')"
            )
        )
    migrate(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT path, title, text FROM documents")).all()
    assert [tuple(r) for r in rows] == [("/a.txt", "A", "body")]


def test_migrating_twice_is_harmless(empty_library_url: str, new_engine: NewEngine) -> None:
    engine = new_engine(resolve_db_url(empty_library_url))
    migrate(engine)
    migrate(engine)
    assert current_revision(engine) == head_revision()


def test_db_location_precedence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    default = resolve_db_url(None)
    assert default.database is not None
    assert default.database.startswith(str(isolated_home))
    monkeypatch.setenv("READER_DB", str(tmp_path / "env.db"))
    assert resolve_db_url(None).database == str(tmp_path / "env.db")
    assert resolve_db_url(str(tmp_path / "flag.db")).database == str(tmp_path / "flag.db")
    monkeypatch.setenv("READER_DB", "sqlite:///" + str(tmp_path / "url.db"))
    assert resolve_db_url(None).database == str(tmp_path / "url.db")


def test_the_newest_revision_is_found_without_alembic() -> None:
    """migrate() compares against head_revision() before importing Alembic: both agree."""
    from alembic.script import ScriptDirectory

    from reader.store.schema import _config

    assert head_revision() == ScriptDirectory.from_config(_config()).get_current_head()
