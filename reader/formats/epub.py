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
entities unresolved, no DTD loaded and no network. Scripts, styles, images and
links are never kept: the text is rebuilt from the blocks.
"""

from __future__ import annotations

import codecs
import html.entities
import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree
from lxml.html import HTMLParser, document_fromstring

from reader.core.document import BlockKind, Document, TocEntry
from reader.core.errors import DocumentError
from reader.formats.structure import (
    BREAK,
    CELL,
    CONTAINER,
    INLINE,
    LIST_ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    SKIP,
    XML_DECLARATION,
    XML_ENCODING,
    BlockWriter,
    FlowWalker,
    Rule,
    collapse,
    heading,
    local_name,
    plain_text,
)

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

_OPS = "http://www.idpf.org/2007/ops"
_OPF = "http://www.idpf.org/2007/opf"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/xml", "text/xml"})
_NCX_TYPE = "application/x-dtbncx+xml"
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)
_XML_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)
_RECOVERING_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    recover=True,
)
_HTML_PARSER = HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
)


class _DamagedError(Exception):
    """A part of the book is missing or unreadable (turned into one DocumentError)."""


@dataclass(frozen=True, slots=True)
class _Item:
    path: str
    media_type: str
    properties: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Target:
    title: str
    path: str | None  # None: a heading of the contents with no link
    fragment: str
    level: int


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
        detail = f" ({exc})" if isinstance(exc, _DamagedError) else ""
        raise DocumentError(
            f"{name} is not a valid EPUB: the archive is damaged or truncated{detail}"
        ) from None
    except NotImplementedError:
        raise DocumentError(f"{name} uses a compression method reader cannot read") from None
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise DocumentError(f"{name} is password-protected and cannot be read") from exc
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be read ({exc.strerror or exc})") from None


class _Book:
    def __init__(self, archive: zipfile.ZipFile, name: str, title_fallback: str) -> None:
        self._archive = archive
        self._name = name
        self._title_fallback = title_fallback
        self._budget = MAX_TEXT_UNCOMPRESSED
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DocumentError(f"{name} is refused: its archive holds {len(infos):,} files")
        declared = sum(info.file_size for info in infos)
        if declared > MAX_ARCHIVE_UNCOMPRESSED:
            raise DocumentError(
                f"{name} is refused: its archive would expand to {declared / 1e6:,.0f} MB "
                f"(the limit is {MAX_ARCHIVE_UNCOMPRESSED / 1e6:,.0f} MB)"
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
                f"{self._name} is refused: {posixpath.basename(member)} would expand from "
                f"{info.compress_size:,} to {size:,} bytes (a zip bomb?)"
            )
        if size > self._budget:
            raise DocumentError(
                f"{self._name} is refused: its text would take more than "
                f"{MAX_TEXT_UNCOMPRESSED / 1e6:,.0f} MB"
            )
        self._budget -= size
        with self._archive.open(info) as stream:  # never inflates past the declared size
            return stream.read(size + 1)

    def _parse(self, member: str) -> etree._Element:
        return parse_markup(self._read(member), member)

    # -- the book ----------------------------------------------------------------------

    def load(self) -> Document:
        if self._info("META-INF/container.xml") is None:
            raise DocumentError(f"{self._name} is not an EPUB book (it has no container file)")
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
        writer = BlockWriter()
        starts: dict[str, int] = {}
        ids: dict[str, dict[str, int]] = {}
        opened_with_text: list[int] = []
        for item_path in spine:
            item = by_path.get(item_path)
            if item_path in starts or item is None or item.media_type not in _XHTML_TYPES:
                continue
            if self._info(item_path) is None:  # a missing chapter: read the others
                continue
            root = self._parse(item_path)
            chapter = BlockWriter()
            walker = FlowWalker(chapter, _classify)
            walker.walk(_body(root))
            text, blocks = chapter.result()
            start = writer.next_start
            title = first_title.get(item_path)
            if blocks and blocks[0].kind is not BlockKind.HEADING and title:
                writer.add(BlockKind.HEADING, title, 1)
            base = writer.extend(text, blocks)
            starts[item_path] = start
            ids[item_path] = {
                key: start if offset == 0 else base + offset for key, offset in walker.ids.items()
            }
            if blocks:
                opened_with_text.append(start)
        text, blocks = writer.result()
        if not text.strip():
            raise DocumentError(f"{self._name} has no readable text")

        toc = _resolve(targets, starts, ids, len(text))
        if not toc:  # no usable contents: one entry per chapter that opens with a heading
            heading_at = {b.start: b for b in blocks if b.kind is BlockKind.HEADING}
            toc = tuple(
                TocEntry(text[b.start : b.end].replace("\n", " "), b.start, 1)
                for b in (heading_at.get(s) for s in opened_with_text)
                if b is not None
            )
        title = metadata.pop("title", "") or self._title_fallback
        author = metadata.pop("author", "") or None
        return Document(text, title, blocks, "epub", author=author, metadata=metadata, toc=toc)

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
                _join(opf_dir, href),
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
            raise DocumentError(f"{self._name} is not a valid EPUB: it lists no chapters")
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
            raise DocumentError(f"{self._name} is protected by DRM and cannot be read")

    def _contents(self, manifest: dict[str, _Item], ncx_id: str | None) -> list[_Target]:
        """The table of contents: the EPUB 3 navigation document, else the EPUB 2 NCX."""
        nav = next((i for i in manifest.values() if "nav" in i.properties), None)
        if nav is not None and self._info(nav.path) is not None:
            targets = _nav_targets(self._parse(nav.path), posixpath.dirname(nav.path))
            if targets:
                return targets
        ncx = manifest.get(ncx_id or "") or next(
            (i for i in manifest.values() if i.media_type == _NCX_TYPE), None
        )
        if ncx is not None and self._info(ncx.path) is not None:
            return _ncx_targets(self._parse(ncx.path), posixpath.dirname(ncx.path))
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


# -- table of contents ------------------------------------------------------------------


def _nav_targets(root: etree._Element, base: str) -> list[_Target]:
    navs = [e for e in root.iter() if local_name(e) == "nav"]
    toc = next((n for n in navs if "toc" in (n.get(f"{{{_OPS}}}type") or "").split()), None)
    if toc is None:
        toc = next((n for n in navs if "toc" in (n.get("epub:type") or "").split()), None)
    if toc is None and navs:
        toc = navs[0]
    if toc is None:
        return []
    top = next((e for e in toc.iter() if local_name(e) == "ol"), None)
    targets: list[_Target] = []
    if top is not None:
        _nav_list(top, base, 1, targets)
    return targets


def _nav_list(ol: etree._Element, base: str, level: int, out: list[_Target]) -> None:
    for li in ol:
        if local_name(li) != "li":
            continue
        label = next((c for c in li if local_name(c) in ("a", "span")), None)
        if label is not None:
            title = plain_text(label) or collapse(label.get("title") or "")
            href = label.get("href") if local_name(label) == "a" else None
            if title:
                path, fragment = _split(base, href) if href else (None, "")
                out.append(_Target(title, path, fragment, level))
        for child in li:
            if local_name(child) == "ol":
                _nav_list(child, base, level + 1, out)


def _ncx_targets(root: etree._Element, base: str) -> list[_Target]:
    nav_map = next((e for e in root.iter() if local_name(e) == "navmap"), None)
    targets: list[_Target] = []
    if nav_map is not None:
        _ncx_points(nav_map, base, 1, targets)
    return targets


def _ncx_points(parent: etree._Element, base: str, level: int, out: list[_Target]) -> None:
    for point in parent:
        if local_name(point) != "navpoint":
            continue
        label = next((c for c in point if local_name(c) == "navlabel"), None)
        content = next((c for c in point if local_name(c) == "content"), None)
        title = plain_text(label) if label is not None else ""
        src = content.get("src") if content is not None else None
        if title:
            path, fragment = _split(base, src) if src else (None, "")
            out.append(_Target(title, path, fragment, level))
        _ncx_points(point, base, level + 1, out)


def _resolve(
    targets: list[_Target], starts: dict[str, int], ids: dict[str, dict[str, int]], end: int
) -> tuple[TocEntry, ...]:
    """Contents entries with offsets; an entry without a link takes the next one's."""
    entries: list[TocEntry | _Target] = []
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


