"""A standalone, printable HTML page of the document with its highlights and notes.

One file: a ``<style>`` block, no script, no external resource (a
Content-Security-Policy forbids both), every piece of text escaped with
:func:`html.escape`. The article is laid out from the document's blocks in a
reading column (about 70 characters, serif), highlights are ``<mark>`` with their
colour as background (nested and cut per block exactly like the annotated
Markdown, see :mod:`reader.export.layout`), each followed by a numbered reference
to its entry in the list of highlights below, which links back to the text. A
highlight's note is also its tooltip. Orphan highlights are listed apart.
"""

from __future__ import annotations

import re
from html import escape

from reader.core.document import BlockKind
from reader.core.tags import hashtag
from reader.export.labels import Labels, labels_for
from reader.export.layout import (
    Chunk,
    Close,
    Highlight,
    Laid,
    LaidBlock,
    MarkKind,
    Open,
    Token,
    colour_stylesheet,
    entity_stylesheet,
    layout,
    line_spans,
)
from reader.export.model import ExportDocument, ExportOptions

__all__ = ["CONTENT_SECURITY_POLICY", "export_html"]

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_FONT_SERIF = (
    '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Charter, '
    '"Bitstream Charter", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif'
)
_FONT_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif'
_FONT_MONO = 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace'

_STYLE = f"""
:root {{
  color-scheme: light dark;
  --text: #1d1c1a; --muted: #6b6862; --bg: #fbfaf6; --rule: #e2ddd2; --link: #1d5fa6;
}}
@media (prefers-color-scheme: dark) {{
  :root {{ --text: #e7e4dd; --muted: #a39f96; --bg: #1b1a18; --rule: #3a3732;
           --link: #8ab6ee; }}
}}
html {{ background: var(--bg); color: var(--text); }}
body {{
  margin: 0 auto; max-width: 70ch; padding: 2.5rem 1.25rem 4rem;
  font-family: {_FONT_SERIF}; font-size: 1.125rem; line-height: 1.6;
  overflow-wrap: break-word; hyphens: auto; text-rendering: optimizeLegibility;
}}
header.document {{ margin-bottom: 2.5rem; border-bottom: 1px solid var(--rule); }}
header.document .title {{
  font-size: 1.9rem; line-height: 1.2; font-weight: 700; margin: 0 0 .4rem;
}}
.meta, .note .meta, footer {{ font-family: {_FONT_SANS}; font-size: .85rem;
  color: var(--muted); }}
h1, h2, h3, h4, h5, h6 {{ line-height: 1.25; margin: 1.8em 0 .6em; }}
h1 {{ font-size: 1.7rem; }} h2 {{ font-size: 1.4rem; }} h3 {{ font-size: 1.2rem; }}
h4, h5, h6 {{ font-size: 1.05rem; }}
p {{ margin: 0 0 1em; }}
ul {{ margin: 0 0 1em; padding-left: 1.4em; }}
blockquote {{ margin: 0 0 1em; padding: 0 0 0 1em; border-left: 3px solid var(--rule);
  color: var(--muted); }}
pre {{ font-family: {_FONT_MONO}; font-size: .88em; line-height: 1.45;
  white-space: pre-wrap; background: rgba(127, 127, 127, .08); padding: .8em 1em;
  border-radius: 4px; margin: 0 0 1em; }}
a {{ color: var(--link); }}
mark {{ color: inherit; background: transparent; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
{colour_stylesheet()}
sup.ref {{ font-family: {_FONT_SANS}; font-size: .68em; line-height: 0;
  margin-left: .1em; }}
sup.ref a {{ text-decoration: none; }}
.ent {{ border-bottom: 2px dotted rgba(127, 127, 127, .7); }}
{entity_stylesheet()}
section.highlights {{ margin-top: 3rem; border-top: 1px solid var(--rule);
  padding-top: 1rem; }}
section.highlights h2 {{ margin-top: .5em; }}
ol.notes {{ padding-left: 1.6em; }}
ol.notes > li {{ margin: 0 0 1.4em; padding-left: .3em; }}
.note blockquote {{ margin: 0 0 .4em; color: var(--text); }}
.note .quote {{ padding: 0 .1em; }}
.note .text {{ margin: 0 0 .3em; white-space: pre-wrap; }}
.note .tags {{ margin: 0 0 .3em; }}
.tag {{ font-family: {_FONT_SANS}; font-size: .85rem; color: var(--muted); margin-right: .6em; }}
.back {{ text-decoration: none; margin-left: .4em; }}
:target {{ outline: 2px solid var(--link); outline-offset: 2px; }}
footer {{ margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .6rem; }}
@media print {{
  :root {{ --text: #000; --muted: #444; --bg: #fff; --rule: #bbb; --link: #000; }}
  body {{ max-width: none; padding: 0; font-size: 11pt; }}
  mark, .quote {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  a {{ text-decoration: none; }}
  .back {{ display: none; }}
  h1, h2, h3, h4, h5, h6 {{ break-after: avoid; }}
  ol.notes > li, pre, blockquote {{ break-inside: avoid; }}
  section.highlights {{ break-before: page; }}
  @page {{ margin: 2cm; }}
}}
""".strip()


