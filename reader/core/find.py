"""Find every occurrence of a query in a text, ignoring case and accents.

Folding keeps one character per character, so offsets in the folded text are
offsets in the original ("donnees" finds "Données" at the same code points).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_MATCHES = 10_000


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Lower case without accents, the same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lowers to two characters
        return "".join(_fold_char(c) for c in text)
    if lowered.isascii():
        return lowered
    return "".join(_fold_char(c) if ord(c) > 127 else c for c in lowered)


def find_all(
    text: str, query: str, *, folded: str | None = None, limit: int = MAX_MATCHES
) -> list[tuple[int, int]]:
    """(start, end) of each non-overlapping occurrence, at most ``limit``.

    Runs of white space in the query match any run of white space (a query typed
    on one line finds a passage wrapped over two).
    """
    words = fold(query).split()
    if not words:
        return []
    haystack = fold(text) if folded is None else folded
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    matches = []
    for match in pattern.finditer(haystack):
        matches.append((match.start(), match.end()))
        if len(matches) >= limit:
            break
    return matches
