"""Library safety on a 50 MB library: the start-up check, a backup, the full check.

Run by hand: .venv/bin/python benchmarks/bench_library_safety.py [--size-mb 50]

The library is built from the corpus' plain-text books (each added several times
under different names, as a reader's library of many books), 100 annotations on each,
until the file reaches the size asked. Then, on that file:

- ``PRAGMA quick_check`` as start-up runs it (its own connection; warm page cache,
  median of 5): target under 200 ms, else it must run in the background;
- the whole ``open_library`` path a command runs (probe, revision, quick_check),
  without the daily backup;
- one verified backup (online backup API + quick_check of the copy);
- the full check of ``reader library check`` (integrity_check, foreign keys, FTS5).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_ms
from reader.services.app import Services
from reader.store.access import WRITABLE, connect
from reader.store.backup import make_backup
from reader.store.integrity import full_check, quick_check_file
from reader.store.opening import open_library

CORPUS = Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "plain-text"


def build(db: Path, folder: Path, size_mb: float) -> tuple[int, int]:
    books = sorted(p for p in CORPUS.glob("*.txt") if p.is_file())
    if not books:
        raise SystemExit(f"the corpus is not there: {CORPUS}")
    services = Services.open(str(db))
    documents = annotations = 0
    try:
        copy = 0
        while db.stat().st_size < size_mb * 1_000_000:
            for book in books:
                target = folder / f"{copy:03d}-{book.name}"
                shutil.copyfile(book, target)
                added = services.library.add(target).value
                documents += 1
                for n in range(100):
                    start = n * 97
                    services.annotations.create(added.entry.id, start, start + 12, note=f"n{n}")
                    annotations += 1
                if db.stat().st_size >= size_mb * 1_000_000:
                    break
            copy += 1
    finally:
        services.close()
    return documents, annotations


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=float, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = folder / "library.sqlite3"
        began = time.perf_counter()
        documents, annotations = build(db, folder, args.size_mb)
        size = db.stat().st_size / 1_000_000
        print(
            f"library: {size:.1f} MB, {documents} documents, {annotations} annotations"
            f" (built in {time.perf_counter() - began:.0f} s)"
        )
        quick = median_ms(lambda: quick_check_file(db, WRITABLE))
        print(f"quick_check (start-up check): {quick:.0f} ms median of 5 (target < 200 ms)")

        def opening() -> None:
            engine, _ = open_library(db, backups=False)
            engine.dispose()

        print(f"open_library with the check, no backup: {median_ms(opening):.0f} ms median of 5")
        destination = folder / "copy.sqlite3"

        def backup() -> None:
            destination.unlink(missing_ok=True)
            make_backup(db, destination=destination)

        print(f"verified backup: {median_ms(backup, 3):.0f} ms median of 3")
        connection = connect(db, WRITABLE)
        try:
            began = time.perf_counter()
            result = full_check(connection)
            print(
                f"full check: {(time.perf_counter() - began) * 1000:.0f} ms"
                f" ({'ok' if result.ok else result.problems[0]})"
            )
        finally:
            connection.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
