"""Moving a library: ``reader library copy --to URL`` copies a local library into a team
library on PostgreSQL (or a team library into a local file), keeping ids, authors,
timestamps, tags, corrections and reading state (:mod:`reader.store.library_copy`)."""

from __future__ import annotations

from reader.core.errors import InputError
from reader.core.messages import Msg, message
from reader.store import postgres
from reader.store.library_copy import CopyCounts, copy_rows
from reader.store.unit_of_work import UnitOfWork

__all__ = ["CopyCounts", "copy_library"]


def display(target: str) -> str:
    """``target`` as it may be shown: a URL without its password."""
    return postgres.shown(target)


def copy_library(source: str | None, target: str) -> CopyCounts:
    """Copy the library ``source`` (``--db``/``READER_DB``/the default) into ``target``
    (a path or URL; built by the migrations if new). Running it twice adds nothing."""
    origin = UnitOfWork.open(source)
    try:
        destination = UnitOfWork.open(target)
        try:
            if origin.engine.url == destination.engine.url:
                raise InputError(message(Msg.COPY_INTO_ITSELF))
            with origin.read() as reading, destination.write() as writing:
                return copy_rows(reading.session, writing.session)
        finally:
            destination.close()
    finally:
        origin.close()
