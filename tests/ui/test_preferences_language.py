"""A new interface language applies at once: the window is built anew in it, on the
same library and document, where the reader was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.ui.i18n import install_translations
from reader.ui.language_names import language_name
from reader.ui.library_session import LibrarySession
from reader.ui.main_window import MainWindow

TEXT = "\n\n".join(
    f"Paragraph {n}: the reader reads a long English text about rivers and towns." * 3
    for n in range(400)
)


@pytest.fixture
def session(tmp_path: Path, settings: QSettings, translations: Path) -> Iterator[LibrarySession]:
    document = tmp_path / "long.txt"
    document.write_text(TEXT, encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = LibrarySession(app, str(tmp_path / "library.db"), settings, document)
    yield session
    if session.window is not None:
        session.window.close()
        session.window.runner.wait()
    session.close()
    install_translations(app, "en", translations)  # as the other tests expect


def choose_language(qtbot: QtBot, session: LibrarySession, code: str) -> MainWindow:
    """Pick ``code`` in Edit ▸ Preferences; the window built in it, its document shown."""
    old = session.window
    assert old is not None
    dialog = old.prefs.show_dialog()
    dialog.tabs.setCurrentIndex(2)  # Interface, where the language is chosen
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    qtbot.waitUntil(lambda: session.window is not old, timeout=10_000)
    new = session.window
    assert new is not None
    qtbot.waitUntil(lambda: new.opened is not None, timeout=30_000)
    return new


def texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_new_language_rebuilds_the_window_in_it_where_the_reader_was(
    qtbot: QtBot, session: LibrarySession
) -> None:
    assert session.start()
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)
    window.resize(760, 560)  # within the offscreen screen (800×600)
    window.entities_dock.show()
    window.entities_dock.raise_()
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: window.reading.offset > 0)
    qtbot.wait(400)  # the layout settled with the Entities panel, measured again
    offset, window_size = window.reading.offset, window.size()
    assert texts(window)[:2] == ["&File", "&Edit"]
    assert window.language_label.text() == "Language: English (en)"

    french = choose_language(qtbot, session, "fr")
    assert texts(french)[:2] == ["&Fichier", "&Édition"]
    assert french.entities_dock.windowTitle() == "Entités"
    assert french.contents_dock.windowTitle() == "Sommaire"
    assert french.language_label.text() == "Langue\xa0: anglais (en)"
    assert french.opened is not None and french.opened.document.source is not None
    assert french.opened.document.source.name == "long.txt"
    qtbot.waitUntil(lambda: french.reading.offset == offset, timeout=10_000)
    assert french.size() == window_size and not french.entities_dock.isHidden()
    dialog = french.prefs.dialog  # shown again, in French, Qt's own buttons too
    assert dialog is not None and dialog.isVisible() and dialog.tabs.currentIndex() == 2
    assert dialog.windowTitle() == "Préférences"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"
    assert french.prefs.preferences.language == "fr"

    english = choose_language(qtbot, session, "en")
    assert texts(english)[:2] == ["&File", "&Edit"]
    assert english.entities_dock.windowTitle() == "Entities"
    assert english.language_label.text() == "Language: English (en)"
    qtbot.waitUntil(lambda: english.reading.offset == offset, timeout=10_000)


@pytest.mark.usefixtures("french")
def test_document_languages_are_named_in_french() -> None:
    assert language_name("en") == "anglais (en)"
    assert language_name("fr") == "français (fr)"
    assert language_name("zh-cn") == "chinois (zh-cn)"
    assert language_name("xx") == "xx"


def test_document_languages_are_named_in_english() -> None:
    assert language_name("en") == "English (en)"
    assert language_name("de") == "German (de)"
    assert language_name(None) == "unknown"
