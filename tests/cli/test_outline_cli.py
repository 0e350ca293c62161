"""reader outline FILE [--json]: headings with level and offset, for every format."""

from __future__ import annotations

import json
from pathlib import Path

from reader.formats import load_document
from tests.cli.runner import reader
from tests.formats.test_plaintext import PROSE, SECOND, wrapped


def test_outline_of_a_plain_text_book(tmp_path: Path) -> None:
    body = wrapped(PROSE, SECOND)
    path = tmp_path / "book.txt"
    path.write_text(f"\n\n\nBOOK I.\n\n\n\nCHAPTER I.\n\n{body}\n\n\n\nCHAPTER II.\n\n{body}")
    done = reader("outline", str(path), "--json", db=tmp_path / "lib.sqlite3")
    assert done.returncode == 0, done.stderr
    entries = json.loads(done.stdout)
    text = load_document(path).text
    assert [(e["level"], e["title"]) for e in entries] == [
        (1, "BOOK I."),
        (2, "CHAPTER I."),
        (2, "CHAPTER II."),
    ]
    for entry in entries:
        assert text[entry["start"] :].startswith(entry["title"])
    plain = reader("outline", str(path), db=tmp_path / "lib.sqlite3")
    assert plain.stdout.splitlines()[1].split() == ["2", str(entries[1]["start"]), "CHAPTER", "I."]


def test_outline_of_markdown_and_of_a_text_without_headings(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Titre\n\nDu texte.\n\n## Partie\n\nEncore.\n", "utf-8")
    done = reader("outline", str(notes), "--json", db=None)
    assert json.loads(done.stdout) == [
        {"level": 1, "title": "Titre", "start": 0},
        {"level": 2, "title": "Partie", "start": len("Titre\nDu texte.\n")},
    ]
    flat = tmp_path / "flat.txt"
    flat.write_text("Une ligne.\nUne autre.\n", "utf-8")
    done = reader("outline", str(flat), db=None)
    assert done.returncode == 0 and done.stdout == "flat: no headings\n"
    assert reader("outline", str(flat), "--json", db=None).stdout == "[]\n"
