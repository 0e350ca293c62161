"""Undoable user actions. Each redo/undo is one committed transaction in the services.

The window passes a ``refresh`` callback that shows the new state; commands
never touch widgets themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from reader.core.annotations import Annotation, Colour
from reader.core.entities import EntityLabel
from reader.core.errors import ReaderError
from reader.nlp.types import EntityCorrection
from reader.services.app import Services

AnnotationChanged = Callable[[Annotation | None, Annotation | None], None]
log = logging.getLogger(__name__)


class Command(QUndoCommand):
    """An undoable action whose ``apply``/``revert`` call the services.

    The window runs it once with ``run_first`` before pushing it, so a refused
    action (bad input) never reaches the undo stack and its message is shown as
    it is; Qt's first ``redo`` after the push is then skipped. A later undo or redo
    that fails (the annotation was deleted by another window, say) is reported
    and the command dropped from the stack.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied_by_run_first = False
        self.report: Callable[[str], None] = log.warning

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def run_first(self) -> None:
        self.apply()
        self._applied_by_run_first = True

    def redo(self) -> None:
        if self._applied_by_run_first:
            self._applied_by_run_first = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except ReaderError as exc:
            self.setObsolete(True)
            self.report(f"Cannot {self.text().lower()}: {exc}")


class CreateAnnotation(Command):
    def __init__(
        self,
        services: Services,
        document_id: int,
        span: tuple[int, int],
        colour: Colour,
        changed: AnnotationChanged,
        *,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> None:
        super().__init__(f"Highlight in {colour.value}")
        self._services = services
        self._args = (document_id, span, colour, note, tuple(tags))
        self._changed = changed
        self.annotation: Annotation | None = None

    def apply(self) -> None:
        document_id, (start, end), colour, note, tags = self._args
        if self.annotation is None:
            self.annotation = self._services.annotations.create(
                document_id, start, end, colour=colour, note=note, tags=tags
            )
        else:
            self.annotation = self._services.annotations.restore(self.annotation)
        self._changed(None, self.annotation)

    def revert(self) -> None:
        if self.annotation is not None:
            self._services.annotations.delete(self.annotation.id)
            self._changed(self.annotation, None)


class EditAnnotation(Command):
    def __init__(
        self,
        services: Services,
        before: Annotation,
        changed: AnnotationChanged,
        *,
        colour: Colour | None = None,
        note: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> None:
        what = "colour" if colour is not None and note is None and tags is None else "highlight"
        super().__init__(f"Change {what}")
        self._services = services
        self._before = before
        self._after = replace(
            before,
            colour=colour if colour is not None else before.colour,
            note=note if note is not None else before.note,
            tags=tuple(tags) if tags is not None else before.tags,
        )
        self._changed = changed
        self._current = before

    def _apply(self, target: Annotation) -> None:
        annotations = self._services.annotations
        updated = annotations.update(target.id, colour=target.colour, note=target.note)
        if tuple(updated.tags) != tuple(target.tags):
            updated = annotations.set_tags(target.id, target.tags)
        self._changed(self._current, updated)
        self._current = updated

    def apply(self) -> None:
        self._apply(self._after)

    def revert(self) -> None:
        self._apply(self._before)


class DeleteAnnotation(Command):
    def __init__(
        self, services: Services, annotation: Annotation, changed: AnnotationChanged
    ) -> None:
        super().__init__("Delete highlight")
        self._services = services
        self._annotation = annotation
        self._changed = changed

    def apply(self) -> None:
        self._annotation = self._services.annotations.delete(self._annotation.id)
        self._changed(self._annotation, None)

    def revert(self) -> None:
        self._annotation = self._services.annotations.restore(self._annotation)
        self._changed(None, self._annotation)


class ReattachAnnotation(Command):
    """Attach an orphan (its passage was not found) to a passage the user selected."""

    def __init__(
        self,
        services: Services,
        orphan: Annotation,
        span: tuple[int, int],
        changed: AnnotationChanged,
    ) -> None:
        super().__init__("Re-attach highlight")
        self._services = services
        self._orphan = orphan
        self._span = span
        self._changed = changed
        self._current = orphan

    def apply(self) -> None:
        moved = self._services.annotations.move(self._orphan.id, *self._span)
        self._changed(self._current, moved)
        self._current = moved

    def revert(self) -> None:
        annotations = self._services.annotations
        annotations.delete(self._orphan.id)
        restored = annotations.restore(self._orphan)  # placed by its quote, or an orphan again
        self._changed(self._current, restored)
        self._current = restored


class CorrectEntity(Command):
    """This range of this document is a ``label`` (None: not an entity)."""

    def __init__(
        self,
        services: Services,
        document_id: int,
        span: tuple[int, int],
        label: EntityLabel | None,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__("Not an entity" if label is None else f"Mark as {label.value}")
        self._services = services
        self._document_id = document_id
        self._span = span
        self._label = label
        self._refresh = refresh
        self._previous: EntityCorrection | None = None

    def apply(self) -> None:
        self._previous = self._services.entities.correct(
            self._document_id, *self._span, self._label
        )
        self._refresh()

    def revert(self) -> None:
        self._services.entities.restore_correction(self._document_id, *self._span, self._previous)
        self._refresh()


class SetUserEntity(Command):
    """Every mention of ``name``, in every document, is a ``label`` (None: never)."""

    def __init__(
        self,
        services: Services,
        name: str,
        label: EntityLabel | None,
        refresh: Callable[[], None],
        *,
        remove: bool = False,
    ) -> None:
        text = (
            f"Remove “{name}” from your entity list"
            if remove
            else (
                f"Never an entity: “{name}”"
                if label is None
                else f"“{name}” is always {label.value}"
            )
        )
        super().__init__(text)
        self._services = services
        self._name = name
        self._label = label
        self._remove = remove
        self._refresh = refresh
        self._existed = False
        self._previous: EntityLabel | None = None

    def apply(self) -> None:
        entities = self._services.entities
        current = entities.user_entities()
        self._existed = self._name in current
        self._previous = current.get(self._name)
        if self._remove:
            entities.remove_user_entity(self._name)
        else:
            entities.set_user_entity(self._name, self._label)
        self._refresh()

    def revert(self) -> None:
        entities = self._services.entities
        if self._existed:
            entities.set_user_entity(self._name, self._previous)
        else:
            entities.remove_user_entity(self._name)
        self._refresh()
