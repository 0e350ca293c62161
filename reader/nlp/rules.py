"""Rule stage: dates, times, money and quantities by regular expressions, per language.

spaCy's French pipelines label names only (PER, ORG, LOC, MISC): these rules find
the values. ``RULES`` maps a language code to its rules (:mod:`reader.nlp.rules_french`,
:mod:`reader.nlp.rules_english`); ``COMMON_RULES`` (ISO dates, 24-hour times,
currency symbols, percentages, companies named after their web domain) apply to
every language. To add a language, write its tuple of :class:`Rule` (``rule``,
``number_rules`` and the pattern pieces of :mod:`reader.nlp.value_patterns`) like
``FRENCH_RULES`` and register it in ``RULES``.

A rule never tags a bare number: a number needs a unit, a currency, a scale word
("millions"), a month, an hour mark or a cue word ("en 2016") to become a span.
Cached results depend on the rules: :mod:`reader.nlp.fingerprint` keys them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.rules_english import ENGLISH_RULES
from reader.nlp.rules_french import FRENCH_RULES
from reader.nlp.spans import select_disjoint
from reader.nlp.value_patterns import (
    CURRENCY_SYMBOLS,
    NUM_ANY,
    SCALE_ABBR,
    SP,
    START,
    STOP,
    TIMEZONE,
    YEAR_DIGITS,
    D,
    M,
    Q,
    Rule,
    T,
    iso_date,
    rule,
)

COMMON_RULES: tuple[Rule, ...] = (
    rule(
        D,
        rf"{START}(?P<y>{YEAR_DIGITS})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){STOP}",
        check=iso_date,
        name="iso date",
        digits=True,
    ),
    rule(
        T,
        rf"{START}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])(?:{SP}?{TIMEZONE}{STOP})?",
        name="24-hour time",
        digits=True,
    ),
    rule(M, rf"(?<![\w$€£¥]){CURRENCY_SYMBOLS}{SP}?{NUM_ANY}{STOP}", name="symbol amount"),
    rule(
        M,
        rf"{START}{NUM_ANY}{SP}?(?:{SCALE_ABBR}{SP}?)?(?:[€£¥₹₽₩₺₪฿₫]|\$(?!\w))",
        name="amount symbol",
        digits=True,
    ),
    rule(Q, rf"{START}{NUM_ANY}{SP}?%", name="percent sign", digits=True),
    rule(
        EntityLabel.ORG,
        r"(?<![\w.@/:-])[A-Z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|io|ai|tv|fr|de|cn)"
        r"(?![\w/@-]|\.\w)",
        name="company named after its domain",
    ),
)

RULES: dict[str, tuple[Rule, ...]] = {
    "fr": FRENCH_RULES,
    "en": ENGLISH_RULES,
}
"""Language code -> its rules (COMMON_RULES are added to every language)."""


_DIGIT_RUN = re.compile(r"\d+")


def rules_for(language: str | None) -> tuple[Rule, ...]:
    """The rules for ``language``: its own, then the common ones."""
    own = RULES.get(language, ()) if language is not None else ()
    return own + COMMON_RULES


def rule_spans(text: str, language: str | None) -> list[EntitySpan]:
    """Every value the rules find, longest first where matches overlap; sorted by offset.

    On overlap the longer match wins; at equal length, the earlier rule in the list.
    """
    found: list[_Found] = []
    digit_runs: list[int] | None = None
    for order, each in enumerate(rules_for(language)):
        matches: Iterable[re.Match[str] | None]
        if each.digits:
            if digit_runs is None:
                digit_runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
            match_at = each.pattern.match
            matches = (match_at(text, pos) for pos in digit_runs)
        else:
            matches = each.pattern.finditer(text)
        for match in matches:
            if match is None or (each.check is not None and not each.check(match)):
                continue
            start, end = match.span(each.group)
            if end > start:
                found.append(_Found(start, end, order, each.label))
    chosen = select_disjoint(found, lambda f: (f.start - f.end, f.order, f.start))
    return [EntitySpan(f.start, f.end, f.label, text[f.start : f.end], "rule") for f in chosen]


class _Found(NamedTuple):
    start: int
    end: int
    order: int
    label: EntityLabel
