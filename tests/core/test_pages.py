"""The page map: which page and box each code point has, rectangles for a range."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from reader.core.pages import NO_BOX, PageBoxes, PageMap, Rect


def page(
    index: int, start: int, boxes: Sequence[tuple[float, float, float, float] | None]
) -> PageBoxes:
    flat = array("f")
    for box in boxes:
        flat.extend(box if box is not None else (NO_BOX, 0, 0, 0))
    return PageBoxes(index, 600, 800, start, flat)


# "ab cd" on one line of page 0, then a line "ef" below; page 1 empty; "gh" on page 2
LINE_1 = [(10, 10, 20, 22), (20, 10, 30, 22), None, (40, 10, 50, 22), (50, 10, 60, 22)]
LINE_2 = [None, (10, 30, 20, 42), (20, 30, 30, 42)]
PAGES = PageMap(
    (
        page(0, 0, LINE_1 + LINE_2),
        page(1, 8, []),
        page(2, 8, [(10, 10, 20, 22), (20, 10, 30, 22)]),
    )
)


def test_page_of_skips_pages_without_text() -> None:
    assert [PAGES.page_of(n) for n in range(10)] == [0] * 8 + [2, 2]
    assert PAGES.page_of(10) == 2  # the end of the text
    assert PAGES.has_text and len(PAGES) == 3


def test_boxes_and_inserted_code_points() -> None:
    assert PAGES.pages[0].box(0) == Rect(10, 10, 20, 22)
    assert PAGES.pages[0].box(2) is None  # a space reader inserted
    assert PAGES.pages[0].box(99) is None


def test_rects_merge_runs_on_a_line_and_split_at_lines_and_pages() -> None:
    assert list(PAGES.rects(0, 5)) == [(0, Rect(10, 10, 60, 22))]
    assert list(PAGES.rects(3, 10)) == [
        (0, Rect(40, 10, 60, 22)),
        (0, Rect(10, 30, 30, 42)),
        (2, Rect(10, 10, 30, 22)),
    ]
    assert list(PAGES.rects(4, 4)) == []


def test_offset_at_a_point_is_the_nearest_gap() -> None:
    first = PAGES.pages[0]
    assert first.offset_at(12, 15) == 0  # left half of "a": the gap before it
    assert first.offset_at(18, 15) == 1  # right half: the gap after it
    assert first.offset_at(200, 15) == 5  # far right of the line: its end
    assert first.offset_at(11, 36) == 6  # on the second line
    assert PAGES.pages[1].offset_at(10, 10) is None  # no text on the page
