"""Annotated Markdown and highlights-list Markdown.

Annotated Markdown (``export_markdown``) is the whole article with its highlights::

    ---
    title: "Alibaba ouvre ses centres de données du Hebei"
    source: "/home/ann/article.txt"
    language: "fr"
    exported: "2026-11-26T14:05:00Z"
    app_version: "0.1.0"
    highlights: 2
    tags: ["chine/cloud", "personne"]
    ---

    <mark class="hl-yellow" id="a-3f2c1a2b">Jeff Zhang</mark>[^a-3f2c1a2b], directeur ...

    ## Highlights

    > Jeff Zhang ^a-3f2c1a2b

    - colour: yellow · [in text](#a-3f2c1a2b)
    - tags: #personne #chine/cloud
    - note: Premier responsable cité

    [^a-3f2c1a2b]: **yellow** · Premier responsable cité · #personne #chine/cloud

Decisions:

* **Front matter**: every string is written double-quoted with JSON-style escapes
  (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX`` for anything not printable or a line
  separator), which YAML reads back exactly; nothing a title or tag holds can end
  the front matter or add a key. ``source`` and ``language`` are ``null`` when
  unknown; ``tags`` lists every tag used, sorted case-insensitively.
* **Blocks**: headings become ``#``..``######`` by level (their line breaks become
  spaces), paragraphs paragraphs, consecutive list items one ``-`` list, consecutive
  quote blocks one blockquote, preformatted blocks fenced code (or a ``<pre>`` HTML
  block when something is marked in them, since nothing can be marked inside fenced
  code). A line break inside a block is a hard break (a backslash at the end of the
  line). Text that no block covers comes out as paragraphs: the whole text is there.
* **Highlights** are ``<mark class="hl-COLOUR" id="a-SHORTID">`` followed, after
  their last segment, by a footnote reference ``[^a-SHORTID]``. The short id is
  ``a-`` and the first 8 hex digits of the uuid, longer where two would collide.
  A highlight that spans blocks is closed at the end of each block and reopened in
  the next (``<mark class="hl-COLOUR">``, without the id, which is unique).
  Overlapping highlights are nested, never crossed: when the inner one outlives the
  outer one it is closed and reopened after it, e.g. two highlights A = "one two"
  and B = "two three" of "one two three" give
  ``<mark A>one <mark B>two</mark></mark>[^A]<mark B> three</mark>[^B]``.
  Highlights that could not be placed (orphans, or ranges holding no visible text)
  are not marked; they are listed under "Unplaced highlights", nothing is lost.
  Named entities, when asked for, are ``<span class="ent-LABEL">`` and nest the
  same way.
* **Exactness**: the article's text is escaped so that a CommonMark renderer shows
  exactly its characters: ``\\ ` * _ [ ] < | ~ $`` always get a backslash, ``&``
  does before ``#`` or a letter or digit (entity references), and at the start of
  each line ``#``, ``>``, ``+``/``-`` followed by a space, ``-``/``=`` rules and
  setext underlines, and the ``.``/``)`` of ``1.``-style list markers get one too;
  in headings every ``#`` does (closing sequences). Spaces and tabs at the start
  and end of lines are dropped (they would make code blocks or hard breaks, and a
  browser does not show them) and blank lines inside a block are dropped: the
  rendered text equals the original with runs of whitespace collapsed, which is
  how HTML shows text anyway. (A NUL character cannot be represented: CommonMark
  turns it into U+FFFD.)
* **Notes and tags** are escaped the same way, so they cannot inject HTML,
  links (``javascript:`` or any), headings or a front matter end. A note's line
  breaks are kept: continuation lines are indented four spaces in footnotes, two in
  the highlight lists.

The highlights list (``export_highlights_markdown``) has the same front matter and
entries, in reading order, grouped under the document's headings, then the
unplaced ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from html import escape as html_escape

from reader.core.document import BlockKind
from reader.core.tags import hashtag
from reader.export.labels import Labels, labels_for
from reader.export.layout import (
    Chunk,
    Close,
    Highlight,
    Laid,
    LaidBlock,
    Line,
    MarkKind,
    Open,
    Ref,
    Token,
    all_tags,
    is_blank,
    layout,
    line_spans,
    utc_iso,
)
from reader.export.model import ExportDocument, ExportOptions

__all__ = [
    "escape_markdown",
    "export_highlights_markdown",
    "export_markdown",
    "front_matter",
    "yaml_string",
]


_ALWAYS = re.compile(r"[\\`*_\[\]<|~$]|&(?=[#A-Za-z0-9])")
_ALWAYS_IN_HEADING = re.compile(r"[\\`*_\[\]<|~$#]|&(?=[#A-Za-z0-9])")
_ORDERED_MARKER = re.compile(r"[0-9]{1,9}[.)](?=[ \t]|$)")


# -- escaping ---------------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Markdown that a CommonMark renderer shows as ``text``.

    Blank lines (empty or only spaces and tabs) separate paragraphs; other line
    breaks become hard breaks; spaces and tabs at either end of a line are dropped.
    Rendered, the text content of each paragraph equals the corresponding paragraph
    of ``text`` up to runs of whitespace.
    """
    return _escape_multiline(text, "")


