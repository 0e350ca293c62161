"""The reading view: the canonical text laid out for reading, in a centred column
(:mod:`reader.ui.text_view`, :mod:`reader.ui.styled_view`), and what the pointer
does over it: tooltips (entities, notes, links), the context menu, a click on a
highlight, the end of a selection. Links are shown, never followed by a plain
click: Ctrl+click goes to a place in the document, or opens an address in the
system browser after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QMessageBox, QToolTip

from reader.core.rich import Span, Style, is_openable
from reader.core.tags import hashtag
from reader.ui.i18n import tr
from reader.ui.palette import entity_name, entity_reason
from reader.ui.plain import plain_tooltip
from reader.ui.reading_style import BASE_POINT_SIZE
from reader.ui.styled_view import StyledView

__all__ = ["BASE_POINT_SIZE", "ReadingView"]


class ReadingView(StyledView):
    # -- the pointer -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = self.viewport().mapFromGlobal(event.globalPos())
        offset = self.offset_at(point)
        lines: list[str] = []
        if offset is not None:
            lines.extend(self._link_tip(offset))
            for span in self.highlighter.entities.at(offset):
                if span.label not in self.highlighter.hidden:
                    lines.append(
                        f"{entity_name(span.label)}: {span.text} ({entity_reason(span.source)})"
                    )
            for note in self.highlighter.annotations.at(offset):
                first = note.note.strip().splitlines()[0] if note.note.strip() else ""
                tags = " ".join(hashtag(t) for t in note.tags)
                lines.append(" · ".join(x for x in (note.colour.value, first, tags) if x))
        if lines:
            QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)), self)
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        offset = self.offset_at(event.pos())
        self.context_menu_requested.emit(menu, -1 if offset is None else offset)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Ctrl+press on a link is the start of following it, not of a selection."""
        self._pressed_link = None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._pressed_link = self.link_at(self.offset_at(event.position().toPoint()))
            if self._pressed_link is not None:
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed_link = self._pressed_link, None
        if pressed is not None:
            event.accept()
            if self.link_at(self.offset_at(event.position().toPoint())) == pressed:
                self.follow(pressed)
            return
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self.selection_finished.emit()
            return
        offset = self.offset_at(event.position().toPoint())
        hits = self.highlighter.annotations.at(offset) if offset is not None else []
        # The innermost (shortest) highlight under the pointer is the one meant.
        if hits:
            self.annotation_clicked.emit(min(hits, key=lambda a: a.end - a.start).id)
        else:
            self.annotation_clicked.emit("")

    # -- links ---------------------------------------------------------------------------

    def link_at(self, offset: int | None) -> Span | None:
        """The innermost link (or note reference) at an offset."""
        if offset is None:
            return None
        hits = self._links.at(offset)
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def follow(self, link: Span) -> None:
        """Go where a link leads: a place in the document, or (after asking) an address
        opened by the system's browser or mail program."""
        if link.target is not None:
            self.link_followed.emit(link.target)
            self.scroll_to(link.target)
            return
        if not is_openable(link.href):
            return
        answer = QMessageBox.question(
            self,
            tr("Open Link"),
            tr("Open this address outside reader?") + f"\n\n{link.href}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.open_externally(QUrl(link.href))

    def _link_tip(self, offset: int) -> list[str]:
        link = self.link_at(offset)
        if link is None or self._document is None:
            return []
        if link.style is Style.NOTE_REF and link.target is not None:
            text = self._document.text
            end = text.find("\n", link.target)
            note = text[link.target : end if end >= 0 else len(text)]
            return [
                note[:400] + ("…" if len(note) > 400 else ""),
                tr("Ctrl+click: go to the note"),
            ]
        if link.target is not None:
            return [tr("Ctrl+click: go there")]
        if link.href:
            return [link.href, tr("Ctrl+click: open")]
        return []
