"""A team library on a local PostgreSQL server: annotating, searching, hearing changes.

Run by hand: .venv/bin/python benchmarks/bench_team_library.py [--url URL] [--books N]

Without ``--url`` a throw-away server is started the way the tests start one
(``initdb`` + ``pg_ctl`` in a temporary folder, :mod:`tests.postgres_server`; with
fsync off, so disk waits are not counted). Timed through the services, as the window
and the CLI call them:

- adding one annotation (``AnnotationService.create``: one write transaction) with
  50,000 annotations in the library: median and worst of 20; target 50 ms;
- search over N one-megabyte books (default 50; the books and the 10 queries of
  ``bench_search.py``), each the median of 5 runs; median and worst; target 150 ms;
- a change by another member heard (``LibraryService.changed_elsewhere`` of a second
  ``Services`` true) after the first one's ``create`` returned, asked every 10 ms:
  median and worst of 10; target 2 s (the window asks every 1.5 s, on top of this).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_search import CORPUS, books, time_queries
from reader.core.annotations import Annotation, Colour, quote_at
from reader.services.app import Services
from tests.postgres_server import find_binaries, remove_server, start_server

ANNOTATIONS = 50_000


def fill_annotations(services: Services, document_id: int, text: str) -> None:
    now = datetime.now(UTC)
    batch: list[Annotation] = []
    step = max(len(text) // ANNOTATIONS, 12)
    for n in range(ANNOTATIONS):
        start = (n * step) % (len(text) - 20)
        quote = quote_at(text, start, start + 8)
        batch.append(
            Annotation(
                str(uuid.uuid4()), document_id, start, start + 8, quote, Colour.YELLOW,
                f"note {n}", (), now, now, author="bench",
            )
        )  # fmt: skip
        if len(batch) == 5_000:
            services.annotations.restore(batch)
            batch = []
    if batch:
        services.annotations.restore(batch)


def run(url: str, book_count: int) -> None:
    services = Services.open(url, user="Ana")
    other = Services.open(url, user="Ben")
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        texts = books()[:book_count]
        recording = []
        recording_cpu = []
        ids = []
        for n, text in enumerate(texts):
            path = scratch / f"livre-{n:02d}.txt"
            path.write_text(text, "utf-8")
            loaded = services.documents.load(path)
            began, began_cpu = time.perf_counter(), time.process_time()
            ids.append(services.documents.record(loaded).value.id)
            recording.append((time.perf_counter() - began) * 1000)
            recording_cpu.append((time.process_time() - began_cpu) * 1000)
        print(
            f"record a 1 MB book the first time: median {statistics.median(recording):.0f} ms,"
            f" worst {max(recording):.0f} ms (this process's CPU: median"
            f" {statistics.median(recording_cpu):.0f} ms); load {os.getloadavg()[0]:.2f}"
        )
        began = time.perf_counter()
        fill_annotations(services, ids[0], texts[0])
        print(f"{ANNOTATIONS:,} annotations restored in {time.perf_counter() - began:.1f} s")
        adding = []
        for n in range(20):
            began = time.perf_counter()
            services.annotations.create(ids[1], n * 100, n * 100 + 10, note="bench")
            adding.append((time.perf_counter() - began) * 1000)
        print(
            f"add one annotation with {ANNOTATIONS:,} in the library: median "
            f"{statistics.median(adding):.1f} ms, worst {max(adding):.1f} ms (target 50)"
        )
        time_queries(services, book_count, target_ms=150)
        other.library.changed_elsewhere()
        heard = []
        for n in range(10):
            services.annotations.create(ids[2], n * 50, n * 50 + 5)
            began = time.perf_counter()
            while not other.library.changed_elsewhere():
                time.sleep(0.01)
                if time.perf_counter() - began > 10:
                    break
            heard.append((time.perf_counter() - began) * 1000)
        print(
            f"a change by another member heard after: median {statistics.median(heard):.0f} ms,"
            f" worst {max(heard):.0f} ms (target 2000)"
        )
    other.close()
    services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty team library (else a temporary server)")
    parser.add_argument("--books", type=int, default=50)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: the shared corpus is not there ({CORPUS})")
        return 0
    if args.url:
        run(args.url, args.books)
        return 0
    binaries = find_binaries()
    if binaries is None:
        print("skipped: no PostgreSQL binaries (initdb, pg_ctl) and no --url")
        return 0
    server = start_server(binaries)
    try:
        run(server.url(server.new_database(template=None)), args.books)
    finally:
        remove_server(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
