"""A page's negative keeps a mark's hue where the mark is a colour, and inverts grey
and black marks (ink stays ink) and the page itself."""

from __future__ import annotations

from reader.formats.pdf_negative import negative

WHITE, BLACK = (255, 255, 255), (0, 0, 0)
YELLOW = (0, 255, 255)  # blue, green, red


def _pixels(*colours: tuple[int, int, int]) -> bytes:
    return b"".join(bytes((*c, 255)) for c in colours)


def _colours(pixels: bytes) -> list[tuple[int, int, int]]:
    return [(pixels[n], pixels[n + 1], pixels[n + 2]) for n in range(0, len(pixels), 4)]


def test_without_marks_the_page_is_inverted() -> None:
    assert _colours(negative(_pixels(WHITE, BLACK, YELLOW))) == [BLACK, WHITE, (255, 0, 0)]


def test_a_coloured_mark_lights_the_dark_paper_in_its_own_hue() -> None:
    plain = _pixels(WHITE, BLACK, WHITE, WHITE)
    # a yellow highlight over paper and ink, a black ink stroke, nothing on the last
    marked = _pixels(YELLOW, BLACK, BLACK, WHITE)
    paper, ink, stroke, untouched = _colours(negative(plain, marked))
    blue, green, red = paper
    assert red == green > 100 and blue < 10  # a darker yellow, not inverted to blue
    assert ink == WHITE  # the ink under the highlight stays light
    assert stroke == WHITE  # black ink of another viewer: inverted, as the text is
    assert untouched == BLACK
    assert negative(plain, marked)[3::4] == bytes((255,) * 4)  # the unused byte kept
