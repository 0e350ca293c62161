"""User actions as data: each operation runs as one unit of work and says what it changed.

After Anki's ``CollectionOp``/``OpChanges``: a front end builds an :class:`Op` (a
frozen dataclass naming the action and its arguments), runs it where it likes (the
window runs it off its UI thread) with ``op.run(services)``, and gets an
:class:`OpResult`: the value, the :class:`Changes` (which screens must refresh what)
and ``undo``, the operation that reverts it, built by the service from what the
database held. Running ``undo`` gives a result whose ``undo`` redoes. A refused or
failed operation raises and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from reader.core.annotations import Annotation, Colour
from reader.core.document import Document
from reader.core.entities import EntityLabel
from reader.core.messages import Message, Msg, message
from reader.core.tags import TagCount

if TYPE_CHECKING:
    from reader.services.app import Services
    from reader.services.documents import LoadedDocument, OpenedDocument
    from reader.services.exports import ImportReport
    from reader.services.library import AddedDocument
    from reader.services.pdf_marks import PdfImportReport

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation touched; each screen refreshes only what it shows of it."""

    document_id: int | None = None
    """The document whose annotations or record changed (None: several or none)."""
    annotations: frozenset[str] = frozenset()
    """Ids of annotations created, changed or deleted."""
    tags: bool = False
    """The set of tags or their counts changed."""
    entities: bool = False
    """The entities shown (corrections, the user's list) changed."""
    library: bool = False
    """The library's listing changed (a document recorded, removed, put back)."""
    bookmarks: bool = False
    """The bookmarks of ``document_id`` changed."""

    def __bool__(self) -> bool:
        return bool(
            self.annotations or self.tags or self.entities or self.library or self.bookmarks
        )


NO_CHANGES = Changes()


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T_co]):
    value: T_co
    changes: Changes = NO_CHANGES
    undo: Op[Any] | None = None
    """The operation that reverts this one; None if it cannot be undone (or did nothing)."""


class Op(Generic[T]):
    """An action; subclasses are frozen dataclasses of its arguments."""

    @property
    def message(self) -> Message:
        """What the action is called in Undo/Redo menus and messages."""
        raise NotImplementedError

    @property
    def label(self) -> str:
        """That name in English."""
        return str(self.message)

    def run(self, services: Services) -> OpResult[T]:
        raise NotImplementedError


# -- annotations -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreateAnnotation(Op[Annotation]):
    document_id: int
    start: int
    end: int
    colour: Colour | str = Colour.YELLOW
    note: str = ""
    tags: tuple[str, ...] = ()
    snap: bool = False
    """Widen to whole words and trim white space first, as for a selection by mouse."""

    @property
    def message(self) -> Message:
        return message(Msg.OP_HIGHLIGHT, colour=_colour(self.colour))

    def run(self, services: Services) -> OpResult[Annotation]:
        return services.annotations.create(
            self.document_id,
            self.start,
            self.end,
            colour=self.colour,
            note=self.note,
            tags=self.tags,
            snap=self.snap,
        )


@dataclass(frozen=True, slots=True)
class EditAnnotation(Op[Annotation]):
    """Colour, note and tags of one highlight, together (None leaves that one as it is)."""

    annotation_id: str
    colour: Colour | str | None = None
    note: str | None = None
    tags: tuple[str, ...] | None = None
    expected_version: int | None = None
    """The version the user saw: a change by someone else since is a conflict."""

    @property
    def message(self) -> Message:
        only_colour = self.colour is not None and self.note is None and self.tags is None
        return message(Msg.OP_CHANGE_COLOUR if only_colour else Msg.OP_CHANGE_HIGHLIGHT)

    def run(self, services: Services) -> OpResult[Annotation]:
        return services.annotations.edit(
            self.annotation_id,
            colour=self.colour,
            note=self.note,
            tags=self.tags,
            expected_version=self.expected_version,
        )


@dataclass(frozen=True, slots=True)
class DeleteAnnotations(Op[tuple[Annotation, ...]]):
    annotation_ids: tuple[str, ...]

    @property
    def message(self) -> Message:
        return _counted(Msg.OP_DELETE_HIGHLIGHT, Msg.OP_DELETE_HIGHLIGHTS, len(self.annotation_ids))

    def run(self, services: Services) -> OpResult[tuple[Annotation, ...]]:
        return services.annotations.delete(self.annotation_ids)


