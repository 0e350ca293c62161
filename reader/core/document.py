"""The document model: one canonical text, its structure, and its metadata.

Every offset in reader counts Python code points of ``Document.text``: the decoded
text with the BOM stripped and line endings normalised to ``\\n``, exactly what
the reading view shows.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reader.core.rich import NO_RICH_TEXT, RichText

WORDS_PER_MINUTE = 230
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    PREFORMATTED = "preformatted"
    TABLE_ROW = "table_row"  # the cells of one row, separated by tabs (see core.rich)
    NOTE = "note"  # a footnote or endnote
    CAPTION = "caption"  # a figure's or table's caption


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
    rich: RichText = NO_RICH_TEXT
    """Inline styles, links, tables, images and rules (see :mod:`reader.core.rich`)."""

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def word_count(self) -> int:
        return word_count(self.text)


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
    """One paragraph block per non-blank line run; lines are paragraphs in plain text.

    News text files put one paragraph per line; hard-wrapped files separate
    paragraphs with blank lines. Treating every non-blank line as a block serves
    the first exactly and the second acceptably.
    """
    blocks = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            blocks.append(Block(BlockKind.PARAGRAPH, start, start + len(stripped)))
        pos += len(line) + 1
    return tuple(blocks)


def title_from_path(path: Path) -> str:
    """A readable title from a file name: 'my_notes-v2.txt' -> 'my notes-v2'."""
    stem = path.stem.replace("_", " ").strip()
    return stem or path.name
