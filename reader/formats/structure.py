"""Element trees to a canonical text with blocks and rich structure, in one pass.

Web pages (trafilatura's XML) and book chapters (XHTML) are both trees of block
elements (headings, paragraphs, lists, tables...) holding inline text and inline
styles. A :class:`FlowWalker` reads such a tree the way a browser lays it out, with
the builders of :mod:`reader.formats.flow`; each format says how to read each
element with a *classifier* returning a :class:`Rule`.

The walk is iterative (an explicit stack, not recursion), so a tree nested a hundred
thousand levels deep is read like any other. The source's markup is never kept:
only its text, the kind of each block, and the styles, links, tables and images
the rules name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from reader.core.document import BlockKind
from reader.core.rich import Align, Style
from reader.formats.flow import (
    CellText,
    FlowWriter,
    InlineText,
    Nesting,
    OpenStyle,
    clean,
    collapse,
)

# The XML declaration that may open a page or an EPUB part, and the encoding it names.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")


class Role(Enum):
    SKIP = "skip"  # the element and its text are dropped (its tail is kept)
    BREAK = "break"  # a line break inside the current block
    INLINE = "inline"  # its text flows into the current block (with ``style`` if set)
    BLOCK = "block"  # ends the text before it and holds its own (``kind`` None: neutral)
    LIST = "list"  # a list of items (``ordered``, from ``number``)
    ITEM = "item"  # a list item (``number``: its own value, if it says)
    QUOTE = "quote"
    INDENT = "indent"  # a definition and the like: one level deeper
    NOTE = "note"  # a footnote or endnote
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    IMAGE = "image"
    RULE = "rule"  # a horizontal rule


@dataclass(frozen=True, slots=True)
class Rule:
    """How to read one element."""

    role: Role
    kind: BlockKind | None = None
    level: int = 0
    style: Style | None = None
    href: str = ""
    ordered: bool = False
    number: int | None = None
    header: bool = False
    align: Align = Align.NONE
    columns: int = 1
    src: str = ""
    alt: str = ""
    title: str = ""


SKIP = Rule(Role.SKIP)
BREAK = Rule(Role.BREAK)
INLINE = Rule(Role.INLINE)
CONTAINER = Rule(Role.BLOCK)
PARAGRAPH = Rule(Role.BLOCK, BlockKind.PARAGRAPH)
PREFORMATTED = Rule(Role.BLOCK, BlockKind.PREFORMATTED)
CAPTION = Rule(Role.BLOCK, BlockKind.CAPTION)
QUOTE = Rule(Role.QUOTE)
ITEM = Rule(Role.ITEM)
INDENT = Rule(Role.INDENT)
NOTE = Rule(Role.NOTE)
TABLE = Rule(Role.TABLE)
ROW = Rule(Role.ROW)
RULE = Rule(Role.RULE)
STYLES = {style: Rule(Role.INLINE, style=style) for style in Style}


def heading(level: int) -> Rule:
    return Rule(Role.BLOCK, BlockKind.HEADING, min(max(level, 1), 6))


def list_rule(ordered: bool, start: str | None = None) -> Rule:
    return Rule(Role.LIST, ordered=ordered, number=_integer(start))


def item_rule(value: str | None = None) -> Rule:
    return ITEM if value is None else Rule(Role.ITEM, number=_integer(value))


def cell_rule(header: bool, align: str | None = None, columns: str | None = None) -> Rule:
    try:
        aligned = Align((align or "").strip().lower())
    except ValueError:
        aligned = Align.NONE
    spanned = min(max(_integer(columns) or 1, 1), 100)
    return Rule(Role.CELL, header=header, align=aligned, columns=spanned)


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


Classifier = Callable[[etree._Element], Rule]
ImageResolver = Callable[[str], str]
"""An image's ``src`` as written -> where the format can read it ('' if it cannot)."""


