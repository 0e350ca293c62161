"""Find in the document (Ctrl+F), in the background: every match marked, next/previous,
case, accents and apostrophes ignored.

The search runs on the reading pool over the text folded when the document was
opened, a piece at a time: the first pieces' matches come back at once (the match
nearest after the cursor is selected and shown in the middle of the view), and the
count fills in while the rest is searched. A new query cancels the previous search.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from reader.core.find import MAX_MATCHES, find_pattern, iter_matches
from reader.ui.i18n import tr
from reader.ui.runner import Job, JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

Matches = list[tuple[int, int]]


class FindController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.matches: Matches = []
        self.current = -1
        self.complete = True
        self._job: Job | None = None
        self._origin = 0  # where the cursor was when the search began
        self._jumped = False

    def open_find(self) -> None:
        cursor = self.window.view.textCursor()
        selected = cursor.selectedText() if cursor.hasSelection() else ""
        self.window.find_bar.open_bar(selected if "\u2029" not in selected else "")

    def find_text(self, query: str) -> None:
        """Search for ``query`` from scratch (the previous search is cancelled)."""
        window = self.window
        if self._job is not None:
            self._job.control.cancel()
            self._job = None
        self.matches, self.current, self.complete = [], -1, True
        pattern = find_pattern(query)
        if window.opened is None or pattern is None:
            self._show()
            return
        view = window.view
        self._origin = view.positions.from_qt(view.textCursor().selectionStart())
        self._jumped = False
        self.complete = False
        folded = window.state.folded
        document_id = window.state.document_id

        def work(control: JobControl) -> int:
            found = 0
            for piece in iter_matches(folded, pattern):
                control.check()
                kept = piece[: MAX_MATCHES - found]
                found += len(kept)
                control.partial(kept)
                if found >= MAX_MATCHES:
                    break
            return found

        job: Job | None = None

        def current() -> bool:
            return job is self._job and window.state.document_id == document_id

        def partial(piece: Matches) -> None:
            if current() and piece:
                self.matches.extend(piece)
                self._found_more()

        def done(_found: int) -> None:
            if current():
                self._job = None
                self.complete = True
                self._found_more()

        job = window.runner.read(tr("finding in the document"), work, done, on_partial=partial)
        self._job = job
        self._show()

    def _found_more(self) -> None:
        """Matches arrived: go to the first one after the cursor as soon as it is known
        (or the first of all once everything is searched); update the count."""
        if not self._jumped:
            after = bisect_left(self.matches, (self._origin, self._origin))
            if after < len(self.matches):
                self._go(after)
            elif self.complete and self.matches:
                self._go(0)
        self._show()

    def step_match(self, step: int) -> None:
        if not self.window.find_bar.isVisible():
            self.open_find()
            return
        self.window.find_bar.flush()
        if self.matches:
            self._go((self.current + step) % len(self.matches))

    def _go(self, index: int) -> None:
        self._jumped = True
        self.current = index
        start, _end = self.matches[index]
        view = self.window.view
        view.call_when_loaded(lambda: view.place_cursor(start))
        self._show()

    def _show(self) -> None:
        view = self.window.view
        view.set_matches(self.matches, self.current)
        total = len(self.matches)
        self.window.find_bar.set_count(
            self.current, total, capped=total >= MAX_MATCHES, searching=not self.complete
        )

    def close_find(self) -> None:
        if self._job is not None:
            self._job.control.cancel()
            self._job = None
        self.matches, self.current, self.complete = [], -1, True
        self.window.view.set_matches([], -1)
        self.window.view.setFocus()
