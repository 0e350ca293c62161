"""How words are written across a document: the evidence that a capital means a name.

A capital proves little at the start of a sentence, a line or a dialogue turn, or
in an all-caps heading ("Eh", "Jamais", "CHAPITRE"). There the document itself
tells a common word from a name: a word written in lower case inside sentences
more often than it is written capitalised inside sentences is a common word.
Where the document is silent (the word is never written inside a sentence, as
"Pardonnez" or "Parbleu" at the start of dialogue turns), the pipeline's own lexicon
of common words decides (:mod:`reader.nlp.vocabulary`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from reader.nlp.vocabulary import Vocabulary

# Characters that may stand between a sentence end (or a line start) and its first word.
_OPENERS = frozenset(" \t\u00a0\u202f«“\"'‘(—–-[*_")
_SENTENCE_END = frozenset('.!?…»"“”:;')
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?")
# A word after a line start, sentence end or opener: where starts_sentence may be true.
_FIRST_WORD = re.compile(
    r"(?:^|(?<=[\n.!?…»\"“”:;]))[ \t\u00a0\u202f«“\"'‘(—–\-\[*_]*"
    r"([^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*)"
)
# The first word of a heading after its number: "II – Déballage", "2. XIV. Où".
_HEADING_WORD = re.compile(
    r"^[^\w\n]*(?:\d+[^\w\n]*)?(?:[^\W\d_]+[ \t]+)?[IVXLCDM]+\b[^\w\n]+"
    r"([^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*)",
    re.MULTILINE,
)
_ELIDED = re.compile(r"^[^\W\d_]{1,3}['’]")
HEADING_SHARE = 0.8
# Words before a heading's number, in the languages served: "Chapitre VII Cravatte".
HEADING_WORDS = frozenset(
    ["chapitre", "livre", "tome", "partie", "section", "chapter", "book", "part", "volume"]
)
# Abbreviated titles before a name, in the languages served: their full stop ends no sentence.
TITLE_ABBREVIATIONS = frozenset(
    [
        "M",
        "MM",
        "Mme",
        "Mmes",
        "Mlle",
        "Mlles",
        "Mgr",
        "Mad",
        "Dr",
        "Pr",
        "St",
        "Ste",
        "Me",
        "Mr",
        "Mrs",
        "Ms",
    ]
)  # a line this much upper-case (by letters) is all caps


def starts_sentence(text: str, start: int) -> bool:
    """Is ``start`` the first word of the text, a line, a sentence or a dialogue turn?"""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i].isupper() and i < start - 1:
        return _heading_number_before(text, i)  # "II – Déballage aux flambeaux"
    if text[i] == ".":
        word_start = i
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        abbreviation = text[word_start:i]
        if abbreviation in TITLE_ABBREVIATIONS or (
            len(abbreviation) == 1 and abbreviation.isupper()
        ):
            return False  # "M. Dupont", "J. Verne": the full stop ends an abbreviation
    return text[i] in _SENTENCE_END


def _heading_number_before(text: str, end: int) -> bool:
    """Is ``text[..end]`` (inclusive) a roman numeral opening its line (after a list
    number or a heading word, if any: "2. II", "Chapitre VII")?"""
    word_start = end
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    line_start = text.rfind("\n", 0, word_start) + 1
    return opens_heading(text[line_start:word_start]) and is_roman_numeral(
        text[word_start : end + 1]
    )


def opens_heading(before: str) -> bool:
    """Is ``before`` (a line up to a number) what may precede a heading's number:
    nothing, a list number, or a heading word ("Chapitre", "Livre", "Chapter")?"""
    words = _WORD.findall(before)
    return not words or (len(words) == 1 and words[0].lower() in HEADING_WORDS)


def fold(word: str) -> str:
    """Lower case without accents: OCR and old print drop accents on capitals ('Etat')."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_roman_numeral(word: str) -> bool:
    """'IX', 'XIV.', 'II': a roman numeral in capitals (never a name on its own)."""
    return len(word.rstrip(".")) >= 1 and _ROMAN.fullmatch(word) is not None


