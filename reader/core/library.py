"""What the library shows: its documents, and search results across it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reader.core.folding import contains_words, fold


class LibrarySort(StrEnum):
    OPENED = "opened"  # most recently opened (or added) first
    ADDED = "added"  # most recently added first
    TITLE = "title"  # A to Z, ignoring case and accents
    AUTHOR = "author"  # A to Z, documents without an author last
    ANNOTATIONS = "annotations"  # most annotated first


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A document of the library (times are aware UTC)."""

    id: int
    path: str
    title: str
    author: str | None
    language: str | None
    format: str
    annotation_count: int
    opened: datetime
    """Last opened in a window; for a document only added, when it was added."""
    added: datetime
    in_library: bool
    word_count: int = 0
    size_bytes: int | None = None


class SearchKind(StrEnum):
    TEXT = "text"  # the document's title or text
    NOTE = "note"  # an annotation's note
    QUOTE = "quote"  # an annotation's highlighted passage
    TAG = "tag"  # an annotation's tags


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. ``offset`` counts code points of the document's canonical text: the
    first matching word for a text hit (0 if only the title matched), the annotation's
    start otherwise (an orphan's last known start). ``snippet`` is plain text on one
    line; ``marks`` are the ``[start, end)`` spans of the matched words in it."""

    document_id: int
    path: str
    title: str
    kind: SearchKind
    snippet: str
    offset: int
    marks: tuple[tuple[int, int], ...] = ()
    annotation_id: str | None = None


def entry_matches(entry: LibraryEntry, words: str) -> bool:
    """Whether the entry's title, author or file name hold every word (folded)."""
    name = entry.path.replace("\\", "/").rsplit("/", 1)[-1]
    return contains_words(" ".join((entry.title, entry.author or "", name)), words)


def sort_entries(entries: list[LibraryEntry], order: LibrarySort) -> list[LibraryEntry]:
    def title_key(e: LibraryEntry) -> tuple[str, str, int]:
        return fold(e.title), e.title, e.id

    by_title = sorted(entries, key=title_key)
    if order is LibrarySort.TITLE:
        return by_title
    if order is LibrarySort.AUTHOR:
        return sorted(by_title, key=lambda e: (e.author is None, fold(e.author or "")))
    if order is LibrarySort.ANNOTATIONS:
        return sorted(by_title, key=lambda e: -e.annotation_count)
    if order is LibrarySort.ADDED:
        return sorted(by_title, key=lambda e: (e.added, e.id), reverse=True)
    return sorted(by_title, key=lambda e: (e.opened, e.id), reverse=True)
