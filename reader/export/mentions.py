"""An Index entry's mentions as Markdown (a quote per mention, a link back) and CSV.

The link back is the document's file URI with an RFC 5147 fragment naming the
mention's code points (``file:///…/book.txt#char=120,126``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from reader.export.markdown import escape_markdown

CSV_COLUMNS = ("document", "path", "start", "end", "text", "context")


class Mention(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def before(self) -> str: ...
    @property
    def after(self) -> str: ...


def link_back(mention: Mention) -> str:
    path = Path(mention.path)
    uri = path.as_uri() if path.is_absolute() else mention.path
    return f"{uri}#char={mention.start},{mention.end}"


def mentions_markdown(name: str, label: str, mentions: Sequence[Mention]) -> str:
    """A heading with the entry, then per document a heading and one quote per mention
    (the mention in bold) followed by its link back."""
    documents = len({m.path for m in mentions})
    count = f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''}"
    lines = [
        f"# {escape_markdown(name)}",
        "",
        f"{label} · {count} in {documents} document{'s' if documents != 1 else ''}",
    ]
    current = None
    for mention in mentions:
        if mention.path != current:
            current = mention.path
            lines += ["", f"## {escape_markdown(mention.title)}"]
        quote = (
            f"{_escaped(mention.before)}**{escape_markdown(mention.text)}**"
            f"{_escaped(mention.after)}"
        )
        lines += [
            "",
            f"> {' '.join(quote.split())}",
            "",
            f"[{mention.start}–{mention.end}](<{link_back(mention)}>)",
        ]
    return "\n".join(lines) + "\n"


def _escaped(part: str) -> str:
    """``part`` escaped, with the space at either end kept (it separates the mention)."""
    if not part.strip():
        return " " if part else ""
    lead = " " if part[0].isspace() else ""
    trail = " " if part[-1].isspace() else ""
    return lead + escape_markdown(part.strip()) + trail


def mentions_csv(mentions: Sequence[Mention]) -> str:
    """One row per mention: document title, path, start, end, text, context."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m in mentions:
        writer.writerow((m.title, m.path, m.start, m.end, m.text, m.before + m.text + m.after))
    return out.getvalue()
