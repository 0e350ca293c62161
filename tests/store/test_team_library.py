"""A team library on a real PostgreSQL server: opening, migrations, faults, search."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from reader.core.errors import (
    LibraryPathError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    LibraryUnreachableError,
)
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


def _wait_for_change(services: Services, seconds: float = 2.0) -> float | None:
    """How long until ``changed_elsewhere`` says True (None if not within ``seconds``)."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if services.library.changed_elsewhere():
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def test_a_change_by_another_member_is_heard_within_two_seconds(
    postgres_url: str, tmp_path: Path
) -> None:
    book = tmp_path / "hebei.txt"
    book.write_text("Les données du Hebei arrivent à Zhangbei.\n", "utf-8")
    ana = Services.open(postgres_url, user="Ana")
    ben = Services.open(postgres_url, user="Ben")
    try:
        assert ana.library.changed_elsewhere() is False  # the first call only listens
        doc_id = ana.library.add(book).value.entry.id
        ana.annotations.create(doc_id, 4, 11)
        assert _wait_for_change(ana, 0.5) is None  # her own changes are not news
        ben.annotations.create(doc_id, 15, 20, note="de Ben")
        assert _wait_for_change(ana) is not None
        assert ana.library.changed_elsewhere() is False  # heard once
    finally:
        ana.close()
        ben.close()


def test_a_poll_after_closing_opens_no_connection(postgres_server: PostgresServer) -> None:
    """A change poll still on its way when the window closes the library must not
    listen again: that would leave a connection to the server nobody closes."""
    name = postgres_server.new_database()
    services = Services.open(postgres_server.url(name), user="Ana")
    services.library.changed_elsewhere()  # listening
    services.close()
    assert services.library.changed_elsewhere() is False
    watcher = create_engine(postgres_server.url("postgres"), poolclass=NullPool)
    try:
        with watcher.connect() as connection:
            left = connection.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                {"name": name},
            ).scalar_one()
    finally:
        watcher.dispose()
    assert left == 0


def test_server_stopped_then_back(postgres_server: PostgresServer, tmp_path: Path) -> None:
    """A clear error while the server is down; everything works again once it is back."""
    url = postgres_server.url(postgres_server.new_database())
    book = tmp_path / "hebei.txt"
    book.write_text("Les données du Hebei arrivent à Zhangbei.\n", "utf-8")
    ana = Services.open(url, user="Ana")
    try:
        doc_id = ana.library.add(book).value.entry.id
        ana.library.changed_elsewhere()
        postgres_server.stop()
        try:
            with pytest.raises(LibraryUnreachableError, match="cannot be reached"):
                ana.annotations.create(doc_id, 4, 11, note="pendant la panne")
            with pytest.raises(LibraryUnreachableError):  # at the latest on the next look
                for _ in range(3):
                    ana.library.changed_elsewhere()
        finally:
            postgres_server.restart()
        made = ana.annotations.create(doc_id, 4, 11, note="après la panne").value
        assert [a.note for a in ana.annotations.for_document(doc_id)] == [made.note]
        assert ana.library.changed_elsewhere() is True  # listening again: maybe missed some
    finally:
        ana.close()


def test_a_read_only_role_reads_and_is_told_why_it_cannot_write(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    name = postgres_server.new_database()
    url = postgres_server.url(name)
    book = tmp_path / "hebei.txt"
    book.write_text("Les données du Hebei arrivent à Zhangbei.\n", "utf-8")
    owner = Services.open(url, user="Ana")
    try:
        doc_id = owner.library.add(book).value.entry.id
        owner.annotations.create(doc_id, 4, 11, note="lue par tous")
    finally:
        owner.close()
    with postgres_server.read_only_role(name) as reader_url:
        services = Services.open(reader_url, user="Léa")
        try:
            assert services.state.read_only  # known at opening: reading writes nothing
            assert services.documents.open(book).value.id == doc_id
            notes = [a.note for a in services.annotations.for_document(doc_id)]
            assert notes == ["lue par tous"]
            assert [h.document_id for h in services.library.search("zhangbei")] == [doc_id]
            with pytest.raises(LibraryReadOnlyError, match="may only read it"):
                services.annotations.create(doc_id, 15, 20, note="refusée")
        finally:
            services.close()


def test_a_library_of_a_newer_schema_is_refused_untouched(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.new_database()
    postgres_server.pretend_newer(name)
    with pytest.raises(LibraryTooNewError, match=r"needs reader 9\.0\.0 or newer"):
        Services.open(postgres_server.url(name))
    with postgres_server.admin() as connection:  # the refusal left no connection open
        left = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)
        ).fetchone()
    assert left == (0,)
    with postgres_server.admin(name) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row == ("9999",)
