"""File > Export… and File > Import Annotations…, run in workers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.annotations import Annotation
from reader.services.exports import ImportReport
from reader.ui.export_dialog import ExportDialog
from reader.ui.workers import JobControl

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class ExportController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def export(self) -> None:
        """Ask for format, options and destination, then write the copy in a worker."""
        if self.window.opened is None:
            return
        dialog = ExportDialog(self.window.opened.document.title, self.window.settings, self.window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        opened, key, target = self.window.opened, dialog.key, dialog.target
        entities = dialog.entities.isChecked() and dialog.entities.isEnabled()
        open_folder = dialog.open_folder.isChecked()
        exports = self.window.services.exports
        self.window.statusBar().showMessage(f"Exporting to {target.name}…")

        def done(size: int) -> None:
            self.window.statusBar().showMessage(f"Exported to {target} ({size:,} bytes).", 10_000)
            self.window.exported.emit(str(target))
            if open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

        def failed(message: str) -> None:
            self.window.statusBar().clearMessage()
            QMessageBox.warning(self.window, "Export failed", message)

        self.window.jobs.start(
            "exporting",
            lambda _control: exports.write(
                opened.id,
                opened.document,
                key,
                target,
                include_entities=entities,
                language=opened.language,
            ),
            done,
            failed,
        )

    def import_annotations(self) -> None:
        if self.window.opened is None:
            return
        start = str(self.window.settings.value("export/folder", str(Path.home()), type=str))
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import Annotations",
            start,
            "W3C Web Annotation JSON (*.json);;All files (*)",
        )
        if not name:
            return
        opened, exports = self.window.opened, self.window.services.exports

        def work(_control: JobControl) -> tuple[ImportReport, list[Annotation]]:
            report = exports.import_w3c_file(opened.id, opened.document, Path(name))
            return report, self.window.services.annotations.for_document(opened.id)

        def done(result: tuple[ImportReport, list[Annotation]]) -> None:
            report, annotations = result
            if self.window.opened is not None and self.window.opened.id == opened.id:
                self.window.notes.annotations = {a.id: a for a in annotations}
                self.window.notes.show_all()
            lost = f", {report.orphaned} not found in this text" if report.orphaned else ""
            QMessageBox.information(
                self.window,
                "Import Annotations",
                f"{report.imported} imported, {report.skipped} already present{lost}.",
            )

        def failed(message: str) -> None:
            QMessageBox.warning(self.window, "Import failed", message)

        self.window.jobs.start("importing annotations", work, done, failed)
