"""Telling the user that something failed: one plain sentence, the technical text
behind a "Show Details..." button.

:class:`Problem` is the text a failed job hands to its ``on_failed`` (it *is* the
message, a ``str``) with the technical text kept as :attr:`Problem.detail`: the
driver's words for a library fault, the exception for a bug. The main message never
holds SQL, parameters or a traceback; every box shows its text as plain text (a path
or a note may look like markup).
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.errors import ConflictError, LibraryError, ReaderError
from reader.services.app import translate_fault
from reader.ui.i18n import tr
from reader.ui.service_messages import error_text


class Problem(str):
    """A message fit for the user, with its technical ``detail`` (may be empty);
    ``bug``: the error was not a fault the user can do anything about."""

    detail: str
    bug: bool
    conflict: ConflictError | None
    """Someone else changed what was edited (their version inside), if that is why."""

    def __new__(
        cls,
        message: str,
        detail: str = "",
        *,
        bug: bool = False,
        conflict: ConflictError | None = None,
    ) -> Problem:
        problem = super().__new__(cls, message)
        problem.detail = detail
        problem.bug = bug
        problem.conflict = conflict
        return problem


def problem_of(error: BaseException, doing: str) -> Problem:
    """What to tell the user about ``error``, met while ``doing`` something."""
    fault = error if isinstance(error, ReaderError) else translate_fault(error)
    if isinstance(fault, LibraryError):
        return Problem(error_text(fault), fault.detail)
    if isinstance(fault, ConflictError):
        return Problem(error_text(fault), conflict=fault)
    if isinstance(fault, ReaderError):
        return Problem(error_text(fault))
    return Problem(
        tr(
            "Unexpected error while {doing}; this is a bug in reader (Show Details says more)"
        ).format(doing=doing),
        "".join(traceback.format_exception(error)).strip(),
        bug=True,
    )


def detail_of(message: str) -> str:
    return message.detail if isinstance(message, Problem) else ""


def conflict_of(message: str) -> ConflictError | None:
    return message.conflict if isinstance(message, Problem) else None


def problem_box(
    parent: QWidget | None,
    title: str,
    message: str,
    *,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box in plain text, "Show Details..." holding ``detail`` (or the
    message's own), deleted once closed. The caller opens it (``open()`` or ``exec()``)."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    technical = detail or detail_of(message)
    if technical:
        box.setDetailedText(technical)
    return box
