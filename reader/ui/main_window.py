"""The main window: reading view in the centre, panels as docks, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QEvent,
    QLocale,
    QSettings,
    Qt,
    Signal,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.annotations import Colour
from reader.core.document import reading_minutes
from reader.core.entities import EntityLabel
from reader.core.errors import ConflictError
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.ops import Op, OpResult
from reader.ui.accessible_names import name_controls
from reader.ui.annotation_controller import AnnotationController
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.colour_buttons import COLOUR_SHORTCUTS, swatch_icon
from reader.ui.contents_panel import ContentsPanel
from reader.ui.document_controller import DocumentController
from reader.ui.document_state import DocumentState, Fetched, fetch_changes
from reader.ui.entities_panel import EntitiesPanel
from reader.ui.entity_controller import EntityController
from reader.ui.entity_legend import EntityLegend
from reader.ui.export_controller import ExportController
from reader.ui.file_watch import FileWatch
from reader.ui.find_bar import FindBar
from reader.ui.find_controller import FindController
from reader.ui.i18n import duration_text, tr
from reader.ui.index_controller import IndexController
from reader.ui.index_panel import IndexPanel
from reader.ui.library_controller import LibraryController
from reader.ui.library_panel import LibraryPanel
from reader.ui.library_safety import LibrarySafety
from reader.ui.member_copy import MemberCopy
from reader.ui.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, colour_name, entity_name
from reader.ui.panels import SteadyPanel, panel_action
from reader.ui.paths import app_icon, sample_article
from reader.ui.pdf_controller import PdfController
from reader.ui.preferences_controller import PreferencesController
from reader.ui.problem_dialog import conflict_of, problem_box
from reader.ui.reading_position import ReadingPosition
from reader.ui.reading_view import ReadingView
from reader.ui.runner import Runner
from reader.ui.search_panel import SearchPanel
from reader.ui.selection_bar import SelectionBar
from reader.ui.service_messages import translated
from reader.ui.shortcuts import ShortcutsDialog, bind, menu_actions
from reader.ui.status_fit import StatusFit
from reader.ui.undo import OpCommand, Step

WAITING = str(QT_TRANSLATE_NOOP("", "Waiting for the library… another program is writing to it."))
T = TypeVar("T")


class MainWindow(QMainWindow):
    document_shown = Signal()
    open_failed = Signal(str)
    entities_shown = Signal()
    exported = Signal(str)
    imported = Signal(object)
    """An ImportReport: annotations were imported."""
    error_shown = Signal(str)
    """A message about something that failed was shown (for tests and screenshots)."""
    language_changed = Signal()
    """The interface language was changed in the Preferences (its translators are
    installed): the texts set so far are in the old one until the window is built anew."""

    def __init__(
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.runner = Runner(services, self)
        self.state = DocumentState(self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("reader")
        self.setWindowIcon(QIcon(str(app_icon())))
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.view = ReadingView(self)
        self.find_bar = FindBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.selection_bar = SelectionBar(self.view.viewport())
        self.legend = EntityLegend(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.legend)
        self.annotations_panel = AnnotationsPanel()
        self.annotations_panel.set_identity(services.user, team=services.team)
        self.entities_panel = EntitiesPanel()
        self.contents_panel = ContentsPanel()
        self.library_panel = LibraryPanel()
        self.search_panel = SearchPanel()
        self.annotations_dock = self._dock("annotations", tr("Annotations"), self.annotations_panel)
        self.entities_dock = self._dock("entities", tr("Entities"), self.entities_panel)
        self.contents_dock = self._dock("contents", tr("Contents"), self.contents_panel)
        self.tabifyDockWidget(self.annotations_dock, self.entities_dock)
        self.tabifyDockWidget(self.entities_dock, self.contents_dock)
        self.library_dock = self._dock(
            "library", tr("Library"), self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.library_dock.hide()
        self.search_dock = self._dock(
            "search", tr("Search"), self.search_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.search_dock.hide()
        self.index_panel = IndexPanel()
        self.index_dock = self._dock("index", tr("Index"), self.index_panel)
        self.tabifyDockWidget(self.contents_dock, self.index_dock)
        self.index_dock.hide()
        self.annotations_dock.raise_()
        self.documents = DocumentController(self)
        self.finder = FindController(self)
        self.exporter = ExportController(self)
        self.library = LibraryController(self)
        self.entity = EntityController(self)
        self.notes = AnnotationController(self)
        self.index = IndexController(self)
        self._build_status_bar()
        self.pdf = PdfController(self)
        self.safety = LibrarySafety(self)
        self.prefs = PreferencesController(self)
        self.reading = ReadingPosition(self)
        self.status_fit = StatusFit(
            self.statusBar(), [self.words_label, self.language_label, self.pipeline_label]
        )
        self.file_watch = FileWatch(self)
        self.member_copy = MemberCopy(self)
        self._build_menus()
        self._connect()
        name_controls(self)
        self._restore()
        self.safety.show_state()

    @property
    def opened(self) -> OpenedDocument | None:
        """The document open in the window."""
        return self.state.document

    # -- building -----------------------------------------------------------------------

    def _dock(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")  # the same in every language
        dock.setWidget(
            widget if area is Qt.DockWidgetArea.BottomDockWidgetArea else SteadyPanel(widget)
        )
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        if area is not Qt.DockWidgetArea.BottomDockWidgetArea:
            dock.setMinimumWidth(240)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        *,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        bind(action, shortcut)
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        signal = action.toggled if checkable else action.triggered
        signal.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(
            self._action(tr("&Open…"), self.documents.choose_file, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.documents.fill_recent_menu)
        file_menu.addAction(
            self._action(tr("Open the &Sample Article"), lambda: self.open_path(sample_article()))
        )
        self.add_action = self._action(tr("&Add to Library…"), self.library.add_to_library)
        file_menu.addAction(self.add_action)
        file_menu.addSeparator()
        self.export_action = self._action(
            tr("&Export Annotated Copy…"), self.exporter.export, "Ctrl+E"
        )
        file_menu.addAction(self.export_action)
        self.import_action = self._action(
            tr("&Import Annotations (W3C JSON)…"), self.exporter.import_annotations
        )
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.safety.add_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        copy = self._action(tr("&Copy"), self.view.copy, QKeySequence.StandardKey.Copy)
        edit_menu.addAction(copy)
        edit_menu.addAction(
            self._action(tr("Select &All"), self.view.selectAll, QKeySequence.StandardKey.SelectAll)
        )
        edit_menu.addSeparator()
        trash = self._action(tr("&Trash…"), self.notes.show_trash)
        trash.setObjectName("showTrash")
        trash.setVisible(self.services.team)  # a local library deletes with undo instead
        edit_menu.addAction(trash)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(tr("&Find…"), self.finder.open_find, QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(
            self._action(tr("&Search the Library…"), self.library.open_search, "Ctrl+Shift+S")
        )
        edit_menu.addAction(
            self._action(
                tr("Find &Next"),
                lambda: self.finder.step_match(1),
                QKeySequence.StandardKey.FindNext,
            )
        )
        edit_menu.addAction(
            self._action(
                tr("Find Pre&vious"),
                lambda: self.finder.step_match(-1),
                QKeySequence.StandardKey.FindPrevious,
            )
        )
        edit_menu.addSeparator()
        preferences = self._action(tr("&Preferences…"), self.prefs.show_dialog, "Ctrl+,")
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(preferences)

        notes_menu = bar.addMenu(tr("&Annotate"))
        self.colour_actions: dict[Colour, QAction] = {}
        for colour in Colour:
            action = self._action(
                tr("Highlight {colour}").format(colour=colour_name(colour)),
                lambda _=False, c=colour: self.notes.highlight_selection(c),
                COLOUR_SHORTCUTS[colour],
            )
            action.setIcon(swatch_icon(HIGHLIGHT_COLOURS[colour], 14))
            notes_menu.addAction(action)
            self.colour_actions[colour] = action
        notes_menu.addSeparator()
        self.note_action = self._action(tr("&Note and Tags…"), self.notes.edit_note, "Ctrl+Shift+N")
        notes_menu.addAction(self.note_action)
        self.delete_action = self._action(
            tr("&Delete Highlight"),
            self.notes.delete_selected_annotation,
            "Del",  # not the standard Delete key: that is also Ctrl+D under KDE and GNOME
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)
        notes_menu.addAction(self.delete_action)
        notes_menu.addSeparator()
        self.mark_menu = notes_menu.addMenu(tr("&Mark Selection as Entity"))
        for label in EntityLabel:
            self.mark_menu.addAction(
                swatch_icon(ENTITY_COLOURS[label], 12),
                entity_name(label),
                lambda _=False, lab=label: self.entity.mark_selection(lab),
            )
        notes_menu.addAction(self._action(tr("Your &Entity List…"), self.entity.show_entity_list))
        self.tags_action = self._action(tr("&Tags…"), self.notes.show_tag_manager, "Ctrl+Shift+T")
        notes_menu.addAction(self.tags_action)

        view_menu = bar.addMenu(tr("&View"))
        zoom_in = self._action(tr("Zoom &In"), lambda: self.pdf.zoom_by(1))
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        view_menu.addAction(zoom_in)
        view_menu.addAction(self._action(tr("Zoom &Out"), lambda: self.pdf.zoom_by(-1), "Ctrl+-"))
        view_menu.addAction(self._action(tr("&Actual Size"), lambda: self.pdf.zoom_by(0), "Ctrl+0"))
        view_menu.addSeparator()
        self.pdf.add_actions(view_menu)
        view_menu.addSeparator()
        types_menu = view_menu.addMenu(tr("&Entity Types"))
        for action in self.legend.actions_by_label.values():
            types_menu.addAction(action)
        for dock, keys in (
            (self.library_dock, "Ctrl+Shift+L"),
            (self.annotations_dock, "Ctrl+Shift+A"),
            (self.entities_dock, "Ctrl+Shift+E"),
            (self.contents_dock, "Ctrl+Shift+O"),
            (self.search_dock, "Ctrl+Shift+R"),
            (self.index_dock, "Ctrl+Shift+I"),
        ):
            view_menu.addAction(panel_action(dock, keys))
        legend = self.legend.toggleViewAction()
        legend.setText(tr("Entity &Legend"))
        view_menu.addAction(legend)
        view_menu.addSeparator()
        self.dark_action = self.prefs.add_theme_menu(view_menu)
        self.caret_action = self._action(
            tr("&Caret Browsing"), self.view.set_caret_browsing, "F7", checkable=True
        )
        view_menu.addAction(self.caret_action)
        view_menu.addAction(
            self._action(
                tr("&Full Screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
            )
        )

        go_menu = bar.addMenu(tr("&Go"))
        self.reading.add_actions(go_menu)

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1"))
        help_menu.addSeparator()
        help_menu.addAction(self._action(tr("&About reader"), self.about))
        help_menu.addAction(self._action(tr("About &Qt"), QApplication.aboutQt))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.language_label = QLabel()
        self.language_label.setObjectName("languageLabel")
        self.pipeline_label = QLabel()
        self.pipeline_label.setObjectName("pipelineLabel")
        self.words_label = QLabel()
        self.words_label.setObjectName("wordsLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the work in progress"))
        self.cancel_button.clicked.connect(self.cancel_work)
        self.cancel_button.hide()
        for widget in (
            self.progress,
            self.cancel_button,
            self.pipeline_label,
            self.language_label,
            self.words_label,
        ):
            if isinstance(widget, QLabel):
                widget.setContentsMargins(10, 0, 10, 0)
            status.addPermanentWidget(widget)
        self.runner.busy_changed.connect(self._show_busy)
        self.runner.waiting.connect(self._show_waiting)
        self.runner.failed.connect(self.report)

    def _connect(self) -> None:
        self.view.zoom_changed.connect(self.prefs.set_point_size)
        self.legend.hidden_changed.connect(self.prefs.set_hidden)
        self.view.context_menu_requested.connect(self._extend_context_menu)
        self.view.selection_finished.connect(self.notes.selection_finished)
        self.view.annotation_clicked.connect(self.notes.clicked)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self.selection_bar.hide())
        self.view.selectionChanged.connect(self.notes.selection_changed)
        self.selection_bar.colour_chosen.connect(self.notes.bar_colour)
        self.selection_bar.note_requested.connect(self.notes.edit_note)
        self.selection_bar.delete_requested.connect(self.notes.delete_selected_annotation)
        self.legend.hidden_changed.connect(self.entity.set_hidden_labels)
        self.entities_panel.jump_requested.connect(self.entity.jump_to)
        self.entities_panel.menu_requested.connect(self.entity.panel_menu)
        self.annotations_panel.activated.connect(self.notes.go_to_annotation)
        self.annotations_panel.edit_requested.connect(self.notes.edit)
        self.annotations_panel.delete_requested.connect(self.notes.delete)
        self.annotations_panel.reattach_requested.connect(self.notes.reattach)
        self.find_bar.query_changed.connect(self.finder.find_text)
        self.contents_panel.jump_requested.connect(self.library.scroll_to_offset)
        self.library_panel.open_requested.connect(lambda path: self.open_path(Path(path)))
        self.state.opened.connect(self.documents.shown)
        self.state.annotations_changed.connect(self.notes.annotations_changed)
        self.state.entities_changed.connect(self.entity.entities_changed)
        self.view.loaded.connect(self.documents.loaded)
        self.library_panel.remove_requested.connect(self.library.remove_from_library)
        self.library_panel.add_requested.connect(self.library.add_to_library)
        self.library_panel.changed.connect(self.library.refresh_library)
        self.library_dock.visibilityChanged.connect(self.library.library_shown)
        self.search_panel.search_requested.connect(self.library.search_library)
        self.search_panel.hit_activated.connect(self.library.go_to_hit)
        self.find_bar.next_requested.connect(lambda: self.finder.step_match(1))
        self.find_bar.previous_requested.connect(lambda: self.finder.step_match(-1))
        self.find_bar.closed.connect(self.finder.close_find)

    # -- opening documents ------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Open a document (its reading, recording and querying happen off the UI thread)."""
        self.documents.open_path(path)

    def show_words(self, words: int) -> None:
        minutes = reading_minutes(words)
        self.words_label.setText(
            tr("%n word(s)", "", words).replace(str(words), QLocale().toString(words))
            + " · "
            + tr("{duration} read").format(duration=duration_text(minutes))
        )

    # -- operations ---------------------------------------------------------------------

    def perform(
        self,
        op: Op[T],
        on_done: Callable[[OpResult[T]], object] | None = None,
        *,
        on_failed: Callable[[str], object] | None = None,
        on_conflict: Callable[[ConflictError], object] | None = None,
    ) -> None:
        """Run an operation off the UI thread; show what it changed; make it undoable.
        ``on_conflict``: someone else changed what it edits (instead of the message)."""
        document_id = self.state.document_id
        name = translated(op.message)

        def work(services: Services) -> tuple[OpResult[T], Fetched | None]:
            result = op.run(services)
            return result, fetch_changes(services, result.changes, document_id)

        def done(outcome: tuple[OpResult[T], Fetched | None]) -> None:
            result, fetched = outcome
            self.show_changes(result, fetched)
            if result.undo is not None and document_id == self.state.document_id:
                self.undo_stack.push(OpCommand(name, result.undo, self._undo_step))
            if on_done is not None:
                on_done(result)

        def failed(message: str) -> None:
            conflict = conflict_of(message)
            if conflict is not None and on_conflict is not None:
                on_conflict(conflict)
                return
            self.report(name.lower(), message)
            if on_failed is not None:
                on_failed(message)

        self.runner.write(name.lower(), work, done, failed)

    def _undo_step(self, name: str, step: Step, failed: Callable[[str], None]) -> None:
        document_id = self.state.document_id

        def work(services: Services) -> tuple[OpResult[Any], Fetched | None]:
            result = step(services)
            return result, fetch_changes(services, result.changes, document_id)

        def fail(message: str) -> None:
            failed(message)
            self.report(name, tr("Cannot {what}: {message}").format(what=name, message=message))
            self.documents.reload()  # show what the database really holds now

        self.runner.write(name, work, lambda outcome: self.show_changes(*outcome), fail)

    def show_changes(self, result: OpResult[Any], fetched: Fetched | None) -> None:
        """Refresh what shows what an operation changed."""
        self.state.apply(fetched)
        changes = result.changes
        if changes.entities:
            self.entity.refresh_entities()
            self.index.refresh()
        if changes.tags:
            self.notes.refresh_tags()
        if changes.library:
            self.library.refresh_library()
            self.documents.refresh_recent()
        if changes.bookmarks:
            self.reading.refresh_bookmarks()

    def report(self, what: str, message: str) -> None:
        """Tell the user that something failed, in a dialog that does not block."""
        self.statusBar().showMessage(message, 15_000)
        title = tr("reader: {what}").format(what=what) if what else "reader"
        problem_box(self, title, message).open()
        self.error_shown.emit(message)

    def _show_waiting(self, waiting: bool) -> None:
        if waiting:
            self.statusBar().showMessage(tr(WAITING))
        elif self.statusBar().currentMessage() == tr(WAITING):
            self.statusBar().clearMessage()

    # -- context menu -----------------------------------------------------------------------

    def _extend_context_menu(self, menu: QMenu, offset: int) -> None:
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction | QMenu] = []
        span = self.view.selection_offsets()
        entity = None
        if offset >= 0 and self.entity.view is not None:
            hits = self.view.highlighter.entities.at(offset)
            entity = hits[0] if hits else None
        note = self.notes.at(offset)
        if span is not None:
            highlight = QMenu(tr("Highlight"), menu)
            for action in self.colour_actions.values():
                highlight.addAction(action)
            added.append(highlight)
            added.append(self.mark_menu)
        if note is not None:
            recolour = QMenu(tr("Highlight Colour"), menu)
            for colour in Colour:
                recolour.addAction(
                    swatch_icon(HIGHLIGHT_COLOURS[colour], 12),
                    colour_name(colour),
                    lambda _=False, c=colour, a=note: self.notes.recolour(a, c),
                )
            added.append(recolour)
            edit = QAction(tr("Note and Tags…"), menu)
            edit.triggered.connect(lambda: self.notes.edit(note.id))
            added.append(edit)
            delete = QAction(tr("Delete Highlight"), menu)
            delete.triggered.connect(lambda: self.notes.delete(note.id))
            added.append(delete)
        if entity is not None and self.opened is not None:
            added.append(self.entity.entity_menu(menu, entity))
        if not added:
            return
        for item in added:
            if isinstance(item, QMenu):
                menu.insertMenu(first, item) if first else menu.addMenu(item)
            else:
                menu.insertAction(first, item) if first else menu.addAction(item)
        if first is not None:
            menu.insertSeparator(first)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.documents.look_for_changes()

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files and self.safety.refusal is not None:
            event.ignore()  # opening a dropped file adds it to the library
            self.report(tr("opening dropped files"), self.safety.refusal)
        elif files:
            event.acceptProposedAction()
            self.open_path(Path(files[0]))  # the first is opened, the others added
            if len(files) > 1:
                self.library.add_paths([Path(f) for f in files[1:]])

    # -- view -------------------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        self.prefs.set_theme("dark" if dark else "light")

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def cancel_work(self) -> None:
        """Cancel: stop what can stop, and say what goes on to the end."""
        going_on = self.runner.cancel_all()
        if going_on:
            self.statusBar().showMessage(
                tr(
                    "Cannot be stopped halfway: {what}; it goes on to the end and says what "
                    "came of it."
                ).format(what=", ".join(going_on)),
                15_000,
            )

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(menu_actions(self.menuBar()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About reader"),
            f"<h3>reader {__version__}</h3><p>"
            + tr(
                "A desktop reader with annotation tools: named entities highlighted, "
                "passages highlighted, noted and tagged, annotated copies exported."
            )
            + "</p><p>"
            + tr("Made with PySide6 (Qt {qt}), SQLAlchemy, spaCy and langdetect.").format(
                qt=qVersion()
            )
            + "</p>",
        )

    # -- state --------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 860)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.prefs.apply_at_start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.documents.stop_watching()
        self.reading.save()
        self.runner.cancel_all(closing=True)
        self.entity.shut_down()
        self.runner.wait(5_000)
        super().closeEvent(event)
