"""Read My Copy: a team member's own file, when it differs from the library's text,
shown as they have it with the shared text's highlights placed on it for display
(:class:`reader.core.copy_map.CopyMap`). A highlight made there is saved on the same
characters of the shared text, as if made in the window; one on text that exists only
in the copy is refused and the reason said. Nothing else is made or read here: notes,
tags and everything else stay in the window, on the shared text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from reader.core.annotations import Colour
from reader.core.copy_map import GAP_IN_COPY, CopyMap
from reader.core.document import Document
from reader.core.errors import InputError
from reader.services.documents import OpenedDocument
from reader.services.ops import CreateAnnotation
from reader.ui.document_builder import Plan, plan
from reader.ui.i18n import tr
from reader.ui.offsets import PositionMap
from reader.ui.plain import plain_label
from reader.ui.problem_dialog import problem_box
from reader.ui.reading_view import ReadingView

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class Compared:
    """The copy aligned with the shared text and laid out, off the UI thread."""

    copy_map: CopyMap
    layout: Plan
    positions: PositionMap


def compare(shared: str, copy: Document) -> Compared:
    layout = plan(copy)
    return Compared(
        CopyMap(shared, copy.text), layout, PositionMap(copy.text, 0, layout.insertions)
    )


class CopyView(QDialog):
    def __init__(self, window: MainWindow, opened: OpenedDocument, copy: Document) -> None:
        super().__init__(window)
        self.setObjectName("copyView")
        self.setWindowTitle(tr("Your Copy — {title}").format(title=opened.document.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.opened = opened
        self.copy = copy
        self.copy_map: CopyMap | None = None
        self.about = plain_label(tr("Comparing your copy with the library's text…"))
        self.about.setObjectName("copyAbout")
        self.about.setWordWrap(True)
        self.view = ReadingView(self)
        self.view.setObjectName("copyReadingView")
        self.view.apply_theme(window.view.theme)
        self.view.set_style(window.view.reading_style)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.highlight_button = QPushButton(tr("&Highlight Selection"))
        self.highlight_button.setObjectName("copyHighlight")
        self.highlight_button.setToolTip(tr("Saved on the same words of the library's text"))
        self.highlight_button.setEnabled(False)
        self.highlight_button.clicked.connect(self.highlight)
        buttons.addButton(self.highlight_button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence("Ctrl+1"), self, self.highlight)
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.view, 1)
        column.addWidget(buttons)
        self.resize(window.width() * 3 // 4, window.height() * 9 // 10)
        window.state.annotations_changed.connect(self._show_annotations)
        window.state.opened.connect(self.close)  # another document: this copy is not it
        shared = opened.document.text
        window.runner.read(
            tr("comparing your copy"),
            lambda _control: compare(shared, copy),
            self._compared,
            lambda message: window.report(tr("comparing your copy"), message),
        )

    def _compared(self, compared: Compared) -> None:
        self.copy_map = compared.copy_map
        self.view.show_document(self.copy, compared.positions, compared.layout)
        self.highlight_button.setEnabled(not self.window_.services.state.read_only)
        self._show_annotations()

    def _show_annotations(self, _delta: object = None) -> None:
        copy_map = self.copy_map
        if copy_map is None:
            return
        shown = []
        for annotation in self.window_.state.sorted_annotations():
            found = (
                None if annotation.orphan else copy_map.to_copy(annotation.start, annotation.end)
            )
            if found is not None:
                shown.append(replace(annotation, start=found[0], end=found[1]))
        self.view.set_annotations(shown)
        missing = len(self.window_.state.annotations) - len(shown)
        about = tr(
            "Your copy as you have it, with the library's highlights where your copy has "
            "their words (for reading: notes and tags stay in the window). A highlight you "
            "make here is saved on the same words of the library's text."
        )
        if missing:
            about += " " + tr("%n highlight(s) are on words your copy does not have.", "", missing)
        self.about.setText(about)

    def highlight(self) -> None:
        copy_map = self.copy_map
        span = self.view.selection_offsets()
        if copy_map is None or not self.highlight_button.isEnabled():
            return
        if span is None:
            self.about.setText(tr("Select a passage to highlight first."))
            return
        try:
            start, end = copy_map.to_shared(*span)
        except InputError as refused:
            problem_box(
                self,
                tr("Cannot highlight this passage"),
                tr(
                    "The library's text has more here than your copy (words your copy no "
                    "longer has): select text on one side of the change, or highlight it in "
                    "the window, on the library's text."
                )
                if str(refused) == GAP_IN_COPY
                else tr(
                    "Part of this passage exists only in your copy, not in the library's "
                    "text, so it cannot be highlighted for the team: select text that both have."
                ),
            ).open()
            return

        def done(_result: object) -> None:
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)

        self.window_.perform(
            CreateAnnotation(self.opened.id, start, end, colour=Colour.YELLOW, snap=True), done
        )
