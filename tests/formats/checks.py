"""What every loaded document must satisfy, whatever its format."""

from __future__ import annotations

from reader.core.document import BlockKind, Document
from reader.core.rich import Style, rich_text_problems


def assert_well_formed(document: Document) -> None:
    """Blocks cover exact, ordered spans of the text, one ``\\n`` between two, and the
    text is nothing else; contents entries point into the text."""
    text = document.text
    assert document.blocks, "a document has at least one block"
    assert document.blocks[0].start == 0
    assert document.blocks[-1].end == len(text)
    for before, after in zip(document.blocks, document.blocks[1:], strict=False):
        assert after.start == before.end + 1, (before, after)
        assert text[before.end] == "\n"
    assert "\n".join(text[b.start : b.end] for b in document.blocks) == text
    for block in document.blocks:
        chunk = text[block.start : block.end]
        assert chunk.strip(), block
        if block.kind is BlockKind.TABLE_ROW:  # may start or end with an empty cell
            assert chunk == chunk.strip(" \n"), block
        elif block.kind is not BlockKind.PREFORMATTED:
            assert chunk == chunk.strip(), block
        if block.kind is BlockKind.HEADING:
            assert 1 <= block.level <= 6
    # Contents entries keep the book's order, which may not be the text's.
    assert all(0 <= entry.offset <= len(text) for entry in document.toc)


def block_texts(document: Document, kind: BlockKind | None = None) -> list[str]:
    return [
        document.text[b.start : b.end] for b in document.blocks if kind is None or b.kind is kind
    ]


def assert_rich_well_formed(document: Document) -> None:
    assert_well_formed(document)
    assert rich_text_problems(document.text, document.rich) == []


def styled(document: Document, style: Style) -> list[str]:
    """The texts under a style, in order."""
    return [document.text[s.start : s.end] for s in document.rich.spans if s.style is style]
