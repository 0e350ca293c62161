"""A document's byline (author, site, date) and where it goes: under the title.

The title shown above the text is the document's own first heading when it opens
with it (a web page, many books), so the byline is placed just after that heading,
as an object the view inserts (:mod:`reader.ui.document_builder`); otherwise it
follows the title the view adds itself (:mod:`reader.ui.text_loader`).
"""

from __future__ import annotations

from reader.core.document import BlockKind, Document


def byline(document: Document) -> str:
    return " · ".join(
        part
        for part in (
            document.author,
            document.metadata.get("site"),
            (document.metadata.get("date") or "")[:10],
        )
        if part
    )


def opens_with_title(document: Document) -> bool:
    """Whether the text opens with the title as its first heading."""
    first = document.blocks[0] if document.blocks else None
    return (
        first is not None
        and first.kind is BlockKind.HEADING
        and " ".join(document.text[first.start : first.end].split()) == document.title
    )


def byline_offset(document: Document) -> int | None:
    """Where in the text the byline goes (the start of the line after the opening
    title), or None if it goes in the view's own header (or there is none)."""
    if not byline(document) or not opens_with_title(document):
        return None
    after = document.text.find("\n", document.blocks[0].end)
    return after + 1 if 0 <= after < len(document.text) - 1 else None
