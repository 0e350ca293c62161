"""PDFs in the window: the page view beside the reflowed text, passwords, first page first.

The reading view stays the one place the window's actions read from: a selection
made on the page view is mirrored into it (hidden), so highlight, note, tag,
mark-as-entity, copy and Find work unchanged, and what the reading view paints
(highlights, entities, find matches, the selected highlight) is mirrored back
onto the pages. The page view draws pages from the file through
:class:`~reader.services.pdf_pages.PdfPages` on the render worker; nothing here
touches the library.

While a long PDF's text is read, its pages are already shown (sizes come from the
file at once); the reflowed text replaces them when it is ready, unless the reader
chose the page view (View ▸ Page View, Ctrl+Shift+P), which is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMenu, QVBoxLayout

from reader.core.errors import PasswordRequired
from reader.services.pdf_pages import PdfPages, is_pdf, page_sizes
from reader.ui.i18n import tr
from reader.ui.pdf_marks_prompt import MarksPrompt
from reader.ui.pdf_view import Fit, PageView
from reader.ui.runner import JobControl

if TYPE_CHECKING:
    from reader.ui.document_state import AnnotationDelta
    from reader.ui.main_window import MainWindow

SCAN_NOTICE = str(
    QT_TRANSLATE_NOOP(
        "",
        "This PDF has no text layer (a scan?): its pages can be read, not highlighted or searched.",
    )
)
READING_NOTICE = str(
    QT_TRANSLATE_NOOP("", "Reading the text of this PDF… its pages can be looked at meanwhile.")
)


class _Closing(QObject):
    """Runs ``then`` when the window it watches closes."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self._then()
        return False


