"""Consistency stage: one label per name per document (per stretch of a book), and
every mention found.

1. Votes. The labels the mentions of a surface name were given vote, with
   diminishing returns (log2(1 + n) for n mentions: the model repeats one mistake on
   every mention); cue words right around a mention add weighted votes ("le groupe
   chinois Alibaba" -> ORG, "comté de Zhangbei" -> PLACE, "dit Porthos" -> PERSON).
2. Short names. A one-word name that ends (or starts) a multi-word PERSON name of
   the document ("Zhang" in "Jeff Zhang") gets that name's PERSON votes too, unless
   it has two votes of its own for another type ("France" beside "Mendès France").
   All-caps mentions ("LONDRES") vote weakly, under their ordinary form ("Londres").
3. Every mention of the name takes the winning label.
4. Unlabelled mentions of a confidently labelled name are added (the model often
   misses some): whole words, case-sensitive, capitalised names of 2+ characters.

Cue words are per language in :mod:`reader.nlp.cues`. A book is decided window by
window (its chapters, see :mod:`reader.nlp.windows`), each window's votes joined by
the whole book's as a prior of bounded weight: "Paris" the city in one chapter and
"Paris" a character in another may both be right, while one chapter where the model
keeps calling a character a place, with no cue word saying so, follows the book.
Nothing here knows any particular name.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.casing import is_roman_numeral
from reader.nlp.cues import CUES, STRONG
from reader.nlp.labels import NAME_LABELS
from reader.nlp.lexicon import lexicon
from reader.nlp.mentions import find_mentions, with_particles
from reader.nlp.spans import Occupied
from reader.nlp.windows import windows

PERSON, ORG, PLACE = EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE
VOTED = NAME_LABELS | {EntityLabel.MISC}
WINDOW = 48  # characters looked at on each side of a mention: cues are a few words
CUED_MENTIONS = 32  # cue words are read around this many mentions of a name per window at most
MISC_VOTE = 0.5  # MISC is the model's "some name": any cue for a real type outweighs it
CONFIDENT_SHARE = 0.6  # the winner's share of all votes needed to add mentions
OWN_EVIDENCE = 2.0  # votes of its own that keep a short name from inheriting PERSON
CONSISTENCY = "consistency"  # the source of a span this stage labelled or added
BOOK_PRIOR = 4.0  # the votes the whole book's shares of labels add to a window's

Scores = dict[str, dict[EntityLabel, float]]


_LETTERS = re.compile(r"[^\W\d_]+")


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text just before and just after a mention, within its line."""
    left = text[max(0, start - WINDOW) : start]
    right = text[end : end + WINDOW]
    newline = left.rfind("\n")
    if newline >= 0:
        left = left[newline + 1 :]
    newline = right.find("\n")
    if newline >= 0:
        right = right[:newline]
    return left, right


def cue_votes(text: str, span: EntitySpan, language: str | None) -> dict[EntityLabel, float]:
    """The labels that cue words around ``span`` vote for, with their weights."""
    votes: dict[EntityLabel, float] = defaultdict(float)
    cues = CUES.get(language or "", ())
    if not cues:
        return votes
    left, right = _window(text, span.start, span.end)
    for cue in cues:
        if cue.pattern.search(left if cue.left else right):
            votes[cue.label] += cue.weight
    return votes


def _is_name(surface: str, function_words: frozenset[str]) -> bool:
    """Capitalised, 2+ characters, not a function word: safe to look for elsewhere."""
    return len(surface) >= 2 and surface[0].isupper() and surface.lower() not in function_words


def _short_forms(full: str, function_words: frozenset[str]) -> list[tuple[str, bool]]:
    """(form, is_surname): 'Jeff Zhang' -> Zhang (surname), Jeff; 'Charles de Gaulle'
    -> Gaulle, de Gaulle (surnames), Charles."""
    words = full.split()
    if len(words) < 2:
        return []
    forms = [(words[-1], True)]
    if len(words) > 2:
        forms.append((" ".join(words[1:]), True))
    forms.append((words[0], False))
    return [
        (f, surname)
        for f, surname in forms
        if (" " in f or _is_name(f, function_words))
        and not is_roman_numeral(f.split()[-1])
        and not f.endswith(".")
    ]


@dataclass(frozen=True, slots=True)
class _Votes:
    scores: Scores  # surface -> label -> votes
    cues: Scores  # the part of the votes that context gave (cue words, particles)
    first_label: dict[str, EntityLabel]
    capitals: dict[str, str]  # all-caps surface -> its ordinary form


