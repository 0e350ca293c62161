"""When a rename, merge or delete of tags is refused because someone else changed their
highlights since the tag manager listed them: the tags as listed and as they are now;
do it to them as they are now, or leave them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import TagConflictError
from reader.core.tags import TagCount
from reader.ui.i18n import tr


def _count_text(tag: TagCount) -> str:
    return tr("“{tag}”: %n highlight(s)", "", tag.count).format(tag=tag.name)


class TagConflictDialog(QDialog):
    """Accepted: do ``doing`` to the tags as they are now; rejected: leave them. When one
    of them is gone (renamed or deleted meanwhile), only leaving them is possible."""

    def __init__(self, conflict: TagConflictError, doing: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("tagConflictDialog")
        self.setWindowTitle(tr("Someone Else Changed These Tags"))
        gone = [seen.name for seen, now in zip(conflict.seen, conflict.now, strict=True) if not now]
        heading = tr(
            "Someone else changed the highlights of these tags since they were listed. "
            "Nothing was changed: look at them as they are now and choose."
        )
        if gone:
            heading += " " + tr(
                "A tag was renamed or deleted meanwhile, so this cannot be done as asked."
            )
        top = QLabel(heading)
        top.setObjectName("tagConflictHeading")
        top.setWordWrap(True)
        asked = QLabel(tr("You asked: {doing}").format(doing=doing))
        asked.setObjectName("tagConflictAsked")
        asked.setWordWrap(True)
        for label in (top, asked):
            label.setTextFormat(Qt.TextFormat.PlainText)
        listed = [_count_text(seen) for seen in conflict.seen]
        now = [
            _count_text(tag)
            if tag is not None
            else tr("“{tag}”: renamed or deleted by someone else").format(tag=seen.name)
            for seen, tag in zip(conflict.seen, conflict.now, strict=True)
        ]
        sides = QHBoxLayout()
        sides.addWidget(self._side(tr("When you chose"), listed, "tagsSeen"))
        sides.addWidget(self._side(tr("Now"), now, "tagsNow"))
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(
            tr("&Leave Them") if not gone else tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        keep.setObjectName("keepTheirs")
        if not gone:
            apply = buttons.addButton(
                tr("&Apply to Them as They Are Now"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            apply.setObjectName("applyNow")
            apply.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(asked)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _side(title: str, lines: list[str], name: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(name)
        text = QLabel("\n".join(lines))
        text.setObjectName(f"{name}Text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addStretch(1)
        return box