def local_name(element: etree._Element) -> str:
    """The tag without its namespace, lower case ('' for comments and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def plain_text(element: etree._Element) -> str:
    """All the text under an element, on one line (for titles and labels); comments and
    unresolved entities are not text."""
    return collapse(clean("".join(_texts(element))))


def _texts(element: etree._Element) -> Iterator[str]:
    """The element's text and its descendants', in document order, without recursion."""
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if isinstance(node.tag, str) and node.text:
                yield node.text
        elif node is not element and node.tail:
            yield node.tail


@dataclass(slots=True)
class _TableState:
    depth: int  # how many block kinds were open when the table started
    rows: list[list[CellText]] = field(default_factory=list)
    cell: InlineText | None = None
    cell_rule: Rule | None = None


class FlowWalker:
    """Reads a tree of block and inline elements into a :class:`FlowWriter`."""

    def __init__(
        self, writer: FlowWriter, classify: Classifier, images: ImageResolver | None = None
    ) -> None:
        self._writer = writer
        self._classify = classify
        self._resolve_image = images or (lambda _src: "")
        self._nesting = Nesting()
        self._kinds: list[tuple[BlockKind | None, int]] = [(None, 0)]
        self._inline: InlineText | None = None
        self._styles: list[tuple[Style, str]] = []
        self._handles: dict[int, OpenStyle] = {}
        self._tables: list[_TableState] = []

    def walk(self, root: etree._Element) -> None:
        self._add(root.text)
        stack: list[tuple[etree._Element, Iterator[etree._Element], Callable[[], None]]] = [
            (root, iter(root), self._flush)
        ]
        while stack:
            element, children, leave = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                leave()
                if stack:
                    self._add(element.tail)
                continue
            if not isinstance(child.tag, str):  # comments, processing instructions, entities
                self._add(child.tail)
                continue
            leave_child = self._enter(child)
            if leave_child is None:
                self._add(child.tail)
                continue
            self._add(child.text)
            stack.append((child, iter(child), leave_child))
        self._flush()

    # -- elements ------------------------------------------------------------------------

    def _enter(self, element: etree._Element) -> Callable[[], None] | None:
        rule = self._classify(element)
        role = rule.role
        if role is Role.SKIP:
            return None
        name = element.get("id")
        if self._in_cell():
            return self._enter_in_cell(rule, name)
        if name:
            if role in (Role.INLINE, Role.BREAK, Role.IMAGE):
                self._target().anchor(name)
            else:
                self._flush()
                self._writer.anchor(name)
        if role is Role.INLINE:
            return self._open_style(rule) if rule.style is not None else _nothing
        if role is Role.BREAK:
            self._target().line_break()
            return None
        if role is Role.IMAGE:
            self._target().image(self._resolve_image(rule.src), rule.alt, rule.title)
            return None
        if role is Role.RULE:
            self._flush()
            self._writer.rule()
            return None
        if self._tables and role in (Role.ROW, Role.CELL):
            return self._enter_table_part(rule)
        self._flush()
        if role is Role.TABLE:
            self._tables.append(_TableState(len(self._kinds)))
            return self._leave_table
        return self._enter_block(rule)

    def _enter_block(self, rule: Rule) -> Callable[[], None]:
        role = rule.role
        nested = True
        if role is Role.LIST:
            self._nesting.enter_list(rule.ordered, rule.number)
        elif role is Role.ITEM:
            self._nesting.enter_item(value=rule.number)
        elif role is Role.QUOTE:
            self._nesting.enter_quote()
        elif role is Role.INDENT:
            self._nesting.enter_indent()
        elif role is Role.NOTE:
            self._nesting.enter_note()
        else:
            nested = False
        kind, level = rule.kind, rule.level
        outer = self._kinds[-1][0]
        if outer is BlockKind.PREFORMATTED and kind in (None, BlockKind.PARAGRAPH):
            kind = outer
        self._kinds.append((kind, level))
        style = self._open_style(rule) if rule.style is not None else None

        def leave() -> None:
            self._flush()
            if style is not None:
                style()
            self._kinds.pop()
            if nested:
                self._nesting.leave()

        return leave

    def _open_style(self, rule: Rule) -> Callable[[], None]:
        assert rule.style is not None
        entry = (rule.style, rule.href)
        handle = self._target().open(*entry)
        self._styles.append(entry)
        key = len(self._styles)
        self._handles[key] = handle

        def leave() -> None:
            opened = self._handles.pop(key, None)
            current = self._current()
            if opened is not None and current is not None:
                current.close(opened)
            self._styles.pop()

        return leave

    # -- tables --------------------------------------------------------------------------

    def _in_cell(self) -> bool:
        return bool(self._tables) and self._tables[-1].cell is not None

    def _enter_table_part(self, rule: Rule) -> Callable[[], None]:
        table = self._tables[-1]
        if rule.role is Role.ROW:
            table.rows.append([])
            return _nothing
        if not table.rows:
            table.rows.append([])
        table.cell = self._new_inline(preformatted=False)
        table.cell_rule = rule

        def leave() -> None:
            cell, cell_rule = table.cell, table.cell_rule
            table.cell, table.cell_rule = None, None
            if cell is not None and cell_rule is not None:
                table.rows[-1].append(
                    CellText(cell.finish(), cell_rule.header, cell_rule.align, cell_rule.columns)
                )

        return leave

    def _enter_in_cell(self, rule: Rule, name: str | None) -> Callable[[], None] | None:
        """Inside a cell, blocks are line breaks and nested tables flat text."""
        cell = self._tables[-1].cell
        assert cell is not None
        if name:
            cell.anchor(name)
        role = rule.role
        if role is Role.INLINE:
            return self._open_style(rule) if rule.style is not None else _nothing
        if role in (Role.BREAK, Role.RULE):
            cell.line_break()
            return None
        if role is Role.IMAGE:
            cell.image(self._resolve_image(rule.src), rule.alt, rule.title)
            return None
        if role is Role.CELL:
            cell.add(" ")
            return _nothing
        cell.line_break()
        return cell.line_break

    def _leave_table(self) -> None:
        table = self._tables.pop()
        self._writer.table(table.rows, self._nesting.depth)

    # -- text ----------------------------------------------------------------------------

    def _current(self) -> InlineText | None:
        if self._in_cell():
            return self._tables[-1].cell
        return self._inline

    def _target(self) -> InlineText:
        if self._in_cell():
            cell = self._tables[-1].cell
            assert cell is not None
            return cell
        if self._inline is None:
            preformatted = self._kinds[-1][0] is BlockKind.PREFORMATTED
            self._inline = self._new_inline(preformatted)
        return self._inline

    def _new_inline(self, preformatted: bool) -> InlineText:
        inline = InlineText(preformatted)
        for key, entry in enumerate(self._styles, start=1):
            self._handles[key] = inline.open(*entry)
        return inline

    def _add(self, text: str | None) -> None:
        if not text:
            return
        if self._tables and not self._in_cell() and len(self._kinds) == self._tables[-1].depth:
            return  # between rows and cells: only the source's indentation
        if self._inline is None and not self._in_cell() and not text.strip():
            return
        self._target().add(text)

    def _flush(self) -> None:
        inline, self._inline = self._inline, None
        if inline is None or inline.empty:
            return
        kind, level = self._kinds[-1]
        place = self._nesting.place(kind, level)
        self._writer.add(place, inline.finish())


def _nothing() -> None:
    return None
