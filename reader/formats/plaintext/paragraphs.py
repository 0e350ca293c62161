"""Plain text as paragraphs of lines, whether it is hard-wrapped, and how to reflow it.

A hard-wrapped text (a Project Gutenberg book: ~70 columns, paragraphs separated by
blank lines) breaks lines where the next word would not fit: a line break is *soft*
when the line plus one space plus the next line's first word would pass the wrap
width (:data:`WIDTH_TOLERANCE` columns of slack, wrappers differ), or when the break
falls inside a sentence (the line ends without punctuation and the next line goes on
in lower case). A paragraph most of whose breaks are soft is prose and is joined into
one line. Other paragraphs are *line blocks* whose breaks mean something (verse, an
address, a table of contents, a signature) and keep them, except breaks that are soft
both ways (a long contents entry wrapped onto a second line). Indented paragraphs
(block quotes, verse epigraphs) are judged against their own width, and stay line
blocks when they read like verse (their lines start with capitals).

A text is hard-wrapped when most of its lines (paragraphs' last lines aside) end near
one column between :data:`MIN_WRAP` and :data:`MAX_WRAP`, most breaks inside its
paragraphs are soft against it, and few lines end a sentence; a text written one
paragraph per line (news articles, the CLiGS novels) is not, and stays as it is.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from reader.core.document import nonblank_lines

MIN_WRAP = 30
MAX_WRAP = 120
WIDTH_TOLERANCE = 4
NEAR_WIDTH = 10
NEAR_SHARE = 0.5
"""Least share of lines (paragraphs' last lines aside) ending within NEAR_WIDTH columns
of the wrap width, for a text to count as hard-wrapped."""
ENDS_SHARE = 0.35
"""Most share of lines ending a sentence (2-5 % in the corpus books) in a hard-wrapped
text."""
WRAPPED_SHARE = 0.6
"""Least share of soft breaks for a text to count as hard-wrapped."""
VERSE_SHARE = 0.75
"""Share of lines starting with a capital from which an indented paragraph is verse."""

# Characters that end a line of verse or a sentence: no join "inside a sentence" after them.
_CLOSING = frozenset(".,;:!?\u2026\"'\u201d\u2019\u00bb)]}*_-\u2013\u2014")
_OPENING = "\"'\u201c\u2018\u00ab([{_*"
_PROSE_SAMPLE = 200  # characters looked at for lower case
_SENTENCE_END = frozenset(".!?\u2026")
_CLOSERS = "\"'\u201d\u2019\u00bb)_*"
_LIST_MARKER = re.compile(r"(?:[-*+\u2022\u2013\u2014]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))\s")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


class Break(Enum):
    SPACE = "space"  # joined with one space
    JOIN = "join"  # joined with nothing (a word hyphenated at the line end)
    KEEP = "keep"  # kept as a line break inside the block
    SPLIT = "split"  # a new block starts on the next line


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    """Offset of its first non-blank character."""
    end: int
    """Offset just after its last non-blank character."""
    indent: int
    """Columns of leading whitespace (a tab counts as 8)."""

    @property
    def width(self) -> int:
        return self.indent + self.end - self.start


@dataclass(slots=True)
class Paragraph:
    lines: list[Line]
    blank_before: int
    """Blank lines between it and the previous paragraph (or the start)."""
    blank_after: int = 0

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def indented(self) -> bool:
        return all(line.indent >= 2 for line in self.lines)


def paragraphs(text: str, *, by_line: bool = False) -> list[Paragraph]:
    """Runs of non-blank lines (``by_line``: every non-blank line alone)."""
    out: list[Paragraph] = []
    previous_end = None
    for start, end, line_start in nonblank_lines(text):
        indent = len(text[line_start:start].expandtabs(8))
        line = Line(start, end, indent)
        if previous_end is None:
            out.append(Paragraph([line], text.count("\n", 0, start)))
        else:
            blanks = text.count("\n", previous_end, start) - 1
            if blanks or by_line:
                out[-1].blank_after = blanks
                out.append(Paragraph([line], blanks))
            else:
                out[-1].lines.append(line)
        previous_end = end
    if out:
        out[-1].blank_after = max(0, text.count("\n", out[-1].end) - 1)
    return out


def wrap_width(text: str, paras: list[Paragraph]) -> int | None:
    """The column the text is hard-wrapped at, or None if it is not hard-wrapped."""
    widths = sorted(line.width for p in paras for line in p.lines[:-1])
    if len(widths) < 3:
        return None
    width = widths[max(0, math.ceil(0.99 * len(widths)) - 1)]
    if not MIN_WRAP <= width <= MAX_WRAP:
        return None
    near = len(widths) - bisect_left(widths, width - NEAR_WIDTH)
    if near < NEAR_SHARE * len(widths):  # most lines must end near the same column
        return None
    soft = total = ends = 0
    for p in paras:
        for a, b in pairwise(p.lines):
            total += 1
            soft += _width_soft(text, a, b, width) or _inside_sentence(text, a, b)
            ends += text[a.start : a.end].rstrip(_CLOSERS)[-1:] in _SENTENCE_END
    if ends > ENDS_SHARE * total:  # one sentence per line, however long the lines
        return None
    return width if soft >= WRAPPED_SHARE * total else None


def breaks(text: str, para: Paragraph, width: int) -> list[Break]:
    """What becomes of each line break inside a paragraph of a hard-wrapped text."""
    lines = para.lines
    if len(lines) < 2:
        return []
    indented = para.indented
    local = max(line.width for line in lines) if indented else width
    pairs = list(pairwise(lines))
    by_width = [_width_soft(text, a, b, local) for a, b in pairs]
    in_sentence = [_inside_sentence(text, a, b) for a, b in pairs]
    soft = sum(w or s for w, s in zip(by_width, in_sentence, strict=True))
    prose = 2 * soft > len(pairs) and not (indented and _verse(text, lines))
    out: list[Break] = []
    for (a, b), wide, inside in zip(pairs, by_width, in_sentence, strict=True):
        if not prose:
            out.append(_join(text, a) if wide and inside else Break.KEEP)
        elif not wide and _new_item(text, a, b, lines[1:]):
            out.append(Break.SPLIT)
        else:
            out.append(_join(text, a))
    return out


def is_prose(text: str, para: Paragraph, decided: list[Break]) -> bool:
    """A paragraph of running text, not a heading, verse, or a list of titles: reflowed
    (or one line of at least five words ending a sentence), mostly in lower case."""
    body = text[para.start : para.end]
    if decided:
        if Break.KEEP in decided:
            return False
    elif len(body.split()) < 5 or body.rstrip(_CLOSERS)[-1:] not in ".!?\u2026:":
        return False
    sample = body[:_PROSE_SAMPLE]
    return sum(map(str.islower, sample)) * 2 > sum(map(str.isalpha, sample))


def _join(text: str, a: Line) -> Break:
    return Break.JOIN if _HYPHENATED.search(text, a.end - 2, a.end) else Break.SPACE


def _first_word(text: str, line: Line) -> int:
    found = text.find(" ", line.start, line.end)
    return (found if found != -1 else line.end) - line.start


def _width_soft(text: str, a: Line, b: Line, width: int) -> bool:
    """The next line's first word would not have fitted on this line."""
    return a.width + 1 + _first_word(text, b) > width - WIDTH_TOLERANCE


def _inside_sentence(text: str, a: Line, b: Line) -> bool:
    """The line ends without punctuation and the next one goes on in lower case."""
    if text[a.end - 1] in _CLOSING:
        return False
    head = text[b.start : b.start + 4].lstrip(_OPENING)
    return head[:1].islower()


def _verse(text: str, lines: list[Line]) -> bool:
    capitals = sum(_starts_upper(text, line) for line in lines[1:])
    return capitals >= VERSE_SHARE * (len(lines) - 1)


def _starts_upper(text: str, line: Line) -> bool:
    return text[line.start : line.start + 4].lstrip(_OPENING)[:1].isupper()


def _new_item(text: str, a: Line, b: Line, rest: list[Line]) -> bool:
    """A short line followed by a list item, or by a line indented more than the rest of
    the paragraph (a new paragraph's first-line indent)."""
    if _LIST_MARKER.match(text, b.start, b.end):
        return True
    deeper = b.indent > min(line.indent for line in rest) + 1
    return deeper and text[a.end - 1] in ".!?\u2026\"'\u201d\u00bb"
