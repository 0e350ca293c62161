"""Re-anchoring a document's annotations in a new version of its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.core.anchoring import anchor
from reader.core.annotations import quote_at
from reader.core.document import content_hash as document_hash
from reader.core.textdiff import OffsetShift
from reader.store.unit_of_work import Store


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """What re-anchoring a document's annotations in its new text did.

    Counts only the annotations that were made on (or last tried against) another
    version of the text: ``kept`` are where they were, ``moved`` were found elsewhere
    (this includes orphans placed again), ``orphaned`` were not found (and are kept).
    """

    kept: int
    moved: int
    orphaned: int
    ids: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """The annotations that were tried."""


def reanchor(
    store: Store,
    document_id: int,
    text: str,
    content_hash: str,
    previous_text: str | None = None,
) -> ReanchorReport | None:
    """Re-anchor, in the caller's transaction, the annotations of a document that were
    made on (or last tried against) another text than ``text``; None if there were none.

    Found: new offsets, quote and context from ``text``, no longer an orphan. Not found:
    an orphan that keeps its quote, note and tags. Either way it is marked as tried on
    ``text`` (its hash), so it is tried again only when the text changes again.
    ``updated`` is left alone: re-anchoring is not an edit by the user.

    ``previous_text``, the text the document had until now, makes it fast: annotations
    made on it start from where a diff puts them instead of searching the whole text.
    """
    stale = store.annotations.stale(document_id, content_hash)
    if not stale:
        return None
    shift: OffsetShift | None = None
    previous_hash = document_hash(previous_text) if previous_text is not None else None
    kept = moved = orphaned = 0
    changes: list[dict[str, Any]] = []
    for item in stale:
        guess = item.start, item.end
        if previous_text is not None and item.content_hash == previous_hash and not item.orphan:
            shift = shift or OffsetShift(previous_text, text)
            guess = shift(item.start, item.end)
        found = anchor(text, item.quote, *guess)
        if found is None:
            orphaned += 1
            changes.append({"id": item.id, "orphan": True, "content_hash": content_hash})
            continue
        start, end = found
        if not item.orphan and (start, end) == (item.start, item.end):
            kept += 1
        else:
            moved += 1
        quote = quote_at(text, start, end)
        changes.append(
            {
                "id": item.id,
                "start": start,
                "end": end,
                "exact": quote.exact,
                "prefix": quote.prefix,
                "suffix": quote.suffix,
                "orphan": False,
                "content_hash": content_hash,
            }
        )
    store.annotations.update_many(changes)
    return ReanchorReport(kept, moved, orphaned, frozenset(item.id for item in stale))
