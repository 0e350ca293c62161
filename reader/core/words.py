"""The words of a text as SQLite's ``unicode61 remove_diacritics 2`` tokenizer sees
them, for the team library's own index (:mod:`reader.store.postgres_index`).

A word is a run of letters and digits (combining marks inside it are dropped),
folded by :func:`reader.core.folding.fold`: lower case, accents dropped. The same rule
as :class:`reader.core.query.Matcher`, so PostgreSQL finds exactly the documents
SQLite's FTS5 finds: PostgreSQL's own parser would not (it keeps "peut-être" whole
as well as its parts, reads "www.example.org" and "3.14" as one token, and skips
"<b>" as a tag).
"""

from __future__ import annotations

import re

from reader.core.folding import fold
from reader.core.query import MARKS, Term

_MARKS = re.compile(f"[{MARKS}]")
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return _WORD.findall(_MARKS.sub("", fold(text)))


def term_words(term: Term) -> list[str]:
    """The folded words of a query term (several for a phrase, or for "l'été")."""
    return words(term.text)
