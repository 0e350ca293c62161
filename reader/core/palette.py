"""The colours of entity types and highlights, shared by the window and the exports."""

from __future__ import annotations

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel

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

HIGHLIGHT_COLOURS: dict[Colour, str] = {
    Colour.YELLOW: "#ffd43b",
    Colour.GREEN: "#69db7c",
    Colour.BLUE: "#74c0fc",
    Colour.RED: "#ff8787",
    Colour.PURPLE: "#b197fc",
    Colour.ORANGE: "#ffa94d",
}


def rgba(hex_colour: str, alpha: float) -> str:
    """CSS ``rgba()`` of a ``#rrggbb`` colour."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha:g})"
