"""A team library's documents are shared: one record per document, with the text that
everyone reads and that every annotation is anchored to.

A member's file is led to its record by, in turn: the record's path (the file the
document was first recorded from), the member's own path for it (remembered in
``member_copies`` the first time), or its text (the same content hash: the same
document at another path, on another machine). A file whose text differs from the
record's (the member edited their copy, or has another version of it) changes nothing
in the library: the member reads the shared text, and is told that their copy
differs (:attr:`reader.services.documents.OpenedDocument.copy`). A local library
keeps its own rule: one record per path, re-anchored when the file changes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.core.document import Document
from reader.core.library import LibraryEntry
from reader.store.unit_of_work import Store, UnitOfWork

if TYPE_CHECKING:
    from reader.services.documents import LoadedDocument


@dataclass(frozen=True, slots=True)
class SharedRecord:
    """What a team member reads of a document: its shared record."""

    id: int
    document: Document
    """The shared text and its structure, from the member's file (``source``)."""
    language: str | None
    words: int
    copy: Document | None
    """The member's file as read when its text differs from the shared text."""


def team_member(uow: UnitOfWork) -> str | None:
    """Who reads, in a team library (None in a local library: paths alone identify)."""
    return (uow.user or "") if uow.team else None


def own_paths(store: Store, entries: list[LibraryEntry], member: str | None) -> list[LibraryEntry]:
    """The library's entries with, in a team library, the member's own path for each
    document they keep a copy of elsewhere (where opening it finds their file)."""
    if member is None:
        return entries
    paths = store.copies.paths_of(member)
    return [replace(e, path=paths[e.id]) if e.id in paths else e for e in entries]


def known_document(store: Store, document: Document, member: str | None) -> int | None:
    """The record ``document`` (a file as read) stands for, None if it has none yet:
    by its path; in a team library (``member`` given) also by the member's path for
    it, then by its text."""
    path = str(document.source)
    found = store.documents.id_of(path)
    if found is None and member is not None:
        found = store.copies.document_of(member, path)
        if found is None:
            found = store.copies.with_text(document.content_hash)
    return found


def record_shared(
    store: Store,
    loaded: LoadedDocument,
    *,
    opened: bool,
    into_library: bool,
    member: str,
) -> SharedRecord | None:
    """In the caller's transaction, a team member's file as its shared record has it;
    None when it is to be recorded as in a local library (a new document, or the
    record's own file with the record's text, whose structure and metadata are then
    refreshed).

    A file at another path than the record's is remembered as the member's copy.
    Its text differing from the record's writes nothing else: the shared text, its
    structure and its annotations stay as they are, for everyone."""
    document = loaded.document
    path = str(document.source)
    document_id = known_document(store, document, member)
    if document_id is None:
        return None
    own_path = store.documents.id_of(path) == document_id
    known = store.documents.hash_language_words(document_id)
    assert known is not None  # the record was just found, in this transaction
    same_text = known[0] == document.content_hash
    if own_path and same_text:
        return None
    if not own_path:
        store.copies.remember(member, path, document_id)
    store.copies.seen(document_id, opened=opened, into_library=into_library)
    if same_text:
        return SharedRecord(document_id, document, loaded.language, loaded.words, None)
    _hash, shared_language, words = known
    shared = replace(store.documents.stored(document_id), source=document.source)
    return SharedRecord(document_id, shared, shared_language, words, document)
