"""The bar that tells a member of a team library that their copy of the open file
differs from the library's text, or that they have no file there, and that they are
reading the library's text (see
:mod:`reader.services.member_copies`): the shared text, its highlights and everyone
else's view of it stay as they are. Its button shows their copy
(:mod:`reader.ui.copy_view`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QStyle, QVBoxLayout

from reader.ui.copy_view import CopyView
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
    read_copy = Signal()
    """The member asked to read their copy (:class:`reader.ui.copy_view.CopyView`)."""

    def __init__(self) -> None:
        super().__init__(
            "copyBanner", QStyle.StandardPixmap.SP_MessageBoxInformation, (LIGHT_STYLE, DARK_STYLE)
        )
        self.icon.setAccessibleName(tr("Your copy differs"))
        self.text.setObjectName("copyText")
        self.button = QPushButton(tr("Read My Copy…"))
        self.button.setObjectName("readMyCopy")
        self.button.setToolTip(tr("Your file as you have it, with the library's highlights on it"))
        self.button.clicked.connect(self.read_copy)
        self.row.addWidget(self.button)

    def show_differs(self, name: str) -> None:
        self.text.setText(
            tr(
                "Your copy of “{name}” differs from the team library's text. You are reading "
                "the library's text, as every member does; highlights stay anchored to it."
            ).format(name=name)
        )
        self.button.show()
        self.show()

    def show_without_file(self, name: str) -> None:
        self.text.setText(
            tr(
                "“{name}” is not on this computer (not at that place): you are reading the "
                "team library's text of it, as every member does."
            ).format(name=name)
        )
        self.button.hide()
        self.show()


class MemberCopy(QObject):
    """Shows the bar while the open document is a member's differing copy, and their
    copy when they ask."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = CopyBanner()
        self.banner.read_copy.connect(self.read_copy)
        self.view: CopyView | None = None
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)
        window.state.opened.connect(self._opened)

    def _opened(self) -> None:
        opened = self.window.state.document
        source = opened.document.source if opened is not None else None
        if opened is None or (opened.copy is None and not opened.without_file):
            self.banner.hide()
            return
        name = source.name if source is not None else opened.document.title
        if opened.copy is not None:
            self.banner.show_differs(name)
        else:
            self.banner.show_without_file(name)

    def read_copy(self) -> None:
        opened = self.window.state.document
        if opened is None or opened.copy is None:
            return
        if self.view is not None:
            self.view.raise_()
            self.view.activateWindow()
            return
        self.view = CopyView(self.window, opened, opened.copy)
        self.view.destroyed.connect(lambda _o=None: setattr(self, "view", None))
        self.view.show()
