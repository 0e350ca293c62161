"""File > Export…: format, options and destination, remembered between exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.export import FORMATS, suggested_filename
from reader.export.labels import labels_for
from reader.ui.i18n import tr

ENTITY_FORMATS = {"md", "html"}


def _descriptions() -> dict[str, str]:
    """What each export format holds, in the user's language."""
    return {
        "md": tr("Annotated Markdown: the whole text with highlights and notes"),
        "md-highlights": tr("Highlights list (Markdown): only the highlights, notes and tags"),
        "html": tr("Standalone HTML page: printable, no scripts"),
        "json": tr("W3C Web Annotation JSON (to exchange annotations)"),
    }


class ExportDialog(QDialog):
    def __init__(
        self,
        title: str,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export Annotated Copy"))
        self.setMinimumWidth(660)
        self._title = title
        self._settings = settings
        formats = QGroupBox(tr("Format"))
        column = QVBoxLayout(formats)
        self._group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        descriptions = _descriptions()
        for key, (_exporter, suffix) in FORMATS.items():
            button = QRadioButton(f"{descriptions[key]}  ({suffix})")
            button.setObjectName(f"format-{key}")
            button.toggled.connect(self._format_changed)
            self._group.addButton(button)
            column.addWidget(button)
            self.format_buttons[key] = button
        self.entities = QCheckBox(tr("Mark named entities in the text"))
        self.entities.setObjectName("includeEntities")
        self.entities.setChecked(settings.value("export/entities", False, type=bool) is True)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(tr("File to write"))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.labels_choice = QComboBox()
        self.labels_choice.setObjectName("exportLabels")
        self.labels_choice.setAccessibleName(tr("Language of the export's headings"))
        own = labels_for(language).code
        self.labels_choice.addItem(tr("The document's ({code})").format(code=own), "document")
        self.labels_choice.addItem("English", "en")
        self.labels_choice.addItem("Français", "fr")
        self._document_labels = own
        chosen = str(settings.value("export/labels", "document", type=str))
        self.labels_choice.setCurrentIndex(max(0, self.labels_choice.findData(chosen)))
        labels_row = QHBoxLayout()
        labels_row.addWidget(QLabel(tr("Headings and colour names in:")))
        labels_row.addWidget(self.labels_choice, 1)
        self.open_folder = QCheckBox(tr("Open the folder afterwards"))
        self.open_folder.setChecked(settings.value("export/open_folder", False, type=bool) is True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(self.entities)
        layout.addLayout(labels_row)
        layout.addWidget(QLabel(tr("Save as")))
        layout.addLayout(where)
        layout.addWidget(self.open_folder)
        layout.addWidget(buttons)
        last = str(settings.value("export/format", "md", type=str))
        self.format_buttons.get(last, self.format_buttons["md"]).setChecked(True)
        self._format_changed()

    @property
    def labels(self) -> str:
        """The language of the words the export adds (``en``, ``fr``)."""
        chosen = str(self.labels_choice.currentData())
        return self._document_labels if chosen == "document" else chosen

    @property
    def key(self) -> str:
        return next(k for k, b in self.format_buttons.items() if b.isChecked())

    @property
    def target(self) -> Path:
        return Path(self.path.text()).expanduser()

    def _folder(self) -> Path:
        current = self.path.text().strip()
        if current:
            return Path(current).expanduser().parent
        remembered = str(self._settings.value("export/folder", "", type=str))
        return Path(remembered) if remembered else Path.home()

    def _format_changed(self) -> None:
        if not any(b.isChecked() for b in self.format_buttons.values()):
            return
        self.entities.setEnabled(self.key in ENTITY_FORMATS)
        self.path.setText(str(self._folder() / suggested_filename(self._title, self.key)))

    def _browse(self) -> None:
        suffix = FORMATS[self.key].suffix
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export To"),
            str(self.target),
            f"*{suffix};;" + tr("All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # accept() asks, once
        )
        if name:
            self.path.setText(name)

    def accept(self) -> None:
        if not self.path.text().strip():
            QMessageBox.warning(self, tr("Export"), tr("Choose where to save the export."))
            return
        target = self.target
        if target.is_dir():
            QMessageBox.warning(
                self, tr("Export"), tr("{path} is a folder: add a file name.").format(path=target)
            )
            return
        if target.exists():
            answer = QMessageBox.question(
                self,
                tr("Replace File?"),
                tr("{name} already exists in {folder}. Replace it?").format(
                    name=target.name, folder=target.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._settings.setValue("export/format", self.key)
        self._settings.setValue("export/folder", str(target.parent))
        self._settings.setValue("export/entities", self.entities.isChecked())
        self._settings.setValue("export/open_folder", self.open_folder.isChecked())
        self._settings.setValue("export/labels", str(self.labels_choice.currentData()))
        super().accept()
