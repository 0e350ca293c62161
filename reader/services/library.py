"""The library: documents recorded without opening them, listed, removed, searched.

Search covers the documents' titles and texts and the annotations' notes, quoted
passages and tags, ignoring case and accents; see :mod:`reader.store.sqlite_search`
for how the index answers and is kept in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import InputError, NotFoundError
from reader.core.library import (
    LibraryEntry,
    LibrarySort,
    SearchHit,
    SearchKind,
    entry_matches,
    sort_entries,
)
from reader.core.messages import Msg, message
from reader.services.documents import DocumentService, LoadedDocument, record_in
from reader.services.member_copies import known_document, own_paths, team_member
from reader.services.ops import NO_CHANGES, Changes, OpResult, SetInLibrary
from reader.services.reanchoring import ReanchorReport
from reader.store.unit_of_work import UnitOfWork

__all__ = [
    "MAX_SEARCH_LIMIT",
    "AddedDocument",
    "LibraryEntry",
    "LibraryService",
    "LibrarySort",
    "SearchHit",
    "SearchKind",
]

MAX_SEARCH_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class AddedDocument:
    entry: LibraryEntry
    new: bool
    """False if the file was already recorded (its record is refreshed)."""
    content_changed: bool
    reanchor: ReanchorReport | None = None
    warnings: tuple[str, ...] = ()
    """What the user should know about how the file was read (see Document.warnings)."""


class LibraryService:
    def __init__(self, uow: UnitOfWork, documents: DocumentService) -> None:
        self._uow = uow
        self._documents = documents

    def add(self, path: Path, *, password: str | None = None) -> OpResult[AddedDocument]:
        """Load the file and record it in the library without opening it.

        A file already recorded is read again (annotations re-anchored if its text
        changed) and put back in the library if it had been removed. A file that cannot
        be read raises DocumentError and nothing is written; ``password`` opens an
        encrypted PDF.
        """
        return self.add_loaded(self._documents.load(path, password=password))

    def add_loaded(self, loaded: LoadedDocument) -> OpResult[AddedDocument]:
        member = team_member(self._uow)
        with self._uow.write() as store:
            new = known_document(store, loaded.document, member) is None
            result = record_in(store, loaded, opened=False, into_library=True, member=member)
            opened = result.value
            [entry] = own_paths(store, store.documents.entries(document_id=opened.id), member)
        added = AddedDocument(
            entry, new, opened.content_changed, opened.reanchor, loaded.document.warnings
        )
        return OpResult(added, result.changes)

    def documents(
        self,
        sort: LibrarySort | str = LibrarySort.OPENED,
        filter_text: str = "",
        *,
        include_removed: bool = False,
    ) -> list[LibraryEntry]:
        """The library's documents, sorted; ``filter_text`` keeps those whose title,
        author or file name contain every word of it (case and accents ignored). In a
        team library a document the member keeps at another path has that path."""
        try:
            order = LibrarySort(sort)
        except ValueError:
            choices = ", ".join(s.value for s in LibrarySort)
            raise InputError(message(Msg.UNKNOWN_SORT, sort=repr(sort), choices=choices)) from None
        with self._uow.read() as store:
            entries = own_paths(
                store,
                store.documents.entries(include_removed=include_removed),
                team_member(self._uow),
            )
        if filter_text.strip():
            entries = [e for e in entries if entry_matches(e, filter_text)]
        return sort_entries(entries, order)

    def remove(self, document_id: int, delete_annotations: bool = False) -> OpResult[None]:
        """Take a document out of the library. Its record and annotations are kept (and
        come back if it is added or opened again; undo puts it back) unless
        ``delete_annotations``: then the record, its annotations and corrections are
        deleted for good (this cannot be undone)."""
        with self._uow.write() as store:
            if not delete_annotations:
                was_in = store.documents.set_in_library(document_id, False)
                undo = SetInLibrary(document_id, True) if was_in else None
                return OpResult(None, Changes(document_id, library=True), undo)
            ids = [a.id for a in store.annotations.for_document(document_id)]
            if store.documents.content_hash(document_id) is None:
                raise NotFoundError(message(Msg.NO_SUCH_DOCUMENT, id=document_id))
            tag_ids = store.tags.tag_ids_of(ids)
            store.documents.delete(document_id)
            store.tags.drop_unused(tag_ids)  # tags no other annotation uses go with them
        changes = Changes(document_id, frozenset(ids), tags=bool(tag_ids), library=True)
        return OpResult(None, changes)

    def put_back(self, document_id: int) -> OpResult[None]:
        """Put a removed document back in the library (undo of :meth:`remove`)."""
        with self._uow.write() as store:
            was_in = store.documents.set_in_library(document_id, True)
        if was_in:
            return OpResult(None, NO_CHANGES)
        return OpResult(None, Changes(document_id, library=True), SetInLibrary(document_id, False))

    def search(self, query: str, limit: int = 50, *, all_hits: bool = False) -> list[SearchHit]:
        """Documents and annotations matching ``query``, best first.

        Every word must match (accents and case ignored); ``"several words"`` match as
        a phrase; ``word*`` matches words starting with it. Any input is accepted: a
        query with nothing searchable in it finds nothing. A document is one hit (its
        first matching word) unless ``all_hits``: then each matching word in it is one,
        in text order. ``limit`` counts documents and annotations.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise InputError(message(Msg.RESULTS_NOT_POSITIVE, limit=str(limit)))
        if not isinstance(query, str):
            raise InputError(message(Msg.SEARCH_NOT_TEXT, kind=type(query).__name__))
        with self._uow.read() as store:
            return store.search.search(query, min(limit, MAX_SEARCH_LIMIT), all_hits=all_hits)

    def changed_elsewhere(self) -> bool:
        """Whether another program changed the library since the last call (the first
        call says False). Cheap: no table is read."""
        return self._uow.changed_elsewhere()