def upper_share(line: str) -> float:
    """The share of capitals among the cased letters of ``line`` (0 with fewer than 2)."""
    upper = sum(map(str.isupper, line))  # map of a C method: no Python frame per letter
    cased = upper + sum(map(str.islower, line))
    return upper / cased if cased >= 2 else 0.0


class CaseEvidence:
    """Counts of each word's forms in one text (folded, see :func:`fold`), computed
    once, looked up per span."""

    def __init__(
        self,
        text: str,
        vocabulary: Vocabulary | None = None,
        function_words: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.function_words = function_words  # pronouns after a verb: "Saurais-tu"
        self._lower: Counter[str] | None = None
        self._inside: Counter[str] | None = None
        self._caps_lines: dict[int, bool] = {}

    def _count(self) -> tuple[Counter[str], Counter[str]]:
        if self._lower is None or self._inside is None:
            text = self.text
            forms = Counter(_WORD.findall(text))  # at C speed; then once per distinct form
            starting = Counter(
                match.group(1)
                for pattern in (_FIRST_WORD, _HEADING_WORD)
                for match in pattern.finditer(text)
                if starts_sentence(text, match.start(1))
            )
            lower: Counter[str] = Counter()
            inside: Counter[str] = Counter()
            for word, count in forms.items():
                first = word[0]
                if first.islower():
                    lower[fold(word)] += count
                elif first.isupper() and not word.isupper() and count > starting[word]:
                    inside[fold(word)] += count - starting[word]
            self._lower, self._inside = lower, inside
        return self._lower, self._inside

    def in_caps_line(self, start: int) -> bool:
        """Is the line around ``start`` written in capitals (a heading, an OCR title)?"""
        line_start = self.text.rfind("\n", 0, start) + 1
        if line_start not in self._caps_lines:
            line_end = self.text.find("\n", start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            self._caps_lines[line_start] = upper_share(line) >= HEADING_SHARE
        return self._caps_lines[line_start]

    def common_word(self, word: str) -> bool:
        """Written in lower case in this text at least as often as capitalised inside
        sentences: 'Jamais' -> 'jamais', 'CHAPITRE' -> 'chapitre'."""
        lower, inside = self._count()
        key = fold(word)
        return lower[key] > 0 and lower[key] >= inside[key]

    def ordinary_word(self, word: str) -> bool:
        """A common word by this text's evidence (:meth:`common_word`), or, when the text
        never writes it capitalised inside a sentence, by the pipeline's lexicon (a verb
        with its pronouns, "Saurais-tu", "Montait-il", by the verb)."""
        if self.common_word(word):
            return True
        if self.vocabulary is None or len(word) < 2:
            return False  # one letter: an initial ("G. P.")
        _, inside = self._count()
        if inside[fold(word)]:
            return False
        head, *rest = word.split("-")
        if rest and all(part.lower() in self.function_words for part in rest):
            word = head
        return self.vocabulary.has(word)

    def used_in_lower_case(self, word: str) -> bool:
        """Is ``word`` (or it without or with a plural 's') written in lower case here?"""
        lower, _ = self._count()
        low = fold(word)
        stem = low[:-1] if low.endswith(("s", "x")) else low
        return lower[low] > 0 or lower[stem] > 0 or lower[stem + "s"] > 0

    def unproven(self, start: int, end: int) -> bool:
        """A name span whose every capital may be positional (sentence start, all-caps
        line) and whose every word is a common word of the document: no evidence."""
        words = list(_WORD.finditer(self.text, start, end))
        if not words:
            return False
        caps_line = self.in_caps_line(start)
        capitals = False
        for i, match in enumerate(words):
            word = _ELIDED.sub("", match.group())  # "L'évêque": the noun is "évêque"
            if not word or not word[0].isupper() or (i > 0 and is_roman_numeral(word)):
                continue  # "Chapitre IX": the numeral is a number, not evidence of a name
            capitals = True
            positional = caps_line or (i == 0 and starts_sentence(self.text, match.start()))
            if not positional:
                return False  # a capital inside a sentence: the writer meant a name
            if not self.ordinary_word(word):
                return False
        # No capital left but cased letters: "L'évêque" is a common noun after an elision.
        return capitals or any(c.islower() for c in self.text[start:end])
