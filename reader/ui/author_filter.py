"""The Annotations panel's authors: "Only mine" and a choice of author, shown when the
library has more than one author (always on a team library)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from reader.core.annotations import Annotation
from reader.ui.i18n import tr

ANYONE = ""


def authors_of(annotations: Sequence[Annotation]) -> list[str]:
    """Who made or last changed ``annotations``, sorted (case ignored), each name once."""
    names = {who for a in annotations for who in (a.author, a.editor) if who}
    return sorted(names, key=str.casefold)


class AuthorFilter(QWidget):
    """A toggle "Only mine" and a list of authors; :meth:`wanted` is the filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = ""
        self.team = False
        self.mine = QCheckBox(tr("Only mine"))
        self.mine.setObjectName("onlyMine")
        self.mine.setToolTip(tr("Show only the highlights you made or changed last"))
        self.author = QComboBox()
        self.author.setObjectName("authorFilter")
        self.author.setAccessibleName(tr("Author"))
        self.author.addItem(tr("All authors"), ANYONE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mine)
        layout.addWidget(self.author, 1)
        self.mine.toggled.connect(self._mine_toggled)
        self.author.currentIndexChanged.connect(self.changed)
        self.setVisible(False)

    def set_identity(self, user: str, *, team: bool) -> None:
        """Who "mine" is, and whether the library is shared (authors always shown)."""
        self.user, self.team = user, team

    def set_authors(self, annotations: Sequence[Annotation]) -> None:
        """Offer the authors of ``annotations``; keep the one chosen if still there."""
        names = authors_of(annotations)
        chosen = str(self.author.currentData())
        self.author.blockSignals(True)
        while self.author.count() > 1:
            self.author.removeItem(1)
        for name in names:
            self.author.addItem(name, name)
        found = self.author.findData(chosen)
        self.author.setCurrentIndex(max(found, 0))
        self.author.blockSignals(False)
        self.setVisible(self.shows_authors(names))
        if chosen != str(self.author.currentData()):
            self.changed.emit()

    def shows_authors(self, names: Sequence[str]) -> bool:
        """Whether authors matter here: a team library, or more than one author."""
        return self.team or len(names) > 1

    def wanted(self) -> str | None:
        """The author to keep (None: anyone)."""
        if self.mine.isChecked():
            return self.user
        return str(self.author.currentData()) or None

    def _mine_toggled(self, on: bool) -> None:
        self.author.setEnabled(not on)
        self.changed.emit()
