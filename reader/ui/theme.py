"""Colours and fonts of the reading view, light and dark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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


LIGHT = Theme(
    name="light",
    paper="#fbfaf7",
    ink="#1f2328",
    muted="#6a737d",
    selection="#b6d4fe",
    window="#f1efea",
    panel="#f7f6f2",
)
DARK = Theme(
    name="dark",
    paper="#1d1f23",
    ink="#dcd9d2",
    muted="#9aa0a6",
    selection="#2f5585",
    window="#17181b",
    panel="#202226",
)
THEMES = {t.name: t for t in (LIGHT, DARK)}


def first_family(candidates: tuple[str, ...], fallback: str) -> str:
    available = set(QFontDatabase.families())
    return next((f for f in candidates if f in available), fallback)


def reading_font(point_size: float) -> QFont:
    font = QFont(first_family(SERIF_FAMILIES, "serif"))
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Fusion style with our palette: the same look on every desktop, dark included."""
    app.setStyle(QStyleFactory.create("Fusion"))
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
    palette.setColor(role.HighlightedText, QColor(theme.ink))
    palette.setColor(role.Link, QColor("#3b82c4" if theme is DARK else "#1f5fa8"))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, role.Text, QColor(theme.muted))
        palette.setColor(group, role.WindowText, QColor(theme.muted))
        palette.setColor(group, role.ButtonText, QColor(theme.muted))
    app.setPalette(palette)
    sans = first_family(SANS_FAMILIES, app.font().family())
    font = QFont(sans)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
