"""Commands that only read leave the library as it was; annotate snaps like the window."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import reader

pytestmark = pytest.mark.slow

TEXT = (
    "Jeff Zhang, directeur de la technologie du groupe, a présenté les centres du Hebei.\n"
    "Les analystes saluent une stratégie prudente, selon Reuters.\n"
)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_reading_commands_change_nothing(tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", tmp_path / "lib.sqlite3"
    doc.write_text(TEXT, "utf-8")
    assert reader("annotate", str(doc), "--quote", "Reuters", db=db).returncode == 0
    before = rows(db, "SELECT id, opened, in_library, updated FROM documents")
    for args in (
        ("annotations", str(doc), "--json"),
        ("export", str(doc), "--format", "md"),
        ("search", "reuters"),
    ):
        result = reader(*args, db=db)
        assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT id, opened, in_library, updated FROM documents") == before

    # A removed document is not put back by reading it.
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE documents SET in_library = 0")
    assert json.loads(reader("annotations", str(doc), "--json", db=db).stdout)[0]["quote"] == (
        "Reuters"
    )
    assert rows(db, "SELECT in_library FROM documents") == [(0,)]
    assert json.loads(reader("search", "reuters", "--json", db=db).stdout) == []

    # A file never seen is read without entering the library.
    other = tmp_path / "autre.txt"
    other.write_text("Un autre texte, jamais ouvert, sur la Chine et le cloud.\n", "utf-8")
    assert reader("annotations", str(other), db=db).returncode == 0
    assert rows(db, "SELECT in_library FROM documents WHERE path LIKE '%autre.txt'") == [(0,)]


def test_annotate_snaps_to_words_unless_exact(tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", tmp_path / "lib.sqlite3"
    doc.write_text(TEXT, "utf-8")
    start = TEXT.index("ecteur")  # inside "directeur"
    snapped = reader("annotate", str(doc), "--start", str(start), "--end", str(start + 4), db=db)
    assert snapped.returncode == 0, snapped.stderr
    assert json.loads(snapped.stdout)["quote"] == "directeur"
    exact = reader(
        "annotate", str(doc), "--start", str(start), "--end", str(start + 4), "--exact", db=db
    )
    assert json.loads(exact.stdout)["quote"] == "ecte"
    spaced = reader("annotate", str(doc), "--start", "10", "--end", "24", db=db)  # ", directeur "
    assert json.loads(spaced.stdout)["quote"] == ", directeur de"
    wrong = reader("annotate", str(doc), "--quote", "Jeff", "--exact", db=db)
    assert wrong.returncode == 2 and "--exact goes with --start" in wrong.stderr


def test_search_all_hits(tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", tmp_path / "lib.sqlite3"
    doc.write_text(TEXT + "Reuters encore. Et Reuters enfin.\n", "utf-8")
    assert reader("add", str(doc), db=db).returncode == 0
    one = json.loads(reader("search", "reuters", "--json", db=db).stdout)
    every = json.loads(reader("search", "reuters", "--json", "--all-hits", db=db).stdout)
    text = reader("text", str(doc)).stdout
    expected = [i for i in range(len(text)) if text.startswith("Reuters", i)]
    assert [h["offset"] for h in one] == expected[:1]
    assert [h["offset"] for h in every] == expected
    assert "--all-hits" in reader("search", "--help").stdout
