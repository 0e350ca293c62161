"""Cleanup stage: trim model spans to the name they mean, drop the ones that mean nothing.

Models pull in articles ("la Chine"), elisions ("d’Alibaba"), kinds of place
("comté de Zhangbei"), titles ("M. Zhang"), quotes, punctuation and emoji, and
sometimes label plain words ("Un ingénieur d’", "qu’", "cloud computing"). Only
NER runs (no tagger), so the decisions rest on case and small word lists
(:mod:`reader.nlp.lexicon`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.casing import (
    HEADING_WORDS,
    CaseEvidence,
    is_roman_numeral,
    opens_heading,
    starts_sentence,
)
from reader.nlp.kinds import KindOfName
from reader.nlp.labels import NAME_LABELS
from reader.nlp.lexicon import Lexicon, lexicon
from reader.nlp.vocabulary import Vocabulary

MAX_NAME_WORDS = 10
MAX_UNCASED_NAME = 20  # a name in a script without case or spaces is a few characters
_KEEP_LEADING_VALUE = frozenset("$€£¥₹₽₩₺₪฿₫'’")
_KEEP_TRAILING_VALUE = frozenset("$€£¥₹₽₩₺₪฿₫%‰°²³.")
_KEEP_TRAILING_NAME = frozenset("+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_WORD = re.compile(r"\S+")
_LINKERS = frozenset({"de", "du", "des", "of"})
# A name never holds the end of a sentence or an exclamation: "Ah ! mon Dieu".
_SENTENCE_BREAK = re.compile(r"[!?…;—]|--")


def _has_cased(text: str) -> bool:
    return any(c.isupper() or c.islower() for c in text)


def _capitalised(word: str) -> bool:
    """Starts a name: an upper-case first letter ('Alibaba', 'eBay' has one too)."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    return letters[0].isupper() or any(c.isupper() for c in letters) or not _has_cased(word)


def _is_lower_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


