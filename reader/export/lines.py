"""One block of a document as lines of tokens: the marks over it opened, closed and nested.

See :mod:`reader.export.layout` for the rules (marks cut per block, nested like a
stack, changing only at line boundaries); this module lays out one block, given the
marks' ranges in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum

from reader.core.document import Block, BlockKind


class MarkKind(Enum):
    HIGHLIGHT = 0
    ENTITY = 1


@dataclass(frozen=True, slots=True, eq=False)
class Mark:
    """A range of the text to draw: a highlight (``index`` into the document's
    annotations) or an entity (``index`` into its entities)."""

    kind: MarkKind
    index: int
    start: int
    end: int
    css_class: str


# The tokens are not frozen: a book has tens of thousands of them, and a frozen
# dataclass takes three times as long to make. Nothing changes them once made.


@dataclass(slots=True)
class Open:
    mark: Mark
    first: bool  # the mark's first segment in the document: it carries the id


@dataclass(slots=True)
class Close:
    mark: Mark


@dataclass(slots=True)
class Ref:
    """After the last segment of a highlight: where its footnote reference goes."""

    mark: Mark


@dataclass(slots=True)
class Chunk:
    """Text of the line from ``offset`` (in the line's text)."""

    text: str
    offset: int


Token = Chunk | Open | Close | Ref


@dataclass(slots=True)
class Line:
    text: str  # the whole line, for context (what its start looks like)
    tokens: list[Token]


@dataclass(slots=True)
class LaidBlock:
    block: Block
    lines: list[Line]


@dataclass(slots=True)
class MarkRange:
    start: int  # kept coordinates of the block
    end: int
    mark: Mark


@dataclass(slots=True)
class PendingBlock:
    text: str  # the document's
    block: Block
    lines: list[tuple[int, int, int]]  # (original start, original end, kept offset)
    ranges: list[MarkRange]


def lines_of(text: str, block: Block) -> PendingBlock:
    """The block's lines as they are kept (trimmed, blank ones dropped), no marks yet."""
    lines: list[tuple[int, int, int]] = []
    if block.kind is BlockKind.PREFORMATTED:
        body = text[block.start : block.end].strip("\n")
        start = block.start + text[block.start : block.end].index(body) if body else block.start
        if body.strip():
            lines.append((start, start + len(body), 0))
        return PendingBlock(text, block, lines, [])
    kept = 0
    for line_start, line_end in line_spans(text, block.start, block.end):
        content = text[line_start:line_end]
        stripped = content.strip(" \t")
        if not is_blank(stripped):
            start = line_start
            if content[:1] in _SPACE_OR_TAB:
                start += len(content) - len(content.lstrip(" \t"))
            lines.append((start, start + len(stripped), kept))
            kept += len(stripped)
    return PendingBlock(text, block, lines, [])


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACE_OR_TAB = (" ", "\t")
_BOM = "\ufeff"


def is_blank(line: str) -> bool:
    """Only whitespace, by any renderer's measure (Unicode spaces, BOM included).

    Such a line is dropped: a renderer may trim it away, which would leave the
    previous line's hard break dangling at the end of the paragraph.
    """
    if not line or line.isspace():
        return True
    return _BOM in line and (not line.replace(_BOM, "") or line.replace(_BOM, "").isspace())


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]``, as CommonMark splits lines
    (at ``\\n``, ``\\r\\n`` and ``\\r`` only; not at form feeds or U+2028)."""
    end = len(text) if end is None else end
    first = _LINE_BREAK.search(text, start, end)
    if first is None:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _LINE_BREAK.finditer(text, first.start(), end):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return spans


def _kept_index(pending: PendingBlock, offset: int) -> int:
    """How many kept characters of the block lie before ``offset`` (original)."""
    lines = pending.lines
    i = bisect_right(lines, offset, key=lambda line: line[0]) - 1
    if i < 0:
        return 0
    start, end, kept = lines[i]
    return kept + min(offset, end) - start


def clip(pending: PendingBlock, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the text in the block's kept coordinates; None if it keeps
    nothing of it."""
    if not pending.lines:
        return None
    s = _kept_index(pending, start)
    e = _kept_index(pending, end)
    return (s, e) if s < e else None


