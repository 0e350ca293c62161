"""Fault injection on real library files, through the CLI as a user runs it.

Each fault: the exact message, exit status 2, no traceback, and every annotation
that existed before still there (or in the restored or recovered library).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.cli.runner import reader
from tests.faults.faulty import (
    NOBODY,
    Snapshot,
    annotations_in,
    break_search_index,
    build_library,
    checkpoint,
    fill,
    integrity,
    leaf_pages,
    open_to,
    overwrite_pages,
    read_only_mount,
    small_disk,
    write_document,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only(
        "faults of the SQLite file and its disk (a team library's: test_team_library_faults)"
    ),
]
Library = tuple[Path, Path, Snapshot]


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command printed (after checking status and no traceback)."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """(library file, its document, its annotations), the library alone in its folder."""
    document = write_document(tmp_path / "docs")
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    before = build_library(db, document, 40)
    assert len(before) == 40
    return db, document, before


# -- read-only places ---------------------------------------------------------------------


def test_a_read_only_disk_opens_read_only(library: Library) -> None:
    db, document, before = library
    with read_only_mount(db.parent):
        found = reader("search", "Zhangbei", "--json", db=db)
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)
        listed = reader("annotations", str(document), "--json", db=db)
        assert listed.returncode == 0, listed.stderr
        assert {a["id"] for a in json.loads(listed.stdout)} == set(before)
        exported = reader("export", str(document), "--format", "md", db=db)
        assert exported.returncode == 0, exported.stderr
        assert "note 3 " in exported.stdout
        refused = reader("annotate", str(document), "--quote", "Alibaba", db=db)
        assert one_error(refused) == (
            f"reader: error: Cannot save changes: the library {db} is read-only "
            "(the disk is mounted read-only)"
        )
        assert refused.stdout == ""
        checked = reader("library", "check", db=db)  # FTS5's check runs on a copy
        assert checked.returncode == 0, checked.stderr
        assert re.fullmatch(
            rf"ok: {re.escape(str(db))} \(1 document, 40 annotations\): pages, indexes,"
            r" references and the search index are sound \(\d+\.\d\d s\); read-only: the disk"
            r" is mounted read-only\n",
            checked.stdout,
        ), checked.stdout
    assert annotations_in(db) == before
    assert integrity(db) == "ok"


def test_a_read_only_disk_with_a_journal_left_by_a_crash_shows_its_changes(
    tmp_path: Path,
) -> None:
    """The -wal of a killed writer holds committed annotations: immutable=1 would hide
    them, so the library is opened mode=ro and the journal is read."""
    document = write_document(tmp_path / "docs")
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    build_library(db, document, 3)
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE annotations SET note = 'written just before the crash'")
    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm"):
        (frozen / name).write_bytes((db.parent / name).read_bytes())
    writer.close()
    assert (frozen / "library.sqlite3-wal").stat().st_size > 0
    copy = frozen / "library.sqlite3"
    with read_only_mount(frozen):
        listed = reader("annotations", str(document), "--json", db=copy)
        assert listed.returncode == 0, listed.stderr
        notes = {a["note"] for a in json.loads(listed.stdout)}
        assert notes == {"written just before the crash"}


def test_a_read_only_file_and_folder_as_an_ordinary_user() -> None:
    # A folder of its own, not under pytest's base folder: each pytest session that
    # starts resets that one to mode 0700, which would cut nobody off half-way.
    with tempfile.TemporaryDirectory(prefix="reader-nobody-") as folder:
        _read_only_as_nobody(Path(folder) / "nobody")


def _read_only_as_nobody(home: Path) -> None:
    document = write_document(home / "docs")
    db = home / "lib" / "library.sqlite3"
    db.parent.mkdir()
    open_to(db.parent, NOBODY)
    created = reader(
        "annotate", str(document), "--quote", "Alibaba", "--note", "n", db=db, as_user=NOBODY
    )
    assert created.returncode == 0, created.stderr
    before = annotations_in(db)
    for name in os.listdir(db.parent):
        os.chown(db.parent / name, NOBODY, NOBODY)
    db.chmod(0o444)
    refused = reader("annotate", str(document), "--quote", "Zhangbei", db=db, as_user=NOBODY)
    assert one_error(refused) == (
        f"reader: error: Cannot save changes: the library {db} is read-only (the file is read-only)"
    )
    listed = reader("annotations", str(document), "--json", db=db, as_user=NOBODY)
    assert listed.returncode == 0, listed.stderr
    db.chmod(0o644)
    checkpoint(db)
    for name in os.listdir(db.parent):
        if name != "library.sqlite3" and not (db.parent / name).is_dir():
            (db.parent / name).unlink()
    db.parent.chmod(0o555)
    try:
        refused = reader("annotate", str(document), "--quote", "Zhangbei", db=db, as_user=NOBODY)
        assert one_error(refused) == (
            f"reader: error: Cannot save changes: the library {db} is read-only "
            "(its folder is read-only)"
        )
        found = reader("search", "Alibaba", db=db, as_user=NOBODY)
        assert found.returncode == 0, found.stderr
        assert "Alibaba" in found.stdout
    finally:
        db.parent.chmod(0o755)
    assert annotations_in(db) == before


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_refuses_the_change_and_keeps_the_library(tmp_path: Path) -> None:
    document = write_document(tmp_path / "docs")
    with small_disk(tmp_path / "disk", "16m") as disk:
        db = disk / "library.sqlite3"
        before = build_library(db, document, 40)
        made = reader("library", "backup", db=db)  # the daily backup is then not due
        assert made.returncode == 0, made.stderr
        filler = fill(disk)
        refused = reader(
            "annotate", str(document), "--quote", "Alibaba", "--note", "n" * 5000, db=db
        )
        assert one_error(refused) == (
            f"reader: error: Cannot save: the disk holding the library {db} is full; "
            "nothing was changed (free some space and try again)"
        )
        filler.unlink()
        assert annotations_in(db) == before
        assert integrity(db) == "ok"
        again = reader("annotate", str(document), "--quote", "Alibaba", db=db)
        assert again.returncode == 0, again.stderr
        assert len(annotations_in(db)) == len(before) + 1


# -- damaged files ---------------------------------------------------------------------------


def test_overwritten_pages_open_read_only_and_a_backup_restores_everything(
    library: Library,
) -> None:
    db, document, before = library
    made = reader("library", "backup", db=db)
    assert made.returncode == 0, made.stderr
    backup = Path(re.match(r"backed up to (\S+) ", made.stdout).group(1))  # type: ignore[union-attr]
    checkpoint(db)
    pages = leaf_pages(db, "annotations")
    assert len(pages) >= 3
    overwrite_pages(db, [pages[len(pages) // 2]])

    refused = reader("annotate", str(document), "--quote", "Alibaba", db=db)
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert refused.stderr.splitlines() == [
        f"reader: warning: the library {db} is damaged, so it was opened read-only: see"
        " 'reader library check'",
        f"reader: error: Cannot save changes: the library {db} is damaged and was opened"
        " read-only; restore a backup, or recover what can be read into a new library",
    ]

    checked = reader("library", "check", db=db)
    line = one_error(checked)
    assert re.fullmatch(
        rf"reader: error: The library {re.escape(str(db))} is damaged \(\d+ problems? found\):"
        r" restore the newest good backup \(just now, 40 annotations\) with 'reader library"
        rf" restore {re.escape(str(backup))}', or save what can be read with 'reader library"
        r" recover -o NEW.sqlite3'",
        line,
    ), line
    assert checked.stdout.startswith("problem: ")

    restored = reader("library", "restore", str(backup), db=db)
    assert restored.returncode == 0, restored.stderr
    assert "the damaged library was moved to" in restored.stdout
    assert annotations_in(db) == before
    assert reader("library", "check", db=db).returncode == 0
    again = reader("annotate", str(document), "--quote", "Alibaba", db=db)
    assert again.returncode == 0, again.stderr


def test_recover_saves_every_readable_annotation(tmp_path: Path) -> None:
    document = write_document(tmp_path / "docs")
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    before = build_library(db, document, 300)
    checkpoint(db)
    pages = leaf_pages(db, "annotations")
    overwrite_pages(db, [pages[len(pages) // 3]])
    out = tmp_path / "recovered.sqlite3"
    result = reader("library", "recover", "-o", str(out), db=db)
    assert result.returncode == 0, result.stderr
    after = annotations_in(out)
    lost = len(before) - len(after)
    assert 0 < lost <= 40  # one leaf page of annotations (their notes are ~100 bytes)
    assert all(before[key] == value for key, value in after.items())
    assert re.match(
        rf"recovered into {re.escape(str(out))}: {len(after)} annotations of 300 saved",
        result.stdout,
    ), result.stdout
    assert integrity(out) == "ok"
    usable = reader("search", "note", "--json", db=out)
    assert usable.returncode == 0, usable.stderr
    recovered = sqlite3.connect(out)
    try:  # the pieces text search places its hits with are rebuilt too
        pieces = recovered.execute(
            "SELECT count(DISTINCT document_id) FROM search_chunks"
        ).fetchone()[0]
        documents = recovered.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        recovered.close()
    assert pieces == documents > 0


def test_a_search_index_out_of_step_is_found_and_rebuilt(library: Library) -> None:
    db, _document, before = library
    break_search_index(db)
    checked = reader("library", "check", db=db)
    assert one_error(checked) == (
        f"reader: error: The search index of the library {db} does not match its contents "
        "(the documents and annotations are sound); rebuild it with 'reader library check "
        "--repair'"
    )
    assert checked.stdout.startswith("problem: the search index search_documents does not match")
    repaired = reader("library", "check", "--repair", db=db)
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.startswith(f"the search index was rebuilt\nok: {db} (1 document, ")
    assert annotations_in(db) == before
    found = reader("search", "autre titre", db=db)
    assert found.returncode == 0 and "un autre titre" in found.stdout, found.stdout


def test_a_truncated_library_is_damaged_and_restored(library: Library) -> None:
    db, document, before = library
    made = reader("library", "backup", db=db)
    assert made.returncode == 0, made.stderr
    checkpoint(db)
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(size // 2)
    refused = reader("annotate", str(document), "--quote", "Alibaba", db=db)
    # Half the pages are gone, its table of tables with them: it cannot even be read.
    assert one_error(refused) == (
        f"reader: error: The library {db} is damaged: restore a backup, or recover what can"
        " be read into a new library"
    )
    backup = json.loads(reader("library", "backups", "--json", db=db).stdout)[0]
    restored = reader("library", "restore", backup["path"], db=db)
    assert restored.returncode == 0, restored.stderr
    assert annotations_in(db) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_text("Ceci n'est pas une base de données.\n" * 50, "utf-8")
    before = digest(db)
    for command in (("search", "x"), ("annotate", str(db), "--start", "0", "--end", "4")):
        result = reader(*command, db=db)
        assert one_error(result) == (
            f"reader: error: {db} is not a reader library: it is not an SQLite database file"
        )
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "places.sqlite"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    before = digest(db)
    result = reader("search", "x", db=db)
    assert one_error(result) == (
        f"reader: error: {db} is a database but not a reader library; it was left unchanged"
    )
    assert digest(db) == before


# -- a newer schema ---------------------------------------------------------------------------


@pytest.mark.parametrize("says_version", [True, False])
def test_a_newer_schema_is_refused_and_never_modified(library: Library, says_version: bool) -> None:
    db, document, before = library
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    if says_version:
        connection.execute(
            "UPDATE library_info SET value = '9.2.0' WHERE key = 'schema_written_by'"
        )
    else:
        connection.execute("DELETE FROM library_info")
    connection.commit()
    connection.close()
    checkpoint(db)
    before_bytes = digest(db)
    for command in (("search", "x"), ("annotate", str(document), "--quote", "Alibaba")):
        result = reader(*command, db=db)
        expected = (
            f"reader: error: The library {db} needs reader 9.2.0 or newer (this is reader "
            f"{_version()}); it was left unchanged"
            if says_version
            else f"reader: error: The library {db} was made by a newer version of reader than"
            f" {_version()} (schema revision 0099); open it with that version (it was left"
            " unchanged)"
        )
        assert one_error(result) == expected
    assert digest(db) == before_bytes
    assert annotations_in(db) == before


def _version() -> str:
    from reader import __version__

    return __version__


# -- a lock held by another program ----------------------------------------------------------

HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE documents SET title = title")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


def test_a_lock_held_by_another_program_is_one_line_after_the_timeout(
    library: Library,
) -> None:
    db, document, before = library
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        began = time.monotonic()
        refused = reader(
            "annotate",
            str(document),
            "--quote",
            "Alibaba",
            db=db,
            env={"READER_LOCK_TIMEOUT": "1"},
        )
        waited = time.monotonic() - began
        assert one_error(refused) == (
            f"reader: error: The library {db} is in use by another program, which kept it"
            " locked for more than 1 second; try again when it is done"
        )
        assert waited >= 1.0
        found = reader("search", "Zhangbei", db=db, env={"READER_LOCK_TIMEOUT": "1"})
        assert found.returncode == 0, found.stderr  # readers are not blocked
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert annotations_in(db) == before


# -- paths ------------------------------------------------------------------------------------


def test_bad_library_paths_are_one_line(tmp_path: Path) -> None:
    assert one_error(reader("search", "x", db=tmp_path)) == (
        f"reader: error: Cannot use the library {tmp_path}: it is a folder"
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = one_error(reader("search", "x", db=blocker / "library.sqlite3"))
    assert line == (
        f"reader: error: Cannot create the folder {blocker} for the library: a file of that"
        " name is in the way"
    )
    assert one_error(reader("search", "x", env={"READER_DB": "nosuchdb://x/y"})) == (
        "reader: error: nosuchdb://x/y: this kind of database is not supported"
    )
