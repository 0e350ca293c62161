"""Errors the user can cause and understand; anything else is a bug."""


class ReaderError(Exception):
    """An error with a message fit to show the user as it is (one line)."""


class DocumentError(ReaderError):
    """A document cannot be opened: missing, unreadable, not text, too large..."""


class InputError(ReaderError):
    """A user-supplied value is refused (empty selection, blank tag...)."""


class NotFoundError(ReaderError):
    """A thing the user named does not exist (an annotation id, a tag...)."""


class Cancelled(Exception):  # noqa: N818  (it names what happened, not a fault)
    """Long work stopped because the user (or a newer request) cancelled it."""


class LibraryLockedError(ReaderError):
    """Another program held the library's write lock for longer than we wait: the
    action was not done, and nothing of it was written."""
