"""A library that cannot be written, through the operations and the window: documents
recorded before open as they were, every write is refused before it starts with the
reason, and nothing changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.errors import LibraryReadOnlyError
from reader.services.app import Services
from reader.services.ops import CreateAnnotation
from reader.store.access import Access
from reader.store.engine import make_engine
from reader.store.opening import LibraryState
from reader.store.unit_of_work import UnitOfWork
from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only(
    "a library file this user may not write (the PostgreSQL read-only role: test_team_library)"
)

REASON = "the file is read-only"
TEXT = "Le groupe Alibaba ouvre trois centres de données dans le Hebei, près de Zhangbei.\n"


def read_only(db: Path) -> Services:
    """The library as opening finds it on a read-only place (root ignores file modes,
    so the access is given, as :func:`reader.store.access.probe` would find it)."""
    access = Access(True, REASON)
    engine = make_engine(f"sqlite:///{db}", access)
    return Services(UnitOfWork(engine, state=LibraryState(db, access)))


def annotations_in(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def recorded(services: Services, tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, "utf-8")
    opened = services.documents.open(path).value
    services.annotations.create(opened.id, 10, 17, note="avant")
    return path, opened.id


@pytest.fixture
def locked_out(db_path: Path, recorded: tuple[Path, int]) -> Iterator[Services]:
    services = read_only(db_path)
    yield services
    services.close()


def test_a_recorded_document_opens_as_recorded_and_writes_nothing(
    locked_out: Services, recorded: tuple[Path, int], db_path: Path
) -> None:
    path, document_id = recorded
    path.write_text("Un tout autre texte.\n" + TEXT, "utf-8")  # changed since
    result = locked_out.documents.open(path)
    assert result.value.id == document_id and not result.changes
    assert result.value.document.text == TEXT  # the text its annotations were made on
    [note] = locked_out.annotations.for_document(document_id)
    assert TEXT[note.start : note.end] == note.quote.exact == "Alibaba"


def test_every_write_is_refused_with_the_reason(
    locked_out: Services, recorded: tuple[Path, int], db_path: Path, tmp_path: Path
) -> None:
    _path, document_id = recorded
    with pytest.raises(LibraryReadOnlyError, match=REASON):
        CreateAnnotation(document_id, 0, 2, Colour.RED).run(locked_out)
    unknown = tmp_path / "new.txt"
    unknown.write_text("Un document jamais vu.\n", "utf-8")
    with pytest.raises(LibraryReadOnlyError, match=REASON):
        locked_out.documents.open(unknown)
    assert annotations_in(db_path) == 1
    assert locked_out.library.search("Zhangbei")  # reading goes on


def test_the_window_says_why_and_changes_nothing(
    qtbot: QtBot, recorded: tuple[Path, int], db_path: Path, tmp_path: Path
) -> None:
    path, _document_id = recorded
    services = read_only(db_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.document_shown, timeout=60_000):
            window.open_path(path)
        assert len(window.notes.annotations) == 1
        start = TEXT.index("Zhangbei")
        window.view.select_offsets(start, start + len("Zhangbei"))
        with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
            window.notes.highlight_selection(Colour.BLUE)
        assert REASON in shown.args[0]
        qtbot.waitUntil(lambda: not window.runner.writing())
        assert len(window.notes.annotations) == 1
        assert window.undo_stack.count() == 0
    finally:
        window.close()
        window.runner.wait()
        services.close()
    assert annotations_in(db_path) == 1
