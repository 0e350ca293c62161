"""Bring a database to the newest schema by running the packaged Alembic migrations.

Looking whether there is anything to do costs neither a lock nor importing Alembic
(a third of a second for a command that only reads): the revision in the database is
read with one query, and the newest one from the migration files themselves.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from reader.store.engine import make_engine

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision(?:: str \| None)? = (?:"([^"]+)"|None)', re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config  # noqa: PLC0415  (only when migrating)

    config = Config()
    config.set_main_option("script_location", "reader.store:migrations")
    return config


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest revision: the one no other migration file names as its parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    folder = resources.files("reader.store.migrations") / "versions"
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down is not None and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; a fresh database is built this way, never by create_all.

    A database already at the newest schema is left alone, without a lock, so a program
    starting while another one writes is not held up. Otherwise the upgrade runs in one
    BEGIN IMMEDIATE transaction, so two processes starting at once take turns and the
    second finds nothing left to do.
    """
    wanted = head_revision() if revision == "head" else revision
    if wanted is not None and current_revision(engine) == wanted:
        return
    from alembic import command  # noqa: PLC0415  (only when migrating)

    config = _config()
    writer = make_engine(engine.url, writer=True)
    try:
        with writer.connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
    finally:
        writer.dispose()
