"""Find in the document (Ctrl+F): every match marked, next/previous, accents ignored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.find import MAX_MATCHES, find_all

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class FindController:
    """Runs the find bar over the window's reading view."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.folded = ""  # the open document's text folded, computed when it opened

    def open_find(self) -> None:
        cursor = self.window.view.textCursor()
        selected = cursor.selectedText() if cursor.hasSelection() else ""
        self.window.find_bar.open_bar(selected if "\u2029" not in selected else "")

    def find_text(self, query: str) -> None:
        """Mark every match (accents and case ignored) and go to the first one from here."""
        if self.window.opened is None:
            return
        text = self.window.opened.document.text
        highlighter = self.window.view.highlighter
        old = highlighter.matches
        matches = find_all(text, query, folded=self.folded)
        here = self.window.view.positions.from_qt(self.window.view.textCursor().selectionStart())
        highlighter.matches = matches
        highlighter.current_match = next(
            (n for n, (start, _end) in enumerate(matches) if start >= here), 0 if matches else -1
        )
        self._repaint_ranges([*old, *matches])
        self._show_current_match()

    def step_match(self, step: int) -> None:
        highlighter = self.window.view.highlighter
        if not self.window.find_bar.isVisible():
            self.open_find()
            return
        self.window.find_bar.flush()
        if not highlighter.matches:
            return
        previous = highlighter.current_match
        highlighter.current_match = (previous + step) % len(highlighter.matches)
        self._repaint_ranges([highlighter.matches[previous]] if previous >= 0 else [])
        self._show_current_match()

    def _show_current_match(self) -> None:
        highlighter = self.window.view.highlighter
        total = len(highlighter.matches)
        self.window.find_bar.set_count(
            highlighter.current_match, total, capped=total >= MAX_MATCHES
        )
        if highlighter.current_match < 0:
            return
        start, end = highlighter.matches[highlighter.current_match]
        self._repaint_ranges([(start, end)])
        cursor = self.window.view.textCursor()
        cursor.setPosition(self.window.view.positions.to_qt(end))
        cursor.setPosition(self.window.view.positions.to_qt(start))
        self.window.view.setTextCursor(cursor)
        self.window.view.ensureCursorVisible()

    def close_find(self) -> None:
        old = self.window.view.highlighter.matches
        self.window.view.highlighter.matches, self.window.view.highlighter.current_match = [], -1
        self._repaint_ranges(old)
        self.window.view.setFocus()

    def _repaint_ranges(self, ranges: list[tuple[int, int]]) -> None:
        if len(ranges) > 2_000:
            self.window.view.repaint_highlights()
            return
        for start, end in ranges:
            self.window.view.repaint_highlights(start, end)