class PdfController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._closing = _Closing(window, self.close)
        self.marks = MarksPrompt(window)
        self.page_view = PageView()
        self.page_view.hide()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)  # the reading view's column
        layout.insertWidget(layout.indexOf(window.view) + 1, self.page_view, 1)
        self._passwords: dict[Path, str] = {}  # this session only, never written anywhere
        self._pages: PdfPages | None = None
        self._preview_path: Path | None = None
        self._generation = 0
        self._mirroring = False
        # the reading view repaints range by range; the pages follow once per burst
        self._mirror_timer = QTimer(window)
        self._mirror_timer.setSingleShot(True)
        self._mirror_timer.setInterval(0)
        self._mirror_timer.timeout.connect(self._mirror_highlights)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.page_label.setContentsMargins(10, 0, 10, 0)
        self.page_label.hide()
        window.statusBar().addPermanentWidget(self.page_label)
        self._build_actions()
        self._connect()

    def _build_actions(self) -> None:
        self.toggle_action = QAction(tr("&Page View"), self.window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.toggle_action.setStatusTip(tr("Show a PDF's pages as printed, or its reflowed text"))
        self.toggle_action.setEnabled(False)
        self.toggle_action.toggled.connect(self._toggled)
        self.fit_width_action = QAction(tr("Fit Page &Width"), self.window)
        self.fit_width_action.triggered.connect(lambda: self._fit(Fit.WIDTH))
        self.fit_page_action = QAction(tr("Fit W&hole Page"), self.window)
        self.fit_page_action.triggered.connect(lambda: self._fit(Fit.PAGE))
        for action in (self.fit_width_action, self.fit_page_action):
            action.setEnabled(False)

    def add_actions(self, menu: QMenu) -> None:
        """The View menu's entries; Delete (a highlight) works on the pages as in the text."""
        self.page_view.addAction(self.window.delete_action)
        menu.addAction(self.toggle_action)
        menu.addAction(self.fit_width_action)
        menu.addAction(self.fit_page_action)

    def _connect(self) -> None:
        view, pages = self.window.view, self.page_view
        self.window.document_shown.connect(self.document_shown)
        self.window.state.annotations_changed.connect(self._annotations_changed)
        self.window.open_failed.connect(lambda _message: self._restore())
        view.highlights_changed.connect(self._mirror_timer.start)
        view.selectionChanged.connect(self._mirror_reading_selection)
        view.cursorPositionChanged.connect(self._follow_reading_cursor)
        pages.selection_changed.connect(self._mirror_page_selection)
        pages.annotation_clicked.connect(self._page_annotation_clicked)
        pages.selection_finished.connect(self._page_selection_finished)
        pages.verticalScrollBar().valueChanged.connect(lambda _v: self.window.selection_bar.hide())
        pages.context_menu_requested.connect(self._context_menu)
        pages.page_changed.connect(
            lambda page, count: self.page_label.setText(
                tr("Page {page} of {count}").format(page=page + 1, count=count)
            )
        )

    # -- opening ------------------------------------------------------------------------------

    def password_for(self, path: Path) -> str | None:
        return self._passwords.get(path.expanduser().resolve())

    def ask_password(self, path: Path, needed: PasswordRequired) -> None:
        """Ask for an encrypted PDF's password, then open it again; Cancel leaves it closed."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("passwordDialog")
        dialog.setWindowTitle(tr("Password Needed"))
        dialog.setLabelText(
            tr("The password for {name} was not accepted. Try again:").format(name=path.name)
            if needed.wrong
            else tr("{name} is protected by a password:").format(name=path.name)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("Open"))

        def chosen(password: str) -> None:
            self._passwords[path.expanduser().resolve()] = password
            self.window.open_path(path)

        def cancelled() -> None:
            self.window.statusBar().showMessage(
                tr("{name} was not opened.").format(name=path.name), 8000
            )
            self._restore()

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(cancelled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def preview(self, path: Path) -> None:
        """Show a PDF's pages at once while its text is read (called as opening starts)."""
        self._generation += 1
        if not is_pdf(path):
            self._preview_path = None
            return
        generation, password = self._generation, self.password_for(path)

        def work(_control: JobControl) -> list[tuple[float, float]]:
            return page_sizes(path, password)

        def shown(sizes: list[tuple[float, float]]) -> None:
            if generation != self._generation:
                return  # another document was asked for, or this one is already shown
            self._preview_path = path
            self._use_pages(PdfPages(path, password), sizes)
            self.page_view.set_highlights((), ())
            self.page_view.set_notice(tr(READING_NOTICE))
            self._show_pages(True)

        # a file that cannot be opened says so through the opening itself
        self.window.runner.read(tr("reading the PDF's pages"), work, shown, lambda _message: None)

    def document_shown(self) -> None:
        self._generation += 1
        opened = self.window.opened
        document = opened.document if opened is not None else None
        pages = document.pages if document is not None else None
        if document is None or pages is None or document.source is None:
            self._close_pages()
            self._set_enabled(False)
            return
        sizes = [(page.width, page.height) for page in pages.pages]
        source = document.source
        if self._preview_path is None or self._preview_path.resolve() != source:
            self._use_pages(PdfPages(source, self.password_for(source)), sizes)
        self._preview_path = None
        self.page_view.set_content(sizes, None, pages, document.text)
        self._set_enabled(True)
        scan = not document.text
        self.page_view.set_notice(tr(SCAN_NOTICE) if scan else "")
        wanted = scan or bool(self.window.settings.value("view/pdf_pages", False, type=bool))
        self._mirror_highlights()
        self._show_pages(wanted)
        self.marks.check(self.password_for(source))

    def draw_own_marks(self, shown: bool) -> None:
        """Draw the annotations the file carries from other viewers on its pages, or not."""
        if self._pages is not None:
            self._pages.draw_own_marks(shown)
            self.page_view.images.set_renderer(self._pages.render)  # drawn again
            self.page_view.viewport().update()

    def drawing_own_marks(self) -> bool:
        """Whether the open PDF's pages show the file's own highlights and notes."""
        return self._pages is not None and self._pages.drawing_own_marks

    def _annotations_changed(self, delta: AnnotationDelta) -> None:
        """Left out once imported, the file's own marks come back when no copy of them is
        left (an import undone, the copies deleted), without reopening the document: the
        file is surveyed again only when annotations went, not when they came."""
        if delta.removed and self._pages is not None and not self._pages.drawing_own_marks:
            opened = self.window.opened
            if opened is not None and opened.document.source is not None:
                self.marks.recheck(self.password_for(opened.document.source))

    def _use_pages(self, pages: PdfPages, sizes: list[tuple[float, float]]) -> None:
        if self._pages is not None:
            self._pages.close()
        self._pages = pages
        self.page_view.set_content(sizes, pages.render)

    def _close_pages(self) -> None:
        self._preview_path = None
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self.page_view.set_notice("")
        self.page_view.clear()
        self._show_pages(False)

    def _restore(self) -> None:
        """A PDF being previewed did not open: show the document still open again."""
        if self._preview_path is not None:
            self._preview_path = None
            self.document_shown()

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.toggle_action, self.fit_width_action, self.fit_page_action):
            action.setEnabled(enabled)

    # -- switching ------------------------------------------------------------------------------

    def showing_pages(self) -> bool:
        return not self.page_view.isHidden()

    def _toggled(self, on: bool) -> None:
        if on == self.showing_pages():
            return
        self.window.settings.setValue("view/pdf_pages", on)
        self._show_pages(on)

    def _show_pages(self, on: bool) -> None:
        """Swap the two views, keeping the reader's place in the text."""
        offset = self._reading_offset() if on else self.page_view.first_visible_offset()
        # the outgoing view is hidden first: were both shown for a moment, the layout would
        # give each half the height, and the reading view, resized, would lay its whole
        # text out again when shown (seconds for a long book)
        outgoing, incoming = (
            (self.window.view, self.page_view) if on else (self.page_view, self.window.view)
        )
        outgoing.setVisible(False)
        incoming.setVisible(True)
        # the colour bar by the selection belongs to whichever view is shown
        bar = self.window.selection_bar
        bar.hide()
        bar.setParent(self.page_view.viewport() if on else self.window.view.viewport())
        self.page_label.setVisible(on)
        self.window.selection_bar.hide()
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(on)
        self.toggle_action.blockSignals(False)
        if on:
            self._mirror_highlights()
            if offset is not None:
                self.page_view.scroll_to_offset(offset)
            self.page_view.setFocus()
        else:
            self.window.view.refresh_highlights(force=True)  # not drawn while hidden
            if offset is not None:
                self.window.library.scroll_to_offset(offset)
            self.window.view.setFocus()

    def _reading_offset(self) -> int | None:
        view = self.window.view
        if view.document_model is None or view.isHidden():
            return None
        return view.positions.from_qt(
            view.cursorForPosition(view.viewport().rect().topLeft()).position()
        )

    def _fit(self, fit: Fit) -> None:
        if not self.showing_pages():
            self._show_pages(True)
        self.page_view.set_fit(fit)

    def zoom_by(self, steps: int) -> None:
        """Zoom whichever view is shown (Ctrl++ and Ctrl+-); 0 steps: actual size."""
        if not self.showing_pages():
            if steps:
                self.window.view.zoom_by(steps)
            else:
                self.window.view.reset_zoom()
        elif steps:
            self.page_view.zoom_by(steps)
        else:
            self.page_view.set_zoom(self.page_view.logicalDpiX() / 72)

    # -- mirroring ------------------------------------------------------------------------------

    def _mirror_highlights(self) -> None:
        if not self.showing_pages():
            return
        painted = self.window.view.highlighter
        self.page_view.hidden = set(painted.hidden)
        self.page_view.selected_annotation = painted.selected_annotation
        self.page_view.set_matches(painted.matches, painted.current_match)
        self.page_view.set_highlights(painted.entities.items, painted.annotations.items)

    def _mirror_page_selection(self) -> None:
        span = self.page_view.selection_offsets()
        self._mirroring = True
        try:
            if span is None:
                cursor = self.window.view.textCursor()
                cursor.clearSelection()
                self.window.view.setTextCursor(cursor)
            else:
                self.window.view.select_offsets(*span)
        finally:
            self._mirroring = False

    def _mirror_reading_selection(self) -> None:
        if self._mirroring or not self.showing_pages():
            return
        span = self.window.view.selection_offsets()
        if span is None:
            self.page_view.clear_selection()
        else:
            self.page_view.select_offsets(*span, scroll=False)
            self.page_view.ensure_visible(span[0])

    def _page_selection_finished(self) -> None:
        span = self.page_view.selection_offsets()
        if span is None:
            return
        self.window.notes.select("")
        self._show_bar(span[1], editing=False)

    def _page_annotation_clicked(self, annotation_id: str) -> None:
        self.window.notes.clicked(annotation_id)
        annotation = self.window.notes.annotations.get(annotation_id)
        if annotation is not None:
            self._show_bar(annotation.end, editing=True)

    def _show_bar(self, end: int, *, editing: bool) -> None:
        """The colour bar just below where the passage ending at ``end`` is drawn."""
        rects = self.page_view.rects_of(max(end - 1, 0), end)
        if rects:
            self.window.selection_bar.show_at(rects[-1].bottomLeft().toPoint(), editing=editing)

    def _follow_reading_cursor(self) -> None:
        """The window moved the (hidden) reading view's cursor: a find match, a heading of
        the Contents, a highlight in the panel. The pages go there too."""
        if self._mirroring or not self.showing_pages():
            return
        view = self.window.view
        cursor = view.textCursor()
        self.page_view.ensure_visible(view.positions.from_qt(cursor.selectionStart()))

    def _context_menu(self, menu: QMenu, offset: int) -> None:
        if self.page_view.selection_offsets() is not None:
            copy = menu.addAction(tr("&Copy"))
            copy.triggered.connect(self.window.view.copy)
        self.window._extend_context_menu(menu, offset)  # the reading view's own additions

    def wait(self) -> None:
        self.page_view.images.wait()

    def close(self) -> None:
        """The window closes: stop drawing pages and close the file."""
        self.page_view.images.set_renderer(None)
        self.wait()
        if self._pages is not None:
            self._pages.close()
            self._pages = None
