"""Commands that only read leave the library as it was; annotate snaps like the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader
from tests.raw_sql import raw_rows

pytestmark = pytest.mark.slow

TEXT = (
    "Jeff Zhang, directeur de la technologie du groupe, a présenté les centres du Hebei.\n"
    "Les analystes saluent une stratégie prudente, selon Reuters.\n"
)


def test_reading_commands_change_nothing(library_url: str, tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", library_url
    doc.write_text(TEXT, "utf-8")
    assert reader("annotate", str(doc), "--quote", "Reuters", db=db).returncode == 0
    before = raw_rows(db, "SELECT id, opened, in_library, updated FROM documents")
    for args in (
        ("annotations", str(doc), "--json"),
        ("export", str(doc), "--format", "md"),
        ("search", "reuters"),
    ):
        result = reader(*args, db=db)
        assert result.returncode == 0, result.stderr
    assert raw_rows(db, "SELECT id, opened, in_library, updated FROM documents") == before

    # A removed document is not put back by reading it.
    raw_rows(db, "UPDATE documents SET in_library = false")
    assert json.loads(reader("annotations", str(doc), "--json", db=db).stdout)[0]["quote"] == (
        "Reuters"
    )
    assert raw_rows(db, "SELECT in_library FROM documents") == [(0,)]
    assert json.loads(reader("search", "reuters", "--json", db=db).stdout) == []

    # A file never seen is read without entering the library.
    other = tmp_path / "autre.txt"
    other.write_text("Un autre texte, jamais ouvert, sur la Chine et le cloud.\n", "utf-8")
    assert reader("annotations", str(other), db=db).returncode == 0
    assert raw_rows(db, "SELECT in_library FROM documents WHERE path LIKE '%autre.txt'") == [(0,)]


def test_annotate_snaps_to_words_unless_exact(library_url: str, tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", library_url
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


def test_search_all_hits(library_url: str, tmp_path: Path) -> None:
    doc, db = tmp_path / "article.txt", library_url
    doc.write_text(TEXT + "Reuters encore. Et Reuters enfin.\n", "utf-8")
    assert reader("add", str(doc), db=db).returncode == 0
    one = json.loads(reader("search", "reuters", "--json", db=db).stdout)
    every = json.loads(reader("search", "reuters", "--json", "--all-hits", db=db).stdout)
    text = reader("text", str(doc)).stdout
    expected = [i for i in range(len(text)) if text.startswith("Reuters", i)]
    assert [h["offset"] for h in one] == expected[:1]
    assert [h["offset"] for h in every] == expected
    assert "--all-hits" in reader("search", "--help").stdout
