"""Find every occurrence of a query in a text, ignoring case, accents and apostrophes.

The text is folded once (:func:`reader.core.folding.fold`, one character per
character), so offsets in the folded text are offsets in the original ("donnees"
finds "Données" at the same code points). The search can run piece by piece, so a
long text's first matches are known before the whole text has been read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.folding import fold

MAX_MATCHES = 10_000
PIECE = 200_000
"""Characters searched per step of :func:`iter_matches`."""


def find_pattern(query: str) -> re.Pattern[str] | None:
    """The pattern of a query over folded text: its words in order, any run of white
    space between them (a query typed on one line finds a passage wrapped over two)."""
    words = fold(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def iter_matches(
    folded: str, pattern: re.Pattern[str], piece: int = PIECE
) -> Iterator[list[tuple[int, int]]]:
    """The non-overlapping matches in text order, a list per piece of about ``piece``
    characters (a match across a piece's end belongs to the piece where it starts)."""
    pos = 0
    while pos < len(folded):
        end = min(pos + piece, len(folded))
        found: list[tuple[int, int]] = []
        for match in pattern.finditer(folded, pos):
            if match.start() >= end:
                break
            found.append(match.span())
        yield found
        pos = max(end, found[-1][1]) if found else end
