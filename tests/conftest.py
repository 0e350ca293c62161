"""Shared fixtures. GUI tests run offscreen; every test gets its own SQLite file."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import migrate
from tests.postgres_server import (
    TEMPLATE,
    PostgresServer,
    find_binaries,
    remove_server,
    start_server,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("READER_DB", None)

SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "resources"
    / "samples"
    / "Alibaba ouvre ses centres de données du Hebei.txt"
)


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """The real services over a fresh SQLite file in the test's temp dir."""
    services = Services.open(str(db_path))
    yield services
    services.close()


NewEngine = Callable[..., Engine]


@pytest.fixture
def new_engine() -> Iterator[NewEngine]:
    """:func:`~reader.store.engine.make_engine` for one test: every engine it made is
    disposed at the end (its pooled connections closed, even when the test failed)."""
    made: list[Engine] = []

    def new(*args: Any, **options: Any) -> Engine:
        engine = make_engine(*args, **options)
        made.append(engine)
        return engine

    yield new
    for engine in made:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the session (see :mod:`tests.postgres_server`),
    with the template library migrated once. Skipped, saying why, where the
    binaries are missing, except in CI (``CI`` set), where that is a failure."""
    binaries = find_binaries()
    if binaries is None:
        reason = "PostgreSQL binaries (initdb, pg_ctl, postgres) not found: install postgresql"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = start_server(binaries)
    try:
        server.new_database(template=None, name=TEMPLATE)
        engine = make_engine(server.url(TEMPLATE))
        migrate(engine)
        engine.dispose()
        yield server
    finally:
        remove_server(server)


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The name of a fresh, migrated database of the test's own on the session's server,
    dropped after the test: a session's hundreds of databases (8 MB each) do not pile
    up on disk until the server is removed."""
    name = postgres_server.new_database()
    yield name
    postgres_server.drop_database(name)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, postgres_database: str) -> str:
    """A fresh, migrated team library of its own on the session's server."""
    return postgres_server.url(postgres_database)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def library_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """A fresh library on each engine: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_library_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where a library can be built from nothing: an SQLite file that does not exist
    yet, then an empty PostgreSQL database (no migration run)."""
    if request.param == "sqlite":
        return str(db_path)
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.new_database(template=None)
    request.addfinalizer(lambda: server.drop_database(name))
    return server.url(name)


@pytest.fixture
def any_services(library_url: str) -> Iterator[Services]:
    """The real services over a fresh library, on each engine in turn."""
    services = Services.open(library_url)
    yield services
    services.close()


@pytest.fixture
def services_on_both_engines(any_services: Services) -> Services:
    """``any_services`` for a folder's or module's ``services``: SQLite, then the
    PostgreSQL test server (a test marked ``sqlite_only`` runs on SQLite alone)."""
    return any_services


# Where every test that touches the library runs on both engines, unless it is about the
# SQLite file itself and says so with ``@pytest.mark.sqlite_only("why")``.
BOTH_ENGINES = ("store", "services", "cli", "faults")
SQLITE_FIXTURES = {"db_path", "services"}


def _sqlite_alone(item: pytest.Item) -> bool:
    """Whether ``item`` asks for the SQLite file (``db_path``) or has SQLite services only."""
    function = getattr(item, "function", None)
    asked = inspect.signature(function).parameters if function is not None else {}
    fixtures = set(getattr(item, "fixturenames", ()))
    both = {"library_url", "empty_library_url"} & fixtures
    return "db_path" in asked or ("services" in fixtures and not both)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the PostgreSQL run of the tests marked ``sqlite_only``, and refuse a test
    of :data:`BOTH_ENGINES` that touches an SQLite library only without saying why."""
    here = Path(__file__).parent
    kept, dropped, unmarked = [], [], []
    for item in items:
        marked = item.get_closest_marker("sqlite_only") is not None
        params = getattr(getattr(item, "callspec", None), "params", {})
        engine = params.get("library_url", params.get("empty_library_url"))
        if marked and engine == "postgresql":
            dropped.append(item)
            continue
        kept.append(item)
        folder = item.path.relative_to(here).parts[0] if item.path.is_relative_to(here) else ""
        if folder in BOTH_ENGINES and not marked and _sqlite_alone(item):
            unmarked.append(item.nodeid)
    if unmarked:
        raise pytest.UsageError(
            "these tests touch an SQLite library only: run them on both engines"
            " (library_url, any_services) or mark them sqlite_only with the reason:\n  "
            + "\n  ".join(unmarked)
        )
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the platform data/config folders into the temp dir (no real user files)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    yield home
