"""What the reading view draws over the text: entities, highlights and find matches.

Nothing here changes the document: the layers are drawn as the view's extra
selections, and only for the part of the text on screen (:meth:`Highlighter.segments`
of a window around it). Changing a highlight, showing 10,000 entities or marking
every match of a frequent word therefore costs no relayout of a long book, and what
is drawn is always exactly the current state.

Where layers overlap each stretch gets one merged format: the entity's tint and
coloured underline, a highlight's strong background over the tint (darker when the
highlight is selected), a find match's amber over everything. Beneath them all is
the text's own look, which they leave alone: the colours of inline styles (links,
code, marked text) and the muted colour of front and back matter.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.annotations import Annotation, Colour
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.rich import Span
from reader.ui.palette import entity_line, entity_tint, highlight_fill
from reader.ui.theme import Theme

T = TypeVar("T", EntitySpan, Annotation, Span)
MATCH, MATCH_CURRENT, MATCH_INK = "#99e9f2", "#ff9f1c", "#1f2328"
"""Find matches: pale cyan, the current one orange (never mistaken for a yellow highlight)."""

# (entity label, (highlight colour, selected), find match: 0 none, 1 match, 2 current)
Key = tuple[EntityLabel | None, tuple[Colour, bool] | None, int]


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
        self.entities: SpanIndex[EntitySpan] = SpanIndex(())
        self.annotations: SpanIndex[Annotation] = SpanIndex(())
        self.hidden: set[EntityLabel] = set()
        self.selected_annotation: str | None = None
        self.matches: list[tuple[int, int]] = []  # find results, sorted
        self.current_match = -1
        self._formats: dict[tuple[Key, str], QTextCharFormat] = {}

    def set_entities(self, spans: Sequence[EntitySpan]) -> None:
        self.entities = SpanIndex(spans)

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        self.annotations = SpanIndex(annotations)

    def segments(
        self, start: int, end: int, theme: Theme
    ) -> list[tuple[int, int, QTextCharFormat]]:
        """``[start, end)`` cut where any layer begins or ends, each stretch that has a
        layer with its merged format (adjacent stretches of one format joined)."""
        if end <= start:
            return []
        layers: list[tuple[int, int, int, object]] = []  # (start, end, kind, value)
        for span in self.entities.overlapping(start, end):
            if span.label not in self.hidden:
                layers.append((span.start, span.end, 0, span.label))
        for note in self.annotations.overlapping(start, end):
            layers.append(
                (note.start, note.end, 1, (note.colour, note.id == self.selected_annotation))
            )
        first = max(0, bisect_left(self.matches, (start, start)) - 1)
        for n in range(first, len(self.matches)):
            match_start, match_end = self.matches[n]
            if match_start >= end:
                break
            if match_end > start:
                layers.append((match_start, match_end, 2, 2 if n == self.current_match else 1))
        if not layers:
            return []
        cuts = sorted(
            {start, end}
            | {max(s, start) for s, _e, _k, _v in layers}
            | {min(e, end) for _s, e, _k, _v in layers}
        )
        keys: list[list[object]] = [[None, None, 0] for _ in range(len(cuts) - 1)]
        for s, e, kind, value in layers:  # later layers of a kind win: innermost, current
            for i in range(bisect_left(cuts, max(s, start)), bisect_left(cuts, min(e, end))):
                keys[i][kind] = value
        out: list[tuple[int, int, QTextCharFormat]] = []
        previous: Key | None = None
        for i, key_list in enumerate(keys):
            key: Key = (key_list[0], key_list[1], key_list[2])  # type: ignore[assignment]
            if key == (None, None, 0):
                previous = None
                continue
            if key == previous and out and out[-1][1] == cuts[i]:
                out[-1] = (out[-1][0], cuts[i + 1], out[-1][2])
                continue
            out.append((cuts[i], cuts[i + 1], self._format(key, theme)))
            previous = key
        return out

    def _format(self, key: Key, theme: Theme) -> QTextCharFormat:
        cached = self._formats.get((key, theme.name))
        if cached is not None:
            return cached
        label, highlight, match = key
        fmt = QTextCharFormat()
        if label is not None:
            fmt.setBackground(entity_tint(label, theme))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(entity_line(label, theme))
        if highlight is not None:
            colour, selected = highlight
            fill = highlight_fill(colour, theme)
            fmt.setBackground(fill.darker(118) if selected else fill)
        if match:
            fmt.setBackground(QColor(MATCH_CURRENT if match == 2 else MATCH))
            fmt.setForeground(QColor(MATCH_INK))
        self._formats[(key, theme.name)] = fmt
        return fmt
