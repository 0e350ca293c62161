"""Colours and fonts of the reading view: light, sepia and dark themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.ui.tab_style import ReaderStyle

SERIF_FAMILIES = (
    "Literata",
    "Source Serif 4",
    "Noto Serif",
    "Charter",
    "Georgia",
    "DejaVu Serif",
    "Liberation Serif",
)
SANS_FAMILIES = ("Inter", "Noto Sans", "Cantarell", "DejaVu Sans", "Liberation Sans")


@dataclass(frozen=True)
class Theme:
    name: str
    paper: str
    ink: str
    muted: str
    selection: str
    window: str
    panel: str
    selection_ink: str = "#ffffff"
    dark: bool = False
    link: str = "#0b5cad"


LIGHT = Theme(
    name="light",
    paper="#fbfaf7",
    ink="#1f2328",
    muted="#6a737d",
    selection="#1f5fbf",
    window="#f1efea",
    panel="#f7f6f2",
)
SEPIA = Theme(
    name="sepia",
    paper="#f4ecd8",
    ink="#3b2f1e",
    muted="#7a6a55",
    selection="#1f5fbf",
    window="#e9dfc6",
    panel="#efe6cf",
    link="#7a3e10",
)
DARK = Theme(
    name="dark",
    paper="#1d1f23",
    ink="#dcd9d2",
    muted="#9aa0a6",
    selection="#3d7be0",
    window="#17181b",
    panel="#202226",
    dark=True,
    link="#7cb7ff",
)
THEMES = {t.name: t for t in (LIGHT, SEPIA, DARK)}
_style: ReaderStyle | None = None

THEME_CHOICES = ("light", "sepia", "dark", "system")
"""What Preferences offer: a theme, or the system's light or dark scheme."""


def resolve_theme(choice: str) -> Theme:
    """The theme a choice stands for (``system``: dark if the desktop is dark)."""
    if choice == "system":
        scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    return THEMES.get(choice, LIGHT)


def first_family(candidates: tuple[str, ...], fallback: str) -> str:
    available = set(QFontDatabase.families())
    return next((f for f in candidates if f in available), fallback)


def reading_font(point_size: float, family: str = "serif") -> QFont:
    """The reading font: ``serif`` and ``sans`` stand for the best installed family of
    that kind; any other name is an installed family chosen in Preferences."""
    if family == "sans":
        font = QFont(first_family(SANS_FAMILIES, "sans-serif"))
        font.setStyleHint(QFont.StyleHint.SansSerif)
    elif family == "serif":
        font = QFont(first_family(SERIF_FAMILIES, "serif"))
        font.setStyleHint(QFont.StyleHint.Serif)
    else:
        font = QFont(family)
    font.setPointSizeF(point_size)
    return font


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Fusion style with our palette: the same look on every desktop, dark included
    (and the chosen tab of tabbed panels marked, see :mod:`reader.ui.tab_style`)."""
    global _style  # noqa: PLW0603  (Qt owns the style; Python must keep its overrides)
    _style = ReaderStyle()
    app.setStyle(_style)
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(theme.window))
    palette.setColor(role.WindowText, QColor(theme.ink))
    palette.setColor(role.Base, QColor(theme.paper))
    palette.setColor(role.AlternateBase, QColor(theme.panel))
    palette.setColor(role.Text, QColor(theme.ink))
    palette.setColor(role.Button, QColor(theme.panel))
    palette.setColor(role.ButtonText, QColor(theme.ink))
    palette.setColor(role.ToolTipBase, QColor(theme.panel))
    palette.setColor(role.ToolTipText, QColor(theme.ink))
    palette.setColor(role.PlaceholderText, QColor(theme.muted))
    palette.setColor(role.Highlight, QColor(theme.selection))
    palette.setColor(role.HighlightedText, QColor(theme.selection_ink))
    palette.setColor(role.Link, QColor(theme.link))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, role.Text, QColor(theme.muted))
        palette.setColor(group, role.WindowText, QColor(theme.muted))
        palette.setColor(group, role.ButtonText, QColor(theme.muted))
    app.setPalette(palette)
    sans = first_family(SANS_FAMILIES, app.font().family())
    font = QFont(sans)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
