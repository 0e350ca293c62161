"""A document's byline (author, site, date) and where it goes: under the title.

The title shown above the text is the document's own first heading when it opens
with it (a web page, many books), so the byline is placed just after that heading,
as an object the view inserts (:mod:`reader.ui.document_builder`); otherwise it
follows the title the view adds itself (:mod:`reader.ui.text_loader`). Either way it
is drawn in italics in the theme's muted colour (:func:`byline_format`), and drawn
again in the new theme's when the theme changes (:func:`recolour`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from reader.core.document import BlockKind, Document
from reader.ui.theme import Theme

QtRange = tuple[int, int]
"""Where a byline is in the QTextDocument (Qt positions, end excluded)."""


def byline(document: Document) -> str:
    return " · ".join(
        part
        for part in (
            document.author,
            document.metadata.get("site"),
            shown_date(document.metadata.get("date") or ""),
        )
        if part
    )


def shown_date(value: str) -> str:
    """A document's date as the interface's locale writes it, without the weekday
    ("5 mars 2024", "March 5, 2024"); a year-and-month or a year alone stays as it
    is, and so does a date Qt cannot read."""
    date = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    if len(value) < 10 or not date.isValid():
        return value[:10]
    locale = QLocale()
    long_form = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(date, long_form.strip() or "yyyy-MM-dd")


def opens_with_title(document: Document) -> bool:
    """Whether the text opens with the title as its first heading."""
    first = document.blocks[0] if document.blocks else None
    return (
        first is not None
        and first.kind is BlockKind.HEADING
        and " ".join(document.text[first.start : first.end].split()) == document.title
    )


def byline_offset(document: Document) -> int | None:
    """Where in the text the byline goes (the start of the line after the opening
    title), or None if it goes in the view's own header (or there is none)."""
    if not byline(document) or not opens_with_title(document):
        return None
    after = document.text.find("\n", document.blocks[0].end)
    return after + 1 if 0 <= after < len(document.text) - 1 else None


def byline_format(theme: Theme, base: QTextCharFormat | None = None) -> QTextCharFormat:
    """The byline's characters: ``base``'s, in italics, in ``theme``'s muted colour."""
    chars = QTextCharFormat(base) if base is not None else QTextCharFormat()
    chars.setFontItalic(True)
    chars.setForeground(QColor(theme.muted))
    return chars


def recolour(qdoc: QTextDocument, ranges: Iterable[QtRange], theme: Theme) -> None:
    """The bylines at ``ranges`` in ``theme``'s muted colour."""
    muted = QTextCharFormat()
    muted.setForeground(QColor(theme.muted))
    cursor = QTextCursor(qdoc)
    for start, end in ranges:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(muted)
