"""An EPUB's table of contents: the EPUB 3 navigation document or the EPUB 2 NCX.

Entries are read as (title, chapter path, fragment, level) and placed in the book's
text once every chapter's start and every anchor is known.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from reader.core.document import TocEntry
from reader.formats.flow import collapse
from reader.formats.structure import local_name, plain_text
from reader.formats.xhtml import OPS


@dataclass(frozen=True, slots=True)
class Target:
    title: str
    path: str | None  # None: a heading of the contents with no link
    fragment: str
    level: int


def nav_targets(root: etree._Element, base: str) -> list[Target]:
    navs = [e for e in root.iter() if local_name(e) == "nav"]
    toc = next((n for n in navs if "toc" in (n.get(f"{{{OPS}}}type") or "").split()), None)
    if toc is None:
        toc = next((n for n in navs if "toc" in (n.get("epub:type") or "").split()), None)
    if toc is None and navs:
        toc = navs[0]
    if toc is None:
        return []
    top = next((e for e in toc.iter() if local_name(e) == "ol"), None)
    targets: list[Target] = []
    if top is not None:
        _nav_list(top, base, 1, targets)
    return targets


def _nav_list(ol: etree._Element, base: str, level: int, out: list[Target]) -> None:
    for li in ol:
        if local_name(li) != "li":
            continue
        label = next((c for c in li if local_name(c) in ("a", "span")), None)
        if label is not None:
            title = plain_text(label) or collapse(label.get("title") or "")
            href = label.get("href") if local_name(label) == "a" else None
            if title:
                path, fragment = split_href(base, href) if href else (None, "")
                out.append(Target(title, path, fragment, level))
        for child in li:
            if local_name(child) == "ol":
                _nav_list(child, base, level + 1, out)


def ncx_targets(root: etree._Element, base: str) -> list[Target]:
    nav_map = next((e for e in root.iter() if local_name(e) == "navmap"), None)
    targets: list[Target] = []
    if nav_map is not None:
        _ncx_points(nav_map, base, 1, targets)
    return targets


def _ncx_points(parent: etree._Element, base: str, level: int, out: list[Target]) -> None:
    for point in parent:
        if local_name(point) != "navpoint":
            continue
        label = next((c for c in point if local_name(c) == "navlabel"), None)
        content = next((c for c in point if local_name(c) == "content"), None)
        title = plain_text(label) if label is not None else ""
        src = content.get("src") if content is not None else None
        if title:
            path, fragment = split_href(base, src) if src else (None, "")
            out.append(Target(title, path, fragment, level))
        _ncx_points(point, base, level + 1, out)


def resolve_contents(
    targets: list[Target], starts: dict[str, int], ids: dict[str, dict[str, int]], end: int
) -> tuple[TocEntry, ...]:
    """Contents entries with offsets; an entry without a link takes the next one's."""
    entries: list[TocEntry | Target] = []
    for target in targets:
        if target.path is None:
            entries.append(target)
            continue
        if target.path not in starts:
            continue
        offset = starts[target.path]
        if target.fragment:
            offset = ids.get(target.path, {}).get(target.fragment, offset)
        entries.append(TocEntry(target.title, min(offset, end), target.level))
    out: list[TocEntry] = []
    following = end
    for entry in reversed(entries):
        if isinstance(entry, TocEntry):
            following = entry.offset
            out.append(entry)
        else:
            out.append(TocEntry(entry.title, following, entry.level))
    out.reverse()
    return tuple(out) if any(isinstance(e, TocEntry) for e in entries) else ()


def join_href(base: str, href: str) -> str:
    """The archive path an ``href`` of a part in folder ``base`` names."""
    path = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(base, path)).lstrip("/")


def split_href(base: str, href: str) -> tuple[str, str]:
    path, _, fragment = href.partition("#")
    return join_href(base, path), unquote(fragment)
