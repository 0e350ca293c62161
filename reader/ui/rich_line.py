"""A list cell drawn as one line of rich text (bold words in a snippet or a context)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class RichLineDelegate(QStyledItemDelegate):
    """Draws the HTML that ``html_of(index)`` gives on one unwrapped line, in the text
    colour of the view (its plain text where it gives None)."""

    def __init__(
        self, html_of: Callable[[QModelIndex | QPersistentModelIndex], str | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._html_of = html_of

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = self._html_of(index)
        if markup is None:
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        document = QTextDocument()
        document.setDefaultFont(option.font)
        no_wrap = QTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(no_wrap)
        document.setDocumentMargin(2)
        colour = option.palette.color(role).name()
        document.setHtml(f'<span style="color:{colour}">{markup}</span>')
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.lineSpacing() + 6))
