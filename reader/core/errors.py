"""Errors the user can cause and understand; anything else is a bug."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from reader.core.messages import Message, Msg, message

if TYPE_CHECKING:
    from reader.core.annotations import Annotation
    from reader.core.tags import TagCount


class ReaderError(Exception):
    """An error with a message fit to show the user as it is (one line).

    Raised with a :class:`Message`, ``str(error)`` is its English and ``message`` keeps
    it for the window to translate; raised with a plain ``str``, ``message`` is None.
    """

    def __init__(self, text: str | Message = "") -> None:
        super().__init__(str(text))
        self.message = text if isinstance(text, Message) else None

    @property
    def sentence(self) -> str | Message:
        """What to say of it inside another message (its Message if it has one)."""
        return self.message or str(self)


class DocumentError(ReaderError):
    """A document cannot be opened: missing, unreadable, not text, too large..."""


class PasswordRequired(DocumentError):  # noqa: N818  (it names what the file needs)
    """The document is encrypted: open it again with its password.

    ``wrong`` tells that a password was given and refused, so a dialog can say so.
    """

    def __init__(self, message: str | Message, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


class InputError(ReaderError):
    """A user-supplied value is refused (empty selection, blank tag...)."""


class NotFoundError(ReaderError):
    """A thing the user named does not exist (an annotation id, a tag...)."""


class Cancelled(Exception):  # noqa: N818  (it names what happened, not a fault)
    """Long work stopped because the user (or a newer request) cancelled it."""


class LibraryError(ReaderError):
    """A fault of the library database (locked, read-only, full, damaged, too new, bad path).

    ``str(error)`` is one plain sentence fit for the user (never SQL); ``detail`` keeps
    the technical text (the driver's message) for a "Details" button or ``--debug``.
    """

    def __init__(self, message: str | Message, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class LibraryLockedError(LibraryError):
    """Another program kept the library locked for longer than the wait allowed: the
    action was not done, and nothing of it was written."""


class LibraryReadOnlyError(LibraryError):
    """A change cannot be saved: the library's file, folder or disk is read-only."""


class LibraryFullError(LibraryError):
    """A change cannot be saved: the disk holding the library is full (nothing was stored)."""


class LibraryDamagedError(LibraryError):
    """The library file is damaged, truncated, or not a database at all."""


class LibraryTooNewError(LibraryError):
    """The library was made by a newer version of reader; it is never modified."""


class LibraryPathError(LibraryError):
    """The library's path or URL cannot be used (missing folder, a folder, bad URL...)."""


class LibraryUnreachableError(LibraryError):
    """The server of a team library cannot be reached (stopped, network down): nothing
    of the action was written; the same action can be tried again once it is back."""


class ConflictError(ReaderError):
    """Someone else changed (or deleted) the annotation since it was loaded: nothing was
    written. ``current`` is their version (None if deleted), for the user to choose."""

    def __init__(self, message: str | Message, *, current: Annotation | None = None) -> None:
        super().__init__(message)
        self.current = current


class TagConflictError(ConflictError):
    """Someone else changed the highlights of tags the user chose to rename, merge or
    delete since they were listed: nothing was written. ``seen`` are the tags as listed,
    ``now`` each of them as it is (None: renamed or deleted meanwhile)."""

    def __init__(
        self,
        message: str | Message,
        *,
        seen: tuple[TagCount, ...],
        now: tuple[TagCount | None, ...],
    ) -> None:
        super().__init__(message)
        self.seen = seen
        self.now = now


_OS_REASONS = {
    errno.EACCES: Msg.PERMISSION_DENIED,
    errno.EPERM: Msg.PERMISSION_DENIED,
    errno.EROFS: Msg.DISK_READ_ONLY,
    errno.ENOSPC: Msg.DISK_FULL,
    getattr(errno, "EDQUOT", -1): Msg.QUOTA_EXCEEDED,
    errno.EISDIR: Msg.IS_A_FOLDER,
    errno.ENAMETOOLONG: Msg.NAME_TOO_LONG,
    errno.ENOENT: Msg.NO_SUCH_FOLDER,
    errno.ENOTDIR: Msg.NO_SUCH_FOLDER,
    errno.EIO: Msg.DISK_IO,
    errno.EEXIST: Msg.NAME_IN_THE_WAY,
}


def os_reason(error: OSError) -> Message | str:
    """Why an OS call failed, in a few plain words (no path, no errno): a message of
    its own for the common cases, else the system's words."""
    if error.errno in _OS_REASONS:
        return message(_OS_REASONS[error.errno])
    return (error.strerror or str(error)).rstrip(".").lower().replace("\n", " ")
