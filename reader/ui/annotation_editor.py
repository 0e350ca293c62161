"""Edit one annotation: colour, a multi-line note, tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Colour
from reader.ui.colour_buttons import ColourButtons
from reader.ui.i18n import tr
from reader.ui.plain import plain_label
from reader.ui.tag_editor import TagEditor

QUOTE_PREVIEW = 280


class AnnotationEditor(QDialog):
    def __init__(
        self,
        quote: str,
        colour: Colour,
        note: str,
        tags: Sequence[str],
        *,
        known_tags: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self.setWindowTitle(tr("Highlight"))
        self.setMinimumWidth(520)
        self.colour = colour
        shown = quote if len(quote) <= QUOTE_PREVIEW else quote[:QUOTE_PREVIEW].rstrip() + "…"
        passage = plain_label(tr("“{quote}”").format(quote=shown))  # the text: never markup
        passage.setWordWrap(True)
        passage.setObjectName("quotePreview")
        passage.setStyleSheet("font-style: italic;")
        self.colours = ColourButtons(self, checkable=True)
        self.colours.set_current(colour)
        self.colours.chosen.connect(self._set_colour)
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(tr("Write a note… (Ctrl+Enter to save)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(120)
        self.tag_editor = TagEditor(known_tags)
        self.tag_editor.set_tags(tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        form = QFormLayout()
        form.addRow(tr("Colour"), self.colours)
        form.addRow(tr("Note"), self.note_edit)
        form.addRow(tr("Tags"), self.tag_editor)
        layout = QVBoxLayout(self)
        layout.addWidget(passage)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note_edit.setFocus()

    def _set_colour(self, colour: Colour) -> None:
        self.colour = colour

    def accept(self) -> None:
        self.tag_editor.commit_text()
        super().accept()

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText()

    @property
    def tags(self) -> list[str]:
        return self.tag_editor.tags()
