"""Where a link leads: an anchor in the document, or an address reader may open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import unquote, urljoin

from reader.core.rich import Span, is_openable


def external(href: str, base: str | None = None) -> str:
    """The absolute address of a link that leads outside the document ('' if reader
    would not open it): relative addresses are resolved against the page's own."""
    href = href.strip()
    if not href:
        return ""
    if base and is_openable(base):
        href = urljoin(base, href)
    return href if is_openable(href) else ""


def resolve_link(anchors: Mapping[str, int], base: str | None, span: Span) -> Span | None:
    """A link to ``#name`` leads to that anchor's offset; any other to an address."""
    href = span.href.strip()
    if href.startswith("#"):
        target = anchors.get(unquote(href[1:]))
        return None if target is None else replace(span, href="", target=target)
    address = external(href, base)
    return replace(span, href=address, target=None) if address else None