def _escape_line(line: str, *, heading: bool = False) -> str:
    """One line (no line break, no leading or trailing space or tab), escaped."""
    return _escape_chunk(line, 0, _line_start_escape(line), heading=heading)


def _line_start_escape(line: str) -> int | None:
    """Index of the character at the start of ``line`` that would start a block, if any."""
    if not line:
        return None
    first = line[0]
    if first in "#>":
        return 0
    if first in "+-" and (len(line) == 1 or line[1] in " \t"):
        return 0
    if first in "-=" and not line.strip(first + " \t"):
        return 0  # thematic break or setext heading underline
    if "0" <= first <= "9":
        match = _ORDERED_MARKER.match(line)
        if match:
            return match.end() - 1
    return None


def _backslashed(match: re.Match[str]) -> str:
    return "\\" + match.group()


def _escape_chunk(
    text: str, offset: int, special: int | None, *, heading: bool, after_ref: bool = False
) -> str:
    """``text`` (found at ``offset`` in its line) escaped; ``special`` from the whole line."""
    pattern = _ALWAYS_IN_HEADING if heading else _ALWAYS
    head = ""
    if after_ref and text.startswith("("):  # "[^a-1](...)" would read as a link
        head, text, offset = "\\(", text[1:], offset + 1
    if special is not None and offset <= special < offset + len(text):
        k = special - offset
        return (
            head
            + pattern.sub(_backslashed, text[:k])
            + "\\"
            + text[k]
            + pattern.sub(_backslashed, text[k + 1 :])
        )
    return head + pattern.sub(_backslashed, text)


def _escape_inline(text: str) -> str:
    """Text placed mid-line (a tag, a colour): whitespace runs collapsed, escaped."""
    return _ALWAYS.sub(_backslashed, " ".join(text.split()))


def _escape_multiline(text: str, indent: str) -> str:
    """A note: lines escaped; line breaks hard breaks, blank lines new paragraphs.

    Continuation lines are indented by ``indent`` (to stay in their list item or
    footnote).
    """
    paragraphs: list[list[str]] = [[]]
    for start, end in line_spans(text):
        line = text[start:end].strip(" \t")
        if not is_blank(line):
            paragraphs[-1].append(_escape_line(line))
        elif not line and paragraphs[-1]:
            paragraphs.append([])
    return f"\n\n{indent}".join(f"\\\n{indent}".join(lines) for lines in paragraphs if lines)


# -- front matter -----------------------------------------------------------------------------

_YAML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# Not printable in YAML, or a line break in YAML 1.1 (NEL, LS, PS), or a BOM.
_YAML_UNSAFE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]')


def _yaml_char(match: re.Match[str]) -> str:
    char = match.group()
    return _YAML_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def yaml_string(value: str) -> str:
    """``value`` as a double-quoted scalar that YAML (1.1 and 1.2) and JSON read back."""
    return '"' + _YAML_UNSAFE.sub(_yaml_char, value) + '"'


