"""A highlighted passage as the interface quotes it (the Annotations panel's cards, the
note editor, the Trash, conflicts): one flowing excerpt, its line and paragraph breaks
read as spaces (a passage across two paragraphs shows no empty line), in the
interface language's quotation marks."""

from __future__ import annotations

from reader.ui.i18n import tr


def excerpt(exact: str, limit: int | None = None) -> str:
    """``exact`` on one line, cut at ``limit`` characters with an ellipsis."""
    flowing = " ".join(exact.split())
    if limit is not None and len(flowing) > limit:
        return flowing[:limit].rstrip() + "…"
    return flowing


def quoted(exact: str, limit: int | None = None) -> str:
    """The excerpt in quotation marks (« » in French)."""
    return tr("“{quote}”").format(quote=excerpt(exact, limit))
