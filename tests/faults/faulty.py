"""Tools to break real library files and the disks under them, for the fault tests.

Tests run as root, whom file modes do not stop: a read-only place is a read-only bind
mount, a full disk a small tmpfs; a test that needs them is skipped (with the reason)
where mounting is not allowed. File and folder modes are tested by running the CLI
as the unprivileged user ``nobody``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.services.app import Services

NOBODY = 65534
LINES = [
    f"Ligne {n} : le groupe Alibaba ouvre un centre de données dans le Hebei, près de Zhangbei."
    for n in range(400)
]
TEXT = "\n".join(LINES) + "\n"

Snapshot = dict[str, tuple[str, str, tuple[str, ...]]]


def write_document(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "article.txt"
    path.write_text(TEXT, "utf-8")
    return path


def build_library(db: Path, document: Path, count: int) -> Snapshot:
    """A library with ``document`` and ``count`` annotations (notes and tags); their
    snapshot (id -> note, quote, tags)."""
    services = Services.open(str(db))
    try:
        opened = services.documents.open(document).value
        step = len(LINES[0]) + 1
        for n in range(count):
            start = (n % len(LINES)) * step
            services.annotations.create(
                opened.id, start, start + 5, note=f"note {n} " + "x" * 80, tags=[f"t{n % 7}"]
            )
    finally:
        services.close()
    return annotations_in(db)


def annotations_in(db: Path) -> Snapshot:
    """Every annotation of the library file, read with plain sqlite3 (read-only)."""
    connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tags: dict[str, list[str]] = {}
        for annotation_id, name in connection.execute(
            "SELECT at.annotation_id, t.name FROM annotation_tags AS at"
            " JOIN tags AS t ON t.id = at.tag_id"
        ):
            tags.setdefault(annotation_id, []).append(name)
        return {
            annotation_id: (note, exact, tuple(sorted(tags.get(annotation_id, []))))
            for annotation_id, note, exact in connection.execute(
                "SELECT id, note, exact FROM annotations"
            )
        }
    finally:
        connection.close()


def integrity(db: Path) -> str:
    connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def read_only_mount(target: Path) -> Iterator[None]:
    """``target`` (a folder or a file) bind-mounted read-only over itself."""
    first = _run("mount", "--bind", str(target), str(target))
    if first.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {first.stderr.strip()}")
    second = _run("mount", "-o", "remount,bind,ro", str(target))
    if second.returncode != 0:
        _run("umount", str(target))
        pytest.skip(f"cannot remount read-only here: {second.stderr.strip()}")
    try:
        yield
    finally:
        _run("umount", "-l", str(target))


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    block = b"\0" * 4096
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as handle:
        while True:
            handle.write(block)
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as handle:
        while True:
            handle.write(b"\0")
    return filler


def leaf_pages(db: Path, table: str) -> list[int]:
    connection = sqlite3.connect(db)
    try:
        return [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    finally:
        connection.close()


def overwrite_pages(db: Path, pages: list[int], page_size: int = 4096) -> None:
    """Write garbage over whole pages of the file (as a failing disk would)."""
    with db.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(bytes((n * 37 + 11) % 256 for n in range(page_size)))


def checkpoint(db: Path) -> None:
    """Move everything from the -wal into the main file, so breaking it breaks data."""
    connection = sqlite3.connect(db)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def open_to(folder: Path, user: int) -> None:
    """Let ``user`` reach and write ``folder`` (and read everything on the way there)."""
    for parent in [folder, *folder.parents]:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        os.chmod(parent, mode | 0o755)
    shutil.chown(folder, user, user)


def break_search_index(db: Path) -> None:
    """Change every document's title behind the search index's back (its trigger
    dropped for the while): the index no longer matches the table, all else is sound."""
    connection = sqlite3.connect(db, isolation_level=None)
    try:
        trigger = connection.execute(
            "SELECT sql FROM sqlite_schema WHERE name = 'search_documents_update'"
        ).fetchone()[0]
        connection.execute("BEGIN")
        connection.execute("DROP TRIGGER search_documents_update")
        connection.execute("UPDATE documents SET title = 'un autre titre'")
        connection.execute(trigger)
        connection.execute("COMMIT")
    finally:
        connection.close()
