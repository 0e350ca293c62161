"""The entity Index of a library of 50 recognised books (about 50 MB of text).

Run by hand: .venv/bin/python benchmarks/bench_entity_index.py [--work DIR] [--books 50]

The books are the novels of the shared corpus (``plain-text/``: French and English,
Gutenberg and CLiGS), taken in turn until there are ``--books`` of them; each is a
file of its own in DIR (default: a new temporary folder), recorded in DIR's library.
The first copy of each novel is recognised by the real pipeline (minutes of CPU for a
French book; pass the same ``--work DIR`` again to reuse it); later copies have the
same text, so their recognition comes from the cache, as for a book recognised before
and added again, and what is timed for them is the Index's own work.

Timed, through the services the window and ``reader index`` call:

- adding one recognised book to the Index (``EntityService.reindex``: its cached
  entities with corrections applied, keyed, grouped and written, one transaction),
  median and worst per book, and per MB of text; target under 1 s for a 1 MB book;
- opening the Index (``IndexService.stale_documents`` then ``entries``, what the
  panel runs when shown), median of 5; target 300 ms;
- the mentions of the entry whose number of mentions is nearest 2,000
  (``IndexService.mentions``: rows, each document's text, contexts, overlapping
  highlights), median of 5; target 100 ms;
- the Index's share of the library file (SQLite's ``dbstat``: pages of its five
  tables and their indexes over all pages); target under 20%.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.services.app import Services

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "plain-text"
SOURCES = (
    "fr-textbox-flaubert-education-sentimentale-rd0041.txt",
    "en-eliot-middlemarch-pg145-ascii-crlf.txt",
    "fr-textbox-zola-joie-de-vivre-rd0098.txt",
    "en-doyle-adventures-of-sherlock-holmes-pg1661-ascii-crlf.txt",
    "fr-dumas-monte-cristo-tome1-pg17989-latin1-crlf.txt",
    "en-shelley-frankenstein-pg84-utf8bom-crlf.txt",
    "fr-hugo-miserables-tome1-fantine-pg17489-latin1-crlf.txt",
    "fr-textbox-boisgobey-crime-opera-rd1006.txt",
)
INDEX_TABLES = (
    "entity_names",
    "entity_mentions",
    "entity_counts",
    "entity_index_state",
    "entity_choices",
)


def build(
    services: Services, work: Path, books: int, sources: int
) -> list[tuple[int, float, float]]:
    """Record and recognise the books; (characters, wall seconds, CPU seconds) of each
    book indexed from cached recognition."""
    timings = []
    for n in range(books):
        source = CORPUS / SOURCES[n % sources]
        copy = work / f"{n:02d}-{source.name}"
        if not copy.exists():
            copy.write_bytes(source.read_bytes())
        document_id = services.library.add(copy).value.entry.id
        size = len(services.documents.stored(document_id).text)
        if services.entities.cached(document_id) is None:
            start = time.perf_counter()
            services.entities.recognise(document_id)
            seconds = time.perf_counter() - start
            print(f"  recognised {source.name} ({size / 1e6:.2f} M chars) in {seconds:.0f} s")
            continue
        start, used = time.perf_counter(), time.process_time()
        assert services.entities.reindex(document_id)
        timings.append((size, time.perf_counter() - start, time.process_time() - used))
    return timings


def median_ms(work: Callable[[], object], repeat: int = 5) -> str:
    """Median wall-clock and CPU milliseconds of ``work`` (the machine may be shared: the
    CPU time is what the call itself used)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, used = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return f"median {statistics.median(wall):.0f} ms (CPU {statistics.median(cpu):.0f} ms)"


def index_share(db: Path) -> tuple[float, int, int]:
    with sqlite3.connect(db) as connection:
        pages = dict(connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))
        owners = dict(connection.execute("SELECT name, tbl_name FROM sqlite_master"))
    total = sum(pages.values())
    index = sum(size for name, size in pages.items() if owners.get(name) in INDEX_TABLES)
    return index / total, index, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, help="folder for the library and the books")
    parser.add_argument("--books", type=int, default=50)
    parser.add_argument("--sources", type=int, default=len(SOURCES), help="novels to use")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit("shared/corpus not available")
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-index-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "library.sqlite3"
    services = Services.open(str(db), backups=False)
    try:
        print(f"library {db}: {args.books} books from {args.sources} novels")
        timings = build(services, work, args.books, args.sources)
        chars = sum(len(services.documents.stored(d.id).text) for d in services.library.documents())
        entries = services.index.entries(labels=None)
        print(
            f"  {len(services.library.documents())} documents, {chars / 1e6:.1f} M characters,"
            f" {sum(e.mentions for e in entries):,} mentions in {len(entries):,} entries"
        )
        if timings:
            wall = [seconds * 1000 / (size / 1e6) for size, seconds, _cpu in timings]
            cpu = [used * 1000 / (size / 1e6) for size, _seconds, used in timings]
            print(
                f"add one recognised book to the Index, per M characters over {len(timings)}"
                f" books: median {statistics.median(wall):.0f} ms (CPU"
                f" {statistics.median(cpu):.0f} ms), worst {max(wall):.0f} ms (CPU"
                f" {max(cpu):.0f} ms) (target < 1 s for a 1 MB book)"
            )

        def open_index() -> object:
            services.index.stale_documents()
            return services.index.entries()

        print(f"open the Index (stale check + entries): {median_ms(open_index)} (target < 300 ms)")
        everything = services.index.entries(labels=None)
        every_type = median_ms(lambda: services.index.entries(labels=None))
        print(f"  with every type ({len(everything):,} entries): {every_type}")
        entry = min(everything, key=lambda e: abs(e.mentions - 2000))
        print(
            f"mentions of “{entry.name}” ({entry.label.value}, {entry.mentions:,} mentions in"
            f" {entry.documents} documents): {median_ms(lambda: services.index.mentions(entry.id))}"
            " (target < 100 ms)"
        )
        top = everything[0]
        most = median_ms(lambda: services.index.mentions(top.id), repeat=3)
        print(f"  the most mentioned, “{top.name}” ({top.mentions:,}): {most}")
    finally:
        services.close()
    share, index, total = index_share(db)
    print(
        f"Index storage: {index / 1e6:.1f} MB of {total / 1e6:.1f} MB, {share:.1%} of the"
        " library (target < 20%)"
    )


if __name__ == "__main__":
    main()
