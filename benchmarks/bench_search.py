"""Library search over 50 one-megabyte books, and what recording such a book costs.

Run by hand: .venv/bin/python benchmarks/bench_search.py

The books are made from the novels of the shared corpus (five French and English
Gutenberg and CLiGS books, cut or repeated to 1.0 MB of text each), each with one
line of its own near its end ("... le sceau xq<n>licorne ..."). Timed, through
``LibraryService.search`` as ``reader search`` and the window call it: 10 queries
(a word found in one book near its end, words in every book, a phrase, a prefix, a
word found nowhere), each the median of 5 runs; printed: each, then the median and
the worst. Target: under 100 ms. Also timed: recording each book the first time
(``DocumentService.record``: its row, the FTS5 index of the whole text and of its
paragraph-sized pieces), median and worst of the 50; target 300 ms. And
``--all-hits`` for a frequent word in one book.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_ms
from reader.services.app import Services

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "plain-text"
SOURCES = (
    "fr-textbox-boisgobey-crime-opera-rd1006.txt",
    "fr-textbox-flaubert-education-sentimentale-rd0041.txt",
    "fr-textbox-zola-joie-de-vivre-rd0098.txt",
    "fr-dumas-monte-cristo-tome1-pg17989-latin1-crlf.txt",
    "en-eliot-middlemarch-pg145-ascii-crlf.txt",
)
BOOKS = 50
SIZE = 1_000_000
QUERIES = (
    "xq7licorne",
    "xq42licorne",
    "xq49licorne sceau",
    "mais",
    "donc encore",
    '"il y avait"',
    "amour*",
    "Darcy",
    "lettre jamais",
    "zzzintrouvable",
)


def books() -> list[str]:
    texts = []
    for name in SOURCES:
        raw = (CORPUS / name).read_bytes()
        text = raw.decode("latin-1" if "latin1" in name else "utf-8-sig").replace("\r\n", "\n")
        texts.append((text * (SIZE // len(text) + 1))[:SIZE])
    out = []
    for n in range(BOOKS):
        text = texts[n % len(texts)]
        cut = text.rfind("\n", 0, len(text) - 2_000)  # near the end
        unique = f"\nIl brisa le sceau xq{n}licorne et lut la lettre.\n"
        out.append(text[:cut] + unique + text[cut:])
    return out


def time_queries(services: Services, book_count: int, *, target_ms: int) -> None:
    """Print each query's median time (of 5) and hits, then their median and worst."""
    times = []
    for query in QUERIES:
        took = median_ms(partial(services.library.search, query), repeat=5)
        hits = services.library.search(query)
        times.append(took)
        print(f"  {query!r:24} {len(hits):3} hits  {took:7.1f} ms")
    print(
        f"search over {book_count} books: median {statistics.median(times):.1f} ms,"
        f" worst {max(times):.1f} ms (target {target_ms})"
    )


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: the shared corpus is not there ({CORPUS})")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        services = Services.open(str(scratch / "db.sqlite3"))
        recording = []
        for n, text in enumerate(books()):
            path = scratch / f"livre-{n:02d}.txt"
            path.write_text(text, "utf-8")
            loaded = services.documents.load(path)
            began = time.perf_counter()
            services.documents.record(loaded)
            recording.append((time.perf_counter() - began) * 1000)
        print(
            f"record a 1 MB book the first time: median {statistics.median(recording):.0f} ms,"
            f" worst {max(recording):.0f} ms (target 300)"
        )
        time_queries(services, BOOKS, target_ms=100)
        every = median_ms(partial(services.library.search, "lettre", 1, all_hits=True), repeat=5)
        count = len(services.library.search("lettre", 1, all_hits=True))
        print(f"--all-hits 'lettre' in the best book: {count} hits, {every:.1f} ms")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
