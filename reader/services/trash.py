"""The trash of a team library, for good: what is deleted from it cannot come back.

Restoring lives with the annotations (:meth:`AnnotationService.deleted`,
:meth:`AnnotationService.undelete`); here, forgetting chosen highlights and the purge
of what was deleted over :data:`KEEP_DAYS` days ago.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from reader.services.ops import OpResult
from reader.store.trash import KEEP_DAYS
from reader.store.unit_of_work import UnitOfWork

__all__ = ["KEEP_DAYS", "TrashService"]


class TrashService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def forget(self, annotation_ids: Sequence[str]) -> OpResult[int]:
        """Delete highlights from the trash for good: they can no longer be restored,
        and this cannot be undone (no undo operation). Those not in the trash (restored
        meanwhile) are left as they are; how many were forgotten."""
        ids = list(dict.fromkeys(annotation_ids))
        with self._uow.write() as store:
            return OpResult(store.trash.forget(ids))

    def purge(self) -> int:
        """Forget what was deleted more than :data:`KEEP_DAYS` days ago (a team library
        does this as it opens, and before each delete); how many."""
        with self._uow.write() as store:
            return store.trash.purge(datetime.now(UTC) - timedelta(days=KEEP_DAYS))
