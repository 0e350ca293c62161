"""Annotations: a highlighted passage with a colour, a note and tags, anchored robustly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reader.core.folding import contains_words
from reader.core.tags import tag_matches

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


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection that cuts a word so it holds whole words, and drop the white
    space at its ends: a drag that stops inside "clé" highlights all of "clé"."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


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
    author: str | None = None
    """Who made it (None: made before authors were recorded)."""
    editor: str | None = None
    """Who last changed its colour, note or tags (None: nobody since it was made)."""
    version: int = 1
    """One more at every change: an edit made on an older version is a conflict."""


def reading_order(annotation: Annotation) -> tuple[bool, int, int, datetime, str]:
    """The order annotations are listed in: by place in the text, orphans last."""
    return (annotation.orphan, annotation.start, annotation.end, annotation.created, annotation.id)


def annotation_matches(
    annotation: Annotation,
    words: str = "",
    colour: Colour | None = None,
    tags: Sequence[str] = (),
    author: str | None = None,
) -> bool:
    """A filter: every word in the passage, note or tags (case, accents and apostrophes
    ignored); the colour, if given; every tag given (a tag matches its children too);
    the author, if given ("only mine": made or last changed by them; case ignored)."""
    if colour is not None and annotation.colour is not colour:
        return False
    if author is not None and not by_author(annotation, author):
        return False
    if not all(any(tag_matches(own, wanted) for own in annotation.tags) for wanted in tags):
        return False
    if words.strip():
        haystack = "\n".join((annotation.quote.exact, annotation.note, *annotation.tags))
        return contains_words(haystack, words)
    return True


@dataclass(frozen=True, slots=True)
class DeletedAnnotation:
    """An annotation deleted from a team library, as it was, restorable until ``until``."""

    annotation: Annotation
    deleted: datetime
    deleted_by: str | None
    until: datetime


def by_author(annotation: Annotation, name: str) -> bool:
    """Whether ``name`` made the annotation or changed it last (case ignored)."""
    wanted = name.strip().casefold()
    return any(
        who is not None and who.casefold() == wanted
        for who in (annotation.author, annotation.editor)
    )
