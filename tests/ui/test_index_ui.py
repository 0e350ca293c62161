"""The Index panel in a real window over a real library recognised by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.services.entity_index import IndexEntry
from reader.services.index_ops import MergeEntries
from reader.ui.index_model import EntryRole
from reader.ui.main_window import MainWindow
from tests.ui.conftest import OpenDocument, settle

FIRST = (
    "M. Emmanuel Macron a reçu Jeff Zhang à l'Élysée. Zhang est venu de Pékin avec Alibaba."
    " Macron a parlé d’Alibaba.\n"
)
SECOND = "Le président Macron visite Pékin. Alibaba répond.\n"


def library(services: Services, tmp_path: Path) -> tuple[Path, Path]:
    paths = tmp_path / "a.txt", tmp_path / "b.txt"
    for path, text in zip(paths, (FIRST, SECOND), strict=True):
        path.write_text(text, "utf-8")
        services.entities.recognise(services.documents.open(path).value.id)
    return paths


def names(window: MainWindow) -> set[str]:
    model = window.index_panel.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def choose(qtbot: QtBot, window: MainWindow, name: str) -> IndexEntry:
    model = window.index_panel.model
    rows = [row for row in range(model.rowCount()) if model.index(row, 0).data() == name]
    assert rows, f"{name} is not listed"
    window.index_panel.choose(rows[0])
    entry = model.index(rows[0], 0).data(EntryRole)
    assert isinstance(entry, IndexEntry)
    title = window.index_panel.mentions_title
    qtbot.waitUntil(lambda: title.text().startswith(name), timeout=30_000)  # its mentions shown
    return entry


def test_the_index_lists_filters_shows_mentions_and_opens_them(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    open_document: OpenDocument,
) -> None:
    first, second = library(services, tmp_path)
    open_document(first)
    show_index = window.findChild(QAction, "indexDockAction")  # View ▸ Index
    assert show_index is not None and show_index.shortcut().toString() == "Ctrl+Shift+I"
    show_index.trigger()
    qtbot.waitUntil(lambda: "Emmanuel Macron" in names(window), timeout=30_000)
    assert names(window) == {"Alibaba", "Emmanuel Macron", "Jeff Zhang", "Pékin", "Élysée"}

    window.index_panel.filter.setText("PEKIN")
    qtbot.waitUntil(lambda: names(window) == {"Pékin"})
    window.index_panel.filter.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 5)

    choose(qtbot, window, "Emmanuel Macron")
    mentions = window.index_panel.mentions
    assert mentions.topLevelItemCount() == 2  # grouped by document
    assert [mentions.topLevelItem(i).childCount() for i in range(2)] == [2, 1]  # type: ignore[union-attr]
    other = mentions.topLevelItem(1).child(0)  # type: ignore[union-attr]
    with qtbot.waitSignal(window.document_shown, timeout=30_000):
        mentions.itemClicked.emit(other, 0)
    assert window.opened is not None and window.opened.document.source == second.resolve()
    qtbot.waitUntil(lambda: window.view.textCursor().hasSelection())

    window.index_panel.scope.setCurrentIndex(1)  # this document only
    qtbot.waitUntil(lambda: "Jeff Zhang" not in names(window))
    window.index_panel.full_window.setChecked(True)
    assert window.index_dock.isFloating() and window.index_dock.width() >= window.width() - 20
    window.index_panel.full_window.setChecked(False)
    assert not window.index_dock.isFloating()


def test_entry_actions_are_undoable_operations(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    open_document: OpenDocument,
) -> None:
    first, _second = library(services, tmp_path)
    open_document(first)
    window.index_dock.show()
    window.index_dock.raise_()  # its tab in front
    qtbot.waitUntil(lambda: "Pékin" in names(window), timeout=30_000)
    pekin = choose(qtbot, window, "Pékin")
    elysee = choose(qtbot, window, "Élysée")
    window.perform(MergeEntries((elysee.id,), pekin.id, pekin.name))
    qtbot.waitUntil(lambda: "Élysée" not in names(window))
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Élysée" in names(window))

    macron = choose(qtbot, window, "Emmanuel Macron")
    window.index.highlight(macron)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.notes.annotations) == 2)
    assert sorted(a.quote.exact for a in window.notes.annotations.values()) == [
        "Emmanuel Macron",
        "Macron",
    ]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.notes.annotations)
