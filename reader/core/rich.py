"""Rich structure over the canonical text: inline styles, links, notes, tables, images.

All of it is expressed in code-point offsets of ``Document.text`` and adds nothing to
that text. What each kind of structure contributes to the canonical text:

- **Inline styles and links** (:class:`Span`) cover text that is there anyway: the
  words in italics, the link's text. A footnote reference is the reference's visible
  label (``[1]`` in Markdown, as markdown-it shows it; the book's own ``1`` or ``*`` in
  an EPUB or web page), styled :attr:`Style.NOTE_REF`.
- **Notes** themselves are blocks of kind ``NOTE`` (``BlockKind.NOTE``), where the
  source puts them (Markdown: after the text, numbered by ``Block.number``).
- **Tables** (:class:`Table`): each row is one ``TABLE_ROW`` block; the cells of a row
  are separated by one ``\\t``, rows by the ``\\n`` between blocks, so a table reads as
  tab-separated lines in ``reader text`` and every cell boundary is one character. An
  empty cell is empty text between two tabs; a row with no text at all is left out.
  Cell text never holds a tab.
- **Images** (:class:`Image`) contribute **nothing**: the picture is shown where the
  image stands (a position between two characters), and its alternative text is kept
  here, shown only when the picture cannot be. The reasons: an image's description is
  not the author's running text (it would split sentences for entity recognition and
  search), and a picture shown in place of text cannot carry highlights.
- **Horizontal rules** (``RichText.rules``) contribute nothing either: a rule stands
  before the block starting at its offset.

A figure's caption is text: a block of kind ``CAPTION`` right after its image.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum


class Style(StrEnum):
    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE = "code"
    STRIKE = "strike"
    UNDERLINE = "underline"
    MARK = "mark"
    SUB = "sub"
    SUP = "sup"
    LINK = "link"
    NOTE_REF = "note_ref"


class Align(StrEnum):
    NONE = ""
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Span:
    """An inline style over ``[start, end)``. A link (or note reference) leads either
    outside, to ``href`` (an absolute ``http``, ``https`` or ``mailto`` address; never
    followed without the user asking), or inside the document, to offset ``target``."""

    style: Style
    start: int
    end: int
    href: str = ""
    target: int | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text ``[start, end)`` (possibly empty)."""

    start: int
    end: int
    header: bool = False
    align: Align = Align.NONE
    columns: int = 1
    """How many columns the cell spans (HTML ``colspan``)."""


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells, in order. Within a row, ``cells[i + 1].start == cells[i].end + 1``
    (the ``\\t``); between rows, the next row starts one character (the ``\\n``) after
    the previous one ends."""

    rows: tuple[tuple[Cell, ...], ...]

    @property
    def start(self) -> int:
        return self.rows[0][0].start

    @property
    def end(self) -> int:
        return self.rows[-1][-1].end

    @property
    def columns(self) -> int:
        return max(sum(cell.columns for cell in row) for row in self.rows)


@dataclass(frozen=True, slots=True)
class Image:
    """A picture shown at ``offset`` (before the character there). ``inline`` images
    sit in the running text; the others are a block of their own before the block
    starting at ``offset`` (or after the last one, at the end of the text).

    ``src`` says where the picture is, for the format that loaded the document to read
    it back: a member of the EPUB archive, or a local file next to the document. It is
    empty when the picture is not available (remote, missing): only ``alt`` is shown.
    """

    offset: int
    src: str
    alt: str = ""
    title: str = ""
    inline: bool = False


@dataclass(frozen=True, slots=True)
class RichText:
    spans: tuple[Span, ...] = ()
    """Sorted by (start, end)."""
    tables: tuple[Table, ...] = ()
    images: tuple[Image, ...] = ()
    """Sorted by offset."""
    rules: tuple[int, ...] = ()
    """Offsets of the blocks a horizontal rule stands before (or the text's length)."""

    def shifted(self, delta: int) -> RichText:
        """The same structure for the text placed ``delta`` code points later."""
        if not delta:
            return self
        return RichText(
            tuple(
                Span(
                    s.style,
                    s.start + delta,
                    s.end + delta,
                    s.href,
                    None if s.target is None else s.target + delta,
                )
                for s in self.spans
            ),
            tuple(
                Table(
                    tuple(
                        tuple(
                            Cell(c.start + delta, c.end + delta, c.header, c.align, c.columns)
                            for c in row
                        )
                        for row in table.rows
                    )
                )
                for table in self.tables
            ),
            tuple(Image(i.offset + delta, i.src, i.alt, i.title, i.inline) for i in self.images),
            tuple(r + delta for r in self.rules),
        )


NO_RICH_TEXT = RichText()


def rich_text_problems(text: str, rich: RichText) -> list[str]:
    """What is inconsistent between a text and its rich structure (empty: nothing)."""
    problems: list[str] = []
    length = len(text)
    for span in rich.spans:
        if not 0 <= span.start < span.end <= length:
            problems.append(f"span out of the text or empty: {span}")
        if span.target is not None and not 0 <= span.target <= length:
            problems.append(f"link target out of the text: {span}")
    if list(rich.spans) != sorted(rich.spans, key=lambda s: (s.start, s.end)):
        problems.append("spans are not sorted")
    for table in rich.tables:
        problems.extend(_table_problems(text, table))
    offsets = [image.offset for image in rich.images]
    if offsets != sorted(offsets) or any(not 0 <= o <= length for o in offsets):
        problems.append("images are not sorted within the text")
    if any(not 0 <= r <= length for r in rich.rules):
        problems.append("a rule lies outside the text")
    return problems


def _table_problems(text: str, table: Table) -> list[str]:
    if not table.rows or not all(table.rows):
        return [f"a table without rows or cells: {table}"]
    problems: list[str] = []
    previous_end: int | None = None
    for row in table.rows:
        if previous_end is not None and (
            row[0].start != previous_end + 1 or text[previous_end] != "\n"
        ):
            problems.append(f"rows are not one newline apart at {previous_end}")
        for before, after in itertools.pairwise(row):
            if after.start != before.end + 1 or text[before.end] != "\t":
                problems.append(f"cells are not one tab apart at {before.end}")
        for cell in row:
            if not 0 <= cell.start <= cell.end <= len(text) or "\t" in text[cell.start : cell.end]:
                problems.append(f"bad cell {cell}")
        previous_end = row[-1].end
    return problems


OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only addresses a link may lead to outside the document (never ``file:``,
``javascript:``, ``data:``...): the view opens them in the system browser or mail
program, and only when the user asks."""


def is_openable(href: str) -> bool:
    scheme, colon, rest = href.partition(":")
    return bool(colon and rest) and scheme.lower() in OPENABLE_SCHEMES
