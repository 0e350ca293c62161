"""Preferences in the window: read at start, edited in the dialog, applied live."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.annotations import Colour
from reader.ui.i18n import install_translations, tr
from reader.ui.preferences import Preferences, load_preferences, save_preferences
from reader.ui.preferences_backups import BackupsPage
from reader.ui.preferences_dialog import PreferencesDialog
from reader.ui.theme import THEME_CHOICES, apply_theme, resolve_theme

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class PreferencesController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.preferences = load_preferences(window.settings)
        self.dialog: PreferencesDialog | None = None
        self.backups: BackupsPage | None = None
        self.theme_actions: dict[str, QAction] = {}

    def add_theme_menu(self, menu: QMenu) -> QAction:
        """View ▸ Theme: one entry per theme; the Dark entry (Ctrl+Shift+D) toggles."""
        themes = menu.addMenu(tr("&Theme"))
        group = QActionGroup(themes)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        names = {
            "light": tr("&Light"),
            "sepia": tr("&Sepia"),
            "dark": tr("&Dark"),
            "system": tr("&Follow the System"),
        }
        for choice in THEME_CHOICES:
            action = QAction(names[choice], themes)
            action.setObjectName(f"theme-{choice}")
            action.setCheckable(True)
            action.setChecked(choice == self.preferences.theme)
            group.addAction(action)
            themes.addAction(action)
            action.toggled.connect(lambda on, c=choice: self._theme_toggled(c, on))
            self.theme_actions[choice] = action
        self.theme_group = group
        self.theme_actions["dark"].setShortcut(QKeySequence("Ctrl+Shift+D"))
        return self.theme_actions["dark"]

    def _theme_toggled(self, choice: str, on: bool) -> None:
        if on:
            self.set_theme(choice)
        elif self.theme_group.checkedAction() is None:  # the theme chosen was unchecked
            self.set_theme("light")

    @property
    def highlight_colour(self) -> Colour:
        return self.preferences.highlight_colour

    def apply_at_start(self) -> None:
        self.apply(self.preferences, save=False)

    def set_theme(self, choice: str) -> None:
        if choice != self.preferences.theme or self.window.view.theme != resolve_theme(choice):
            self.apply(replace(self.preferences, theme=choice))

    def set_point_size(self, size: float) -> None:
        """The zoom (Ctrl+plus/minus) is the font size of the Preferences."""
        style = replace(self.preferences.style, point_size=size)
        self.preferences = replace(self.preferences, style=style)
        save_preferences(self.window.settings, self.preferences)
        if self.dialog is not None:
            self.dialog.set_preferences(self.preferences, emit=False)

    def set_hidden(self, hidden: set[object]) -> None:
        """The legend's toggles are the entity types shown by default."""
        labels = frozenset(h for h in hidden if h in self.window.legend.actions_by_label)
        self.preferences = replace(self.preferences, hidden_entities=labels)  # type: ignore[arg-type]
        save_preferences(self.window.settings, self.preferences)
        if self.dialog is not None:
            self.dialog.set_preferences(self.preferences, emit=False)

    def show_dialog(self) -> PreferencesDialog:
        if self.dialog is None:
            self.dialog = PreferencesDialog(self.preferences, self.window)
            self.dialog.changed.connect(self.apply)
            self.backups = BackupsPage(self.window)
            self.dialog.tabs.addTab(self.backups, tr("&Backups"))
            self.dialog.adjustSize()
        else:
            self.dialog.set_preferences(self.preferences, emit=False)
            if self.backups is not None:
                self.backups.load()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def apply(self, preferences: Preferences, *, save: bool = True) -> None:
        """Lay out, colour and filter the window as ``preferences`` say; a new interface
        language is installed at once and announced (``window.language_changed``)."""
        window = self.window
        if preferences.user_name != self.preferences.user_name:  # set at start by the session
            window.services.set_user(preferences.user_name)
            window.annotations_panel.set_identity(window.services.user, team=window.services.team)
        relabel = preferences.language != self.preferences.language
        self.preferences = preferences
        theme = resolve_theme(preferences.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        if window.view.theme != theme:
            window.view.apply_theme(theme)
            window.pdf.page_view.apply_theme(theme)
            window.selection_bar.set_colours(theme.window, theme.muted)
            window.legend.apply_theme(theme)
        action = self.theme_actions.get(preferences.theme)
        if action is not None:
            action.setChecked(True)
        window.view.set_style(preferences.style)
        if window.legend.hidden() != set(preferences.hidden_entities):
            window.legend.set_hidden(set(preferences.hidden_entities))
        if save:
            save_preferences(window.settings, preferences)
        if self.dialog is not None and self.dialog.preferences != preferences:
            self.dialog.set_preferences(preferences, emit=False)
        if relabel and isinstance(app, QApplication):
            install_translations(app, preferences.language)
            window.language_changed.emit()  # whoever shows the window builds it anew
