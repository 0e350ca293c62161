"""Where you were: position kept in the library, progress, chapters, bookmarks."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.reading import chapters
from reader.services.app import Services
from reader.ui.main_window import MainWindow
from reader.ui.paths import sample_article
from reader.ui.reading_position import start_document
from tests.formats.corpus import corpus_file
from tests.ui.conftest import OpenDocument, settle

PARAGRAPH = (
    "Les centres de données du Hebei consomment une électricité abondante et bon marché, "
    "ce qui attire les groupes chinois du cloud computing vers le nord du pays.\n\n"
)


def book(tmp_path: Path) -> Path:
    parts = []
    for n in range(1, 4):
        parts.append(f"# Chapitre {n}\n\n" + PARAGRAPH * 40)
    path = tmp_path / "livre.md"
    path.write_text("".join(parts), "utf-8")
    return path


def top(window: MainWindow) -> int:
    return window.view.visible_range()[0]


def wait_measured(qtbot: QtBot, window: MainWindow, offset: int) -> None:
    qtbot.waitUntil(lambda: abs(window.reading.offset - offset) < 400, timeout=5_000)


def test_a_document_reopens_where_it_was_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    services, settings = window.services, window.settings
    path = book(tmp_path)
    open_document(path)
    assert window.reading.label.text().startswith("0 %")
    text = window.opened.document.text if window.opened else ""
    target = text.index("# Chapitre 2") if "# Chapitre 2" in text else text.index("Chapitre 2")
    window.reading.go_to(target + 200)
    wait_measured(qtbot, window, target + 200)
    assert "%" in window.reading.label.text() and "min left in book" in window.reading.label.text()
    left = window.reading.offset
    window.close()  # saves where it was
    window.runner.wait()
    assert services.reading.position(window.opened.id if window.opened else 0) == left

    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    again.resize(1000, 760)
    again.show()
    with qtbot.waitSignal(again.document_shown, timeout=60_000):
        again.open_path(path)
    qtbot.waitUntil(lambda: abs(top(again) - left) < 200, timeout=10_000)
    again.close()
    again.runner.wait()


def test_chapters_progress_and_contents_follow_the_reader(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    open_document(book(tmp_path))
    assert window.opened is not None
    text = window.opened.document.text
    second = text.index("Chapitre 2")
    third = text.index("Chapitre 3")
    window.reading.next_action.trigger()  # Ctrl+PgDown
    wait_measured(qtbot, window, second)
    assert abs(top(window) - second) < 200
    current = window.contents_panel.tree.currentItem()
    assert current is not None and current.text(0) == "Chapitre 2"
    assert "min left in chapter" in window.reading.label.text()
    window.reading.next_action.trigger()
    wait_measured(qtbot, window, third)
    window.reading.previous_action.trigger()  # at a chapter's start: the one before
    wait_measured(qtbot, window, second)

    window.reading.go_to_percentage(50)
    wait_measured(qtbot, window, len(text) // 2)
    assert window.reading.label.text().startswith(("49 %", "50 %"))


def test_bookmarks_are_added_listed_jumped_to_and_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    open_document(book(tmp_path))
    assert window.opened is not None
    assert not window.reading.bookmarks.isVisibleTo(window)
    text = window.opened.document.text
    second = text.index("Chapitre 2")
    window.reading.go_to(second)
    wait_measured(qtbot, window, second)
    window.reading.bookmark_action.trigger()  # Ctrl+B
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.reading.bookmarks.bookmarks()) == 1)
    mark = window.reading.bookmarks.bookmarks()[0]
    assert mark.label.startswith("Chapitre 2")
    assert window.reading.bookmarks.isVisibleTo(window)

    window.reading.go_to(0)
    wait_measured(qtbot, window, 0)
    window.reading.bookmarks.list.itemClicked.emit(window.reading.bookmarks.list.item(0))
    wait_measured(qtbot, window, mark.offset)

    window.undo_stack.undo()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.reading.bookmarks.bookmarks() == [])
    assert not window.reading.bookmarks.isVisibleTo(window)


def test_reader_without_a_file_opens_the_last_document(services: Services, tmp_path: Path) -> None:
    assert start_document(services) == sample_article()  # the very first time
    path = book(tmp_path)
    services.documents.open(path)
    assert start_document(services) == path.resolve()
    path.unlink()
    assert start_document(services) is None  # gone: an empty window, not the sample


def wait_at(qtbot: QtBot, window: MainWindow, offset: int) -> None:
    qtbot.waitUntil(lambda: window.reading.offset == offset, timeout=10_000)


def test_next_chapter_goes_on_chapter_after_chapter_in_a_gutenberg_book(
    qtbot: QtBot, window: MainWindow, open_document: OpenDocument
) -> None:
    """Plain text lays out paragraphs with gaps: the top of the view, just above a
    chapter's first line, must count as that chapter (not the end of the one before)."""
    open_document(corpus_file("plain-text/fr-dumas-monte-cristo-tome1-pg17989-latin1-crlf.txt"))
    assert window.opened is not None
    parts = chapters(window.opened.document)
    for chapter in parts[:3]:
        window.reading.next_action.trigger()  # Ctrl+PgDown
        wait_at(qtbot, window, chapter.start)
        current = window.contents_panel.tree.currentItem()
        assert current is not None and current.text(0) == chapter.title
        assert "min left in chapter" in window.reading.label.text()
