"""A team library on a real PostgreSQL server: opening, migrations, faults, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import LibraryPathError, LibraryUnreachableError
from reader.services.app import Services
from reader.store.engine import resolve_db_url
from reader.store.schema import current_revision, head_revision
from tests.postgres_server import PASSWORD, PostgresServer

pytestmark = pytest.mark.postgres


def test_postgresql_url_without_driver_means_psycopg() -> None:
    url = resolve_db_url("postgresql://ana@db.example/newsroom?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"


def test_a_new_team_library_is_built_by_the_migrations(postgres_server: PostgresServer) -> None:
    url = postgres_server.url(postgres_server.new_database(template=None))
    services = Services.open(url)
    try:
        assert current_revision(services.uow.engine) == head_revision()
        assert services.state.server is not None
        assert services.state.path is None
    finally:
        services.close()


def test_password_over_tcp_is_used_and_never_shown(postgres_server: PostgresServer) -> None:
    name = postgres_server.new_database()
    services = Services.open(postgres_server.url(name, password=PASSWORD, tcp=True))
    try:
        assert services.state.server is not None
        assert PASSWORD not in services.state.server
        assert services.library.documents() == []
    finally:
        services.close()


def test_wrong_password_is_a_clear_error(postgres_server: PostgresServer) -> None:
    name = postgres_server.new_database()
    with pytest.raises(LibraryPathError, match="refused the user name or password") as caught:
        Services.open(postgres_server.url(name, password="wrong", tcp=True))
    assert "wrong" not in str(caught.value)


def test_missing_database_is_a_clear_error(postgres_server: PostgresServer) -> None:
    with pytest.raises(LibraryPathError, match="does not exist"):
        Services.open(postgres_server.url("no_such_library"))


def test_tls_options_in_the_url_reach_the_server(postgres_server: PostgresServer) -> None:
    """The test server has no certificate: sslmode=require must fail, which shows the
    option was honoured (and not dropped)."""
    name = postgres_server.new_database()
    url = postgres_server.url(name, password=PASSWORD, tcp=True) + "?sslmode=require"
    with pytest.raises(LibraryUnreachableError):
        Services.open(url)


def test_stopped_server_is_a_clear_error(postgres_server: PostgresServer, tmp_path: Path) -> None:
    del tmp_path
    with pytest.raises(LibraryUnreachableError, match="cannot be reached"):
        Services.open(postgres_server.url("postgres").replace(str(postgres_server.port), "1"))
