"""All services over one database: what a front end (GUI or CLI) holds."""

from __future__ import annotations

from reader.services.annotations import AnnotationService
from reader.services.documents import DocumentService
from reader.services.entities import EntityService
from reader.services.exports import ExportService
from reader.services.library import LibraryService
from reader.services.pdf_marks import PdfMarkService
from reader.services.unit_of_work import UnitOfWork


class Services:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.documents = DocumentService(uow)
        self.annotations = AnnotationService(uow)
        self.entities = EntityService(uow)
        self.library = LibraryService(uow)
        self.exports = ExportService(self.annotations, self.entities)
        self.pdf_marks = PdfMarkService(self.annotations)

    @classmethod
    def open(cls, db: str | None = None) -> Services:
        return cls(UnitOfWork.open(db))

    def close(self) -> None:
        self.uow.close()
