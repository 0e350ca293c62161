"""How inline styles look in the reading view: one char format per style and theme.

Styles that only change the font (italic, bold, monospace, struck out, raised or
lowered) are set once when the document is laid out. Styles that colour the text
(links, note references, code and marked text backgrounds, underlines) share
properties with the highlighter's layers, which reset them when they repaint a
range: those are the *coloured* styles, which the highlighter re-applies first.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.rich import Span, Style
from reader.ui.theme import Theme

MONOSPACE = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "monospace"]
COLOURED = frozenset({Style.LINK, Style.NOTE_REF, Style.CODE, Style.MARK, Style.UNDERLINE})
# Translucent, so that they read on light and dark paper alike.
CODE_FILL = QColor(127, 127, 127, 38)
_MARK_FILL = QColor(255, 214, 10, 90)


def font_format(style: Style) -> QTextCharFormat | None:
    """The font side of a style (None if it has none)."""
    fmt = QTextCharFormat()
    if style is Style.EMPHASIS:
        fmt.setFontItalic(True)
    elif style is Style.STRONG:
        fmt.setFontWeight(700)
    elif style is Style.CODE:
        fmt.setFontFamilies(MONOSPACE)
    elif style is Style.STRIKE:
        fmt.setFontStrikeOut(True)
    elif style is Style.SUB:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    elif style in (Style.SUP, Style.NOTE_REF):
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    else:
        return None
    return fmt


def colour_format(span: Span, theme: Theme) -> QTextCharFormat:
    """The coloured side of a style (an empty format if it has none)."""
    fmt = QTextCharFormat()
    style = span.style
    if style in (Style.LINK, Style.NOTE_REF):
        fmt.setForeground(QColor(theme.link))
        fmt.setAnchor(True)
        fmt.setAnchorHref(span.href or f"#{span.target if span.target is not None else ''}")
        if style is Style.LINK:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    elif style is Style.CODE:
        fmt.setBackground(CODE_FILL)
    elif style is Style.MARK:
        fmt.setBackground(_MARK_FILL)
    elif style is Style.UNDERLINE:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    return fmt
