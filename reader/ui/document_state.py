"""The open document as the window shows it: one place, and signals when it changes.

Panels and the reading view render this state; none of them reads the database.
Operations change the library on the writer thread; what they changed comes back
as :class:`Fetched` (gathered off the UI thread too, :func:`fetch_changes`) and is
applied here, which tells the views exactly what to redraw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from reader.core.annotations import Annotation, reading_order
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.entities import EntityView
from reader.services.ops import Changes
from reader.ui.document_builder import Plan
from reader.ui.offsets import PositionMap

MANY = 300
"""From this many changed annotations, the open document's are all read again."""


@dataclass(frozen=True, slots=True)
class AnnotationDelta:
    """Annotations that went (or changed: the old version) and came (the new version)."""

    removed: tuple[Annotation, ...] = ()
    added: tuple[Annotation, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.removed or self.added)


@dataclass(frozen=True, slots=True)
class Fetched:
    """What the database holds now of the annotations an operation touched, for the
    document that was open: ``fresh`` by id, or ``everything`` when many changed."""

    document_id: int
    ids: frozenset[str] = frozenset()
    fresh: dict[str, Annotation] = field(default_factory=dict)
    everything: tuple[Annotation, ...] | None = None


def fetch_changes(services: Services, changes: Changes, document_id: int | None) -> Fetched | None:
    """Off the UI thread: the annotations of the open document an operation changed."""
    if document_id is None or not changes.annotations:
        return None
    if changes.document_id not in (None, document_id):
        return None
    if len(changes.annotations) >= MANY:
        return Fetched(
            document_id, everything=tuple(services.annotations.for_document(document_id))
        )
    fresh = {
        i: a
        for i, a in services.annotations.get_many(changes.annotations).items()
        if a.document_id == document_id
    }
    return Fetched(document_id, changes.annotations, fresh)


@dataclass(frozen=True, slots=True)
class Shown:
    """Everything the window needs to show a document, gathered off the UI thread."""

    opened: OpenedDocument
    annotations: tuple[Annotation, ...]
    entities: EntityView | None
    folded: str
    """The text folded for Find (:func:`reader.core.folding.fold`)."""
    positions: PositionMap
    layout: Plan
    """The objects the view inserts (tables, pictures, rules), planned off the UI thread."""
    words: int


class DocumentState(QObject):
    opened = Signal()
    """Another document is open (or none)."""
    annotations_changed = Signal(object)
    """An :class:`AnnotationDelta`."""
    entities_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: OpenedDocument | None = None
        self.annotations: dict[str, Annotation] = {}
        self.entities: EntityView | None = None
        self.folded = ""
        self.positions = PositionMap("")
        self.layout = Plan()
        self.words = 0

    @property
    def document_id(self) -> int | None:
        return self.document.id if self.document is not None else None

    def show(self, shown: Shown) -> None:
        self.document = shown.opened
        self.annotations = {a.id: a for a in shown.annotations}
        self.entities = shown.entities
        self.folded = shown.folded
        self.positions = shown.positions
        self.layout = shown.layout
        self.words = shown.words
        self.opened.emit()

    def sorted_annotations(self) -> list[Annotation]:
        return sorted(self.annotations.values(), key=reading_order)

    def apply(self, fetched: Fetched | None) -> None:
        """What an operation changed, if it is about the open document."""
        if fetched is None or fetched.document_id != self.document_id:
            return
        if fetched.everything is not None:
            self.replace(fetched.everything)
            return
        removed: list[Annotation] = []
        added: list[Annotation] = []
        for annotation_id in fetched.ids:
            old = self.annotations.get(annotation_id)
            new = fetched.fresh.get(annotation_id)
            if old == new:
                continue
            if old is not None:
                removed.append(self.annotations.pop(annotation_id))
            if new is not None:
                self.annotations[annotation_id] = new
                added.append(new)
        self._emit(AnnotationDelta(tuple(removed), tuple(added)))

    def replace(self, annotations: Iterable[Annotation]) -> None:
        """The open document's annotations as the database holds them now."""
        fresh = {a.id: a for a in annotations}
        removed = tuple(a for i, a in self.annotations.items() if fresh.get(i) != a)
        added = tuple(a for i, a in fresh.items() if self.annotations.get(i) != a)
        self.annotations = fresh
        self._emit(AnnotationDelta(removed, added))

    def set_entities(self, view: EntityView | None) -> None:
        if view is not None and view.document_id != self.document_id:
            return
        self.entities = view
        self.entities_changed.emit()

    def _emit(self, delta: AnnotationDelta) -> None:
        if delta:
            self.annotations_changed.emit(delta)
