"""A PDF's lines to one canonical text: paragraphs, headings, hyphens, page furniture.

Runs once all pages have been read, on the lines :mod:`reader.formats.pdf_lines`
made of them (pure Python, no PDFium):

- **page furniture** (running headers and footers, page numbers) is recognised at
  the top and bottom of pages, as a line that looks like a page number or as the
  same line (digits aside) at the same height on at least three pages, and is kept
  out of the canonical text: repeated on every page it would cut the paragraphs
  that go on over a page break, add a mention of every name in a running title to
  each page's entities, and a search hit per page. The page view still shows it,
  since it draws the page itself;
- **paragraphs**: consecutive lines are one paragraph unless the space above, a
  change of size, an indent, or a short line ending a sentence says otherwise; a
  paragraph goes on into the next column or page when it did not end a sentence
  and the next line starts in lower case;
- **hyphens** at a line's end are removed when they split a word (a soft hyphen
  always; a hyphen when the word occurs whole elsewhere in the text, or, for words
  the text never shows, when the document hyphenates many of its lines) and kept
  when they are real ("porte-monnaie" seen elsewhere, "auto-" as in "auto-construits"
  elsewhere, "Jean-Pierre");
- **headings**: a short paragraph set larger than the body text, level by size.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass

from reader.core.document import Block, BlockKind
from reader.core.pages import PageBoxes, PageMap
from reader.formats.pdf_lines import HYPHENS, NO_BOX_EDGES, Line

FURNITURE_ZONE = 0.15
"""Headers and footers lie within this fraction of the page's height from its edges."""
MIN_REPEATS = 3
HEADING_RATIO = 1.15
HYPHENATING_RATE = 0.05
"""A document ending more than this share of its lines with a split word hyphenates:
an unknown word split at a line's end is then taken as one word."""
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—(\[|]*(?:page|p\.|seite|pagina)?\s*(?:\d{1,5}|[ivxlcdm]{1,8})"
    r"(?:\s*(?:/|of|sur|de|von)\s*\d{1,5})?[\s\-–—)\]|]*$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?:;…»\"”’)\]]$")
_WORD_BEFORE = re.compile(r"(\w+)[-\u00ad\u2010]$")
_WORD_AFTER = re.compile(r"^(\w+)")
_WORDS = re.compile(r"\w+(?:-\w+)*")
_NO_BOX = array("f", NO_BOX_EDGES)


@dataclass(frozen=True, slots=True)
class PageLines:
    """One page as read: its size in points and its lines (any order)."""

    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class FlowText:
    text: str
    blocks: tuple[Block, ...]
    pages: PageMap


def furniture(pages: list[PageLines]) -> set[int]:
    """The ``id`` of every line that is a running header, footer or page number: at the
    top or bottom of its page, it looks like a page number, or recurs (digits aside) at
    the same height on several pages, or sits on the same line as a page number (a
    running title beside the number, "Chapter 3: Utilities ... 9")."""
    candidates: list[tuple[int, Line, tuple[str, int, str]]] = []
    for number, page in enumerate(pages):
        ordered = sorted(page.lines, key=lambda ln: ln.top)
        edge = FURNITURE_ZONE * page.height
        ends = [("top", ln) for ln in ordered[:3] if ln.bottom <= edge]
        ends += [("bottom", ln) for ln in ordered[-3:] if ln.top >= page.height - edge]
        for zone, line in ends:
            shape = re.sub(r"\d+", "#", " ".join(line.text.lower().split()))
            height = round(line.top / page.height * 50)
            candidates.append((number, line, (zone, height, shape)))
    counts = Counter(key for _page, _line, key in candidates)
    found: set[int] = set()
    numbers: list[tuple[int, Line]] = []
    for index, line, key in candidates:
        if _PAGE_NUMBER.match(line.text):
            numbers.append((index, line))
            found.add(id(line))
        elif counts[key] >= MIN_REPEATS:
            found.add(id(line))
    for index, line, _key in candidates:
        if any(
            index == number_page and line.overlaps_vertically(number.top, number.bottom)
            for number_page, number in numbers
        ):
            found.add(id(line))
    return found


def flow_text(pages: list[PageLines], ordered: list[list[Line]]) -> FlowText:
    """The canonical text of the pages' lines in reading order (``ordered``: the lines
    of each page, furniture removed, regions concatenated)."""
    paragraphs = _paragraphs(ordered)
    body = _body_size(paragraphs)
    heading_sizes = sorted(
        {round(p[0].size * 2) / 2 for p in paragraphs if _is_heading(p, body)}, reverse=True
    )
    vocabulary, hyphenated, rate = _vocabulary(paragraphs)
    writer = _Writer(pages)
    blocks: list[Block] = []
    for paragraph in paragraphs:
        if blocks:
            writer.add("\n", paragraph[0].page)
        start = writer.offset
        for n, line in enumerate(paragraph):
            chars, boxes = line.text, line.boxes
            last = n + 1 == len(paragraph)
            keep = (
                None if last else _keep_hyphen(line, paragraph[n + 1], vocabulary, hyphenated, rate)
            )
            if keep is False:
                chars, boxes = chars[:-1], boxes[:-4]
            writer.add_line(chars, boxes, line.page)
            if not last and keep is None:
                writer.add(" ", line.page)
        if _is_heading(paragraph, body):
            level = heading_sizes.index(round(paragraph[0].size * 2) / 2) + 1
            blocks.append(Block(BlockKind.HEADING, start, writer.offset, min(level, 6)))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, start, writer.offset))
    return FlowText(writer.text(), tuple(blocks), writer.page_map())


