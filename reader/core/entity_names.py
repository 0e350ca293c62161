"""One name, one entry: the key under which the Index groups the mentions of an entity.

A mention's *key* is its words folded the way people type them (case, accents and
apostrophes do not matter: :func:`reader.core.folding.fold`), without what does not
name the entity: a leading elision ("d’Alibaba", "l'Élysée"), titles ("M.",
"Mme", "Dr", "Sir", "le président"...), a final possessive ("Holmes's"), and
punctuation at the ends. So "M. Macron", "macron" and "MACRON" share the key
"macron", and "d’Alibaba" is "alibaba".

Within one document, a one-word name of a person that is a word of exactly one
longer person's name of the same document joins it ("Zhang" with "Jeff Zhang"):
:func:`group_keys`. Everything here is pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.entities import EntityLabel, EntitySpan
from reader.core.folding import fold

_TITLE_WORDS = """
    m mm mr mrs ms mme mmes mlle mlles mgr me dr pr prof sir lady lord dame miss madame
    mesdames monsieur messieurs mademoiselle mister missus doctor docteur professeur
    professor maitre capt captain capitaine col colonel gen general lieutenant sergent
    sergeant major president presidente roi reine king queen prince princesse princess
    duc duchesse duke duchess comte comtesse count countess baron baronne abbe pere
    father frere brother soeur sister saint sainte st ste rev reverend cardinal eveque
    bishop pope pape senateur senator ministre minister chancelier chancellor
"""
TITLES = frozenset(_TITLE_WORDS.split())
"""Words (folded, without their final dot) that are titles, not names."""

ARTICLES = frozenset({"le", "la", "les", "the"})
"""Dropped only in front of a title: "le président Macron" is "macron"."""

ELISIONS = ("d'", "l'", "qu'", "j'", "s'", "n'", "c'", "m'", "t'")

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)
_EDGE = " \t\n.,;:!?\"«»“”()[]{}-–—'"


@lru_cache(maxsize=65_536)
def name_key(text: str, *, person: bool = True) -> str:
    """The folded key of a mention's words; "" when nothing names anything ("M.").
    Titles are dropped from a ``person``'s name only ("St. Louis" is a place)."""
    folded = " ".join(fold(text).split()).strip(_EDGE)
    for elision in ELISIONS:
        if folded.startswith(elision) and len(folded) > len(elision):
            folded = folded[len(elision) :]
            break
    if folded.endswith("'s"):
        folded = folded[:-2]
    words = folded.split()
    if person:
        while len(words) > 1 and _is_title_or_article(words, 0):
            words.pop(0)
        if len(words) == 1 and words[0].rstrip(".") in TITLES:
            return ""
    return " ".join(words).strip(_EDGE)


def _is_title_or_article(words: list[str], at: int) -> bool:
    word = words[at].rstrip(".")
    if word in TITLES:
        return True
    return word in ARTICLES and at + 1 < len(words) and _is_title_or_article(words, at + 1)


def key_words(key: str) -> list[str]:
    return _WORD.findall(key)


def group_keys(person_keys: Iterable[str]) -> dict[str, str]:
    """For the person keys of one document (one item per mention), the key each joins:
    a one-word key that is a word of exactly one longer key joins it
    ("zhang" -> "jeff zhang"); every other key stays itself."""
    counts = Counter(person_keys)
    by_word: dict[str, set[str]] = {}
    for key in counts:
        words = key_words(key)
        if len(words) > 1:
            for word in words:
                by_word.setdefault(word, set()).add(key)
    joined: dict[str, str] = {}
    for key in counts:
        words = key_words(key)
        longer = by_word.get(words[0], set()) if len(words) == 1 else set()
        if len(longer) == 1:
            joined[key] = next(iter(longer))
        else:
            joined[key] = key
    return joined


@dataclass(frozen=True, slots=True)
class IndexedMention:
    """A mention as the Index keeps it: its name's key and the key it is grouped under."""

    start: int
    end: int
    label: str
    key: str
    entry_key: str


def index_mentions(spans: Sequence[EntitySpan]) -> list[IndexedMention]:
    """The mentions of one document's entities with their keys, grouped (see
    :func:`group_keys`); mentions whose words name nothing ("M.") are left out."""
    keyed = [
        (span, key)
        for span in spans
        if (key := name_key(span.text, person=span.label is EntityLabel.PERSON))
    ]
    joined = group_keys(key for span, key in keyed if span.label is EntityLabel.PERSON)
    return [
        IndexedMention(
            span.start,
            span.end,
            span.label.value,
            key,
            joined[key] if span.label is EntityLabel.PERSON else key,
        )
        for span, key in keyed
    ]


def display_names(spans: Sequence[EntitySpan]) -> dict[tuple[str, str], str]:
    """For each (label, key) of ``spans``, how to show it: the most frequent spelling
    whose words are the key itself (no title, no elision), else the most frequent one."""
    spellings: dict[tuple[str, str], Counter[str]] = {}
    for span in spans:
        key = name_key(span.text, person=span.label is EntityLabel.PERSON)
        if key:
            spelling = " ".join(span.text.split())
            spellings.setdefault((span.label.value, key), Counter())[spelling] += 1
    shown: dict[tuple[str, str], str] = {}
    for name, counts in spellings.items():
        plain = [s for s, _ in counts.most_common() if " ".join(fold(s).split()) == name[1]]
        shown[name] = plain[0] if plain else counts.most_common(1)[0][0]
    return shown
