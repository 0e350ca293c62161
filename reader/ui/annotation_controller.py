"""Highlights, notes and tags in the window: create, edit, delete, re-attach, tags.

Each action is an operation run by the window (:meth:`MainWindow.perform`); the view
and the panel change when the state says the annotations did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.annotations import Annotation, Colour
from reader.core.errors import ConflictError
from reader.core.tags import TagCount
from reader.services.ops import (
    CreateAnnotation,
    DeleteAnnotations,
    EditAnnotation,
    ForgetDeleted,
    MoveAnnotation,
    OpResult,
    UndeleteAnnotations,
)
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.conflict_dialog import ConflictDialog, Draft
from reader.ui.document_state import AnnotationDelta
from reader.ui.i18n import tr
from reader.ui.passages import quoted
from reader.ui.tag_manager import TagManager
from reader.ui.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class AnnotationController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.known_tags: list[str] = []  # every tag of the library, for completion
        self.editor: AnnotationEditor | None = None
        self.conflict: ConflictDialog | None = None
        self.trash: TrashDialog | None = None
        """The conflict dialog shown last (for tests and screenshots)."""
        self.refresh_tags()

    @property
    def annotations(self) -> dict[str, Annotation]:
        """The open document's annotations, by id (the state's)."""
        return self.window.state.annotations

    def annotations_changed(self, delta: AnnotationDelta) -> None:
        window = self.window
        window.view.set_annotations(self.annotations.values())
        window.annotations_panel.apply(delta, window.state.sorted_annotations())
        selected = self.selected_annotation()
        if selected is None and window.view.highlighter.selected_annotation:
            window.selection_bar.hide()

    def refresh_tags(self) -> None:
        tags = self.window.services.tags
        self.window.runner.read(tr("listing the tags"), lambda _c: tags.counts(), self._set_tags)

    def _set_tags(self, counts: list[TagCount]) -> None:
        self.known_tags = [t.name for t in counts]

    # -- creating and changing --------------------------------------------------------------

    def highlight_selection(self, colour: Colour, *, then_edit: bool = False) -> None:
        """Highlight the selected passage (widened to whole words by the service), or
        recolour the selected highlight when no text is selected."""
        window = self.window
        if window.opened is None:
            return
        span = window.view.selection_offsets()
        if span is None:
            selected = self.selected_annotation()
            if selected is not None:
                self.recolour(selected, colour)
                if then_edit:
                    self.edit(selected.id)
                return
            window.statusBar().showMessage(tr("Select a passage to highlight first."), 5000)
            return

        def done(result: OpResult[Annotation]) -> None:
            # The new highlight replaces the text selection: Note, Delete, colours act on it.
            cursor = window.view.textCursor()
            cursor.clearSelection()
            window.view.setTextCursor(cursor)
            self.select(result.value.id)
            if then_edit:
                self.edit(result.value.id, fresh=True)

        window.perform(CreateAnnotation(window.opened.id, *span, colour=colour, snap=True), done)

    def bar_colour(self, colour: Colour) -> None:
        selected = self.selected_annotation()
        if self.window.view.selection_offsets() is None and selected is not None:
            self.recolour(selected, colour)
        else:
            self.highlight_selection(colour)
        self.window.selection_bar.hide()

    def recolour(self, annotation: Annotation, colour: Colour) -> None:
        if annotation.colour != colour:
            seen = _draft(annotation)
            mine = (colour, seen[1], seen[2])
            self.window.perform(
                EditAnnotation(annotation.id, colour=colour, expected_version=annotation.version),
                on_conflict=lambda error: self.resolve(
                    annotation.id, mine, seen, error, mine_title=tr("Yours (the colour you chose)")
                ),
            )

    def selected_annotation(self) -> Annotation | None:
        return self.annotations.get(self.window.view.highlighter.selected_annotation or "")

    def at(self, offset: int) -> Annotation | None:
        if offset < 0:
            return None
        hits = self.window.view.highlighter.annotations.at(offset)
        return min(hits, key=lambda a: a.end - a.start) if hits else None

    def edit_note(self) -> None:
        """Note and tags of the selected highlight, or of a new one on the selection."""
        annotation = self.selected_annotation()
        if self.window.view.selection_offsets() is not None or annotation is None:
            self.highlight_selection(self.window.prefs.highlight_colour, then_edit=True)
        else:
            self.edit(annotation.id)

    def edit(self, annotation_id: str, draft: Draft | None = None, *, fresh: bool = False) -> None:
        """Colour, note and tags in one dialog; saved as one operation. If saving fails
        (a full disk, a read-only library), the dialog comes back with what was typed
        (``draft``), so nothing the user wrote is lost. Cancel on a ``fresh`` highlight
        (made to be noted) takes the highlight back too."""
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            return
        self.window.selection_bar.hide()
        colour, note, tags = draft or (annotation.colour, annotation.note, annotation.tags)
        editor = AnnotationEditor(
            annotation.quote.exact,
            colour,
            note,
            tags,
            known_tags=self.known_tags,
            parent=self.window,
        )
        self.editor = editor

        def accepted() -> None:
            if self.editor is not editor:
                return  # accepted once already
            self.editor = None
            values = (editor.colour, editor.note, tuple(editor.tags))
            seen = (annotation.colour, annotation.note, tuple(annotation.tags))
            if values != seen:
                self.window.perform(
                    EditAnnotation(
                        annotation.id,
                        colour=values[0],
                        note=values[1],
                        tags=values[2],
                        expected_version=annotation.version,  # someone else's change: refused
                    ),
                    on_failed=lambda _message: self.edit(annotation.id, draft=values),
                    on_conflict=lambda error: self.resolve(annotation.id, values, seen, error),
                )

        editor.accepted.connect(accepted)
        undo_stack = self.window.undo_stack
        made_at = undo_stack.index()

        def rejected() -> None:
            if self.editor is not editor:
                return
            self.editor = None
            if fresh and undo_stack.index() == made_at and undo_stack.canUndo():
                undo_stack.undo()  # the highlight just made for this note goes

        editor.rejected.connect(rejected)
        editor.open()

    def resolve(
        self,
        annotation_id: str,
        mine: Draft,
        seen: Draft,
        conflict: ConflictError,
        *,
        mine_title: str | None = None,
        move: tuple[int, int, str] | None = None,
    ) -> None:
        """Someone else changed the highlight first: show both versions; keep theirs, or
        apply over their version what the user changed in ``mine`` from what they had
        ``seen`` (theirs, then mine; a new conflict asks again). ``move``: the change
        was a re-attachment to (start, end, the passage's text) instead. When the change
        was typed in the editor (no ``mine_title``) and saving fails, the editor comes
        back with it."""
        theirs = conflict.current
        dialog = ConflictDialog(
            theirs,
            mine if theirs is None else _over(_draft(theirs), mine, seen),
            self.window,
            mine_title=mine_title,
            my_passage=None if move is None else move[2],
        )
        self.conflict = dialog

        def again(error: ConflictError) -> None:
            self.resolve(annotation_id, mine, seen, error, mine_title=mine_title, move=move)

        def apply() -> None:
            if theirs is None:
                return
            if move is not None:
                op: MoveAnnotation | EditAnnotation = MoveAnnotation(
                    annotation_id, move[0], move[1], expected_version=theirs.version
                )
            else:
                op = EditAnnotation(
                    annotation_id,
                    colour=mine[0] if mine[0] != seen[0] else None,  # None: theirs stays
                    note=mine[1] if mine[1] != seen[1] else None,
                    tags=mine[2] if mine[2] != seen[2] else None,
                    expected_version=theirs.version,
                )
            typed = mine_title is None
            self.window.perform(
                op,
                on_failed=(lambda _m: self.edit(annotation_id, draft=mine)) if typed else None,
                on_conflict=again,
            )

        dialog.accepted.connect(apply)
        dialog.rejected.connect(self.window.documents.reload)  # show theirs now
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_trash(self) -> TrashDialog:
        """Edit ▸ Trash… (team libraries): what was deleted lately, to bring back."""
        if self.trash is None:
            self.trash = TrashDialog(self.window)
            self.trash.restore_requested.connect(self._undelete)
            self.trash.forget_requested.connect(self._forget)
        self._list_trash()
        self.trash.show()
        self.trash.raise_()
        return self.trash

    def _list_trash(self) -> None:
        annotations = self.window.services.annotations
        trash = self.trash
        if trash is not None:
            self.window.runner.read(
                tr("listing the trash"), lambda _c: annotations.deleted(), trash.set_entries
            )

    def _undelete(self, ids: tuple[str, ...]) -> None:
        self.window.perform(UndeleteAnnotations(ids), lambda _result: self._list_trash())

    def _forget(self, ids: tuple[str, ...]) -> None:
        def done(result: OpResult[int]) -> None:
            self._list_trash()
            self.window.statusBar().showMessage(
                tr("%n highlight(s) deleted for good.", "", result.value), 5000
            )

        self.window.perform(ForgetDeleted(ids), done, on_failed=lambda _m: self._list_trash())

    def delete_selected_annotation(self) -> None:
        annotation = self.selected_annotation()
        if annotation is not None:
            self.delete(annotation.id)

    def delete(self, annotation_id: str) -> None:
        if annotation_id not in self.annotations:
            return
        self.window.selection_bar.hide()
        self.window.perform(
            DeleteAnnotations((annotation_id,)),
            lambda _result: self.window.statusBar().showMessage(
                tr("Highlight deleted. Undo with Ctrl+Z."), 5000
            ),
        )

    def reattach(self, annotation_id: str) -> None:
        span = self.window.view.selection_offsets()
        if annotation_id not in self.annotations:
            return
        if span is None:
            self.window.statusBar().showMessage(
                tr("Select the passage where this highlight belongs, then choose Re-attach."), 8000
            )
            return
        annotation = self.annotations[annotation_id]
        passage = self.window.view.textCursor().selectedText()
        seen = _draft(annotation)
        self.window.perform(
            MoveAnnotation(annotation_id, *span, expected_version=annotation.version),
            on_conflict=lambda error: self.resolve(
                annotation_id,
                seen,
                seen,
                error,
                mine_title=tr("Yours (the passage you selected)"),
                move=(*span, quoted(passage, 200)),
            ),
        )

    # -- going to and selecting ---------------------------------------------------------------

    def go_to_annotation(self, annotation_id: str) -> None:
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            return
        if annotation.orphan:
            self.window.statusBar().showMessage(
                tr(
                    "This passage is not in the current version of the file. To re-attach the "
                    "highlight, select where it belongs and choose Re-attach (right-click it)."
                ),
                10_000,
            )
            return
        self.window.view.select_offsets(annotation.start, annotation.end, centre=True)
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
        """Rename, merge and delete tags; each change is undoable like any other."""
        manager = TagManager(self.window.runner, self.window.perform, self.window)
        manager.open()


def _draft(annotation: Annotation) -> Draft:
    return annotation.colour, annotation.note, tuple(annotation.tags)


def _over(theirs: Draft, mine: Draft, seen: Draft) -> Draft:
    """Theirs with what the user changed from ``seen`` in ``mine``: what applying gives."""
    return (
        mine[0] if mine[0] != seen[0] else theirs[0],
        mine[1] if mine[1] != seen[1] else theirs[1],
        mine[2] if mine[2] != seen[2] else theirs[2],
    )
