"""The French value rules: dates ("11 septembre 2016", "lundi", "en 2016"), times
("13h34", "à 14 heures"), money ("2,5 milliards d’euros") and quantities ("50 %",
"3 km"). A number alone is never a value: it needs a unit, a currency, a scale word,
a month, an hour mark or a cue word.
"""

from __future__ import annotations

import re

from reader.nlp.value_patterns import (
    APOS,
    CURRENCY_CODES,
    CURRENCY_FR,
    MONTH_FR,
    MONTHS_FR,
    NOT_VALUE_AFTER,
    NUM_ANY,
    NUM_FR,
    SCALE_FR,
    SP,
    START,
    STOP,
    UNIT_END,
    UNIT_FR,
    WEEKDAY_FR,
    WNUM_FR,
    YEAR,
    D,
    M,
    Q,
    Rule,
    T,
    alternation,
    number_rules,
    numeric_date_dmy,
    rule,
)

# 11 septembre 2016 ; 12 sept. ; le 1er mai (without "le") ; 11-12 mars ; du 14 au 25 mai
_DAY_MONTH_FR = (
    rf"(?:(?:1er|\d{{1,2}}){SP}*(?:-|–|et|au){SP}*)?"
    rf"(?:1er|[12]\d|3[01]|0?[1-9]){SP}+{MONTH_FR}(?:{SP}+{YEAR})?"
)
_MONEY_TAIL_FR = rf"(?:{SP}{SCALE_FR})?(?:{SP}de{SP}|{SP}d{APOS}|{SP}){CURRENCY_FR}{STOP}"
_PERCENT_FR = rf"{SP}?(?:%|pour{SP}cent|points?{SP}de{SP}pourcentage)(?!\w)"

FRENCH_RULES: tuple[Rule, ...] = (
    rule(D, rf"{START}{_DAY_MONTH_FR}", name="day month year", flags=re.IGNORECASE, digits=True),
    rule(
        D,
        rf"{START}{WEEKDAY_FR}{SP}+{_DAY_MONTH_FR}",
        name="weekday day month year",
        flags=re.IGNORECASE,
    ),
    rule(D, rf"{START}{MONTH_FR}{SP}+{YEAR}", name="month year", flags=re.IGNORECASE),
    rule(
        D,
        rf"(?<!\w)(?i:en|début|fin|mi-|depuis|dès|courant|d{APOS}ici|jusqu{APOS}en)"
        rf"{SP}?(?P<v>(?:{alternation(MONTHS_FR)})(?!\w))",
        name="cue month",
    ),
    rule(
        D,
        rf"(?<!\w)(?P<v>{WEEKDAY_FR}(?:{SP}+(?:matin|soir|midi|après-midi))?)",
        name="weekday",
        flags=re.IGNORECASE,
    ),
    # 13/09 ; 13/09/2016 ; 13.09.2016 ; 13-09-2016
    rule(
        D,
        r"(?<![\w/.,-])(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])"
        r"(?:/(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,]\d)",
        check=numeric_date_dmy,
        name="numeric date",
        digits=True,
    ),
    rule(
        D,
        r"(?<![\w/.,-])(?P<d>0?[1-9]|[12]\d|3[01])[.-](?P<m>0?[1-9]|1[0-2])[.-]"
        r"(?P<y>\d{4})(?![\w/]|[.,]\d)",
        check=numeric_date_dmy,
        name="numeric date dots",
        digits=True,
    ),
    rule(
        D,
        rf"(?<!\w)(?i:en|depuis|dès|avant|après|vers|jusqu{APOS}en|d{APOS}ici|fin|début|mi-"
        rf"|courant|année|l{APOS}an){SP}?(?P<v>{YEAR}){STOP}{NOT_VALUE_AFTER}",
        name="cue year",
    ),
    rule(
        D,
        rf"(?<!\w)(?:printemps|été|automne|hiver){SP}+{YEAR}{STOP}",
        name="season year",
        flags=re.IGNORECASE,
    ),
    rule(
        D,
        rf"(?<!\w)(?P<v>années{SP}(?:(?:19|20)\d0|[1-9]0)){STOP}",
        name="decade",
        flags=re.IGNORECASE,
    ),
    rule(D, rf"{START}\d{{1,2}}(?:e|er|ème|eme){SP}siècle", name="century", digits=True),
    rule(D, rf"{START}[IVX]+(?:e|er|ème|eme){SP}siècle", name="century in roman numerals"),
    # 13h34 ; 13 h 34 ; 8h ; à 14 heures
    rule(
        T, rf"{START}(?:[01]?\d|2[0-3]){SP}?h{SP}?[0-5]\d(?!\d)", name="hour h minute", digits=True
    ),
    rule(T, rf"{START}(?:[01]?\d|2[0-3]){SP}?h(?![\w/])", name="hour h", digits=True),
    rule(
        T,
        rf"(?<!\w)(?:à|vers|dès|avant|après|jusqu{APOS}à|depuis){SP}"
        rf"(?P<v>(?:[01]?\d|2[0-3]){SP}heures?(?:{SP}(?:[0-5]\d|et{SP}demie|et{SP}quart)"
        rf"|{SP}moins{SP}le{SP}quart)?){STOP}",
        name="cue heures",
    ),
    # 2,5 milliards d’euros ; 10 euros ; deux millions de dollars ; 5 M€ ; 10 000 EUR
    *number_rules(M, NUM_FR, WNUM_FR, _MONEY_TAIL_FR, name="amount currency", flags=re.IGNORECASE),
    rule(
        M,
        rf"{START}{NUM_FR}(?:{SP}{SCALE_FR})?{SP}(?:d{APOS}|de{SP})?{CURRENCY_CODES}{STOP}",
        name="amount code",
        digits=True,
    ),
    rule(M, rf"(?<!\w){CURRENCY_CODES}{SP}{NUM_ANY}(?:{SP}{SCALE_FR})?{STOP}", name="code amount"),
    # 50 % ; 50 pour cent ; 2 points de pourcentage
    *number_rules(Q, NUM_FR, WNUM_FR, _PERCENT_FR, name="percent", flags=re.IGNORECASE),
    # 3 km ; 1,5 million de tonnes ; 20 °C
    rule(
        Q,
        rf"{START}{NUM_FR}(?:{SP}{SCALE_FR}(?:{SP}de{SP}|{SP}d{APOS}))?{SP}?{UNIT_FR}"
        rf"{UNIT_END}",
        name="amount unit",
        digits=True,
    ),
    # 1,5 million ; deux millions ; 300 milliards (not "des millions")
    *number_rules(
        Q, NUM_FR, WNUM_FR, rf"{SP}{SCALE_FR}{STOP}", name="scaled number", flags=re.IGNORECASE
    ),
)
