"""Edit ▸ Preferences: every change is applied at once (``changed``) and saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Colour
from reader.core.entities import EntityLabel
from reader.services.identity import MAX_LENGTH, user_name
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, HIGHLIGHT_COLOURS, colour_name, entity_name
from reader.ui.preferences import LANGUAGES, Preferences
from reader.ui.reading_style import (
    COLUMN_RANGE,
    LINE_SPACING_RANGE,
    MARGIN_RANGE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    ReadingStyle,
)
from reader.ui.theme import THEME_CHOICES


def _theme_names() -> dict[str, str]:
    return {
        "light": tr("Light"),
        "sepia": tr("Sepia"),
        "dark": tr("Dark"),
        "system": tr("Follow the system"),
    }


class PreferencesDialog(QDialog):
    changed = Signal(object)
    """The Preferences as they now are (after each edit)."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._preferences = preferences
        tabs = QTabWidget(self)
        self.tabs = tabs
        tabs.setUsesScrollButtons(False)  # every tab's name in full
        tabs.setAccessibleName(self.tr("Preferences"))
        tabs.addTab(self._reading_page(), self.tr("&Reading"))
        tabs.addTab(self._annotating_page(), self.tr("&Highlights and Entities"))
        tabs.addTab(self._interface_page(), self.tr("&Interface"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.set_preferences(Preferences()))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.set_preferences(preferences, emit=False)

    @property
    def preferences(self) -> Preferences:
        return self._preferences

    # -- pages ------------------------------------------------------------------------

    def _reading_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.family = QComboBox(page)
        self.family.setObjectName("fontFamily")
        self.family.addItem(self.tr("Serif (the best installed)"), "serif")
        self.family.addItem(self.tr("Sans serif (the best installed)"), "sans")
        for family in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(family):
                self.family.addItem(family, family)
        self.family.currentIndexChanged.connect(self._edited)
        self.font_size = QDoubleSpinBox(page)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(self.tr(" pt"))
        self.spacing = self._spin(page, "lineSpacing", LINE_SPACING_RANGE, self.tr(" %"), 5)
        self.column = self._spin(page, "columnWidth", COLUMN_RANGE, self.tr(" characters"), 2)
        self.margin = self._spin(page, "margins", MARGIN_RANGE, self.tr(" px"), 4)
        self.justify = QCheckBox(self.tr("&Justify paragraphs"), page)
        self.justify.setObjectName("justify")
        self.justify.setToolTip(self.tr("Qt cannot hyphenate: justified lines may show wide gaps."))
        self.theme = QComboBox(page)
        self.theme.setObjectName("theme")
        for choice in THEME_CHOICES:
            self.theme.addItem(_theme_names()[choice], choice)
        self.font_size.valueChanged.connect(self._edited)
        for spin in (self.spacing, self.column, self.margin):
            spin.valueChanged.connect(self._edited)
        self.justify.toggled.connect(self._edited)
        self.theme.currentIndexChanged.connect(self._edited)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Font:"), self.family),
            (self.tr("&Size:"), self.font_size),
            (self.tr("&Line spacing:"), self.spacing),
            (self.tr("&Column width:"), self.column),
            (self.tr("&Margins:"), self.margin),
            ("", self.justify),
            (self.tr("&Theme:"), self.theme),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":") or self.tr("Justify"))
        return page

    def _spin(
        self, parent: QWidget, name: str, bounds: tuple[int, int], suffix: str, step: int
    ) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(*bounds)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        return spin

    def _annotating_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.colour = QComboBox(page)
        self.colour.setObjectName("defaultColour")
        self.colour.setAccessibleName(self.tr("Default highlight colour"))
        for colour in Colour:
            self.colour.addItem(swatch_icon(HIGHLIGHT_COLOURS[colour], 14), colour_name(colour))
            self.colour.setItemData(self.colour.count() - 1, colour)
        self.colour.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Default &highlight colour:"), self.colour)
        self.user_name = QLineEdit(page)
        self.user_name.setObjectName("userName")
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.user_name.setMaxLength(MAX_LENGTH)
        self.user_name.setPlaceholderText(user_name())
        self.user_name.setClearButtonEnabled(True)
        self.user_name.textEdited.connect(self._edited)
        form.addRow(self.tr("Your &name:"), self.user_name)
        about = QLabel(
            self.tr(
                "Recorded as the author of your highlights, notes, tags and corrections,"
                " from your next change on. Empty: your login name."
            ),
            page,
        )
        about.setObjectName("userNameNote")
        about.setWordWrap(True)
        about.setEnabled(False)
        form.addRow("", about)
        group = QGroupBox(self.tr("Entity types shown"), page)
        grid = QGridLayout(group)
        self.entity_boxes: dict[EntityLabel, QCheckBox] = {}
        for n, label in enumerate(EntityLabel):
            box = QCheckBox(entity_name(label), group)
            box.setObjectName(f"show-{label.value}")
            box.setIcon(swatch_icon(ENTITY_COLOURS[label], 12))
            box.toggled.connect(self._edited)
            grid.addWidget(box, n // 2, n % 2)
            self.entity_boxes[label] = box
        form.addRow(group)
        return page

    def _interface_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Interface language"))
        names = {"": self.tr("Follow the system"), "en": "English", "fr": "Français"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Interface &language:"), self.language)
        return page

    # -- values ---------------------------------------------------------------------------

    def set_preferences(self, preferences: Preferences, *, emit: bool = True) -> None:
        """Show ``preferences`` in the widgets (and apply them, if ``emit``)."""
        widgets: tuple[QWidget, ...] = (
            self.family,
            self.font_size,
            self.spacing,
            self.column,
            self.margin,
            self.justify,
            self.theme,
            self.colour,
            self.language,
            self.user_name,
            *self.entity_boxes.values(),
        )
        for widget in widgets:
            widget.blockSignals(True)
        style = preferences.style
        index = self.family.findData(style.family)
        if index < 0:  # a family no longer installed: shown, still chosen
            self.family.addItem(style.family, style.family)
            index = self.family.count() - 1
        self.family.setCurrentIndex(index)
        self.font_size.setValue(style.point_size)
        self.spacing.setValue(style.line_spacing)
        self.column.setValue(style.column_chars)
        self.margin.setValue(style.margin)
        self.justify.setChecked(style.justify)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.colour.setCurrentIndex(list(Colour).index(preferences.highlight_colour))
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        if self.user_name.text().strip() != preferences.user_name:
            self.user_name.setText(preferences.user_name)
        for label, box in self.entity_boxes.items():
            box.setChecked(label not in preferences.hidden_entities)
        for widget in widgets:
            widget.blockSignals(False)
        self._preferences = preferences
        if emit:
            self.changed.emit(preferences)

    def _edited(self) -> None:
        style = ReadingStyle(
            family=str(self.family.currentData()),
            point_size=self.font_size.value(),
            line_spacing=self.spacing.value(),
            column_chars=self.column.value(),
            margin=self.margin.value(),
            justify=self.justify.isChecked(),
        )
        self._preferences = replace(
            self._preferences,
            style=style,
            theme=str(self.theme.currentData()),
            highlight_colour=list(Colour)[self.colour.currentIndex()],
            hidden_entities=frozenset(
                label for label, box in self.entity_boxes.items() if not box.isChecked()
            ),
            language=str(self.language.currentData()),
            user_name=" ".join(self.user_name.text().split()),
        )
        self.changed.emit(self._preferences)
