"""EPUB 2 and 3 books: chapters in spine order, their headings, and a table of contents.

Read with :mod:`zipfile` and lxml rather than a dedicated EPUB library: the only
maintained one (EbookLib) is AGPL-licensed, reads every member of the archive into
memory up front (a zip bomb would be inflated before anything could check it) and
has no type information. What a reader needs from the format is small: the
container points at the package document (OPF), whose metadata, manifest and spine
give the title, authors, language and the chapters' order, and whose navigation
document (EPUB 3) or NCX (EPUB 2) gives the table of contents.

Safety, before anything is inflated: the archive's declared sizes are checked (the
whole archive, every part that will be read, and each part's compression ratio);
zipfile never inflates an entry beyond its declared size. XML is parsed with
entities unresolved, no DTD loaded and no network (:mod:`reader.formats.xhtml`).
Scripts and styles are never kept: the text is rebuilt from the blocks, with the
chapters' inline styles, links (to places in the book, or addresses opened only when
the user asks), notes, tables and pictures (members of the archive, read when shown:
:mod:`reader.formats.images`).
"""

from __future__ import annotations

import lzma
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from reader.core.document import BlockKind, Document, TocEntry
from reader.core.errors import DocumentError
from reader.core.messages import Msg, message
from reader.core.rich import Span
from reader.formats.epub_contents import (
    Target,
    join_href,
    nav_targets,
    ncx_targets,
    resolve_contents,
    split_href,
)
from reader.formats.flow import FlowWriter, Placement
from reader.formats.links import external
from reader.formats.structure import FlowWalker, local_name, plain_text
from reader.formats.xhtml import MarkupError, body_of, classify, parse_markup

EPUB_SUFFIXES = frozenset({".epub"})
MAX_EPUB_BYTES = 200 * 1024 * 1024
"""Largest EPUB file opened (pictures make books large; only their text is read)."""
MAX_ARCHIVE_UNCOMPRESSED = 1024 * 1024 * 1024
"""Largest total size the archive's entries may declare, pictures included."""
MAX_TEXT_UNCOMPRESSED = 200 * 1024 * 1024
"""Largest total size of the parts actually read (package, contents, chapters)."""
MAX_ENTRIES = 20_000
MAX_RATIO = 100
"""Largest compression ratio of a part read once it is over ``RATIO_FLOOR`` bytes:
text compresses 3 to 10 times, a zip bomb a thousand times."""
RATIO_FLOOR = 1024 * 1024

_OPF = "http://www.idpf.org/2007/opf"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml"})
_NCX_TYPE = "application/x-dtbncx+xml"
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)


class _DamagedError(Exception):
    """A part of the book is missing or unreadable (turned into one DocumentError)."""


@dataclass(frozen=True, slots=True)
class _Item:
    path: str
    media_type: str
    properties: frozenset[str]


