"""The one rule for matching text the way people type it: case, accents and apostrophes
do not matter.

Find in the document, the Annotations panel's filter, the library's filter and library
search all fold text with :func:`fold_char`, so "donnees" finds "Données" everywhere,
and "l'été" finds "l’Été". The rule is SQLite's ``unicode61 remove_diacritics 2``
(lower case, diacritics dropped by canonical decomposition only, so 'ß', 'ﬁ' and
fullwidth letters stay what they are) plus one addition: every apostrophe is the
typewriter one.

Folding keeps one character per character, so an offset in the folded text is the
same offset in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'\u2019\u2018\u02bc\u2032\uff07"
"""Straight, right and left single quotation marks, modifier letter apostrophe, prime,
fullwidth apostrophe: all fold to ``'``."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """One character folded: itself if its fold is not exactly one character."""
    if char in APOSTROPHES:
        return "'"
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    for folded in (base.casefold(), base.lower()):  # 'ς' -> 'σ', but 'ß' stays
        if len(folded) == 1:
            return folded
    return char


def _fold_match(match: re.Match[str]) -> str:
    return fold_char(match.group())


def fold(text: str) -> str:
    """``text`` folded character by character: the same length, offsets unchanged."""
    lowered = text.lower()
    if len(lowered) != len(text):  # e.g. "İ" lowers to two characters
        return "".join(map(fold_char, text))
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_fold_match, lowered)


def contains_words(haystack: str, query: str) -> bool:
    """Whether every word of ``query`` occurs in ``haystack``, both folded."""
    folded = fold(haystack)
    return all(word in folded for word in fold(query).split())
