"""Entities in the window: recognition in a worker, the legend and panel, corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.entities import EntityLabel, EntitySpan
from reader.services.entities import EntityView
from reader.ui.colour_buttons import swatch_icon
from reader.ui.commands import CorrectEntity, SetUserEntity
from reader.ui.entity_list_dialog import EntityListDialog
from reader.ui.palette import ENTITY_COLOURS, ENTITY_NAMES
from reader.ui.workers import Job, JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

FIRST_SCREEN_CHARS = 6_000


class EntityController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.job: Job | None = None  # the running recognition, if any
        self.view: EntityView | None = None  # the open document's entities, once known

    def warm_up(self) -> None:
        """Load the entity pipeline of the last document's language in the background
        (3-4 s), so the next document's entities do not wait for it."""
        recent = self.window.services.documents.recent(1)
        language = recent[0].language if recent else None
        if language is None:
            return
        entities = self.window.services.entities
        self.window.jobs.start(
            "loading the entity pipeline",
            lambda _control: entities.warm_up(language),
            lambda _result: None,
            lambda message: self.window.statusBar().showMessage(message, 10_000),
        )

    def recognise(self, document_id: int) -> None:
        services = self.window.services
        pipeline = services.entities.pipeline_for(
            self.window.opened.language if self.window.opened else None
        )
        self.window.pipeline_label.setText(f"Entities: recognising with {pipeline}…")
        first = (0, FIRST_SCREEN_CHARS)

        def work(control: JobControl) -> EntityView:
            return services.entities.recognise(
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
                self.window.pipeline_label.setText("Entities: not available")
                self.window.statusBar().showMessage(message, 15_000)

        def succeeded(view: EntityView) -> None:
            if current():
                self.job = None
                self.show_view(view)

        job = self.window.jobs.start(
            "recognising entities",
            work,
            succeeded,
            failed,
            on_progress=progress,
            on_partial=partial,
        )
        self.job = job

    def show_view(self, view: EntityView) -> None:
        if self.window.opened is None or view.document_id != self.window.opened.id:
            return
        self.view = view
        self._show_entities(view.spans)
        source = (
            "rules only: no spaCy pipeline for this language"
            if view.pipeline == ("rules only")
            else view.pipeline
        )
        self.window.pipeline_label.setText(f"Entities: {source}")
        self.window.pipeline_label.setToolTip(
            "Names, dates and amounts are found by this spaCy pipeline plus reader's rules."
            if view.pipeline != "rules only"
            else "Install a spaCy pipeline for this language to find names (see README)."
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
                f"{len({(s.label, s.text) for s in spans})} entities, {len(spans)} mentions. "
                "Click one to go through its mentions."
            )

    def refresh_entities(self) -> None:
        """Re-apply corrections after one changed (fast: the cached result plus corrections)."""
        if self.window.opened is None:
            return
        view = self.window.services.entities.cached(self.window.opened.id)
        if view is not None:
            self.show_view(view)

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
            self.window.statusBar().showMessage("Select the text to mark as an entity first.", 5000)
            return
        self.window.push_command(
            CorrectEntity(
                self.window.services, self.window.opened.id, span, label, self.refresh_entities
            )
        )

    def show_entity_list(self) -> None:
        dialog = EntityListDialog(
            self.window.services.entities.user_entities,
            lambda name, label: self.window.push_command(
                SetUserEntity(self.window.services, name, label, self.refresh_entities)
            ),
            lambda name: self.window.push_command(
                SetUserEntity(self.window.services, name, None, self.refresh_entities, remove=True)
            ),
            self.window,
        )
        dialog.exec()

    def entity_menu(self, parent: QWidget, entity: EntitySpan, *, mention: bool = True) -> QMenu:
        """Corrections for an entity: its type everywhere (kept in the user's entity list),
        or for this one mention only; not an entity here; never an entity."""
        assert self.window.opened is not None
        document_id = self.window.opened.id
        span = (entity.start, entity.end)
        menu = QMenu(f"Entity “{entity.text}” ({ENTITY_NAMES[entity.label]})", parent)
        everywhere = menu.addMenu("Change Type")
        everywhere.setToolTip("Every mention of this name, in every document")
        here = menu.addMenu("Change Type of This Mention Only") if mention else None
        for label in EntityLabel:
            icon = swatch_icon(ENTITY_COLOURS[label], 12)
            for target, command in (
                (
                    everywhere,
                    lambda lab=label: SetUserEntity(
                        self.window.services, entity.text, lab, self.refresh_entities
                    ),
                ),
                (
                    here,
                    lambda lab=label: CorrectEntity(
                        self.window.services, document_id, span, lab, self.refresh_entities
                    ),
                ),
            ):
                if target is None:
                    continue
                action = QAction(icon, ENTITY_NAMES[label], target)
                action.setEnabled(label != entity.label)
                action.triggered.connect(
                    lambda _=False, make=command: self.window.push_command(make())
                )
                target.addAction(action)
        menu.addSeparator()
        if mention:
            menu.addAction(
                "Not an Entity Here",
                lambda: self.window.push_command(
                    CorrectEntity(
                        self.window.services, document_id, span, None, self.refresh_entities
                    )
                ),
            )
        menu.addAction(
            f"Never an Entity: “{entity.text}”",
            lambda: self.window.push_command(
                SetUserEntity(self.window.services, entity.text, None, self.refresh_entities)
            ),
        )
        return menu

    def panel_menu(self, label: str, name: str, point: QPoint) -> None:
        spans = self.view.spans if self.view else ()
        entity = next((s for s in spans if s.text == name and s.label.value == label), None)
        if entity is not None and self.window.opened is not None:
            menu = self.entity_menu(self.window, entity, mention=False)
            menu.exec(point)
