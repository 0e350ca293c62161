"""A member of a team library (a real PostgreSQL server) whose copy of a file differs
from the library's text: the window shows the shared text and its highlights and says
so in a bar; changing the file on disk and reloading keeps it that way; Read My Copy
shows the copy. A shared document whose file is not here opens from the library."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.main_window import MainWindow
from tests.services.test_member_copies import EDITED, TEXT, shared_by_ana
from tests.ui.conftest import settle
from tests.ui.test_file_watch import reload_when_asked

pytestmark = pytest.mark.postgres

SHOTS = os.environ.get("READER_SHOTS")


@pytest.fixture
def services(postgres_url: str) -> Iterator[Services]:
    """Ben's services, for the window (``tests.ui.conftest.window``)."""
    ben = Services.open(postgres_url, user="Ben")
    yield ben
    ben.close()


def test_a_differing_copy_shows_the_shared_text_and_says_so(
    qtbot: QtBot, services: Services, postgres_url: str, tmp_path: Path, window: MainWindow
) -> None:
    book = tmp_path / "hebei.txt"
    doc_id, cloud = shared_by_ana(postgres_url, book)
    book.write_text(EDITED, "utf-8")  # Ben's copy differs
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(book)
    settle(qtbot, window)
    assert window.opened is not None and window.opened.id == doc_id
    shown_text = window.view.toPlainText()
    assert "Alibaba Cloud" in shown_text and "Préambule" not in shown_text
    banner = window.member_copy.banner
    assert banner.isVisible()
    assert "hebei.txt" in banner.text.text() and "differs" in banner.text.text()
    [shown] = window.state.annotations.values()
    assert (shown.id, shown.start, shown.end, shown.orphan) == (cloud.id, 31, 44, False)
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "member-copy.png"))
    read_my_copy(qtbot, window, services, doc_id)
    # Ben edits his copy again: asked, reloaded, still the shared text.
    book.write_text(EDITED + "Encore une ligne.\n", "utf-8")
    assert "team library" in reload_when_asked(qtbot, window)
    assert window.opened is not None and window.opened.document.text == TEXT
    assert banner.isVisible()
    assert services.documents.stored(doc_id).text == TEXT


def read_my_copy(qtbot: QtBot, window: MainWindow, services: Services, doc_id: int) -> None:
    """Read My Copy: Ben's file with Ana's highlight on the words it kept; his highlight
    there is saved on the shared text; one on words only his copy has is refused."""
    window.member_copy.banner.button.click()
    dialog = window.member_copy.view
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.copy_map is not None and dialog.view.is_loaded(), timeout=20_000)
    assert "Préambule ajouté par Ben" in dialog.view.toPlainText()
    [kept] = dialog.view.highlighter.annotations.items
    assert EDITED[kept.start : kept.end] == "Alibaba"  # "Alibaba Cloud" in the shared text
    start = EDITED.index("Zhangbei")
    dialog.view.select_offsets(start, start + len("Zhangbei"))
    dialog.highlight_button.click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.view.highlighter.annotations.items) == 2, timeout=10_000)
    made = {TEXT[a.start : a.end] for a in services.annotations.for_document(doc_id)}
    assert made == {"Alibaba Cloud", "Zhangbei"}
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "member-copy-view.png"))
    dialog.view.select_offsets(0, len("Préambule"))
    dialog.highlight_button.click()
    refusal = dialog.findChild(QMessageBox)
    assert refusal is not None and "only in your copy" in refusal.text()
    refusal.close()
    assert len(services.annotations.for_document(doc_id)) == 2
    dialog.close()


def test_a_shared_document_without_its_file_here_is_read_from_the_library(
    qtbot: QtBot, postgres_url: str, tmp_path: Path, window: MainWindow
) -> None:
    book = tmp_path / "hebei.txt"
    doc_id, _cloud = shared_by_ana(postgres_url, book)
    book.unlink()  # on Ben's computer the file is not there
    with qtbot.waitSignal(window.document_shown, timeout=60_000):
        window.open_path(book)
    settle(qtbot, window)
    assert window.opened is not None and window.opened.id == doc_id
    assert "Alibaba Cloud" in window.view.toPlainText()
    banner = window.member_copy.banner
    assert banner.isVisible() and "not on this computer" in banner.text.text()
    assert not banner.button.isVisible()
