"""Markdown to a document whose canonical text is the visible text, with its structure.

Parsed by markdown-it-py (CommonMark) with GitHub's extensions (tables,
strikethrough, task lists, alerts, bare-URL links) and mdit-py-plugins (footnotes,
including inline ones, YAML front matter, ``:::`` containers, definition lists,
``~sub~`` and ``^sup^``). The token stream is read into the builders of
:mod:`reader.formats.flow`:

- headings, paragraphs, block quotes (nested quotes one level deeper), lists with
  their numbers and nesting, task items (checked or not), code blocks (kept exactly),
  tables (see :mod:`reader.core.rich` for how cells are separated), rules;
- inline emphasis, strong, code, strikethrough, sub/superscript, links, images and
  the few inline HTML tags with the same meaning (``<b>``, ``<sub>``, ``<br>``...);
  other raw HTML is read like a web page's (tables, images, paragraphs), its tags
  never shown;
- footnote references are their label as markdown-it shows it (``[1]``), linked to
  the notes, which follow the text (after a rule), numbered;
- GitHub alerts (``> [!NOTE]``) and ``::: tip Title`` containers become block quotes
  opening with their title in bold;
- YAML front matter is metadata (title, author, date, tags, description, language),
  not text; a file that merely opens with a ``---`` rule is not front matter.

Headings can be linked to (``[see](#heading-text)``) by GitHub's slugs or by an
explicit ``{#id}`` at the end of the heading, which is not text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin

from reader.core.document import BlockKind, Document, TocEntry
from reader.core.rich import Align, Span, Style
from reader.formats.flow import (
    CellText,
    FlowWriter,
    Inline,
    InlineText,
    Nesting,
    OpenStyle,
    collapse,
)
from reader.formats.front_matter import front_matter
from reader.formats.images import local_images
from reader.formats.links import resolve_link
from reader.formats.structure import ImageResolver
from reader.formats.xhtml import html_flow

_SIMPLE = {
    "em": Style.EMPHASIS,
    "strong": Style.STRONG,
    "s": Style.STRIKE,
    "sub": Style.SUB,
    "sup": Style.SUP,
}
_HTML_STYLES = {
    **dict.fromkeys(("em", "i", "cite"), Style.EMPHASIS),
    **dict.fromkeys(("strong", "b"), Style.STRONG),
    **dict.fromkeys(("code", "kbd", "samp", "tt"), Style.CODE),
    **dict.fromkeys(("s", "strike", "del"), Style.STRIKE),
    **dict.fromkeys(("u", "ins"), Style.UNDERLINE),
    "mark": Style.MARK,
    "sub": Style.SUB,
    "sup": Style.SUP,
}
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>")
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_HEADING_ATTRIBUTES = re.compile(r"\s*\{\s*([#.][^{}]*)\}\s*$")
_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center)")
_SLUG_DROP = re.compile(r"[^\w\- ]")


@lru_cache(maxsize=2)
def _parser(with_front_matter: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"typographer": False})
    md.enable(["table", "strikethrough"])
    md.options["tasklists"] = True
    md.options["alerts"] = True
    md.use(gfm_autolink_plugin)
    md.use(footnote_plugin, inline=True)
    md.use(container_plugin, name="any", validate=lambda _params, *_args: True)
    md.use(deflist_plugin)
    md.use(sub_plugin)
    md.use(superscript_plugin)
    if with_front_matter:
        md.use(front_matter_plugin)
    return md


def load_markdown(source: str, title_fallback: str, folder: Path | None = None) -> Document:
    """A Markdown text (already decoded) as a Document (format "markdown")."""
    tokens = _parser(True).parse(source)
    metadata: dict[str, str] = {}
    if tokens and tokens[0].type == "front_matter":
        found = front_matter(tokens[0].content)
        if found is None:  # a rule, text and a rule: not front matter
            tokens = _parser(False).parse(source)
        else:
            metadata = found
    reader = _TokenReader(local_images(folder))
    reader.read(tokens)
    writer = reader.writer
    text = writer.text()
    writer.resolve_links(partial(resolve_link, writer.anchors, None))
    blocks = tuple(writer.blocks)
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    first = next((b for b in headings if b.level == 1), None)
    title = metadata.pop("title", "") or (
        collapse(text[first.start : first.end]) if first else title_fallback
    )
    toc = tuple(
        TocEntry(text[b.start : b.end].replace("\n", " "), b.start, b.level) for b in headings
    )
    return Document(
        text,
        title,
        blocks,
        "markdown",
        author=metadata.pop("author", None),
        metadata=metadata,
        toc=toc if len(toc) > 1 else (),
        rich=writer.rich(),
    )


class _TokenReader:
    def __init__(self, images: ImageResolver) -> None:
        self.writer = FlowWriter()
        self._images = images
        self._nesting = Nesting()
        self._next_kind: tuple[BlockKind, int] = (BlockKind.PARAGRAPH, 0)
        self._strong_next = False  # a definition term, an alert's or container's title
        self._rows: list[list[CellText]] | None = None
        self._cell: tuple[bool, Align] = (False, Align.NONE)
        self._slugs: dict[str, int] = {}

    def read(self, tokens: Sequence[Token]) -> None:
        for token in tokens:
            handler = getattr(self, "_" + token.type, None)
            if handler is not None:
                handler(token)
            elif token.type.startswith("container_"):
                self._container(token)

    # -- blocks -------------------------------------------------------------------------

    def _heading_open(self, token: Token) -> None:
        self._next_kind = (BlockKind.HEADING, int(token.tag[1:]))

    def _paragraph_open(self, _token: Token) -> None:
        self._next_kind = (BlockKind.PARAGRAPH, 0)

    def _dt_open(self, _token: Token) -> None:
        self._next_kind = (BlockKind.PARAGRAPH, 0)
        self._strong_next = True

    def _alert_title_open(self, _token: Token) -> None:
        self._strong_next = True

    def _inline(self, token: Token) -> None:
        children = list(token.children or ())
        kind, level = self._next_kind
        anchor = ""
        if kind is BlockKind.HEADING and children and children[-1].type == "text":
            found = _HEADING_ATTRIBUTES.search(children[-1].content)
            if found is not None:
                children[-1] = _with_content(children[-1], children[-1].content[: found.start()])
                anchor = next(
                    (p[1:] for p in found.group(1).split() if p.startswith("#") and p[1:]), ""
                )
        inline = InlineText()
        strong = inline.open(Style.STRONG) if self._strong_next else None
        self._inline_children(inline, children)
        if strong is not None:
            inline.close(strong)
        self._strong_next = False
        result = inline.finish()
        if self._rows is not None:
            header, align = self._cell
            if self._rows:
                self._rows[-1].append(CellText(result, header, align))
            return
        block = self.writer.add(self._nesting.place(kind, level), result)
        self._next_kind = (BlockKind.PARAGRAPH, 0)
        if block is not None and kind is BlockKind.HEADING:
            if anchor:
                self.writer.anchors.setdefault(anchor, block.start)
            self._slug(collapse(result.text), block.start)

    def _slug(self, heading: str, start: int) -> None:
        """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as
        hyphens, ``-1``, ``-2``... for repeats."""
        slug = _SLUG_DROP.sub("", heading.lower()).replace(" ", "-")
        seen = self._slugs.get(slug, 0)
        self._slugs[slug] = seen + 1
        self.writer.anchors.setdefault(f"{slug}-{seen}" if seen else slug, start)

    def _fence(self, token: Token) -> None:
        text = token.content.rstrip("\n").rstrip()
        if self._rows is None:
            self.writer.add(self._nesting.place(BlockKind.PREFORMATTED), text)

    _code_block = _fence

    def _hr(self, _token: Token) -> None:
        self.writer.rule()

    def _html_block(self, token: Token) -> None:
        self.writer.extend(html_flow(token.content, self._images))

    def _bullet_list_open(self, _token: Token) -> None:
        self._nesting.enter_list(False)

    def _ordered_list_open(self, token: Token) -> None:
        start = token.attrs.get("start")
        self._nesting.enter_list(True, int(start) if isinstance(start, int | str) else 1)

    def _list_item_open(self, token: Token) -> None:
        checked = token.meta.get("checked") if token.meta else None
        self._nesting.enter_item(checked if isinstance(checked, bool) else None)

    def _blockquote_open(self, _token: Token) -> None:
        self._nesting.enter_quote()

    def _alert_open(self, _token: Token) -> None:
        self._nesting.enter_quote()

    def _dd_open(self, _token: Token) -> None:
        self._nesting.enter_indent()

    def _footnote_block_open(self, _token: Token) -> None:
        self.writer.rule()

    def _footnote_open(self, token: Token) -> None:
        number = int(token.meta.get("id", 0)) + 1
        self.writer.anchor(f"fn{number}")
        self._nesting.enter_note(number)

    def _leave(self, _token: Token) -> None:
        self._nesting.leave()

    _bullet_list_close = _ordered_list_close = _list_item_close = _leave
    _blockquote_close = _alert_close = _dd_close = _footnote_close = _leave

    def _container(self, token: Token) -> None:
        if token.type.endswith("_open"):
            self._nesting.enter_quote()
            name, _, title = token.info.strip().partition(" ")
            title = title.strip() or name.strip().capitalize()
            if title:
                inline = InlineText()
                inline.add(title)
                text = inline.finish().text
                self.writer.add(self._nesting.place(BlockKind.PARAGRAPH), _bold(text))
        elif token.type.endswith("_close"):
            self._nesting.leave()

    # -- tables ----------------------------------------------------------------------------

    def _table_open(self, _token: Token) -> None:
        self._rows = []

    def _tr_open(self, _token: Token) -> None:
        if self._rows is not None:
            self._rows.append([])

    def _th_open(self, token: Token) -> None:
        self._cell = (True, _align(token))

    def _td_open(self, token: Token) -> None:
        self._cell = (False, _align(token))

    def _table_close(self, _token: Token) -> None:
        rows, self._rows = self._rows or [], None
        self.writer.table(rows, self._nesting.depth)

    # -- inline ----------------------------------------------------------------------------

    def _inline_children(self, inline: InlineText, children: list[Token]) -> None:
        opened: list[tuple[str, OpenStyle]] = []
        for child in children:
            kind = child.type
            if kind == "text":
                inline.add(child.content)
            elif kind == "softbreak":
                inline.add(" ")
            elif kind == "hardbreak":
                inline.line_break()
            elif kind == "code_inline":
                handle = inline.open(Style.CODE)
                inline.add(child.content)
                inline.close(handle)
            elif kind.endswith("_open") and kind[:-5] in _SIMPLE:
                opened.append((kind[:-5], inline.open(_SIMPLE[kind[:-5]])))
            elif kind == "link_open":
                href = child.attrs.get("href")
                opened.append(("link", inline.open(Style.LINK, str(href or ""))))
            elif kind.endswith("_close") and kind != "footnote_anchor":
                _close(inline, opened, "link" if kind == "link_close" else kind[:-6])
            elif kind == "image":
                src = str(child.attrs.get("src") or "")
                title = str(child.attrs.get("title") or "")
                inline.image(self._images(src), child.content, title)
            elif kind == "footnote_ref":
                number = int((child.meta or {}).get("id", 0)) + 1
                handle = inline.open(Style.NOTE_REF, f"#fn{number}")
                inline.add(f"[{number}]")
                inline.close(handle)
            elif kind == "html_inline":
                self._html_inline(inline, opened, child.content)
        for _name, handle in reversed(opened):
            inline.close(handle)

    def _html_inline(
        self, inline: InlineText, opened: list[tuple[str, OpenStyle]], tag: str
    ) -> None:
        found = _TAG.match(tag)
        if found is None:
            return
        closing, name = found.group(1), found.group(2).lower()
        attributes = {
            key.lower(): value.strip("\"'") for key, value in _ATTRIBUTE.findall(found.group(3))
        }
        if name == "br":
            inline.line_break()
        elif name == "img":
            inline.image(
                self._images(attributes.get("src", "")),
                attributes.get("alt", ""),
                attributes.get("title", ""),
            )
        elif closing:
            _close(inline, opened, "html:" + name)
        elif name in _HTML_STYLES:
            opened.append(("html:" + name, inline.open(_HTML_STYLES[name])))
        elif name == "a" and attributes.get("href"):
            opened.append(("html:a", inline.open(Style.LINK, attributes["href"])))


def _close(inline: InlineText, opened: list[tuple[str, OpenStyle]], name: str) -> None:
    for index in range(len(opened) - 1, -1, -1):
        if opened[index][0] == name:
            inline.close(opened.pop(index)[1])
            return


def _bold(text: str) -> Inline:
    return Inline(text, (Span(Style.STRONG, 0, len(text)),))


def _align(token: Token) -> Align:
    found = _ALIGN.search(str(token.attrs.get("style") or ""))
    return Align(found.group(1)) if found else Align.NONE


def _with_content(token: Token, content: str) -> Token:
    copy = token.copy()
    copy.content = content
    return copy