def load_epub(path: Path, name: str, title_fallback: str) -> Document:
    """The book as one Document (format "epub"; ``source`` left to the caller)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _Book(archive, name, title_fallback).load()
    except DocumentError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        lzma.LZMAError,
        EOFError,
        struct.error,
        ValueError,  # UnicodeDecodeError of a damaged file name, among others
        IndexError,
        OverflowError,
        _DamagedError,
    ) as exc:
        if isinstance(exc, _DamagedError):
            raise DocumentError(
                message(Msg.EPUB_DAMAGED_BECAUSE, name=name, detail=str(exc))
            ) from None
        raise DocumentError(message(Msg.EPUB_DAMAGED, name=name)) from None
    except NotImplementedError:
        raise DocumentError(message(Msg.EPUB_COMPRESSION, name=name)) from None
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise DocumentError(message(Msg.EPUB_PASSWORD, name=name)) from exc
    except OSError as exc:
        raise DocumentError(
            message(Msg.FILE_UNREADABLE, name=name, reason=exc.strerror or str(exc))
        ) from None


class _Book:
    def __init__(self, archive: zipfile.ZipFile, name: str, title_fallback: str) -> None:
        self._archive = archive
        self._name = name
        self._title_fallback = title_fallback
        self._budget = MAX_TEXT_UNCOMPRESSED
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DocumentError(
                message(Msg.EPUB_TOO_MANY_FILES, name=name, count=f"{len(infos):,}")
            )
        declared = sum(info.file_size for info in infos)
        if declared > MAX_ARCHIVE_UNCOMPRESSED:
            raise DocumentError(
                message(
                    Msg.EPUB_TOO_LARGE,
                    name=name,
                    size=f"{declared / 1e6:,.0f}",
                    limit=f"{MAX_ARCHIVE_UNCOMPRESSED / 1e6:,.0f}",
                )
            )
        self._entries = {i.filename: i for i in infos if i.filename and not i.is_dir()}
        self._folded = {entry.casefold(): entry for entry in self._entries}

    # -- reading parts, within limits ------------------------------------------------

    def _info(self, member: str) -> zipfile.ZipInfo | None:
        entry = self._entries.get(member)
        if entry is None:
            folded = self._folded.get(member.casefold())
            entry = self._entries.get(folded) if folded is not None else None
        return entry

    def _read(self, member: str) -> bytes:
        info = self._info(member)
        if info is None:
            raise _DamagedError(f"{member} is missing")
        size = info.file_size
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise DocumentError(
                message(
                    Msg.EPUB_ZIP_BOMB,
                    name=self._name,
                    part=posixpath.basename(member),
                    packed=f"{info.compress_size:,}",
                    size=f"{size:,}",
                )
            )
        if size > self._budget:
            raise DocumentError(
                message(
                    Msg.EPUB_TEXT_TOO_LARGE,
                    name=self._name,
                    limit=f"{MAX_TEXT_UNCOMPRESSED / 1e6:,.0f}",
                )
            )
        self._budget -= size
        with self._archive.open(info) as stream:  # never inflates past the declared size
            return stream.read(size + 1)

    def _parse(self, member: str) -> etree._Element:
        try:
            return parse_markup(self._read(member), member)
        except MarkupError as exc:
            raise _DamagedError(str(exc)) from None

    # -- the book ----------------------------------------------------------------------

    def load(self) -> Document:
        if self._info("META-INF/container.xml") is None:
            raise DocumentError(message(Msg.EPUB_NO_CONTAINER, name=self._name))
        opf_path = self._package_path()
        package = self._parse(opf_path)
        opf_dir = posixpath.dirname(opf_path)
        manifest, by_path = self._manifest(package, opf_dir)
        spine, ncx_id = self._spine(package, manifest)
        self._refuse_drm(spine)
        metadata = _metadata(package)
        targets = self._contents(manifest, ncx_id)

        first_title: dict[str, str] = {}
        for target in targets:
            if target.path is not None and target.path not in first_title:
                first_title[target.path] = target.title
        writer = FlowWriter()
        starts: dict[str, int] = {}
        ids: dict[str, dict[str, int]] = {}
        opened_with_text: list[int] = []
        for item_path in spine:
            item = by_path.get(item_path)
            if item_path in starts or item is None or item.media_type not in _XHTML_TYPES:
                continue
            if self._info(item_path) is None:  # a missing chapter: read the others
                continue
            chapter = self._chapter(item_path)
            start = writer.next_start
            title = first_title.get(item_path)
            pictures_only = not chapter.blocks and bool(chapter.images)
            opens_with_text = chapter.blocks and chapter.blocks[0].kind is not BlockKind.HEADING
            if title and (opens_with_text or pictures_only):
                writer.add(Placement(BlockKind.HEADING, 1), title)
            base = writer.extend(chapter)
            starts[item_path] = start
            ids[item_path] = {
                key: start if offset == 0 else base + offset
                for key, offset in chapter.anchors.items()
            }
            if chapter.blocks:
                opened_with_text.append(start)
        text = writer.text()
        if not text.strip():
            raise DocumentError(message(Msg.BOOK_NO_TEXT, name=self._name))
        writer.resolve_links(lambda span: _in_book(span, starts, ids))
        blocks = tuple(writer.blocks)

        toc = resolve_contents(targets, starts, ids, len(text))
        if not toc:  # no usable contents: one entry per chapter that opens with a heading
            heading_at = {b.start: b for b in blocks if b.kind is BlockKind.HEADING}
            toc = tuple(
                TocEntry(text[b.start : b.end].replace("\n", " "), b.start, 1)
                for b in (heading_at.get(s) for s in opened_with_text)
                if b is not None
            )
        title = metadata.pop("title", "") or self._title_fallback
        author = metadata.pop("author", "") or None
        return Document(
            text,
            title,
            blocks,
            "epub",
            author=author,
            metadata=metadata,
            toc=toc,
            rich=writer.rich(),
        )

    def _chapter(self, item_path: str) -> FlowWriter:
        """One spine item as blocks; its links are made absolute (``#path#fragment`` for
        a place in the book, an address outside it) and its pictures archive members."""
        folder = posixpath.dirname(item_path)
        chapter = FlowWriter()

        def image(src: str) -> str:
            if not src or urlsplit(src).scheme:
                return ""  # remote or data: pictures are never read
            member = join_href(folder, src)
            info = self._info(member)
            return info.filename if info is not None else ""

        root = self._parse(item_path)
        FlowWalker(chapter, classify, image).walk(body_of(root))

        def absolute(span: Span) -> Span | None:
            href = span.href.strip()
            if href.startswith("#"):
                return replace(span, href=f"#{item_path}{href}")
            address = external(href)
            if address:
                return replace(span, href=address)
            if urlsplit(href).scheme:
                return None
            path, fragment = split_href(folder, href)
            return replace(span, href=f"#{path}#{fragment}")

        chapter.resolve_links(absolute)
        return chapter

    def _package_path(self) -> str:
        container = self._parse("META-INF/container.xml")
        for element in container.iter():
            if local_name(element) == "rootfile":
                full_path = element.get("full-path")
                media_type = element.get("media-type", "application/oebps-package+xml")
                if full_path and media_type == "application/oebps-package+xml":
                    return unquote(full_path).lstrip("/")
        raise _DamagedError("the container names no package document")

    def _manifest(
        self, package: etree._Element, opf_dir: str
    ) -> tuple[dict[str, _Item], dict[str, _Item]]:
        manifest: dict[str, _Item] = {}
        for element in _children_named(package, "manifest", "item"):
            item_id, href = element.get("id"), element.get("href")
            if not item_id or not href:
                continue
            manifest[item_id] = _Item(
                join_href(opf_dir, href),
                (element.get("media-type") or "").strip().lower(),
                frozenset((element.get("properties") or "").split()),
            )
        return manifest, {item.path: item for item in manifest.values()}

    def _spine(
        self, package: etree._Element, manifest: dict[str, _Item]
    ) -> tuple[list[str], str | None]:
        spine: list[str] = []
        ncx_id: str | None = None
        for element in package.iter():
            if local_name(element) == "spine":
                ncx_id = element.get("toc")
                for itemref in element:
                    item = manifest.get(itemref.get("idref") or "")
                    if local_name(itemref) == "itemref" and item is not None:
                        spine.append(item.path)
                break
        if not spine:
            raise DocumentError(message(Msg.EPUB_NO_CHAPTERS, name=self._name))
        return spine, ncx_id

    def _refuse_drm(self, spine: list[str]) -> None:
        if self._info("META-INF/encryption.xml") is None:
            return
        encryption = self._parse("META-INF/encryption.xml")
        protected: set[str] = set()
        for data in encryption.iter():
            if local_name(data) != "encrypteddata":
                continue
            algorithm = ""
            uri = ""
            for child in data.iter():
                if local_name(child) == "encryptionmethod":
                    algorithm = child.get("Algorithm") or ""
                elif local_name(child) == "cipherreference":
                    uri = unquote(child.get("URI") or "")
            if uri and algorithm not in _FONT_OBFUSCATION:
                protected.add(posixpath.normpath(uri.lstrip("/")))
        if protected.intersection(spine):
            raise DocumentError(message(Msg.EPUB_DRM, name=self._name))

    def _contents(self, manifest: dict[str, _Item], ncx_id: str | None) -> list[Target]:
        """The table of contents: the EPUB 3 navigation document, else the EPUB 2 NCX."""
        nav = next((i for i in manifest.values() if "nav" in i.properties), None)
        if nav is not None and self._info(nav.path) is not None:
            targets = nav_targets(self._parse(nav.path), posixpath.dirname(nav.path))
            if targets:
                return targets
        ncx = manifest.get(ncx_id or "") or next(
            (i for i in manifest.values() if i.media_type == _NCX_TYPE), None
        )
        if ncx is not None and self._info(ncx.path) is not None:
            return ncx_targets(self._parse(ncx.path), posixpath.dirname(ncx.path))
        return []


# -- metadata ---------------------------------------------------------------------------


def _metadata(package: etree._Element) -> dict[str, str]:
    """title, author (the creators with the author role, or all), and the rest as text."""
    found: dict[str, list[str]] = {}
    authors: list[str] = []
    others: list[str] = []
    roles = _refined_roles(package)
    for element in _children_named(package, "metadata"):
        name = local_name(element)
        value = plain_text(element)
        if not value:
            continue
        if name == "creator":
            role = element.get(f"{{{_OPF}}}role") or element.get("role") or ""
            role = role or roles.get(element.get("id") or "", "")
            (authors if role in ("", "aut") else others).append(value)
        elif name in ("title", "language", "publisher", "date", "identifier", "description"):
            found.setdefault(name, []).append(value)
    out = {name: values[0] for name, values in found.items()}
    names = authors or others
    if names:
        out["author"] = ", ".join(dict.fromkeys(names))
    version = package.get("version")
    if version:
        out["epub_version"] = version
    return out


def _refined_roles(package: etree._Element) -> dict[str, str]:
    """EPUB 3: ``<meta refines="#id" property="role">aut</meta>``."""
    roles: dict[str, str] = {}
    for element in _children_named(package, "metadata"):
        if local_name(element) == "meta" and element.get("property") == "role":
            target = (element.get("refines") or "").lstrip("#")
            if target:
                roles[target] = plain_text(element)
    return roles


def _children_named(
    root: etree._Element, parent: str, child: str | None = None
) -> Iterator[etree._Element]:
    for element in root.iter():
        if local_name(element) == parent:
            for item in element:
                if isinstance(item.tag, str) and (child is None or local_name(item) == child):
                    yield item
            return


def _in_book(span: Span, starts: dict[str, int], ids: dict[str, dict[str, int]]) -> Span | None:
    """A link to ``#path#fragment`` leads to that place in the book, if it is there."""
    if not span.href.startswith("#"):
        return span
    path, _, fragment = span.href[1:].partition("#")
    if path not in starts:
        return None
    target = ids.get(path, {}).get(fragment, starts[path]) if fragment else starts[path]
    return replace(span, href="", target=target)
