"""Opening documents, the recent-documents menu, and changes made by other programs.

Opening is three steps off the UI thread: read the file (reading pool; a PDF's pages
are shown meanwhile and its progress page by page, and an encrypted one asks for its
password, see :mod:`reader.ui.pdf_controller`), record it (the writer thread: one
transaction, its search pieces, re-anchoring), gather what the window shows (reading
pool: annotations, cached entities, the folded text for Find, the layout of its rich
structure and the offset map). The UI thread then only puts it in the views.

Every :data:`WATCH_MS` (and when the window is activated) the writer thread asks
SQLite whether another program committed (``PRAGMA data_version``, no table read);
if so the open document's annotations and entities are read again off the UI
thread, and the views show only what differs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from reader.core.annotations import Annotation
from reader.core.errors import PasswordRequired
from reader.core.folding import fold
from reader.core.library import LibraryEntry
from reader.services.app import Services
from reader.services.documents import LoadedDocument, OpenedDocument
from reader.services.ops import OpResult, RecordDocument
from reader.ui.document_builder import plan
from reader.ui.document_state import Shown
from reader.ui.entity_controller import settle_memory
from reader.ui.i18n import tr
from reader.ui.language_names import language_name
from reader.ui.offsets import PositionMap
from reader.ui.paths import open_filter
from reader.ui.plain import plain_tooltip
from reader.ui.problem_dialog import problem_box
from reader.ui.runner import Job, JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

WATCH_MS = 1_500


class DocumentController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._ticket = 0  # which opening is current; older ones are dropped
        self._opening = False
        self._jobs: list[Job] = []
        self._recent: list[LibraryEntry] = []
        self._checking = False
        self._watch = QTimer(window)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.look_for_changes)
        self._watch.start()
        self.look_for_changes()  # the first look takes the measure
        self.refresh_recent()

    # -- opening ----------------------------------------------------------------------

    def choose_file(self) -> None:
        settings = self.window.settings
        start = str(settings.value("paths/last_folder", str(Path.home()), type=str))
        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("Open Document"), start, open_filter()
        )
        if name:
            settings.setValue("paths/last_folder", str(Path(name).parent))
            self.open_path(Path(name))

    def opening(self) -> bool:
        return self._opening

    def open_path(self, path: Path) -> None:
        """Opening another document cancels whatever the previous one started."""
        window = self.window
        self._ticket += 1
        ticket = self._ticket
        for job in self._jobs:
            job.control.cancel()
        window.entity.cancel()
        self._opening = True
        window.statusBar().showMessage(tr("Opening {name}…").format(name=path.name))
        services = window.services
        password = window.pdf.password_for(path)
        window.pdf.preview(path)

        def current() -> bool:
            return ticket == self._ticket

        def load(control: JobControl) -> LoadedDocument | PasswordRequired | OpenedDocument:
            if not path.exists():  # a team library has the text of a file not here
                kept = services.documents.without_file(path)
                if kept is not None:
                    return kept
            try:
                return services.documents.load(
                    path, password=password, progress=control.progress, check=control.check
                )
            except PasswordRequired as needed:  # the window asks for it
                return needed

        def loaded(document: LoadedDocument | PasswordRequired | OpenedDocument) -> None:
            if not current():
                return
            if isinstance(document, OpenedDocument):
                recorded(OpResult(document))
                return
            if isinstance(document, PasswordRequired):
                self._opening = False
                window.statusBar().clearMessage()
                window.pdf.ask_password(path, document)
                return
            window.runner.run(RecordDocument(document), recorded, failed)

        def recorded(result: OpResult[OpenedDocument]) -> None:
            if current():
                self._jobs = [
                    window.runner.read(
                        tr("opening the document"), gather(result.value), shown, failed
                    )
                ]

        def gather(opened: OpenedDocument):  # type: ignore[no-untyped-def]
            def work(control: JobControl) -> Shown:
                annotations = tuple(services.annotations.for_document(opened.id))
                control.check()
                entities = services.entities.cached(opened.id)
                document = opened.document
                layout = plan(document)
                return Shown(
                    opened,
                    annotations,
                    entities,
                    fold(document.text),
                    PositionMap(document.text, 0, layout.insertions),
                    layout,
                    opened.words,
                )

            return work

        def shown(result: Shown) -> None:
            if current():
                self.window.state.show(result)
                settle_memory()  # the document stays while it is open

        def failed(message: str) -> None:
            if current():
                self._fail(message)

        self._jobs = [
            window.runner.read(
                tr("opening the document"), load, loaded, failed, on_progress=window.show_progress
            )
        ]

    def shown(self) -> None:
        """The state holds a new document: fill the views (text first, then the rest)."""
        window = self.window
        state = window.state
        opened = state.document
        if opened is None:
            return
        window.undo_stack.clear()
        window.selection_bar.hide()
        document = opened.document
        window.view.show_document(document, state.positions, state.layout)
        window.setWindowTitle(f"{document.title} — reader")
        window.language_label.setText(
            tr("Language: {language}").format(language=language_name(opened.language))
        )
        window.show_words(state.words)
        items = list(state.annotations.values())  # in reading order, as the store gives them
        window.view.set_annotations(items)
        window.annotations_panel.set_annotations(items)
        window.entity.show_lists(())
        window.statusBar().clearMessage()
        report = opened.reanchor
        if report is not None and (report.moved or report.orphaned):
            window.statusBar().showMessage(
                tr("The file changed since your last visit:")
                + " "
                + tr("%n highlight(s) moved,", "", report.moved)
                + " "
                + tr(
                    "%n not found (listed at the end of the Annotations panel).",
                    "",
                    report.orphaned,
                ),
                15_000,
            )
        if document.warnings:
            window.statusBar().showMessage(" ".join(document.warnings), 15_000)
        window.contents_panel.set_document(document)
        window.library.refresh_library()
        self.refresh_recent()
        if state.entities is not None:
            window.entity.show_view(state.entities)
        else:
            window.entity.recognise(opened.id)

    def loaded(self) -> None:
        """The whole text is in the view."""
        window = self.window
        if not self._opening:
            return
        self._opening = False
        window.document_shown.emit()
        window.library.apply_pending_jump()
        if window.find_bar.isVisible():
            window.finder.find_text(window.find_bar.edit.text())

    def _fail(self, message: str) -> None:
        self._opening = False
        self.window.statusBar().clearMessage()
        self.window.open_failed.emit(message)
        box = problem_box(self.window, tr("Cannot open the document"), message)
        box.setObjectName("openErrorDialog")
        box.open()

    # -- recent documents -----------------------------------------------------------------

    def refresh_recent(self) -> None:
        services = self.window.services
        self.window.runner.read(
            tr("listing recent documents"),
            lambda _c: services.documents.recent(10),
            self._set_recent,
        )

    def _set_recent(self, entries: list[LibraryEntry]) -> None:
        self._recent = entries

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for number, item in enumerate(self._recent, start=1):
            path = Path(item.path)
            action = menu.addAction(f"&{number % 10} {item.title}")
            action.setToolTip(plain_tooltip(item.path))
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
        if not self._recent:
            menu.addAction(tr("No recent documents")).setEnabled(False)

    # -- changes made elsewhere -------------------------------------------------------------

    def look_for_changes(self) -> None:
        """Ask (off the UI thread) whether another program changed the library."""
        if self._checking:
            return
        self._checking = True

        def done(changed: bool) -> None:
            self._checking = False
            if changed:
                self.reload()
                self.window.library.refresh_library()
                self.refresh_recent()

        def failed(_message: str) -> None:
            self._checking = False  # a check that could not be made is tried again later

        self.window.runner.write(
            tr("looking for changes"),
            lambda services: services.library.changed_elsewhere(),
            done,
            failed,
        )

    def reload(self) -> None:
        """Show what the database holds for the open document, where it differs."""
        window = self.window
        document_id = window.state.document_id
        if document_id is None or self._opening:
            return
        services: Services = window.services

        def done(annotations: list[Annotation]) -> None:
            if window.state.document_id == document_id and not self._opening:
                window.state.replace(annotations)
                window.entity.refresh_entities()

        window.runner.read(
            tr("reading the annotations"),
            lambda _c: services.annotations.for_document(document_id),
            done,
        )

    def stop_watching(self) -> None:
        self._watch.stop()