@dataclass(frozen=True, slots=True)
class RestoreAnnotations(Op[tuple[Annotation, ...]]):
    """Save annotations again as they were (their ids, timestamps, colour, note, tags),
    placed in the document's current text; ``replace`` overwrites those that exist."""

    annotations: tuple[Annotation, ...]
    replace: bool = False

    @property
    def message(self) -> Message:
        return _counted(Msg.OP_RESTORE_HIGHLIGHT, Msg.OP_RESTORE_HIGHLIGHTS, len(self.annotations))

    def run(self, services: Services) -> OpResult[tuple[Annotation, ...]]:
        return services.annotations.restore(self.annotations, replace=self.replace)


@dataclass(frozen=True, slots=True)
class UndeleteAnnotations(Op[tuple[Annotation, ...]]):
    """Bring back annotations from a team library's trash (deleted in the last 30 days)."""

    annotation_ids: tuple[str, ...]

    @property
    def message(self) -> Message:
        return _counted(
            Msg.OP_RESTORE_HIGHLIGHT, Msg.OP_RESTORE_HIGHLIGHTS, len(self.annotation_ids)
        )

    def run(self, services: Services) -> OpResult[tuple[Annotation, ...]]:
        return services.annotations.undelete(self.annotation_ids)


@dataclass(frozen=True, slots=True)
class ForgetDeleted(Op[int]):
    """Delete highlights from a team library's trash for good (no undo)."""

    annotation_ids: tuple[str, ...]

    @property
    def message(self) -> Message:
        return _counted(Msg.OP_FORGET_HIGHLIGHT, Msg.OP_FORGET_HIGHLIGHTS, len(self.annotation_ids))

    def run(self, services: Services) -> OpResult[int]:
        return services.trash.forget(self.annotation_ids)


@dataclass(frozen=True, slots=True)
class MoveAnnotation(Op[Annotation]):
    """Attach a highlight to another passage (how an orphan is re-attached)."""

    annotation_id: str
    start: int
    end: int
    expected_version: int | None = None
    """The version the user saw: a change by someone else since is a conflict."""

    @property
    def message(self) -> Message:
        return message(Msg.OP_REATTACH)

    def run(self, services: Services) -> OpResult[Annotation]:
        return services.annotations.move(
            self.annotation_id, self.start, self.end, expected_version=self.expected_version
        )


# -- tags ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RenameTag(Op[Any]):
    """Rename a tag everywhere; onto another existing tag, merge into it."""

    old: str
    new: str
    seen: tuple[TagCount, ...] = ()
    """The tags as the user saw them: a change by someone else since is a conflict."""

    @property
    def message(self) -> Message:
        return message(Msg.OP_RENAME_TAG, old=self.old, new=self.new)

    def run(self, services: Services) -> OpResult[Any]:
        return services.tags.rename(self.old, self.new, seen=self.seen)


@dataclass(frozen=True, slots=True)
class MergeTags(Op[Any]):
    sources: tuple[str, ...]
    target: str
    seen: tuple[TagCount, ...] = ()

    @property
    def message(self) -> Message:
        return message(Msg.OP_MERGE_TAGS, count=len(self.sources), target=self.target)

    def run(self, services: Services) -> OpResult[Any]:
        return services.tags.merge(self.sources, self.target, seen=self.seen)


@dataclass(frozen=True, slots=True)
class DeleteTags(Op[int]):
    """Remove tags from every highlight (the highlights stay)."""

    names: tuple[str, ...]
    seen: tuple[TagCount, ...] = ()

    @property
    def message(self) -> Message:
        if len(self.names) == 1:
            return message(Msg.OP_DELETE_TAG, name=self.names[0])
        return message(Msg.OP_DELETE_TAGS, count=len(self.names))

    def run(self, services: Services) -> OpResult[int]:
        return services.tags.delete(self.names, seen=self.seen)


@dataclass(frozen=True, slots=True)
class Retag(Op[int]):
    """Give each annotation exactly these tags (how tag edits are undone)."""

    tagging: tuple[tuple[str, tuple[str, ...]], ...]
    """(annotation id, its tags) pairs."""

    @property
    def message(self) -> Message:
        return message(Msg.OP_CHANGE_TAGS)

    def run(self, services: Services) -> OpResult[int]:
        return services.tags.retag(self.tagging)


