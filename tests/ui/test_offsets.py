"""Code points <-> UTF-16 positions, including characters outside the BMP."""

from hypothesis import given
from hypothesis import strategies as st

from reader.ui.offsets import PositionMap


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("ab é😀𠀀\n👩‍💻")), st.integers(0, 40))
def test_round_trip(text: str, origin: int) -> None:
    positions = PositionMap(text, origin)
    for i in range(len(text) + 1):
        qt = positions.to_qt(i)
        assert qt == origin + utf16_len(text[:i])
        assert positions.from_qt(qt) == i


def test_inside_a_surrogate_pair_maps_to_the_character_start() -> None:
    positions = PositionMap("a😀b")
    assert positions.from_qt(2) == 1
    assert positions.to_qt(2) == 3


def test_out_of_range_is_clamped() -> None:
    positions = PositionMap("abc", origin=4)
    assert positions.from_qt(0) == 0
    assert positions.to_qt(99) == 7
    assert positions.from_qt(99) == 3
