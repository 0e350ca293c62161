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


def expand(text: str, insertions: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The view's units (each character's UTF-16 units, plus 'X' units inserted before
    the offsets named) and where each code point's first unit is."""
    extra: dict[int, int] = {}
    for offset, units in insertions:
        extra[offset] = extra.get(offset, 0) + units
    units_out: list[str] = []
    starts: list[int] = []
    for i, char in enumerate(text):
        units_out.extend("X" * extra.get(i, 0))
        starts.append(len(units_out))
        units_out.extend("W" if n else char for n in range(utf16_len(char)))
    units_out.extend("X" * extra.get(len(text), 0))
    return units_out, starts


@given(
    st.text(alphabet=st.sampled_from("ab é😀𠀀\n\t")),
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 3)), max_size=6),
    st.integers(0, 5),
)
def test_insertions_shift_positions_and_map_back(
    text: str, raw: list[tuple[int, int]], origin: int
) -> None:
    insertions = [(min(offset, len(text)), units) for offset, units in raw]
    positions = PositionMap(text, origin, insertions)
    units, starts = expand(text, insertions)
    for i in range(len(text)):
        qt = positions.to_qt(i)
        assert qt == origin + starts[i]
        assert units[qt - origin] == text[i] or units[qt - origin] == text[i][:1]
        assert positions.from_qt(qt) == i
        # A range ending at i ends right after character i - 1, before any object at i.
        end = positions.to_qt(i, end=True)
        expected_end = origin + (starts[i - 1] + utf16_len(text[i - 1]) if i else 0)
        assert end == expected_end
    # Every position inside an insertion maps to the offset it stands before.
    for qt in range(origin, origin + len(units) + 1):
        offset = positions.from_qt(qt)
        assert 0 <= offset <= len(text)
        assert positions.to_qt(offset, end=True) <= qt
        if offset < len(text):
            assert qt <= positions.to_qt(offset) + (utf16_len(text[offset]) - 1)


def test_an_object_before_a_wide_character() -> None:
    # "a" [picture] "😀" "b": Qt units a, object, two halves, b.
    positions = PositionMap("a😀b", insertions=[(1, 1)])
    assert [positions.to_qt(i) for i in range(4)] == [0, 2, 4, 5]
    assert positions.to_qt(1, end=True) == 1
    assert [positions.from_qt(q) for q in range(6)] == [0, 1, 1, 1, 2, 3]
