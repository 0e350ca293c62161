"""Chapter and part headings of a plain-text book.

Candidates are one-line paragraphs of three ranks:

- *part*: ``Part Two``, ``BOOK I.``, ``LIVRE PREMIER``, ``Livre premier--Un juste``,
  ``Première partie``, ``Tome II``, ``Act III``;
- *chapter*: ``Chapter 1``, ``CHAPTER I.``, ``CHAPITRE III``, ``Letter 4``, a bare
  Roman numeral (``XIV``, ``II.``), ``IV. The Red Room``;
- *other*: ``PRELUDE``, ``Preface``, any short all-capital line, or a short centred
  line, preceded by at least two blank lines (Project Gutenberg puts four before a
  chapter heading and two after it; a single blank line is a paragraph break).

A heading that is a part or chapter number alone takes the one-line paragraph after
it as its title when that paragraph is followed by two blank lines or is in capitals
(``I`` / ``Marseille.--L'arrivée.``; ``BOOK I.`` / ``MISS BROOKE.``); letters have no
titles (the line after ``Letter 1`` is its salutation).

A candidate is a heading only if running text (prose) follows it before the next
candidate, or if the next candidate comes right after it, is a heading, and is of a
lower rank (``BOOK I.`` then ``CHAPTER I.``). So a table of contents, whose entries
follow each other with no text between, gives no headings, nor does a title page.

Parts and other headings are level 1; chapters are level 2 where a part or other
heading holds chapters, else level 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from reader.formats.plaintext.paragraphs import Paragraph

MAX_HEADING = 80
MAX_CAPITALS = 60
MAX_CENTRED = 50
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_NUMBER_WORDS_TEXT = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
last un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
quinze seize vingt trente quarante cinquante soixante cent et premier première premiere
seconde dernier dernière derniere
"""
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
_PART_WORDS = r"part|partie|book|livre|tome|volume|vol|act|acte|buch|teil|libro|parte"
_CHAPTER_WORDS = (
    r"chapter|chap|chapitre|letter|lettre|scene|scène|canto|chant|kapitel|capítulo"
    r"|capitulo|capitolo|épisode|episode"
)
_NUMBER = r"(?P<num>\d{1,4}|[ivxlcdm]+|[^\W\d_]+(?:-[^\W\d_]+)*)"
_REST = r"(?:\s*(?:[.:\u2013\u2014-]+\s*|\s)(?P<rest>.*?))?"
_KEYWORD_FIRST = re.compile(
    rf"(?:the\s+)?(?P<kw>{_PART_WORDS}|{_CHAPTER_WORDS})\.?\s+(?:the\s+)?{_NUMBER}\.?{_REST}",
    re.IGNORECASE,
)
_ORDINAL_FIRST = re.compile(
    rf"(?P<num>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<kw>{_PART_WORDS}|{_CHAPTER_WORDS})\.?{_REST}",
    re.IGNORECASE,
)
_BARE_NUMERAL = re.compile(rf"(?:{_ROMAN}|\d{{1,3}})\.?")
_NUMERAL_TITLE = re.compile(rf"(?:{_ROMAN}|\d{{1,3}})[.:]\s+(?P<rest>[A-Z].*)")
_ROMAN_ONLY = re.compile(_ROMAN, re.IGNORECASE)
_NAMED = re.compile(
    r"(?:prologue|epilogue|épilogue|preface|préface|introduction|avant-propos|conclusion"
    r"|prelude|prélude|finale|postface|foreword|afterword|appendix|appendice|interlude"
    r"|envoi)\.?",
    re.IGNORECASE,
)
_PART_KEYWORD = re.compile(_PART_WORDS, re.IGNORECASE)
_LETTER_KEYWORD = re.compile(r"letter|lettre", re.IGNORECASE)
_SPEECH = tuple("\"'\u201c\u2018\u00ab-\u2013\u2014([")


class Rank(IntEnum):
    CHAPTER = 1
    OTHER = 2
    PART = 3


