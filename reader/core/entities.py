"""Named entities as spans of the canonical text, with one label scheme for every language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityLabel(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    DATE = "DATE"
    TIME = "TIME"
    MONEY = "MONEY"
    QUANTITY = "QUANTITY"
    MISC = "MISC"


@dataclass(frozen=True, slots=True, order=True)
class EntitySpan:
    """``text[start:end]`` is a mention of an entity of type ``label``.

    ``source`` tells why it has its type: "model" (the language model), "rule" (a
    rule of the rule or cleanup stage), "consistency" (how the same name is labelled
    around it) or "user" (the user's correction or entity list).
    """

    start: int
    end: int
    label: EntityLabel
    text: str
    source: str = "model"