def _join(base: str, href: str) -> str:
    path = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(base, path)).lstrip("/")


def _split(base: str, href: str) -> tuple[str, str]:
    path, _, fragment = href.partition("#")
    return _join(base, path), unquote(fragment)


# -- chapters ---------------------------------------------------------------------------


def parse_markup(data: bytes, member: str) -> etree._Element:
    """An XML or XHTML part, parsed safely: strictly if it is well-formed XML (HTML's
    named entities allowed), else leniently."""
    text = _decode_part(data)
    text = XML_DECLARATION.sub("", text, count=1)
    text = _ENTITY.sub(_numeric_entity, text)
    if not text.strip():
        raise _DamagedError(f"{member} is empty")
    try:
        return etree.fromstring(text, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        pass
    try:
        root = etree.fromstring(text, parser=_RECOVERING_PARSER)
    except etree.XMLSyntaxError:
        root = None
    if root is not None and len(root):
        return root
    try:
        return document_fromstring(text, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        raise _DamagedError(f"{member} cannot be parsed") from None


def _decode_part(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    declared = XML_ENCODING.search(data[:200])
    encoding = "utf-8"
    if declared is not None:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            encoding = "utf-8"
    return data.decode(encoding, "replace")


def _numeric_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_PREDEFINED:
        return match.group(0)
    value = html.entities.html5.get(name + ";")
    if value is None:
        return match.group(0)
    return "".join(f"&#{ord(char)};" for char in value)


def _body(root: etree._Element) -> etree._Element:
    return next((e for e in root.iter() if local_name(e) == "body"), root)


_HEADINGS = {f"h{n}": heading(n) for n in range(1, 7)}
_SKIPPED = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "audio",
        "video",
        "img",
        "image",
        "rt",
        "rp",
        "button",
        "input",
        "select",
        "textarea",
        "meta",
        "link",
        "base",
    }
)
_CONTAINERS = frozenset(
    {
        "html",
        "body",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "main",
        "nav",
        "figure",
        "figcaption",
        "address",
        "center",
        "caption",
        "hr",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "hgroup",
        "details",
        "summary",
        "fieldset",
        "legend",
        "form",
        "menu",
        "colgroup",
    }
)


def _classify(element: etree._Element) -> Rule:
    name = local_name(element)
    if name in _SKIPPED or element.get("hidden") is not None:
        return SKIP
    types = (element.get(f"{{{_OPS}}}type") or element.get("epub:type") or "").split()
    if "pagebreak" in types:  # print page numbers: not text of the book
        return SKIP
    if name in _HEADINGS:
        return _HEADINGS[name]
    if name == "p":
        return PARAGRAPH
    if name in ("li", "dt", "dd"):
        return LIST_ITEM
    if name == "blockquote":
        return QUOTE
    if name == "pre":
        return PREFORMATTED
    if name == "br":
        return BREAK
    if name in ("td", "th"):
        return CELL
    if name == "tr":
        return PARAGRAPH
    if name in _CONTAINERS:
        return CONTAINER
    return INLINE
