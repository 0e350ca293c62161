"""Who the user is, as recorded with what they make: the name set in Preferences (given
to :meth:`reader.services.app.Services.open`), else ``READER_USER``, else the login name.
"""

from __future__ import annotations

import getpass
import os

USER_ENV = "READER_USER"
MAX_LENGTH = 200


def user_name(preferred: str | None = None) -> str:
    """The name to record as author: ``preferred`` if it is not blank, else
    ``READER_USER``, else the login name (``"unknown"`` if even that cannot be found)."""
    for candidate in (preferred, os.environ.get(USER_ENV)):
        if candidate is not None and candidate.strip():
            return " ".join(candidate.split())[:MAX_LENGTH]
    try:
        return getpass.getuser()[:MAX_LENGTH] or "unknown"
    except (OSError, KeyError):  # no login name (no USER variable, no passwd entry)
        return "unknown"
