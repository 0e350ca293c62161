"""``reader index`` as a user runs it: real processes, real pipeline, real library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader

pytestmark = pytest.mark.slow  # several processes each

FIRST = (
    "M. Emmanuel Macron a reçu Jeff Zhang à l'Élysée. Zhang est venu de Pékin avec Alibaba."
    " Macron a parlé d’Alibaba.\n"
)
SECOND = "Le président Macron visite Pékin. Alibaba répond.\n"


def test_entries_and_mentions_as_json(library_url: str, tmp_path: Path) -> None:
    db = library_url
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(FIRST, "utf-8")
    second.write_text(SECOND, "utf-8")
    assert reader("add", str(first), db=db).returncode == 0
    assert reader("entities", str(first), db=db).returncode == 0
    assert reader("add", str(second), db=db).returncode == 0
    one = reader("index", "--document", str(second), "--json", db=db)  # recognised here
    assert one.returncode == 0, one.stderr
    # its "Macron" is the one the other document calls "Emmanuel Macron"
    assert {e["name"] for e in json.loads(one.stdout)} >= {"Emmanuel Macron", "Pékin", "Alibaba"}

    listed = reader("index", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    entries = {e["name"]: e for e in json.loads(listed.stdout)}
    assert entries["Emmanuel Macron"] == {
        "name": "Emmanuel Macron",
        "type": "PERSON",
        "mentions": 3,
        "documents": 2,
        "aliases": ["Macron"],
    }
    places = json.loads(reader("index", "--type", "place", "--json", db=db).stdout)
    assert {e["type"] for e in places} == {"PLACE"}

    mentions = reader("index", "MACRON", "--mentions", "--json", db=db)
    assert mentions.returncode == 0, mentions.stderr
    found = json.loads(mentions.stdout)
    assert [set(m) for m in found] == [{"document", "start", "end", "text", "context"}] * 3
    assert [(Path(m["document"]).name, m["text"]) for m in found] == [
        ("a.txt", "Emmanuel Macron"),
        ("a.txt", "Macron"),
        ("b.txt", "Macron"),
    ]
    for m in found:
        assert (
            FIRST[m["start"] : m["end"]] == m["text"] or SECOND[m["start"] : m["end"]] == m["text"]
        )
        assert m["text"] in m["context"] and "\n" not in m["context"]


def test_tables_exports_and_errors(library_url: str, tmp_path: Path) -> None:
    db = library_url
    first = tmp_path / "a.txt"
    first.write_text(FIRST, "utf-8")
    empty = reader("index", db=db)
    assert empty.returncode == 0 and "no entries" in empty.stdout
    assert reader("add", str(first), db=db).returncode == 0
    assert reader("entities", str(first), db=db).returncode == 0
    table = reader("index", "--sort", "name", db=db).stdout.splitlines()
    assert table[0].split() == ["MENTIONS", "DOCS", "TYPE", "NAME"]
    assert any(line.split()[:4] == ["2", "1", "PERSON", "Jeff"] for line in table)
    lines = reader("index", "zhang", "--mentions", db=db).stdout
    assert "  M. Emmanuel Macron a reçu [Jeff Zhang] à l'Élysée." in lines
    markdown = reader("index", "zhang", "--mentions", "--format", "md", db=db).stdout
    assert markdown.startswith("# Jeff Zhang\n") and "**Zhang**" in markdown
    csv = reader("index", "zhang", "--mentions", "--format", "csv", db=db).stdout
    assert len(csv.splitlines()) == 3

    for args, message in (
        (("index", "Personne", "--mentions"), "no entry called “Personne”"),
        (("index", "--type", "people"), "unknown type 'people'"),
        (("index", "--mentions"), "name the entry"),
        (("index", "--document", str(tmp_path / "nope.txt")), "nope.txt"),
    ):
        result = reader(*args, db=db)
        assert result.returncode == 2, (args, result.stdout)
        assert message in result.stderr and "Traceback" not in result.stderr
