"""Building a canonical text block by block, with its inline styles, tables and images.

Every format that has structure (Markdown, web pages, EPUB chapters) is read into
the same three builders:

- :class:`InlineText` gathers the text of one block as a browser lays it out (ASCII
  whitespace runs collapsed to one space, none at either end; kept as is in
  preformatted text) while styles open and close, so that each style's span is known
  exactly in the text being built;
- :class:`Nesting` says what kind and level a block takes from the lists, items,
  quotes and notes around it, and numbers ordered list items;
- :class:`FlowWriter` lays the blocks end to end, one ``\\n`` between two, shifting
  each block's spans and images to document offsets, and writes tables (cells
  separated by ``\\t``) and rules. What each structure contributes to the text is
  described in :mod:`reader.core.rich`.

Links are kept as written (``href``) while building; the format resolves them at the
end, when every anchor (``id``) is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reader.core.document import Block, BlockKind
from reader.core.rich import Align, Cell, Image, RichText, Span, Style, Table

# HTML collapses ASCII whitespace only: no-break spaces (French typography) stay.
_SPACE = re.compile(r"[ \t\n\r\f]+")
# Control characters are no text (tabs and line ends are whitespace, handled apart).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINKED = (Style.LINK, Style.NOTE_REF)


def clean(text: str | None) -> str:
    """Source text without control characters (tabs and line ends are kept)."""
    return _CONTROL.sub("", text) if text else ""


def collapse(text: str) -> str:
    """Inline text as a browser shows it: ASCII whitespace runs as one space, trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


@dataclass(slots=True)
class OpenStyle:
    style: Style
    href: str
    start: int | None  # None until text follows the opening


@dataclass(frozen=True, slots=True)
class Inline:
    """One block's text with its spans, images and anchors (offsets within ``text``)."""

    text: str
    spans: tuple[Span, ...] = ()
    images: tuple[Image, ...] = ()
    anchors: tuple[tuple[str, int], ...] = ()


class InlineText:
    """The text of one block while it is gathered."""

    def __init__(self, preformatted: bool = False) -> None:
        self.preformatted = preformatted
        self._parts: list[str] = []
        self._length = 0
        self._last = ""  # the last character written
        self._space = False  # a collapsed space waits for the next word
        self._open: list[OpenStyle] = []
        self._spans: list[Span] = []
        self._images: list[Image] = []
        self._anchors: list[tuple[str, int]] = []
        self._pending_anchors: list[str] = []

    @property
    def empty(self) -> bool:
        return not self._length and not self._images

    def add(self, text: str | None) -> None:
        if not text:
            return
        if _CONTROL.search(text):
            text = _CONTROL.sub("", text)
        if self.preformatted:
            self._write(text.replace("\r\n", "\n").replace("\r", "\n"))
            return
        collapsed = _SPACE.sub(" ", text)
        core = collapsed.strip(" ")
        if not core:
            self._space = True
            return
        if collapsed[0] == " ":
            self._space = True
        self._write(core)
        self._space = collapsed[-1] == " "

    def line_break(self) -> None:
        if self.preformatted:
            self._write("\n")
        elif self._length and self._last != "\n":
            self._write("\n", spaced=False)
            self._space = False

    def open(self, style: Style, href: str = "") -> OpenStyle:
        handle = OpenStyle(style, href, None)
        self._open.append(handle)
        return handle

    def close(self, handle: OpenStyle) -> None:
        if handle not in self._open:
            return  # opened in another block's text, which has ended
        self._open.remove(handle)
        if handle.start is not None and self._length > handle.start:
            self._spans.append(Span(handle.style, handle.start, self._length, handle.href))

    def image(self, src: str, alt: str, title: str = "") -> None:
        """A picture here, in the running text (a block of its own if the block has no
        text: see :meth:`FlowWriter.add`)."""
        if self._length and self._space:
            self._write("", spaced=True)
        self._images.append(Image(self._length, src, collapse(clean(alt)), collapse(title), True))

    def anchor(self, name: str) -> None:
        """An ``id`` here: it will lead to the next character written."""
        self._pending_anchors.append(name)

    def _write(self, text: str, spaced: bool = True) -> None:
        if spaced and self._space and self._length and self._last not in " \n":
            self._parts.append(" ")
            self._length += 1
            self._last = " "
        self._space = False
        for handle in self._open:
            if handle.start is None:
                handle.start = self._length
        for name in self._pending_anchors:
            self._anchors.append((name, self._length))
        self._pending_anchors.clear()
        if text:
            self._parts.append(text)
            self._length += len(text)
            self._last = text[-1]

    def finish(self) -> Inline:
        """The block's text, trimmed (of any whitespace, no-break spaces included: at a
        block's edge they show nothing); styles still open end with it."""
        for handle in list(self._open):
            self.close(handle)
        text = "".join(self._parts)
        if self.preformatted:  # its lines' own indentation is kept
            lead = len(text) - len(text.lstrip("\n"))
            text = text.strip("\n").rstrip()
        else:
            lead = len(text) - len(text.lstrip())
            text = text.strip()
        end = len(text)

        def place(offset: int) -> int:
            return min(max(offset - lead, 0), end)

        spans = tuple(
            sorted(
                (
                    Span(s.style, place(s.start), place(s.end), s.href)
                    for s in self._spans
                    if place(s.end) > place(s.start)
                ),
                key=lambda s: (s.start, s.end),
            )
        )
        images = tuple(replace(i, offset=place(i.offset)) for i in self._images)
        anchors = tuple((name, place(at)) for name, at in self._anchors)
        anchors += tuple((name, end) for name in self._pending_anchors)
        return Inline(text, spans, images, anchors)


