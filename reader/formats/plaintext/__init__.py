"""Plain text to a document: reflowed paragraphs, chapter headings, Gutenberg matter.

The canonical text is the decoded text with only the soft line breaks of hard-wrapped
paragraphs changed (each, with the spaces around it, becomes one space; after a word
hyphenated at the line end, nothing). Everything else is kept: blank lines, meaningful
line breaks, indentation, every character of every word. A text written one paragraph
per line is not changed at all. See :mod:`.paragraphs` (reflow), :mod:`.headings` and
:mod:`.gutenberg`.
"""

from __future__ import annotations

from reader.core.document import Block, BlockKind, Document, TocEntry, paragraph_blocks
from reader.core.errors import DocumentError
from reader.core.messages import Msg, message
from reader.formats.plaintext.gutenberg import find_gutenberg
from reader.formats.plaintext.headings import Heading, find_headings
from reader.formats.plaintext.paragraphs import (
    Break,
    Paragraph,
    breaks,
    is_prose,
    paragraphs,
    wrap_width,
)

__all__ = ["load_plain_text"]

GUTENBERG_SITE = "Project Gutenberg"
MAX_LINES = 500_000
"""Most lines in a plain text (a 20 MB book has about 300,000): every line costs memory
in the view and in the structure."""
MAX_STRUCTURED_LINES = 200_000
"""Most lines for which reflow and headings are worked out (Middlemarch has 33,685)."""


def load_plain_text(text: str, title_fallback: str, name: str = "the text") -> Document:
    """A plain text (decoded, ``\\n`` line ends) as a Document of format "text".

    DocumentError beyond :data:`MAX_LINES` lines; beyond :data:`MAX_STRUCTURED_LINES`
    the lines are kept as they are (one block each), with a warning.
    """
    lines = text.count("\n") + (not text.endswith("\n"))
    if lines > MAX_LINES:
        raise DocumentError(
            message(Msg.FILE_TOO_MANY_LINES, name=name, count=f"{lines:,}", limit=f"{MAX_LINES:,}")
        )
    if lines > MAX_STRUCTURED_LINES:
        warning = (
            f"{name} has {lines:,} lines: shown line by line, without reflowing or"
            f" looking for chapters (done up to {MAX_STRUCTURED_LINES:,} lines)"
        )
        return Document(text, title_fallback, paragraph_blocks(text), "text", warnings=(warning,))
    paras = paragraphs(text)
    width = wrap_width(text, paras)
    if width is None:
        paras = paragraphs(text, by_line=True)
    decided = [breaks(text, p, width) if width is not None else [] for p in paras]
    prose = [is_prose(text, p, d) for p, d in zip(paras, decided, strict=True)]
    gutenberg = find_gutenberg(text)
    front_end, back_start = (
        (gutenberg.front_end, gutenberg.back_start) if gutenberg else (0, len(text))
    )
    kinds = [
        BlockKind.FRONT_MATTER
        if p.end <= front_end
        else BlockKind.BACK_MATTER
        if p.start >= back_start
        else BlockKind.QUOTE
        if p.indented and len(p.lines) > 1
        else BlockKind.PARAGRAPH
        for p in paras
    ]
    first = next((i for i, k in enumerate(kinds) if k not in _MATTER), len(paras))
    last = next((i + 1 for i in range(len(paras) - 1, -1, -1) if kinds[i] not in _MATTER), 0)
    headings = find_headings(text, paras, range(first, max(first, last)), prose, width)
    canonical, blocks, starts = _write(text, paras, decided, kinds, headings)
    toc = tuple(TocEntry(h.title, starts[h.index], h.level) for h in headings)
    metadata = {"site": GUTENBERG_SITE} if gutenberg else {}
    return Document(
        canonical,
        (gutenberg.title if gutenberg else None) or title_fallback,
        blocks,
        "text",
        author=gutenberg.author if gutenberg else None,
        metadata=metadata,
        toc=toc,
    )


_MATTER = (BlockKind.FRONT_MATTER, BlockKind.BACK_MATTER)


def _write(
    text: str,
    paras: list[Paragraph],
    decided: list[list[Break]],
    kinds: list[BlockKind],
    headings: list[Heading],
) -> tuple[str, tuple[Block, ...], dict[int, int]]:
    """The canonical text, its blocks, and where each heading starts (by paragraph):
    the source with its soft line breaks joined."""
    heading_at = {h.index: h for h in headings}
    title_of = {h.title_index: h for h in headings if h.title_index is not None}
    parts: list[str] = []
    blocks: list[Block] = []
    starts: dict[int, int] = {}
    delta = 0  # canonical offset minus source offset
    copied = 0
    for index, (para, actions) in enumerate(zip(paras, decided, strict=True)):
        parts.append(text[copied : para.start])
        block_start = para.start + delta
        lines = para.lines
        for i, action in enumerate(actions):
            a, b = lines[i], lines[i + 1]
            parts.append(text[a.start : a.end])
            gap = text[a.end : b.start]
            if action is Break.SPLIT:
                blocks.append(Block(kinds[index], block_start, a.end + delta))
                parts.append(gap)
                block_start = b.start + delta
            elif action is Break.KEEP:
                parts.append(gap)
            else:
                joint = " " if action is Break.SPACE else ""
                parts.append(joint)
                delta += len(joint) - len(gap)
        parts.append(text[lines[-1].start : lines[-1].end])
        copied = para.end
        end = para.end + delta
        heading = heading_at.get(index)
        if index in title_of:
            owner = blocks.pop()
            blocks.append(Block(BlockKind.HEADING, owner.start, end, owner.level))
        elif heading is not None:
            blocks.append(Block(BlockKind.HEADING, block_start, end, heading.level))
            starts[index] = block_start
        else:
            blocks.append(Block(kinds[index], block_start, end))
    parts.append(text[copied:])
    return "".join(parts), tuple(blocks), starts
