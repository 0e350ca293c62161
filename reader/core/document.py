"""The document model: one canonical text, its structure, and its metadata.

Every offset in reader counts Python code points of ``Document.text``: the decoded
text with the BOM stripped and line endings normalised to ``\\n``, exactly what
the reading view shows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reader.core.pages import PageMap
from reader.core.rich import NO_RICH_TEXT, RichText

WORDS_PER_MINUTE = 230
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_BLANK = re.compile(r"[^\n]")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    FRONT_MATTER = "front_matter"
    """Part of the file that is not the work: a Project Gutenberg header, say."""
    BACK_MATTER = "back_matter"
    """Part of the file after the work: a Project Gutenberg licence, say."""
    TABLE_ROW = "table_row"  # the cells of one row, separated by tabs (see core.rich)
    NOTE = "note"  # a footnote or endnote
    CAPTION = "caption"  # a figure's or table's caption


MATTER_KINDS = frozenset({BlockKind.FRONT_MATTER, BlockKind.BACK_MATTER})
"""Blocks that stay in the text but are not the work: shown dimmed, never searched for
entities."""


@dataclass(frozen=True, slots=True)
class Block:
    """A span ``[start, end)`` of the canonical text with a structural role.

    ``level`` is a heading's level (1-6); for any other block, how deeply it is nested
    in lists and block quotes (0: not nested; a top-level list item is 1). A list item
    of an ordered list (or a numbered note) has its ``number``; a task-list item says
    whether it is ``checked``. A block inside a list item after its first one is a
    paragraph (or quote, code...) at the item's level: the item continues.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    number: int | None = None
    checked: bool | None = None


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A table-of-contents entry: its title, where it starts in the canonical text
    (a code-point offset, usually the start of a heading block) and its depth (1 = top)."""

    title: str
    offset: int
    level: int = 1


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    title: str
    blocks: tuple[Block, ...]
    format: str
    source: Path | None = None
    author: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    """What the file says about itself (date, site, publisher, declared language...)."""
    toc: tuple[TocEntry, ...] = ()
    """Table of contents (books), in reading order; empty when the format has none."""
    warnings: tuple[str, ...] = ()
    """What the user should know about how the file was read (one sentence each), e.g.
    that invalid bytes were replaced; not stored."""
    pages: PageMap | None = field(default=None, compare=False, repr=False)
    """Paged formats (PDF): where each code point of ``text`` lies on which page. It
    comes from the file and is not stored: a document rebuilt from the library has none."""
    rich: RichText = NO_RICH_TEXT
    """Inline styles, links, tables, images and rules (see :mod:`reader.core.rich`)."""

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def word_count(self) -> int:
        return word_count(self.text)


def outline(document: Document) -> tuple[TocEntry, ...]:
    """The document's own table of contents, else one entry per heading block."""
    if document.toc:
        return document.toc
    return tuple(
        TocEntry(" ".join(document.text[b.start : b.end].split()), b.start, max(b.level, 1))
        for b in document.blocks
        if b.kind is BlockKind.HEADING
    )


def work_text(text: str, blocks: tuple[Block, ...] | list[Block]) -> str:
    """``text`` with its front and back matter blanked out (same length, line ends kept):
    what entity recognition reads, so that offsets still count in ``text``."""
    ranges = [(b.start, b.end) for b in blocks if b.kind in MATTER_KINDS]
    if not ranges:
        return text
    parts: list[str] = []
    pos = 0
    for first, end in sorted(ranges):
        start = max(first, pos)
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(_BLANK.sub(" ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def content_hash(text: str) -> str:
    """SHA-256 of the canonical text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def reading_minutes(words: int) -> int:
    """Whole minutes at an adult's silent reading pace, at least one for any text."""
    if words == 0:
        return 0
    return max(1, round(words / WORDS_PER_MINUTE))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM is dropped."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def paragraph_blocks(text: str) -> tuple[Block, ...]:
    """One paragraph block per non-blank line: how plain text was shown before it was
    reflowed, and still is when it is too long to look for structure."""
    return tuple(Block(BlockKind.PARAGRAPH, start, end) for start, end, _ in nonblank_lines(text))


def nonblank_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, line_start)`` of each line that is not blank: its first and past
    its last non-blank character, and where the line itself starts."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            yield start, start + len(stripped), pos
        pos += len(line) + 1


def title_from_path(path: Path) -> str:
    """A readable title from a file name: 'my_notes-v2.txt' -> 'my notes-v2'."""
    stem = _readable(path.stem).replace("_", " ").strip()
    return stem or _readable(path.name)


def _readable(name: str) -> str:
    """A file name whose bytes are not UTF-8 (kept by Python as lone surrogates) with
    those bytes as U+FFFD, so that it can be shown and stored."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