def decide_labels(
    text: str, spans: Iterable[EntitySpan], language: str | None
) -> dict[str, tuple[EntityLabel, bool]]:
    """Surface -> (label, confident) for every name mentioned in ``spans``."""
    return _decided(_votes(text, spans, language), language)


def _best(votes: Mapping[EntityLabel, float], first: EntityLabel | None) -> EntityLabel:
    return max(votes, key=lambda label: (votes[label], label == first))


def _votes(text: str, spans: Iterable[EntitySpan], language: str | None) -> _Votes:
    """The votes of the model's labels, cue words and longer names for each surface."""
    lex = lexicon(language)
    function_words = lex.stop_words | lex.determiners
    scores: Scores = defaultdict(lambda: defaultdict(float))
    cues: Scores = defaultdict(lambda: defaultdict(float))
    first_label: dict[str, EntityLabel] = {}
    mentions: dict[str, int] = defaultdict(int)
    span_list = [s for s in spans if s.label in VOTED]
    capitals = _capitals_of({s.text for s in span_list})
    with_particle = {
        s.text
        for s in span_list
        if s.label is PERSON
        and len(s.text.split()) > 1
        and s.text.split()[0] in lex.person_particles
    }
    given: dict[str, dict[EntityLabel, float]] = defaultdict(lambda: defaultdict(float))
    for span in span_list:
        surface = capitals.get(span.text, span.text)
        # The model cannot judge all-caps text: such a mention votes as weakly as MISC.
        weak = span.label is EntityLabel.MISC or span.text in capitals
        given[surface][span.label] += MISC_VOTE if weak else 1.0
        if with_particle and _after_particle(text, span, with_particle):
            scores[surface][PERSON] += STRONG  # "à des Grassins" when "des Grassins" is a person
            cues[surface][PERSON] += STRONG
        mentions[surface] += 1
        first_label.setdefault(surface, span.label)
        if mentions[surface] <= CUED_MENTIONS:  # enough evidence; keeps long books fast
            for label, weight in cue_votes(text, span, language).items():
                scores[surface][label] += weight
                cues[surface][label] += weight
    # The model's labels count with diminishing returns: it repeats one mistake on
    # every mention of a name, while cue words are independent evidence.
    for surface, given_labels in given.items():
        for label, count in given_labels.items():
            scores[surface][label] += math.log2(1.0 + count)

    def best(surface: str) -> EntityLabel:
        return _best(scores[surface], first_label.get(surface))

    # Short names inherit from the full PERSON names that contain them, unless they
    # have stronger evidence of their own: "France" labelled a place by the model
    # stays a place in a text naming "Pierre Mendès France".
    def own_other_type(short: str) -> bool:
        votes = scores.get(short)
        if not votes:
            return False
        label = best(short)
        return label in NAME_LABELS and label is not PERSON and votes[label] >= OWN_EVIDENCE

    inherited: dict[str, float] = defaultdict(float)
    for surface in list(scores):
        if len(surface.split()) < 2 or best(surface) is not PERSON:
            continue
        for short, surname in _short_forms(surface, function_words):
            if own_other_type(short):
                continue
            if surname or short in scores:  # a surname may be new; a first name must be seen
                inherited[short] += 1.0 + mentions[surface]
    for short, weight in inherited.items():
        scores[short][PERSON] += weight
        cues[short][PERSON] += weight
        first_label.setdefault(short, PERSON)

    return _Votes(scores, cues, first_label, capitals)


def _decided(
    votes: _Votes, language: str | None, book: Scores | None = None
) -> dict[str, tuple[EntityLabel, bool]]:
    """Surface -> (label, confident); ``book``: the whole book's votes, whose shares
    of labels add :data:`BOOK_PRIOR` votes to each surface's own."""
    lex = lexicon(language)
    function_words = lex.stop_words | lex.determiners
    scores: Scores = {}
    for surface, own in votes.scores.items():
        joined = dict(own)
        prior = book.get(surface) if book is not None else None
        total = sum(prior.values()) if prior else 0.0
        if prior and total > 0:
            for label, value in prior.items():
                joined[label] = joined.get(label, 0.0) + BOOK_PRIOR * value / total
        scores[surface] = joined
    first_label = votes.first_label

    def best(surface: str) -> EntityLabel:
        return _best(scores[surface], first_label.get(surface))

    decided: dict[str, tuple[EntityLabel, bool]] = {}
    for surface, votes_of in scores.items():
        label = best(surface)
        book_votes = book.get(surface) if book is not None else None
        if book_votes:
            # A window differs from the book only when its context says so: the
            # model repeating itself in one chapter is no evidence of a new sense.
            usual = _best(book_votes, None)
            own_cues = votes.cues.get(surface, {})
            if label is not usual and own_cues.get(label, 0.0) <= own_cues.get(usual, 0.0):
                label = usual
        total = sum(votes_of.values())
        confident = (
            label in NAME_LABELS
            and votes_of[label] >= 1.0
            and votes_of[label] >= CONFIDENT_SHARE * total
            and _is_name(surface, function_words)
        )
        decided[surface] = (label, confident)
    for upper, titled in votes.capitals.items():  # "LONDRES" takes the label of "Londres"
        decided[upper] = (decided[titled][0], False)
    return decided


