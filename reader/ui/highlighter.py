"""Paint entities and user highlights into the reading view's document as char formats.

Measured (shared notes, platform.md): char formats merged in one edit block are
the fast way to draw many ranges in a QTextEdit; thousands of ExtraSelections
are several times slower. Entities are a soft tint with a coloured underline,
user highlights a strong background, so both stay legible where they overlap.
Repainting a range resets only the properties this module sets, which keeps
headings' bold and sizes and the font side of inline styles; the coloured inline
styles (links, code...) are the bottom layer, painted again first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument

from reader.core.annotations import Annotation, Colour
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.rich import Span, Style
from reader.ui.inline_styles import COLOURED, colour_format
from reader.ui.offsets import PositionMap, split_at_cuts
from reader.ui.palette import entity_line, entity_tint, highlight_fill
from reader.ui.theme import Theme

T = TypeVar("T", EntitySpan, Annotation, Span)
_LINKS = (Style.LINK, Style.NOTE_REF)
MATCH, MATCH_CURRENT = "#ffe8a3", "#ff9f1c"


class SpanIndex(Generic[T]):
    """Spans sorted by start, for 'which spans touch [a, b)' in O(log n + k)."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items: list[T] = sorted(
            (i for i in items if not getattr(i, "orphan", False)), key=lambda i: (i.start, i.end)
        )
        self._starts = [i.start for i in self.items]
        self._longest = max((i.end - i.start for i in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_right(self._starts, end)
        return [i for i in self.items[lo:hi] if i.start < end and i.end > start]

    def at(self, offset: int) -> list[T]:
        return self.overlapping(offset, offset + 1)


class Highlighter:
    def __init__(self) -> None:
        self.styles: SpanIndex[Span] = SpanIndex(())
        self.entities: SpanIndex[EntitySpan] = SpanIndex(())
        self.annotations: SpanIndex[Annotation] = SpanIndex(())
        self.hidden: set[EntityLabel] = set()
        self.selected_annotation: str | None = None
        self.matches: list[tuple[int, int]] = []  # find results, sorted
        self.cuts: list[int] = []  # offsets of table cell boundaries, sorted
        self.fresh = False
        """The document was just laid out with its styles and nothing painted yet."""
        self.current_match = -1

    def set_styles(self, spans: Sequence[Span]) -> None:
        """The document's inline styles; only the coloured ones are painted here."""
        self.styles = SpanIndex(s for s in spans if s.style in COLOURED)

    def set_entities(self, spans: Sequence[EntitySpan]) -> None:
        self.entities = SpanIndex(spans)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.annotations = SpanIndex(annotations)

    def paint(
        self,
        document: QTextDocument,
        positions: PositionMap,
        theme: Theme,
        start: int = 0,
        end: int | None = None,
    ) -> None:
        """Reset and repaint ``[start, end)`` (code points; the whole text by default)."""
        end = positions.length if end is None else end
        if end <= start:
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if self.fresh:  # just laid out: nothing to reset, the styles' colours are there
            self.fresh = False
        else:
            self._merge(cursor, positions, start, end, self._plain())
            shared: dict[Style, QTextCharFormat] = {}
            for style in self.styles.overlapping(start, end):
                if style.style in _LINKS:
                    fmt = colour_format(style, theme)
                elif style.style in shared:
                    fmt = shared[style.style]
                else:
                    fmt = shared[style.style] = colour_format(style, theme)
                self._merge(cursor, positions, max(style.start, start), min(style.end, end), fmt)
        entity_formats = {label: self._entity_format(label, theme) for label in EntityLabel}
        fills: dict[tuple[Colour, bool], QTextCharFormat] = {}
        for span in self.entities.overlapping(start, end):
            if span.label in self.hidden:
                continue
            self._merge(
                cursor,
                positions,
                max(span.start, start),
                min(span.end, end),
                entity_formats[span.label],
            )
        for note in self.annotations.overlapping(start, end):
            key = (note.colour, note.id == self.selected_annotation)
            if key not in fills:
                fills[key] = self._annotation_format(*key, theme)
            self._merge(cursor, positions, max(note.start, start), min(note.end, end), fills[key])
        self._paint_matches(cursor, positions, start, end)
        cursor.endEditBlock()

    def _paint_matches(
        self, cursor: QTextCursor, positions: PositionMap, start: int, end: int
    ) -> None:
        """Find results on top of everything: all in amber, the current one stronger."""
        if not self.matches:
            return
        first = max(0, bisect_left(self.matches, (start, start)) - 1)
        last = bisect_right(self.matches, (end, end))
        for n in range(first, last):
            match_start, match_end = self.matches[n]
            if match_end <= start or match_start >= end:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MATCH_CURRENT if n == self.current_match else MATCH))
            fmt.setForeground(QColor("#1f2328"))
            self._merge(cursor, positions, max(match_start, start), min(match_end, end), fmt)

    def _merge(
        self,
        cursor: QTextCursor,
        positions: PositionMap,
        start: int,
        end: int,
        fmt: QTextCharFormat,
    ) -> None:
        """Merge ``fmt`` over ``[start, end)``, cell by cell where the range crosses a
        table (a Qt selection across cells would take whole cells)."""
        for piece_start, piece_end in split_at_cuts(start, end, self.cuts):
            self._merge_one(cursor, positions, piece_start, piece_end, fmt)

    @staticmethod
    def _merge_one(
        cursor: QTextCursor, positions: PositionMap, start: int, end: int, fmt: QTextCharFormat
    ) -> None:
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end, end=True), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    @staticmethod
    def _plain() -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        fmt.setForeground(QBrush(Qt.BrushStyle.NoBrush))  # the view's text colour
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        return fmt

    @staticmethod
    def _entity_format(label: EntityLabel, theme: Theme) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(entity_tint(label, theme))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(entity_line(label, theme))
        return fmt

    @staticmethod
    def _annotation_format(colour: Colour, selected: bool, theme: Theme) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fill = highlight_fill(colour, theme)
        fmt.setBackground(fill.darker(118) if selected else fill)
        return fmt
