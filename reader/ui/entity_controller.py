"""Entities in the window: recognition in a worker, the legend and panel, corrections."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.entities import EntityLabel, EntitySpan
from reader.services.entities import EntityView, Recognised
from reader.services.entity_worker import shared_worker
from reader.services.ops import CorrectEntity, SetUserEntity
from reader.ui.colour_buttons import swatch_icon
from reader.ui.entity_list_dialog import EntityListDialog
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, entity_name
from reader.ui.runner import Job, JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

FIRST_SCREEN_CHARS = 6_000


def settle_memory() -> None:
    """Exempt what is loaded so far from the garbage collector's full passes: a full
    pass walks every object (about 150 ms for what start-up imports), any thread's
    allocation can start one, and the UI thread waits meanwhile. Frozen objects are
    still freed when no longer used (only reference cycles among them are not)."""
    gc.freeze()


class EntityController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.job: Job | None = None  # the running recognition, if any
        self.worker = shared_worker()

    @property
    def view(self) -> EntityView | None:
        """The open document's entities, once known (the state's)."""
        return self.window.state.entities

    def cancel(self) -> None:
        if self.job is not None:
            self.job.control.cancel()
        self.job = None

    def warm_up(self) -> None:
        """Start the recognition process and load the entity pipeline of the last
        document's language there (3-4 s; with no recent document, the locale's or any
        installed one), so the next document's entities do not wait."""
        services, worker = self.window.services, self.worker

        def work(_control: JobControl) -> None:
            recent = services.documents.recent(1)
            worker.warm_up(recent[0].language if recent else None)

        self.window.runner.read(
            tr("loading the entity pipeline"),
            work,
            lambda _result: None,
            lambda message: self.window.statusBar().showMessage(message, 10_000),
            waits=True,
        )

    def shut_down(self) -> None:
        """Stop recognising (the window closes; the process serves other windows)."""
        self.cancel()

    def recognise(self, document_id: int) -> None:
        """Recognise in the recognition process (the first screen first), then keep the
        result (the writer thread)."""
        services, worker = self.window.services, self.worker
        pipeline = services.entities.pipeline_for(
            self.window.opened.language if self.window.opened else None
        )
        self.window.pipeline_label.setText(
            tr("Entities: recognising with {pipeline}…").format(pipeline=pipeline)
        )
        first = (0, FIRST_SCREEN_CHARS)

        url = services.database_url

        def work(control: JobControl) -> Recognised:
            return worker.compute(
                url,
                document_id,
                first=first,
                progress=control.progress,
                cancelled=control.cancelled,
                on_partial=control.partial,
            )

        job: Job | None = None

        def current() -> bool:
            return job is self.job

        def partial(spans: list[EntitySpan]) -> None:
            if current() and self.view is None:
                self._show_entities(spans)

        def progress(done: int, total: int) -> None:
            if current():
                self.window.show_progress(done, total)

        def failed(message: str) -> None:
            if current():
                self.job = None
                self.window.pipeline_label.setText(tr("Entities: not available"))
                self.window.statusBar().showMessage(message, 15_000)

        def computed(recognised: Recognised) -> None:
            if current():
                self.window.runner.write(
                    tr("keeping the entities"), lambda s: s.entities.keep(recognised), kept, failed
                )

        def kept(view: EntityView) -> None:
            if current():
                self.job = None
                self.show_view(view)

        job = self.window.runner.read(
            tr("recognising entities"),
            work,
            computed,
            failed,
            on_progress=progress,
            on_partial=partial,
            waits=True,
        )
        self.job = job

    def show_view(self, view: EntityView) -> None:
        if self.window.opened is None or view.document_id != self.window.opened.id:
            return
        self.window.state.set_entities(view)

    def entities_changed(self) -> None:
        """The state's entities changed: show them."""
        view = self.view
        if view is None:
            return
        self._show_entities(view.spans)
        source = (
            tr("rules only: no spaCy pipeline for this language")
            if view.pipeline == ("rules only")
            else view.pipeline
        )
        self.window.pipeline_label.setText(tr("Entities: {source}").format(source=source))
        self.window.pipeline_label.setToolTip(
            tr("Names, dates and amounts are found by this spaCy pipeline plus reader's rules.")
            if view.pipeline != "rules only"
            else tr("Install a spaCy pipeline for this language to find names (see README).")
        )
        self.window.entities_shown.emit()

    def _show_entities(self, spans: tuple[EntitySpan, ...] | list[EntitySpan]) -> None:
        self.window.view.set_entities(spans)
        self.show_lists(spans)

    def show_lists(self, spans: tuple[EntitySpan, ...] | list[EntitySpan]) -> None:
        self.window.legend.set_counts(spans)
        self.window.entities_panel.set_entities(spans, self.window.legend.hidden())
        if spans:
            self.window.entities_panel.status.setText(
                tr("%n entities", "", len({(s.label, s.text) for s in spans}))
                + ", "
                + tr("%n mentions.", "", len(spans))
                + " "
                + tr("Click one to go through its mentions.")
            )

    def refresh_entities(self) -> None:
        """Re-apply corrections after one changed (the cached result plus corrections,
        read off the UI thread)."""
        if self.window.opened is None or self.view is None:
            return
        document_id = self.window.opened.id
        entities = self.window.services.entities

        def done(view: EntityView | None) -> None:
            if view is not None:
                self.show_view(view)

        self.window.runner.read(
            tr("applying the corrections"), lambda _c: entities.cached(document_id), done
        )

    def set_hidden_labels(self, hidden: set[EntityLabel]) -> None:
        self.window.view.set_hidden_labels(hidden)
        spans = self.view.spans if self.view else ()
        self.window.entities_panel.set_entities(spans, hidden)
        self.window.settings.setValue("view/hidden_entities", sorted(h.value for h in hidden))

    def jump_to(self, start: int, end: int) -> None:
        self.window.view.select_offsets(start, end)
        self.window.view.setFocus()

    def mark_selection(self, label: EntityLabel | None) -> None:
        span = self.window.view.selection_offsets()
        if span is None or self.window.opened is None:
            self.window.statusBar().showMessage(
                tr("Select the text to mark as an entity first."), 5000
            )
            return
        self.window.perform(CorrectEntity(self.window.opened.id, *span, label, snap=True))

    def show_entity_list(self) -> None:
        entities = self.window.services.entities
        dialog: EntityListDialog | None = None

        def load() -> None:
            self.window.runner.read(
                tr("reading your entity list"),
                lambda _c: entities.user_entities(),
                lambda found: dialog.show_entries(found) if dialog is not None else None,
            )

        dialog = EntityListDialog(
            load,
            lambda name, label: self.window.perform(SetUserEntity(name, label), lambda _r: load()),
            lambda name: self.window.perform(
                SetUserEntity(name, None, remove=True), lambda _r: load()
            ),
            self.window,
        )
        dialog.open()

    def entity_menu(self, parent: QWidget, entity: EntitySpan, *, mention: bool = True) -> QMenu:
        """Corrections for an entity: its type everywhere (kept in the user's entity list),
        or for this one mention only; not an entity here; never an entity."""
        assert self.window.opened is not None
        document_id = self.window.opened.id
        span = (entity.start, entity.end)
        menu = QMenu(
            tr("Entity “{text}” ({type})").format(text=entity.text, type=entity_name(entity.label)),
            parent,
        )
        everywhere = menu.addMenu(tr("Change Type"))
        everywhere.setToolTip(tr("Every mention of this name, in every document"))
        here = menu.addMenu(tr("Change Type of This Mention Only")) if mention else None
        for label in EntityLabel:
            icon = swatch_icon(ENTITY_COLOURS[label], 12)
            for target, command in (
                (everywhere, lambda lab=label: SetUserEntity(entity.text, lab)),
                (here, lambda lab=label: CorrectEntity(document_id, *span, lab)),
            ):
                if target is None:
                    continue
                action = QAction(icon, entity_name(label), target)
                action.setEnabled(label != entity.label)
                action.triggered.connect(lambda _=False, make=command: self.window.perform(make()))
                target.addAction(action)
        menu.addSeparator()
        if mention:
            menu.addAction(
                tr("Not an Entity Here"),
                lambda: self.window.perform(CorrectEntity(document_id, *span, None)),
            )
        menu.addAction(
            tr("Never an Entity: “{text}”").format(text=entity.text),
            lambda: self.window.perform(SetUserEntity(entity.text, None)),
        )
        return menu

    def panel_menu(self, label: str, name: str, point: QPoint) -> None:
        spans = self.view.spans if self.view else ()
        entity = next((s for s in spans if s.text == name and s.label.value == label), None)
        if entity is not None and self.window.opened is not None:
            menu = self.entity_menu(self.window, entity, mention=False)
            menu.exec(point)
