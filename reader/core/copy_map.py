"""Where the characters of a member's copy of a document are in the shared text, and
back: an exact alignment of two versions of a text, for showing the shared text's
highlights on the copy and for placing a highlight made on the copy in the shared
text (Read My Copy, :mod:`reader.ui.copy_view`; see also :mod:`reader.services.member_copies`).

What the texts have in common at both ends is set aside; the rest is compared line by
line (:class:`difflib.SequenceMatcher`, lines found everywhere ignored as anchors),
then, inside each run of changed lines, the same way: their common ends set aside,
what is left character by character if it is not too long.
What the two have in common is a list of blocks, each the same characters at a place
in each text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from difflib import SequenceMatcher

from reader.core.errors import InputError
from reader.core.textdiff import common_prefix

FINE_LIMIT = 20_000
"""Runs of changed lines whose differing middle is longer than this (characters, on
either side) are not compared character by character: its characters count as
different."""

MIN_MATCH = 4
"""Inside changed lines, fewer characters in common than this are chance (a space, a
letter of two different words), not the same text."""

ONLY_IN_COPY = (
    "Part of this passage exists only in your copy, not in the library's text, so it "
    "cannot be highlighted for the team: select text that both have."
)
GAP_IN_COPY = (
    "The library's text has more here than your copy (words your copy no longer has): "
    "select text on one side of the change, or read the library's text to highlight it."
)


class CopyMap:
    """The alignment of ``shared`` (the library's text) and ``copy`` (a member's)."""

    def __init__(self, shared: str, copy: str) -> None:
        self._copy = copy
        blocks = _aligned(shared, copy, 0, 0, _lines)
        self._blocks = _merged(blocks)
        self._shared_starts = [a for a, _b, _n in self._blocks]
        self._copy_starts = [b for _a, b, _n in self._blocks]

    @property
    def common(self) -> int:
        """How many characters the two texts have in common."""
        return sum(n for _a, _b, n in self._blocks)

    def to_copy(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the passage ``start:end`` of the shared text is in the copy: what of it
        the copy has, from its first such character to its last; None if nothing (or
        only spaces)."""
        first = self._first_common(start, end)
        last = self._last_common(start, end)
        if (
            first is None
            or last is None
            or first > last
            or not self._copy[first : last + 1].strip()
        ):
            return None
        return first, last + 1

    def to_shared(self, start: int, end: int) -> tuple[int, int]:
        """Where the passage ``start:end`` of the copy is in the shared text, the same
        characters; InputError if part of it exists only in the copy, or if the shared
        text has more between its characters than the copy."""
        index = bisect_right(self._copy_starts, start) - 1
        if index < 0:
            raise InputError(ONLY_IN_COPY)
        a, b, n = self._blocks[index]
        if start >= b + n:
            raise InputError(ONLY_IN_COPY)
        if end <= b + n:
            return a + start - b, a + end - b
        following = self._blocks[index + 1 : index + 2]
        if not following or following[0][1] != b + n:
            raise InputError(ONLY_IN_COPY)  # the copy has characters of its own next
        raise InputError(GAP_IN_COPY)

    def _first_common(self, start: int, end: int) -> int | None:
        """The copy's offset of the first character of the shared ``start:end`` that
        the copy has."""
        index = max(bisect_right(self._shared_starts, start) - 1, 0)
        for a, b, n in self._blocks[index:]:
            if a >= end:
                return None
            if a + n > start:
                return b + max(start - a, 0)
        return None

    def _last_common(self, start: int, end: int) -> int | None:
        """The copy's offset of the last character of the shared ``start:end`` that the
        copy has."""
        index = bisect_right(self._shared_starts, end - 1) - 1
        while index >= 0:
            a, b, n = self._blocks[index]
            if a + n <= start:
                return None
            if a < end:
                return b + min(end - 1, a + n - 1) - a
            index -= 1
        return None


Inner = Callable[[str, str, int, int], list[tuple[int, int, int]]]


def _aligned(
    shared: str, copy: str, at: int, copy_at: int, inner: Inner
) -> list[tuple[int, int, int]]:
    """The blocks of two texts (at ``at`` and ``copy_at`` in theirs): what they have in
    common at both ends, and what ``inner`` finds in between."""
    head = common_prefix(shared, copy)
    limit = min(len(shared), len(copy)) - head
    tail = common_prefix(shared[::-1], copy[::-1], limit)
    head, tail = (head if head >= MIN_MATCH else 0), (tail if tail >= MIN_MATCH else 0)
    blocks = [(at, copy_at, head)] if head else []
    middle = shared[head : len(shared) - tail], copy[head : len(copy) - tail]
    blocks += inner(*middle, at + head, copy_at + head)
    if tail:
        blocks.append((at + len(shared) - tail, copy_at + len(copy) - tail, tail))
    return blocks


def _lines(shared: str, copy: str, at: int, copy_at: int) -> list[tuple[int, int, int]]:
    """Blocks of whole lines; in each run of changed lines, :func:`_chars`."""
    blocks: list[tuple[int, int, int]] = []
    shared_lines = shared.splitlines(keepends=True)
    copy_lines = copy.splitlines(keepends=True)
    shared_starts = _starts(shared_lines)
    copy_starts = _starts(copy_lines)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, shared_lines, copy_lines).get_opcodes():
        a, b = shared_starts[i1], copy_starts[j1]
        a_end, b_end = shared_starts[i2], copy_starts[j2]
        if tag == "equal":
            blocks.append((at + a, copy_at + b, a_end - a))
        elif tag == "replace":
            blocks += _aligned(shared[a:a_end], copy[b:b_end], at + a, copy_at + b, _chars)
    return blocks


def _chars(shared: str, copy: str, at: int, copy_at: int) -> list[tuple[int, int, int]]:
    """Blocks of characters, if neither text is too long to compare them."""
    if not shared or not copy or max(len(shared), len(copy)) > FINE_LIMIT:
        return []
    matcher = SequenceMatcher(None, shared, copy, autojunk=False)
    return [
        (at + m.a, copy_at + m.b, m.size)
        for m in matcher.get_matching_blocks()
        if m.size >= MIN_MATCH
    ]


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _merged(blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Blocks that follow on in both texts, as one."""
    merged: list[tuple[int, int, int]] = []
    for a, b, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == a and merged[-1][1] + merged[-1][2] == b:
            pa, pb, pn = merged.pop()
            merged.append((pa, pb, pn + n))
        else:
            merged.append((a, b, n))
    return merged
