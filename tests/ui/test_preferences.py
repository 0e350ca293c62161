"""Edit ▸ Preferences: each change shows at once, is saved, and comes back at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextBlockFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.services.app import Services
from reader.ui.i18n import install_translations
from reader.ui.main_window import MainWindow
from reader.ui.preferences import load_preferences
from reader.ui.theme import THEMES
from tests.ui.conftest import OpenDocument

PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


def body_spacings(window: MainWindow) -> set[int]:
    """The line spacings of the body paragraphs (the title header's block excluded)."""
    qdoc = window.view.document()
    block = qdoc.findBlock(window.view.positions.origin)
    found = set()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.lineHeightType() == PROPORTIONAL:
            found.add(round(fmt.lineHeight()))
        block = block.next()
    return found


def test_every_reading_setting_applies_live(
    qtbot: QtBot, window: MainWindow, sample_path: Path, open_document: OpenDocument
) -> None:
    open_document(sample_path)
    dialog = window.prefs.show_dialog()
    assert dialog.isVisible()
    margins_before = window.view.viewportMargins().left()

    dialog.font_size.setValue(18.0)
    assert window.view.point_size == 18.0
    assert window.view.document().defaultFont().pointSizeF() == 18.0

    assert 155 in body_spacings(window)
    dialog.spacing.setValue(200)
    assert 200 in body_spacings(window) and 155 not in body_spacings(window)

    dialog.font_size.setValue(13.0)
    dialog.column.setValue(40)  # a narrower column leaves wider side margins
    assert window.view.viewportMargins().left() > margins_before

    dialog.margin.setValue(60)
    assert window.view.document().documentMargin() == 60

    dialog.justify.setChecked(True)
    alignment = window.view.document().defaultTextOption().alignment()
    assert alignment == Qt.AlignmentFlag.AlignJustify

    dialog.family.setCurrentIndex(dialog.family.findData("sans"))
    assert window.view.reading_style.family == "sans"


def test_theme_colour_and_entity_types_apply_live_and_are_saved(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    dialog = window.prefs.show_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    assert window.view.theme is THEMES["sepia"]
    assert window.view.palette().base().color().name() == THEMES["sepia"].paper
    assert window.prefs.theme_actions["sepia"].isChecked()

    dialog.colour.setCurrentIndex(list(Colour).index(Colour.GREEN))
    assert window.prefs.highlight_colour is Colour.GREEN

    dialog.entity_boxes[EntityLabel.MONEY].setChecked(False)
    assert window.legend.hidden() == {EntityLabel.MONEY}
    assert window.view.highlighter.hidden == {EntityLabel.MONEY}

    saved = load_preferences(settings)
    assert saved.theme == "sepia"
    assert saved.highlight_colour is Colour.GREEN
    assert saved.hidden_entities == {EntityLabel.MONEY}


def test_preferences_come_back_in_a_new_window(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    settings: QSettings,
    translations: Path,
) -> None:
    dialog = window.prefs.show_dialog()
    dialog.spacing.setValue(180)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # installed at once
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, "en", translations)  # as the other tests expect
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.view.reading_style.line_spacing == 180
    assert again.view.theme is THEMES["dark"]
    assert again.prefs.preferences.language == "fr"
    assert again.dark_action.isChecked()


def test_restore_defaults_and_the_legend_agree_with_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.prefs.show_dialog()
    dialog.font_size.setValue(20.0)
    window.legend.actions_by_label[EntityLabel.PERSON].setChecked(False)
    assert not dialog.entity_boxes[EntityLabel.PERSON].isChecked()  # the dialog follows
    window.view.zoom_by(1)  # Ctrl++ is the font size of the preferences
    assert dialog.font_size.value() == 21.0
    dialog.set_preferences(type(dialog.preferences)())
    assert window.view.point_size == 13.0
    assert window.legend.hidden() == set()


def test_values_edited_by_hand_fall_back_to_sensible_ones(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "edited.ini"), QSettings.Format.IniFormat)
    for key, value in (
        ("view/point_size", "huge"),
        ("view/line_spacing", 9000),
        ("view/theme", "purple"),
        ("annotate/default_colour", "mauve"),
        ("view/hidden_entities", ["PERSON", "NOPE"]),
        ("interface/language", "tlh"),
    ):
        settings.setValue(key, value)
    loaded = load_preferences(settings)
    assert loaded.style.point_size == 13.0
    assert loaded.style.line_spacing == 250
    assert loaded.theme == "light"
    assert loaded.highlight_colour is Colour.YELLOW
    assert loaded.hidden_entities == {EntityLabel.PERSON}
    assert loaded.language == ""


def test_the_dark_shortcut_toggles_back_to_light(qtbot: QtBot, window: MainWindow) -> None:
    window.dark_action.trigger()
    assert window.view.theme is THEMES["dark"]
    window.dark_action.trigger()
    assert window.view.theme is THEMES["light"]
    assert window.prefs.preferences.theme == "light"
