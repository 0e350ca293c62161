"""What the Index panel does: bring the Index up to date and read it off the UI thread,
show an entry's mentions, open a document at a mention, and the entry's actions
(highlight and tag its mentions, rename, merge, split, hide, export), each one
undoable operation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu

from reader.core.annotations import Colour
from reader.core.library import SearchHit, SearchKind
from reader.services.entity_index import IndexEntry, MentionInContext
from reader.services.index_ops import (
    HideEntry,
    HighlightMentions,
    MergeEntries,
    RenameEntry,
    SplitEntry,
)
from reader.ui.i18n import tr
from reader.ui.runner import JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

FILTER_DELAY_MS = 200
REFRESH_DELAY_MS = 300


class IndexController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = window.index_panel
        self.dock = window.index_dock
        self._generation = 0
        self._stale = True
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.panel.filters_changed.connect(self._timer.start)
        # a document's entities recognised or read: its rows may be new (once per burst)
        self._refresh_timer = QTimer(window)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        window.state.entities_changed.connect(self._refresh_timer.start)
        self.panel.entry_selected.connect(self.show_mentions)
        self.panel.mention_activated.connect(self.go_to_mention)
        self.panel.menu_requested.connect(self.entry_menu)
        self.panel.full_window_toggled.connect(self.set_full_window)
        self.dock.visibilityChanged.connect(self._shown)
        self.dock.topLevelChanged.connect(self.panel.full_window.setChecked)

    # -- keeping the panel up to date ------------------------------------------------

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Bring the Index up to date (only documents whose entities changed are made
        again, one transaction each) and show it; later if the panel is hidden."""
        if not self.dock.isVisible():
            self._stale = True
            return
        self._stale = False
        index = self.window.services.index

        def work(control: JobControl) -> int:
            return index.refresh(progress=control.progress, cancelled=control.cancelled)

        self.panel.status.setText(tr("Bringing the Index up to date…"))
        self.window.runner.read(
            tr("updating the index"),
            work,
            lambda _n: self.load(),
            self._failed,
            on_progress=self._progress,
            waits=True,
        )

    def _progress(self, done: int, total: int) -> None:
        self.panel.status.setText(
            tr("Bringing the Index up to date… {done} of %n document(s)", "", total).format(
                done=done
            )
        )

    def load(self) -> None:
        """Read the entries that the filters ask for, off the UI thread."""
        self._generation += 1
        generation = self._generation
        panel = self.panel
        labels = panel.labels()
        text = panel.filter.text()
        hidden = panel.show_hidden.isChecked()
        document_id = self._document_id()
        if panel.this_document_only() and document_id is None:
            panel.set_entries([], tr("no document is open"))
            return

        def work(_control: JobControl) -> list[IndexEntry]:
            return self.window.services.index.entries(
                labels=labels, document_id=document_id, text=text, include_hidden=hidden
            )

        def done(entries: list[IndexEntry]) -> None:
            if generation == self._generation:
                panel.set_entries(entries, tr("filtered") if text.strip() else "")

        self.window.runner.read(tr("reading the index"), work, done, self._failed)

    def show_mentions(self, entry: IndexEntry) -> None:
        document_id = self._document_id()
        index = self.window.services.index

        def done(mentions: list[MentionInContext]) -> None:
            current = self.panel.current_entry()
            if current is not None and current.id == entry.id:
                self.panel.set_mentions(entry, mentions)

        self.window.runner.read(
            tr("reading the mentions"),
            lambda _control: index.mentions(entry.id, document_id),
            done,
            self._failed,
        )

    def go_to_mention(self, mention: MentionInContext) -> None:
        """Open the mention's document (if it is not open) and show the mention."""
        start = len(mention.before)
        self.window.library.go_to_hit(
            SearchHit(
                mention.document_id,
                mention.path,
                mention.title,
                SearchKind.TEXT,
                mention.context,
                mention.start,
                ((start, start + len(mention.text)),),
            )
        )

    def set_full_window(self, full: bool) -> None:
        """Float the Index over the whole window (a full window view), or dock it back."""
        if full == self.dock.isFloating():
            return
        self.dock.setFloating(full)
        if full:
            self.dock.setGeometry(self.window.geometry())
            self.dock.show()
            self.dock.raise_()

    # -- an entry's actions ------------------------------------------------------------

    def entry_menu(self, chosen: list[IndexEntry], where: QPoint) -> None:
        entry = self.panel.current_entry() or chosen[0]
        menu = QMenu(self.panel)
        document_id = self.window.state.document_id
        highlight = menu.addAction(tr("Highlight Every Mention in This Document"))
        highlight.setEnabled(document_id is not None)
        highlight.triggered.connect(lambda: self.highlight(entry))
        tag = menu.addAction(tr("Highlight and Tag Every Mention…"))
        tag.setEnabled(document_id is not None)
        tag.triggered.connect(lambda: self.highlight(entry, ask_tag=True))
        menu.addSeparator()
        menu.addAction(tr("Rename…")).triggered.connect(lambda: self.rename(entry))
        others = tuple(e.id for e in chosen if e.id != entry.id)
        merge = menu.addAction(
            tr("Merge %n Entries into “{name}”", "", len(others) + 1).format(name=entry.name)
        )
        merge.setEnabled(bool(others))
        merge.setToolTip(tr("Select several entries, then choose the one they are"))
        merge.triggered.connect(
            lambda: self.window.perform(MergeEntries(others, entry.id, entry.name))
        )
        split = menu.addAction(tr("Split into Its Spellings"))
        split.setEnabled(bool(entry.aliases))
        split.triggered.connect(lambda: self.window.perform(SplitEntry(entry.id, entry.name)))
        hide = menu.addAction(
            tr("Show in the Index") if entry.hidden else tr("Hide from the Index")
        )
        hide.triggered.connect(
            lambda: self.window.perform(HideEntry(entry.id, not entry.hidden, entry.name))
        )
        menu.addSeparator()
        menu.addAction(tr("Export Mentions as Markdown…")).triggered.connect(
            lambda: self.export(entry, "md")
        )
        menu.addAction(tr("Export Mentions as CSV…")).triggered.connect(
            lambda: self.export(entry, "csv")
        )
        menu.popup(where)

    def highlight(self, entry: IndexEntry, *, ask_tag: bool = False) -> None:
        document_id = self.window.state.document_id
        if document_id is None:
            return
        tags: tuple[str, ...] = ()
        if ask_tag:
            tag, ok = QInputDialog.getText(
                self.window,
                tr("Tag every mention"),
                tr("Tag for every “{name}”:").format(name=entry.name),
            )
            if not ok or not tag.strip():
                return
            tags = (tag.strip(),)
        op = HighlightMentions(entry.id, document_id, Colour.YELLOW, tags, entry.name)
        self.window.perform(op, lambda _result: self.show_mentions(entry))

    def rename(self, entry: IndexEntry) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            tr("Rename entry"),
            tr("Name shown in the Index (empty: as the text spells it):"),
            QLineEdit.EchoMode.Normal,
            entry.name,
        )
        if ok and name != entry.name:
            self.window.perform(RenameEntry(entry.id, name))

    def export(self, entry: IndexEntry, fmt: str) -> None:
        kind = "Markdown (*.md)" if fmt == "md" else "CSV (*.csv)"
        suggested = str(Path.home() / f"{entry.name}.{fmt}")
        path, _chosen = QFileDialog.getSaveFileName(
            self.window, tr("Export the mentions"), suggested, kind
        )
        if not path:
            return
        choices = self.window.services.index_choices

        def work(_control: JobControl) -> str:
            return choices.export(entry.id, fmt, Path(path))

        self.window.runner.read(
            tr("exporting the mentions"),
            work,
            lambda _content: self.window.statusBar().showMessage(
                tr("Mentions written to {path}").format(path=path), 8000
            ),
            lambda message: self.window.report(tr("exporting the mentions"), message),
        )

    # -- helpers ---------------------------------------------------------------------------

    def _document_id(self) -> int | None:
        return self.window.state.document_id if self.panel.this_document_only() else None

    def _failed(self, message: str) -> None:
        self.panel.status.setText(message)
        self.window.report(tr("the Index"), message)
