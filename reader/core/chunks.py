"""A text cut into paragraph-sized pieces, for a search index that can say where a hit
is and show a snippet without reading the whole text.

Pieces end at line ends, preferably blank lines (paragraph breaks of hard-wrapped
text); a line longer than :data:`MAX_CHUNK` is cut at a space. Every character of the
text is in exactly one piece, so a piece's start plus an offset inside it is an offset
in the text.
"""

from __future__ import annotations

MIN_CHUNK = 1_000
"""A piece grows past line ends until it holds at least this many characters..."""
MAX_CHUNK = 6_000
"""...and is cut before it would hold more (at a line end, else at a space)."""
MAX_CHUNKS = (1 << 20) - 1
"""At most this many pieces per text: a longer text gets longer pieces."""


def chunk_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each piece, in order, covering ``text`` exactly."""
    if not text:
        return []
    low, high = MIN_CHUNK, MAX_CHUNK
    while len(text) // low > MAX_CHUNKS:
        low, high = low * 2, high * 2
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = _piece_end(text, start, low, high)
        spans.append((start, end))
        start = end
    return spans


def _piece_end(text: str, start: int, low: int, high: int) -> int:
    n = len(text)
    if n - start <= low:
        return n
    limit = min(start + high, n)
    blank = text.find("\n\n", start + low, limit)
    if blank != -1:
        return blank + 2
    if limit == n:  # the rest fits in one piece
        return n
    line = text.find("\n", start + low, limit)
    if line != -1:
        return line + 1
    earlier = text.rfind("\n", start, limit)
    if earlier != -1:
        return earlier + 1
    space = text.rfind(" ", start + low, limit)
    return space + 1 if space != -1 else limit
