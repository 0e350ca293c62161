"""Exporting annotated copies, and importing W3C annotations back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.annotations import Annotation, quote_at
from reader.core.document import Document
from reader.core.entities import EntitySpan
from reader.core.errors import InputError
from reader.core.messages import Msg, message
from reader.export import FORMATS, ExportDocument, ExportOptions, export, parse_w3c, write_atomic
from reader.export.model import ImportedAnnotation
from reader.export.w3c import collection_source, source_path
from reader.formats.loading import read_bytes
from reader.services.annotations import AnnotationService
from reader.services.entities import EntityService
from reader.services.ops import DeleteAnnotations, OpResult
from reader.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    skipped: int  # already present (same id)
    orphaned: int  # imported, but their passage is not in this version of the text


class ExportService:
    def __init__(
        self, uow: UnitOfWork, annotations: AnnotationService, entities: EntityService
    ) -> None:
        self._uow = uow
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
        labels: str = "en",
    ) -> str:
        """The document with its annotations in format ``key`` (see ``reader.export.FORMATS``),
        the words the export adds in the language ``labels`` (``en``, ``fr``)."""
        if key not in FORMATS:
            choices = ", ".join(FORMATS)
            raise InputError(message(Msg.UNKNOWN_EXPORT_FORMAT, format=repr(key), choices=choices))
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
        options = ExportOptions(include_entities=include_entities, labels=labels)
        return export(source, key, options)

    def write(
        self,
        document_id: int,
        document: Document,
        key: str,
        path: Path,
        *,
        include_entities: bool = False,
        language: str | None = None,
        labels: str = "en",
    ) -> int:
        """Write the export atomically (a failure leaves no partial file); returns its size."""
        content = self.render(
            document_id,
            document,
            key,
            include_entities=include_entities,
            language=language,
            labels=labels,
        )
        write_atomic(path, content, source=document.source)
        return len(content.encode("utf-8"))

    def import_w3c(self, document_id: int, json_text: str) -> OpResult[ImportReport]:
        """Add the file's annotations to the document, all or none; ids already present
        are skipped.

        The whole file is read and checked first; then every annotation is placed in
        the current text by its selectors (re-anchored like any annotation made on
        another version; one that cannot be placed is kept as an orphan) and saved in
        one transaction. Undo deletes what was imported.
        """
        items = parse_w3c(json_text)
        with self._uow.read() as store:
            text, _hash, _language = store.documents.text(document_id)
        annotations = [_annotation(document_id, text, item) for item in items]
        result = self._annotations.restore(annotations, skip_existing=True)
        imported = result.value
        report = ImportReport(
            len(imported), len(annotations) - len(imported), sum(a.orphan for a in imported)
        )
        undo = DeleteAnnotations(tuple(a.id for a in imported)) if imported else None
        return OpResult(report, result.changes, undo)


def read_w3c_file(path: Path) -> str:
    """The text of a W3C JSON file, or a one-sentence error."""
    try:
        return read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(message(Msg.NOT_UTF8_JSON, name=path.name)) from None


def w3c_target(content: str) -> Path | None:
    """The local document a W3C collection names as its source, if any."""
    named = collection_source(content)
    return source_path(named) if named else None


def _annotation(document_id: int, text: str, item: ImportedAnnotation) -> Annotation:
    """An annotation to restore from what the file says of it."""
    start, end = item.start, item.end
    quote = item.quote
    if quote is None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise InputError(message(Msg.IMPORT_NO_QUOTE_OR_POSITION, id=item.id))
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
        author=item.author,
    )
