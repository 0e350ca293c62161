"""Where the reader is: the position kept in the library, progress in the status bar,
the chapter in the Contents panel, chapter and percentage jumps, bookmarks.

The first line on screen is the position. It is measured a moment after scrolling
stops (never on every scroll step), shown at once, and saved a little later in the
background; opening another document or closing the window saves it straight away.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu

from reader.core.reading import Bookmark, Chapter, chapters, neighbour_chapter, progress
from reader.services.app import Services
from reader.services.reading import AddBookmark, DeleteBookmark
from reader.ui.bookmarks_list import BookmarksList
from reader.ui.i18n import duration_text, tr
from reader.ui.paths import sample_article
from reader.ui.runner import JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

MEASURE_MS = 150
SAVE_MS = 2_000


def start_document(services: Services) -> Path | None:
    """What ``reader`` without a file opens: the document opened last, the sample the
    very first time (None if the last one is gone: the window opens empty)."""
    recent = services.documents.recent(1)
    if not recent:
        return sample_article()
    path = Path(recent[0].path)
    return path if path.is_file() else None


class ReadingPosition:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._chapters: list[Chapter] = []
        self._document_id: int | None = None
        self._offset = 0
        self._saved: int | None = None
        self._restoring = False
        self.label = QLabel()
        self.label.setObjectName("progressLabel")
        self.label.setAccessibleName(tr("Reading progress"))
        self.label.setContentsMargins(10, 0, 10, 0)
        window.statusBar().addPermanentWidget(self.label)
        self.bookmarks = BookmarksList()
        layout = window.annotations_panel.layout()
        if layout is not None:
            layout.insertWidget(0, self.bookmarks)  # type: ignore[attr-defined]
        self._measure = QTimer(window, singleShot=True, interval=MEASURE_MS)
        self._measure.timeout.connect(self._measured)
        self._save = QTimer(window, singleShot=True, interval=SAVE_MS)
        self._save.timeout.connect(self.save)
        window.view.verticalScrollBar().valueChanged.connect(lambda _v: self._measure.start())
        window.view.loaded.connect(self._measure.start)
        window.state.opened.connect(self._opened)
        self.bookmarks.jump_requested.connect(self.go_to)
        self.bookmarks.delete_requested.connect(self.delete_bookmark)

    # -- menu -----------------------------------------------------------------------------

    def add_actions(self, menu: QMenu) -> None:
        """Go ▸ Next/Previous Chapter, Go to Percentage, Add Bookmark."""
        self.next_action = self._add(menu, tr("&Next Chapter"), lambda: self.step_chapter(1))
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.previous_action = self._add(
            menu, tr("&Previous Chapter"), lambda: self.step_chapter(-1)
        )
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.percent_action = self._add(menu, tr("&Go to Percentage…"), self.ask_percentage)
        self.percent_action.setShortcut(QKeySequence("Ctrl+L"))
        menu.addSeparator()
        self.bookmark_action = self._add(menu, tr("Add &Bookmark"), self.add_bookmark)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+B"))
        self.bookmark_action.setStatusTip(tr("Mark the place at the top of the page"))

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- the position -------------------------------------------------------------------

    @property
    def offset(self) -> int:
        """The code point at the top of the screen (as last measured)."""
        return self._offset

    def _opened(self) -> None:
        """Another document is shown: keep where the previous one was left, then go
        where this one was left (unless a search hit is about to be shown)."""
        self.save()
        window = self.window
        opened = window.state.document
        self._document_id = opened.id if opened is not None else None
        self._offset, self._saved = 0, None
        self._chapters = chapters(opened.document) if opened is not None else []
        self._show_progress()
        if opened is None:
            self.bookmarks.set_bookmarks(())
            return
        document_id = opened.id

        def work(_control: JobControl) -> tuple[int | None, list[Bookmark]]:
            services: Services = window.services
            return services.reading.position(document_id), services.reading.bookmarks(document_id)

        def done(found: tuple[int | None, list[Bookmark]]) -> None:
            if document_id != self._document_id:
                return
            position, bookmarks = found
            self.bookmarks.set_bookmarks(bookmarks)
            self._saved = position
            if position and window.library.pending_jump is None:
                self._restoring = True
                window.view.scroll_to(position)
                window.view.call_when_loaded(self._restored)

        window.runner.read(tr("finding where you were"), work, done, lambda _m: None)

    def _restored(self) -> None:
        self._restoring = False
        self._measure.start()

    def _measured(self) -> None:
        view = self.window.view
        if self._document_id is None or view.document_model is None or self._restoring:
            return
        self._offset = view.visible_range()[0]
        self._show_progress()
        if self._offset != self._saved:
            self._save.start()

    def save(self) -> None:
        """Save the position of the document shown, if it moved (in the background)."""
        self._save.stop()
        document_id, offset = self._document_id, self._offset
        if document_id is None or offset == self._saved or self.window.services.state.read_only:
            return
        self._saved = offset
        self.window.runner.write(
            tr("saving where you were"),
            lambda services: services.reading.save_position(document_id, offset),
            lambda _none: None,
            lambda _message: None,  # a position not saved is not worth a dialog
        )

    # -- progress -----------------------------------------------------------------------

    def _show_progress(self) -> None:
        window = self.window
        opened = window.state.document
        if opened is None or not opened.document.text:
            self.label.clear()
            return
        now = progress(opened.document, window.state.words, self._chapters, self._offset)
        parts = [f"{now.percent:.0f} %"]
        if now.chapter is not None and len(self._chapters) > 1:
            parts.append(
                tr("{duration} left in chapter").format(duration=duration_text(now.chapter_minutes))
            )
        parts.append(tr("{duration} left in book").format(duration=duration_text(now.book_minutes)))
        self.label.setText(" · ".join(parts))
        window.contents_panel.set_current(now.chapter.start if now.chapter else None)

    # -- jumps --------------------------------------------------------------------------

    def go_to(self, offset: int) -> None:
        self.window.view.scroll_to(offset)
        self._measure.start()

    def step_chapter(self, step: int) -> None:
        chapter = neighbour_chapter(self._chapters, self._offset, step)
        if chapter is not None:
            self.go_to(chapter.start)

    def ask_percentage(self) -> None:
        opened = self.window.state.document
        if opened is None:
            return
        length = len(opened.document.text)
        now = 100.0 * self._offset / max(length, 1)
        value, ok = QInputDialog.getDouble(
            self.window, tr("Go to Percentage"), tr("Percentage of the document:"), now, 0, 100, 1
        )
        if ok:
            self.go_to_percentage(value)

    def go_to_percentage(self, percent: float) -> None:
        opened = self.window.state.document
        if opened is not None:
            text = opened.document.text
            offset = round(len(text) * min(max(percent, 0.0), 100.0) / 100.0)
            start = text.rfind("\n", 0, offset) + 1  # the start of that paragraph
            self.go_to(min(start, max(len(text) - 1, 0)))

    # -- bookmarks ----------------------------------------------------------------------

    def add_bookmark(self) -> None:
        if self._document_id is None:
            return
        self._measured()
        self.window.perform(AddBookmark(self._document_id, self._offset), self._bookmarked)

    def _bookmarked(self, _result: object) -> None:
        self.window.statusBar().showMessage(tr("Bookmark added (Ctrl+Z undoes it)."), 5_000)

    def delete_bookmark(self, bookmark_id: int) -> None:
        if self._document_id is not None:
            self.window.perform(DeleteBookmark(bookmark_id, self._document_id))

    def refresh_bookmarks(self) -> None:
        document_id = self._document_id
        if document_id is None:
            return

        def done(found: list[Bookmark]) -> None:
            if document_id == self._document_id:
                self.bookmarks.set_bookmarks(found)

        self.window.runner.read(
            tr("listing bookmarks"),
            lambda _c: self.window.services.reading.bookmarks(document_id),
            done,
        )
