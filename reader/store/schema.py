"""Bring a database to the newest schema by running the packaged Alembic migrations.

Checking costs no write lock: the revision is read first, and only a library that
needs migrating is locked (``BEGIN IMMEDIATE``), so read-only and busy libraries can
still be opened. A revision this version does not know (a newer reader wrote it) is
refused before anything is written.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

from reader import __version__
from reader.store.engine import writer

WRITTEN_BY = "schema_written_by"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "reader.store:migrations")
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def written_by(connection: Connection) -> str | None:
    """The version of reader that last migrated the library, if it says."""
    if not inspect(connection).has_table("library_info"):
        return None
    value = connection.execute(
        text("SELECT value FROM library_info WHERE key = :key"), {"key": WRITTEN_BY}
    ).scalar()
    return str(value) if value is not None else None


def needs_migration(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; a fresh database is built this way, never by create_all.

    Runs in one BEGIN IMMEDIATE transaction, so two processes starting at once
    take turns and the second finds nothing left to do. Records which reader wrote
    the schema (when the library has the table for it).
    """
    config = _config()
    with writer(engine).connect() as connection:
        before = MigrationContext.configure(connection).get_current_revision()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        after = MigrationContext.configure(connection).get_current_revision()
        if after != before and inspect(connection).has_table("library_info"):
            connection.execute(
                text(
                    "INSERT INTO library_info (key, value) VALUES (:key, :value)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"key": WRITTEN_BY, "value": __version__},
            )
        connection.commit()
