"""Opening a ~1 MB EPUB, and searching a library of 1,000 documents.

Run by hand: .venv/bin/python benchmarks/bench_library.py

Targets: the first chapter of a ~1 MB book is available in under 1 s (the whole book
is parsed at once, so this is the load time); a search over 1,000 documents answers
in under 100 ms (median over several queries).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import SAMPLE, large_french_text, median_ms
from reader.formats import load_document
from reader.services.app import Services
from tests.formats.books import Chapter, make_epub

DOCUMENTS = 1000
QUERIES = (
    "données",
    "donnees hebei",
    '"centres de données"',
    "strat*",
    "zhang cloud",
    "Reuters",
    "lecteur123",  # one document only
    "licorne",  # nothing
)


def prose(rng: random.Random, target_chars: int) -> list[str]:
    """French-looking paragraphs of words drawn at random from the sample article: as
    little repetition as real prose, so the EPUB compresses about as much as a book."""
    words = SAMPLE.read_text("utf-8").split()
    paragraphs: list[str] = []
    size = 0
    while size < target_chars:
        paragraph = " ".join(rng.choice(words) for _ in range(rng.randint(40, 160))) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return paragraphs


def book_chapters(paragraphs: list[str], chapters: int = 40) -> list[Chapter]:
    per = max(1, len(paragraphs) // chapters)
    return [
        Chapter(
            f"Chapitre {n + 1}",
            paragraphs[n * per : (n + 1) * per],
            sections=[(f"s{n}", f"Section {n + 1}.1", paragraphs[n * per : n * per + 2])],
        )
        for n in range(chapters)
    ]


def bench_epub(scratch: Path, services: Services) -> None:
    rng = random.Random(1)
    books = {
        "1 MB of text": book_chapters(large_french_text().split("\n")),
        "a 1 MB file": book_chapters(prose(rng, 3_400_000)),
    }
    for label, chapters in books.items():
        path = make_epub(scratch / f"{len(label)}.epub", chapters)
        document = load_document(path)
        print(
            f"EPUB, {label}: {path.stat().st_size / 1e6:.2f} MB file,"
            f" {len(document.text):,} characters, {len(document.blocks):,} blocks,"
            f" {len(document.toc)} contents entries"
        )
        load = median_ms(partial(load_document, path))
        record = median_ms(partial(services.documents.open, path))
        print(f"  load (first chapter available)  {load:8.1f} ms")
        print(f"  open via services (+ record)    {record:8.1f} ms")


def bench_search(scratch: Path, services: Services) -> None:
    paragraphs = [p for p in SAMPLE.read_text("utf-8").split("\n") if p.strip()]
    rng = random.Random(7)
    folder = scratch / "library"
    folder.mkdir()
    started = time.perf_counter()
    for n in range(DOCUMENTS):
        body = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(8, 30)))
        path = folder / f"article-{n:04d}.txt"
        path.write_text(f"Article {n} lecteur{n}\n{body}\n", "utf-8")
        added = services.library.add(path).value
        if n % 4 == 0:  # some annotations too: notes, quotes, tags
            services.annotations.create(
                added.entry.id,
                0,
                7,
                note=f"Note {n} sur les données",
                tags=["revue", f"lot/{n % 10}"],
            )
    setup = time.perf_counter() - started
    print(f"Search: {DOCUMENTS:,} documents recorded in {setup:.1f} s (add + index)")
    listing = median_ms(services.library.documents)
    print(f"  list the library (sorted by last opened)  {listing:7.1f} ms")
    times = []
    for query in QUERIES:
        took = median_ms(partial(services.library.search, query), repeat=7)
        hits = services.library.search(query)
        times.append(took)
        print(f"  {query!r:28} {len(hits):3} hits  {took:7.1f} ms")
    print(f"  median over {len(QUERIES)} queries           {statistics.median(times):7.1f} ms")
    print(f"  slowest                            {max(times):7.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        services = Services.open(str(scratch / "db.sqlite3"))
        try:
            bench_epub(scratch, services)
            bench_search(scratch, services)
        finally:
            services.close()


if __name__ == "__main__":
    main()
