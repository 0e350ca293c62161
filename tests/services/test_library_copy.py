"""``copy_library``: a local library into a team library on PostgreSQL and back, keeping
ids, authors, timestamps, tags and corrections; twice adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.entities import EntityLabel
from reader.core.errors import InputError
from reader.services.app import Services
from reader.services.library_transfer import copy_library
from tests.cli.runner import reader
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres

TEXT = (
    "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n\n"
    "Jeff Zhang présente la stratégie du groupe à Pékin.\n"
)


def _fill(db: str, tmp_path: Path) -> None:
    services = Services.open(db, user="Ana")
    try:
        for n in range(2):
            book = tmp_path / f"livre-{n}.txt"
            book.write_text(TEXT + f"Chapitre {n}.\n", "utf-8")
            doc_id = services.library.add(book).value.entry.id
            services.annotations.create(doc_id, 4, 11, note=f"note {n}", tags=["Chine", "Énergie"])
            services.annotations.create(doc_id, 31, 44, colour="green")
            services.entities.correct(doc_id, 31, 44, EntityLabel.ORG)
    finally:
        services.close()


def _contents(db: str) -> list[object]:
    services = Services.open(db)
    try:
        out: list[object] = []
        for entry in sorted(services.library.documents(), key=lambda e: e.id):
            out.append((entry.id, entry.title, entry.annotation_count))
            out.extend(services.annotations.for_document(entry.id))
        out.append(sorted((t.name, t.count) for t in services.tags.counts()))
        return out
    finally:
        services.close()


def test_copy_to_postgresql_and_back(postgres_url: str, tmp_path: Path) -> None:
    local = str(tmp_path / "local.sqlite3")
    _fill(local, tmp_path)
    before = _contents(local)

    counts = copy_library(local, postgres_url)
    assert (counts.copied["documents"], counts.copied["annotations"]) == (2, 4)
    assert counts.copied["entity_corrections"] == 2
    assert _contents(postgres_url) == before  # ids, authors, timestamps, tags

    again = copy_library(local, postgres_url)
    assert sum(again.copied.values()) == 0
    assert again.present["annotations"] == 4
    assert _contents(postgres_url) == before

    team = Services.open(postgres_url, user="Ben")
    try:
        assert {h.document_id for h in team.library.search("zhangbei")} == {1, 2}
        book = tmp_path / "nouveau.txt"
        book.write_text("Un troisième livre.\n", "utf-8")
        assert team.library.add(book).value.entry.id == 3  # ids go on after the copied ones
    finally:
        team.close()

    back = str(tmp_path / "back.sqlite3")
    copy_library(postgres_url, back)
    after = _contents(back)
    assert after[: len(before) - 1] == before[:-1]  # then the third book, its tags
    assert after[-1] == before[-1]


def test_cli_copy_reports_counts_and_hides_the_password(postgres_url: str, tmp_path: Path) -> None:
    local = tmp_path / "local.sqlite3"
    _fill(str(local), tmp_path)
    url = postgres_url.replace("reader@", "reader:hush@")  # the socket is trusted
    result = reader("library", "copy", "--to", url, db=local)
    assert result.returncode == 0, result.stderr
    assert "2 documents, 4 annotations, 2 tags, 2 corrections" in result.stdout
    assert "hush" not in result.stdout + result.stderr


def test_a_library_is_not_copied_into_itself(tmp_path: Path) -> None:
    local = str(tmp_path / "local.sqlite3")
    with pytest.raises(InputError, match="into itself"):
        copy_library(local, local)


def test_copying_again_adds_only_what_is_new(postgres_url: str, tmp_path: Path) -> None:
    local = str(tmp_path / "local.sqlite3")
    _fill(local, tmp_path)
    copy_library(local, postgres_url)
    services = Services.open(local, user="Ana")
    try:
        book = tmp_path / "nouveau.txt"
        book.write_text("Un troisième livre sur Ulaanbaatar.\n", "utf-8")
        doc_id = services.library.add(book).value.entry.id
        services.annotations.create(doc_id, 3, 12, note="neuf", tags=["Chine", "Mongolie"])
        services.annotations.create(1, 31, 44, note="encore", tags=["Énergie"])
    finally:
        services.close()

    again = copy_library(local, postgres_url)
    assert again.copied["documents"] == 1 and again.present["documents"] == 2
    assert again.copied["annotations"] == 2 and again.present["annotations"] == 4
    assert again.copied["tags"] == 1 and again.copied["annotation_tags"] == 3
    assert _contents(postgres_url) == _contents(local)
    team = Services.open(postgres_url, user="Ben")
    try:
        assert {h.document_id for h in team.library.search("ulaanbaatar")} == {3}
        assert {h.document_id for h in team.library.search("zhangbei")} == {1, 2}
    finally:
        team.close()


def test_a_copy_into_an_empty_team_library_builds_its_search_indexes(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    local = str(tmp_path / "local.sqlite3")
    _fill(local, tmp_path)
    name = postgres_server.new_database()
    copy_library(local, postgres_server.url(name))
    with postgres_server.admin(name) as connection:
        indexes = {
            row[0]
            for row in connection.execute(
                "SELECT indexname FROM pg_indexes"
                " WHERE tablename IN ('search_chunks', 'search_terms')"
            )
        }
        row = connection.execute("SELECT count(*) FROM search_terms").fetchone()
    assert {
        "ix_search_chunks_words",
        "search_terms_pkey",
        "ix_search_terms_document_id",
    } <= indexes
    assert row is not None and isinstance(row[0], int) and row[0] > 0
