"""Bring a database to the newest schema by running the packaged Alembic migrations.

Looking whether there is anything to do costs neither a lock nor importing Alembic
(a third of a second for a command that only reads): the revision in the database is
read with one query, and the known revisions from the migration files themselves.
Only a library that needs migrating is locked (``BEGIN IMMEDIATE``), so read-only and
busy libraries can still be opened. A revision this version does not know (a newer
reader wrote it) is refused by :mod:`reader.store.opening` before anything is written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from reader import __version__
from reader.store.engine import make_engine

if TYPE_CHECKING:
    from alembic.config import Config

WRITTEN_BY = "schema_written_by"

_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision(?:: str \| None)? = (?:"([^"]+)"|None)', re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config  # noqa: PLC0415  (only when migrating)

    config = Config()
    config.set_main_option("script_location", "reader.store:migrations")
    return config


@lru_cache(maxsize=1)
def _revisions() -> dict[str, str | None]:
    """Each migration file's revision and the revision it follows."""
    found: dict[str, str | None] = {}
    folder = resources.files("reader.store.migrations") / "versions"
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        down = _DOWN.search(source)
        found[revision.group(1)] = down.group(1) if down is not None else None
    return found


def head_revision() -> str | None:
    """The newest revision: the one no other migration file names as its parent."""
    revisions = _revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    return set(_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def written_by(connection: Connection) -> str | None:
    """The version of reader that last migrated the library, if it says."""
    if not inspect(connection).has_table("library_info"):
        return None
    value = connection.execute(
        text("SELECT value FROM library_info WHERE key = :key"), {"key": WRITTEN_BY}
    ).scalar()
    return str(value) if value is not None else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; a fresh database is built this way, never by create_all.

    A database already at the wanted schema is left alone, without a lock, so a program
    starting while another one writes is not held up. Otherwise the upgrade runs in one
    BEGIN IMMEDIATE transaction, so two processes starting at once take turns and the
    second finds nothing left to do. Records which reader wrote the schema (when the
    library has the table for it).
    """
    wanted = head_revision() if revision == "head" else revision
    if wanted is not None and current_revision(engine) == wanted:
        return
    from alembic import command  # noqa: PLC0415  (only when migrating)
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    config = _config()
    writer = make_engine(engine.url, writer=True)
    try:
        with writer.connect() as connection:
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
    finally:
        writer.dispose()
