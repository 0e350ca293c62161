"""Highlights, notes and tags in the window: create, edit, delete, re-attach, keep in sync."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.annotations import Annotation, Colour, snap_to_words
from reader.core.errors import ReaderError
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.annotations_panel import reading_key
from reader.ui.commands import (
    CreateAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    ReattachAnnotation,
)
from reader.ui.tag_manager import TagManager

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class AnnotationController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.annotations: dict[str, Annotation] = {}  # the open document's, by id
        # what the database held when last looked at (see sync_annotations)
        self.fingerprint: tuple[int, str, int] | None = None

    def sorted_annotations(self) -> list[Annotation]:
        return sorted(self.annotations.values(), key=reading_key)

    def show_all(self) -> None:
        items = self.sorted_annotations()
        self.window.view.set_annotations(items)
        self.window.annotations_panel.set_annotations(items)

    def sync_annotations(self) -> None:
        """Show annotations another process (a second window, the CLI) saved meanwhile."""
        if self.window.opened is None or self.window.is_opening():
            return
        try:
            fingerprint = self.window.services.annotations.fingerprint(self.window.opened.id)
        except ReaderError:
            return
        if fingerprint == self.fingerprint:
            return
        self.fingerprint = fingerprint
        self.reload()

    def reload(self) -> None:
        """Show what the database holds for the open document, if it differs."""
        if self.window.opened is None:
            return
        fresh = {
            a.id: a for a in self.window.services.annotations.for_document(self.window.opened.id)
        }
        if fresh != self.annotations:
            self.annotations = fresh
            self.show_all()

    def changed(self, old: Annotation | None, new: Annotation | None) -> None:
        """One annotation changed: update the dict, the painted ranges and one panel row."""
        if old is not None:
            self.annotations.pop(old.id, None)
        if new is not None:
            self.annotations[new.id] = new
        self.window.view.update_annotation(old, new)
        self.window.annotations_panel.update_annotation(old, new)
        if self.window.opened is not None:  # our own change is not news to the watcher
            self.fingerprint = self.window.services.annotations.fingerprint(self.window.opened.id)
        if new is not None:
            self.select(new.id)

    def highlight_selection(self, colour: Colour) -> Annotation | None:
        if self.window.opened is None:
            return None
        span = self.window.view.selection_offsets()
        if span is not None:
            span = snap_to_words(self.window.opened.document.text, *span)
            if span[0] == span[1]:
                span = None
        if span is None:
            selected = self.selected_annotation()
            if selected is not None:
                self.recolour(selected, colour)
                return selected
            self.window.statusBar().showMessage("Select a passage to highlight first.", 5000)
            return None
        command = CreateAnnotation(
            self.window.services, self.window.opened.id, span, colour, self.changed
        )
        self.window.push_command(command)
        self.window.settings.setValue("annotate/last_colour", colour.value)
        if command.annotation is not None:
            # The new highlight replaces the text selection: Note, Delete, colours act on it.
            cursor = self.window.view.textCursor()
            cursor.clearSelection()
            self.window.view.setTextCursor(cursor)
            self.select(command.annotation.id)
        return command.annotation

    def bar_colour(self, colour: Colour) -> None:
        selected = self.selected_annotation()
        if self.window.view.selection_offsets() is None and selected is not None:
            self.recolour(selected, colour)
        else:
            self.highlight_selection(colour)
        self.window.selection_bar.hide()

    def recolour(self, annotation: Annotation, colour: Colour) -> None:
        if annotation.colour != colour:
            self.window.push_command(
                EditAnnotation(self.window.services, annotation, self.changed, colour=colour)
            )

    def selected_annotation(self) -> Annotation | None:
        return self.annotations.get(self.window.view.highlighter.selected_annotation or "")

    def at(self, offset: int) -> Annotation | None:
        if offset < 0:
            return None
        hits = self.window.view.highlighter.annotations.at(offset)
        return min(hits, key=lambda a: a.end - a.start) if hits else None

    def edit_note(self) -> None:
        annotation = self.selected_annotation()
        if self.window.view.selection_offsets() is not None or annotation is None:
            colour = Colour(
                str(self.window.settings.value("annotate/last_colour", "yellow", type=str))
            )
            annotation = self.highlight_selection(colour)
        if annotation is not None:
            self.edit(annotation.id)

    def edit(self, annotation_id: str) -> None:
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            return
        self.window.selection_bar.hide()
        known = [t.name for t in self.window.services.annotations.tags()]
        editor = AnnotationEditor(
            annotation.quote.exact,
            annotation.colour,
            annotation.note,
            annotation.tags,
            known_tags=known,
            parent=self.window,
        )
        if editor.exec() != AnnotationEditor.DialogCode.Accepted:
            return
        if (editor.colour, editor.note, tuple(editor.tags)) == (
            annotation.colour,
            annotation.note,
            tuple(annotation.tags),
        ):
            return
        self.window.push_command(
            EditAnnotation(
                self.window.services,
                annotation,
                self.changed,
                colour=editor.colour,
                note=editor.note,
                tags=editor.tags,
            )
        )

    def delete_selected_annotation(self) -> None:
        annotation = self.selected_annotation()
        if annotation is not None:
            self.delete(annotation.id)

    def delete(self, annotation_id: str) -> None:
        annotation = self.annotations.get(annotation_id)
        if annotation is not None:
            self.window.selection_bar.hide()
            self.window.push_command(
                DeleteAnnotation(self.window.services, annotation, self.changed)
            )
            self.window.statusBar().showMessage("Highlight deleted. Undo with Ctrl+Z.", 5000)

    def reattach(self, annotation_id: str) -> None:
        annotation = self.annotations.get(annotation_id)
        span = self.window.view.selection_offsets()
        if annotation is None:
            return
        if span is None:
            self.window.statusBar().showMessage(
                "Select the passage where this highlight belongs, then choose Re-attach.", 8000
            )
            return
        self.window.push_command(
            ReattachAnnotation(self.window.services, annotation, span, self.changed)
        )

    def go_to_annotation(self, annotation_id: str) -> None:
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            return
        if annotation.orphan:
            self.window.statusBar().showMessage(
                "This passage is not in the current version of the file. To re-attach the "
                "highlight, select where it belongs and choose Re-attach (right-click it).",
                10_000,
            )
            return
        self.window.view.select_offsets(annotation.start, annotation.end)
        self.select(annotation_id)

    def select(self, annotation_id: str) -> None:
        self.window.view.select_annotation(annotation_id or None)
        self.window.annotations_panel.select(annotation_id)

    def selection_finished(self) -> None:
        cursor = self.window.view.textCursor()
        if not cursor.hasSelection():
            return
        self.select("")
        end = self.window.view.cursorRect(cursor).bottomLeft()
        self.window.selection_bar.show_at(end, editing=False)

    def selection_changed(self) -> None:
        if not self.window.view.textCursor().hasSelection() and self.selected_annotation() is None:
            self.window.selection_bar.hide()

    def clicked(self, annotation_id: str) -> None:
        self.select(annotation_id)
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            self.window.selection_bar.hide()
            return
        cursor = self.window.view.textCursor()
        cursor.setPosition(self.window.view.positions.to_qt(annotation.end))
        self.window.selection_bar.show_at(
            self.window.view.cursorRect(cursor).bottomLeft(), editing=True
        )

    def show_tag_manager(self) -> None:
        manager = TagManager(self.window.services, self.window)
        manager.exec()
        if manager.changed and self.window.opened is not None:
            self.window.undo_stack.clear()  # tag-wide edits are confirmed, not undone
            self.reload()
