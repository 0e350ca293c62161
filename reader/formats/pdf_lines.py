"""A PDF page's characters to lines, and lines to reading order (pure Python).

A PDF has no lines, words or paragraphs: only glyphs drawn at positions, in
whatever order the program that wrote it chose. This module rebuilds what a reader
sees from the geometry alone:

- **lines**: characters drawn one after another on the same baseline, with a space
  where the gap between two is wider than a tenth of the line's height (or where
  the file has one), split at a gap too wide to be a word space (a column gutter);
  fragments the file wrote apart but that sit on one line are joined again;
- **reading order** by recursive XY-cut: a region whose lines leave a vertical
  white gutter from top to bottom is read column by column, otherwise it is cut
  into horizontal bands at its white gaps, and neighbouring bands that share a
  gutter (a two-column stretch whose paragraphs happen to end at the same height)
  are read as one region again.

Coordinates are points from the page's top-left corner, y downwards.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.pages import NO_BOX

SPACE_GAP = 0.1
"""A gap wider than this fraction of the line's height is a word space."""
GUTTER_GAP = 0.8
"""A gap wider than this many line heights, with no space drawn, splits a line."""
MAX_WORD_GAP = 1.5
"""Wider than this many line heights is never a word space."""
MIN_GUTTER = 0.6
"""The narrowest white column between two columns of text, in line heights."""

HYPHENS = frozenset("-\u00ad\u2010\ufffe\x02")
"""What a line may end with when a word is split: hyphen-minus, soft hyphen, hyphen,
and the markers PDFium reports for a hyphen at a line's end."""
_DROPPED = frozenset(range(0x20)) | {0x7F, 0xFEFF}
_SPECIAL = frozenset({0x3000, 0xFFFE, 0x7F, 0xFEFF})  # besides controls and surrogates
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}


Glyph = tuple[int, float, float, float, float, float, bool]
"""One character as the text layer gives it, in page coordinates: code point, left,
top, right, bottom, font size, and whether PDFium inserted it (a space or line break
it guessed) rather than the file drawing it."""


Box = tuple[float, float, float, float]
NO_BOX_EDGES = (NO_BOX, 0.0, 0.0, 0.0)
"""The four numbers stored for a character without a box (a space put between words)."""


@dataclass(slots=True)
class Line:
    """One line of a page: its text and, four numbers per character (left, top, right,
    bottom), the boxes of its characters, ``NO_BOX_EDGES`` for one without a box.

    Packed as a string and an array rather than lists of tuples: a long book keeps
    millions of boxes while its text is read, and the garbage collector's full passes
    (which stop every thread, the UI's too) walk every object in lists, never the
    numbers in an array."""

    page: int
    text: str = ""
    boxes: array[float] = field(default_factory=lambda: array("f"))
    left: float = float("inf")
    top: float = float("inf")
    right: float = float("-inf")
    bottom: float = float("-inf")
    size: float = 0.0

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)

    def box(self, n: int) -> Box | None:
        """The box of character ``n``, or None."""
        left, top, right, bottom = self.boxes[4 * n : 4 * n + 4]
        return None if left == NO_BOX else (left, top, right, bottom)

    def close(self, chars: list[str], boxes: list[Box | None]) -> None:
        """Take the characters gathered for this line, and their extent."""
        drawn = [b for b in boxes if b is not None]
        self.left, self.top = min(b[0] for b in drawn), min(b[1] for b in drawn)
        self.right, self.bottom = max(b[2] for b in drawn), max(b[3] for b in drawn)
        self.text = "".join(chars)
        flat = self.boxes
        for box in boxes:
            flat.extend(box or NO_BOX_EDGES)

    def extend(self, other: Line, space: bool) -> None:
        if space:
            self.text += " "
            self.boxes.extend(NO_BOX_EDGES)
        self.text += other.text
        self.boxes.extend(other.boxes)
        self.left, self.top = min(self.left, other.left), min(self.top, other.top)
        self.right, self.bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        self.size = max(self.size, other.size)

    def overlaps_vertically(self, top: float, bottom: float) -> bool:
        shared = min(self.bottom, bottom) - max(self.top, top)
        return shared >= 0.5 * min(self.height, max(bottom - top, 0.1))


