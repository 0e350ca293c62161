"""Edit ▸ Preferences ▸ Backups on real library files: the folder, the retention kept
in the library itself, Back Up Now, and a read-only library that cannot change them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.core.errors import InputError
from reader.services import library_care
from reader.services.app import Services
from reader.store.opening import backup_policy
from reader.ui.main_window import MainWindow
from reader.ui.preferences_backups import BackupsPage
from tests.faults.faulty import annotations_in, build_library, read_only_mount, write_document
from tests.ui.conftest import settle


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library of 5 annotations whose daily backup is made (so none is due)."""
    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    build_library(db, write_document(tmp_path / "docs"), 5)
    library_care.backup(str(db))
    return db


@contextmanager
def backups_page(qtbot: QtBot, db: Path, settings: QSettings) -> Iterator[BackupsPage]:
    services = Services.open(str(db))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        window.prefs.show_dialog()
        page = window.prefs.backups
        assert page is not None
        qtbot.waitUntil(lambda: page.folder.text() != "", timeout=10_000)
        yield page
    finally:
        window.close()
        window.runner.wait()
        services.close()


def test_the_retention_is_read_from_and_saved_into_the_library(
    qtbot: QtBot, db: Path, settings: QSettings
) -> None:
    with backups_page(qtbot, db, settings) as page:
        assert page.folder.text() == str(db.parent / "backups")
        assert (page.daily.value(), page.weekly.value()) == (7, 4)
        assert page.daily.isEnabled() and page.weekly.isEnabled()
        page.daily.setValue(3)
        page.weekly.setValue(2)
        qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=10_000)
        assert page.status.text() == (
            "Saved: the next automatic backup keeps 3 daily backups and 2 weekly backups."
        )
        settle(qtbot, page.main)
    policy = backup_policy(db)
    assert (policy.daily, policy.weekly) == (3, 2)
    with backups_page(qtbot, db, settings) as again:
        qtbot.waitUntil(lambda: again.daily.value() == 3, timeout=10_000)
        assert again.weekly.value() == 2


def test_back_up_now_from_the_preferences(qtbot: QtBot, db: Path, settings: QSettings) -> None:
    with backups_page(qtbot, db, settings) as page:
        assert page.back_up.isEnabled()
        page.back_up.click()
        bar = page.main.statusBar()
        qtbot.waitUntil(lambda: bar.currentMessage().startswith("Backed up"), timeout=10_000)
    assert [b.kind for b in library_care.backups(str(db))] == ["manual", "manual"]


def test_a_read_only_library_shows_its_backups_but_cannot_change_them(
    qtbot: QtBot, db: Path, settings: QSettings
) -> None:
    before = annotations_in(db)
    with read_only_mount(db.parent), backups_page(qtbot, db, settings) as page:
        reason = "Cannot be done: the library is read-only: the disk is mounted read-only"
        qtbot.waitUntil(lambda: page.daily.value() == 7 and page.daily.toolTip() == reason)
        assert not page.daily.isEnabled() and not page.weekly.isEnabled()
        assert not page.back_up.isEnabled()
        assert page.back_up.toolTip() == (
            "No backup can be made: the library is read-only: the disk is mounted read-only"
        )
    assert annotations_in(db) == before


def test_a_retention_out_of_range_is_refused(db: Path) -> None:
    with pytest.raises(InputError, match="keep between 1 and 365 backups, not 0"):
        library_care.set_retention(str(db), 0, 4)
    assert backup_policy(db).daily == 7
