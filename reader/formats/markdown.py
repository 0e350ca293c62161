"""Markdown to a document whose canonical text is the visible text, with block structure."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.document import Block, BlockKind

_PARSER = MarkdownIt("commonmark")
_BLOCK_KINDS = {
    "heading_open": BlockKind.HEADING,
    "paragraph_open": BlockKind.PARAGRAPH,
}


def markdown_blocks(source: str) -> tuple[str, tuple[Block, ...]]:
    """Render Markdown to (visible text, blocks); blocks are separated by one newline."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    context: list[BlockKind] = []

    def add(kind: BlockKind, text: str, level: int = 0) -> None:
        nonlocal pos
        text = text.strip("\n")
        if not text.strip():
            return
        if parts:
            parts.append("\n")
            pos += 1
        parts.append(text)
        blocks.append(Block(kind, pos, pos + len(text), level))
        pos += len(text)

    tokens = _PARSER.parse(source)
    for i, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            context.append(BlockKind.LIST_ITEM)
        elif token.type == "blockquote_open":
            context.append(BlockKind.QUOTE)
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
        elif token.type == "inline":
            opener = tokens[i - 1]
            kind = _BLOCK_KINDS.get(opener.type, BlockKind.PARAGRAPH)
            level = int(opener.tag[1:]) if kind is BlockKind.HEADING else 0
            if kind is BlockKind.PARAGRAPH and context:
                kind = context[-1]
            add(kind, _inline_text(token), level)
        elif token.type in ("fence", "code_block"):
            add(BlockKind.PREFORMATTED, token.content)
    return "".join(parts), tuple(blocks)


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" " if child.type == "softbreak" else "\n")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)
