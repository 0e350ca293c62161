"""File > Export… and File > Import Annotations…, run in workers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from reader.services.exports import ImportReport, read_w3c_file
from reader.services.ops import ImportAnnotations, OpResult
from reader.ui.export_dialog import ExportDialog
from reader.ui.i18n import tr
from reader.ui.problem_dialog import problem_box

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class ExportController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def export(self) -> None:
        """Ask for format, options and destination, then write the copy in a worker."""
        if self.window.opened is None:
            return
        opened = self.window.opened
        dialog = ExportDialog(
            opened.document.title, self.window.settings, self.window, language=opened.language
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        entities = dialog.entities.isChecked() and dialog.entities.isEnabled()
        self.export_to(
            dialog.key,
            dialog.target,
            entities=entities,
            open_folder=dialog.open_folder.isChecked(),
            labels=dialog.labels,
        )

    def export_to(
        self,
        key: str,
        target: Path,
        *,
        entities: bool = False,
        open_folder: bool = False,
        labels: str = "en",
    ) -> None:
        """Write the open document's annotated copy in format ``key`` off the UI thread."""
        opened = self.window.opened
        if opened is None:
            return
        exports = self.window.services.exports
        self.window.statusBar().showMessage(tr("Exporting to {name}…").format(name=target.name))

        def done(size: int) -> None:
            self.window.statusBar().showMessage(
                tr("Exported to {path} ({size} bytes).").format(
                    path=target, size=QLocale().toString(size)
                ),
                10_000,
            )
            self.window.exported.emit(str(target))
            if open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

        def failed(message: str) -> None:
            self.window.statusBar().clearMessage()
            problem_box(self.window, tr("Export failed"), message).open()

        self.window.runner.read(
            tr("exporting"),
            lambda _control: exports.write(
                opened.id,
                opened.document,
                key,
                target,
                include_entities=entities,
                language=opened.language,
                labels=labels,
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
            tr("Import Annotations"),
            start,
            tr("W3C Web Annotation JSON (*.json);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read a W3C file off the UI thread, then import it as one undoable operation."""
        opened = self.window.opened
        if opened is None:
            return

        def done(result: OpResult[ImportReport]) -> None:
            report = result.value
            counts = [
                tr("%n imported", "", report.imported),
                tr("%n already present", "", report.skipped),
            ]
            if report.orphaned:
                counts.append(tr("%n not found in this text", "", report.orphaned))
            self.window.statusBar().showMessage(
                tr("Annotations imported: {counts}. Undo with Ctrl+Z.").format(
                    counts=", ".join(counts)
                ),
                15_000,
            )
            self.window.imported.emit(report)

        def read(content: str) -> None:
            self.window.perform(ImportAnnotations(opened.id, content), done)

        self.window.statusBar().showMessage(tr("Importing {name}…").format(name=path.name), 5000)
        self.window.runner.read(
            tr("reading the annotations file"), lambda _c: read_w3c_file(path), read
        )
