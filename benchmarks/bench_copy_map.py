"""How long Read My Copy takes to align a member's copy with the shared text.

Run by hand: .venv/bin/python benchmarks/bench_copy_map.py

:class:`reader.core.copy_map.CopyMap` of the largest plain-text book of the shared
corpus (its canonical text, as ``reader text`` gives it) with a copy of it edited in
1, 20 and 200 places (at random, fixed seed: up to 40 characters replaced by a short
sentence each time); median of 3 runs each, then how much of the text the copy still
has in common. This is the work done off the UI thread before the copy is shown
(:mod:`reader.ui.copy_view`); the layout of the copy is not timed here.
Target: under 1 s for 20 edits (the member waits, with the dialog's words saying so).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.copy_map import CopyMap
from reader.formats import load_document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "plain-text"
TARGET_MS = 1_000


def edited(text: str, edits: int, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(edits):
        at = rng.randrange(len(chars))
        chars[at : at + rng.randrange(0, 40)] = list("Note ajoutée par un membre. ")
    return "".join(chars)


def main() -> int:
    books = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    if not books:
        print(f"no corpus at {CORPUS}: nothing measured")
        return 1
    book = books[-1]
    shared = load_document(book).text
    rng = random.Random(17)
    print(f"{book.name}: {len(shared):,} characters")
    for edits in (1, 20, 200):
        copy = edited(shared, edits, rng)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            copy_map = CopyMap(shared, copy)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        verdict = f" (target {TARGET_MS} ms: {'met' if median < TARGET_MS else 'NOT met'})"
        print(
            f"copy map, {edits} edit(s): median {median:.0f} ms, worst {max(times):.0f} ms,"
            f" {copy_map.common / len(shared):.2%} in common" + (verdict if edits == 20 else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