@dataclass(frozen=True, slots=True)
class Heading:
    index: int
    """The heading's paragraph (an index in the list given to :func:`find_headings`)."""
    title_index: int | None
    """The paragraph of its title line, when the heading is a number alone."""
    level: int
    title: str
    """The heading as the contents show it: one line, the title after a dash."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: Rank
    bare: bool  # a part or chapter number alone: may take the next line as its title


def find_headings(
    text: str,
    paras: list[Paragraph],
    body: range,
    prose: list[bool],
    width: int | None,
) -> list[Heading]:
    """The headings among the paragraphs ``body`` (indices into ``paras``); ``prose``
    says which paragraphs are running text; ``width`` is the wrap width, if any."""
    candidates: dict[int, _Candidate] = {}
    for i in body:
        found = _candidate(text, paras[i], width, first=i == body.start)
        if found is not None:
            candidates[i] = found
    titles: dict[int, int] = {}
    for i, candidate in sorted(candidates.items()):
        j = i + 1
        if (
            candidate.bare
            and j in body
            and j not in titles.values()
            and _title_line(text, paras[j], candidates.get(j))
        ):
            titles[i] = j
    for j in titles.values():
        candidates.pop(j, None)
    accepted: dict[int, bool] = {}
    holds: set[int] = set()  # headings accepted because a lower one follows at once
    following: int | None = None
    prose_since = False
    between = 0
    for k in reversed(body):
        if k in candidates:
            rank = candidates[k].rank
            lower_next = (
                following is not None
                and between == 0
                and accepted[following]
                and candidates[following].rank < rank
            )
            accepted[k] = prose_since or lower_next
            if lower_next and not prose_since:
                holds.add(k)
            following, prose_since, between = k, False, 0
        elif k not in titles.values():
            between += 1
            prose_since = prose_since or prose[k]
    nested = any(candidates[k].rank > Rank.CHAPTER for k in holds)
    out: list[Heading] = []
    for k, candidate in sorted(candidates.items()):
        if not accepted[k]:
            continue
        level = 2 if nested and candidate.rank is Rank.CHAPTER else 1
        out.append(Heading(k, titles.get(k), level, _contents_title(text, paras, k, titles.get(k))))
    return out


def _candidate(text: str, para: Paragraph, width: int | None, *, first: bool) -> _Candidate | None:
    if len(para.lines) != 1:
        return None
    line = text[para.start : para.end]
    if len(line) > MAX_HEADING or line.startswith(_SPEECH):
        return None
    found = _KEYWORD_FIRST.fullmatch(line) or _ORDINAL_FIRST.fullmatch(line)
    if found is not None and _is_number(found.group("num")):
        rest = (found.group("rest") or "").strip()
        if rest[:1].islower():  # "Book 2 was better": a sentence, not a heading
            return None
        rank = Rank.PART if _PART_KEYWORD.fullmatch(found.group("kw")) else Rank.CHAPTER
        letter = _LETTER_KEYWORD.fullmatch(found.group("kw")) is not None
        return _Candidate(rank, bare=not rest and not letter)
    spaced = first or para.blank_before >= 2
    if _BARE_NUMERAL.fullmatch(line) and (spaced or line.endswith(".")):
        return _Candidate(Rank.CHAPTER, bare=True)
    if not spaced or line.endswith((",", ";", "!")):
        return None
    if _NAMED.fullmatch(line) or (_NUMERAL_TITLE.fullmatch(line) and not _capitals(line)):
        return _Candidate(Rank.OTHER if _NAMED.fullmatch(line) else Rank.CHAPTER, bare=False)
    if _capitals(line) and len(line) <= MAX_CAPITALS:
        return _Candidate(Rank.OTHER, bare=False)
    if width is not None and len(line) <= MAX_CENTRED and _centred(para, width):
        return _Candidate(Rank.OTHER, bare=False)
    return None


def _is_number(value: str) -> bool:
    if value.isdigit():
        return True
    if _ROMAN_ONLY.fullmatch(value):
        return True
    words = re.split(r"[-\s]+", value.lower())
    return all(w in _NUMBER_WORDS or w.endswith(("ième", "ieme", "th")) for w in words if w)


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and line == line.upper() and line != line.lower()


def _centred(para: Paragraph, width: int) -> bool:
    line = para.lines[0]
    length = line.end - line.start
    margin = (width - length) / 2
    return line.indent >= 4 and abs(line.indent - margin) <= max(3.0, width * 0.1)


def _title_line(text: str, para: Paragraph, candidate: _Candidate | None) -> bool:
    """A one-line paragraph that reads as the title of the heading before it."""
    if len(para.lines) != 1 or (candidate is not None and candidate.rank is not Rank.OTHER):
        return False
    line = text[para.start : para.end]
    if len(line) > MAX_HEADING or line.startswith(_SPEECH) or line.endswith((",", ":")):
        return False
    if _capitals(line):
        return True
    return para.lines[0].indent < 2 and para.blank_after >= 2  # not an indented epigraph


def _contents_title(text: str, paras: list[Paragraph], index: int, title: int | None) -> str:
    head = " ".join(text[paras[index].start : paras[index].end].split())
    if title is None:
        return head
    name = " ".join(text[paras[title].start : paras[title].end].split()).strip("_*")
    return f"{head.rstrip(' .:')} \u2014 {name}"
