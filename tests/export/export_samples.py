"""Shared by the export tests: sample documents, strategies, and a CommonMark reading."""

from __future__ import annotations

import hashlib
import importlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reader.core.annotations import Annotation, Colour, quote_at
from reader.core.document import Block, BlockKind
from reader.core.entities import EntityLabel, EntitySpan
from reader.export.model import ExportDocument

CREATED = datetime(2026, 11, 26, 14, 5, 0)

ARTICLE_PARTS: tuple[tuple[BlockKind, str, int], ...] = (
    (BlockKind.HEADING, "Alibaba ouvre ses centres de données du Hebei", 1),
    (BlockKind.PARAGRAPH, "Dernière mise à jour à 13h34 le 13/09", 0),
    (
        BlockKind.PARAGRAPH,
        "Jeff Zhang, directeur de la technologie du groupe, a annoncé que les centres "
        "seraient alimentés par des énergies renouvelables.",
        0,
    ),
    (BlockKind.HEADING, "Un marché *disputé* #2", 2),
    (BlockKind.LIST_ITEM, "Tencent investit 1,5 milliard de yuans;", 0),
    (BlockKind.LIST_ITEM, "Baidu suit <de près>.", 0),
    (BlockKind.QUOTE, "« Le cloud est l’électricité de demain », a-t-il dit.", 0),
    (BlockKind.PREFORMATTED, "def capacity(n):\n    return n * 2  # `x`", 0),
    (BlockKind.PARAGRAPH, "1. Ceci n’est pas une liste, et 2 * 3 = 6 & 7 > 5.", 0),
)


def build(parts: Sequence[tuple[BlockKind, str, int]]) -> tuple[str, tuple[Block, ...]]:
    """Text (parts joined by newlines) and one block per part."""
    text = ""
    blocks: list[Block] = []
    for kind, content, level in parts:
        if text:
            text += "\n"
        blocks.append(Block(kind, len(text), len(text) + len(content), level))
        text += content
    return text, tuple(blocks)


ARTICLE, ARTICLE_BLOCKS = build(ARTICLE_PARTS)


def make_id(n: int) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(str(n).encode()).digest()[:16], version=4))


def annotation(
    text: str,
    start: int,
    end: int,
    *,
    n: int = 1,
    colour: Colour = Colour.YELLOW,
    note: str = "",
    tags: tuple[str, ...] = (),
    orphan: bool = False,
    ident: str | None = None,
) -> Annotation:
    return Annotation(
        id=ident or make_id(n),
        document_id=1,
        start=start,
        end=end,
        quote=quote_at(text, start, end),
        colour=colour,
        note=note,
        tags=tags,
        created=CREATED.replace(minute=n % 60),
        updated=CREATED.replace(minute=n % 60, second=30, microsecond=123456),
        orphan=orphan,
    )


def span_of(text: str, passage: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    return start, start + len(passage)


def article_document(
    annotations: Sequence[Annotation] = (),
    entities: Sequence[EntitySpan] = (),
    **changes: object,
) -> ExportDocument:
    fields: dict[str, object] = {
        "title": "Alibaba ouvre ses centres de données du Hebei",
        "text": ARTICLE,
        "blocks": ARTICLE_BLOCKS,
        "annotations": tuple(annotations),
        "entities": tuple(entities),
        "source": "/home/ann/articles/alibaba.txt",
        "language": "fr",
        "app_version": "0.1.0",
        "exported": CREATED,
    }
    fields.update(changes)
    return ExportDocument(**fields)  # type: ignore[arg-type]


def sample_annotations() -> list[Annotation]:
    """Overlapping, block-spanning, noted and tagged highlights of ARTICLE, and an orphan."""
    text = ARTICLE
    a = span_of(text, "Jeff Zhang, directeur")
    b = span_of(text, "directeur de la technologie")
    c = (span_of(text, "renouvelables.")[0], span_of(text, "Un marché")[1])
    d = span_of(text, "return n * 2")
    return [
        annotation(
            text, *a, n=1, note="Premier responsable cité", tags=("personne", "chine/cloud")
        ),
        annotation(text, *b, n=2, colour=Colour.BLUE, note="Ligne 1\nLigne 2\n\nParagraphe 2"),
        annotation(text, *c, n=3, colour=Colour.GREEN, tags=("marché",)),
        annotation(text, *d, n=4, colour=Colour.RED),
        annotation(text, 0, 5, n=5, colour=Colour.PURPLE, note="Perdu", orphan=True),
    ]


def sample_entities() -> list[EntitySpan]:
    text = ARTICLE
    out = []
    for passage, label in (
        ("Jeff Zhang", EntityLabel.PERSON),
        ("Alibaba", EntityLabel.ORG),
        ("Hebei", EntityLabel.PLACE),
        ("Tencent", EntityLabel.ORG),
    ):
        start, end = span_of(text, passage)
        out.append(EntitySpan(start, end, label, passage))
    return out


# -- reading rendered HTML --------------------------------------------------------------------

LEAF_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}


