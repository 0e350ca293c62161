"""SQLite FTS5's ``bm25()``, computed the same way, for ranking a team library's
documents in the same order as a local library's (:mod:`reader.store.postgres_search`).

As in FTS5 (``fts5_aux.c``): k1 = 1.2, b = 0.75; a term's IDF is
``log((N - n + 0.5) / (n + 0.5))`` with N the number of rows and n the number holding
the term, and a tiny positive value (1e-6) when that is not positive (a word in more
than half the documents); a term's frequency in a row is the sum of its column
weights over its occurrences; the length of a row is its number of words (all columns).
The operations are FTS5's, in its order, so equal inputs give equal scores.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

K1 = 1.2
B = 0.75


def idf(rows: int, holding: int) -> float:
    value = math.log((rows - holding + 0.5) / (holding + 0.5))
    return value if value > 0.0 else 1e-6


def score(
    frequencies: Sequence[float], idfs: Sequence[float], length: int, average: float
) -> float:
    """The bm25 score of a row (negative: lower is better, as FTS5 returns it)."""
    total = 0.0
    for frequency, weight in zip(frequencies, idfs, strict=True):
        total += weight * (
            (frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * float(length) / average))
        )
    return -1.0 * total
