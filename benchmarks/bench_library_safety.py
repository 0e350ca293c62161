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
- the full check of ``reader library check`` (integrity_check, foreign keys, FTS5);
- the window's start-up (offscreen Qt): opening the library off the UI thread as
  :class:`reader.ui.library_session.LibrarySession` does (probe, revision,
  quick_check and the daily backup, due because there is none yet), with the UI
  thread's longest stall meanwhile (a 10 ms timer's longest gap; target under
  100 ms), then building the window on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer

from benchmarks.common import median_ms
from reader.services.app import Services
from reader.store.access import WRITABLE, connect
from reader.store.backup import make_backup
from reader.store.integrity import full_check, quick_check_file
from reader.store.opening import open_library
from reader.ui.app import make_app
from reader.ui.library_session import off_ui_thread
from reader.ui.main_window import MainWindow

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
        window_start(db)
    return 0


def window_start(db: Path) -> None:
    """The window's start-up on ``db``, as the GUI runs it (no document opened)."""
    app = make_app()
    gaps = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    app.processEvents()
    began = last[0] = time.perf_counter()
    services = off_ui_thread(partial(Services.open, str(db)), "Opening the library…")
    opened = time.perf_counter() - began
    timer.stop()
    made = "a daily backup made" if services.state.backup is not None else "no backup due"
    print(
        f"window start-up: library opened off the UI thread in {opened * 1000:.0f} ms"
        f" ({made}, check {1000 * (services.state.check_seconds or 0):.0f} ms);"
        f" longest UI-thread stall meanwhile {gaps[0] * 1000:.0f} ms (target < 100 ms)"
    )
    began = time.perf_counter()
    settings = QSettings(str(db.parent / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    print(f"window built on it: {(time.perf_counter() - began) * 1000:.0f} ms (UI thread)")
    window.close()
    window.runner.wait()
    services.close()


if __name__ == "__main__":
    raise SystemExit(main())
