"""Code-point offsets <-> Qt (UTF-16) positions: the only place that knows they differ.

Two things shift Qt positions away from code-point offsets:

- characters outside the BMP (emoji, CJK Extension B...) take two UTF-16 units, so
  every later Qt position is shifted by one per such character;
- objects the view inserts that are not in the canonical text (see
  :mod:`reader.core.rich`): a picture (one position), a rule's or a picture's own
  block (one position for the block break), the start of a table frame (one), a
  padding cell of a short table row (one each). Each is an *insertion* of some units
  before the character at an offset.

``origin`` is where the document's text starts in the view (after the title
header). A Qt position inside an insertion maps to the offset it stands before; a
position between the two halves of a surrogate pair maps to that character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_WIDE = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    def __init__(
        self, text: str, origin: int = 0, insertions: Iterable[tuple[int, int]] = ()
    ) -> None:
        """``insertions``: (offset, units) pairs, units placed before ``text[offset]``
        (at ``len(text)``: after the end)."""
        self.origin = origin
        self.length = len(text)
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        # Qt position (relative to origin) of the first unit of each wide character.
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]
        merged: dict[int, int] = {}
        for offset, units in insertions:
            if units > 0:
                at = min(max(offset, 0), self.length)
                merged[at] = merged.get(at, 0) + units
        self._inserted_at = sorted(merged)
        self._inserted_through = [0]  # units inserted at offsets <= _inserted_at[k]
        for at in self._inserted_at:
            self._inserted_through.append(self._inserted_through[-1] + merged[at])

    @property
    def has_insertions(self) -> bool:
        return bool(self._inserted_at)

    def inserted_before(self, offset: int, *, including: bool = True) -> int:
        """Units the view inserted before ``offset`` (with those at ``offset`` itself
        unless ``including`` is False)."""
        find = bisect_right if including else bisect_left
        return self._inserted_through[find(self._inserted_at, offset)]

    def to_qt(self, offset: int, *, end: bool = False) -> int:
        """The Qt position of the character at ``offset``. ``end``: the position where a
        range ending at ``offset`` ends, before anything inserted there (a picture
        right after a highlight is not part of it)."""
        offset = min(max(offset, 0), self.length)
        position = self.origin + offset + bisect_left(self._wide, offset)
        if self._inserted_at:
            position += self.inserted_before(offset, including=not end)
        return position

    def from_qt(self, position: int) -> int:
        """The code-point offset at a Qt position; inside a surrogate pair, its start;
        inside something the view inserted, the offset it stands before."""
        relative = position - self.origin
        if relative <= 0:
            return 0
        if self._inserted_at:
            # The last offset whose range-end position is at or before ``position``.
            found = bisect_right(
                range(self.length + 1), position, key=lambda i: self.to_qt(i, end=True)
            )
            return max(found - 1, 0)
        # Wide characters whose two units both lie before ``relative``.
        before = bisect_left(self._wide_qt, relative - 1)
        if before < len(self._wide_qt) and self._wide_qt[before] == relative - 1:
            return relative - 1 - before  # between the two halves of a pair
        return min(relative - before, self.length)


def split_at_cuts(start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """``[start, end)`` in pieces that cross no table boundary (the cut characters
    themselves are left out)."""
    index = bisect_left(cuts, start)
    if index == len(cuts) or cuts[index] >= end:
        return [(start, end)]
    pieces = []
    while index < len(cuts) and cuts[index] < end:
        if cuts[index] > start:
            pieces.append((start, cuts[index]))
        start = cuts[index] + 1
        index += 1
    if end > start:
        pieces.append((start, end))
    return pieces
