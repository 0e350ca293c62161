"""The main window: reading view in the centre, menus, status bar, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)

from reader import __version__
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.ui.paths import app_icon, sample_article
from reader.ui.reading_view import BASE_POINT_SIZE, ReadingView
from reader.ui.theme import THEMES, apply_theme
from reader.ui.workers import Job, JobRunner

OPEN_FILTER = "Documents (*.txt *.text *.md *.markdown);;All files (*)"


def language_name(code: str | None) -> str:
    if not code:
        return "unknown"
    name = QLocale(code).nativeLanguageName()
    return f"{name} ({code})" if name else code


class MainWindow(QMainWindow):
    document_shown = Signal()
    open_failed = Signal(str)

    def __init__(
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.jobs = JobRunner(self)
        self.opened: OpenedDocument | None = None
        self._open_job: Job | None = None
        self.setWindowTitle("reader")
        self.setWindowIcon(QIcon(str(app_icon())))
        self.setAcceptDrops(True)
        self.view = ReadingView(self)
        self.setCentralWidget(self.view)
        self._build_status_bar()
        self._build_menus()
        self.view.zoom_changed.connect(lambda size: self.settings.setValue("view/point_size", size))
        self._restore()

    # -- building -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        *,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        signal = action.toggled if checkable else action.triggered
        signal.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self._action("&Open…", self.choose_file, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(
            self._action("Open the &Sample Article", lambda: self.open_path(sample_article()))
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        view_menu = bar.addMenu("&View")
        zoom_in = self._action("Zoom &In", lambda: self.view.zoom_by(1))
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        view_menu.addAction(zoom_in)
        view_menu.addAction(self._action("Zoom &Out", lambda: self.view.zoom_by(-1), "Ctrl+-"))
        view_menu.addAction(self._action("&Actual Size", self.view.reset_zoom, "Ctrl+0"))
        view_menu.addSeparator()
        self.dark_action = self._action(
            "&Dark Theme", self.set_dark, "Ctrl+Shift+D", checkable=True
        )
        view_menu.addAction(self.dark_action)
        view_menu.addAction(
            self._action(
                "&Full Screen", self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
            )
        )

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&About reader", self.about))
        help_menu.addAction(self._action("About &Qt", QApplication.aboutQt))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.language_label = QLabel()
        self.language_label.setObjectName("languageLabel")
        self.words_label = QLabel()
        self.words_label.setObjectName("wordsLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop the work in progress")
        self.cancel_button.clicked.connect(self.jobs.cancel_all)
        self.cancel_button.hide()
        for widget in (self.progress, self.cancel_button, self.language_label, self.words_label):
            if isinstance(widget, QLabel):
                widget.setContentsMargins(10, 0, 10, 0)
            status.addPermanentWidget(widget)
        self.jobs.busy_changed.connect(self._show_busy)

    # -- opening documents ------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.settings.value("paths/last_folder", str(Path.home()), type=str))
        name, _ = QFileDialog.getOpenFileName(self, "Open Document", start, OPEN_FILTER)
        if name:
            self.settings.setValue("paths/last_folder", str(Path(name).parent))
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        """Open in a worker: reading, decoding and language detection stay off the UI thread."""
        if self._open_job is not None:
            self._open_job.control.cancel()
        self.statusBar().showMessage(f"Opening {path.name}…")
        job: Job | None = None

        def succeeded(opened: OpenedDocument) -> None:
            if job is self._open_job:
                self._show(opened)

        def failed(message: str) -> None:
            if job is self._open_job:
                self._fail(message)

        job = self.jobs.start(
            "opening the document",
            lambda _control: self.services.documents.open(path),
            succeeded,
            failed,
        )
        self._open_job = job

    def _show(self, opened: OpenedDocument) -> None:
        self._open_job = None
        self.opened = opened
        document = opened.document
        self.view.show_document(document)
        self.setWindowTitle(f"{document.title} — reader")
        self.language_label.setText(f"Language: {language_name(opened.language)}")
        minutes = document.reading_minutes
        self.words_label.setText(
            f"{document.word_count:,} words · {minutes} min read".replace(",", "\u202f")
        )
        self.statusBar().clearMessage()
        self.document_shown.emit()

    def _fail(self, message: str) -> None:
        self._open_job = None
        self.statusBar().clearMessage()
        self.open_failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Cannot open the document",
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("openErrorDialog")
        box.open()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.services.documents.recent(10)
        for number, item in enumerate(recent, start=1):
            path = Path(item.path)
            action = self.recent_menu.addAction(f"&{number % 10} {item.title}")
            action.setToolTip(item.path)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction("No recent documents").setEnabled(False)

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(Path(files[0]))

    # -- view -------------------------------------------------------------------------------

    def set_dark(self, dark: bool) -> None:
        theme = THEMES["dark" if dark else "light"]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.view.apply_theme(theme)
        self.settings.setValue("view/theme", theme.name)

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About reader",
            f"<h3>reader {__version__}</h3>"
            "<p>A desktop reader with annotation tools: named entities highlighted, "
            "passages highlighted, noted and tagged, annotated copies exported.</p>"
            f"<p>Made with PySide6 (Qt {qVersion()}), SQLAlchemy, spaCy and langdetect.</p>",
        )

    # -- state --------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        size = self.settings.value("view/point_size", BASE_POINT_SIZE, type=float)
        self.view.set_point_size(size if isinstance(size, float) else BASE_POINT_SIZE)
        if self.settings.value("view/theme", "light", type=str) == "dark":
            self.dark_action.setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.jobs.cancel_all()
        self.jobs.wait(5_000)
        super().closeEvent(event)
