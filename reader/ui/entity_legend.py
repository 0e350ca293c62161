"""The entity legend: one toggle per type, in its colour, with its count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from reader.core.entities import EntityLabel, EntitySpan
from reader.ui.colour_buttons import swatch_icon
from reader.ui.i18n import tr
from reader.ui.palette import ENTITY_COLOURS, entity_line, entity_name
from reader.ui.theme import Theme

SWATCH_LIGHTNESS_DARK = 0.6


class EntityLegend(QToolBar):
    hidden_changed = Signal(set)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Entity types"), parent)
        self.setObjectName("entityLegend")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        title = QLabel(tr("  Entities: "))
        title.setObjectName("legendTitle")
        self.addWidget(title)
        self.actions_by_label: dict[EntityLabel, QAction] = {}
        for n, label in enumerate(EntityLabel, start=1):
            action = QAction(swatch_icon(ENTITY_COLOURS[label], 12), entity_name(label), self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(f"Alt+{n}")
            action.setToolTip(
                tr("Show or hide the entities of type {type} (Alt+{n})").format(
                    type=entity_name(label), n=n
                )
            )
            action.toggled.connect(self._emit)
            self.addAction(action)
            self.actions_by_label[label] = action

    def hidden(self) -> set[EntityLabel]:
        return {label for label, a in self.actions_by_label.items() if not a.isChecked()}

    def set_hidden(self, hidden: set[EntityLabel]) -> None:
        for label, action in self.actions_by_label.items():
            action.blockSignals(True)
            action.setChecked(label not in hidden)
            action.blockSignals(False)
        self._emit()

    def set_counts(self, spans: Sequence[EntitySpan]) -> None:
        counts = Counter(span.label for span in spans)
        for label, action in self.actions_by_label.items():
            count = counts.get(label, 0)
            action.setText(f"{entity_name(label)} {count}" if spans else entity_name(label))
            action.setEnabled(count > 0 or not spans)

    def _emit(self) -> None:
        self.hidden_changed.emit(self.hidden())

    def apply_theme(self, theme: Theme) -> None:
        """Each swatch in its type's underline colour for the theme (lighter on dark
        paper, where the deep blues and purples would vanish)."""
        for label, action in self.actions_by_label.items():
            colour = entity_line(label, theme)
            if theme.dark and colour.lightnessF() < SWATCH_LIGHTNESS_DARK:
                colour = QColor.fromHslF(
                    max(colour.hslHueF(), 0.0), colour.hslSaturationF(), SWATCH_LIGHTNESS_DARK
                )
            action.setIcon(swatch_icon(colour.name(), 12))
