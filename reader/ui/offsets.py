"""Code-point offsets <-> Qt (UTF-16) positions: the only place that knows they differ.

Characters outside the BMP (emoji, CJK Extension B...) take two UTF-16 units, so
every later Qt position is shifted by one per such character. ``origin`` is
where the document's text starts in the view (after the title header).
"""

from __future__ import annotations

import re
from bisect import bisect_left

_WIDE = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    def __init__(self, text: str, origin: int = 0) -> None:
        self.origin = origin
        self.length = len(text)
        self._wide = [m.start() for m in _WIDE.finditer(text)]
        # Qt position (relative to origin) of the first unit of each wide character.
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, offset: int) -> int:
        offset = min(max(offset, 0), self.length)
        return self.origin + offset + bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        """The code-point offset at a Qt position; inside a surrogate pair, its start."""
        relative = position - self.origin
        if relative <= 0:
            return 0
        # Wide characters whose two units both lie before ``relative``.
        before = bisect_left(self._wide_qt, relative - 1)
        if before < len(self._wide_qt) and self._wide_qt[before] == relative - 1:
            return relative - 1 - before  # between the two halves of a pair
        return min(relative - before, self.length)
