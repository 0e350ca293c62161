"""Keyword in context: the line of text around a mention, from the whole text or from
the few pieces of it that hold the mention (see :mod:`reader.core.chunks`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

CONTEXT_CHARS = 70
"""Characters of text shown on each side of a mention (cut at a word)."""


class TextPieces:
    """Some consecutive-or-not pieces of a text, each ``(start, text)``; ``length`` is the
    whole text's length when known (None: the text's last piece is not among them)."""

    def __init__(self, pieces: Sequence[tuple[int, str]], length: int | None) -> None:
        ordered = sorted(pieces)
        self._starts = [start for start, _ in ordered]
        self._texts = [text for _, text in ordered]
        self.length = length

    @classmethod
    def whole(cls, text: str) -> TextPieces:
        return cls([(0, text)], len(text))

    def slice(self, start: int, end: int) -> str | None:
        """``text[start:end]`` (clamped to the text's end when known), or None when the
        pieces do not hold all of it."""
        if self.length is not None:
            end = min(end, self.length)
        at = bisect_right(self._starts, start) - 1
        if at < 0:
            return None
        parts: list[str] = []
        position = self._starts[at]
        while position < end:
            if at >= len(self._starts) or self._starts[at] != position:
                return None  # a gap: that piece was not read
            piece = self._texts[at]
            parts.append(piece)
            position += len(piece)
            at += 1
        joined = "".join(parts)
        offset = start - self._starts[bisect_right(self._starts, start) - 1]
        return joined[offset : offset + end - start]


def context_around(
    text: TextPieces, start: int, end: int, chars: int = CONTEXT_CHARS
) -> tuple[str, str, str] | None:
    """(before, the mention, after) on one line: up to ``chars`` on each side, cut at a
    word, white space shown as single spaces; None if ``text`` lacks some of it."""
    left = max(0, start - chars)
    right = end + chars
    window = text.slice(left, right)
    if window is None:
        return None
    right = left + len(window)
    before = window[: start - left]
    words = window[start - left : end - left]
    after = window[end - left :]
    if left > 0 and " " in before.strip():
        before = before[before.find(" ") + 1 :]
    if (text.length is None or right < text.length) and " " in after.strip():
        after = after[: after.rfind(" ")]
    before = " ".join(before.split()) + (" " if before[-1:].isspace() else "")
    after = (" " if after[:1].isspace() else "") + " ".join(after.split())
    return before, words, after