class _Cleaner:
    """Trims spans of one text in one language; remembers document look-ups."""

    def __init__(self, text: str, language: str | None, vocabulary: Vocabulary | None) -> None:
        self.text = text
        self.lex: Lexicon = lexicon(language)
        self._elision = (
            re.compile(rf"(?i:{'|'.join(sorted(self.lex.elisions, key=len, reverse=True))})['’]")
            if self.lex.elisions
            else None
        )
        self._without_cache: dict[tuple[str, str], bool] = {}
        self._cache: dict[tuple[str, EntityLabel], tuple[int, int] | None] = {}
        self._looked_around = False
        self._function_words = self.lex.function_words
        self._bare_titles = frozenset(t.rstrip(".") for t in self.lex.person_titles)
        self.evidence = CaseEvidence(text, vocabulary, self.lex.function_words)

    # -- edges ---------------------------------------------------------------------------
    def _strip_chars(self, start: int, end: int, label: EntityLabel) -> tuple[int, int]:
        text = self.text
        value = label not in NAME_LABELS and label is not EntityLabel.MISC
        while start < end and not (
            text[start].isalnum() or (value and text[start] in _KEEP_LEADING_VALUE)
        ):
            start += 1
        while end > start:
            c = text[end - 1]
            if c.isalnum():
                break
            if value and c in _KEEP_TRAILING_VALUE and c != ".":
                break
            if c == "." and self._abbreviation_before(start, end - 1, value):
                break
            if not value and c in _KEEP_TRAILING_NAME and end - 1 > start:
                break
            end -= 1
        return start, end

    def _abbreviation_before(self, start: int, dot: int, value: bool) -> bool:
        """Is the full stop at ``dot`` part of an abbreviation ('Inc.', 'U.S.', 'p.m.')?"""
        word_start = dot
        while word_start > start and not self.text[word_start - 1].isspace():
            word_start -= 1
        word = self.text[word_start : dot + 1]
        if _INITIALS.fullmatch(word) or word[:-1] in self.lex.abbreviations:
            return True
        # Values: month and time abbreviations ("sept.", "Nov.", "p.m.").
        return value and word[:-1].isalpha() and len(word) <= 5

    def _words(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(m.start() + start, m.end() + start) for m in _WORD.finditer(self.text[start:end])]

    def _occurs_without(self, name: str, determiner: str) -> bool:
        """Does ``name`` occur in the text not right after ``determiner``?"""
        key = (name, determiner.lower())
        if key not in self._without_cache:
            found = False
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.text):
                before = self.text[max(0, match.start() - 30) : match.start()].split()
                if not before or before[-1].lower() != key[1]:
                    found = True
                    break
            self._without_cache[key] = found
        return self._without_cache[key]

    # -- words ---------------------------------------------------------------------------
    def _links_to_name(self, words: list[tuple[int, int]]) -> bool:
        """``words`` start with 'de', 'du', 'of' + a name, or an elided 'd’Alger'."""
        first = self.text[words[0][0] : words[0][1]]
        if first.lower() in _LINKERS:
            return len(words) > 1
        return self._elision is not None and self._elision.match(first) is not None

    def _trim_lead(self, start: int, end: int, label: EntityLabel) -> int | None:
        """New start after dropping one leading word or elision, or None if none drops."""
        text, lex = self.text, self.lex
        if self._elision is not None:
            match = self._elision.match(text, start, end)
            if match is not None and match.end() < end and text[match.end()].isalnum():
                return match.end()
        words = self._words(start, end)
        if not words:
            return None
        w_start, w_end = words[0]
        word = text[w_start:w_end]
        low = word.lower()
        rest = words[1:]
        if not rest:
            return None
        next_word = text[rest[0][0] : rest[0][1]]
        if self._heading_number(w_start, word, next_word):
            return rest[0][0]  # "II – Déballage aux flambeaux": a heading's number
        if low in HEADING_WORDS and (is_roman_numeral(next_word) or next_word.isdigit()):
            return rest[0][0]  # "Chapitre V Chez Bombarda": the heading word goes first
        if label is EntityLabel.PERSON and low in lex.person_particles and _capitalised(next_word):
            return None  # "de Gaulle", "van Gogh"
        if label is EntityLabel.PERSON and low in lex.person_titles:
            return rest[0][0]
        if label is EntityLabel.PERSON and self._positional_word(w_start, word, next_word):
            return rest[0][0]  # "Chère Valérie", "Ô Clémentine" opening a dialogue turn
        if low in lex.determiners:
            if _is_lower_word(word) or not _capitalised(next_word):
                return rest[0][0]
            remainder = text[rest[0][0] : end]
            self._looked_around = True
            if starts_sentence(text, start) and self._occurs_without(remainder, word):
                return rest[0][0]  # "La Chine" at a sentence start, "en Chine" elsewhere
            return None
        if (
            label is EntityLabel.PLACE
            and low in lex.place_designators
            and self._links_to_name(rest)
        ):
            return rest[0][0]  # "État de Rio de Janeiro": the linker goes next pass
        if not _is_lower_word(word):
            return None
        if low in lex.stop_words:
            return rest[0][0]
        later_capital = any(_capitalised(text[s:e]) for s, e in rest)
        if not later_capital:
            return None
        if label is EntityLabel.PERSON:
            return rest[0][0]  # "ingénieur Zhang": a person's name has no common noun
        if label is EntityLabel.PLACE:
            # "comté de Zhangbei" -> Zhangbei; "tour Eiffel", "mont Blanc" stay whole.
            return rest[0][0] if low in lex.place_designators else None
        if label is EntityLabel.ORG and low not in lex.org_heads:
            return rest[0][0]  # "groupe Alibaba"; keeps "ministère de l’Intérieur"
        return None

    def _heading_number(self, start: int, word: str, next_word: str) -> bool:
        """A roman numeral opening its line before a dash ("II –"), a wide space (a
        table of contents: "IX  Le soir") or with a full stop ("XIV."; one letter with
        a full stop is an initial: "L. Jalabert")."""
        if not is_roman_numeral(word):
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        if not opens_heading(before):
            return False  # a list number may come first: "2. II – Déballage"
        if any(c.isalpha() for c in before):
            return True  # after a heading word: "Chapitre VII Cravatte"
        dotted = word.endswith(".") and len(word) > 2
        gap = self.text[start + len(word) : start + len(word) + 2]
        return dotted or gap.isspace() or not any(map(str.isalnum, next_word))

    def _positional_word(self, start: int, word: str, next_word: str) -> bool:
        """A capitalised word opening a sentence before a capitalised name, written in
        lower case elsewhere in the text ("chère", "pauvre"; not the lexicon's say: it
        knows "félicie" and "jeanne" too)."""
        if not word[:1].isupper() or not _capitalised(next_word) or word.isupper():
            return False
        self._looked_around = True
        return starts_sentence(self.text, start) and self.evidence.common_word(word)

    def _trim_tail(self, start: int, end: int, label: EntityLabel) -> int | None:
        """New end after dropping one trailing word, elision or possessive, or None."""
        text, lex = self.text, self.lex
        words = self._words(start, end)
        if not words:
            return None
        w_start, w_end = words[-1]
        word = text[w_start:w_end]
        if word.endswith(("’s", "'s")) and len(word) > 2 and label in NAME_LABELS:
            return w_end - 2
        if len(words) < 2:
            if word[-1:] in ("'", "’") and word[:-1].lower() in lex.elisions:
                return w_start  # the whole span is an elision: "qu’"
            return None
        prev_end = words[-2][1]
        low = word.lower().rstrip("'’")
        if word[-1:] in ("'", "’") and low in lex.elisions:
            return prev_end  # "Un ingénieur d’"
        if _is_lower_word(word) and (low in lex.stop_words or low in lex.determiners):
            return prev_end
        if label is EntityLabel.PLACE and _is_lower_word(word) and low in lex.place_designators:
            return prev_end  # "Hebei province"
        return None

    # -- one span ------------------------------------------------------------------------
    def clean(self, span: EntitySpan) -> EntitySpan | None:
        """The span trimmed, or None; the same surface and label trim the same way unless
        the decision looked around the span (a capitalised article), so it is cached."""
        key = (span.text, span.label)
        if key in self._cache:
            cached = self._cache[key]
            if cached is None:
                return None
            lead, tail = cached
            start, end = span.start + lead, span.end - tail
            return EntitySpan(start, end, span.label, self.text[start:end], span.source)
        self._looked_around = False
        result = self._clean(span)
        if not self._looked_around:
            self._cache[key] = (
                None if result is None else (result.start - span.start, span.end - result.end)
            )
        return result

    def _clean(self, span: EntitySpan) -> EntitySpan | None:
        start, end, label = span.start, span.end, span.label
        names = label in NAME_LABELS or label is EntityLabel.MISC
        for _ in range(64):  # each pass drops something; spans are short
            start, end = self._strip_chars(start, end, label)
            if start >= end or not names:
                break
            new_start = self._trim_lead(start, end, label)
            if new_start is not None:
                start = new_start
                continue
            new_end = self._trim_tail(start, end, label)
            if new_end is not None:
                end = new_end
                continue
            break
        if start >= end:
            return None
        surface = self.text[start:end]
        if not self._keep(surface, label):
            return None
        return EntitySpan(start, end, label, surface, span.source)

    def _keep(self, surface: str, label: EntityLabel) -> bool:
        if not any(c.isalnum() for c in surface):
            return False
        if label not in NAME_LABELS and label is not EntityLabel.MISC:
            return True
        if len(surface) < 2 or not any(c.isalpha() for c in surface):
            return False
        if _SENTENCE_BREAK.search(surface):
            return False
        words = surface.split()
        if len(words) > MAX_NAME_WORDS:
            return False
        if all(w.lower().strip("'’") in self._function_words for w in words):
            return False
        if not _has_cased(surface):
            # A script without case or spaces: a name is a few characters, without
            # punctuation; a pipeline for a cased language cannot judge it at all.
            return (
                not self.lex.cased_script
                and len(surface) <= MAX_UNCASED_NAME
                and not any(unicodedata.category(c).startswith("P") for c in surface)
            )
        if not any(c.isupper() for c in surface):
            return False  # "cloud computing", "ingénieur"
        if all(is_roman_numeral(w) for w in words):
            return False  # "IX", "II": chapter numbers
        first = words[0]
        if len(words) == 1 and first.lower().rstrip(".") in self._bare_titles:
            return False  # "Monsieur", "Capitaine" alone: a title, not a name
        if label is EntityLabel.ORG:
            return _capitalised(first) or first.lower() in self.lex.org_heads
        if label is EntityLabel.PLACE:
            # "rue de Rivoli", "mont Blanc": a common noun may head a place's name.
            return _capitalised(first) or any(_capitalised(w) for w in words[1:])
        if label is EntityLabel.PERSON:
            return _capitalised(first) or first.lower() in self.lex.person_particles
        return True


def clean_spans(
    text: str,
    spans: Iterable[EntitySpan],
    language: str | None,
    vocabulary: Vocabulary | None = None,
) -> list[EntitySpan]:
    """Each span trimmed to its name, junk dropped; order kept. ``vocabulary``: the
    pipeline's common words, for capitals the document itself cannot explain."""
    cleaner = _Cleaner(text, language, vocabulary)
    kinds = KindOfName(text, cleaner.lex, cleaner.evidence, vocabulary)
    cleaned: list[EntitySpan] = []
    for span in spans:
        result = cleaner.clean(span)
        if result is None:
            continue
        if result.label in NAME_LABELS or result.label is EntityLabel.MISC:
            # Capitals that only mark a sentence start or a heading prove nothing:
            # "Eh", "Jamais", "CHAPITRE" are common words of the document.
            if cleaner.evidence.unproven(result.start, result.end):
                continue
            if (
                result.label in (EntityLabel.ORG, EntityLabel.PLACE)
                and result.text.isalpha()
                and cleaner.evidence.common_word(result.text)
            ):
                continue  # "Etat", "Conseil": a common noun the text mostly writes lower case
            kind = kinds.judge(result)
            if kind is None:
                continue
            result = kind
        cleaned.append(result)
    return cleaned
