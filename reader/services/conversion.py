"""What a new version of the conversion (files to canonical text) asks of a document.

Annotations need nothing here: :func:`record_in <reader.services.documents.record_in>`
re-anchors them whenever the text changes, and anchoring finds a quote whose
whitespace changed (a reflowed line break). Two things depend on the conversion
without depending on the text alone:

- cached entities: recognition skips front and back matter, which is a property of the
  blocks; the cache rows of the document's content are dropped so they are recomputed;
- entity corrections, which remember their words: those made across a line break that
  became a space are moved onto the same words in the new text.
"""

from __future__ import annotations

from reader.core.annotations import TextQuote
from reader.core.document import Document
from reader.core.loose_quote import loose_find
from reader.store.unit_of_work import Store

CONTEXT = 32


def conversion_changed(
    store: Store, document_id: int, document: Document, previous_text: str
) -> None:
    """In the caller's transaction: forget the entities cached for the document's
    content and move its corrections onto their words in ``document.text``."""
    store.entities.forget(document.content_hash)
    text = document.text
    for correction in store.entities.corrections(document_id):
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
        store.entities.move_correction(
            document_id, (correction.start, correction.end), (start, end), text[start:end]
        )
