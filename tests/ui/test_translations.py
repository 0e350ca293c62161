"""The French interface: a complete translation, kept in step with the code, loaded
with Qt's own, and plural forms that agree with their numbers."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
)
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.export_dialog import ExportDialog
from reader.ui.i18n import duration_text, tr
from reader.ui.main_window import MainWindow
from tests.ui.conftest import LUPDATE, TRANSLATIONS, OpenDocument
from tests.ui.untranslated import bare_literals, bare_literals_in, english_names_shown

FRENCH = TRANSLATIONS / "reader_fr.ts"
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%1")
Entry = tuple[str, str]  # (context, source)


def entries(path: Path) -> dict[Entry, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def problems(path: Path) -> list[str]:
    found = []
    for (context, source), message in entries(path).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        texts = translations_of(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            found.append(f"{context}/{source!r}: {kind or 'empty'}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) and not (
                message.get("numerus") == "yes" and "%n" not in text
            ):
                found.append(f"{context}/{source!r}: placeholders differ in {text!r}")
            if source.count("&") != text.count("&"):
                found.append(f"{context}/{source!r}: accelerator lost in {text!r}")
        if message.get("numerus") == "yes" and len(texts) != 2:
            found.append(f"{context}/{source!r}: French has two plural forms, not {len(texts)}")
    return found


def test_every_french_entry_is_finished() -> None:
    assert problems(FRENCH) == []


def test_the_check_sees_an_unfinished_entry(tmp_path: Path) -> None:
    broken = tmp_path / "reader_fr.ts"
    text = FRENCH.read_text("utf-8")
    text = text.replace(
        "<translation>&amp;Fichier</translation>", '<translation type="unfinished"></translation>'
    )
    broken.write_text(text, "utf-8")
    assert problems(broken) == ["/'&File': unfinished"]


def test_every_string_of_the_code_has_its_french_translation(tmp_path: Path) -> None:
    """lupdate over the interface's code: a tr() string missing from the .ts, or one the
    code no longer has, fails here."""
    fresh = tmp_path / "reader_fr.ts"
    sources = sorted(str(p) for p in (TRANSLATIONS.parents[1] / "reader" / "ui").glob("*.py"))
    subprocess.run(
        [str(LUPDATE), *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    in_code, translated = set(entries(fresh)), set(entries(FRENCH))
    assert sorted(in_code - translated) == [], "strings without a translation"
    assert sorted(translated - in_code) == [], "translations of strings the code lost"


def test_no_word_of_the_interface_escapes_the_translation_system() -> None:
    """A user-visible literal in reader/ui outside tr() (see tests/ui/untranslated.py)."""
    assert bare_literals_in(TRANSLATIONS.parents[1] / "reader" / "ui") == []


def test_the_check_sees_a_bare_literal() -> None:
    source = """
