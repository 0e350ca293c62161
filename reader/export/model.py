"""What every exporter takes (an :class:`ExportDocument`) and what the W3C importer gives back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reader import __version__
from reader.core.annotations import Annotation, Colour, TextQuote
from reader.core.document import Block, Document
from reader.core.entities import EntitySpan


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportDocument:
    """A document with its annotations, as exported.

    ``text`` is the canonical text; ``blocks`` its structure (when empty, one
    paragraph per non-blank line). Text that no block covers is exported as
    paragraphs too, so the whole text always comes out. ``annotations`` in any
    order; those with ``orphan`` true (or whose range holds no visible text) are
    listed as unplaced instead of being marked in the text. ``exported`` and the
    annotations' timestamps may be naive, in which case they are taken as UTC (the
    store's convention).
    """

    title: str
    text: str
    blocks: tuple[Block, ...] = ()
    annotations: Sequence[Annotation] = ()
    entities: Sequence[EntitySpan] = ()
    source: str | None = None
    language: str | None = None
    app_version: str = __version__
    exported: datetime = field(default_factory=_now)

    @classmethod
    def from_document(
        cls,
        document: Document,
        annotations: Sequence[Annotation] = (),
        entities: Sequence[EntitySpan] = (),
        *,
        language: str | None = None,
        exported: datetime | None = None,
    ) -> ExportDocument:
        """The export view of a loaded :class:`~reader.core.document.Document`."""
        return cls(
            title=document.title,
            text=document.text,
            blocks=document.blocks,
            annotations=annotations,
            entities=entities,
            source=str(document.source) if document.source is not None else None,
            language=language or document.metadata.get("language"),
            exported=exported or _now(),
        )


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices the user makes when exporting."""

    include_entities: bool = False
    """Mark named entities in the text (Markdown and HTML): ``<span class="ent-PERSON">``."""
    labels: str = "en"
    """The language of the words the export adds (see :mod:`reader.export.labels`)."""


@dataclass(frozen=True, slots=True)
class ImportedAnnotation:
    """An annotation read back from W3C Web Annotation JSON (:func:`parse_w3c`).

    ``id`` is the annotation's uuid (the ``urn:uuid:`` prefix removed; other ids are
    kept as written). ``start``/``end`` are None when the annotation had no
    TextPositionSelector (an orphan when exported); ``quote`` is None when it had no
    TextQuoteSelector. Timestamps are naive UTC like the store's, None when absent.
    """

    id: str
    start: int | None
    end: int | None
    quote: TextQuote | None
    colour: Colour
    note: str
    tags: tuple[str, ...]
    created: datetime | None
    modified: datetime | None
    author: str | None = None
    """The ``creator``'s name (or nickname, or the string it is), if the file says."""

    @property
    def orphan(self) -> bool:
        return self.start is None or self.end is None
