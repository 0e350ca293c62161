"""``reader export`` and ``reader import-annotations`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tests.cli.runner import reader
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def annotated_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample annotated three times with ``reader annotate``, once for the module."""
    folder = tmp_path_factory.mktemp("annotated")
    article = folder / "article.txt"
    shutil.copy(SAMPLE, article)
    db = folder / "db.sqlite3"
    for args in (
        (
            "--quote",
            "Jeff Zhang",
            "--color",
            "blue",
            "--note",
            "Premier cité\n🔎 <b>x</b>",
            "--tag",
            "personne",
            "--tag",
            "chine/cloud",
        ),
        ("--quote", "centres de données auto-construits", "--color", "green"),
        ("--quote", "Alibaba", "--occurrence", "2", "--note=---"),
    ):
        assert reader("annotate", str(article), *args, db=db).returncode == 0
    return article, db


@pytest.fixture
def annotated(annotated_once: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """The annotated article (shared: tests only read it) and a copy of its library for
    the test alone."""
    article, db = annotated_once
    for part in db.parent.glob(db.name + "*"):  # the file, and its journal if left
        shutil.copy(part, tmp_path / part.name)
    return article, tmp_path / db.name


def test_markdown_export_to_stdout_and_file(annotated: tuple[Path, Path], tmp_path: Path) -> None:
    article, db = annotated
    shown = reader("export", str(article), "--format", "md", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith('---\ntitle: "article"\n')
    html = MarkdownIt("commonmark").render(shown.stdout)
    assert '<mark class="hl-blue"' in html
    assert "<b>x</b>" not in html  # the note's HTML is text, not markup
    out = tmp_path / "copy.md"
    written = reader("export", str(article), "-f", "md", "-o", str(out), db=db)
    assert written.returncode == 0, written.stderr
    assert out.read_text("utf-8").split("exported:")[0] == shown.stdout.split("exported:")[0]


def test_failed_export_is_one_line_and_leaves_nothing(
    annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    article, db = annotated
    target = tmp_path / "missing-folder" / "x.html"
    result = reader("export", str(article), "-f", "html", "-o", str(target), db=db)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert not target.parent.exists()


@pytest.mark.slow
def test_json_round_trip_into_a_new_library(annotated: tuple[Path, Path], tmp_path: Path) -> None:
    article, db = annotated
    exported = tmp_path / "notes.json"
    assert reader("export", str(article), "-f", "json", "-o", str(exported), db=db).returncode == 0
    before = json.loads(reader("annotations", str(article), "--json", db=db).stdout)

    other = tmp_path / "other.sqlite3"
    refused = reader("import-annotations", str(exported), db=other)
    assert refused.returncode == 2
    assert refused.stderr == (
        f"reader: error: notes.json names {article} as its document, which is not a document"
        " in your library; say which document to attach them to with --into FILE\n"
    )
    assert reader("add", str(article), db=other).returncode == 0
    first = reader("import-annotations", str(exported), db=other)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("3 imported, 0 skipped")
    after = json.loads(reader("annotations", str(article), "--json", db=other).stdout)
    assert after == before  # ids, offsets, quotes, colours, notes, tags, timestamps

    again = reader("import-annotations", str(exported), db=other)
    assert again.stdout.startswith("0 imported, 3 skipped")
    assert len(json.loads(reader("annotations", str(article), "--json", db=other).stdout)) == 3


def test_import_needs_a_document(library_url: str, tmp_path: Path) -> None:
    stray = tmp_path / "stray.json"
    stray.write_text('{"type": "AnnotationCollection", "total": 0}', "utf-8")
    result = reader("import-annotations", str(stray), db=library_url)
    assert result.returncode == 2
    assert "--into" in result.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("not json", "utf-8")
    result = reader("import-annotations", str(bad), "--into", str(stray), db=tmp_path / "d.db")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_ids_in_other_spellings_are_skipped_on_reimport(
    annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    article, db = annotated
    exported = tmp_path / "notes.json"
    assert reader("export", str(article), "-f", "json", "-o", str(exported), db=db).returncode == 0
    collection = json.loads(exported.read_text("utf-8"))
    items = collection["first"]["items"]
    spellings = [
        lambda u: "urn:uuid:" + u.upper(),
        lambda u: "{" + u + "}",
        lambda u: u.replace("-", ""),
    ]
    for item, spell in zip(items, spellings, strict=True):
        item["id"] = spell(item["id"].removeprefix("urn:uuid:"))
    respelled = tmp_path / "respelled.json"
    respelled.write_text(json.dumps(collection), "utf-8")
    again = reader("import-annotations", str(respelled), db=db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 imported, 3 skipped")


@pytest.mark.parametrize("named", ["file:///dev/zero", "file:///etc/passwd"])
def test_the_named_source_is_only_a_hint(library_url: str, tmp_path: Path, named: str) -> None:
    hostile = tmp_path / "hostile.json"
    hostile.write_text(
        json.dumps(
            {
                "type": "Annotation",
                "id": "urn:uuid:6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10",
                "target": {
                    "source": named,
                    "selector": {"type": "TextQuoteSelector", "exact": "root"},
                },
            }
        ),
        "utf-8",
    )
    db = library_url
    result = reader("import-annotations", str(hostile), db=db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "is not a document in your library" in result.stderr
    listed = reader("search", "root", "--json", db=db)
    assert json.loads(listed.stdout) == []
