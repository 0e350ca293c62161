"""Actions that write, disabled with the reason when the library cannot be written.

:class:`reader.ui.library_safety.LibrarySafety` sets the reason (“Cannot be done: the
library is read-only: …”) on the window's menus and on the panels' ``refusal``, which
their context menus read when they are built.
"""

from __future__ import annotations

from PySide6.QtGui import QAction


def disable_writing(action: QAction, reason: str | None) -> None:
    """Disable ``action`` with ``reason`` as its tip; nothing when ``reason`` is None."""
    if reason is None:
        return
    action.setEnabled(False)
    action.setToolTip(reason)
    action.setStatusTip(reason)
