"""Faults of a team library on the real PostgreSQL server, through the CLI as a user runs
it: the server not running, a wrong password, a library of a newer schema, a role that may
only read. Each is one line and exit status 2, with no traceback, no password shown, and
the library left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader
from tests.faults.faulty import write_document
from tests.faults.test_library_faults import one_error
from tests.postgres_server import PASSWORD, PostgresServer, free_port

pytestmark = pytest.mark.postgres


@pytest.fixture
def document(tmp_path: Path) -> Path:
    return write_document(tmp_path)


def test_a_server_that_is_not_running(postgres_server: PostgresServer, document: Path) -> None:
    url = f"postgresql+psycopg://reader:{PASSWORD}@127.0.0.1:{free_port()}/library"
    message = one_error(reader("annotate", str(document), "--start", "0", "--end", "5", db=url))
    assert "cannot be reached" in message
    assert PASSWORD not in message


def test_a_wrong_password(postgres_server: PostgresServer, document: Path) -> None:
    url = postgres_server.url(postgres_server.new_database(), password="faux-secret", tcp=True)
    message = one_error(reader("search", "hebei", db=url))
    assert "refused the user name or password" in message
    assert "faux-secret" not in message


def test_a_library_of_a_newer_schema_is_left_untouched(
    postgres_server: PostgresServer, document: Path
) -> None:
    name = postgres_server.new_database()
    postgres_server.pretend_newer(name)
    message = one_error(reader("add", str(document), db=postgres_server.url(name)))
    assert "needs reader 9.0.0 or newer" in message
    with postgres_server.admin(name) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999",)
        ]
        assert connection.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]


def test_a_read_only_role_reads_and_is_told_why_it_cannot_write(
    postgres_server: PostgresServer, document: Path
) -> None:
    name = postgres_server.new_database()
    url = postgres_server.url(name)
    made = reader("annotate", str(document), "--start", "0", "--end", "5", "--note", "lue", db=url)
    assert made.returncode == 0, made.stderr
    with postgres_server.read_only_role(name) as as_reader:
        listed = reader("annotations", str(document), "--json", db=as_reader)
        assert listed.returncode == 0, listed.stderr
        assert [a["note"] for a in json.loads(listed.stdout)] == ["lue"]
        found = reader("search", "zhangbei", "--json", db=as_reader)
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)
        refused = reader("annotate", str(document), "--start", "0", "--end", "5", db=as_reader)
        assert "may only read it" in one_error(refused)
    with postgres_server.admin(name) as connection:
        assert connection.execute("SELECT count(*) FROM annotations").fetchall() == [(1,)]
