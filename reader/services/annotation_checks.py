"""What :class:`~reader.services.annotations.AnnotationService` works out before it writes.

Plain functions, no database: the check of an annotation given back to be saved again
(:func:`checked_for_restore`), its placement in a document's current text
(:func:`placed_in`, an orphan if the passage is gone), the error that tells of someone
else's change (:func:`conflict_error`), and which one document a set of annotations is in
(:func:`single_document`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace

from reader.core.anchoring import anchor
from reader.core.annotations import Annotation, TextQuote, quote_at
from reader.core.errors import ConflictError, InputError
from reader.core.messages import Msg, message
from reader.core.tags import check_encodable, normalise_tags
from reader.services.validation import check_note, parse_colour

__all__ = ["checked_for_restore", "conflict_error", "placed_in", "single_document"]


def single_document(annotations: Iterable[Annotation]) -> int | None:
    """The document all of them are in, or None if they are in several (or none)."""
    ids = {a.document_id for a in annotations}
    return ids.pop() if len(ids) == 1 else None


def checked_for_restore(annotation: Annotation) -> Annotation:
    """The annotation as it may be saved again (id, quote, colour, note and tags checked
    and normalised), or :class:`~reader.core.errors.InputError`."""
    try:
        annotation_id = str(uuid.UUID(annotation.id))
    except (TypeError, ValueError, AttributeError):
        raise InputError(message(Msg.NOT_AN_ANNOTATION_ID, id=repr(annotation.id))) from None
    quote = annotation.quote
    for part in (quote.exact, quote.prefix, quote.suffix):
        check_encodable(part, Msg.THE_QUOTED_PASSAGE)
    if not quote.exact.strip():
        raise InputError(message(Msg.QUOTES_NO_PASSAGE))
    return replace(
        annotation,
        id=annotation_id,
        colour=parse_colour(annotation.colour),
        note=check_note(annotation.note),
        tags=normalise_tags(annotation.tags),
    )


def conflict_error(current: Annotation | None) -> ConflictError:
    """Someone else's change, told so the user can choose (nothing of ours was written)."""
    if current is None:
        return ConflictError(message(Msg.DELETED_BY_SOMEONE), current=None)
    who = current.editor or current.author or message(Msg.SOMEONE_ELSE)
    if current.note:
        told = message(Msg.CHANGED_BY_SOMEONE_NOTE, who=who, note=current.note)
    else:
        told = message(Msg.CHANGED_BY_SOMEONE, who=who)
    return ConflictError(told, current=current)


def placed_in(text: str, annotation: Annotation) -> Annotation:
    """The annotation where its passage is in ``text`` now, or an orphan."""
    quote = annotation.quote
    found = anchor(text, quote, annotation.start, annotation.end)
    if found is None:
        return replace(annotation, orphan=True)
    start, end = found
    placed_quote: TextQuote = quote_at(text, start, end)
    return replace(annotation, start=start, end=end, quote=placed_quote, orphan=False)