label.setText("Open the file")
label.setText(tr("Open the file"))
menu.addAction("Delete", remove)
box = QMessageBox(icon, f"Cannot {what}", message)
status.showMessage(tr("{n} found").format(n=n) + " in the library")
self.runner.read("exporting", work, done)
panel.set_entries(entries, "filtered" if text else "")
label.setObjectName("openButton")
log.warning("Open the file failed")
box = QCheckBox(ENTITY_NAMES[label])
"""
    assert english_names_shown(source) == ["<source>:11: ENTITY_NAMES[...]"]
    assert bare_literals(source) == [
        "<source>:2: 'Open the file'",
        "<source>:4: 'Delete'",
        "<source>:5: 'Cannot '",
        "<source>:6: ' in the library'",
        "<source>:7: 'exporting'",
        "<source>:8: 'filtered'",
    ]


def test_plural_forms_agree_with_their_numbers(french: None) -> None:
    assert tr("%n highlight(s)", "", 0) == "0 surlignage"
    assert tr("%n highlight(s)", "", 1) == "1 surlignage"
    assert tr("%n highlight(s)", "", 2) == "2 surlignages"


def test_english_plural_forms_too(qapp: QApplication) -> None:
    assert tr("%n highlight(s)", "", 1) == "1 highlight"
    assert tr("%n highlight(s)", "", 2) == "2 highlights"


def test_reading_times_are_said_in_hours_and_minutes(french: None) -> None:
    assert duration_text(45) == "45 min"
    assert duration_text(60) == "1 h"
    assert duration_text(510) == "8 h 30 min"
    assert tr("{duration} left in book").format(duration=duration_text(510)) == (
        "reste 8 h 30 min dans le livre"
    )


def test_the_window_and_qt_s_own_buttons_speak_french(
    qtbot: QtBot, french: None, window: MainWindow
) -> None:
    """(``french`` comes before ``window``: the window is built in French.)"""
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "&Édition", "A&nnoter"]
    assert window.annotations_dock.windowTitle() == "Annotations"
    assert window.contents_dock.windowTitle() == "Sommaire"
    assert window.contents_dock.objectName() == "contentsDock"  # saved layouts still fit
    dialog = window.prefs.show_dialog()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Fermer"  # from qtbase_fr
    assert QCoreApplication.translate("EntityTypes", "Person") == "Personne"
    dialog.close()


def test_a_count_in_the_annotations_panel_is_plural_in_french(
    qtbot: QtBot, french: None, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    assert window.opened is not None
    text = sample_path.read_text("utf-8")
    for quote in ("Alibaba", "Hebei"):
        start = text.index(quote)
        window.services.annotations.create(window.opened.id, start, start + len(quote))
    open_document(sample_path)
    assert window.annotations_panel.count.text() == "2 surlignages"


def test_the_export_dialog_names_its_formats_in_french(french: None, window: MainWindow) -> None:
    dialog = ExportDialog("Le comte de Monte-Cristo", window.settings, window, language="fr")
    names = {key: button.text() for key, button in dialog.format_buttons.items()}
    assert (
        names["md"]
        == "Markdown annoté\u00a0: tout le texte avec les surlignages et les notes  (.md)"
    )
    assert names["json"].startswith("JSON W3C Web Annotation")
    assert not any("whole text" in name or "printable" in name for name in names.values())
    dialog.close()


def placeholder_room(edit: QLineEdit) -> int:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    return contents.width() - 4  # Qt's horizontal margin inside the contents


@pytest.mark.parametrize("size", [(1280, 800), (800, 560)])
def test_the_annotation_filters_say_their_whole_hint_in_french(
    qtbot: QtBot, french: None, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    panel = window.annotations_panel
    for edit in (panel.search, panel.tag_filter):
        hint = edit.placeholderText()
        assert edit.fontMetrics().horizontalAdvance(hint) <= placeholder_room(edit), hint
        assert edit.toolTip()  # the longer explanation, in full


def shows_whole(label: QLabel) -> bool:
    """Whether ``label`` has room for its whole text (on one line, or wrapped)."""
    if label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width():
        return True
    return label.wordWrap() and label.heightForWidth(label.width()) <= label.height()


def test_the_count_of_highlights_not_found_is_said_whole_in_french(
    qtbot: QtBot, french: None, window: MainWindow, tmp_path: Path, open_document: OpenDocument
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Alibaba ouvre un centre à Zhangbei.\n\nJeff Zhang, directeur.\n", "utf-8")
    open_document(path)
    assert window.opened is not None
    for quote in ("Alibaba", "Jeff Zhang, directeur"):
        start = path.read_text("utf-8").index(quote)
        window.services.annotations.create(window.opened.id, start, start + len(quote))
    path.write_text("Alibaba ouvre un centre à Zhangbei.\n\nUn porte-parole.\n", "utf-8")
    open_document(path)
    count = window.annotations_panel.count
    assert count.text() == "2 surlignages · 1 introuvable dans cette version"
    qtbot.waitUntil(lambda: shows_whole(count))


def test_the_tag_field_of_the_note_editor_says_its_whole_hint_in_french(
    qtbot: QtBot, french: None, window: MainWindow
) -> None:
    editor = AnnotationEditor(
        "un passage", Colour.YELLOW, "", ("chine",), known_tags=(), parent=window
    )
    editor.show()
    qtbot.waitExposed(editor)
    line = editor.tag_editor.line
    hint = line.placeholderText()
    assert hint.startswith("Ajouter une étiquette")
    assert line.fontMetrics().horizontalAdvance(hint) <= placeholder_room(line), hint
    editor.close()
