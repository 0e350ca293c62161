"""Bring a database to the newest schema by running the packaged Alembic migrations."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from reader.store.engine import make_engine


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "reader.store:migrations")
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; a fresh database is built this way, never by create_all.

    Looking costs no lock: a database already at the newest schema is left alone, so a
    program starting while another one writes is not held up. Otherwise the upgrade
    runs in one BEGIN IMMEDIATE transaction, so two processes starting at once take
    turns and the second finds nothing left to do.
    """
    config = _config()
    wanted = head_revision() if revision == "head" else revision
    if current_revision(engine) == wanted:
        return
    writer = make_engine(engine.url, writer=True)
    try:
        with writer.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
    finally:
        writer.dispose()
