"""The colours of entity types and highlights, shared by the window and the exports."""

from __future__ import annotations

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel

# Chosen so that the pale tints drawn behind entities stay apart, pair by pair, in the
# light, sepia and dark themes and under protan, deutan and tritan colour vision
# (Machado et al. 2009, severity 1), with the text on them at a contrast of 7:1 or
# more; tests/ui/test_colour_vision.py checks it.
ENTITY_COLOURS: dict[EntityLabel, str] = {
    EntityLabel.PERSON: "#2E73B8",
    EntityLabel.ORG: "#DA730B",
    EntityLabel.PLACE: "#500BDA",
    EntityLabel.DATE: "#8F246B",
    EntityLabel.TIME: "#24248F",
    EntityLabel.MONEY: "#AA0909",
    EntityLabel.QUANTITY: "#5555F6",
    EntityLabel.MISC: "#808080",
}

HIGHLIGHT_COLOURS: dict[Colour, str] = {
    Colour.YELLOW: "#ffd43b",
    Colour.GREEN: "#69db7c",
    Colour.BLUE: "#74c0fc",
    Colour.RED: "#ff8787",
    Colour.PURPLE: "#845ef7",
    Colour.ORANGE: "#ffa94d",
}


def rgba(hex_colour: str, alpha: float) -> str:
    """CSS ``rgba()`` of a ``#rrggbb`` colour."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {alpha:g})"
