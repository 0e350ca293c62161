"""Entity and highlight colours as Qt draws them, per theme (the hues are in core.palette)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.core.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS
from reader.ui.theme import DARK, Theme

__all__ = [
    "ENTITY_COLOURS",
    "ENTITY_NAMES",
    "ENTITY_REASONS",
    "HIGHLIGHT_COLOURS",
    "blend",
    "entity_line",
    "entity_tint",
    "highlight_fill",
]

ENTITY_NAMES: dict[EntityLabel, str] = {
    EntityLabel.PERSON: "Person",
    EntityLabel.ORG: "Organisation",
    EntityLabel.PLACE: "Place",
    EntityLabel.DATE: "Date",
    EntityLabel.TIME: "Time",
    EntityLabel.MONEY: "Money",
    EntityLabel.QUANTITY: "Quantity",
    EntityLabel.MISC: "Other",
}

ENTITY_REASONS: dict[str, str] = {
    "model": "typed by the language model",
    "rule": "typed by a rule",
    "consistency": "typed like the same name around it",
    "user": "your correction",
}
"""Why an entity has its type, by the span's ``source`` (shown when hovering it)."""


def blend(base: str, over: str, amount: float) -> QColor:
    """``over`` laid on ``base`` at ``amount`` opacity, as an opaque colour."""
    a, b = QColor(base), QColor(over)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def entity_tint(label: EntityLabel, theme: Theme) -> QColor:
    return blend(theme.paper, ENTITY_COLOURS[label], 0.20 if theme is DARK else 0.11)


def entity_line(label: EntityLabel, theme: Theme) -> QColor:
    colour = QColor(ENTITY_COLOURS[label])
    return colour.lighter(130) if theme is DARK else colour


def highlight_fill(colour: Colour, theme: Theme) -> QColor:
    return blend(theme.paper, HIGHLIGHT_COLOURS[colour], 0.42 if theme is DARK else 0.55)
