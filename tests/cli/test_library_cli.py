"""'reader add', 'reader search' and 'reader text' on web pages and books, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader
from tests.formats.books import make_epub, sample_chapters

pytestmark = pytest.mark.slow

PAGE = """<html lang="fr"><head><meta charset="utf-8"><title>Les données du Hebei</title>
<script>document.write("SCRIPT")</script></head><body><nav><a href="/">Accueil</a></nav>
<article><h1>Les données du Hebei</h1><p>Jeff Zhang a présenté mardi les nouveaux centres de
données du Hebei, un projet ambitieux et coûteux pour le groupe.</p></article></body></html>"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    book = make_epub(tmp_path / "livre.epub", sample_chapters())
    truncated = tmp_path / "coupe.epub"
    truncated.write_bytes(book.read_bytes()[:300])
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    return {"page": page, "book": book, "truncated": truncated, "empty": empty}


def test_help_documents_add_and_search() -> None:
    result = reader("--help")
    assert "add" in result.stdout and "search" in result.stdout
    add = reader("add", "--help")
    assert add.returncode == 0
    assert "usage: reader add" in add.stdout and "EPUB" in add.stdout
    search = reader("search", "--help")
    assert "usage: reader search" in search.stdout
    for word in ("--json", "--limit", "phrase", "accents"):
        assert word in search.stdout


def test_add_then_search(library_url: str, tmp_path: Path, files: dict[str, Path]) -> None:
    db = library_url
    result = reader(
        "add",
        str(files["page"]),
        str(files["truncated"]),
        str(files["book"]),
        str(files["empty"]),
        str(tmp_path / "absent.md"),
        db=db,
    )
    assert result.returncode == 2
    out = result.stdout.splitlines()
    assert len(out) == 2
    assert out[0].startswith("added Les données du Hebei (html, ")
    assert out[0].endswith(str(files["page"].resolve()))
    assert out[1].startswith("added Le Livre (epub, ")
    errors = result.stderr.splitlines()
    assert len(errors) == 3, result.stderr
    assert all(line.startswith("reader: error: ") for line in errors)
    assert "coupe.epub" in errors[0] and "truncated" in errors[0]
    assert "is empty" in errors[1]
    assert "no such file" in errors[2]
    assert "Traceback" not in result.stderr

    again = reader("add", str(files["page"]), db=db)
    assert again.returncode == 0
    assert again.stdout.startswith("updated Les données du Hebei")

    found = reader("search", "DONNEES hebei", db=db)
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0].split()[0] == "text"
    assert "Les données du Hebei" in lines[0] and str(files["page"].resolve()) in lines[0]
    assert "[données]" in lines[1] and "[Hebei]" in lines[1]

    as_json = reader("search", '"section deux"', "--json", db=db)
    [hit] = json.loads(as_json.stdout)
    assert hit["kind"] == "text" and hit["title"] == "Le Livre"
    text = reader("text", str(files["book"])).stdout
    assert text[hit["offset"] :].startswith("section deux")
    start, end = hit["marks"][0]
    assert hit["snippet"][start:end] == "section deux"

    nothing = reader("search", "licorne", db=db)
    assert nothing.returncode == 0
    assert "no results" in nothing.stdout
    assert json.loads(reader("search", "((", "--json", db=db).stdout) == []


def test_search_limit(library_url: str, tmp_path: Path) -> None:
    db = library_url
    paths = []
    for n in range(4):
        path = tmp_path / f"d{n}.txt"
        path.write_text(f"Le document {n} parle de données.\n", "utf-8")
        paths.append(str(path))
    assert reader("add", *paths, db=db).returncode == 0
    hits = json.loads(reader("search", "donnees", "--json", "--limit", "2", db=db).stdout)
    assert len(hits) == 2
    bad = reader("search", "donnees", "--limit", "0", db=db)
    assert bad.returncode == 2 and "at least 1" in bad.stderr


def test_text_of_a_page_and_a_book(files: dict[str, Path]) -> None:
    page = reader("text", str(files["page"]))
    assert page.returncode == 0
    assert page.stdout.startswith("Les données du Hebei\nJeff Zhang a présenté")
    assert "SCRIPT" not in page.stdout and "Accueil" not in page.stdout
    book = reader("text", str(files["book"]))
    assert book.stdout.startswith("Chapitre premier\nIl était une fois")
    broken = reader("text", str(files["truncated"]))
    assert broken.returncode == 2
    assert len(broken.stderr.strip().splitlines()) == 1