@dataclass(slots=True)
class _Frame:
    kind: BlockKind  # what text directly inside becomes
    depth: int
    ordered: bool = False
    next_number: int = 1
    number: int | None = None  # an item's number, taken by its first block
    checked: bool | None = None
    first: bool = True  # an item's or note's first block is still to come


@dataclass(frozen=True, slots=True)
class Placement:
    kind: BlockKind
    level: int
    number: int | None = None
    checked: bool | None = None


class Nesting:
    """The lists, items, quotes and notes around the text being read."""

    def __init__(self) -> None:
        self._frames = [_Frame(BlockKind.PARAGRAPH, 0)]

    @property
    def depth(self) -> int:
        return self._frames[-1].depth

    def enter_list(self, ordered: bool, start: int | None = None) -> None:
        self._frames.append(
            _Frame(BlockKind.PARAGRAPH, self.depth + 1, ordered, 1 if start is None else start)
        )

    def enter_item(self, checked: bool | None = None, value: int | None = None) -> None:
        outer = self._frames[-1]
        number = None
        if outer.ordered:
            number = outer.next_number if value is None else value
            outer.next_number = number + 1
        self._frames.append(
            _Frame(BlockKind.LIST_ITEM, max(self.depth, 1), number=number, checked=checked)
        )

    def enter_quote(self) -> None:
        self._frames.append(_Frame(BlockKind.QUOTE, self.depth + 1))

    def enter_indent(self) -> None:
        """A definition, or anything shown indented: paragraphs one level deeper."""
        self._frames.append(_Frame(BlockKind.PARAGRAPH, self.depth + 1))

    def enter_note(self, number: int | None = None) -> None:
        self._frames.append(_Frame(BlockKind.NOTE, self.depth, number=number))

    def leave(self) -> None:
        if len(self._frames) > 1:
            self._frames.pop()

    def place(self, kind: BlockKind | None = None, heading_level: int = 0) -> Placement:
        """Where a block goes. ``kind`` is what its element says (None or PARAGRAPH for
        plain text); the first block of an item or note takes its marker."""
        frame = self._frames[-1]
        if kind is BlockKind.HEADING:
            return Placement(kind, heading_level)
        if kind in (None, BlockKind.PARAGRAPH):
            kind = frame.kind
        number, checked = None, None
        if frame.first and frame.kind in (BlockKind.LIST_ITEM, BlockKind.NOTE):
            frame.first = False
            if kind is frame.kind:
                number, checked = frame.number, frame.checked
        elif kind is BlockKind.LIST_ITEM:  # an item continues after its first block
            kind = BlockKind.PARAGRAPH
        return Placement(kind, frame.depth, number, checked)


@dataclass(slots=True)
class CellText:
    inline: Inline
    header: bool = False
    align: Align = Align.NONE
    columns: int = 1