@dataclass
class Reading:
    """What an HTML fragment shows: leaf block texts, tags used, nesting errors."""

    blocks: list[str] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    attributes: set[str] = field(default_factory=set)
    mark_classes: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    VOID = frozenset({"br", "hr", "img", "meta", "input", "link", "wbr"})

    def __init__(self, stop_at_heading: str | tuple[str, ...] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.reading = Reading()
        self.stack: list[str] = []
        self.current: list[str] = []
        self.skip = 0  # inside <sup> (footnote references)
        self.stop_at_heading = stop_at_heading
        self.heading_text: list[str] | None = None
        self.stopped = False

    def flush(self) -> None:
        text = normalise("".join(self.current))
        if text:
            self.reading.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        reading = self.reading
        reading.tags.add(tag)
        attributes = dict(attrs)
        reading.attributes.update(attributes)
        if attributes.get("id"):
            reading.ids.append(attributes["id"] or "")
        if attributes.get("href") is not None:
            reading.hrefs.append(attributes["href"] or "")
        if tag == "mark":
            reading.mark_classes.append(attributes.get("class") or "")
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag in LEAF_BLOCKS:
            self.flush()
        if tag == "sup":
            self.skip += 1
        if tag == "h2" and self.stop_at_heading is not None:
            self.heading_text = []

    def handle_endtag(self, tag: str) -> None:
        if self.stopped or tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.reading.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "sup":
            self.skip -= 1
        if tag == "h2" and self.heading_text is not None:
            stops = self.stop_at_heading
            stops = (stops,) if isinstance(stops, str) else stops or ()
            if "".join(self.heading_text).strip() in stops:
                self.current = []
                self.stopped = True
                return
            self.heading_text = None
        if tag in LEAF_BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.stopped:
            return
        if self.heading_text is not None:
            self.heading_text.append(data)
        if not self.skip:
            self.current.append(data)


def read_html(html: str, *, stop_at_heading: str | tuple[str, ...] | None = None) -> Reading:
    """Leaf block texts (whitespace collapsed, ``<sup>`` skipped) and tag nesting errors.

    With ``stop_at_heading``, reading stops at the ``<h2>`` with that text (the block
    before it excluded).
    """
    reader = _Reader(stop_at_heading)
    reader.feed(html)
    reader.close()
    if not reader.stopped:
        reader.flush()
        if reader.stack:
            reader.reading.errors.append(f"unclosed {reader.stack}")
    return reader.reading


_OUR_REFERENCE = re.compile(r"(?<=</mark>)\[\^a-[0-9a-f]+(?:-[0-9]+)?\]")


def footnotes_plugin() -> Any:
    """mdit-py-plugins' footnote plugin, or None where that test tool is not installed."""
    try:
        return importlib.import_module("mdit_py_plugins.footnote").footnote_plugin
    except ImportError:  # pragma: no cover - optional test tool
        return None


def commonmark(markdown: str, *, footnotes: bool = True) -> str:
    """Render with markdown-it-py's CommonMark preset (HTML on), plus footnotes.

    Footnotes come from mdit-py-plugins when it is installed; without it, our
    footnote references (right after a ``</mark>``) are turned into ``<sup>`` so the
    text reads the same.
    """
    renderer = MarkdownIt("commonmark", {"html": True})
    plugin = footnotes_plugin() if footnotes else None
    if plugin is not None:
        renderer = renderer.use(plugin)
    elif footnotes:  # pragma: no cover - optional test tool
        markdown = _OUR_REFERENCE.sub(lambda m: f"<sup>{m.group()}</sup>", markdown)
    return str(renderer.render(markdown))


def split_front_matter(markdown: str) -> tuple[str, str]:
    """(YAML between the ``---`` lines, the rest)."""
    assert markdown.startswith("---\n")
    end = markdown.index("\n---\n", 4)
    return markdown[4:end], markdown[end + 5 :]


def normalise(text: str) -> str:
    """Whitespace runs collapsed (a BOM counts as whitespace: some renderers trim it)."""
    return " ".join(text.replace("\ufeff", " ").split())


def expected_blocks(text: str, blocks: Sequence[Block]) -> list[str]:
    """What each block shows once whitespace runs are collapsed (empty ones dropped)."""
    out = [normalise(text[b.start : b.end]) for b in blocks]
    return [t for t in out if t]


# -- hypothesis strategies --------------------------------------------------------------------

# Pieces that mean something to Markdown (or HTML), mixed with ordinary text.
HOSTILE_PIECES = [
    "*", "**", "_", "__", "#", "# ", "## ", "###### ", "1.", "1. ", "2)", "10. ", "-", "- ",
    "+ ", "* ", "[", "]", "[x]", "[x](javascript:alert(1))", "![i](x.png)", "[^1]", "[^a-1]",
    "[x]: /url", "(", ")", "<", ">", "> ", "<b>", "</b>", "<div>", "</mark>", "<mark>",
    "<script>alert(1)</script>", "<!-- c -->", "<?php ?>", "<![CDATA[x]]>", "<!DOCTYPE html>",
    "<http://example.com>", "<a@b.c>", "|", "| a | b |", "|---|---|", "`", "``", "```",
    "~", "~~", "~~~", "&", "&amp;", "&#35;", "&#x41;", "&copy", "&nbsp;", "\\", "\\*", "\\\n",
    "    ", "\t", "  \n", "\n", "\n\n", "\n   \n", "===", "---", "***", "___", "- - -", "=",
    "$", "$x$", "^", ":", "!", "{", "}", "%%", "==", "a", "b c", "word", "é", "ß", "\u00a0",
    "\u200b", "\u2028", "\x0c", "\x0b", "\r", "\r\n", "🙂", "👩‍👩‍👧", "𠀀", "שלום", "مرحبا",
    "\u202e", "日本語", " ", "  ", "www.example.com", "http://x.y/z_a_", "a_b_c", "2*3*4",
]  # fmt: skip


def _no_nul(text: str) -> bool:
    return "\x00" not in text


hostile_text = st.lists(st.sampled_from(HOSTILE_PIECES), max_size=25).map("".join)
any_text = st.text(st.characters(exclude_characters="\x00"), max_size=80)
mixed_text = st.lists(st.one_of(hostile_text, any_text), max_size=4).map("".join).filter(_no_nul)
