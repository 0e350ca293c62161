"""Project Gutenberg's header and licence around a plain-text book.

The book is what lies between the ``*** START OF THE PROJECT GUTENBERG EBOOK ... ***``
and ``*** END OF ... ***`` markers (also ``THIS PROJECT``, ``ETEXT``, no spaces after
the asterisks; in files of the 1990s the header ends with the "small print", and the
book with ``End of Project Gutenberg's ...``). Before it: the header (title, author,
release date...) and the producers' credit line; after it: the "End of the Project
Gutenberg EBook" line and the licence. Both stay in the text, as front and back
matter. Title and author come from the header's ``Title:`` and ``Author:`` fields,
else from its first line ("The Project Gutenberg EBook of TITLE, by AUTHOR").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEAD = 4000  # the header mentions Project Gutenberg within its first lines
_START = re.compile(
    r"^[ \t]*\*{3}[ \t]*START OF (?:THIS |THE )?(?:COPYRIGHTED )?PROJECT GUTENBERG\b.*$"
    r"|^[ \t]*\*END\*[ \t]*THE SMALL PRINT!.*$",
    re.IGNORECASE | re.MULTILINE,
)
_END = re.compile(
    r"^[ \t]*\*{3}[ \t]*END OF (?:THIS |THE )?(?:COPYRIGHTED )?PROJECT GUTENBERG\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_END_LINE = re.compile(
    r"^[ \t]*(?:\*{3}[ \t]*)?End of (?:the |this )?Project Gutenberg(?:'s|\u2019s)?\b",
    re.IGNORECASE | re.MULTILINE,
)
_CREDITS = re.compile(
    r"\n*[ \t]*(?:Produced by|This e-?text was (?:produced|prepared)|E-?text prepared by"
    r"|Transcribed (?:from|by))\b[^\n]*(?:\n[^\n]*\S[^\n]*)*",
    re.IGNORECASE,
)
_FIELD = re.compile(r"^(Title|Author):[ \t]*(\S.*)$((?:\n[ \t]+\S.*$)*)", re.MULTILINE)
_FIRST_LINE = re.compile(
    r"(?:The )?Project Gutenberg(?:'s|\u2019s| E-?Book of| E-?text of)\s+(?P<title>.+?)"
    r"(?:,\s+by\s+(?P<author>.+?))?\s*$",
    re.IGNORECASE,
)
_END_SLACK = 2000  # the "End of the Project Gutenberg EBook" line comes just before END


@dataclass(frozen=True, slots=True)
class Gutenberg:
    front_end: int
    """End of the header (0 if none): the START marker's line and the credit line."""
    back_start: int
    """Start of the back matter (len(text) if none)."""
    title: str | None
    author: str | None


def find_gutenberg(text: str) -> Gutenberg | None:
    """The header and licence of a Project Gutenberg file, or None if it is not one."""
    if "project gutenberg" not in text[:_HEAD].lower():
        return None
    start = _START.search(text)
    front_end = 0
    if start is not None:
        front_end = start.end()
        credits = _CREDITS.match(text, front_end)
        if credits is not None:
            front_end = credits.end()
    back_start = len(text)
    end = _END.search(text, front_end)
    line = None
    for found in _END_LINE.finditer(text, front_end):
        line = found
        if end is None or found.start() >= end.start() - _END_SLACK:
            break
    if end is not None:
        back_start = end.start()
        if line is not None and end.start() - _END_SLACK <= line.start() < end.start():
            back_start = line.start()
    elif line is not None:
        back_start = line.start()
    if start is None and end is None and line is None:
        return None
    title, author = _fields(text[: start.start() if start is not None else _HEAD])
    return Gutenberg(front_end, back_start, title, author)


def _fields(header: str) -> tuple[str | None, str | None]:
    values: dict[str, str] = {}
    for found in _FIELD.finditer(header):
        more = [part.strip() for part in found.group(3).split("\n") if part.strip()]
        values.setdefault(found.group(1).lower(), _joined(found.group(2).strip(), more))
    if "title" not in values:
        first = next((ln.strip() for ln in header.split("\n") if ln.strip()), "")
        match = _FIRST_LINE.match(first)
        if match is not None:
            values["title"] = match.group("title").rstrip(" ,")
            if match.group("author"):
                values.setdefault("author", match.group("author"))
    return values.get("title"), values.get("author")


def _joined(first: str, more: list[str]) -> str:
    """A field and its continuation lines: a subtitle after a colon ("or ..." after a
    comma)."""
    out = first
    for part in more:
        alternative = part.lower().startswith(("or ", "ou "))
        out = f"{out.rstrip(',;:')}{', ' if alternative else ': '}{part}"
    return out
