"""All services over one database: what a front end (GUI or CLI) holds."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

from reader.core.errors import LibraryError
from reader.services.annotations import AnnotationService
from reader.services.documents import DocumentService
from reader.services.entities import EntityService
from reader.services.entity_index import IndexService
from reader.services.exports import ExportService
from reader.services.identity import user_name
from reader.services.index_choices import IndexChoiceService
from reader.services.library import LibraryService
from reader.services.pdf_marks import PdfMarkService
from reader.services.reading import ReadingService
from reader.services.tags import TagService
from reader.services.trash import TrashService
from reader.store.faults import translate
from reader.store.opening import LibraryState
from reader.store.sqlite import LockWaitListener
from reader.store.unit_of_work import UnitOfWork


class Services:
    def __init__(self, uow: UnitOfWork, *, user: str | None = None) -> None:
        """``user``: the name from Preferences, recorded as author (see
        :func:`reader.services.identity.user_name`)."""
        self.uow = uow
        uow.user = user_name(user)
        self.documents = DocumentService(uow)
        self.annotations = AnnotationService(uow)
        self.tags = TagService(uow)
        self.entities = EntityService(uow)
        self.index = IndexService(uow, self.entities)
        self.index_choices = IndexChoiceService(uow, self.index, self.annotations)
        self.library = LibraryService(uow, self.documents)
        self.exports = ExportService(uow, self.annotations, self.entities)
        self.pdf_marks = PdfMarkService(self.annotations)
        self.reading = ReadingService(uow)
        self.trash = TrashService(uow)

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        check: bool = True,
        backups: bool = True,
        lock_timeout: float | None = None,
        user: str | None = None,
    ) -> Services:
        """The services over the library ``db`` (see :func:`reader.store.engine.resolve_db_url`),
        opened safely (:func:`reader.store.opening.open_library`: ``check`` runs the quick
        integrity check, ``backups`` makes the daily backup when due); a write waits
        ``lock_timeout`` seconds at most (default ``READER_LOCK_TIMEOUT``, else 15) for
        another program to let go."""
        uow = UnitOfWork.open(db, check=check, backups=backups, lock_timeout=lock_timeout)
        services = cls(uow, user=user)
        if uow.team and not uow.read_only:
            services._purge_trash()
        return services

    def _purge_trash(self) -> None:
        """A team library forgets what was deleted over 30 days ago as it opens (off the
        window's thread: the window opens its services in a worker). A member who may
        not write leaves it for the next one: the trash lists only the last 30 days."""
        with contextlib.suppress(LibraryError):
            self.trash.purge()

    @property
    def user(self) -> str:
        """Who is recorded as the author of what is made through these services."""
        return self.uow.user or user_name()

    def set_user(self, name: str | None) -> None:
        """Record ``name`` (blank: ``READER_USER`` or the login name) as the author of
        what is made from the next operation on."""
        self.uow.user = user_name(name)

    @property
    def team(self) -> bool:
        """A team library (on a database server): authors always shown, deletions trashed."""
        return self.uow.team

    @property
    def state(self) -> LibraryState:
        """What opening the library found: read-only and why, damage, warnings."""
        return self.uow.state

    @contextmanager
    def lock_waits_reported_to(self, listener: LockWaitListener) -> Iterator[None]:
        """Operations run by this thread meanwhile call ``listener(True)`` when they start
        waiting for another program to let go of the library, ``listener(False)`` once
        they have it (or gave up)."""
        with self.uow.lock_waits_reported_to(listener):
            yield

    @property
    def database_url(self) -> str:
        """Where the library is, for another process to open it."""
        return self.uow.engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.uow.close()


def translate_fault(error: BaseException) -> LibraryError | None:
    """A database or OS fault that escaped a unit of work, as a typed error (or None)."""
    return translate(error, None)
