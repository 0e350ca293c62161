"""Moving a library: ``reader library copy --to URL`` of a 50-book library with 20,000
annotations, into an empty team library on a local PostgreSQL server and back into a
new SQLite file.

Run by hand: .venv/bin/python benchmarks/bench_library_copy.py [--books N] [--annotations N]

The books are the one-megabyte books of ``bench_search.py`` (the shared corpus); each is
recorded through the services as the window records it (text, structure, search
index), and the annotations are spread over them, with a note, one of 20 tags and
their author. A throw-away server is started the way the tests start one (``initdb`` +
``pg_ctl`` in a temporary folder, fsync off). Timed: the whole ``reader library copy``
process, as the user waits on it (start-up and migrations included), median of 3 runs,
each into a new empty target; target 60 s. What the command prints (its counts) is shown.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_search import CORPUS, books
from reader.core.annotations import Annotation, Colour, quote_at
from reader.services.app import Services
from tests.postgres_server import PostgresServer, find_binaries, remove_server, start_server

TARGET_S = 60
RUNS = 3


def fill(db: str, scratch: Path, book_count: int, annotation_count: int) -> None:
    """A library of ``book_count`` books and ``annotation_count`` annotations."""
    services = Services.open(db, user="Ana")
    try:
        texts = books()[:book_count]
        per_book = -(-annotation_count // len(texts))
        made = 0
        now = datetime.now(UTC)
        for n, text in enumerate(texts):
            path = scratch / f"livre-{n:02d}.txt"
            path.write_text(text, "utf-8")
            document_id = services.documents.record(services.documents.load(path)).value.id
            step = max((len(text) - 40) // per_book, 12)
            batch = []
            for k in range(min(per_book, annotation_count - made)):
                start = k * step
                batch.append(
                    Annotation(
                        str(uuid.uuid4()), document_id, start, start + 10,
                        quote_at(text, start, start + 10), Colour.YELLOW, f"note {made + k}",
                        (f"thème-{k % 20}",), now, now, author="Ana",
                    )
                )  # fmt: skip
            services.annotations.restore(batch)
            made += len(batch)
    finally:
        services.close()


def copy(source: str, target: str) -> tuple[float, float, str]:
    """Seconds of the whole ``reader library copy`` process, its CPU seconds (user +
    system; the server's own are not counted), and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--db", source, "library", "copy", "--to", target],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode != 0:
        raise SystemExit(f"copy failed ({done.returncode}): {done.stderr.strip()}")
    return seconds, cpu, done.stdout.strip()


def report(what: str, runs: list[float], cpu: list[float], printed: str) -> None:
    print(
        f"{what}: median {statistics.median(runs):.1f} s, worst {max(runs):.1f} s"
        f" (target {TARGET_S} s); the process's CPU median {statistics.median(cpu):.1f} s;"
        f" load {os.getloadavg()[0]:.2f}"
    )
    print("  it printed: " + " | ".join(printed.splitlines()))


def run(server: PostgresServer, book_count: int, annotation_count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        local = str(scratch / "library.sqlite3")
        began = time.perf_counter()
        fill(local, scratch, book_count, annotation_count)
        print(
            f"library of {book_count} books and {annotation_count:,} annotations made in"
            f" {time.perf_counter() - began:.0f} s"
        )
        to_team: list[float] = []
        back: list[float] = []
        cpu: tuple[list[float], list[float]] = ([], [])
        printed = ["", ""]
        for n in range(RUNS):
            team = server.url(server.new_database(template=None))
            seconds, used, printed[0] = copy(local, team)
            to_team.append(seconds)
            cpu[0].append(used)
            seconds, used, printed[1] = copy(team, str(scratch / f"back-{n}.sqlite3"))
            back.append(seconds)
            cpu[1].append(used)
        report("SQLite -> empty PostgreSQL library", to_team, cpu[0], printed[0])
        report("PostgreSQL -> new SQLite file", back, cpu[1], printed[1])
        again, used, printed_again = copy(local, team)
        print(
            f"copying again into the same team library (adds nothing): {again:.1f} s"
            f" (CPU {used:.1f} s); load {os.getloadavg()[0]:.2f}"
        )
        print("  it printed: " + " | ".join(printed_again.splitlines()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", type=int, default=50)
    parser.add_argument("--annotations", type=int, default=20_000)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: the shared corpus is not there ({CORPUS})")
        return 0
    binaries = find_binaries()
    if binaries is None:
        print("skipped: no PostgreSQL binaries (initdb, pg_ctl)")
        return 0
    server = start_server(binaries)
    try:
        run(server, args.books, args.annotations)
    finally:
        remove_server(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
