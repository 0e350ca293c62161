"""The bar above the text that says the library is read-only, and why.

Shown whenever the library cannot be written (a read-only file, folder or disk, or a
library that failed its check): reading, search and export work, changes are not
saved. For a damaged library it also offers what can be done about it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QWidget,
)

from reader.ui.i18n import tr
from reader.ui.plain import plain_label

LIGHT_STYLE = (
    "#safetyBanner { background: #fff4cc; border-bottom: 1px solid #e3c766; }"
    "#safetyBanner QLabel { color: #4d3b00; }"
)
DARK_STYLE = (
    "#safetyBanner { background: #3d3214; border-bottom: 1px solid #7a6424; }"
    "#safetyBanner QLabel { color: #f3e3b0; }"
)


class Banner(QFrame):
    """A bar above the text: an icon, a sentence and a button, in the light or dark
    colours of the theme (named by ``name``: ``#name`` in its style sheets)."""

    def __init__(
        self,
        name: str,
        icon: QStyle.StandardPixmap,
        styles: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._styles = styles
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 6, 8, 6)
        self.row.setSpacing(10)
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        self.text = plain_label("")
        self.text.setWordWrap(True)
        self.row.addWidget(self.icon)
        self.row.addWidget(self.text, 1)
        self._restyle()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    def _restyle(self) -> None:
        light, dark = self._styles
        style = dark if QApplication.palette().window().color().lightness() < 128 else light
        if self.styleSheet() != style:
            self.setStyleSheet(style)


class SafetyBanner(Banner):
    help_requested = Signal()
    """The user asked what can be done about the damaged library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "safetyBanner",
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            (LIGHT_STYLE, DARK_STYLE),
            parent,
        )
        self.icon.setAccessibleName(tr("Read-only"))
        self.text.setObjectName("safetyText")
        self.help_button = QPushButton(tr("What Can I Do?…"))
        self.help_button.setObjectName("safetyHelp")
        self.help_button.clicked.connect(self.help_requested)
        self.row.addWidget(self.help_button)

    def show_read_only(self, reason: str, *, damaged: bool) -> None:
        """Say why nothing can be saved; offer help when the library is damaged."""
        if damaged:
            self.text.setText(
                tr(
                    "This library is damaged, so it was opened read-only: reading, search and "
                    "export work; changes cannot be saved."
                )
            )
        else:
            self.text.setText(
                tr(
                    "Read-only library ({reason}): reading, search and export work; highlights, "
                    "notes and other changes cannot be saved."
                ).format(reason=reason)
            )
        self.setToolTip(reason)
        self.help_button.setVisible(damaged)
        self.show()
