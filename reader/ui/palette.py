"""Colours for entity types (colour-blind safe) and for user highlights, per theme."""

from __future__ import annotations

from PySide6.QtGui import QColor

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.ui.theme import DARK, Theme

# Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies
# (https://jfly.uni-koeln.de/color/); the yellow is darkened to be seen as a line.
ENTITY_COLOURS: dict[EntityLabel, str] = {
    EntityLabel.PERSON: "#0072B2",
    EntityLabel.ORG: "#D55E00",
    EntityLabel.PLACE: "#009E73",
    EntityLabel.DATE: "#CC79A7",
    EntityLabel.TIME: "#E69F00",
    EntityLabel.MONEY: "#56B4E9",
    EntityLabel.QUANTITY: "#A08C00",
    EntityLabel.MISC: "#8A8A8A",
}

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

HIGHLIGHT_COLOURS: dict[Colour, str] = {
    Colour.YELLOW: "#ffd43b",
    Colour.GREEN: "#69db7c",
    Colour.BLUE: "#74c0fc",
    Colour.RED: "#ff8787",
    Colour.PURPLE: "#b197fc",
    Colour.ORANGE: "#ffa94d",
}


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