def _paragraphs(ordered: list[list[Line]]) -> list[list[Line]]:
    paragraphs: list[list[Line]] = []
    for lines in ordered:
        if not lines:
            continue
        right = max(ln.right for ln in lines)
        for line in lines:
            if paragraphs and _continues(paragraphs[-1][-1], line, right):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
    return paragraphs


def _continues(before: Line, line: Line, right: float) -> bool:
    """Whether ``line`` goes on with the paragraph that ``before`` ends (``right``:
    the right edge of the text on ``before``'s page)."""
    height = before.height
    if abs(line.size - before.size) > 0.15 * max(line.size, before.size):
        return False
    text = before.text.rstrip()
    new_column = line.page != before.page or line.top < before.top or line.left > before.right
    if new_column:
        first = line.text.lstrip()[:1]
        return (
            bool(first)
            and (first.islower() or text[-1:] in HYPHENS)
            and (not _ENDS_SENTENCE.search(text))
        )
    if line.top - before.bottom > 0.5 * height:
        return False
    if line.left - before.left > 0.8 * height:
        return False  # an indented first line
    width = right - before.left
    return not (right - before.right > max(0.2 * width, 4 * height) and _ENDS_SENTENCE.search(text))


def _body_size(paragraphs: list[list[Line]]) -> float:
    sizes: Counter[float] = Counter()
    for paragraph in paragraphs:
        for line in paragraph:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _is_heading(paragraph: list[Line], body: float) -> bool:
    return (
        body > 0
        and paragraph[0].size >= HEADING_RATIO * body
        and len(paragraph) <= 3
        and sum(len(ln.text) for ln in paragraph) <= 200
    )


def _vocabulary(paragraphs: list[list[Line]]) -> tuple[set[str], set[str], float]:
    """Words seen whole inside lines; hyphenated words seen inside lines, and their first
    parts ("auto-"); the share of lines (not last of a paragraph) ending with a hyphen."""
    words: set[str] = set()
    hyphenated: set[str] = set()
    ends = inner = 0
    for paragraph in paragraphs:
        for n, line in enumerate(paragraph):
            text = line.text.lower()
            found = _WORDS.findall(text)
            if n + 1 < len(paragraph):
                inner += 1
                if _WORD_BEFORE.search(text) and found:
                    ends += 1
                    found = found[:-1]
            if found and n > 0:
                found = found[1:]  # the first word may end a word split on the line before
            for word in found:
                parts = word.split("-")
                words.update(parts)
                if len(parts) > 1:
                    hyphenated.update((word, parts[0] + "-"))
    return words, hyphenated, ends / inner if inner else 0.0


def _keep_hyphen(
    line: Line, following: Line, vocabulary: set[str], hyphenated: set[str], rate: float
) -> bool | None:
    """None when ``line`` does not end with a hyphen after a letter; else whether to keep
    it when joining the two lines (False: the word was split, join it whole)."""
    before = _WORD_BEFORE.search(line.text)
    after = _WORD_AFTER.match(following.text)
    if before is None or after is None:
        return None
    if line.text[-1] == "\u00ad":
        return False
    left, right = before.group(1), after.group(1)
    if f"{left}{right}".lower() in vocabulary:
        return False
    if f"{left}-{right}".lower() in hyphenated or f"{left}-".lower() in hyphenated:
        return True
    if right[:1].isupper() or any(c.isdigit() for c in left + right):
        return True
    return rate < HYPHENATING_RATE


class _Writer:
    """Builds the text and, page by page, the box of each code point."""

    def __init__(self, pages: list[PageLines]) -> None:
        self._sizes = [(p.width, p.height) for p in pages]
        self._parts: list[str] = []
        self._boxes: list[array[float]] = [array("f") for _ in pages]
        self._starts: list[int] = [0] * len(pages)
        self._page = 0
        self.offset = 0

    def add(self, char: str, page: int) -> None:
        """A character without a box (a space or a paragraph break)."""
        self.add_line(char, _NO_BOX, page)

    def add_line(self, chars: str, boxes: array[float], page: int) -> None:
        """Characters of one page and their boxes (four numbers each, as in a
        :class:`Line`); soft hyphens, invisible inside a line, are left out."""
        while self._page < page:  # pages in between hold no text
            self._page += 1
            self._starts[self._page] = self.offset
        if "\u00ad" in chars:
            kept = [n for n, char in enumerate(chars) if char != "\u00ad"]
            chars = "".join(chars[n] for n in kept)
            boxes = array("f", (boxes[4 * n + k] for n in kept for k in range(4)))
        self._parts.append(chars)
        self._boxes[self._page].extend(boxes)
        self.offset += len(chars)

    def text(self) -> str:
        return "".join(self._parts)

    def page_map(self) -> PageMap:
        for n in range(self._page + 1, len(self._starts)):
            self._starts[n] = self.offset
        return PageMap(
            tuple(
                PageBoxes(n, width, height, self._starts[n], self._boxes[n])
                for n, (width, height) in enumerate(self._sizes)
            )
        )
