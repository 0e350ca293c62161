"""The library, search results and contents panels: what they ask of the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from reader.core.errors import ReaderError
from reader.services.library import SearchHit
from reader.ui.paths import OPEN_FILTER
from reader.ui.workers import JobControl

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
        self.window.jobs.start(
            "listing the library",
            lambda _control: library.documents(sort, text),
            lambda entries: self.window.library_panel.set_entries(entries, current),
            lambda message: self.window.statusBar().showMessage(message, 8000),
        )

    def add_to_library(self) -> None:
        start = str(self.window.settings.value("paths/last_folder", str(Path.home()), type=str))
        names, _ = QFileDialog.getOpenFileNames(self.window, "Add to Library", start, OPEN_FILTER)
        if names:
            self.window.settings.setValue("paths/last_folder", str(Path(names[0]).parent))
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files in a worker; one bad file does not stop the others."""
        library = self.window.services.library

        def work(control: JobControl) -> tuple[int, list[str]]:
            added, errors = 0, []
            for n, path in enumerate(paths):
                control.check()
                control.progress(n, len(paths))
                try:
                    library.add(path)
                    added += 1
                except ReaderError as exc:
                    errors.append(str(exc))
            return added, errors

        def done(result: tuple[int, list[str]]) -> None:
            added, errors = result
            self.window.library_dock.show()
            self.refresh_library()
            self.window.statusBar().showMessage(f"{added} document(s) added to the library.", 8000)
            if errors:
                QMessageBox.warning(
                    self.window, "Some files were not added", "\n".join(errors[:20])
                )

        self.window.jobs.start(
            "adding documents",
            work,
            done,
            lambda message: QMessageBox.warning(self.window, "Add to Library", message),
            on_progress=self.window.show_progress,
        )

    def remove_from_library(self, document_id: int, title: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Remove from Library",
            f"Remove “{title}” from the library? The file itself is not touched.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        also = QCheckBox("Also delete its annotations (this cannot be undone)")
        box.setCheckBox(also)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self.window.services.library.remove(document_id, delete_annotations=also.isChecked())
        except ReaderError as exc:
            QMessageBox.warning(self.window, "Remove from Library", str(exc))
        self.refresh_library()

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
        self.window.jobs.start(
            "searching",
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
        self.window.view.select_offsets(hit.offset, max(end, hit.offset + 1))

    def scroll_to_offset(self, offset: int) -> None:
        """Put ``offset`` (a chapter or heading) at the top of the view."""
        self.window.view.scroll_to(offset)
