"""Annotations: a highlighted passage with a colour, a note and tags, anchored robustly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

QUOTE_CONTEXT = 32


class Colour(StrEnum):
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    RED = "red"
    PURPLE = "purple"
    ORANGE = "orange"


@dataclass(frozen=True, slots=True)
class TextQuote:
    """W3C TextQuoteSelector: the exact passage with some context either side."""

    exact: str
    prefix: str
    suffix: str


def quote_at(text: str, start: int, end: int, context: int = QUOTE_CONTEXT) -> TextQuote:
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A saved annotation as every layer above the store sees it (never an ORM object).

    ``start``/``end`` are code-point offsets into the document's current canonical
    text; they are meaningless when ``orphan`` is true (the passage was not found).
    """

    id: str
    document_id: int
    start: int
    end: int
    quote: TextQuote
    colour: Colour
    note: str
    tags: tuple[str, ...]
    created: datetime
    updated: datetime
    orphan: bool = False
