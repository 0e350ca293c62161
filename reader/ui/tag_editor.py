"""Tags as removable chips, with a line edit that completes from the library's tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QWidget

from reader.core.tags import hashtag
from reader.ui.flow_layout import FlowLayout
from reader.ui.i18n import tr
from reader.ui.plain import plain_tooltip


class _TagLine(QLineEdit):
    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        typed = bool(self.text().strip())
        super().keyPressEvent(event)
        if typed and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter adds the typed tag; it does not close the dialog


class TagEditor(QWidget):
    """Enter or comma adds the typed tag; a chip's × removes it; Backspace removes the last."""

    changed = Signal()

    def __init__(self, known: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._layout = FlowLayout(self, spacing=4)
        self.line = _TagLine()
        self.line.setObjectName("tagInput")
        self.line.setAccessibleName(tr("Add a tag"))
        hint = tr("Add a tag (e.g. chine/cloud), Enter to add")
        self.line.setPlaceholderText(hint)
        self.line.setMinimumWidth(max(220, self.line.fontMetrics().horizontalAdvance(hint) + 16))
        self.line.setFrame(False)
        # the model is parented: the completer does not keep its Python object alive
        self._known = QStringListModel(sorted(known, key=str.casefold), self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        self.line.returnPressed.connect(self.commit_text)
        self.line.textEdited.connect(self._on_edit)
        self.line.backspace_on_empty.connect(self._remove_last)
        self._layout.addWidget(self.line)

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: Sequence[str]) -> None:
        for tag in list(self._tags):
            self._remove(tag, notify=False)
        for tag in tags:
            self._add(tag, notify=False)

    def commit_text(self) -> None:
        """Turn what is typed into chips (the dialog also calls this on OK)."""
        for part in self.line.text().split(","):
            self._add(part)
        self.line.clear()

    def _on_edit(self, text: str) -> None:
        if "," in text:
            self.commit_text()

    def _add(self, tag: str, *, notify: bool = True) -> None:
        tag = " ".join(tag.split()).strip("/")
        if not tag or tag.casefold() in (t.casefold() for t in self._tags):
            return
        self._tags.append(tag)
        chip = QToolButton(self)
        chip.setObjectName("tagChip")
        chip.setText(f"{hashtag(tag)}  ×")
        remove = tr("Remove the tag {tag}").format(tag=tag)
        chip.setToolTip(plain_tooltip(remove))
        chip.setAccessibleName(remove)
        chip.setAutoRaise(False)
        chip.setProperty("tag", tag)
        chip.clicked.connect(lambda: self._remove(tag))
        self._layout.removeWidget(self.line)
        self._layout.addWidget(chip)
        self._layout.addWidget(self.line)
        if notify:
            self.changed.emit()

    def _remove(self, tag: str, *, notify: bool = True) -> None:
        if tag not in self._tags:
            return
        self._tags.remove(tag)
        for chip in self.findChildren(QToolButton, "tagChip"):
            if chip.property("tag") == tag:
                self._layout.removeWidget(chip)
                chip.deleteLater()
        if notify:
            self.changed.emit()

    def _remove_last(self) -> None:
        if self._tags:
            self._remove(self._tags[-1])
