"""How a row of the Annotations panel is drawn: a colour stripe, the quoted passage, the
note, the tags and (when authors matter) who made it; sized from an estimate of its lines."""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.annotations import Annotation
from reader.core.tags import hashtag
from reader.ui.i18n import tr
from reader.ui.palette import HIGHLIGHT_COLOURS
from reader.ui.passages import quoted

AnnotationRole = Qt.ItemDataRole.UserRole + 1
PAD = 8
STRIPE = 4
QUOTE_LINES, NOTE_LINES = 3, 3

Index = QModelIndex | QPersistentModelIndex


def byline(annotation: Annotation) -> str:
    """Who made the highlight, and who changed it last if someone else did."""
    author = annotation.author or tr("unknown author")
    if annotation.editor and annotation.editor != annotation.author:
        return tr("by {author}, changed by {editor}").format(
            author=author, editor=annotation.editor
        )
    return tr("by {author}").format(author=author)


class AnnotationDelegate(QStyledItemDelegate):
    """A colour stripe, the quoted passage (italic), the note, then the tags.

    A row's height comes from an estimate of its lines (the text's width over the
    column's, one font measure per part), so sizing thousands of rows is cheap; the
    texts are cut to those lines only when a row is painted. Both are cached per width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[tuple[str, datetime, int], list[tuple[QFont, str, bool, int]]] = {}
        self._cut: dict[tuple[str, datetime, int], list[tuple[QFont, str, bool, int]]] = {}
        self._fonts_of: dict[str, tuple[QFont, QFont, QFont]] = {}
        self.show_authors = False

    def set_show_authors(self, show: bool) -> None:
        """Whether each row ends with its author (a line more: sizes are measured again)."""
        if show != self.show_authors:
            self.show_authors = show
            self._lines.clear()
            self._cut.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        key = option.font.key()
        if key not in self._fonts_of:
            quote = QFont(option.font)
            quote.setItalic(True)
            note = QFont(option.font)
            tags = QFont(option.font)
            tags.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
            self._fonts_of[key] = quote, note, tags
        return self._fonts_of[key]

    def _parts(
        self, option: QStyleOptionViewItem, item: Annotation, width: int
    ) -> list[tuple[QFont, str, bool, int]]:
        """(font, text, muted, lines) for the quote, the note and the tags."""
        key = (item.id, item.updated, width)
        found = self._lines.get(key)
        if found is not None:
            return found
        quote_font, note_font, tag_font = self._fonts(option)
        prefix = tr("(not found in this version) ") if item.orphan else ""
        parts = [
            (
                quote_font,
                prefix + quoted(item.quote.exact),
                item.orphan,
                QUOTE_LINES,
            ),
        ]
        if item.note.strip():
            parts.append((note_font, item.note.strip(), False, NOTE_LINES))
        if item.tags:
            parts.append((tag_font, "  ".join(hashtag(t) for t in item.tags), True, 2))
        if self.show_authors:
            parts.append((tag_font, byline(item), True, 1))
        laid = [
            (font, text, muted, _estimated_lines(font, text, width, limit))
            for font, text, muted, limit in parts
        ]
        if len(self._lines) > 20_000:
            self._lines.clear()
        self._lines[key] = laid
        return laid

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        item = index.data(AnnotationRole)
        view = self.parent()
        shown = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        width = max(shown, 200) - 2 * PAD - STRIPE - 4
        parts = self._parts(option, item, width)
        height = sum(lines_height(f, n) for f, _t, _m, n in parts)
        return QSize(width, height + 4 * (len(parts) - 1) + 2 * PAD)

    def _laid_out(
        self, option: QStyleOptionViewItem, item: Annotation, width: int
    ) -> list[tuple[QFont, str, bool, int]]:
        key = (item.id, item.updated, width)
        if key not in self._cut:
            if len(self._cut) > 2_000:
                self._cut.clear()
            self._cut[key] = [
                (font, _elide(font, text, width, lines), muted, lines)
                for font, text, muted, lines in self._parts(option, item, width)
            ]
        return self._cut[key]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: Annotation = index.data(AnnotationRole)
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        painter.fillRect(rect, background)
        painter.fillRect(
            QRect(rect.left() + 2, rect.top() + PAD - 2, STRIPE, rect.height() - 2 * PAD + 4),
            QColor(HIGHLIGHT_COLOURS[item.colour]),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        x = rect.left() + STRIPE + PAD + 2
        width = rect.width() - 2 * PAD - STRIPE - 4
        y = rect.top() + PAD
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for font, text, is_muted, lines in self._laid_out(option, item, width):
            painter.setFont(font)
            painter.setPen(muted if is_muted else text_colour)
            height = lines_height(font, lines)
            painter.drawText(QRect(x, y, width, height), int(Qt.TextFlag.TextWordWrap), text)
            y += height + 4
        painter.restore()


@functools.lru_cache(maxsize=64)
def lines_height(font: QFont, lines: int) -> int:
    """Height Qt gives ``lines`` lines of wrapped text in ``font`` (more than lines x line
    spacing with some fonts)."""
    sample = "\n".join(["Ág"] * lines)
    return QFontMetrics(font).boundingRect(QRect(0, 0, 1000, 10_000), 0, sample).height()


def _estimated_lines(font: QFont, text: str, width: int, limit: int) -> int:
    """Lines ``text`` takes wrapped at ``width``, at most ``limit``: its width on one
    line over the column's, with a margin for the ends of lines wrapping early."""
    sample = text[: 150 * limit]
    metrics = _metrics(font)
    breaks = sample.count("\n") * width
    plain = metrics.horizontalAdvance(sample)
    low = min(limit, int((plain + breaks) // max(width, 1)) + 1)
    high = min(limit, int((plain * 1.12 + breaks) // max(width, 1)) + 1)
    if low == high:
        return max(1, low)
    # Near a line's end the estimate is unsure: measure the wrapped text (a few rows
    # only), so a row holds no empty line under a quote that wrapped less than feared.
    height = metrics.boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), sample
    ).height()
    for lines in range(max(1, low), high + 1):
        if lines_height(font, lines) >= height:
            return lines
    return high


@functools.lru_cache(maxsize=16)
def _metrics(font: QFont) -> QFontMetrics:
    return QFontMetrics(font)


def _elide(font: QFont, text: str, width: int, lines: int) -> str:
    """Cut ``text`` to at most ``lines`` wrapped lines, ending with an ellipsis."""
    metrics = QFontMetrics(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    limit = lines_height(font, lines)
    if metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() <= limit:
        return text
    lo, hi = 0, min(len(text), 120 * lines)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        candidate = text[:mid].rstrip() + "…"
        if metrics.boundingRect(QRect(0, 0, width, 10_000), flags, candidate).height() <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
