"""Shared by the exporters: blocks, highlight ids, reading order, and marks laid out per line.

The layout turns (text, blocks, highlights, entities) into lines of tokens, the same
for Markdown and HTML, so both formats mark exactly the same segments:

* Each block becomes lines (its ``\\n``-separated lines, spaces and tabs at both
  ends dropped, blank lines dropped); a preformatted block is one line kept as is.
* A highlight (or entity) covering several blocks is cut per block: it is closed at
  the end of each block and reopened in the next one. Only its first segment
  carries its ``id``; a :class:`Ref` (the footnote reference) follows its last one.
* Overlapping highlights never cross: the marks are nested like a stack. When an
  inner mark outlives the outer one, the inner one is closed, the outer one closed,
  and the inner one reopened (``<a><b>..</b></a><b>..</b>``); at one place the
  longest mark opens outermost, which keeps the cuts few.
* Marks change at most at line boundaries, where closings go before the line
  break and openings after it, so no line ever starts or ends with a dangling tag.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from typing import overload

from reader.core.annotations import Annotation, Colour
from reader.core.document import Block, BlockKind, paragraph_blocks
from reader.core.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, rgba
from reader.export.model import ExportDocument, ExportOptions

SHORT_ID_LENGTH = 8

# Highlight colours: the reader's hues, translucent (they blend where highlights overlap).
HIGHLIGHT_RGBA: dict[Colour, str] = {c: rgba(HIGHLIGHT_COLOURS[c], 0.5) for c in Colour}


def highlight_class(colour: Colour) -> str:
    return f"hl-{colour.value}"


def colour_stylesheet(colours: Sequence[Colour] = tuple(Colour)) -> str:
    """CSS rules giving each ``hl-COLOUR`` class its background."""
    return "\n".join(
        f".{highlight_class(c)} {{ background-color: {HIGHLIGHT_RGBA[c]}; }}" for c in colours
    )


def entity_stylesheet() -> str:
    """CSS rules underlining each ``ent-LABEL`` in the reader's colour for that type."""
    return "\n".join(
        f".ent-{label.value} {{ border-bottom-color: {colour}; }}"
        for label, colour in ENTITY_COLOURS.items()
    )


