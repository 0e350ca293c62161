"""Entity and highlight colours as Qt draws them, per theme (the hues are in core.palette)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.core.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS
from reader.ui.theme import Theme

__all__ = [
    "ENTITY_COLOURS",
    "ENTITY_NAMES",
    "ENTITY_REASONS",
    "HIGHLIGHT_COLOURS",
    "blend",
    "colour_name",
    "entity_line",
    "entity_name",
    "entity_reason",
    "entity_tint",
    "highlight_fill",
]


def colour_name(colour: Colour) -> str:
    """A highlight colour's name in the interface language."""
    return QCoreApplication.translate("Colours", COLOUR_NAMES[colour])


def entity_name(label: EntityLabel) -> str:
    """An entity type's name in the interface language."""
    return QCoreApplication.translate("EntityTypes", ENTITY_NAMES[label])


ENTITY_NAMES: dict[EntityLabel, str] = {
    EntityLabel.PERSON: str(QT_TRANSLATE_NOOP("EntityTypes", "Person")),
    EntityLabel.ORG: str(QT_TRANSLATE_NOOP("EntityTypes", "Organisation")),
    EntityLabel.PLACE: str(QT_TRANSLATE_NOOP("EntityTypes", "Place")),
    EntityLabel.DATE: str(QT_TRANSLATE_NOOP("EntityTypes", "Date")),
    EntityLabel.TIME: str(QT_TRANSLATE_NOOP("EntityTypes", "Time")),
    EntityLabel.MONEY: str(QT_TRANSLATE_NOOP("EntityTypes", "Money")),
    EntityLabel.QUANTITY: str(QT_TRANSLATE_NOOP("EntityTypes", "Quantity")),
    EntityLabel.MISC: str(QT_TRANSLATE_NOOP("EntityTypes", "Other")),
}
"""English names (as the CLI and exports say them); :func:`entity_name` translates."""
COLOUR_NAMES: dict[Colour, str] = {
    Colour.YELLOW: str(QT_TRANSLATE_NOOP("Colours", "Yellow")),
    Colour.GREEN: str(QT_TRANSLATE_NOOP("Colours", "Green")),
    Colour.BLUE: str(QT_TRANSLATE_NOOP("Colours", "Blue")),
    Colour.RED: str(QT_TRANSLATE_NOOP("Colours", "Red")),
    Colour.PURPLE: str(QT_TRANSLATE_NOOP("Colours", "Purple")),
    Colour.ORANGE: str(QT_TRANSLATE_NOOP("Colours", "Orange")),
}


ENTITY_TINT, ENTITY_TINT_DARK = 0.24, 0.32
"""How much of an entity's colour its tint lays on the paper."""

ENTITY_REASONS: dict[str, str] = {
    "model": str(QT_TRANSLATE_NOOP("EntityReasons", "typed by the language model")),
    "rule": str(QT_TRANSLATE_NOOP("EntityReasons", "typed by a rule")),
    "consistency": str(QT_TRANSLATE_NOOP("EntityReasons", "typed like the same name around it")),
    "user": str(QT_TRANSLATE_NOOP("EntityReasons", "your correction")),
}
"""Why an entity has its type, by the span's ``source`` (shown when hovering it)."""


def entity_reason(source: str) -> str:
    """Why an entity has its type, in the interface language (``source`` itself if unknown)."""
    reason = ENTITY_REASONS.get(source)
    return QCoreApplication.translate("EntityReasons", reason) if reason else source


def blend(base: str, over: str, amount: float) -> QColor:
    """``over`` laid on ``base`` at ``amount`` opacity, as an opaque colour."""
    a, b = QColor(base), QColor(over)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def entity_tint(label: EntityLabel, theme: Theme) -> QColor:
    return blend(
        theme.paper, ENTITY_COLOURS[label], ENTITY_TINT_DARK if theme.dark else ENTITY_TINT
    )


def entity_line(label: EntityLabel, theme: Theme) -> QColor:
    colour = QColor(ENTITY_COLOURS[label])
    return colour.lighter(130) if theme.dark else colour


def highlight_fill(colour: Colour, theme: Theme) -> QColor:
    return blend(theme.paper, HIGHLIGHT_COLOURS[colour], 0.42 if theme.dark else 0.55)
