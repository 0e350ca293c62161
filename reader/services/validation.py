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
        raise InputError(message(Msg.NOTE_NOT_TEXT, kind=type(note).__name__))
    check_encodable(note, Msg.THE_NOTE)
    return note


def check_offsets(start: object, end: object) -> tuple[int, int]:
    if (
        isinstance(start, bool)
        or isinstance(end, bool)
        or not (isinstance(start, int) and isinstance(end, int))
    ):
        raise InputError(message(Msg.SELECTION_NOT_WHOLE))
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
        raise InputError(message(Msg.PASSAGE_EMPTY))
    if occurrence < 1:
        raise InputError(message(Msg.OCCURRENCE_FROM_ONE, occurrence=occurrence))
    seen = 0
    pos = text.find(quote)
    while pos != -1:
        seen += 1
        if seen == occurrence:
            return pos, pos + len(quote)
        pos = text.find(quote, pos + len(quote))
    if seen == 0:
        raise InputError(message(Msg.QUOTE_NOT_IN_TEXT, quote=repr(short(quote))))
    if seen == 1:
        raise InputError(
            message(Msg.QUOTE_OCCURS_ONCE, quote=repr(short(quote)), occurrence=occurrence)
        )
    raise InputError(
        message(Msg.QUOTE_OCCURS_TIMES, quote=repr(short(quote)), count=seen, occurrence=occurrence)
    )
