"""Rule stage: dates, times, money and quantities by regular expressions, per language.

spaCy's French pipelines label names only (PER, ORG, LOC, MISC): these rules find
the values. ``RULES`` maps a language code to its rules; ``COMMON_RULES`` (ISO
dates, 24-hour times, currency symbols, percentages, companies named after their
web domain) apply to every language. To add a language, write its tuple of
:class:`Rule` (``_rule``, ``_number_rules``; month, weekday, currency and unit word
lists) like ``FRENCH_RULES`` and register it in ``RULES``.

A rule never tags a bare number: a number needs a unit, a currency, a scale word
("millions"), a month, an hour mark or a cue word ("en 2016") to become a span.
Bump ``RULES_VERSION`` whenever a rule changes: cached results depend on it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.spans import select_disjoint

RULES_VERSION = "2026.11-1"

Check = Callable[["re.Match[str]"], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """``pattern`` matches; the span is ``group`` of the match (cue words left out)."""

    label: EntityLabel
    pattern: re.Pattern[str]
    group: int | str = "v"
    check: Check | None = None
    name: str = ""
    # Every match starts at the first digit of a run of digits: the pattern is tried
    # only there (``match``), ~10x faster than scanning every position.
    digits: bool = False


def _rule(
    label: EntityLabel,
    pattern: str,
    *,
    check: Check | None = None,
    name: str = "",
    flags: int = 0,
    digits: bool = False,
) -> Rule:
    """A rule whose span is the named group ``v`` if the pattern has one, else the match."""
    compiled = re.compile(pattern, flags | re.VERBOSE)
    group: int | str = "v" if "v" in compiled.groupindex else 0
    return Rule(label, compiled, group, check, name, digits)


def _number_rules(
    label: EntityLabel, digits: str, words: str, tail: str, *, name: str, flags: int = 0
) -> tuple[Rule, Rule]:
    """One rule twice: for a number in digits (fast path) and for a number in words."""
    return (
        _rule(label, rf"{_B}{digits}{tail}", name=name, flags=flags, digits=True),
        _rule(label, rf"{_B}{words}{tail}", name=f"{name} in words", flags=flags | re.IGNORECASE),
    )


def _list(words: str) -> list[str]:
    return words.split()


def _alt(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first (then in order: the same pattern in
    every process, so cache keys built from it agree), each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Boundaries: a value never starts or ends inside a word or a number.
_B = r"(?<![\w.,])"  # not after a letter, digit, '.' or ','
_E = r"(?![\w])"
_SP = r"[ \u00a0\u202f]"  # a space, no-break space or narrow no-break space
_APOS = r"['’]"

# --- numbers -----------------------------------------------------------------------
NUM_FR = rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?:,\d+)?"  # 10 000 ; 2,5
NUM_EN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 10,000 ; 3.5
NUM_ANY = rf"(?:\d{{1,3}}(?:(?:{_SP}|[,.])\d{{3}})+|\d+)(?:[.,]\d+)?"

WORD_NUMS_FR = _list(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt trente quarante cinquante soixante cent cents"
)
WORD_NUMS_EN = _list(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred a half"
)


def _word_number(words: list[str], joiner: str) -> str:
    """Numbers in words: 'deux', 'vingt-et-un', 'one hundred and fifty'."""
    one = rf"(?:{_alt(words)})(?!\w)"
    return rf"(?:{one}(?:[-\s](?:{joiner}[-\s])?{one})*)"


WNUM_FR = _word_number(WORD_NUMS_FR, "et")
WNUM_EN = _word_number(WORD_NUMS_EN, "and")

SCALE_FR = r"(?:milliers|millions?|milliards?|billions?)"
SCALE_EN = r"(?:thousand|million|billion|trillion)s?"

# --- money ----------------------------------------------------------------------------
CURRENCY_SYMBOLS = r"(?:US\$|C\$|A\$|HK\$|NZ\$|R\$|[$€£¥₹₽₩₺₪฿₫])"
CURRENCY_CODES = r"(?:EUR|USD|GBP|CHF|CNY|RMB|JPY|CAD|AUD|HKD|INR|RUB|BRL|XOF|XAF|SEK|NOK|DKK)"
CURRENCY_FR = (
    r"(?:euros?|dollars?(?:\s(?:américains?|canadiens?|australiens?|US|de\sHong\sKong))?"
    r"|livres?\ssterling|francs?(?:\s(?:suisses?|CFA))?|yuans?|yens?|roubles?"
    r"|roupies?|wons?|réals?|reais|pesos?|dinars?|dirhams?|bitcoins?|centimes?)"
)
CURRENCY_EN = (
    r"(?:(?:US\s|U\.S\.\s|Canadian\s|Australian\s|Hong\sKong\s)?dollars?|euros?|pounds\ssterling"
    r"|yuan|renminbi|yen|rupees?|roubles?|rubles?|pesos?|francs?|bitcoins?|cents?)"
)
SCALE_ABBR = r"(?:k|K|M|Md|Mds|Mrd|Mrds|bn|m|mn|B|tn)"

# --- units ---------------------------------------------------------------------------
UNITS_COMMON = _list(
    "km² km2 km³ m² m2 m³ m3 cm² km cm mm nm µm m kg mg g t ha hl l ml "
    "kWh MWh GWh TWh kW MW GW TW W kV V mAh Ah mA Hz kHz MHz GHz "
    "Ko Mo Go To Po KB MB GB TB PB Mbit/s Gbit/s Mb/s Gb/s km/h mph °C °F"
)
UNITS_FR = _list(
    "kilomètres kilomètre mètres mètre centimètres centimètre millimètres millimètre "
    "kilos kilo kilogrammes kilogramme grammes gramme tonnes tonne litres litre "
    "hectolitres hectolitre hectares hectare barils baril mégawatts mégawatt gigawatts "
    "gigawatt kilowatts kilowatt watts watt octets octet téraoctets téraoctet gigaoctets "
    "gigaoctet mégaoctets mégaoctet pétaoctets pétaoctet degrés degré nœuds nœud miles "
    "pieds pied pouces pouce acres"
)
UNITS_EN = _list(
    "kilometers kilometer kilometres kilometre meters meter metres metre centimeters "
    "centimeter millimeters millimeter miles mile feet foot ft inches inch yards yard "
    "kilograms kilogram kilos grams gram tons ton tonnes tonne lbs lb ounces ounce oz "
    "liters liter litres litre gallons gallon barrels barrel acres acre hectares hectare "
    "megawatts megawatt gigawatts gigawatt kilowatts kilowatt watts watt terabytes "
    "terabyte gigabytes gigabyte megabytes megabyte petabytes petabyte degrees degree knots"
)
UNIT_FR = rf"(?:{_alt(UNITS_FR + UNITS_COMMON)})(?:{_SP}(?:carrés?|cubes?|Celsius))?"
UNIT_EN = (
    rf"(?:(?:square|cubic){_SP})?(?:{_alt(UNITS_EN + UNITS_COMMON)})"
    rf"(?:{_SP}(?:Celsius|Fahrenheit))?"
)
_UNIT_END = r"(?![\w/²³'’])"

# --- calendar -------------------------------------------------------------------------
MONTHS_FR = _list(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre"
)
MONTH_ABBR_FR = _list("janv. févr. fév. avr. juil. sept. oct. nov. déc.")
WEEKDAYS_FR = _list("lundi mardi mercredi jeudi vendredi samedi dimanche")
MONTHS_EN = _list(
    "January February March April May June July August September October November December"
)
MONTH_ABBR_EN = _list("Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.")
WEEKDAYS_EN = _list("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WEEKDAY_ABBR_EN = _list("Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.")

MONTH_FR = rf"(?:{_alt(MONTH_ABBR_FR)}|(?:{_alt(MONTHS_FR)})(?!\w))"
WEEKDAY_FR = rf"(?:{_alt(WEEKDAYS_FR)})(?!\w)"
MONTH_EN = rf"(?:{_alt(MONTH_ABBR_EN)}|(?:{_alt(MONTHS_EN)})(?!\w))"
WEEKDAY_EN = rf"(?:{_alt(WEEKDAY_ABBR_EN)}|(?:{_alt(WEEKDAYS_EN)})(?!\w))"
YEAR_DIGITS = r"(?:1[0-9]{3}|20[0-9]{2})"
YEAR = rf"{YEAR_DIGITS}(?![\d,.]\d)"
_NOT_VALUE_AFTER = r"(?!\s*(?:%|‰|€|\$|£))"
TIMEZONE = r"(?:GMT|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|HKT|JST)"


def _valid_date(day: int, month: int, year: int | None) -> bool:
    try:
        datetime.date(year if year is not None else 2000, month, day)  # 2000: leap year
    except ValueError:
        return False
    return True


def _numeric_date_dmy(match: re.Match[str]) -> bool:
    """d/m or d/m/y with a real day and month."""
    year = match.group("y")
    return _valid_date(int(match.group("d")), int(match.group("m")), _year(year))


def _numeric_date_any(match: re.Match[str]) -> bool:
    """a/b/yyyy: valid read as day/month or as month/day."""
    a, b, year = int(match.group("a")), int(match.group("b")), _year(match.group("y"))
    return _valid_date(a, b, year) or _valid_date(b, a, year)


def _iso_date(match: re.Match[str]) -> bool:
    return _valid_date(int(match.group("d")), int(match.group("m")), int(match.group("y")))


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value + 2000 if len(text) == 2 else value


# --- rules ----------------------------------------------------------------------------
D, T, M, Q = EntityLabel.DATE, EntityLabel.TIME, EntityLabel.MONEY, EntityLabel.QUANTITY

COMMON_RULES: tuple[Rule, ...] = (
    _rule(
        D,
        rf"{_B}(?P<y>{YEAR_DIGITS})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){_E}",
        check=_iso_date,
        name="iso date",
        digits=True,
    ),
    _rule(
        T,
        rf"{_B}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])(?:{_SP}?{TIMEZONE}{_E})?",
        name="24-hour time",
        digits=True,
    ),
    _rule(M, rf"(?<![\w$€£¥]){CURRENCY_SYMBOLS}{_SP}?{NUM_ANY}{_E}", name="symbol amount"),
    _rule(
        M,
        rf"{_B}{NUM_ANY}{_SP}?(?:{SCALE_ABBR}{_SP}?)?(?:[€£¥₹₽₩₺₪฿₫]|\$(?!\w))",
        name="amount symbol",
        digits=True,
    ),
    _rule(Q, rf"{_B}{NUM_ANY}{_SP}?%", name="percent sign", digits=True),
    _rule(
        EntityLabel.ORG,
        r"(?<![\w.@/:-])[A-Z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|io|ai|tv|fr|de|cn)"
        r"(?![\w/@-]|\.\w)",
        name="company named after its domain",
    ),
)

# 11 septembre 2016 ; 12 sept. ; le 1er mai (without "le") ; 11-12 mars ; du 14 au 25 mai
_DAY_MONTH_FR = (
    rf"(?:(?:1er|\d{{1,2}}){_SP}*(?:-|–|et|au){_SP}*)?"
    rf"(?:1er|[12]\d|3[01]|0?[1-9]){_SP}+{MONTH_FR}(?:{_SP}+{YEAR})?"
)
_MONEY_TAIL_FR = rf"(?:{_SP}{SCALE_FR})?(?:{_SP}de{_SP}|{_SP}d{_APOS}|{_SP}){CURRENCY_FR}{_E}"
_PERCENT_FR = rf"{_SP}?(?:%|pour{_SP}cent|points?{_SP}de{_SP}pourcentage)(?!\w)"

FRENCH_RULES: tuple[Rule, ...] = (
    _rule(D, rf"{_B}{_DAY_MONTH_FR}", name="day month year", flags=re.IGNORECASE, digits=True),
    _rule(
        D,
        rf"{_B}{WEEKDAY_FR}{_SP}+{_DAY_MONTH_FR}",
        name="weekday day month year",
        flags=re.IGNORECASE,
    ),
    _rule(D, rf"{_B}{MONTH_FR}{_SP}+{YEAR}", name="month year", flags=re.IGNORECASE),
    _rule(
        D,
        rf"(?<!\w)(?i:en|début|fin|mi-|depuis|dès|courant|d{_APOS}ici|jusqu{_APOS}en)"
        rf"{_SP}?(?P<v>(?:{_alt(MONTHS_FR)})(?!\w))",
        name="cue month",
    ),
    _rule(
        D,
        rf"(?<!\w)(?P<v>{WEEKDAY_FR}(?:{_SP}+(?:matin|soir|midi|après-midi))?)",
        name="weekday",
        flags=re.IGNORECASE,
    ),
    # 13/09 ; 13/09/2016 ; 13.09.2016 ; 13-09-2016
    _rule(
        D,
        r"(?<![\w/.,-])(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])"
        r"(?:/(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,]\d)",
        check=_numeric_date_dmy,
        name="numeric date",
        digits=True,
    ),
    _rule(
        D,
        r"(?<![\w/.,-])(?P<d>0?[1-9]|[12]\d|3[01])[.-](?P<m>0?[1-9]|1[0-2])[.-]"
        r"(?P<y>\d{4})(?![\w/]|[.,]\d)",
        check=_numeric_date_dmy,
        name="numeric date dots",
        digits=True,
    ),
    _rule(
        D,
        rf"(?<!\w)(?i:en|depuis|dès|avant|après|vers|jusqu{_APOS}en|d{_APOS}ici|fin|début|mi-"
        rf"|courant|année|l{_APOS}an){_SP}?(?P<v>{YEAR}){_E}{_NOT_VALUE_AFTER}",
        name="cue year",
    ),
    _rule(
        D,
        rf"(?<!\w)(?:printemps|été|automne|hiver){_SP}+{YEAR}{_E}",
        name="season year",
        flags=re.IGNORECASE,
    ),
    _rule(
        D,
        rf"(?<!\w)(?P<v>années{_SP}(?:(?:19|20)\d0|[1-9]0)){_E}",
        name="decade",
        flags=re.IGNORECASE,
    ),
    _rule(D, rf"{_B}\d{{1,2}}(?:e|er|ème|eme){_SP}siècle", name="century", digits=True),
    _rule(D, rf"{_B}[IVX]+(?:e|er|ème|eme){_SP}siècle", name="century in roman numerals"),
    # 13h34 ; 13 h 34 ; 8h ; à 14 heures
    _rule(
        T, rf"{_B}(?:[01]?\d|2[0-3]){_SP}?h{_SP}?[0-5]\d(?!\d)", name="hour h minute", digits=True
    ),
    _rule(T, rf"{_B}(?:[01]?\d|2[0-3]){_SP}?h(?![\w/])", name="hour h", digits=True),
    _rule(
        T,
        rf"(?<!\w)(?:à|vers|dès|avant|après|jusqu{_APOS}à|depuis){_SP}"
        rf"(?P<v>(?:[01]?\d|2[0-3]){_SP}heures?(?:{_SP}(?:[0-5]\d|et{_SP}demie|et{_SP}quart)"
        rf"|{_SP}moins{_SP}le{_SP}quart)?){_E}",
        name="cue heures",
    ),
    # 2,5 milliards d’euros ; 10 euros ; deux millions de dollars ; 5 M€ ; 10 000 EUR
    *_number_rules(M, NUM_FR, WNUM_FR, _MONEY_TAIL_FR, name="amount currency", flags=re.IGNORECASE),
    _rule(
        M,
        rf"{_B}{NUM_FR}(?:{_SP}{SCALE_FR})?{_SP}(?:d{_APOS}|de{_SP})?{CURRENCY_CODES}{_E}",
        name="amount code",
        digits=True,
    ),
    _rule(M, rf"(?<!\w){CURRENCY_CODES}{_SP}{NUM_ANY}(?:{_SP}{SCALE_FR})?{_E}", name="code amount"),
    # 50 % ; 50 pour cent ; 2 points de pourcentage
    *_number_rules(Q, NUM_FR, WNUM_FR, _PERCENT_FR, name="percent", flags=re.IGNORECASE),
    # 3 km ; 1,5 million de tonnes ; 20 °C
    _rule(
        Q,
        rf"{_B}{NUM_FR}(?:{_SP}{SCALE_FR}(?:{_SP}de{_SP}|{_SP}d{_APOS}))?{_SP}?{UNIT_FR}"
        rf"{_UNIT_END}",
        name="amount unit",
        digits=True,
    ),
    # 1,5 million ; deux millions ; 300 milliards (not "des millions")
    *_number_rules(
        Q, NUM_FR, WNUM_FR, rf"{_SP}{SCALE_FR}{_E}", name="scaled number", flags=re.IGNORECASE
    ),
)

# 11 November 2016 ; 11th of November
_DAY_MONTH_EN = (
    rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?{MONTH_EN}(?:,?{_SP}+{YEAR})?"
)

ENGLISH_RULES: tuple[Rule, ...] = (
    # Nov. 11, 2016 ; Monday, Sept. 12 ; September 11 ; September 11th, 2001
    _rule(
        D,
        rf"(?<!\w)(?:{WEEKDAY_EN},?{_SP}+)?{MONTH_EN}{_SP}*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?!\d)(?:,?{_SP}+{YEAR})?(?![\d:])",
        name="month day year",
    ),
    _rule(D, rf"{_B}{_DAY_MONTH_EN}", name="day month year", digits=True),
    _rule(D, rf"{_B}{WEEKDAY_EN},?{_SP}+{_DAY_MONTH_EN}", name="weekday day month year"),
    _rule(D, rf"(?<!\w){MONTH_EN}{_SP}+{YEAR}", name="month year"),
    _rule(
        D,
        rf"(?<!\w)(?i:in|since|by|until|till|before|after|during|early|late|mid-|from|through)"
        rf"{_SP}?(?P<v>{_alt(m for m in MONTHS_EN if m != 'May')})(?!\w)",
        name="cue month",
    ),
    _rule(D, rf"(?<!\w)(?P<v>{_alt(WEEKDAYS_EN)})(?!\w)", name="weekday"),
    # 11/26/2026 or 26/11/2026 (year required: 3/4 alone may be a fraction)
    _rule(
        D,
        r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
        r"(?![\w/]|[.,]\d)",
        check=_numeric_date_any,
        name="numeric date",
        digits=True,
    ),
    _rule(
        D,
        rf"(?<!\w)(?i:in|since|by|until|till|before|after|during|early|late|mid-|from|through"
        rf"|year){_SP}?(?P<v>{YEAR}){_E}{_NOT_VALUE_AFTER}",
        name="cue year",
    ),
    _rule(
        D,
        rf"(?<!\w)(?:spring|summer|autumn|fall|winter){_SP}+{YEAR}{_E}",
        name="season year",
        flags=re.IGNORECASE,
    ),
    _rule(D, rf"{_B}(?:1[5-9]|20)\d0s{_E}", name="decade", digits=True),
    _rule(D, rf"{_B}['’]\d0s{_E}", name="short decade"),
    _rule(D, rf"{_B}\d{{1,2}}(?:st|nd|rd|th)(?:-|{_SP})century{_E}", name="century", digits=True),
    # 2:05 p.m. ; 3 pm ; 10am
    _rule(
        T,
        rf"{_B}(?:1[0-2]|0?[1-9])(?::[0-5]\d)?{_SP}?(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?!\w)"
        rf"(?:{_SP}{TIMEZONE}{_E})?",
        name="12-hour time",
        digits=True,
    ),
    # $3.5 billion ; 3.5 billion dollars ; two million euros ; £5m ; USD 10
    _rule(
        M,
        rf"(?<![\w$€£¥]){CURRENCY_SYMBOLS}{_SP}?{NUM_EN}(?:{_SP}?(?:{SCALE_EN}|{SCALE_ABBR}))?"
        rf"{_E}",
        name="symbol amount scale",
    ),
    *_number_rules(
        M,
        NUM_EN,
        WNUM_EN,
        rf"(?:{_SP}{SCALE_EN})?{_SP}{CURRENCY_EN}{_E}",
        name="amount currency",
        flags=re.IGNORECASE,
    ),
    _rule(M, rf"(?<!\w){CURRENCY_CODES}{_SP}{NUM_EN}(?:{_SP}{SCALE_EN})?{_E}", name="code amount"),
    _rule(
        M,
        rf"{_B}{NUM_EN}(?:{_SP}{SCALE_EN})?{_SP}{CURRENCY_CODES}{_E}",
        name="amount code",
        digits=True,
    ),
    # 50% ; 50 percent ; 3 km ; 1.5 million ; two million
    *_number_rules(
        Q,
        NUM_EN,
        WNUM_EN,
        rf"{_SP}?(?:%|percent|per{_SP}cent|percentage{_SP}points?)(?!\w)",
        name="percent",
        flags=re.IGNORECASE,
    ),
    _rule(
        Q,
        rf"{_B}{NUM_EN}(?:{_SP}{SCALE_EN})?(?:-|{_SP}?){UNIT_EN}{_UNIT_END}",
        name="amount unit",
        digits=True,
    ),
    *_number_rules(
        Q, NUM_EN, WNUM_EN, rf"{_SP}{SCALE_EN}{_E}", name="scaled number", flags=re.IGNORECASE
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
    for order, rule in enumerate(rules_for(language)):
        matches: Iterable[re.Match[str] | None]
        if rule.digits:
            if digit_runs is None:
                digit_runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
            match_at = rule.pattern.match
            matches = (match_at(text, pos) for pos in digit_runs)
        else:
            matches = rule.pattern.finditer(text)
        for match in matches:
            if match is None or (rule.check is not None and not rule.check(match)):
                continue
            start, end = match.span(rule.group)
            if end > start:
                found.append(_Found(start, end, order, rule.label))
    chosen = select_disjoint(found, lambda f: (f.start - f.end, f.order, f.start))
    return [EntitySpan(f.start, f.end, f.label, text[f.start : f.end], "rule") for f in chosen]


class _Found(NamedTuple):
    start: int
    end: int
    order: int
    label: EntityLabel
