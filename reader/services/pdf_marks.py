"""Bringing in the highlights and notes a PDF carries from other viewers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.document import Document
from reader.core.errors import InputError
from reader.formats.pdf import PdfFile
from reader.formats.pdf_marks import anchor_marks, read_marks
from reader.services.annotations import AnnotationService


@dataclass(frozen=True, slots=True)
class PdfImportReport:
    imported: int
    skipped: int
    """Already there: an annotation on exactly the same passage."""
    unanchored: int
    """Over no text of the page (a highlight on a picture, a note in a margin of a scan)."""


class PdfMarkService:
    def __init__(self, annotations: AnnotationService) -> None:
        self._annotations = annotations

    def count(
        self,
        document: Document,
        password: str | None = None,
        check: Callable[[], None] | None = None,
    ) -> int:
        """How many highlights and notes the file has (to ask whether to import them);
        ``check`` raises to stop."""
        if document.pages is None or document.source is None:
            return 0
        with PdfFile(document.source, password) as pdf:
            return len(read_marks(pdf, check))

    def import_marks(
        self, document_id: int, document: Document, password: str | None = None
    ) -> PdfImportReport:
        """Add the PDF's own annotations as reader annotations, anchored to the text under
        them; importing twice adds nothing the second time."""
        if document.pages is None or document.source is None:
            raise InputError(f"{document.title} is not an open PDF file")
        with PdfFile(document.source, password) as pdf:
            marks = read_marks(pdf)
        anchored = anchor_marks(marks, document.pages, document.text)
        present = {(a.start, a.end) for a in self._annotations.for_document(document_id)}
        imported = skipped = 0
        for mark in anchored:
            if (mark.start, mark.end) in present:
                skipped += 1
                continue
            self._annotations.create(
                document_id, mark.start, mark.end, colour=mark.colour, note=mark.note
            )
            present.add((mark.start, mark.end))
            imported += 1
        return PdfImportReport(imported, skipped, len(marks) - len(anchored))
