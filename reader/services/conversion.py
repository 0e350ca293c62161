"""What a new version of the conversion (files to canonical text) asks of a document.

Annotations need nothing here: :func:`record_document
<reader.services.documents.record_document>` re-anchors them whenever the text changes,
and anchoring finds a quote whose whitespace changed (a reflowed line break). Two
things depend on the conversion without depending on the text alone:

- cached entities: recognition skips front and back matter, which is a property of the
  blocks; the cache rows of the document's content are dropped so they are recomputed;
- entity corrections, which remember their words: those made across a line break that
  became a space are moved onto the same words in the new text.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reader.core.annotations import TextQuote
from reader.core.loose_quote import loose_find
from reader.store.models import DocumentRow, EntityCorrectionRow, EntityResultRow, ModelSpansRow

CONTEXT = 32


def conversion_changed(session: Session, row: DocumentRow, previous_text: str) -> None:
    """In the caller's transaction: forget the entities cached for the document's
    content and move its corrections onto their words in ``row.text``."""
    for table in (ModelSpansRow, EntityResultRow):
        session.execute(delete(table).where(table.content_hash == row.content_hash))
    text = row.text
    for correction in session.scalars(
        select(EntityCorrectionRow).where(EntityCorrectionRow.document_id == row.id)
    ):
        exact = correction.exact
        if not exact or text[correction.start : correction.end] == exact:
            continue
        quote = TextQuote(
            exact,
            previous_text[max(0, correction.start - CONTEXT) : correction.start],
            previous_text[correction.end : correction.end + CONTEXT],
        )
        found = loose_find(text, quote, correction.start)
        if found is None:
            continue
        start, end = found
        clash = session.scalar(
            select(EntityCorrectionRow.id).where(
                EntityCorrectionRow.document_id == row.id,
                EntityCorrectionRow.start == start,
                EntityCorrectionRow.end == end,
                EntityCorrectionRow.id != correction.id,
            )
        )
        if clash is None:
            correction.start, correction.end, correction.exact = start, end, text[start:end]
