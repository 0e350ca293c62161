"""Element trees to a canonical text with blocks, in one pass.

Web pages (trafilatura's XML) and book chapters (XHTML) are both trees of block
elements (headings, paragraphs, list items...) holding inline text. A
:class:`FlowWalker` reads such a tree the way a browser lays it out: inline text is
gathered, whitespace collapsed as HTML does, and each block element ends the text
before it. A :class:`BlockWriter` lays the blocks end to end, separated by one
``\\n``, so that every block covers an exact span of the text it builds.

The source's markup is never kept: only its text and the kind of each block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from lxml import etree

from reader.core.document import Block, BlockKind

# HTML collapses ASCII whitespace only: no-break spaces (French typography) stay.
_SPACE = re.compile(r"[ \t\n\r\f]+")
# Control characters are no text; \x00 and \x01 then serve as markers below.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BREAK = "\x00"  # a line break (<br>, <lb/>) while inline text is gathered
_CELL = "\x01"  # the start of a table cell
_INHERITING = (BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.PREFORMATTED)


# The XML declaration that may open a page or an EPUB part, and the encoding it names.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")


class Role(Enum):
    SKIP = "skip"  # the element and its text are dropped (its tail is kept)
    BREAK = "break"  # a line break inside the current block
    INLINE = "inline"  # its text flows into the current block
    CELL = "cell"  # inline, after a tab if the row already has text
    BLOCK = "block"  # ends the text before it and holds its own


@dataclass(frozen=True, slots=True)
class Rule:
    """How to read one element. For a block, ``kind`` None means a neutral container
    (a div, a list, a table) whose text takes the kind of the block around it."""

    role: Role
    kind: BlockKind | None = None
    level: int = 0


SKIP = Rule(Role.SKIP)
BREAK = Rule(Role.BREAK)
INLINE = Rule(Role.INLINE)
CELL = Rule(Role.CELL)
CONTAINER = Rule(Role.BLOCK)
PARAGRAPH = Rule(Role.BLOCK, BlockKind.PARAGRAPH)
LIST_ITEM = Rule(Role.BLOCK, BlockKind.LIST_ITEM)
QUOTE = Rule(Role.BLOCK, BlockKind.QUOTE)
PREFORMATTED = Rule(Role.BLOCK, BlockKind.PREFORMATTED)


def heading(level: int) -> Rule:
    return Rule(Role.BLOCK, BlockKind.HEADING, min(max(level, 1), 6))


Classifier = Callable[[etree._Element], Rule]


def local_name(element: etree._Element) -> str:
    """The tag without its namespace, lower case ('' for comments and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def clean(text: str | None) -> str:
    """Source text without control characters (tabs and line ends are kept)."""
    return _CONTROL.sub("", text) if text else ""


def collapse(text: str) -> str:
    """Inline text as a browser shows it: ASCII whitespace runs as one space, trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def plain_text(element: etree._Element) -> str:
    """All the text under an element, on one line (for titles and labels); comments and
    unresolved entities are not text."""
    parts: list[str] = []

    def gather(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for child in node:
            gather(child)
            if child.tail:
                parts.append(child.tail)

    gather(element)
    return collapse(clean("".join(parts)))


class BlockWriter:
    """Lays blocks end to end, one ``\\n`` between two, and tracks their offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._pos = 0

    @property
    def next_start(self) -> int:
        """Where the next block would start."""
        return self._pos + 1 if self._parts else self._pos

    @property
    def blocks(self) -> list[Block]:
        return self._blocks

    def add(self, kind: BlockKind, text: str, level: int = 0) -> Block | None:
        """Append a block (nothing if ``text`` is blank); ``text`` is kept exactly."""
        if not text.strip():
            return None
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        self._parts.append(text)
        block = Block(kind, self._pos, self._pos + len(text), level)
        self._blocks.append(block)
        self._pos += len(text)
        return block

    def extend(self, text: str, blocks: tuple[Block, ...] | list[Block]) -> int:
        """Append another writer's result; returns the offset its text starts at."""
        if not text:
            return self.next_start
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        base = self._pos
        self._parts.append(text)
        self._blocks.extend(Block(b.kind, b.start + base, b.end + base, b.level) for b in blocks)
        self._pos += len(text)
        return base

    def result(self) -> tuple[str, tuple[Block, ...]]:
        return "".join(self._parts), tuple(self._blocks)


class FlowWalker:
    """Reads a tree of block and inline elements into a :class:`BlockWriter`.

    ``ids`` maps each ``id`` attribute met to the start of the block that holds the
    element (or the next block): where a link to ``#id`` should land.
    """

    def __init__(self, writer: BlockWriter, classify: Classifier) -> None:
        self._writer = writer
        self._classify = classify
        self._buffer: list[str] = []
        self._context: list[tuple[BlockKind, int]] = [(BlockKind.PARAGRAPH, 0)]
        self._pending_ids: list[str] = []
        self.ids: dict[str, int] = {}

    def walk(self, root: etree._Element) -> None:
        self._block(root, None, 0)
        for name in self._pending_ids:  # ids after the last text: the end
            self.ids.setdefault(name, self._writer.next_start)
        self._pending_ids.clear()

    def _block(self, element: etree._Element, kind: BlockKind | None, level: int) -> None:
        self._flush()
        outer_kind, outer_level = self._context[-1]
        if kind is None or (kind is BlockKind.PARAGRAPH and outer_kind in _INHERITING):
            kind, level = outer_kind, outer_level
        self._context.append((kind, level))
        self._children(element)
        self._flush()
        self._context.pop()

    def _children(self, element: etree._Element) -> None:
        if element.text:
            self._buffer.append(clean(element.text))
        for child in element:
            self._visit(child)
            if child.tail:
                self._buffer.append(clean(child.tail))

    def _visit(self, element: etree._Element) -> None:
        if not isinstance(element.tag, str):  # comments, processing instructions, entities
            return
        rule = self._classify(element)
        if rule.role is Role.SKIP:
            return
        name = element.get("id")
        if name:
            if rule.role is Role.BLOCK:
                self._flush()
            self._pending_ids.append(name)
        if rule.role is Role.BREAK:
            self._buffer.append(_BREAK)
        elif rule.role is Role.CELL:
            self._buffer.append(_CELL)
            self._children(element)
        elif rule.role is Role.INLINE:
            self._children(element)
        else:
            self._block(element, rule.kind, rule.level)

    def _flush(self) -> None:
        if not self._buffer:
            return
        raw = "".join(self._buffer)
        self._buffer.clear()
        kind, level = self._context[-1]
        if kind is BlockKind.PREFORMATTED:
            text = raw.replace("\r\n", "\n").replace(_BREAK, "\n").replace(_CELL, "\t")
            text = text.strip("\n").rstrip()
        else:
            text = _inline(raw)
        block = self._writer.add(kind, text, level)
        if block is not None:
            for name in self._pending_ids:
                self.ids.setdefault(name, block.start)
            self._pending_ids.clear()


def _inline(raw: str) -> str:
    lines = []
    for line in _SPACE.sub(" ", raw).split(_BREAK):
        cells = [cell.strip(" ") for cell in line.split(_CELL)]
        joined = "\t".join(cell for cell in cells if cell)
        if joined:
            lines.append(joined)
    return "\n".join(lines)
