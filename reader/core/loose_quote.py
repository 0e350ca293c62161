"""Finding a quote again when only the whitespace in and around it changed.

A new conversion of the same file can change whitespace only: a hard-wrapped
paragraph reflowed turns the line break inside a quote into a space (or into nothing
after a hyphen), an indentation disappears. :func:`loose_find` looks for the quote's
characters in order with any whitespace (or none) between them, first near where it
was, then in the whole text, and prefers the occurrence whose context matches best.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from reader.core.annotations import TextQuote

NEAR = 4_000
"""Characters either side of the old position searched first."""
MIN_SPECIFIC = 12
"""Non-blank characters from which a quote is trusted without matching context."""
MIN_CONTEXT = 0.5
_MAX_HITS = 1_000
_MAX_PATTERN = 2_000
_SPACE = re.compile(r"\s+")


def loose_find(text: str, quote: TextQuote, hint: int) -> tuple[int, int] | None:
    """Where ``quote.exact`` is in ``text`` ignoring whitespace, from its first to its
    last non-blank character; the best context wins, the nearest to ``hint`` among
    equals. None if it is not there, or is short and its context does not match."""
    pattern = _pattern(quote.exact)
    if pattern is None:
        return None
    for lo, hi in ((max(0, hint - NEAR), hint + len(quote.exact) + NEAR), (0, len(text))):
        best: tuple[float, int, int, int] | None = None
        for count, found in enumerate(pattern.finditer(text, lo, hi)):
            if count >= _MAX_HITS:
                break
            start, end = found.span()
            context = _context(text, quote, start, end)
            key = (context, -abs(start - hint), start, end)
            if best is None or key > best:
                best = key
        if best is not None and (_specific(quote) or best[0] >= MIN_CONTEXT):
            return best[2], best[3]
    return None


def _pattern(exact: str) -> re.Pattern[str] | None:
    chars = _SPACE.sub("", exact)
    if not chars or len(chars) > _MAX_PATTERN:
        return None
    return re.compile(r"\s*".join(re.escape(c) for c in chars))


def _specific(quote: TextQuote) -> bool:
    return len(_SPACE.sub("", quote.exact)) >= MIN_SPECIFIC or not (quote.prefix or quote.suffix)


def _context(text: str, quote: TextQuote, start: int, end: int) -> float:
    """Mean similarity of the quote's prefix and suffix to the text around a match,
    whitespace runs counted as one space."""
    scores = []
    if quote.prefix:
        before = text[max(0, start - len(quote.prefix) - 8) : start]
        scores.append(_similar(quote.prefix, before, tail=True))
    if quote.suffix:
        after = text[end : end + len(quote.suffix) + 8]
        scores.append(_similar(quote.suffix, after, tail=False))
    return sum(scores) / len(scores) if scores else 1.0


def _similar(expected: str, found: str, *, tail: bool) -> float:
    a = _SPACE.sub(" ", expected)
    b = _SPACE.sub(" ", found)
    b = b[-len(a) :] if tail else b[: len(a)]
    return float(Levenshtein.normalized_similarity(a, b))
