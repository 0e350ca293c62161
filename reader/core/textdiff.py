"""Where offsets of one version of a text probably are in the next one (for re-anchoring)."""

from __future__ import annotations

from bisect import bisect_right


class OffsetShift:
    """Maps ``(start, end)`` in ``old`` to where the same passage probably is in ``new``.

    The same characters before the first change and after the last one keep their
    place (or shift by the length difference). In between, each line that occurs once
    in both versions tells how far it moved, and the lines after it that are not
    unique (blank, repeated, edited) are guessed to have moved as far. Linear time.

    It only gives :func:`reader.core.anchoring.anchor` its starting guess: ``anchor``
    still checks that the quote is there (step 1, cheap) and searches if not.
    """

    def __init__(self, old: str, new: str) -> None:
        self._old_length = len(old)
        self._delta = len(new) - len(old)
        self._head = common_prefix(old, new)
        limit = min(len(old), len(new)) - self._head
        self._tail = common_prefix(old[::-1], new[::-1], limit)
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        self._starts = _line_starts(old_lines)
        new_starts = _line_starts(new_lines)
        where: dict[str, int] = {}  # line -> its index in new, or -1 if it repeats
        for j, line in enumerate(new_lines):
            where[line] = -1 if line in where else j
        unique = {line for line in old_lines if where.get(line, -1) >= 0}  # once in new
        seen: set[str] = set()
        for line in old_lines:  # and once in old
            if line in seen:
                unique.discard(line)
            seen.add(line)
        self._shifts: list[int] = []
        shift = 0
        for i, line in enumerate(old_lines):
            if line in unique:
                shift = new_starts[where[line]] - self._starts[i]
            self._shifts.append(shift)

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        if end <= self._head:
            return start, end
        if start >= self._old_length - self._tail:
            return start + self._delta, end + self._delta
        if not self._shifts:
            return start, end
        line = min(max(bisect_right(self._starts, start) - 1, 0), len(self._shifts) - 1)
        shift = self._shifts[line]
        return start + shift, end + shift


def common_prefix(a: str, b: str, limit: int | None = None) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    lo, hi = 0, min(len(a), len(b)) if limit is None else limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts
