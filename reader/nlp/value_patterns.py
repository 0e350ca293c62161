"""Building blocks of the value rules: the :class:`Rule` type and its makers, and the
pattern pieces and word lists for numbers, money, units and the calendar, per language.

The rules themselves are in :mod:`reader.nlp.rules` (common to every language),
:mod:`reader.nlp.rules_french` and :mod:`reader.nlp.rules_english`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.core.entities import EntityLabel

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


def rule(
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


def number_rules(
    label: EntityLabel, digits: str, words: str, tail: str, *, name: str, flags: int = 0
) -> tuple[Rule, Rule]:
    """One rule twice: for a number in digits (fast path) and for a number in words."""
    return (
        rule(label, rf"{START}{digits}{tail}", name=name, flags=flags, digits=True),
        rule(label, rf"{START}{words}{tail}", name=f"{name} in words", flags=flags | re.IGNORECASE),
    )


def word_list(words: str) -> list[str]:
    return words.split()


def alternation(words: Iterable[str]) -> str:
    """Alternation of literal words, longest first (then in order: the same pattern in
    every process, so cache keys built from it agree), each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Boundaries: a value never starts or ends inside a word or a number.
START = r"(?<![\w.,])"  # not after a letter, digit, '.' or ','
STOP = r"(?![\w])"
SP = r"[ \u00a0\u202f]"  # a space, no-break space or narrow no-break space
APOS = r"['’]"

# --- numbers -----------------------------------------------------------------------
NUM_FR = rf"(?:\d{{1,3}}(?:{SP}\d{{3}})+|\d+)(?:,\d+)?"  # 10 000 ; 2,5
NUM_EN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 10,000 ; 3.5
NUM_ANY = rf"(?:\d{{1,3}}(?:(?:{SP}|[,.])\d{{3}})+|\d+)(?:[.,]\d+)?"

WORD_NUMS_FR = word_list(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt trente quarante cinquante soixante cent cents"
)
WORD_NUMS_EN = word_list(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred a half"
)


def _word_number(words: list[str], joiner: str) -> str:
    """Numbers in words: 'deux', 'vingt-et-un', 'one hundred and fifty'."""
    one = rf"(?:{alternation(words)})(?!\w)"
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
UNITS_COMMON = word_list(
    "km² km2 km³ m² m2 m³ m3 cm² km cm mm nm µm m kg mg g t ha hl l ml "
    "kWh MWh GWh TWh kW MW GW TW W kV V mAh Ah mA Hz kHz MHz GHz "
    "Ko Mo Go To Po KB MB GB TB PB Mbit/s Gbit/s Mb/s Gb/s km/h mph °C °F"
)
UNITS_FR = word_list(
    "kilomètres kilomètre mètres mètre centimètres centimètre millimètres millimètre "
    "kilos kilo kilogrammes kilogramme grammes gramme tonnes tonne litres litre "
    "hectolitres hectolitre hectares hectare barils baril mégawatts mégawatt gigawatts "
    "gigawatt kilowatts kilowatt watts watt octets octet téraoctets téraoctet gigaoctets "
    "gigaoctet mégaoctets mégaoctet pétaoctets pétaoctet degrés degré nœuds nœud miles "
    "pieds pied pouces pouce acres"
)
UNITS_EN = word_list(
    "kilometers kilometer kilometres kilometre meters meter metres metre centimeters "
    "centimeter millimeters millimeter miles mile feet foot ft inches inch yards yard "
    "kilograms kilogram kilos grams gram tons ton tonnes tonne lbs lb ounces ounce oz "
    "liters liter litres litre gallons gallon barrels barrel acres acre hectares hectare "
    "megawatts megawatt gigawatts gigawatt kilowatts kilowatt watts watt terabytes "
    "terabyte gigabytes gigabyte megabytes megabyte petabytes petabyte degrees degree knots"
)
UNIT_FR = rf"(?:{alternation(UNITS_FR + UNITS_COMMON)})(?:{SP}(?:carrés?|cubes?|Celsius))?"
UNIT_EN = (
    rf"(?:(?:square|cubic){SP})?(?:{alternation(UNITS_EN + UNITS_COMMON)})"
    rf"(?:{SP}(?:Celsius|Fahrenheit))?"
)
UNIT_END = r"(?![\w/²³'’])"

# --- calendar -------------------------------------------------------------------------
MONTHS_FR = word_list(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre"
)
MONTH_ABBR_FR = word_list("janv. févr. fév. avr. juil. sept. oct. nov. déc.")
WEEKDAYS_FR = word_list("lundi mardi mercredi jeudi vendredi samedi dimanche")
MONTHS_EN = word_list(
    "January February March April May June July August September October November December"
)
MONTH_ABBR_EN = word_list("Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.")
WEEKDAYS_EN = word_list("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WEEKDAY_ABBR_EN = word_list("Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.")

MONTH_FR = rf"(?:{alternation(MONTH_ABBR_FR)}|(?:{alternation(MONTHS_FR)})(?!\w))"
WEEKDAY_FR = rf"(?:{alternation(WEEKDAYS_FR)})(?!\w)"
MONTH_EN = rf"(?:{alternation(MONTH_ABBR_EN)}|(?:{alternation(MONTHS_EN)})(?!\w))"
WEEKDAY_EN = rf"(?:{alternation(WEEKDAY_ABBR_EN)}|(?:{alternation(WEEKDAYS_EN)})(?!\w))"
YEAR_DIGITS = r"(?:1[0-9]{3}|20[0-9]{2})"
YEAR = rf"{YEAR_DIGITS}(?![\d,.]\d)"
NOT_VALUE_AFTER = r"(?!\s*(?:%|‰|€|\$|£))"
TIMEZONE = r"(?:GMT|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|HKT|JST)"


def _valid_date(day: int, month: int, year: int | None) -> bool:
    try:
        datetime.date(year if year is not None else 2000, month, day)  # 2000: leap year
    except ValueError:
        return False
    return True


def numeric_date_dmy(match: re.Match[str]) -> bool:
    """d/m or d/m/y with a real day and month."""
    year = match.group("y")
    return _valid_date(int(match.group("d")), int(match.group("m")), _year(year))


def numeric_date_any(match: re.Match[str]) -> bool:
    """a/b/yyyy: valid read as day/month or as month/day."""
    a, b, year = int(match.group("a")), int(match.group("b")), _year(match.group("y"))
    return _valid_date(a, b, year) or _valid_date(b, a, year)


def iso_date(match: re.Match[str]) -> bool:
    return _valid_date(int(match.group("d")), int(match.group("m")), int(match.group("y")))


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value + 2000 if len(text) == 2 else value


D, T, M, Q = EntityLabel.DATE, EntityLabel.TIME, EntityLabel.MONEY, EntityLabel.QUANTITY
