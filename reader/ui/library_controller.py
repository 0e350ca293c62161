"""The library, search results and contents panels: what they ask of the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from reader.services.documents import LoadedDocument
from reader.services.library import SearchHit
from reader.services.ops import AddToLibrary, SetInLibrary
from reader.ui.i18n import tr
from reader.ui.paths import open_filter
from reader.ui.runner import JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

LIBRARY_WIDTH = 440


class LibraryController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pending_jump: SearchHit | None = None  # a search hit to show once opened

    def library_shown(self, visible: bool) -> None:
        if not visible:
            return
        if (
            self.window.library_dock.width() < LIBRARY_WIDTH
            and not self.window.library_dock.isFloating()
        ):
            self.window.resizeDocks(
                [self.window.library_dock], [LIBRARY_WIDTH], Qt.Orientation.Horizontal
            )
        self.refresh_library()

    def refresh_library(self) -> None:
        if not self.window.library_dock.isVisible():
            return
        library = self.window.services.library
        sort, text = self.window.library_panel.sort_key(), self.window.library_panel.filter.text()
        current = self.window.opened.id if self.window.opened else None
        self.window.runner.read(
            tr("listing the library"),
            lambda _control: library.documents(sort, text),
            lambda entries: self.window.library_panel.set_entries(entries, current),
            lambda message: self.window.statusBar().showMessage(message, 8000),
        )

    def add_to_library(self) -> None:
        start = str(self.window.settings.value("paths/last_folder", str(Path.home()), type=str))
        names, _ = QFileDialog.getOpenFileNames(
            self.window, tr("Add to Library"), start, open_filter()
        )
        if names:
            self.window.settings.setValue("paths/last_folder", str(Path(names[0]).parent))
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files: each is read on the reading pool and recorded on the writer thread
        (its own transaction); one bad file does not stop the others."""
        window = self.window
        documents = window.services.documents
        batch = _Batch(len(paths))

        def one_done(error: str | None) -> None:
            batch.done(error)
            window.show_progress(batch.finished, batch.total)
            if batch.finished < batch.total:
                return
            window.library_dock.show()
            self.refresh_library()
            window.statusBar().showMessage(
                tr("%n document(s) added to the library.", "", batch.added), 8000
            )
            if batch.errors:
                window.report(tr("adding documents"), "\n".join(batch.errors[:20]))

        def record(loaded: LoadedDocument) -> None:
            window.perform(AddToLibrary(loaded), lambda _r: one_done(None), on_failed=one_done)

        def reader_of(path: Path) -> Callable[[JobControl], LoadedDocument]:
            return lambda _control: documents.load(path)

        for path in paths:
            window.runner.read(tr("reading a document"), reader_of(path), record, one_done)

    def remove_from_library(self, document_id: int, title: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Remove from Library"),
            tr("Remove “{title}” from the library? The file itself is not touched.").format(
                title=title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        also = QCheckBox(tr("Also delete its annotations (this cannot be undone)"))
        box.setCheckBox(also)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.window.perform(SetInLibrary(document_id, False, delete_annotations=also.isChecked()))

    def open_search(self) -> None:
        if not self.window.search_dock.isVisible():
            self.window.search_dock.show()
            self.window.resizeDocks(
                [self.window.search_dock],
                [max(160, self.window.height() // 4)],
                Qt.Orientation.Vertical,
            )
        self.window.search_dock.raise_()
        self.window.search_panel.query.setFocus()
        self.window.search_panel.query.selectAll()

    def search_library(self, query: str) -> None:
        library = self.window.services.library
        self.window.runner.read(
            tr("searching"),
            lambda _control: library.search(query),
            lambda hits: self.window.search_panel.set_hits(query, hits),
            self.window.search_panel.status.setText,
        )

    def go_to_hit(self, hit: SearchHit) -> None:
        """Show a search result: open its document if needed, then go to the hit."""
        self.pending_jump = hit
        if self.window.opened is not None and self.window.opened.id == hit.document_id:
            self.apply_pending_jump()
        else:
            self.window.open_path(Path(hit.path))

    def apply_pending_jump(self) -> None:
        hit = self.pending_jump
        self.pending_jump = None
        if hit is None or self.window.opened is None or self.window.opened.id != hit.document_id:
            return
        if hit.annotation_id and hit.annotation_id in self.window.notes.annotations:
            self.window.notes.go_to_annotation(hit.annotation_id)
            return
        text = self.window.opened.document.text
        end = hit.offset
        while end < len(text) and text[end].isalnum():
            end += 1
        view = self.window.view
        view.call_when_loaded(
            lambda: view.select_offsets(hit.offset, max(end, hit.offset + 1), centre=True)
        )

    def scroll_to_offset(self, offset: int) -> None:
        """Put ``offset`` (a chapter or heading) at the top of the view."""
        self.window.view.scroll_to(offset)


class _Batch:
    """Files being added: how many, how many finished, what went wrong."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.finished = 0
        self.added = 0
        self.errors: list[str] = []

    def done(self, error: str | None) -> None:
        self.finished += 1
        if error is None:
            self.added += 1
        else:
            self.errors.append(error)
