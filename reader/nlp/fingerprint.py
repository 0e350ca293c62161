"""Cache keys built from everything that produces the entities.

:func:`result_key` names the final entities of a text for one pipeline: a hash of
each stage's declared code version (``*_VERSION``) and of every table the cheap
stages read (label mapping, rules, word lists, cues, thresholds) plus the model
stage's chunking, so a change to any of them reaches documents recognised before.
:func:`model_key` names the slow model stage's output: the pipeline and chunking.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Iterator
from enum import Enum
from typing import Any

from reader.nlp import (
    casing,
    cleanup,
    consistency,
    cues,
    labels,
    lexicon,
    merge,
    model,
    rules,
    windows,
)

KEY_CHARS = 40  # the store's column for this key holds 40 characters


def model_key(pipeline_id: str) -> str:
    """``"fr_core_news_md 3.8.0 · chunks 1/20000"``: what the model's spans depend on."""
    return f"{pipeline_id} · chunks {model.CHUNKING_VERSION}/{model.MAX_CHUNK_CHARS}"


def stage_tables() -> dict[str, object]:
    """What the cheap stages' output depends on, by name, read from the modules now."""
    return {
        "chunking": (model.CHUNKING_VERSION, model.MAX_CHUNK_CHARS),
        "labels": (labels.LABEL_MAP, labels.NAME_LABELS, labels.VALUE_LABELS),
        "rules": (rules.RULES_VERSION, rules.COMMON_RULES, rules.RULES),
        "lexicons": lexicon.LEXICONS,
        "casing": (casing.CASING_VERSION, casing.HEADING_SHARE, casing.TITLE_ABBREVIATIONS),
        "cleanup": (cleanup.CLEANUP_VERSION, cleanup.MAX_NAME_WORDS, cleanup.MAX_UNCASED_NAME),
        "merge": merge.MERGE_VERSION,
        "consistency": (
            consistency.CONSISTENCY_VERSION,
            cues.CUES,
            cues.STRONG,
            consistency.WINDOW,
            consistency.CUED_MENTIONS,
            consistency.MISC_VOTE,
            consistency.CONFIDENT_SHARE,
            consistency.OWN_EVIDENCE,
            consistency.BOOK_PRIOR,
        ),
        "windows": (
            windows.BOOK_CHARS,
            windows.BOOK_WINDOW,
            windows.MIN_CHAPTER,
            windows.MAX_CHAPTER,
        ),
    }


def result_key(tables: dict[str, object] | None = None) -> str:
    """A hash of ``tables`` (default :func:`stage_tables`), :data:`KEY_CHARS` long."""
    digest = hashlib.sha256()
    for name, value in sorted((tables if tables is not None else stage_tables()).items()):
        digest.update(name.encode())
        for token in _tokens(value):
            digest.update(token.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
    return digest.hexdigest()[:KEY_CHARS]


@functools.cache
def current_key() -> str:
    """:func:`result_key` of the tables as loaded: computed once per process."""
    return result_key()


def _tokens(value: Any) -> Iterator[str]:
    """A stable flat rendering of ``value`` (sets sorted, patterns by their source)."""
    if isinstance(value, Enum):
        yield f"{type(value).__name__}.{value.name}"
    elif isinstance(value, re.Pattern):
        yield f"re({value.pattern!r}, {value.flags})"
    elif isinstance(value, str | int | float | bool) or value is None:
        yield repr(value)
    elif isinstance(value, dict):
        yield "{"
        for key in sorted(value, key=repr):
            yield from _tokens(key)
            yield from _tokens(value[key])
        yield "}"
    elif isinstance(value, set | frozenset):
        yield "set("
        yield from sorted(token for item in value for token in _tokens(item))
        yield ")"
    elif isinstance(value, tuple | list):
        yield "("
        for item in value:
            yield from _tokens(item)
        yield ")"
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield type(value).__name__
        for field in dataclasses.fields(value):
            yield field.name
            yield from _tokens(getattr(value, field.name))
    elif callable(value):
        code = getattr(value, "__code__", None)
        yield getattr(value, "__qualname__", repr(value))
        if code is not None:
            yield code.co_code.hex()
            yield from _tokens(tuple(c for c in code.co_consts if not hasattr(c, "co_code")))
    else:
        raise TypeError(f"cannot key a {type(value).__name__}")
