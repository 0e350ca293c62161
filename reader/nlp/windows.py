"""The windows a book is decided in: its chapters, or stretches of a few thousand words.

A name keeps one type within a window (:mod:`reader.nlp.consistency`). A short text
is one window (one sense per document). A book with headings is cut at them, small
chapters joined until a window holds :data:`MIN_CHAPTER` characters, long ones cut
into stretches; a book without headings is cut into stretches of about
:data:`BOOK_WINDOW` characters at line ends. No cut falls inside a span.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.core.entities import EntitySpan

BOOK_CHARS = 60_000  # a longer text is decided window by window ...
BOOK_WINDOW = 20_000  # ... of about this many characters (some 3,500 French words)
MIN_CHAPTER = 10_000  # chapters shorter than this are joined with the next
MAX_CHAPTER = 60_000  # chapters longer than this are cut into stretches


def windows(
    text: str, spans: Sequence[EntitySpan], chapters: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """Consecutive ranges covering ``text``: one for a short text, else the chapters
    starting at the offsets ``chapters`` (heading starts), else stretches."""
    if len(text) <= BOOK_CHARS:
        return [(0, len(text))]
    cuts = _chapter_cuts(text, spans, chapters)
    if not cuts:
        return stretches(text, spans, BOOK_WINDOW)
    ranges: list[tuple[int, int]] = []
    for begin, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        if ranges and ranges[-1][1] - ranges[-1][0] < MIN_CHAPTER:
            begin = ranges.pop()[0]  # noqa: PLW2901 - the window before is too small: join it
        ranges.append((begin, end))
    if len(ranges) > 1 and ranges[-1][1] - ranges[-1][0] < MIN_CHAPTER:
        last = ranges.pop()
        ranges[-1] = (ranges[-1][0], last[1])
    result: list[tuple[int, int]] = []
    for start, end in ranges:
        if end - start <= MAX_CHAPTER:
            result.append((start, end))
            continue
        inside = [
            EntitySpan(s.start - start, s.end - start, s.label, s.text, s.source)
            for s in spans
            if start <= s.start and s.end <= end
        ]
        part = text[start:end]
        result.extend((start + a, start + b) for a, b in stretches(part, inside, BOOK_WINDOW))
    return result


def _chapter_cuts(text: str, spans: Sequence[EntitySpan], chapters: Sequence[int]) -> list[int]:
    """The chapter starts strictly inside the text and outside every span, sorted."""
    starts = [s.start for s in spans]
    cuts = []
    for offset in sorted(set(chapters)):
        if not 0 < offset < len(text):
            continue
        i = bisect.bisect_left(starts, offset) - 1  # the last span starting before
        if i >= 0 and spans[i].end > offset:
            continue
        cuts.append(offset)
    return cuts


def stretches(text: str, spans: Sequence[EntitySpan], size: int) -> list[tuple[int, int]]:
    """Consecutive ranges covering ``text``, each ending at a line end past ``size``
    characters (a blank line if one comes soon), never inside one of ``spans``."""
    ranges: list[tuple[int, int]] = []
    start = 0
    ends = [s.end for s in spans]
    starts = [s.start for s in spans]
    while start < len(text):
        target = start + size
        if target >= len(text) - size // 2:
            ranges.append((start, len(text)))
            break
        blank = text.find("\n\n", target, target + size // 4)
        cut = blank if blank >= 0 else text.find("\n", target)
        while cut >= 0:
            i = bisect.bisect_left(starts, cut) - 1  # the last span starting before the cut
            if i < 0 or ends[i] <= cut:
                break
            cut = text.find("\n", ends[i])
        if cut < 0:
            ranges.append((start, len(text)))
            break
        ranges.append((start, cut + 1))
        start = cut + 1
    return ranges
