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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import overload

from reader.core.annotations import Annotation, Colour
from reader.core.document import Block, paragraph_blocks
from reader.core.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, rgba
from reader.export.lines import (
    Chunk,
    Close,
    LaidBlock,
    Line,
    Mark,
    MarkKind,
    MarkRange,
    Open,
    PendingBlock,
    Ref,
    Token,
    clip,
    is_blank,
    lay_block,
    line_spans,
    lines_of,
)
from reader.export.model import ExportDocument, ExportOptions

__all__ = [  # the tokens and line helpers are the exporters' too
    "Chunk",
    "Close",
    "Highlight",
    "Laid",
    "LaidBlock",
    "LaidBlocks",
    "Line",
    "Mark",
    "MarkKind",
    "Open",
    "Ref",
    "Token",
    "all_tags",
    "colour_stylesheet",
    "entity_stylesheet",
    "highlight_class",
    "is_blank",
    "layout",
    "line_spans",
    "naive_utc",
    "normalise_blocks",
    "reading_order",
    "short_ids",
    "utc_iso",
]

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

    def __init__(self, pending: list[PendingBlock], last_block: dict[Mark, int]) -> None:
        self._pending = pending
        self._last_block = last_block

    def __len__(self) -> int:
        return len(self._pending)

    def __iter__(self) -> Iterator[LaidBlock]:
        opened: set[Mark] = set()
        for b, pending in enumerate(self._pending):
            yield lay_block(pending, self._last_block, b, opened)

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

    pending = [lines_of(text, block) for block in blocks]
    block_ends = [b.end for b in blocks]
    last_block: dict[Mark, int] = {}  # mark -> index of the last block it shows in
    for mark in marks:
        b = bisect_right(block_ends, mark.start)
        while b < len(blocks) and blocks[b].start < mark.end:
            kept = clip(pending[b], mark.start, mark.end)
            if kept is not None:
                pending[b].ranges.append(MarkRange(kept[0], kept[1], mark))
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