def _range_order(r: MarkRange) -> tuple[int, int, bool, int]:
    """Where ranges open: by start, the longest first, highlights before entities."""
    return r.start, -r.end, r.mark.kind is MarkKind.ENTITY, r.mark.index


def _longest_first(r: MarkRange) -> int:
    return -r.end


def lay_block(
    pending: PendingBlock, last_block: dict[Mark, int], index: int, opened: set[Mark]
) -> LaidBlock:
    """Block number ``index`` as lines of tokens. ``last_block`` says in which block
    each mark shows last (its reference follows it there); ``opened`` holds the marks
    already opened in earlier blocks (only a mark's first segment carries its id)."""
    text = pending.text
    text_lines = pending.lines
    if not pending.ranges:  # nothing marked: each line is one chunk
        contents = [text[start:end] for start, end, _ in text_lines]
        return LaidBlock(pending.block, [Line(c, [Chunk(c, 0)]) for c in contents])
    before, after = _marks_at(pending, last_block, index, opened)

    lines: list[Line] = []
    breaks = sorted(before.keys() | after.keys())
    last = len(text_lines) - 1
    for j, (start, end, kept) in enumerate(text_lines):
        content = text[start:end]
        line_end = kept + (end - start)
        tokens: list[Token] = []
        if kept in after:
            tokens.extend(after[kept])
        # points strictly inside the line
        lo = bisect_right(breaks, kept)
        hi = bisect_left(breaks, line_end, lo)
        pos = 0
        for p in breaks[lo:hi]:
            cut = p - kept
            tokens.append(Chunk(content[pos:cut], pos))
            if p in before:
                tokens.extend(before[p])
            if p in after:
                tokens.extend(after[p])
            pos = cut
        tokens.append(Chunk(content[pos:], pos))
        if line_end in before:
            tokens.extend(before[line_end])
        if j == last and line_end in after:
            tokens.extend(after[line_end])  # (nothing opens at a block's very end)
        lines.append(Line(content, tokens))
    return LaidBlock(pending.block, lines)


def _marks_at(
    pending: PendingBlock, last_block: dict[Mark, int], index: int, opened: set[Mark]
) -> tuple[dict[int, list[Token]], dict[int, list[Token]]]:
    """The tokens that close (``before``) and open (``after``) at each point of the block
    (kept coordinates), the marks nested like a stack."""
    ranges = pending.ranges
    if len(ranges) == 1:  # the common case, made short
        (r,) = ranges
        first = r.mark not in opened
        opened.add(r.mark)
        last = r.mark.kind is MarkKind.HIGHLIGHT and last_block[r.mark] == index
        ends: list[Token] = [Close(r.mark), Ref(r.mark)] if last else [Close(r.mark)]
        return {r.end: ends}, {r.start: [Open(r.mark, first)]}
    starting: dict[int, list[MarkRange]] = {}
    points: set[int] = set()
    for r in sorted(ranges, key=_range_order):
        if r.start in starting:
            starting[r.start].append(r)
        else:
            starting[r.start] = [r]
        points.add(r.start)
        points.add(r.end)
    before: dict[int, list[Token]] = {}
    after: dict[int, list[Token]] = {}
    stack: list[MarkRange] = []
    for p in sorted(points):
        to_open = starting.get(p, [])
        cut = next((i for i, r in enumerate(stack) if r.end == p), None) if stack else None
        if cut is not None:
            closing: list[Token] = []
            reopen: list[MarkRange] = []
            for r in reversed(stack[cut:]):
                closing.append(Close(r.mark))
                if r.end != p:
                    reopen.append(r)
                elif r.mark.kind is MarkKind.HIGHLIGHT and last_block[r.mark] == index:
                    closing.append(Ref(r.mark))
            del stack[cut:]
            before[p] = closing
            reopen.reverse()
            to_open = reopen + to_open
        if to_open:
            if len(to_open) > 1:
                to_open.sort(key=_longest_first)
            opening: list[Token] = []
            for r in to_open:
                opening.append(Open(r.mark, r.mark not in opened))
                opened.add(r.mark)
            stack.extend(to_open)
            after[p] = opening
    return before, after
