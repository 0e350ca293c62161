"""The look of the reading view: theme, font, line spacing, a centred column, zoom,
and the caret for reading with the keyboard (the text itself is
:mod:`reader.ui.text_view`'s)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QWidget

from reader.ui.reading_style import (
    BASE_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    ReadingStyle,
    apply_alignment,
    respace_lines,
)
from reader.ui.text_view import TextView
from reader.ui.theme import LIGHT, Theme


class StyledView(TextView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply_font()
        self.apply_theme(LIGHT)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, theme.paper),
            (QPalette.ColorRole.Window, theme.paper),
            (QPalette.ColorRole.Text, theme.ink),
            (QPalette.ColorRole.Highlight, theme.selection),
            (QPalette.ColorRole.HighlightedText, theme.selection_ink),
        ):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        self.setAutoFillBackground(True)
        self.pictures.set_colour(theme.muted)
        if self._loader is not None and self._document is not None:
            self._loader.restyle(theme)  # links take the new theme's colour
            self._dim_matter(0, self._loader.loaded)
        self.refresh_highlights(force=True)

    @property
    def point_size(self) -> float:
        return self._style.point_size

    @property
    def reading_style(self) -> ReadingStyle:
        return self._style

    def set_caret_browsing(self, on: bool) -> None:
        """A visible caret, moved with the arrow keys (Shift selects), so a passage
        can be chosen and highlighted without a mouse."""
        self._caret_width = 2 if on else 0
        self.setCursorWidth(self._caret_width)
        if on:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.textCursor().hasSelection():
                self.place_cursor(self.visible_range()[0], centre=False)

    def set_point_size(self, size: float) -> None:
        size = min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)
        if size == self._style.point_size:
            return
        self.set_style(replace(self._style, point_size=size))
        self.zoom_changed.emit(size)

    def set_style(self, style: ReadingStyle) -> None:
        """Lay the text out in ``style`` (font, spacing, column, margins, alignment)."""
        before, self._style = self._style, style
        qdoc = self.document()
        qdoc.setDocumentMargin(style.margin)
        apply_alignment(qdoc, style.justify)
        if self._loader is not None and self._loader.qdoc is qdoc:
            respace_lines(qdoc, before.line_spacing, style.line_spacing)
            self._loader.body.setLineHeight(
                style.line_spacing, self._loader.body.lineHeightType()
            )  # for the slices still to come
        self._apply_font()

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self._style.point_size + steps)

    def reset_zoom(self) -> None:
        self.set_point_size(BASE_POINT_SIZE)

    def _apply_font(self) -> None:
        font = self.reading_font()
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_margins()
        self.refresh_highlights(force=True)
        self._refit.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._update_margins()
        super().resizeEvent(event)
        self.refresh_highlights(force=True)
        self._refit.start()

    def _update_margins(self) -> None:
        """Centre a column of about ``style.column_chars`` characters in the available width."""
        metrics = QFontMetricsF(self.reading_font())
        column = (
            metrics.averageCharWidth() * self._style.column_chars
            + 2 * self.document().documentMargin()
        )
        scrollbar = self.verticalScrollBar().sizeHint().width()
        spare = self.width() - scrollbar - column
        side = int(max(0.0, spare / 2))
        self.setViewportMargins(side, 0, side, 0)
