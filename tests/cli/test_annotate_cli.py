"""`reader annotate` and `reader annotations` as a user runs them: real processes, a real
library file (READER_DB or --db), JSON on stdout, one-line errors with status 2."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import command, environment, reader

TEXT = (
    "Jeff Zhang, directeur de la technologie du groupe, a présenté les centres du Hebei.\n"
    "Selon Jeff Zhang, Alibaba Cloud y installera des serveurs 😀 pour ses clients.\n"
    "Les analystes saluent une stratégie prudente, selon Reuters.\n"
)
KEYS = ["id", "start", "end", "quote", "color", "note", "tags", "orphan", "created", "updated"]


def ok_json(*args: str, db: Path | str | None) -> Any:
    result = reader(*args, db=db)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def make_doc(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    return path


def check_timestamp(value: str) -> datetime:
    assert value.endswith("Z")
    parsed = datetime.fromisoformat(value.removesuffix("Z") + "+00:00")
    assert parsed.utcoffset() == timedelta(0)
    return parsed


def test_annotate_by_offsets(library_url: str, tmp_path: Path) -> None:
    doc, db = make_doc(tmp_path), library_url
    saved = ok_json("annotate", str(doc), "--start", "0", "--end", "10", db=db)
    assert list(saved) == KEYS
    assert uuid.UUID(saved["id"]).version == 4
    assert (saved["start"], saved["end"], saved["quote"]) == (0, 10, "Jeff Zhang")
    assert (saved["color"], saved["note"], saved["tags"], saved["orphan"]) == (
        "yellow",
        "",
        [],
        False,
    )
    assert check_timestamp(saved["created"]) == check_timestamp(saved["updated"])


def test_annotate_by_quote_with_colour_note_and_tags(library_url: str, tmp_path: Path) -> None:
    doc, db = make_doc(tmp_path), library_url
    note = "Deux lignes :\n— la première 😀\tet עברית"
    saved = ok_json(
        "annotate",
        str(doc),
        "--quote",
        "Jeff Zhang",
        "--occurrence",
        "2",
        "--colour",
        "green",
        "--note",
        note,
        "--tag",
        " personne ",
        "--tag",
        "chine / cloud",
        "--tag",
        "Personne",
        db=db,
    )
    second = TEXT.index("Jeff Zhang", 1)
    assert (saved["start"], saved["end"]) == (second, second + len("Jeff Zhang"))
    assert (saved["color"], saved["note"]) == ("green", note)
    assert saved["tags"] == ["chine/cloud", "personne"]
    # Offsets are code points of the text `reader text` prints, emoji included.
    after = ok_json("annotate", str(doc), "--quote", "pour ses", "--color", "BLUE", db=db)
    canonical = reader("text", str(doc), db=db).stdout
    assert canonical[after["start"] : after["end"]] == "pour ses"
    assert after["color"] == "blue"
    # --db works like READER_DB, before or after the command
    other = tmp_path / "other.sqlite3"
    ok_json("--db", str(other), "annotate", str(doc), "--quote", "Reuters", db=None)
    listed = ok_json("annotations", str(doc), "--json", "--db", str(other), db=None)
    assert [a["quote"] for a in listed] == ["Reuters"]


def test_annotations_json_lists_what_was_saved_and_follows_the_file(
    library_url: str, tmp_path: Path
) -> None:
    doc, db = make_doc(tmp_path), library_url
    assert ok_json("annotations", str(doc), "--json", db=db) == []
    late = ok_json("annotate", str(doc), "--quote", "Reuters", "--tag", "source", db=db)
    early = ok_json("annotate", str(doc), "--quote", "Alibaba Cloud", "--note", "n", db=db)
    listed = ok_json("annotations", str(doc), "--json", db=db)
    assert listed == [early, late]  # reading order, the very objects annotate printed
    if "://" in db:  # a team library keeps its text when a file changes
        return  # (tests/cli/test_member_copy_cli.py)

    new_text = "Chapeau ajouté.\n" + TEXT.replace("Alibaba Cloud y installera", "On y installera")
    doc.write_text(new_text, "utf-8")
    listed = ok_json("annotations", str(doc), "--json", db=db)
    assert [a["id"] for a in listed] == [late["id"], early["id"]]  # the orphan last
    moved, orphan = listed
    assert new_text[moved["start"] : moved["end"]] == "Reuters"
    assert moved["start"] == new_text.index("Reuters")
    assert (moved["quote"], moved["tags"], moved["orphan"]) == ("Reuters", ["source"], False)
    assert (orphan["start"], orphan["end"], orphan["orphan"]) == (None, None, True)
    assert (orphan["quote"], orphan["note"]) == ("Alibaba Cloud", "n")


def test_annotations_table(library_url: str, tmp_path: Path) -> None:
    doc, db = make_doc(tmp_path), library_url
    empty = reader("annotations", str(doc), db=db)
    assert empty.returncode == 0
    assert "no annotations" in empty.stdout
    ok_json(
        "annotate",
        str(doc),
        "--quote",
        "Les analystes saluent une stratégie prudente, selon Reuters.",
        "--color",
        "red",
        "--note",
        "première ligne\nseconde ligne",
        "--tag",
        "analyse",
        db=db,
    )
    result = reader("annotations", str(doc), db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "article: 1 annotation"
    assert lines[1].split() == ["COLOUR", "WHERE", "QUOTE", "TAGS", "NOTE"]
    row = lines[2]
    start = TEXT.index("Les analystes")
    assert row.startswith("red")
    assert f"{start}-{start + 60}" in row
    assert "“Les analystes saluent une stratégie p…” " in row  # shortened to 40 columns
    assert "#analyse" in row
    assert row.endswith("première ligne")
    assert "seconde" not in result.stdout


def test_help_documents_the_annotation_commands() -> None:
    result = reader("--help", db=None)
    assert "annotate" in result.stdout and "annotations" in result.stdout
    sub = reader("annotate", "--help", db=None)
    assert sub.returncode == 0
    for option in ("--start", "--end", "--quote", "--occurrence", "--color", "--colour"):
        assert option in sub.stdout
    for option in ("--note", "--tag", "--db"):
        assert option in sub.stdout
    assert "--json" in reader("annotations", "--help", db=None).stdout


@pytest.mark.slow
def test_user_errors_are_one_line_and_status_2(library_url: str, tmp_path: Path) -> None:
    doc, db = make_doc(tmp_path), library_url
    cases = [
        (("--quote", "absent du texte"), "'absent du texte' does not occur in the text"),
        (("--quote", "Jeff Zhang", "--occurrence", "3"), "occurs only 2 times"),
        (("--quote", "line\nbreak"), "does not occur"),
        (("--start", "0", "--end", "4", "--color", "pink"), "unknown colour 'pink'"),
        (("--start", "0", "--end", "4", "--tag", "ok", "--tag", " "), "a tag cannot be blank"),
        (("--start", "0", "--end", "100000"), "outside the text"),
        (("--start", "0", "--end", "4", "--quote", "Jeff"), "not both"),
        (("--start", "0"), "--start S --end E, or --quote TEXT"),
        (("--start", "0", "--end", "4", "--occurrence", "2"), "--occurrence goes with --quote"),
    ]
    running = [
        (
            words,
            subprocess.Popen(
                command("annotate", str(doc), *args),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=environment(db),
            ),
        )
        for args, words in cases
    ]
    missing = reader("annotate", str(tmp_path / "missing.txt"), "--quote", "x", db=db)
    results = [(words, *p.communicate(timeout=120), p.returncode) for words, p in running]
    results.append(("no such file", missing.stdout, missing.stderr, missing.returncode))
    for words, stdout, stderr, status in results:
        assert status == 2, (words, stderr)
        assert stdout == ""
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, stderr
        assert lines[0].startswith("reader: error: ")
        assert words in lines[0]
        assert "Traceback" not in stderr
    assert ok_json("annotations", str(doc), "--json", db=db) == []  # nothing was saved
