"""XHTML and HTML fragments: parsed safely, read with HTML's own vocabulary.

Book chapters (EPUB) and the raw HTML blocks of a Markdown file are read the same
way: :func:`parse_markup` parses them (strictly if they are well-formed XML, else
leniently), and :func:`classify` says how :class:`~reader.formats.structure.FlowWalker`
reads each HTML element: blocks, lists, tables, figures, notes (EPUB's
``epub:type="footnote"`` asides), inline styles, links and note references, images.

Safety: entities are never resolved (HTML's named entities are turned into
character references first, so nothing else is expanded: no billion laughs), no DTD
is loaded, nothing is fetched; a part nested deeper than libxml2 reads is flattened
(:mod:`reader.formats.nesting`) rather than cut short.
"""

from __future__ import annotations

import codecs
import html.entities
import re

from lxml import etree
from lxml.html import HTMLParser

from reader.core.document import BlockKind
from reader.core.rich import Style
from reader.formats import nesting
from reader.formats.flow import FlowWriter
from reader.formats.nesting import flatten, too_deep
from reader.formats.structure import (
    BREAK,
    CAPTION,
    CONTAINER,
    INDENT,
    INLINE,
    NOTE,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    ROW,
    RULE,
    SKIP,
    STYLES,
    TABLE,
    XML_DECLARATION,
    XML_ENCODING,
    FlowWalker,
    ImageResolver,
    Role,
    Rule,
    cell_rule,
    heading,
    item_rule,
    list_rule,
    local_name,
)

OPS = "http://www.idpf.org/2007/ops"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_XML_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")


def _xml_parser(*, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


_XML_PARSER = _xml_parser(recover=False)
_RECOVERING_PARSER = _xml_parser(recover=True)
_HTML_PARSER = HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
)


class MarkupError(Exception):
    """A part cannot be read as markup at all."""


def parse_markup(data: bytes, member: str) -> etree._Element:
    """An XML or XHTML part, parsed safely: strictly if it is well-formed XML (HTML's
    named entities allowed), else leniently."""
    text = _ENTITY.sub(_numeric_entity, XML_DECLARATION.sub("", _decode_part(data), count=1))
    if not text.strip():
        raise MarkupError(f"{member} is empty")
    try:
        return etree.fromstring(text, parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        if too_deep(exc):
            text = flatten(text, html=False)
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
    return parse_html(text, member)


def parse_html(text: str, member: str) -> etree._Element:
    """An HTML document or fragment, parsed leniently."""
    try:
        root = nesting.parse_html(text, _HTML_PARSER)
    except (etree.ParserError, ValueError):
        raise MarkupError(f"{member} cannot be parsed") from None
    return root


def html_flow(text: str, images: ImageResolver) -> FlowWriter:
    """An HTML fragment (a Markdown file's raw HTML block) as blocks."""
    writer = FlowWriter()
    if text.strip():
        try:
            root = parse_html(_ENTITY.sub(_numeric_entity, text), "html")
        except MarkupError:
            return writer
        FlowWalker(writer, classify, images).walk(body_of(root))
    return writer


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


def body_of(root: etree._Element) -> etree._Element:
    return next((e for e in root.iter() if local_name(e) == "body"), root)


def epub_types(element: etree._Element) -> list[str]:
    """EPUB's semantic types of an element, with the ARIA roles that mean the same."""
    value = element.get(f"{{{OPS}}}type") or element.get("epub:type") or ""
    role = element.get("role") or ""
    return value.split() + [r.removeprefix("doc-") for r in role.split()]


_HEADINGS = {f"h{n}": heading(n) for n in range(1, 7)}
_SKIPPED = frozenset(
    [
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "rt",
        "rp",
        "button",
        "input",
        "select",
        "textarea",
        "meta",
        "link",
        "base",
    ]
)
_CONTAINERS = frozenset(
    [
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
        "address",
        "center",
        "hgroup",
        "details",
        "summary",
        "fieldset",
        "legend",
        "form",
        "menu",
        "colgroup",
        "thead",
        "tbody",
        "tfoot",
    ]
)
_INLINE_STYLES = {
    **dict.fromkeys(("em", "i", "cite", "dfn", "var"), Style.EMPHASIS),
    **dict.fromkeys(("strong", "b"), Style.STRONG),
    **dict.fromkeys(("code", "kbd", "samp", "tt"), Style.CODE),
    **dict.fromkeys(("s", "strike", "del"), Style.STRIKE),
    **dict.fromkeys(("u", "ins"), Style.UNDERLINE),
    "mark": Style.MARK,
    "sub": Style.SUB,
    "sup": Style.SUP,
}
_NOTES = frozenset({"footnote", "endnote", "rearnote", "note"})
_DEFINITION_TERM = Rule(Role.BLOCK, BlockKind.PARAGRAPH, style=Style.STRONG)


def classify(element: etree._Element) -> Rule:
    """How to read an (X)HTML element."""
    name = local_name(element)
    if name in _SKIPPED or element.get("hidden") is not None:
        return SKIP
    types = epub_types(element)
    if "pagebreak" in types:  # print page numbers: not text of the book
        return SKIP
    style = _INLINE_STYLES.get(name)
    if style is not None:
        return STYLES[style]
    if name == "a":
        href = element.get("href")
        if not href:
            return INLINE
        style = Style.NOTE_REF if "noteref" in types else Style.LINK
        return Rule(Role.INLINE, style=style, href=href)
    if name in _HEADINGS:
        return _HEADINGS[name]
    if name == "p":
        return PARAGRAPH
    if name in ("ul", "ol", "menu"):
        return list_rule(name == "ol", element.get("start"))
    if name == "li":
        return item_rule(element.get("value"))
    if name == "dt":
        return _DEFINITION_TERM
    if name == "dd":
        return INDENT
    if name == "blockquote":
        return QUOTE
    if name == "pre":
        return PREFORMATTED
    if name == "br":
        return BREAK
    if name == "hr":
        return RULE
    if name in ("img", "image", "svg"):
        return _image(element, name)
    if name in ("figcaption", "caption"):
        return CAPTION
    if name == "table":
        return TABLE
    if name == "tr":
        return ROW
    if name in ("td", "th"):
        align = element.get("align") or _css_align(element.get("style") or "")
        return cell_rule(name == "th", align, element.get("colspan"))
    if name in ("aside", "div", "section") and _NOTES.intersection(types):
        return NOTE
    if name in _CONTAINERS or name == "dl":
        return CONTAINER
    return INLINE


def _image(element: etree._Element, name: str) -> Rule:
    if name == "svg":  # a picture wrapped in SVG (fixed-layout pages): its <image>
        inner = next((e for e in element.iter() if local_name(e) == "image"), None)
        if inner is None:
            return SKIP
        element = inner
    src = element.get("src") or element.get(_XLINK_HREF) or element.get("href") or ""
    return Rule(Role.IMAGE, src=src, alt=element.get("alt") or "", title=element.get("title") or "")


_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center)", re.IGNORECASE)


def _css_align(style: str) -> str:
    found = _ALIGN.search(style)
    return found.group(1) if found else ""
