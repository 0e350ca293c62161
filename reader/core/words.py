"""The words of a text as SQLite's ``unicode61 remove_diacritics 2`` tokenizer makes
them, for a team library's own index (:mod:`reader.store.postgres_index`), so that
PostgreSQL finds exactly the documents SQLite's FTS5 finds. PostgreSQL's own parser
would not: it keeps "peut-être" whole as well as its parts, reads "www.example.org"
and "3.14" as one token each, and skips "<b>" as a tag.

As unicode61 does: a word is a run of letters, digits and private-use characters; the
combining accents U+0300-U+0331 inside it are dropped, other marks end it; a word is
in lower case, and a letter loses its accents when what is left is an ASCII letter
("é" is "e", "Ø", "ί" and "й" stay themselves, lower-cased). Checked against SQLite
itself by the tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.folding import fold_char
from reader.core.query import Term

_DIACRITICS = re.compile("[\u0300-\u0331]")
_WORD = re.compile(r"[^\W_]+")
_PRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_HAS_PRIVATE = re.compile(f"[{_PRIVATE}]")
_WORD_OR_PRIVATE = re.compile(f"(?:[^\\W_]|[{_PRIVATE}])+")


@lru_cache(maxsize=8192)
def _fold(char: str) -> str:
    folded = fold_char(char)
    if folded.isascii():
        return folded
    for lowered in (char.casefold(), char.lower()):  # 'ς' -> 'σ', but 'ß' stays
        if len(lowered) == 1:
            return lowered
    return char


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return "".join(map(_fold, word))


def words(text: str) -> list[str]:
    """The words of ``text``, folded, in order."""
    text = text.lower()
    if text.isascii():
        return _WORD.findall(text)
    text = _DIACRITICS.sub("", text)
    pattern = _WORD_OR_PRIVATE if _HAS_PRIVATE.search(text) else _WORD
    return [word if word.isascii() else _fold_word(word) for word in pattern.findall(text)]


def term_words(term: Term) -> list[str]:
    """The words of a query term (several for a phrase, or for "l'été")."""
    return words(term.text)