def export_html(document: ExportDocument, options: ExportOptions | None = None) -> str:
    """One self-contained HTML page: the text with its highlights, then the notes."""
    options = options or ExportOptions()
    laid = layout(document, options)
    words = labels_for(options.labels)
    title = escape(document.title)
    language = document.language or ""
    if not _LANGUAGE_TAG.fullmatch(language):
        language = ""  # not a BCP 47 tag: better none than a wrong one
    meta = [escape(document.source)] if document.source else []
    meta.append(escape(words.exported(document.exported)))
    meta.append(words.count(len(laid.highlights)))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language.replace("_", "-")}">' if language else "<html>",
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="reader {escape(document.app_version)}">',
        f"<title>{title}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
        '<header class="document">',
        f'<p class="title">{title}</p>',
        f'<p class="meta">{" · ".join(meta)}</p>',
        "</header>",
        "<main>",
        "<article>",
        _render_blocks(laid),
        "</article>",
    ]
    if laid.placed:
        parts.append(_notes("highlights", words.highlights, laid.placed, words, link=True))
    if laid.unplaced:
        parts.append(
            _notes(
                "unplaced",
                words.unplaced,
                laid.unplaced,
                words,
                link=False,
                intro=words.unplaced_note,
            )
        )
    parts += [
        "</main>",
        f"<footer>Exported by reader {escape(document.app_version)}.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _render_blocks(laid: Laid) -> str:
    out: list[str] = []
    open_group: str | None = None  # "ul" or "blockquote" being filled
    for laid_block in laid.blocks:
        if not laid_block.lines:
            continue
        kind = laid_block.block.kind
        group = (
            "ul"
            if kind is BlockKind.LIST_ITEM
            else "blockquote"
            if kind is BlockKind.QUOTE
            else None
        )
        if group != open_group:
            if open_group:
                out.append(f"</{open_group}>")
            if group:
                out.append(f"<{group}>")
            open_group = group
        out.append(_render_block(laid_block, laid))
    if open_group:
        out.append(f"</{open_group}>")
    return "\n".join(out)


def _render_block(laid_block: LaidBlock, laid: Laid) -> str:
    block = laid_block.block
    kind = block.kind
    lines = [_render_tokens(line.tokens, laid) for line in laid_block.lines]
    if kind is BlockKind.PREFORMATTED:
        return f"<pre><code>{lines[0]}</code></pre>"
    if kind is BlockKind.HEADING:
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{' '.join(lines)}</h{level}>"
    body = "<br>\n".join(lines)
    if kind is BlockKind.LIST_ITEM:
        return f"<li>{body}</li>"
    return f"<p>{body}</p>"


def _render_tokens(tokens: list[Token], laid: Laid) -> str:
    out: list[str] = []
    for token in tokens:
        if isinstance(token, Chunk):
            out.append(escape(token.text, quote=False))
        elif isinstance(token, Open):
            mark = token.mark
            if mark.kind is MarkKind.HIGHLIGHT:
                highlight = laid.highlight(mark)
                ident = f' id="{highlight.short_id}"' if token.first else ""
                note = highlight.annotation.note.strip()
                tip = f' title="{escape(note)}"' if note else ""
                out.append(f'<mark class="{mark.css_class}"{ident}{tip}>')
            else:
                label = mark.css_class.removeprefix("ent-")
                out.append(f'<span class="ent {mark.css_class}" title="{escape(label)}">')
        elif isinstance(token, Close):
            out.append("</mark>" if token.mark.kind is MarkKind.HIGHLIGHT else "</span>")
        else:
            highlight = laid.highlight(token.mark)
            out.append(
                f'<sup class="ref"><a href="#n-{highlight.short_id}" '
                f'aria-label="Highlight {highlight.number}">{highlight.number}</a></sup>'
            )
    return "".join(out)


def _notes(
    ident: str,
    heading: str,
    highlights: list[Highlight],
    words: Labels,
    *,
    link: bool,
    intro: str = "",
) -> str:
    items: list[str] = []
    for highlight in highlights:
        annotation = highlight.annotation
        short = highlight.short_id
        passage = highlight.passage
        quote = "<br>\n".join(
            escape(passage[s:e].strip(), quote=False)
            for s, e in line_spans(passage)
            if passage[s:e].strip()
        )
        colour = annotation.colour.value
        back = (
            f' <a class="back" href="#{short}" aria-label="{escape(words.back)}">↩</a>'
            if link
            else ""
        )
        lines = [
            f'<li id="n-{short}" class="note">',
            f'<blockquote><span class="quote hl-{colour}">{quote}</span>{back}</blockquote>',
        ]
        note = annotation.note.strip()
        if note:
            lines.append(f'<p class="text">{escape(note, quote=False)}</p>')
        tags = [t for t in annotation.tags if t.strip()]
        if tags:
            rendered = "".join(
                f'<span class="tag">{escape(hashtag(t), quote=False)}</span>' for t in tags
            )
            lines.append(f'<p class="tags">{rendered}</p>')
        lines.append(f'<p class="meta">{escape(words.colours[annotation.colour])} · {short}</p>')
        lines.append("</li>")
        items.append("\n".join(lines))
    start = highlights[0].number if highlights else 1
    intro_html = f'<p class="meta">{escape(intro)}</p>\n' if intro else ""
    return (
        f'<section class="highlights" id="{ident}">\n<h2>{escape(heading)}</h2>\n'
        f'{intro_html}<ol class="notes" start="{start}">\n'
        + "\n".join(items)
        + "\n</ol>\n</section>"
    )
