"""Saved web pages: the main article only, with its headings, lists and quotes.

- The bytes are decoded here, not by a library: a page's declared charset is often
  wrong (a page saved as UTF-8 still saying ``iso-8859-1``, or the reverse). Bytes
  that are valid UTF-8 are UTF-8 (legacy text almost never is by accident); else the
  declared charset if it names a text encoding (WHATWG labels) and decodes them to
  text; else the encoding is detected (:mod:`reader.formats.decoding`).
- The page is parsed by lxml; navigation, page headers and footers, sidebars,
  scripts, styles, forms and embedded objects are dropped; trafilatura then picks
  the article out of what is left (ads, share bars, "read also" boxes...) and reads
  the metadata (title, author, date, site).
- trafilatura's structured output (XML elements ``head``, ``p``, ``list``/``item``,
  ``quote``, ``code``, ``table``/``row``/``cell``, with formatting ``hi``, ``del``,
  links ``ref`` and images ``graphic``) becomes the blocks and their rich structure
  (:mod:`reader.core.rich`); nothing of the page's markup is kept. Figure captions,
  which trafilatura drops, are turned into paragraphs before it looks and marked as
  captions after.
- Nothing is ever fetched: no URL is given to trafilatura and the parser has network
  access off. An image is shown only if it is a file saved with the page (in the
  page's folder, e.g. ``page_files/``); links are kept with the page's address as
  their base, to be opened only when the user asks.
- Safety: the HTML parser loads no DTD and expands no entity it does not know;
  a tree nested deeper than libxml2 reads (256 levels) is flattened first
  (:mod:`reader.formats.nesting`), so its text is not lost.
"""

from __future__ import annotations

import codecs
import logging
import re
from functools import partial
from pathlib import Path

from lxml import etree
from lxml.html import HtmlElement, HTMLParser

from reader.core.document import BlockKind, Document, TocEntry, normalise_newlines
from reader.core.errors import DocumentError
from reader.core.messages import Msg, message
from reader.core.rich import Style
from reader.formats.decoding import decode_declared, decode_text, web_codec
from reader.formats.flow import FlowWriter, collapse
from reader.formats.images import local_images
from reader.formats.links import resolve_link
from reader.formats.nesting import parse_html
from reader.formats.structure import (
    BREAK,
    CAPTION,
    CONTAINER,
    INLINE,
    ITEM,
    PARAGRAPH,
    PREFORMATTED,
    QUOTE,
    ROW,
    SKIP,
    STYLES,
    TABLE,
    XML_DECLARATION,
    XML_ENCODING,
    Classifier,
    FlowWalker,
    Role,
    Rule,
    cell_rule,
    heading,
    list_rule,
    local_name,
    plain_text,
)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml"})
MAX_HTML_BYTES = 20 * 1024 * 1024
"""Largest page read: lxml and trafilatura hold several copies of the tree in memory."""

# trafilatura and its helpers log what they discard; a library must not print.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
# Never part of an article: dropped before trafilatura looks for it.
_DROP = etree.XPath(
    "//script | //style | //noscript | //template | //iframe | //frame | //frameset"
    " | //object | //embed | //applet | //svg | //math | //canvas | //audio | //video"
    " | //form | //button | //select | //textarea | //input | //dialog | //nav"
    " | //*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='search'"
    " or @role='complementary' or @hidden or @aria-hidden='true']"
    " | //header[not(ancestor::article or ancestor::main)]"
    " | //footer[not(ancestor::article or ancestor::main)]"
    " | //aside[not(ancestor::article or ancestor::main)]"
)
_PARSER = HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    default_doctype=False,
    collect_ids=False,
    huge_tree=False,
)


