"""Reading documents and keeping the library's record of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.document import Document
from reader.core.library import LibraryEntry, LibrarySort, sort_entries
from reader.formats import load_document
from reader.nlp.language import detect_language
from reader.services.ops import Changes, OpResult
from reader.services.reanchoring import ReanchorReport, reanchor
from reader.store.unit_of_work import Store, UnitOfWork


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A file read and understood, not recorded yet (no database involved)."""

    document: Document
    language: str | None
    size_bytes: int | None
    words: int


@dataclass(frozen=True, slots=True)
class OpenedDocument:
    id: int
    document: Document
    language: str | None
    content_changed: bool
    reanchor: ReanchorReport | None = None
    """What re-anchoring the annotations in the new text did; None if none needed it."""
    words: int = 0


def read_document(path: Path) -> Document:
    """The document in a file, read and understood (nothing recorded, no database)."""
    return load_document(path)


class DocumentService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def load(self, path: Path) -> LoadedDocument:
        """Read the file and detect its language; raises DocumentError, writes nothing."""
        return _loaded(load_document(path))

    def record(self, loaded: LoadedDocument, *, opened: bool = True) -> OpResult[OpenedDocument]:
        """Record a loaded document in the library (same path, same record), back in it if
        it had been removed; ``opened`` marks it opened now. If its text changed, its
        annotations are re-anchored in the same transaction."""
        with self._uow.write() as store:
            return record_in(store, loaded, opened=opened, into_library=True)

    def open(self, path: Path) -> OpResult[OpenedDocument]:
        """:meth:`load`, then :meth:`record` as opened now."""
        return self.record(self.load(path))

    def open_for_reading(self, path: Path) -> OpResult[OpenedDocument]:
        """The document for a command that only reads (list, export...): not marked as
        opened, not put back in the library if it was removed, and not written at all
        if its record is up to date. A file never seen is recorded outside the library;
        a file that changed has its record and annotations brought up to date."""
        document = load_document(path)
        with self._uow.read() as store:
            document_id = store.documents.id_of(str(document.source))
            known = (
                store.documents.hash_and_language(document_id) if document_id is not None else None
            )
        if document_id is not None and known is not None and known[0] == document.content_hash:
            # Up to date: its language is known (detecting it again costs half a second).
            return OpResult(OpenedDocument(document_id, document, known[1], False))
        with self._uow.write() as store:
            return record_in(store, _loaded(document), opened=False, into_library=False)

    def stored(self, document_id: int) -> Document:
        """The document as last recorded, rebuilt from the database alone (text, title,
        blocks, contents, author, metadata, format, source): for when the file has moved."""
        with self._uow.read() as store:
            return store.documents.stored(document_id)

    def recent(self, limit: int = 10) -> list[LibraryEntry]:
        """The library's documents, most recently opened first."""
        with self._uow.read() as store:
            entries = store.documents.entries()
        return sort_entries(entries, LibrarySort.OPENED)[:limit]


def record_in(
    store: Store, loaded: LoadedDocument, *, opened: bool, into_library: bool
) -> OpResult[OpenedDocument]:
    """Record a loaded document in the caller's transaction; its search pieces are
    rewritten and its annotations re-anchored if its text is new or changed."""
    document = loaded.document
    recorded = store.documents.record(
        document,
        loaded.language,
        loaded.size_bytes,
        loaded.words,
        opened=opened,
        into_library=into_library,
    )
    if recorded.new or recorded.text_changed or not store.search.has_pieces(recorded.id):
        store.search.index_text(recorded.id, document.text)
    report = None
    if not recorded.new:
        report = reanchor(
            store, recorded.id, document.text, document.content_hash, recorded.previous_text
        )
    opened_document = OpenedDocument(
        recorded.id, document, loaded.language, recorded.text_changed, report, loaded.words
    )
    changes = Changes(recorded.id, report.ids if report is not None else frozenset(), library=True)
    return OpResult(opened_document, changes)


def _loaded(document: Document) -> LoadedDocument:
    return LoadedDocument(
        document, detect_language(document.text), _file_size(document.source), document.word_count
    )


def _file_size(source: Path | None) -> int | None:
    try:
        return source.stat().st_size if source is not None else None
    except OSError:
        return None