def front_matter(document: ExportDocument) -> str:
    """The YAML front matter block, ``---`` lines included, ending with a newline."""

    def optional(value: str | None) -> str:
        return "null" if value is None else yaml_string(value)

    tags = ", ".join(yaml_string(t) for t in all_tags(document.annotations))
    lines = [
        "---",
        f"title: {yaml_string(document.title)}",
        f"source: {optional(document.source)}",
        f"language: {optional(document.language)}",
        f"exported: {yaml_string(utc_iso(document.exported, seconds=True))}",
        f"app_version: {yaml_string(document.app_version)}",
        f"highlights: {len(document.annotations)}",
        f"tags: [{tags}]",
        "---",
    ]
    return "\n".join(lines) + "\n"


# -- the annotated text -----------------------------------------------------------------------


def export_markdown(document: ExportDocument, options: ExportOptions | None = None) -> str:
    """The whole text with highlights marked, footnotes, and the list of highlights."""
    options = options or ExportOptions()
    laid = layout(document, options)
    words = labels_for(options.labels if options else None)
    parts = [front_matter(document)]
    body = _render_blocks(laid)
    if body:
        parts.append(body)
    if laid.placed:
        parts.append(f"## {words.highlights}")
        parts.extend(_entry(h, words, link=True) for h in laid.placed)
    if laid.unplaced:
        parts.append(f"## {words.unplaced}\n\n{words.unplaced_note}")
        parts.extend(_entry(h, words, link=False) for h in laid.unplaced)
    footnotes = "\n\n".join(_footnote(h, words) for h in laid.placed)
    if footnotes:
        parts.append(footnotes)
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def _render_blocks(laid: Laid) -> str:
    out: list[str] = []
    previous: BlockKind | None = None
    for laid_block in laid.blocks:
        if not laid_block.lines:
            continue
        kind = laid_block.block.kind
        rendered = _render_block(laid_block, laid)
        if out:
            if kind is previous and kind is BlockKind.LIST_ITEM:
                out.append("\n")
            elif kind is previous and kind is BlockKind.QUOTE:
                out.append("\n>\n")
            else:
                out.append("\n\n")
        out.append(rendered)
        previous = kind
    return "".join(out)


def _render_block(laid_block: LaidBlock, laid: Laid) -> str:
    block = laid_block.block
    kind = block.kind
    if kind is BlockKind.PREFORMATTED:
        return _render_preformatted(laid_block, laid)
    heading = kind is BlockKind.HEADING
    lines = [_render_line(line, laid, heading=heading) for line in laid_block.lines]
    if heading:
        level = min(max(block.level, 1), 6)
        return "#" * level + " " + " ".join(lines)
    if kind is BlockKind.LIST_ITEM:
        return "- " + "\\\n  ".join(lines)
    if kind is BlockKind.QUOTE:
        return "> " + "\\\n> ".join(lines)
    return "\\\n".join(lines)


def _render_line(line: Line, laid: Laid, *, heading: bool) -> str:
    special = _line_start_escape(line.text)
    tokens = line.tokens
    if len(tokens) == 1 and isinstance(tokens[0], Chunk):  # nothing marked in the line
        return _escape_chunk(tokens[0].text, 0, special, heading=heading)
    out: list[str] = []
    after_ref = False
    for token in tokens:
        if isinstance(token, Chunk):
            out.append(
                _escape_chunk(
                    token.text, token.offset, special, heading=heading, after_ref=after_ref
                )
            )
            after_ref = False
            continue
        out.append(_markup(token, laid))
        after_ref = isinstance(token, Ref)
    return "".join(out)


def _markup(token: Token, laid: Laid) -> str:
    """The tag a layout token stands for (shared with the ``<pre>`` rendering)."""
    if isinstance(token, Open):
        mark = token.mark
        if mark.kind is MarkKind.HIGHLIGHT and token.first:
            return f'<mark class="{mark.css_class}" id="{laid.highlight(mark).short_id}">'
        if mark.kind is MarkKind.HIGHLIGHT:
            return f'<mark class="{mark.css_class}">'
        return f'<span class="{mark.css_class}">'
    if isinstance(token, Close):
        return "</mark>" if token.mark.kind is MarkKind.HIGHLIGHT else "</span>"
    if isinstance(token, Ref):
        return f"[^{laid.highlight(token.mark).short_id}]"
    raise TypeError(token)