def decode_html(data: bytes, name: str) -> str:
    """The page's text: UTF-8 if valid, else its declared charset if that decodes it to
    text, else a detected one. DocumentError if it is not text."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, name)
    if b"\x00" in data:
        return decode_text(data, name)  # UTF-16/32 without a BOM, or refused as binary
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = declared_charset(data)
    declared = decode_declared(data, codec) if codec is not None else None
    return declared if declared is not None else decode_text(data, name)


def declared_charset(data: bytes) -> str | None:
    """The Python codec the page says it is in (meta tag or XML declaration), if that
    names a text encoding: see :func:`reader.formats.decoding.web_codec`."""
    head = data[:_SNIFF_BYTES]
    found = XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    return web_codec(found.group(1).decode("ascii", "replace"))


def load_html(data: bytes, name: str, title_fallback: str, folder: Path | None = None) -> Document:
    """A web page's article as a Document (format "html"; ``source`` left to the caller).
    ``folder`` is where the page was saved: its images are read from there only."""
    source = normalise_newlines(decode_html(data, name))
    saved_from = _SAVED_FROM.search(source[:_SNIFF_BYTES])
    source = XML_DECLARATION.sub("", source, count=1)
    if not source.strip():
        raise DocumentError(message(Msg.FILE_EMPTY, name=name))
    tree = _parse(source, name)
    language = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    for element in _DROP(tree):
        if isinstance(element, HtmlElement) and element.getparent() is not None:
            element.drop_tree()
    captions = _captions_as_paragraphs(tree)
    import trafilatura  # noqa: PLC0415  (0.1 s to import: only when a page is opened)

    try:
        extracted = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_links=True,
            include_formatting=True,
            deduplicate=False,
            # The date from the page's markup only: searching the whole text for dates
            # (htmldate's "extensive search", dateparser) takes seconds on a long page.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # a third-party parser on untrusted input
        raise DocumentError(message(Msg.PAGE_UNREADABLE, name=name, reason=str(exc))) from exc
    body = getattr(extracted, "body", None)
    if body is None:
        raise DocumentError(message(Msg.PAGE_NO_ARTICLE, name=name))
    writer = FlowWriter()
    FlowWalker(writer, _classifier(captions), local_images(folder)).walk(body)
    text = writer.text()
    if not text.strip():
        raise DocumentError(message(Msg.PAGE_NO_ARTICLE, name=name))
    page_url = _meta(extracted, "url") or (saved_from.group(1) if saved_from else None)
    writer.resolve_links(partial(resolve_link, writer.anchors, page_url))
    blocks = tuple(writer.blocks)
    first_heading = next((b for b in blocks if b.kind is BlockKind.HEADING), None)
    title = _meta(extracted, "title") or (
        text[first_heading.start : first_heading.end] if first_heading else title_fallback
    )
    metadata = {
        key: value
        for key, value in (
            ("date", _meta(extracted, "date")),
            ("site", _meta(extracted, "sitename")),
            ("url", page_url),
            ("description", _meta(extracted, "description")),
            ("language", collapse(language) if language else None),
        )
        if value
    }
    toc = tuple(
        TocEntry(text[b.start : b.end].replace("\n", " "), b.start, b.level)
        for b in blocks
        if b.kind is BlockKind.HEADING
    )
    return Document(
        text,
        collapse(title),
        blocks,
        "html",
        author=_meta(extracted, "author"),
        metadata=metadata,
        toc=toc if len(toc) > 1 else (),
        rich=writer.rich(),
    )


def _parse(source: str, name: str) -> HtmlElement:
    """The page's tree; a page nested too deep for libxml2 is flattened first."""
    try:
        tree = parse_html(source, _PARSER)
    except (etree.ParserError, ValueError):
        raise DocumentError(message(Msg.PAGE_EMPTY, name=name)) from None
    return tree


def _captions_as_paragraphs(tree: etree._Element) -> frozenset[str]:
    """trafilatura drops ``<figcaption>``: make each one a paragraph it keeps, and
    return their texts, to mark them as captions again in its output."""
    captions = set()
    for element in tree.iter("figcaption"):
        text = plain_text(element)
        if text:
            captions.add(text)
            element.tag = "p"
    return frozenset(captions)


def _meta(extracted: object, key: str) -> str | None:
    value = getattr(extracted, key, None)
    if not isinstance(value, str):
        return None
    return collapse(value) or None


_HEADING_LEVEL = re.compile(r"h([1-6])")
_RENDITIONS = {
    "#i": Style.EMPHASIS,
    "#b": Style.STRONG,
    "#u": Style.UNDERLINE,
    "#t": Style.CODE,
    "#sub": Style.SUB,
    "#sup": Style.SUP,
}
_INLINE_PARENTS = frozenset({"p", "item", "head", "cell", "hi", "ref", "del", "quote"})


def _classifier(captions: frozenset[str]) -> Classifier:
    """trafilatura's XML vocabulary (see its documentation, "XML output")."""

    def classify(element: etree._Element) -> Rule:
        name = local_name(element)
        if name == "hi":
            style = _RENDITIONS.get(element.get("rend") or "")
            return STYLES[style] if style is not None else INLINE
        if name == "ref":
            return Rule(Role.INLINE, style=Style.LINK, href=element.get("target") or "")
        if name == "p":
            previous = element.getprevious()
            if captions and previous is not None and local_name(previous) == "graphic":
                return CAPTION if plain_text(element) in captions else PARAGRAPH
            return PARAGRAPH
        if name == "head":
            found = _HEADING_LEVEL.fullmatch(element.get("rend") or "")
            return heading(int(found.group(1)) if found else 2)
        if name == "item":
            return ITEM
        if name == "list":
            return list_rule(element.get("rend") == "ol")
        if name == "quote":
            return QUOTE
        if name == "code":
            parent = element.getparent()
            inline = parent is not None and local_name(parent) in _INLINE_PARENTS
            return STYLES[Style.CODE] if inline else PREFORMATTED
        if name == "del":
            return STYLES[Style.STRIKE]
        if name == "lb":
            return BREAK
        if name == "graphic":
            return Rule(
                Role.IMAGE,
                src=element.get("src") or "",
                alt=element.get("alt") or "",
                title=element.get("title") or "",
            )
        if name == "table":
            return TABLE
        if name == "row":
            return ROW
        if name == "cell":
            return cell_rule(element.get("role") == "head")
        if name in {"div", "body", "main", "doc"}:
            return CONTAINER
        if name == "comments":
            return SKIP
        return INLINE

    return classify
