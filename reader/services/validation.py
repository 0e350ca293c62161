"""Checks of what a user gives an operation, before any transaction begins."""

from __future__ import annotations

from reader.core.annotations import Colour
from reader.core.errors import InputError
from reader.core.messages import Msg, message
from reader.core.tags import check_encodable, short


def parse_colour(value: Colour | str) -> Colour:
    """A :class:`Colour` from itself or its name (any case), else :class:`InputError`."""
    if isinstance(value, Colour):
        return value
    if isinstance(value, str):
        try:
            return Colour(value.strip().lower())
        except ValueError:
            pass
    choices = ", ".join(c.value for c in Colour)
    raise InputError(message(Msg.UNKNOWN_COLOUR, value=repr(value), choices=choices))


def check_note(note: str) -> str:
    if not isinstance(note, str):
        raise InputError(f"a note must be text, not {type(note).__name__}")
    check_encodable(note, Msg.THE_NOTE)
    return note


def check_offsets(start: object, end: object) -> tuple[int, int]:
    if (
        isinstance(start, bool)
        or isinstance(end, bool)
        or not (isinstance(start, int) and isinstance(end, int))
    ):
        raise InputError("a selection's start and end must be whole numbers")
    return start, end


def check_selection(text: str, start: int, end: int) -> None:
    if start == end:
        raise InputError(message(Msg.SELECTION_EMPTY, start=start))
    if start > end:
        raise InputError(message(Msg.SELECTION_BACKWARDS, start=start, end=end))
    if start < 0 or end > len(text):
        raise InputError(message(Msg.SELECTION_OUTSIDE, start=start, end=end, length=len(text)))
    if not text[start:end].strip():
        raise InputError(message(Msg.SELECTION_BLANK))


def find_occurrence(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) non-overlapping occurrence of ``quote``."""
    if not quote:
        raise InputError("the passage to find is empty")
    if occurrence < 1:
        raise InputError(f"the occurrence number counts from 1, not {occurrence}")
    seen = 0
    pos = text.find(quote)
    while pos != -1:
        seen += 1
        if seen == occurrence:
            return pos, pos + len(quote)
        pos = text.find(quote, pos + len(quote))
    if seen == 0:
        raise InputError(f"{short(quote)!r} does not occur in the text")
    times = "once" if seen == 1 else f"{seen} times"
    raise InputError(
        f"{short(quote)!r} occurs only {times} in the text (occurrence {occurrence} asked)"
    )
