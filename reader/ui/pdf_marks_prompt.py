"""Asks once whether to bring in the highlights and notes a PDF carries from other viewers.

When a PDF with its own annotations is shown, the reader is asked whether to import
them (as reader annotations on the text under them). The answer is remembered per
file, with the number of annotations it had: the question comes back only if the
file gains more (annotated again in another viewer), and never for annotations
already imported (by the command line too). Importing twice never doubles a
highlight (see services.pdf_marks). Once some are imported, the page view draws
reader's copies and leaves the file's own out of its pages; when none is left (the
import undone), the file's own are drawn again at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from reader.services.ops import ImportPdfMarks, OpResult
from reader.services.pdf_marks import PdfImportReport, PdfMarkSurvey
from reader.ui.i18n import tr
from reader.ui.runner import Job, JobControl

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.ui.main_window import MainWindow

SETTINGS_GROUP = "pdf_marks_asked"


class MarksPrompt:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._looking: Job | None = None

    def _key(self, source: str) -> str:
        # QSettings keys cannot hold every path character: a slash-free spelling
        return f"{SETTINGS_GROUP}/{source.encode('utf-8').hex()}"

    def check(self, password: str | None) -> None:
        """Look for the open PDF's own annotations (in a worker) and ask, if not asked."""
        if self._looking is not None:
            self._looking.control.cancel()  # the document it looked in is no longer shown
            self._looking = None
        opened = self.window.opened
        if opened is None or opened.document.source is None or not opened.document.text:
            return
        document, document_id = opened.document, opened.id
        key = self._key(str(document.source))
        value = self.window.settings.value(key, 0, type=int)
        asked = value if isinstance(value, int) else 0

        def surveyed(found: PdfMarkSurvey) -> None:
            if self.window.opened is not opened:
                return
            if found.imported:  # reader draws its copies; the file's would show through
                self.window.pdf.draw_own_marks(False)
            if found.found <= max(asked, found.imported):
                return
            self.window.settings.setValue(key, found.found)
            self._ask(found.found, document_id, password)

        self._looking = self._survey(document_id, document, password, surveyed)

    def recheck(self, password: str | None) -> None:
        """Draw the file's own marks again if none of them is imported any more (an
        import undone, its copies deleted); asks nothing."""
        opened = self.window.opened
        if opened is None or opened.document.source is None or not opened.document.text:
            return

        def surveyed(found: PdfMarkSurvey) -> None:
            if self.window.opened is opened and not found.imported:
                self.window.pdf.draw_own_marks(True)

        self._survey(opened.id, opened.document, password, surveyed)

    def _survey(
        self,
        document_id: int,
        document: Document,
        password: str | None,
        surveyed: Callable[[PdfMarkSurvey], None],
    ) -> Job:
        """Count the file's own annotations, and those imported, in a worker."""
        services = self.window.services

        def survey(control: JobControl) -> PdfMarkSurvey:
            return services.pdf_marks.survey(document_id, document, password, control.check)

        return self.window.runner.read(
            tr("looking for the PDF's annotations"), survey, surveyed, _ignore
        )

    def _ask(self, found: int, document_id: int, password: str | None) -> None:
        opened = self.window.opened
        assert opened is not None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Annotations in this PDF"),
            tr(
                "{title} has %n highlight(s) or note(s) made in another viewer. Import them "
                "as your own annotations?",
                "",
                found,
            ).format(title=opened.document.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("importMarksDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Import"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Not Now"))

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.import_marks(document_id, password)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()

    def import_marks(self, document_id: int, password: str | None) -> None:
        opened = self.window.opened
        if opened is None or opened.id != document_id:
            return

        def done(result: OpResult[PdfImportReport]) -> None:
            report = result.value
            text = tr("%n annotation(s) imported from the PDF", "", report.imported)
            if report.unanchored:
                text += tr("; %n over no text left out", "", report.unanchored)
            self.window.statusBar().showMessage(text + ".", 10_000)
            if report.imported or report.skipped:
                self.window.pdf.draw_own_marks(False)

        self.window.perform(ImportPdfMarks(document_id, opened.document, password), done)


def _ignore(_message: str) -> None:
    """A file that cannot be read again just goes unasked."""
