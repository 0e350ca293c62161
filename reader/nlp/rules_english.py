"""The English value rules: dates ("Nov. 11, 2016", "Monday", "in 2016"), times
("2:05 p.m."), money ("$3.5 billion") and quantities ("50%", "3 km")."""

from __future__ import annotations

import re

from reader.nlp.value_patterns import (
    CURRENCY_CODES,
    CURRENCY_EN,
    CURRENCY_SYMBOLS,
    MONTH_EN,
    MONTHS_EN,
    NOT_VALUE_AFTER,
    NUM_EN,
    SCALE_ABBR,
    SCALE_EN,
    SP,
    START,
    STOP,
    TIMEZONE,
    UNIT_EN,
    UNIT_END,
    WEEKDAY_EN,
    WEEKDAYS_EN,
    WNUM_EN,
    YEAR,
    D,
    M,
    Q,
    Rule,
    T,
    alternation,
    number_rules,
    numeric_date_any,
    rule,
)

# 11 November 2016 ; 11th of November
_DAY_MONTH_EN = (
    rf"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{SP}+(?:of{SP}+)?{MONTH_EN}(?:,?{SP}+{YEAR})?"
)

ENGLISH_RULES: tuple[Rule, ...] = (
    # Nov. 11, 2016 ; Monday, Sept. 12 ; September 11 ; September 11th, 2001
    rule(
        D,
        rf"(?<!\w)(?:{WEEKDAY_EN},?{SP}+)?{MONTH_EN}{SP}*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?!\d)(?:,?{SP}+{YEAR})?(?![\d:])",
        name="month day year",
    ),
    rule(D, rf"{START}{_DAY_MONTH_EN}", name="day month year", digits=True),
    rule(D, rf"{START}{WEEKDAY_EN},?{SP}+{_DAY_MONTH_EN}", name="weekday day month year"),
    rule(D, rf"(?<!\w){MONTH_EN}{SP}+{YEAR}", name="month year"),
    rule(
        D,
        rf"(?<!\w)(?i:in|since|by|until|till|before|after|during|early|late|mid-|from|through)"
        rf"{SP}?(?P<v>{alternation(m for m in MONTHS_EN if m != 'May')})(?!\w)",
        name="cue month",
    ),
    rule(D, rf"(?<!\w)(?P<v>{alternation(WEEKDAYS_EN)})(?!\w)", name="weekday"),
    # 11/26/2026 or 26/11/2026 (year required: 3/4 alone may be a fraction)
    rule(
        D,
        r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
        r"(?![\w/]|[.,]\d)",
        check=numeric_date_any,
        name="numeric date",
        digits=True,
    ),
    rule(
        D,
        rf"(?<!\w)(?i:in|since|by|until|till|before|after|during|early|late|mid-|from|through"
        rf"|year){SP}?(?P<v>{YEAR}){STOP}{NOT_VALUE_AFTER}",
        name="cue year",
    ),
    rule(
        D,
        rf"(?<!\w)(?:spring|summer|autumn|fall|winter){SP}+{YEAR}{STOP}",
        name="season year",
        flags=re.IGNORECASE,
    ),
    rule(D, rf"{START}(?:1[5-9]|20)\d0s{STOP}", name="decade", digits=True),
    rule(D, rf"{START}['’]\d0s{STOP}", name="short decade"),
    rule(
        D, rf"{START}\d{{1,2}}(?:st|nd|rd|th)(?:-|{SP})century{STOP}", name="century", digits=True
    ),
    # 2:05 p.m. ; 3 pm ; 10am
    rule(
        T,
        rf"{START}(?:1[0-2]|0?[1-9])(?::[0-5]\d)?{SP}?(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?!\w)"
        rf"(?:{SP}{TIMEZONE}{STOP})?",
        name="12-hour time",
        digits=True,
    ),
    # $3.5 billion ; 3.5 billion dollars ; two million euros ; £5m ; USD 10
    rule(
        M,
        rf"(?<![\w$€£¥]){CURRENCY_SYMBOLS}{SP}?{NUM_EN}(?:{SP}?(?:{SCALE_EN}|{SCALE_ABBR}))?"
        rf"{STOP}",
        name="symbol amount scale",
    ),
    *number_rules(
        M,
        NUM_EN,
        WNUM_EN,
        rf"(?:{SP}{SCALE_EN})?{SP}{CURRENCY_EN}{STOP}",
        name="amount currency",
        flags=re.IGNORECASE,
    ),
    rule(M, rf"(?<!\w){CURRENCY_CODES}{SP}{NUM_EN}(?:{SP}{SCALE_EN})?{STOP}", name="code amount"),
    rule(
        M,
        rf"{START}{NUM_EN}(?:{SP}{SCALE_EN})?{SP}{CURRENCY_CODES}{STOP}",
        name="amount code",
        digits=True,
    ),
    # 50% ; 50 percent ; 3 km ; 1.5 million ; two million
    *number_rules(
        Q,
        NUM_EN,
        WNUM_EN,
        rf"{SP}?(?:%|percent|per{SP}cent|percentage{SP}points?)(?!\w)",
        name="percent",
        flags=re.IGNORECASE,
    ),
    rule(
        Q,
        rf"{START}{NUM_EN}(?:{SP}{SCALE_EN})?(?:-|{SP}?){UNIT_EN}{UNIT_END}",
        name="amount unit",
        digits=True,
    ),
    *number_rules(
        Q, NUM_EN, WNUM_EN, rf"{SP}{SCALE_EN}{STOP}", name="scaled number", flags=re.IGNORECASE
    ),
)
