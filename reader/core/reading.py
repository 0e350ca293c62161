"""Where a reader is in a document: progress, time left, chapters, bookmarks (pure)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

from reader.core.document import WORDS_PER_MINUTE, Document, outline

BOOKMARK_LABEL_CHARS = 80


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: int
    document_id: int
    offset: int
    label: str
    """The words found at the place marked."""
    created: datetime


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Progress:
    """How far into the document and its chapter a reader is, and the minutes left."""

    percent: float
    book_minutes: int
    chapter: Chapter | None
    chapter_minutes: int


def chapters(document: Document) -> list[Chapter]:
    """The document's contents as consecutive stretches (each to the next entry)."""
    entries = sorted(
        {entry.offset: entry for entry in outline(document)}.values(), key=lambda e: e.offset
    )
    length = len(document.text)
    return [
        Chapter(
            entry.title, entry.offset, entries[n + 1].offset if n + 1 < len(entries) else length
        )
        for n, entry in enumerate(entries)
    ]


def chapter_at(parts: list[Chapter], offset: int) -> Chapter | None:
    index = bisect_right([c.start for c in parts], offset) - 1
    return parts[index] if index >= 0 else None


def progress(document: Document, words: int, parts: list[Chapter], offset: int) -> Progress:
    """Progress at ``offset``; time left counts the words after it (the words of the
    document spread evenly over its characters) at WORDS_PER_MINUTE."""
    length = max(len(document.text), 1)
    offset = min(max(offset, 0), length)
    per_char = words / length

    def minutes(chars: int) -> int:
        return round(chars * per_char / WORDS_PER_MINUTE)

    chapter = chapter_at(parts, offset)
    return Progress(
        percent=100.0 * offset / length,
        book_minutes=minutes(length - offset),
        chapter=chapter,
        chapter_minutes=minutes(chapter.end - offset) if chapter is not None else 0,
    )


def neighbour_chapter(parts: list[Chapter], offset: int, step: int) -> Chapter | None:
    """The chapter after (``step`` 1) or before (-1) the one holding ``offset``; before
    the first chapter's start, "previous" is the start of the chapter itself."""
    if not parts:
        return None
    index = bisect_right([c.start for c in parts], offset) - 1
    if step > 0:
        return parts[index + 1] if index + 1 < len(parts) else None
    if index >= 0 and offset > parts[index].start + 1:
        return parts[index]  # back to the start of this chapter first, as readers do
    return parts[index - 1] if index >= 1 else None


def bookmark_label(text: str, offset: int) -> str:
    """The words at ``offset`` (to the end of their line), shortened."""
    end = text.find("\n", offset)
    line = " ".join(text[offset : end if end >= 0 else len(text)].split())
    if len(line) > BOOKMARK_LABEL_CHARS:
        line = line[: BOOKMARK_LABEL_CHARS - 1].rstrip() + "…"
    return line or "…"
