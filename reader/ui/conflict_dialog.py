"""When an edit is refused because someone else changed the highlight first: both
versions side by side; keep theirs, or apply what the user typed over theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, Colour
from reader.core.tags import hashtag
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import HIGHLIGHT_COLOURS, colour_name

Draft = tuple[Colour, str, tuple[str, ...]]
"""What the user typed: colour, note, tags."""


def draft_text(draft: Draft) -> str:
    """What the user typed, as text to copy elsewhere."""
    colour, note, tags = draft
    return "\n".join(
        part for part in (note, "  ".join(hashtag(t) for t in tags), colour_name(colour)) if part
    )


def passage_text(annotation: Annotation) -> str:
    """The highlight's passage, shortened, and whether it is placed in the text."""
    quote = tr("“{quote}”").format(quote=" ".join(annotation.quote.exact.split())[:200])
    if annotation.orphan:
        return quote + "\n" + tr("(not placed: not in this version of the file)")
    return quote


class ConflictDialog(QDialog):
    """Accepted: apply the user's changes over theirs; rejected: keep theirs. When they
    deleted the highlight (``theirs`` None), only keeping is possible, and what the user
    typed can still be copied."""

    def __init__(
        self,
        theirs: Annotation | None,
        mine: Draft,
        parent: QWidget | None,
        *,
        mine_title: str | None = None,
        my_passage: str | None = None,
    ) -> None:
        """``my_passage``: the passage the user chose (a re-attachment), shown beside
        theirs."""
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Someone Else Changed This Highlight"))
        self.mine = mine
        who = (theirs.editor or theirs.author) if theirs is not None else None
        who = who or tr("someone else")
        if theirs is None:
            heading = tr("This highlight was deleted by someone else while you edited it.")
        else:
            heading = tr(
                "{who} changed this highlight while you edited it. Nothing was overwritten:"
                " choose which version to keep."
            ).format(who=who)
        top = QLabel(heading)
        top.setObjectName("conflictHeading")
        top.setWordWrap(True)
        top.setTextFormat(Qt.TextFormat.PlainText)
        sides = QHBoxLayout()
        if theirs is not None:
            sides.addWidget(
                self._side(
                    tr("Theirs ({who})").format(who=who),
                    (theirs.colour, theirs.note, tuple(theirs.tags)),
                    "theirs",
                    None if my_passage is None else passage_text(theirs),
                )
            )
        title = mine_title or tr("Yours (your changes over theirs)")
        sides.addWidget(self._side(title, mine, "yours", my_passage))
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(
            tr("&Keep Theirs") if theirs is not None else tr("Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        keep.setObjectName("keepTheirs")
        if theirs is not None:
            apply = buttons.addButton(
                tr("&Apply My Changes over Theirs"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            apply.setObjectName("applyMine")
            apply.setDefault(True)
        copy = buttons.addButton(tr("&Copy Mine"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyMine")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(draft_text(mine)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _side(self, title: str, version: Draft, name: str, passage: str | None) -> QGroupBox:
        colour, note, tags = version
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        if passage is not None:
            shown = QLabel(passage)
            shown.setObjectName(f"{name}Passage")
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(tr("Passage:"), shown)
        swatch = QLabel(colour_name(colour))
        swatch.setObjectName(f"{name}Colour")
        icon = QLabel()
        icon.setPixmap(swatch_icon(HIGHLIGHT_COLOURS[colour], 14).pixmap(14, 14))
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(swatch, 1)
        form.addRow(tr("Colour:"), row)
        text = QPlainTextEdit(note)
        text.setObjectName(f"{name}Note")
        text.setReadOnly(True)  # selectable: what was typed can be copied from here too
        text.setAccessibleName(tr("Note"))
        form.addRow(tr("Note:"), text)
        shown_tags = QLabel("  ".join(hashtag(t) for t in tags) or tr("(no tags)"))
        shown_tags.setObjectName(f"{name}Tags")
        shown_tags.setWordWrap(True)
        shown_tags.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(tr("Tags:"), shown_tags)
        return box
