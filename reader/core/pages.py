"""Where the canonical text lies on the pages of a paged document (a PDF).

A :class:`PageMap` keeps, for each page, the page's size in points, the range of the
canonical text that comes from it, and one box per code point of that range, in
page coordinates (points, origin at the page's top-left corner, y downwards). The
boxes are packed four floats per code point in an :class:`array.array`, 16 bytes a
character, rather than one Python object each: a 300-page book is a few megabytes.

Pages are read in order, so each page's text is one contiguous range; a code point
that reader inserted (a space between two joined lines, the line break between two
paragraphs) has no box, and is stored as ``NO_BOX``.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

NO_BOX = -1.0
"""The left edge stored for a code point that has no box on the page."""


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle on a page, in points from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass(frozen=True, slots=True)
class PageBoxes:
    """One page: its size and the boxes of the canonical text ``[start, end)`` on it."""

    index: int
    width: float
    height: float
    start: int
    boxes: array[float] = field(default_factory=lambda: array("f"))
    """Four floats per code point from ``start``: left, top, right, bottom."""

    @property
    def end(self) -> int:
        return self.start + len(self.boxes) // 4

    def box(self, offset: int) -> Rect | None:
        """The box of the code point at ``offset`` (an offset of the whole text)."""
        i = (offset - self.start) * 4
        if not 0 <= i < len(self.boxes) or self.boxes[i] == NO_BOX:
            return None
        b = self.boxes
        return Rect(b[i], b[i + 1], b[i + 2], b[i + 3])

    def offset_at(self, x: float, y: float) -> int | None:
        """The code point whose box is under ``(x, y)``, or else the nearest one on the
        nearest line: what a click or the end of a drag on the page means."""
        b = self.boxes
        best, best_key = None, (float("inf"), float("inf"))
        for n in range(len(b) // 4):
            i = n * 4
            left = b[i]
            if left == NO_BOX:
                continue
            top, right, bottom = b[i + 1], b[i + 2], b[i + 3]
            dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
            dx = 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))
            key = (dy, dx)
            if key < best_key:
                best, best_key = n, key
                if key == (0.0, 0.0):
                    break
        if best is None:
            return None
        offset = self.start + best
        i = best * 4
        if x > (b[i] + b[i + 2]) / 2 and best_key[0] == 0.0:
            offset += 1  # past the middle of a character: the gap after it
        return offset


@dataclass(frozen=True, slots=True)
class PageMap:
    """Every page of a paged document, in order (pages without text included)."""

    pages: tuple[PageBoxes, ...]
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [p.start for p in self.pages])

    def __len__(self) -> int:
        return len(self.pages)

    @property
    def has_text(self) -> bool:
        return any(page.boxes for page in self.pages)

    def page_of(self, offset: int) -> int:
        """The index of the page holding ``offset`` (the last page that starts at or
        before it; an inserted code point between two pages belongs to the first)."""
        n = bisect_right(self._starts, offset) - 1
        while n > 0 and self.pages[n].start == self.pages[n].end and offset >= self.pages[n].end:
            n -= 1  # an empty page shares its start with the next one
        return max(n, 0)

    def rects(self, start: int, end: int) -> Iterator[tuple[int, Rect]]:
        """The rectangles covering ``[start, end)``: one per run of characters on the
        same line of the same page, as ``(page index, rect)``, in text order."""
        if end <= start or not self.pages:
            return
        for n in range(self.page_of(start), len(self.pages)):
            page = self.pages[n]
            if page.start >= end:
                break
            yield from (
                (n, r) for r in _line_rects(page, max(start, page.start), min(end, page.end))
            )


def _line_rects(page: PageBoxes, start: int, end: int) -> Iterator[Rect]:
    """Merge the boxes of ``[start, end)`` into one rect per run on a line."""
    b = page.boxes
    current: list[float] | None = None
    for offset in range(start, end):
        i = (offset - page.start) * 4
        left = b[i]
        if left == NO_BOX:
            continue
        top, right, bottom = b[i + 1], b[i + 2], b[i + 3]
        if current is not None:
            same_line = top < current[3] and bottom > current[1]
            height = current[3] - current[1]
            if same_line and current[0] - height <= left <= current[2] + 2 * height:
                current[0] = min(current[0], left)
                current[1] = min(current[1], top)
                current[2] = max(current[2], right)
                current[3] = max(current[3], bottom)
                continue
            yield Rect(*current)
        current = [left, top, right, bottom]
    if current is not None:
        yield Rect(*current)
