"""A PDF's contents: its outline (bookmarks) placed in the canonical text, or its
headings when it has none, and the title its first page shows."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.document import Block, BlockKind, TocEntry
from reader.core.pages import PageMap


@dataclass(frozen=True, slots=True)
class OutlineItem:
    title: str
    level: int
    page: int
    y: float | None
    """Where on the page it points (points from the top), when it says."""


def first_heading(text: str, blocks: tuple[Block, ...], pages: PageMap) -> str:
    """The largest heading of the first page with text (a title page's title), if any."""
    first = next((p.index for p in pages.pages if p.start < p.end), None)
    headings = [
        b for b in blocks if b.kind is BlockKind.HEADING and pages.page_of(b.start) == first
    ]
    if not headings:
        return ""
    top = min(headings, key=lambda b: (b.level, b.start))
    return " ".join(text[top.start : top.end].split())


def toc_entries(
    outline: list[OutlineItem], pages: PageMap, blocks: tuple[Block, ...], text: str
) -> tuple[TocEntry, ...]:
    """The outline's entries where their page (and height on it) starts in the text;
    without an outline, the headings, when there are at least two."""
    entries = []
    for item in outline:
        offset = _offset_on_page(pages, item.page, item.y)
        if offset is not None:
            entries.append(TocEntry(item.title, offset, item.level))
    if entries:
        return tuple(entries)
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    if len(headings) < 2:
        return ()
    return tuple(
        TocEntry(" ".join(text[b.start : b.end].split()), b.start, b.level) for b in headings
    )


def _offset_on_page(pages: PageMap, index: int, y: float | None) -> int | None:
    """The first code point of the text on page ``index`` at or below ``y``; the page's
    first one without ``y``; the next page's when the page has no text."""
    for page in pages.pages[index:]:
        for offset in range(page.start, page.end):
            box = page.box(offset)
            if box is not None and (
                y is None or page.index != index or box.top + box.bottom >= 2 * y
            ):
                return offset
    return None
