"""Bringing in the highlights and notes a PDF carries from other viewers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from reader.core.annotations import Annotation, quote_at
from reader.core.document import Document
from reader.core.errors import InputError
from reader.core.messages import Msg, message
from reader.formats.pdf import PdfFile
from reader.formats.pdf_marks import anchor_marks, read_marks
from reader.services.annotations import AnnotationService
from reader.services.ops import NO_CHANGES, OpResult


@dataclass(frozen=True, slots=True)
class PdfImportReport:
    imported: int
    skipped: int
    """Already there: an annotation on exactly the same passage."""
    unanchored: int
    """Over no text of the page (a highlight on a picture, a note in a margin of a scan)."""


@dataclass(frozen=True, slots=True)
class PdfMarkSurvey:
    found: int
    """Highlights, underlines and notes in the file."""
    imported: int
    """Of those, the ones an annotation of the document covers exactly (imported before)."""


class PdfMarkService:
    def __init__(self, annotations: AnnotationService) -> None:
        self._annotations = annotations

    def survey(
        self,
        document_id: int,
        document: Document,
        password: str | None = None,
        check: Callable[[], None] | None = None,
    ) -> PdfMarkSurvey:
        """How many highlights and notes the file has (to ask whether to import them), and
        how many of them are already reader annotations; ``check`` raises to stop."""
        if document.pages is None or document.source is None:
            return PdfMarkSurvey(0, 0)
        with PdfFile(document.source, password) as pdf:
            marks = read_marks(pdf, check)
        if not marks:
            return PdfMarkSurvey(0, 0)
        present = {(a.start, a.end) for a in self._annotations.for_document(document_id)}
        anchored = anchor_marks(marks, document.pages, document.text)
        return PdfMarkSurvey(len(marks), sum((m.start, m.end) in present for m in anchored))

    def import_marks(
        self, document_id: int, document: Document, password: str | None = None
    ) -> OpResult[PdfImportReport]:
        """Add the PDF's own annotations as reader annotations, anchored to the text under
        them, in one transaction (undo deletes them); importing twice adds nothing the
        second time."""
        if document.pages is None or document.source is None:
            raise InputError(message(Msg.NOT_AN_OPEN_PDF, title=document.title))
        with PdfFile(document.source, password) as pdf:
            marks = read_marks(pdf)
        anchored = anchor_marks(marks, document.pages, document.text)
        present = {(a.start, a.end) for a in self._annotations.for_document(document_id)}
        now = datetime.now(UTC)
        new: list[Annotation] = []
        for mark in anchored:
            if (mark.start, mark.end) in present:
                continue
            present.add((mark.start, mark.end))
            new.append(
                Annotation(
                    id=str(uuid.uuid4()),
                    document_id=document_id,
                    start=mark.start,
                    end=mark.end,
                    quote=quote_at(document.text, mark.start, mark.end),
                    colour=mark.colour,
                    note=mark.note,
                    tags=(),
                    created=now,
                    updated=now,
                )
            )
        report = PdfImportReport(len(new), len(anchored) - len(new), len(marks) - len(anchored))
        if not new:
            return OpResult(report, NO_CHANGES)
        saved = self._annotations.restore(new)
        return OpResult(report, saved.changes, saved.undo)