def page_lines(glyphs: Iterable[Glyph], page: int) -> list[Line]:
    """The page's lines, each with its characters (ligatures spelt out) and boxes.

    The loop is written for speed (it sees every character of a book): plain tuples,
    running extents in locals."""
    fragments: list[Line] = []
    current: Line | None = None
    chars: list[str] = []
    boxes: list[Box | None] = []
    band_top = band_bottom = last_left = last_right = last_top = 0.0
    space = False
    high: Glyph | None = None  # the first half of a surrogate pair
    for glyph in glyphs:
        code, left, top, right, bottom, size, generated = glyph
        if code < 0x21 or 0xD800 <= code <= 0xDFFF or code in _SPECIAL:
            if 0xD800 <= code <= 0xDBFF:
                high = glyph
                continue
            if 0xDC00 <= code <= 0xDFFF:
                if high is None:
                    continue
                # PDFium reports a character outside the BMP as its two UTF-16 halves
                code = 0x10000 + ((high[0] - 0xD800) << 10) + (code - 0xDC00)
                left, top = min(high[1], left), min(high[2], top)
                right, bottom = max(high[3], right), max(high[4], bottom)
            elif code in (0x20, 0x09, 0x3000) or (generated and code in (0x0D, 0x0A)):
                space = space or code not in (0x0A, 0x0D)
                continue
            elif code in (0xFFFE, 0x02):
                code = 0x2D
            elif code in _DROPPED:
                continue
        high = None
        if generated or right < left:
            continue
        char = chr(code)
        height = bottom - top if bottom - top > 0.1 else 0.1
        if current is not None:
            if left == last_left and right == last_right and top == last_top:
                _share_box(chars, boxes, char)  # one glyph drawn for several letters
                space = False
                continue
            gap = left - last_right
            shared = (bottom if bottom < band_bottom else band_bottom) - (
                top if top > band_top else band_top
            )
            band = band_bottom - band_top
            limit = MAX_WORD_GAP if space else GUTTER_GAP
            if (
                shared >= 0.5 * (height if height < band else band)
                and -0.3 * height <= gap <= limit * height
            ):
                if space or gap > SPACE_GAP * height:
                    chars.append(" ")
                    boxes.append(None)
                # if-statements, not min() and max(): this runs for every character
                if size > current.size:  # noqa: PLR1730
                    current.size = size
                if top < band_top:  # noqa: PLR1730
                    band_top = top
                if bottom > band_bottom:  # noqa: PLR1730
                    band_bottom = bottom
                if char in _LIGATURES:
                    _add_ligature(chars, boxes, char, (left, top, right, bottom))
                else:
                    chars.append(char)
                    boxes.append((left, top, right, bottom))
                space, last_left, last_right, last_top = False, left, right, top
                continue
        if current is not None:
            current.close(chars, boxes)
        current = Line(page, size=size)
        fragments.append(current)
        chars, boxes = [], []
        _add_ligature(chars, boxes, char, (left, top, right, bottom))
        band_top, band_bottom = top, bottom
        space, last_left, last_right, last_top = False, left, right, top
    if current is not None:
        current.close(chars, boxes)
    return _join_fragments(fragments)


def _add_ligature(chars: list[str], boxes: list[Box | None], char: str, box: Box) -> None:
    """Add a character, a ligature spelt out in letters that share its box."""
    spelt = _LIGATURES.get(char, char)
    left, top, right, bottom = box
    step = (right - left) / len(spelt)
    for n, part in enumerate(spelt):
        chars.append(part)
        boxes.append((left + n * step, top, left + (n + 1) * step, bottom))


def _share_box(chars: list[str], boxes: list[Box | None], char: str) -> None:
    """Add a letter drawn by the same glyph as the letters before it (a ligature the
    file spells out): the glyph's box is shared among them."""
    box = boxes[-1]
    assert box is not None
    run = 1
    while run < len(boxes) and boxes[-1 - run] == box:
        run += 1
    first = boxes[-run]
    assert first is not None
    left, top, right, bottom = first[0], box[1], box[2], box[3]
    chars.append(char)
    boxes.append(box)
    step = (right - left) / (run + 1)
    for n in range(run + 1):
        boxes[-1 - run + n] = (left + n * step, top, left + (n + 1) * step, bottom)


def _join_fragments(fragments: list[Line]) -> list[Line]:
    """Join fragments that lie on one line (drawn apart in the file) from left to right."""
    lines: list[Line] = []
    for fragment in sorted(fragments, key=lambda f: (f.left, f.top)):
        for line in lines:
            gap = fragment.left - line.right
            height = line.height
            if -0.3 * height <= gap <= GUTTER_GAP * height and line.overlaps_vertically(
                fragment.top, fragment.bottom
            ):
                line.extend(fragment, gap > SPACE_GAP * height)
                break
        else:
            lines.append(fragment)
    return sorted(lines, key=lambda line: (line.top, line.left))


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """The page's lines as regions (columns, bands) in reading order, each region's
    lines from top to bottom."""
    if not lines:
        return []
    unit = sorted(line.height for line in lines)[len(lines) // 2]
    regions: list[list[Line]] = []
    _cut(lines, unit, regions)
    return regions


def _cut(lines: list[Line], unit: float, out: list[list[Line]]) -> None:
    if len(lines) > 1:
        gutter = _gutter(lines, unit)
        if gutter is not None:
            _cut([ln for ln in lines if ln.right <= gutter], unit, out)
            _cut([ln for ln in lines if ln.right > gutter], unit, out)
            return
        bands = _merge_bands(_bands(lines), unit)
        if len(bands) > 1:
            for band in bands:
                _cut(band, unit, out)
            return
    out.append(sorted(lines, key=lambda line: (line.top, line.left)))


def _gutter(lines: list[Line], unit: float) -> float | None:
    """The middle of the widest white column crossing all the lines, if wide enough."""
    spans = sorted((line.left, line.right) for line in lines)
    best, best_width = None, MIN_GUTTER * unit
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left - reach > best_width:
            best, best_width = (reach + left) / 2, left - reach
        reach = max(reach, right)
    return best


def _bands(lines: list[Line]) -> list[list[Line]]:
    """The lines cut at every white horizontal gap, top to bottom."""
    bands: list[list[Line]] = []
    bottom = float("-inf")
    for line in sorted(lines, key=lambda ln: ln.top):
        if not bands or line.top >= bottom:
            bands.append([])
        bands[-1].append(line)
        bottom = max(bottom, line.bottom) if len(bands[-1]) > 1 else line.bottom
    return bands


def _merge_bands(bands: list[list[Line]], unit: float) -> list[list[Line]]:
    """Neighbouring bands that share a gutter are one two-column region."""
    merged: list[list[Line]] = []
    for band in bands:
        if merged and _gutter(merged[-1] + band, unit) is not None:
            merged[-1] = merged[-1] + band
        else:
            merged.append(band)
    return merged
