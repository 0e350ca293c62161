"""Text from documents, notes and tags shown as text, never as markup.

Qt guesses whether a string is rich text (``Qt.mightBeRichText``) for labels,
tooltips and message boxes: a note or a title such as ``<img src="/home/me/x.png">``
would be rendered as HTML, and Qt would open the local file it names. Labels get
``Qt.PlainText``; tooltips cannot be told their format, so their text is escaped
inside markup of our own (line breaks and spaces kept).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly, whatever markup it holds."""
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