def _after_particle(text: str, span: EntitySpan, persons: set[str]) -> bool:
    """Is ``span`` the end of a person's name with its particle ('des Grassins')?"""
    before = text[max(0, span.start - 8) : span.start]
    match = re.search(r"(\w+)\s+$", before)
    return match is not None and f"{match.group(1)} {span.text}" in persons


def _titled(surface: str) -> str:
    return _LETTERS.sub(lambda m: m.group().capitalize(), surface.lower())


def _capitals_of(surfaces: set[str]) -> dict[str, str]:
    """All-caps surfaces ('LONDRES', 'SAINT-GALL') whose ordinary form ('Londres',
    'Saint-Gall') is also mentioned, mapped to it (acronyms of 1-3 letters left out)."""
    found = {}
    for surface in surfaces:
        if surface.isupper() and sum(c.isalpha() for c in surface) > 3:
            titled = _titled(surface)
            if titled in surfaces:
                found[surface] = titled
    return found


def consistent_spans(
    text: str,
    spans: Iterable[EntitySpan],
    language: str | None,
    chapters: Sequence[int] = (),
) -> list[EntitySpan]:
    """One label per name within each window of the text, and unlabelled mentions of
    confident names added; sorted.

    A short text is one window (one sense per document). A book is decided window by
    window (:func:`~reader.nlp.windows.windows`: the chapters starting at the offsets
    ``chapters``, else stretches of a few thousand words), each window's votes joined
    by the book's shares of labels for the same name (:data:`BOOK_PRIOR` votes).
    """
    span_list = sorted(spans)
    ranges = windows(text, span_list, chapters)
    if len(ranges) == 1:
        return _consistent_window(text, span_list, language, None)
    parts: list[tuple[int, str, list[EntitySpan], _Votes]] = []
    book: Scores = defaultdict(lambda: defaultdict(float))
    for start, end in ranges:
        part = text[start:end]
        inside = [
            EntitySpan(s.start - start, s.end - start, s.label, s.text, s.source)
            for s in span_list
            if start <= s.start < end
        ]
        votes = _votes(part, inside, language)
        for surface, labels in votes.scores.items():
            for label, value in labels.items():
                book[surface][label] += value
        parts.append((start, part, inside, votes))
    result: list[EntitySpan] = []
    for start, part, inside, votes in parts:
        decided = _decided(votes, language, book)
        result.extend(
            EntitySpan(s.start + start, s.end + start, s.label, s.text, s.source)
            for s in _consistent_window(part, inside, language, decided)
        )
    return result


def _consistent_window(
    text: str,
    span_list: list[EntitySpan],
    language: str | None,
    decided: dict[str, tuple[EntityLabel, bool]] | None,
) -> list[EntitySpan]:
    if decided is None:
        decided = decide_labels(text, span_list, language)
    relabelled = [
        replace(s, label=decided[s.text][0], source=CONSISTENCY)
        if s.label in VOTED and s.text in decided and decided[s.text][0] is not s.label
        else s
        for s in span_list
    ]
    confident = {surface: label for surface, (label, sure) in decided.items() if sure}
    if confident:
        occupied = Occupied((s.start, s.end) for s in relabelled)
        relabelled.extend(
            EntitySpan(start, end, label, text[start:end], CONSISTENCY)
            for start, end, label in find_mentions(text, confident)
            if occupied.add(start, end)
        )
        relabelled.sort()
    persons = [surface for surface, (label, _) in decided.items() if label is PERSON]
    return with_particles(text, relabelled, persons, lexicon(language).person_particles)