def naive_utc(moment: datetime) -> datetime:
    """The same instant as a naive UTC datetime (naive ones are taken as UTC already)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def utc_iso(moment: datetime, *, seconds: bool = False) -> str:
    """ISO 8601 in UTC with a ``Z``; naive datetimes are taken as UTC."""
    moment = naive_utc(moment)
    if seconds:
        moment = moment.replace(microsecond=0)
    return moment.isoformat() + "Z"


# -- blocks ---------------------------------------------------------------------------------


def normalise_blocks(text: str, blocks: Sequence[Block]) -> list[Block]:
    """Sorted, non-overlapping blocks within the text, gaps with text made paragraphs."""
    if not blocks:
        return list(paragraph_blocks(text))
    out: list[Block] = []
    pos = 0
    n = len(text)

    def gap(until: int) -> None:
        if until > pos and text[pos:until].strip():
            out.extend(
                replace(b, start=b.start + pos, end=b.end + pos)
                for b in paragraph_blocks(text[pos:until])
            )

    for block in sorted(blocks, key=lambda b: (b.start, b.end)):
        start = min(max(block.start, pos), n)
        end = min(block.end, n)
        if end <= start:
            continue
        gap(start)
        clipped = (start, end) != (block.start, block.end)
        out.append(replace(block, start=start, end=end) if clipped else block)
        pos = end
    gap(n)
    return out


# -- highlights: ids and order ---------------------------------------------------------------


_CANONICAL_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def short_ids(annotations: Sequence[Annotation]) -> list[str]:
    """``a-`` + the first 8 hex digits of each uuid, longer where two would collide.

    Ids that are not uuids use a SHA-1 of the id instead. Identical ids (which
    should not happen) get ``-2``, ``-3``... so anchors stay unique in a document.
    """
    digests: list[str] = []
    for annotation in annotations:
        ident = annotation.id
        if _CANONICAL_UUID.fullmatch(ident):  # what uuid.UUID(ident).hex gives, sooner
            digests.append(ident.replace("-", "").lower())
            continue
        try:
            digests.append(uuid.UUID(ident).hex)
        except ValueError:
            digests.append(hashlib.sha1(ident.encode("utf-8", "replace")).hexdigest())
    distinct = list(dict.fromkeys(digests))
    short: dict[str, str] = {}

    def assign(group: list[str], length: int) -> None:
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for digest in group:
            by_prefix[digest[:length]].append(digest)
        for prefix, members in by_prefix.items():
            if len(members) == 1:
                short[members[0]] = f"a-{prefix}"
            elif length >= max(len(d) for d in members):  # one digest prefixes another
                for k, digest in enumerate(members):
                    short[digest] = f"a-{prefix}-{k + 1}"
            else:
                assign(members, length + 1)

    assign(distinct, SHORT_ID_LENGTH)
    result: list[str] = []
    seen: dict[str, int] = defaultdict(int)
    for digest in digests:
        seen[digest] += 1
        count = seen[digest]
        result.append(short[digest] if count == 1 else f"{short[digest]}-{count}")
    return result


def reading_order(annotations: Sequence[Annotation]) -> list[Annotation]:
    """Anchored annotations by position (then creation), then orphans by creation."""
    anchored = [a for a in annotations if not a.orphan]
    orphans = [a for a in annotations if a.orphan]
    anchored.sort(key=lambda a: (a.start, a.end, naive_utc(a.created)))
    orphans.sort(key=lambda a: naive_utc(a.created))
    return anchored + orphans


def all_tags(annotations: Sequence[Annotation]) -> list[str]:
    """Every tag used, once, sorted case-insensitively."""
    tags = {tag for a in annotations for tag in a.tags}
    return sorted(tags, key=lambda t: (t.casefold(), t))


# -- marks and layout ------------------------------------------------------------------------


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
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class LaidBlock:
    block: Block
    lines: list[Line]


@dataclass(frozen=True, slots=True)
class Highlight:
    """An annotation with what the exporters need: its short id and reading number."""

    annotation: Annotation
    index: int  # in ExportDocument.annotations
    short_id: str
    number: int  # 1-based, reading order: placed first (text order), then unplaced
    placed: bool
    passage: str  # the highlighted text: from the current text if placed, else the quote


class LaidBlocks(Sequence[LaidBlock]):
    """The document's blocks, each laid out when it is reached: iterating lays out one
    block at a time, so that a book's tokens never all exist at once (they would be
    hundreds of thousands of objects for the garbage collector to walk). Indexing
    lays out the blocks before the one asked for too (where a mark first shows
    depends on them)."""

    def __init__(self, pending: list[_Pending], last_block: dict[Mark, int]) -> None:
        self._pending = pending
        self._last_block = last_block

    def __len__(self) -> int:
        return len(self._pending)

    def __iter__(self) -> Iterator[LaidBlock]:
        opened: set[Mark] = set()
        for b, pending in enumerate(self._pending):
            yield _lay_block(pending, self._last_block, b, opened)

    @overload
    def __getitem__(self, index: int) -> LaidBlock: ...
    @overload
    def __getitem__(self, index: slice) -> list[LaidBlock]: ...
    def __getitem__(self, index: int | slice) -> LaidBlock | list[LaidBlock]:
        return list(self)[index]


@dataclass(slots=True)
class Laid:
    blocks: LaidBlocks
    highlights: list[Highlight]  # reading order
    by_index: dict[int, Highlight] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_index = {h.index: h for h in self.highlights}

    def highlight(self, mark: Mark) -> Highlight:
        """The highlight a HIGHLIGHT mark draws."""
        return self.by_index[mark.index]

    @property
    def placed(self) -> list[Highlight]:
        return [h for h in self.highlights if h.placed]

    @property
    def unplaced(self) -> list[Highlight]:
        return [h for h in self.highlights if not h.placed]


@dataclass(slots=True)
class _Range:
    start: int  # kept coordinates of the block
    end: int
    mark: Mark


@dataclass(slots=True)
class _Pending:
    text: str  # the document's
    block: Block
    lines: list[tuple[int, int, int]]  # (original start, original end, kept offset)
    ranges: list[_Range]


def layout(document: ExportDocument, options: ExportOptions) -> Laid:
    """Blocks laid out as lines of tokens, and the highlights in reading order."""
    text = document.text
    n = len(text)
    blocks = normalise_blocks(text, document.blocks)
    annotations = list(document.annotations)
    ids = short_ids(annotations)

    marks: list[Mark] = []
    for i, annotation in enumerate(annotations):
        start, end = max(annotation.start, 0), min(annotation.end, n)
        if not annotation.orphan and start < end:
            marks.append(
                Mark(MarkKind.HIGHLIGHT, i, start, end, highlight_class(annotation.colour))
            )
    if options.include_entities:
        for i, entity in enumerate(document.entities):
            start, end = max(entity.start, 0), min(entity.end, n)
            if start < end:
                marks.append(Mark(MarkKind.ENTITY, i, start, end, f"ent-{entity.label.value}"))

    pending = [_lines_of(text, block) for block in blocks]
    block_ends = [b.end for b in blocks]
    last_block: dict[Mark, int] = {}  # mark -> index of the last block it shows in
    for mark in marks:
        b = bisect_right(block_ends, mark.start)
        while b < len(blocks) and blocks[b].start < mark.end:
            kept = _clip(pending[b], mark.start, mark.end)
            if kept is not None:
                pending[b].ranges.append(_Range(kept[0], kept[1], mark))
                last_block[mark] = b
            b += 1

    placed_indices = {m.index for m in marks if m.kind is MarkKind.HIGHLIGHT and m in last_block}
    order_placed = sorted(
        placed_indices,
        key=lambda i: (
            annotations[i].start,
            annotations[i].end,
            naive_utc(annotations[i].created),
            i,
        ),
    )
    order_unplaced = sorted(
        (i for i in range(len(annotations)) if i not in placed_indices),
        key=lambda i: (naive_utc(annotations[i].created), i),
    )
    highlights = [
        Highlight(
            annotations[i],
            i,
            ids[i],
            k + 1,
            i in placed_indices,
            text[max(annotations[i].start, 0) : annotations[i].end]
            if i in placed_indices
            else annotations[i].quote.exact,
        )
        for k, i in enumerate([*order_placed, *order_unplaced])
    ]

    return Laid(LaidBlocks(pending, last_block), highlights)


def _lines_of(text: str, block: Block) -> _Pending:
    lines: list[tuple[int, int, int]] = []
    if block.kind is BlockKind.PREFORMATTED:
        body = text[block.start : block.end].strip("\n")
        start = block.start + text[block.start : block.end].index(body) if body else block.start
        if body.strip():
            lines.append((start, start + len(body), 0))
        return _Pending(text, block, lines, [])
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
    return _Pending(text, block, lines, [])


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


def _kept_index(pending: _Pending, offset: int) -> int:
    """How many kept characters of the block lie before ``offset`` (original)."""
    lines = pending.lines
    i = bisect_right(lines, offset, key=lambda line: line[0]) - 1
    if i < 0:
        return 0
    start, end, kept = lines[i]
    return kept + min(offset, end) - start


def _clip(pending: _Pending, start: int, end: int) -> tuple[int, int] | None:
    if not pending.lines:
        return None
    s = _kept_index(pending, start)
    e = _kept_index(pending, end)
    return (s, e) if s < e else None


def _range_order(r: _Range) -> tuple[int, int, bool, int]:
    """Where ranges open: by start, the longest first, highlights before entities."""
    return r.start, -r.end, r.mark.kind is MarkKind.ENTITY, r.mark.index


def _longest_first(r: _Range) -> int:
    return -r.end


def _lay_block(
    pending: _Pending, last_block: dict[Mark, int], index: int, opened: set[Mark]
) -> LaidBlock:
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
    pending: _Pending, last_block: dict[Mark, int], index: int, opened: set[Mark]
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
    starting: dict[int, list[_Range]] = {}
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
    stack: list[_Range] = []
    for p in sorted(points):
        to_open = starting.get(p, [])
        cut = next((i for i, r in enumerate(stack) if r.end == p), None) if stack else None
        if cut is not None:
            closing: list[Token] = []
            reopen: list[_Range] = []
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