# -- entities ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorrectEntity(Op[None]):
    """This range of this document is a ``label`` (None: not an entity; ``remove``: no
    correction at all)."""

    document_id: int
    start: int
    end: int
    entity_label: EntityLabel | None
    remove: bool = False
    snap: bool = False  # widen a selection that cuts a word to whole words

    @property
    def message(self) -> Message:
        if self.remove:
            return message(Msg.OP_REMOVE_CORRECTION)
        if self.entity_label is None:
            return message(Msg.OP_NOT_AN_ENTITY)
        return message(Msg.OP_MARK_AS, type=self.entity_label)

    def run(self, services: Services) -> OpResult[None]:
        return services.entities.correct(
            self.document_id,
            self.start,
            self.end,
            self.entity_label,
            remove=self.remove,
            snap=self.snap,
        )


@dataclass(frozen=True, slots=True)
class SetUserEntity(Op[None]):
    """Every mention of ``name``, in every document, is an ``entity_label`` (None: never
    an entity); ``remove`` takes the name off the list."""

    name: str
    entity_label: EntityLabel | None
    remove: bool = False

    @property
    def message(self) -> Message:
        if self.remove:
            return message(Msg.OP_FORGET_ENTITY, name=self.name)
        if self.entity_label is None:
            return message(Msg.OP_NEVER_ENTITY, name=self.name)
        return message(Msg.OP_ALWAYS_ENTITY, name=self.name, type=self.entity_label)

    def run(self, services: Services) -> OpResult[None]:
        return services.entities.set_user_entity(self.name, self.entity_label, remove=self.remove)


# -- documents and the library ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordDocument(Op["OpenedDocument"]):
    """Record a loaded document: opened in a window (``opened``), or added to the library."""

    loaded: LoadedDocument
    opened: bool = True

    @property
    def message(self) -> Message:
        return message(Msg.OP_OPEN_DOCUMENT if self.opened else Msg.OP_ADD_TO_LIBRARY)

    def run(self, services: Services) -> OpResult[OpenedDocument]:
        return services.documents.record(self.loaded, opened=self.opened)


@dataclass(frozen=True, slots=True)
class AddToLibrary(Op["AddedDocument"]):
    loaded: LoadedDocument

    @property
    def message(self) -> Message:
        return message(Msg.OP_ADD_TO_LIBRARY)

    def run(self, services: Services) -> OpResult[AddedDocument]:
        return services.library.add_loaded(self.loaded)


@dataclass(frozen=True, slots=True)
class SetInLibrary(Op[None]):
    """Take a document out of the library (its record and annotations stay) or put it
    back; ``delete_annotations`` deletes it and its annotations for good."""

    document_id: int
    in_library: bool
    delete_annotations: bool = False

    @property
    def message(self) -> Message:
        return message(Msg.OP_PUT_BACK if self.in_library else Msg.OP_REMOVE_FROM_LIBRARY)

    def run(self, services: Services) -> OpResult[None]:
        if self.in_library:
            return services.library.put_back(self.document_id)
        return services.library.remove(self.document_id, delete_annotations=self.delete_annotations)


@dataclass(frozen=True, slots=True)
class ImportAnnotations(Op["ImportReport"]):
    """W3C Web Annotation JSON into a document: all of it, or nothing."""

    document_id: int
    json_text: str

    @property
    def message(self) -> Message:
        return message(Msg.OP_IMPORT_ANNOTATIONS)

    def run(self, services: Services) -> OpResult[ImportReport]:
        return services.exports.import_w3c(self.document_id, self.json_text)


@dataclass(frozen=True, slots=True)
class ImportPdfMarks(Op["PdfImportReport"]):
    """The highlights and notes a PDF carries from other viewers, as annotations of the
    document (one transaction; those already there are left out)."""

    document_id: int
    document: Document
    password: str | None = None

    @property
    def message(self) -> Message:
        return message(Msg.OP_IMPORT_PDF_MARKS)

    def run(self, services: Services) -> OpResult[PdfImportReport]:
        return services.pdf_marks.import_marks(self.document_id, self.document, self.password)


def _counted(one: Msg, many: Msg, count: int) -> Message:
    return message(one) if count == 1 else message(many, count=count)


def _colour(colour: Colour | str) -> Colour | str:
    try:
        return Colour(str(colour).lower())
    except ValueError:
        return str(colour).lower()
