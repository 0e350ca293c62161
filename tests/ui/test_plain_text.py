"""Text from documents, notes and tags is shown as text: markup in it is never rendered
(Qt would open the local image file an <img> names)."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.plain import plain_tooltip

MARKUP = '<img src="/etc/passwd"> <b>gras</b> & <a href="x">lien</a>\n  deuxième ligne'


def as_qt_renders(tooltip: str) -> str:
    """The text Qt shows for a tooltip (tooltips are rendered as rich text if they look
    like it)."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_the_editor_shows_the_passage_as_text(qtbot: QtBot) -> None:
    editor = AnnotationEditor(MARKUP, Colour.YELLOW, "", [], known_tags=[])
    qtbot.addWidget(editor)
    label = editor.findChild(QLabel, "quotePreview")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == f"“{' '.join(MARKUP.split())}”"  # one flowing line


def test_tooltips_show_markup_as_text() -> None:
    assert QtGui.Qt.mightBeRichText(MARKUP)  # what the fix is for: Qt would render it
    assert as_qt_renders(plain_tooltip(MARKUP)) == MARKUP
    assert plain_tooltip("") == ""


def test_panel_tooltips_escape_notes(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    from reader.core.annotations import Annotation, TextQuote
    from reader.ui.annotations_panel import AnnotationListModel

    model = AnnotationListModel()
    now = datetime.now(UTC)
    model.set_items(
        [
            Annotation(
                "a", 1, 0, 4, TextQuote("word", "", ""), Colour.RED, MARKUP, (), now, now, False
            )
        ]
    )
    shown = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(shown, str)
    assert as_qt_renders(shown) == MARKUP
