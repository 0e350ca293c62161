from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.services.app import Services
from reader.ui.i18n import install_translations
from reader.ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1000, 760)
    window.show()
    yield window
    window.close()  # stops watching, cancels its jobs, waits for them
    window.runner.wait()


def settle(qtbot: QtBot, window: MainWindow, timeout: int = 30_000) -> None:
    """Wait until every operation asked of the window is done and shown."""
    qtbot.waitUntil(lambda: not window.runner.writing(), timeout=timeout)


OpenDocument = Callable[[Path], None]


@pytest.fixture
def open_document(qtbot: QtBot, window: MainWindow) -> OpenDocument:
    """Open a file in the window and wait until it is shown."""

    def open_(path: Path) -> None:
        with qtbot.waitSignal(window.document_shown, timeout=60_000):
            window.open_path(path)

    return open_


def drawn_at(window: MainWindow, offset: int) -> QTextCharFormat:
    """What the view draws over the character at ``offset`` (entities, highlights, find
    matches merged); an empty format if nothing."""
    for _s, _e, fmt in window.view.highlighter.segments(offset, offset + 1, window.view.theme):
        return fmt
    return QTextCharFormat()


def highlighted(window: MainWindow, offset: int) -> bool:
    """Whether a background is drawn behind the character at ``offset``."""
    return drawn_at(window, offset).background().style() != Qt.BrushStyle.NoBrush


@pytest.fixture(scope="session")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files made from the repository's .ts sources (as the setup makes them)."""
    folder = tmp_path_factory.mktemp("translations")
    for source in TRANSLATIONS.glob("*.ts"):
        subprocess.run(
            [str(LRELEASE), "-silent", str(source), "-qm", str(folder / f"{source.stem}.qm")],
            check=True,
        )
    return folder


@pytest.fixture(autouse=True, scope="session")
def english_interface(translations: Path, qapp: QApplication) -> Iterator[None]:
    """The window in English as users see it (English plural forms included)."""
    installed = install_translations(qapp, "en", translations)
    assert installed, "the English catalogue did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def french(translations: Path, qapp: QApplication) -> Iterator[None]:
    """The interface in French (before ``window`` among a test's fixtures: the window is
    then built in French)."""
    installed = install_translations(qapp, "fr", translations)
    assert len(installed) == 2  # reader's and Qt's own (qtbase_fr)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en", translations)


# Two members of one library (a team, or two people sharing a file): the window is
# alice's, bob writes beside it.
TWO_AUTHORS_TEXT = (
    "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"
)


def _member(db_path: Path | str, user: str) -> Iterator[Services]:
    services = Services.open(str(db_path), user=user)
    yield services
    services.close()


@pytest.fixture
def alice(db_path: Path) -> Iterator[Services]:
    yield from _member(db_path, "alice")


@pytest.fixture
def bob(db_path: Path) -> Iterator[Services]:
    yield from _member(db_path, "bob")


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "hebei.txt"
    path.write_text(TWO_AUTHORS_TEXT, "utf-8")
    return path
