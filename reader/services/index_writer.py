"""A document's rows in the Index, made from its final entities (one transaction's part).

Called where a document's entities change (recognition kept, a correction) and by
:meth:`reader.services.entity_index.IndexService.refresh` for documents whose rows
are missing or were made from other text or another recognition: only that
document's rows are made again.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.entities import EntitySpan
from reader.core.entity_names import display_names, index_mentions
from reader.store.unit_of_work import Store


def index_stamp(pipeline: str, rules_version: str) -> str:
    """What a document's rows depend on besides its text and the user's corrections."""
    return f"{pipeline}|{rules_version}"


def write_index(
    store: Store, document_id: int, content_hash: str, stamp: str, spans: Sequence[EntitySpan]
) -> None:
    """Replace the document's Index rows by those of ``spans`` (its final entities)."""
    mentions = index_mentions(spans)
    ids = store.entity_index.name_ids(display_names(spans))
    rows = [(m.start, m.end, ids[m.label, m.key], ids[m.label, m.entry_key]) for m in mentions]
    store.entity_index.replace_document(document_id, content_hash, stamp, rows)
