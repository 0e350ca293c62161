"""Tags: how a typed tag becomes its canonical name, and when two names are one tag.

A tag is hierarchical with '/' (``chine/cloud`` is a child of ``chine``). Two names
are the same tag when they match caselessly in Unicode's canonical sense ('Été',
'ÉTÉ' and 'e\\u0301te\\u0301' are one tag; 'ete' is another: accents are part of a
name). The first spelling stays.

A tag may hold spaces (``centres de données``), as in Zotero and Hypothesis. Where a
tag is written as a hashtag (exports, the window's lists) its spaces become ``_``
(:func:`hashtag`: ``#centres_de_données``, one word as Markdown tools read it), and
filters take either spelling (:func:`tag_matches`). A list of tags typed in a filter
is split at ``#`` or commas (:func:`parse_tag_list`), so a tag with spaces can be
asked for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.errors import InputError
from reader.core.folding import fold
from reader.core.messages import Msg, message

MAX_TAG_LENGTH = 100
"""Longest tag, in code points, after normalisation."""


@dataclass(frozen=True, slots=True)
class TagCount:
    """A tag and the number of annotations that carry it."""

    name: str
    count: int
    stamp: str = field(default="", compare=False)
    """Which highlights carried it, at which versions, when counted (a digest): any
    change to them since gives another. Empty unless asked for (the tag manager)."""


def check_encodable(value: str, what: Msg) -> None:
    """Refuse lone surrogates (e.g. undecodable bytes from a command line): SQLite cannot
    store them, and they are not text."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(message(Msg.NOT_UNICODE, what=message(what))) from None


def short(value: str, limit: int = 40) -> str:
    """``value`` cut to ``limit`` characters with an ellipsis, for messages."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def normalise_tag(raw: str) -> str:
    """The canonical spelling of a tag, or :class:`InputError` saying why it is refused.

    Whitespace runs (spaces, tabs, newlines...) become one space; surrounding spaces
    and '/' go; a hierarchical tag (``chine/cloud``) has its levels trimmed and none
    may be empty. Anything else (case, accents, emoji, right-to-left text) is kept.
    """
    if not isinstance(raw, str):
        raise InputError(message(Msg.TAG_NOT_TEXT, kind=type(raw).__name__))
    check_encodable(raw, Msg.A_TAG)
    collapsed = " ".join(raw.split()).strip("/ ")
    if not collapsed:
        raise InputError(message(Msg.TAG_BLANK))
    if any(unicodedata.category(c) == "Cc" for c in collapsed):
        raise InputError(message(Msg.TAG_CONTROL, tag=repr(short(collapsed))))
    levels = [level.strip() for level in collapsed.split("/")]
    if not all(levels):
        raise InputError(message(Msg.TAG_EMPTY_LEVEL, tag=repr(short(collapsed))))
    name = "/".join(levels)
    if len(name) > MAX_TAG_LENGTH:
        raise InputError(
            message(Msg.TAG_TOO_LONG, tag=repr(short(name)), length=len(name), limit=MAX_TAG_LENGTH)
        )
    return name


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag normalised, duplicates (the same tag, :func:`tag_key`) dropped, order kept."""
    if isinstance(tags, str):  # one tag given where several are expected
        tags = (tags,)
    seen: set[str] = set()
    names: list[str] = []
    for raw in tags:
        name = normalise_tag(raw)
        if tag_key(name) not in seen:
            seen.add(tag_key(name))
            names.append(name)
    return tuple(names)


def tag_key(name: str) -> str:
    """What two names of the same tag have in common: Unicode canonical caseless form
    (SQLite's NOCASE folds ASCII letters only)."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name).casefold())


def tag_order(name: str) -> tuple[str, str]:
    """Sort key: by name, ignoring case, the spelling breaking ties."""
    return tag_key(name), name


def sorted_tags(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(names, key=tag_order))


def tag_matches(tag: str, wanted: str) -> bool:
    """Whether ``tag`` is ``wanted`` or one of its children, folded as in any filter
    (``chine`` matches ``Chine`` and ``chine/cloud``, not ``chinese``); ``_`` stands for
    a space (``big_data`` matches ``big data``)."""
    have = fold(tag.replace("_", " "))
    want = fold(" ".join(wanted.strip().lstrip("#").replace("_", " ").split()))
    return have == want or have.startswith(want + "/")


def hashtag(name: str) -> str:
    """A tag written as one ``#word``: its spaces as ``_``."""
    return "#" + "_".join(name.split())


def parse_tag_list(text: str) -> list[str]:
    """The tags a filter field asks for: ``#a #big data`` or ``a, big data`` (split at
    each ``#``, else at commas; spaces inside a tag are kept)."""
    parts = text.split("#") if "#" in text else text.split(",")
    return [" ".join(part.split()).strip(", ") for part in parts if part.strip(", \t")]
