"""Search queries as people type them, and finding their words in a text by code point.

A query is words (all must match), ``"quoted phrases"`` and ``prefix*`` terms.
Matching ignores case and accents, the way SQLite's ``unicode61 remove_diacritics 2``
tokenizer does (:mod:`reader.core.folding`): a word is a run of letters and digits, and
"Données", "DONNEES" and "donnees" are the same word.

:class:`Matcher` finds a query's words in a text by code-point offsets, for search
results that say where in the canonical text a word is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reader.core.folding import fold_char

MAX_TERMS = 32
_TERM = re.compile(r'"([^"]*)"?(\*?)|(\S+)')
# Combining marks (unicode61 keeps them in tokens, then drops them).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN = f"(?:[^\\W_]|[{_MARKS}])"  # a letter, a digit or a mark
_SEPARATORS = f"(?:[^\\w{_MARKS}]|_)(?:[^\\w]|_)*"  # marks after a separator too
# Not inside a word: no letter or digit before, even with a mark or two after it (a
# mark after anything else is a separator, as in unicode61).
_WORD_START = f"(?<![^\\W_])(?<![^\\W_][{_MARKS}])(?<![^\\W_][{_MARKS}][{_MARKS}])"
# Ranges folded by the table: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic..., the
# Latin Extended Additional block (Vietnamese), and the fullwidth forms.
_FOLDED_RANGES = ((0x00, 0x2000), (0x2C60, 0x2C80), (0xA640, 0xA800), (0xFF00, 0xFFF0))


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to find: a word or a phrase (``text``), optionally as a prefix."""

    text: str
    prefix: bool = False


def parse_query(query: str) -> tuple[Term, ...]:
    """The terms of a query: words, "quoted phrases", ``prefix*``; nothing unsearchable.

    A term with no letter or digit (punctuation, a lone ``*``) is dropped: the index
    holds only words. An unclosed quote runs to the end of the query. Control
    characters and lone surrogates count as spaces. At most MAX_TERMS terms.
    """
    query = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in query)
    terms: list[Term] = []
    for match in _TERM.finditer(query):
        phrase, star, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            body = word.rstrip("*")
            prefix = body != word
            body = body.replace('"', " ")
        else:
            body, prefix = phrase, bool(star)
        body = " ".join(body.split())
        if body and any(char.isalnum() for char in body):
            terms.append(Term(body, prefix))
        if len(terms) == MAX_TERMS:
            break
    return tuple(terms)


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """For each folded character, every character that folds to it (itself included),
    as unicode61 folds: lower case, diacritics dropped by canonical decomposition only
    (so 'ﬁ' and fullwidth letters stay what they are)."""
    variants: dict[str, list[str]] = {}
    for low, high in _FOLDED_RANGES:
        for code in range(low, high):
            char = chr(code)
            if unicodedata.combining(char):
                continue
            base = fold_char(char)
            if base != char:
                variants.setdefault(base, [base]).append(char)
    return {base: "".join(chars) for base, chars in variants.items()}


class Matcher:
    """Finds a query's terms in a text, ignoring case and accents, by code point.

    Each folded letter of a term becomes the class of every character that folds to
    it, followed by any combining marks, so the search runs on the text itself (no
    folded copy to build, no offsets to map) and stops at the first match.
    """

    def __init__(self, terms: tuple[Term, ...]) -> None:
        variants = _variants()
        patterns = []
        for term in terms:
            words = [w for w in re.split(_SEPARATORS, term.text) if w]
            if not words:
                continue
            body = _SEPARATORS.join(
                "".join(
                    _char_class(fold_char(c), variants) + f"[{_MARKS}]*"
                    for c in word
                    if not unicodedata.combining(c)
                )
                for word in words
                if not all(unicodedata.combining(c) for c in word)
            )
            if not body:
                continue
            tail = f"{_TOKEN}*" if term.prefix else f"(?!{_TOKEN})"
            patterns.append(f"{_WORD_START}{body}{tail}")
        self._pattern = re.compile("|".join(patterns)) if patterns else None

    def first(self, text: str) -> int | None:
        """Offset of the first match in ``text``, or None."""
        if self._pattern is None:
            return None
        found = self._pattern.search(text)
        return found.start() if found else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every match in ``text``, as ``[start, end)`` spans."""
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(text)]


def _char_class(char: str, variants: dict[str, str]) -> str:
    chars = variants.get(char, char)
    return "[" + "".join(re.escape(c) for c in chars) + "]" if len(chars) > 1 else re.escape(char)
