"""The JSON form of an annotation that the CLI prints, and its timestamps.

The one place that object is built: :func:`annotation_to_json` (offsets, quote, colour,
note, tags, whether it is an orphan, and :func:`format_timestamp`'s UTC timestamps).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reader.core.annotations import Annotation

__all__ = ["annotation_to_json", "format_timestamp"]


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC with a Z, to the millisecond: ``2026-11-27T03:10:59.123Z``."""
    naive = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    return naive.isoformat(timespec="milliseconds") + "Z"


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON object the CLI prints for an annotation (the one place it is built).

    Offsets count code points of the document's current canonical text; an orphan has
    none (``null``), since its passage is not in that text.
    """
    return {
        "id": annotation.id,
        "start": None if annotation.orphan else annotation.start,
        "end": None if annotation.orphan else annotation.end,
        "quote": annotation.quote.exact,
        "color": annotation.colour.value,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "orphan": annotation.orphan,
        "created": format_timestamp(annotation.created),
        "updated": format_timestamp(annotation.updated),
    }
