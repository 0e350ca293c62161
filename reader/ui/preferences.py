"""The user's preferences, as kept in QSettings (read once, written on every change)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.services.identity import MAX_LENGTH
from reader.ui.reading_style import (
    COLUMN_RANGE,
    LINE_SPACING_RANGE,
    MARGIN_RANGE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    ReadingStyle,
)
from reader.ui.theme import THEME_CHOICES

LANGUAGES = ("", "en", "fr")
"""Interface languages: ``""`` follows the system's locale."""


@dataclass(frozen=True, slots=True)
class Preferences:
    style: ReadingStyle = field(default_factory=ReadingStyle)
    theme: str = "light"
    """One of THEME_CHOICES."""
    highlight_colour: Colour = Colour.YELLOW
    """The colour of a highlight made without choosing one (Ctrl+Shift+N, Enter)."""
    hidden_entities: frozenset[EntityLabel] = frozenset()
    """Entity types not shown (the legend's toggles change them too)."""
    language: str = ""
    """The interface language (one of LANGUAGES); a change rebuilds the window in it."""
    user_name: str = ""
    """Recorded as the author of what the user makes ("": ``READER_USER`` or the login
    name); applied from the next change."""


def _number(settings: QSettings, key: str, default: float, bounds: tuple[float, float]) -> float:
    value = settings.value(key, default)
    try:
        number = float(str(value))
    except ValueError:
        return default
    low, high = bounds
    return min(max(number, low), high)


def load_preferences(settings: QSettings) -> Preferences:
    """The preferences saved in ``settings``; a value out of range or of the wrong kind
    (an edited file) falls back to its default or nearest allowed value."""
    default = Preferences()
    base = default.style
    family = str(settings.value("view/font_family", base.family) or base.family)
    style = ReadingStyle(
        family=family,
        point_size=_number(
            settings, "view/point_size", base.point_size, (MIN_POINT_SIZE, MAX_POINT_SIZE)
        ),
        line_spacing=int(
            _number(settings, "view/line_spacing", base.line_spacing, LINE_SPACING_RANGE)
        ),
        column_chars=int(_number(settings, "view/column_chars", base.column_chars, COLUMN_RANGE)),
        margin=int(_number(settings, "view/margin", base.margin, MARGIN_RANGE)),
        justify=str(settings.value("view/justify", base.justify)).lower() in ("true", "1"),
    )
    theme = str(settings.value("view/theme", default.theme))
    colour = str(settings.value("annotate/default_colour", default.highlight_colour.value))
    hidden = settings.value("view/hidden_entities", [])
    names = hidden if isinstance(hidden, list) else [hidden] if isinstance(hidden, str) else []
    language = str(settings.value("interface/language", default.language) or "")
    name = " ".join(str(settings.value("annotate/user_name", "") or "").split())
    return Preferences(
        style=style,
        theme=theme if theme in THEME_CHOICES else default.theme,
        highlight_colour=Colour(colour) if colour in Colour._value2member_map_ else Colour.YELLOW,
        hidden_entities=frozenset(EntityLabel(n) for n in names if n in EntityLabel.__members__),
        language=language if language in LANGUAGES else default.language,
        user_name=name[:MAX_LENGTH],
    )


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    style = preferences.style
    for key, value in (
        ("view/font_family", style.family),
        ("view/point_size", style.point_size),
        ("view/line_spacing", style.line_spacing),
        ("view/column_chars", style.column_chars),
        ("view/margin", style.margin),
        ("view/justify", style.justify),
        ("view/theme", preferences.theme),
        ("annotate/default_colour", preferences.highlight_colour.value),
        ("view/hidden_entities", sorted(label.value for label in preferences.hidden_entities)),
        ("interface/language", preferences.language),
        ("annotate/user_name", preferences.user_name),
    ):
        settings.setValue(key, value)
    settings.sync()