def _render_preformatted(laid_block: LaidBlock, laid: Laid) -> str:
    (line,) = laid_block.lines
    marked = any(not isinstance(t, Chunk) for t in line.tokens)
    if not marked:
        longest = max((len(run) for run in re.findall(r"`+", line.text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{line.text}\n{fence}"
    # Inside a <pre> HTML block the text is HTML, not Markdown: escape it as such. A
    # footnote reference cannot be made there: its label is shown instead.
    out: list[str] = ["<pre><code>"]
    for token in line.tokens:
        if isinstance(token, Chunk):
            out.append(html_escape(token.text, quote=False))
        elif isinstance(token, Ref):
            out.append(f"<sup>[^{laid.highlight(token.mark).short_id}]</sup>")
        else:
            out.append(_markup(token, laid))
    out.append("</code></pre>")
    return "".join(out)


# -- highlights and footnotes -----------------------------------------------------------------


@lru_cache(maxsize=256)  # a few tag sets recur over thousands of highlights
def _tags(tags: tuple[str, ...]) -> str:
    return " ".join(_escape_inline(hashtag(tag)) for tag in tags if tag.strip())


def _quote_lines(text: str) -> list[str]:
    """The lines of a highlighted passage, escaped (blank ones dropped)."""
    return [
        _escape_line(text[s:e].strip(" \t")) for s, e in line_spans(text) if not is_blank(text[s:e])
    ]


def _entry(highlight: Highlight, words: Labels, *, link: bool) -> str:
    """One highlight in a list: the quote, then colour (and link), tags, note."""
    annotation = highlight.annotation
    short = highlight.short_id
    lines = _quote_lines(highlight.passage) or ["…"]
    block = "\n>\n".join(f"> {line}" for line in lines) + f" ^{short}"
    details = f"- colour: {words.colours[annotation.colour]}"
    if link:
        details += f" · [{words.in_text}](#{short})"
    tags = _tags(tuple(annotation.tags))
    if tags:
        details += f"\n- tags: {tags}"
    if annotation.note.strip():
        details += "\n- note: " + _escape_multiline(annotation.note, "  ")
    return f"{block}\n\n{details}"


def _footnote(highlight: Highlight, words: Labels) -> str:
    annotation = highlight.annotation
    parts = [f"**{words.colours[annotation.colour]}**"]
    if annotation.note.strip():
        parts.append(_escape_multiline(annotation.note, "    "))
    tags = _tags(tuple(annotation.tags))
    if tags:
        parts.append(tags)
    if len(parts) == 1:
        parts.append(words.highlight)  # "[^x]: **c**" alone would be a link definition
        return f"[^{highlight.short_id}]: {parts[0]} {parts[1]}"
    return f"[^{highlight.short_id}]: " + " · ".join(parts)


# -- the highlights list ----------------------------------------------------------------------


def export_highlights_markdown(
    document: ExportDocument, options: ExportOptions | None = None
) -> str:
    """Only the highlights, with notes and tags, in reading order under their headings.

    Entities are not listed (``options`` give the labels' language only).
    """
    words = labels_for(options.labels if options else None)
    laid = layout(document, ExportOptions())
    title = _escape_line(" ".join(f"{words.highlights}: {document.title}".split()), heading=True)
    parts = [front_matter(document), f"# {title}"]
    headings = _headings(laid)
    starts = [start for start, _ in headings]
    current = -1
    for highlight in laid.placed:
        annotation = highlight.annotation
        under = bisect_right(starts, annotation.start) - 1
        if under >= 0 and under != current:
            parts.append(f"## {headings[under][1]}")
            current = under
        parts.append(_entry(highlight, words, link=False))
    if laid.unplaced:
        parts.append(f"## {words.unplaced}\n\n{words.unplaced_note}")
        parts.extend(_entry(h, words, link=False) for h in laid.unplaced)
    if not laid.highlights:
        parts.append("No highlights.")
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def _headings(laid: Laid) -> list[tuple[int, str]]:
    """(start, escaped title) of each heading block, in text order."""
    out: list[tuple[int, str]] = []
    for laid_block in laid.blocks:
        block = laid_block.block
        if block.kind is BlockKind.HEADING and laid_block.lines:
            title = " ".join(" ".join(line.text for line in laid_block.lines).split())
            out.append((block.start, _escape_line(title, heading=True)))
    return out
