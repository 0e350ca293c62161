"""Reading documents and keeping the library's record of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.document import Document, work_text
from reader.core.errors import DocumentError, NotFoundError
from reader.core.library import LibraryEntry, LibrarySort, sort_entries
from reader.core.messages import Msg, message
from reader.core.rich import Image
from reader.formats import Progress, load_document
from reader.formats.images import read_image
from reader.formats.reading import name_is_utf8, shown
from reader.formats.version import TEXT_VERSION
from reader.nlp.language import detect_language
from reader.services.conversion import conversion_changed
from reader.services.member_copies import (
    known_document,
    own_paths,
    record_shared,
    team_member,
)
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
    copy: Document | None = None
    """In a team library, the member's own file as read when its text differs from the
    shared text (which ``document`` has, and the annotations are anchored to); None
    when it does not differ (see :mod:`reader.services.member_copies`)."""
    without_file: bool = False
    """In a team library, read from the library alone: the member does not have the
    file at that path (:meth:`DocumentService.without_file`)."""


def read_document(path: Path, *, password: str | None = None) -> Document:
    """The document in a file, read and understood (nothing recorded, no database);
    ``password`` opens an encrypted PDF."""
    return load_document(path, password=password)


def picture_bytes(document: Document, image: Image) -> bytes:
    """The bytes of one of the document's pictures, from its own files only and within
    a size limit; DocumentError (one sentence) if they cannot be read."""
    return read_image(document, image)


class DocumentService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def load(
        self,
        path: Path,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        check: Callable[[], None] | None = None,
    ) -> LoadedDocument:
        """Read the file and detect its language; raises DocumentError, writes nothing.

        ``password`` opens an encrypted PDF (PasswordRequired says when one is needed);
        ``progress`` hears of each PDF page read, ``check`` raises to stop reading.
        """
        return _loaded(load_document(path, password=password, progress=progress, check=check))

    def record(self, loaded: LoadedDocument, *, opened: bool = True) -> OpResult[OpenedDocument]:
        """Record a loaded document in the library (same path, same record), back in it if
        it had been removed; ``opened`` marks it opened now. If its text changed, its
        annotations are re-anchored in the same transaction.

        In a read-only library nothing is written: a recorded document opens as it was
        recorded (the text its annotations were made on); one not recorded is refused
        with the reason the library cannot be written."""
        if self._uow.read_only:
            return OpResult(self._as_recorded(loaded))
        with self._uow.write() as store:
            return record_in(
                store, loaded, opened=opened, into_library=True, member=team_member(self._uow)
            )

    def open(
        self,
        path: Path,
        *,
        password: str | None = None,
        progress: Progress | None = None,
        check: Callable[[], None] | None = None,
    ) -> OpResult[OpenedDocument]:
        """:meth:`load`, then :meth:`record` as opened now."""
        return self.record(self.load(path, password=password, progress=progress, check=check))

    def open_for_reading(
        self, path: Path, *, password: str | None = None
    ) -> OpResult[OpenedDocument]:
        """The document for a command that only reads (list, export...): not marked as
        opened, not put back in the library if it was removed, and not written at all
        if its record is up to date. A file never seen is recorded outside the library;
        a file that changed has its record and annotations brought up to date (in a
        read-only library it is shown as recorded)."""
        document = load_document(path, password=password)
        check_storable(document)
        member = team_member(self._uow)
        with self._uow.read() as store:
            document_id = known_document(store, document, member)
            known = (
                store.documents.hash_language_words(document_id)
                if document_id is not None
                else None
            )
        if document_id is not None and known is not None and known[0] == document.content_hash:
            # Up to date: its language and word count are known (the same text gave them;
            # detecting the language again costs half a second, counting words a tenth).
            _hash, language, words = known
            return OpResult(OpenedDocument(document_id, document, language, False, words=words))
        loaded = _loaded(document)
        if self._uow.read_only:
            return OpResult(self._as_recorded(loaded))
        with self._uow.write() as store:
            return record_in(store, loaded, opened=False, into_library=False, member=member)

    def _as_recorded(self, loaded: LoadedDocument) -> OpenedDocument:
        """A document of a library that cannot be written, as its record has it."""
        document = loaded.document
        with self._uow.read() as store:
            document_id = known_document(store, document, team_member(self._uow))
            if document_id is None:
                refusal = self._uow.state.write_refusal()
                raise refusal or NotFoundError(
                    message(Msg.NOT_IN_LIBRARY, name=str(document.source))
                )
            known = store.documents.hash_language_words(document_id)
            if known is not None and known[0] == document.content_hash:
                return OpenedDocument(
                    document_id, document, loaded.language, False, None, loaded.words
                )
            stored = store.documents.stored(document_id)
        language = known[1] if known is not None else None
        copy = document if self._uow.team else None
        stored = replace(stored, source=document.source)
        return OpenedDocument(
            document_id, stored, language, False, None, stored.word_count, copy=copy
        )

    def without_file(self, path: Path) -> OpenedDocument | None:
        """In a team library, the shared document recorded for ``path`` (the record's
        path, or the member's for their copy) as the library has it, for a member who
        does not have that file on this computer; None in a local library or if none
        is recorded. Nothing is written."""
        member = team_member(self._uow)
        if member is None:
            return None
        with self._uow.read() as store:
            document_id = store.documents.id_of(str(path))
            if document_id is None:
                document_id = store.copies.document_of(member, str(path))
            known = (
                store.documents.hash_language_words(document_id)
                if document_id is not None
                else None
            )
            if document_id is None or known is None:
                return None
            stored = store.documents.stored(document_id)
        _hash, language, words = known
        return OpenedDocument(document_id, stored, language, False, words=words, without_file=True)

    def stored(self, document_id: int) -> Document:
        """The document as last recorded, rebuilt from the database alone (text, title,
        blocks, contents, author, metadata, format, source): for when the file has moved."""
        with self._uow.read() as store:
            return store.documents.stored(document_id)

    def recent(self, limit: int = 10) -> list[LibraryEntry]:
        """The library's documents, most recently opened first."""
        with self._uow.read() as store:
            entries = own_paths(store, store.documents.entries(), team_member(self._uow))
        return sort_entries(entries, LibrarySort.OPENED)[:limit]


def record_in(
    store: Store,
    loaded: LoadedDocument,
    *,
    opened: bool,
    into_library: bool,
    member: str | None = None,
) -> OpResult[OpenedDocument]:
    """Record a loaded document in the caller's transaction; its search pieces are
    rewritten and its annotations re-anchored if its text is new or changed. A record
    made by another version of the conversion has what depends on it brought up to
    date (:func:`reader.services.conversion.conversion_changed`).

    In a team library (``member`` given, :func:`~reader.services.member_copies.team_member`)
    a file of a document already recorded is read as its shared record has it
    (:func:`~reader.services.member_copies.record_shared`): its text never replaces
    the shared text."""
    document = loaded.document
    check_storable(document)
    if member is not None:
        shared = record_shared(
            store, loaded, opened=opened, into_library=into_library, member=member
        )
        if shared is not None:
            opened_shared = OpenedDocument(
                shared.id,
                shared.document,
                shared.language,
                False,
                words=shared.words,
                copy=shared.copy,
            )
            return OpResult(opened_shared, Changes(shared.id, library=True))
    recorded = store.documents.record(
        document,
        loaded.language,
        loaded.size_bytes,
        loaded.words,
        opened=opened,
        into_library=into_library,
        text_version=TEXT_VERSION,
    )
    if recorded.new or recorded.text_changed or not store.search.has_pieces(recorded.id):
        store.search.index_text(recorded.id, document.text)
    if recorded.reconverted:
        previous = recorded.previous_text if recorded.previous_text is not None else document.text
        conversion_changed(store, recorded.id, document, previous)
    report = None
    if not recorded.new:
        report = reanchor(
            store, recorded.id, document.text, document.content_hash, recorded.previous_text
        )
    opened_document = OpenedDocument(
        recorded.id, document, loaded.language, recorded.text_changed, report, loaded.words
    )
    changes = Changes(
        recorded.id,
        report.ids if report is not None else frozenset(),
        entities=recorded.reconverted,
        library=True,
    )
    return OpResult(opened_document, changes)


def check_storable(document: Document) -> None:
    """DocumentError if the document's path cannot be kept in the library (a file name
    whose bytes are not UTF-8: SQLite text is UTF-8)."""
    if not name_is_utf8(str(document.source)):
        raise DocumentError(message(Msg.FILE_NAME_NOT_UTF8, name=shown(document.source or "")))


def _loaded(document: Document) -> LoadedDocument:
    """The document read and understood, checked that it can be recorded."""
    check_storable(document)
    language = detect_language(work_text(document.text, document.blocks).lstrip())
    return LoadedDocument(document, language, _file_size(document.source), document.word_count)


def _file_size(source: Path | None) -> int | None:
    try:
        return source.stat().st_size if source is not None else None
    except OSError:
        return None
