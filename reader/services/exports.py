"""Exporting annotated copies, and importing W3C annotations back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.annotations import Annotation, quote_at
from reader.core.document import Document
from reader.core.entities import EntitySpan
from reader.core.errors import InputError, NotFoundError
from reader.export import FORMATS, ExportDocument, ExportOptions, export, parse_w3c, write_atomic
from reader.export.model import ImportedAnnotation
from reader.formats.loading import read_bytes
from reader.services.annotations import AnnotationService
from reader.services.entities import EntityService


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    skipped: int  # already present (same id)
    orphaned: int  # imported, but their passage is not in this version of the text


class ExportService:
    def __init__(self, annotations: AnnotationService, entities: EntityService) -> None:
        self._annotations = annotations
        self._entities = entities

    def render(
        self,
        document_id: int,
        document: Document,
        key: str,
        *,
        include_entities: bool = False,
        language: str | None = None,
    ) -> str:
        """The document with its annotations in format ``key`` (see ``reader.export.FORMATS``)."""
        if key not in FORMATS:
            raise InputError(f"Unknown export format {key!r}; choose one of {', '.join(FORMATS)}")
        entities: tuple[EntitySpan, ...] = ()
        if include_entities:
            view = self._entities.cached(document_id) or self._entities.recognise(document_id)
            entities = view.spans
        source = ExportDocument.from_document(
            document,
            self._annotations.for_document(document_id),
            entities,
            language=language,
            exported=datetime.now(UTC),
        )
        return export(source, key, ExportOptions(include_entities=include_entities))

    def write(
        self,
        document_id: int,
        document: Document,
        key: str,
        path: Path,
        *,
        include_entities: bool = False,
        language: str | None = None,
    ) -> int:
        """Write the export atomically (a failure leaves no partial file); returns its size."""
        content = self.render(
            document_id, document, key, include_entities=include_entities, language=language
        )
        write_atomic(path, content, source=document.source)
        return len(content.encode("utf-8"))

    def import_w3c_file(self, document_id: int, document: Document, path: Path) -> ImportReport:
        return self.import_w3c(document_id, document, read_w3c_file(path))

    def import_w3c(self, document_id: int, document: Document, json_text: str) -> ImportReport:
        """Add the file's annotations to the document; ids already present are skipped.

        Each is placed in the current text by its selectors (re-anchored like any
        annotation made on another version); one that cannot be placed is kept as
        an orphan.
        """
        imported = skipped = orphaned = 0
        for item in parse_w3c(json_text):
            try:
                self._annotations.get(item.id)
            except NotFoundError:
                pass
            else:
                skipped += 1
                continue
            restored = self._annotations.restore(_annotation(document_id, document.text, item))
            imported += 1
            orphaned += restored.orphan
        return ImportReport(imported, skipped, orphaned)


def read_w3c_file(path: Path) -> str:
    """The text of a W3C JSON file, or a one-sentence error."""
    try:
        return read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not UTF-8 JSON") from None


def _annotation(document_id: int, text: str, item: ImportedAnnotation) -> Annotation:
    """An annotation to restore from what the file says of it."""
    start, end = item.start, item.end
    quote = item.quote
    if quote is None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise InputError(f"Annotation {item.id} has neither a quote nor a usable position")
        quote = quote_at(text, start, end)
    if start is None or end is None:
        start, end = 0, 0  # no position: placed by its quote, or kept as an orphan
    now = datetime.now(UTC)
    return Annotation(
        id=item.id,
        document_id=document_id,
        start=start,
        end=end,
        quote=quote,
        colour=item.colour,
        note=item.note,
        tags=item.tags,
        created=item.created or now,
        updated=item.modified or item.created or now,
        orphan=item.orphan,
    )
