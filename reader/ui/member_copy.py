"""The bar that tells a member of a team library that their copy of the open file
differs from the library's text, which they are reading (see
:mod:`reader.services.member_copies`): the shared text, its highlights and everyone
else's view of it stay as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStyle, QVBoxLayout

from reader.ui.i18n import tr
from reader.ui.safety_banner import Banner

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

LIGHT_STYLE = (
    "#copyBanner { background: #e3effc; border-bottom: 1px solid #9dc0e8; }"
    "#copyBanner QLabel { color: #10305a; }"
)
DARK_STYLE = (
    "#copyBanner { background: #1b2c40; border-bottom: 1px solid #3d5f86; }"
    "#copyBanner QLabel { color: #cfe1f7; }"
)


class CopyBanner(Banner):
    def __init__(self) -> None:
        super().__init__(
            "copyBanner", QStyle.StandardPixmap.SP_MessageBoxInformation, (LIGHT_STYLE, DARK_STYLE)
        )
        self.icon.setAccessibleName(tr("Your copy differs"))
        self.text.setObjectName("copyText")

    def show_differs(self, name: str) -> None:
        self.text.setText(
            tr(
                "Your copy of “{name}” differs from the team library's text. You are reading "
                "the library's text, as every member does; highlights stay anchored to it."
            ).format(name=name)
        )
        self.show()


class MemberCopy(QObject):
    """Shows the bar while the open document is a member's differing copy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = CopyBanner()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)
        window.state.opened.connect(self._opened)

    def _opened(self) -> None:
        opened = self.window.state.document
        source = opened.document.source if opened is not None else None
        if opened is None or opened.copy is None:
            self.banner.hide()
            return
        self.banner.show_differs(source.name if source is not None else opened.document.title)