@dataclass(slots=True)
class FlowWriter:
    """Lays blocks end to end, one ``\\n`` between two, with everything they carry."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    rules: list[int] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)
    length: int = 0

    @property
    def next_start(self) -> int:
        """Where the next block would start."""
        return self.length + 1 if self.parts else self.length

    def add(self, place: Placement, inline: Inline | str) -> Block | None:
        """Append a block; a block without text leaves its images (as pictures standing
        on their own) and anchors where the next block starts."""
        if isinstance(inline, str):
            inline = Inline(inline)
        if not inline.text.strip():
            for image in inline.images:
                self.images.append(replace(image, offset=self.next_start, inline=False))
            for name, _ in inline.anchors:
                self.anchors.setdefault(name, self.next_start)
            return None
        start = self._open_block()
        block = Block(
            place.kind, start, start + len(inline.text), place.level, place.number, place.checked
        )
        self._write(inline, start)
        self.blocks.append(block)
        return block

    def anchor(self, name: str) -> None:
        self.anchors.setdefault(name, self.next_start)

    def rule(self) -> None:
        at = self.next_start
        if not self.rules or self.rules[-1] != at:
            self.rules.append(at)

    def table(self, rows: list[list[CellText]], level: int = 0) -> None:
        """Rows of cells as TABLE_ROW blocks; rows with no text are left out."""
        cells_out: list[tuple[Cell, ...]] = []
        left_over: list[Inline] = []  # the pictures of rows without text: after the table
        for row in rows:
            if not row or not any(cell.inline.text.strip() for cell in row):
                left_over.extend(cell.inline for cell in row)
                continue
            start = self._open_block()
            position = start
            cells: list[Cell] = []
            for n, cell in enumerate(row):
                if n:
                    self.parts.append("\t")
                    self.length += 1
                    position += 1
                inline = replace(cell.inline, text=cell.inline.text.replace("\t", " "))
                self._write(inline, position)
                cells.append(
                    Cell(
                        position, position + len(inline.text), cell.header, cell.align, cell.columns
                    )
                )
                position += len(inline.text)
            self.blocks.append(Block(BlockKind.TABLE_ROW, start, position, level))
            cells_out.append(tuple(cells))
        if cells_out:
            self.tables.append(Table(tuple(cells_out)))
        for inline in left_over:
            self.add(Placement(BlockKind.PARAGRAPH, level), replace(inline, text=""))

    def extend(self, other: FlowWriter) -> int:
        """Append another writer's blocks; returns the offset its text starts at."""
        if not other.parts:
            self.images.extend(replace(i, offset=self.next_start) for i in other.images)
            for name in other.anchors:
                self.anchors.setdefault(name, self.next_start)
            return self.next_start
        base = self._open_block()
        self.parts.extend(other.parts)
        self.length += other.length
        self.blocks.extend(
            Block(b.kind, b.start + base, b.end + base, b.level, b.number, b.checked)
            for b in other.blocks
        )
        shifted = other.rich().shifted(base)
        self.spans.extend(shifted.spans)
        self.images.extend(shifted.images)
        self.tables.extend(shifted.tables)
        self.rules.extend(shifted.rules)
        for name, at in other.anchors.items():
            self.anchors.setdefault(name, at + base)
        return base

    def resolve_links(self, resolve: Callable[[Span], Span | None]) -> None:
        """Give each link its destination (``resolve`` returns None to drop a link that
        leads nowhere reader can go; a note reference keeps its style)."""
        out: list[Span] = []
        for span in self.spans:
            if span.style not in _LINKED:
                out.append(span)
                continue
            resolved = resolve(span)
            if resolved is not None:
                out.append(resolved)
            elif span.style is not Style.LINK:
                out.append(replace(span, href="", target=None))
        self.spans = out

    def text(self) -> str:
        return "".join(self.parts)

    def rich(self) -> RichText:
        end = self.length
        return RichText(
            tuple(sorted(self.spans, key=lambda s: (s.start, s.end))),
            tuple(self.tables),
            tuple(
                sorted(
                    (replace(i, offset=min(i.offset, end)) for i in self.images),
                    key=lambda i: i.offset,
                )
            ),
            tuple(sorted({min(r, end) for r in self.rules})),
        )

    def _open_block(self) -> int:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        return self.length

    def _write(self, inline: Inline, start: int) -> None:
        self.parts.append(inline.text)
        self.length += len(inline.text)
        self.spans.extend(
            Span(s.style, s.start + start, s.end + start, s.href, s.target) for s in inline.spans
        )
        self.images.extend(replace(i, offset=i.offset + start) for i in inline.images)
        for name, at in inline.anchors:
            self.anchors.setdefault(name, at + start)
