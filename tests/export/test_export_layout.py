"""The layout shared by the Markdown and HTML exporters: marks nest, cover exactly, once."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations import Colour
from reader.core.document import Block, BlockKind
from reader.core.entities import EntityLabel, EntitySpan
from reader.export.layout import (
    Chunk,
    Close,
    Mark,
    MarkKind,
    Open,
    Ref,
    all_tags,
    layout,
    normalise_blocks,
    short_ids,
)
from reader.export.model import ExportDocument, ExportOptions

from .export_samples import annotation, build


def kept_positions(text: str, blocks: list[Block]) -> set[int]:
    """Offsets a rendering shows: inside blocks, lines trimmed of spaces and tabs, blank
    lines dropped (the whole block kept for preformatted ones)."""
    kept: set[int] = set()
    for block in blocks:
        if block.kind is BlockKind.PREFORMATTED:
            body = text[block.start : block.end]
            if body.strip():
                lead = len(body) - len(body.lstrip("\n"))
                trail = len(body) - len(body.rstrip("\n"))
                kept.update(range(block.start + lead, block.end - trail))
            continue
        pos = block.start
        for line in text[block.start : block.end].split("\n"):  # (no "\r" in these texts)
            content = line.strip(" \t")
            if content.replace("\ufeff", "").strip():
                lead = len(line) - len(line.lstrip(" \t"))
                kept.update(range(pos + lead, pos + lead + len(content)))
            pos += len(line) + 1
    return kept


texts = st.text(st.sampled_from("ab \t\n🙂\u00a0#*"), max_size=30)


@st.composite
def documents(draw: st.DrawFn) -> ExportDocument:
    parts = [
        (draw(st.sampled_from(list(BlockKind))), draw(texts), draw(st.integers(0, 3)))
        for _ in range(draw(st.integers(1, 5)))
    ]
    text, blocks = build(parts)
    n = len(text)
    annotations = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, n + 2))
        end = draw(st.integers(start, n + 3))
        annotations.append(
            annotation(
                text,
                max(start, 0),
                max(end, 0),
                n=i + 1,
                colour=draw(st.sampled_from(list(Colour))),
                orphan=draw(st.booleans()),
            )
        )
    entities = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        entities.append(EntitySpan(start, end, EntityLabel.PERSON, text[start:end]))
    return ExportDocument(
        title="t", text=text, blocks=blocks, annotations=annotations, entities=entities
    )


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), entities=st.booleans())
def test_marks_nest_cover_their_range_and_are_referenced_once(
    document: ExportDocument, entities: bool
) -> None:
    laid = layout(document, ExportOptions(include_entities=entities))
    text = document.text
    kept = kept_positions(text, normalise_blocks(text, document.blocks))
    covered: dict[int, list[str]] = {}  # highlight index -> texts seen inside its marks
    firsts: dict[int, int] = {}
    refs: dict[int, int] = {}
    entity_seen: dict[int, list[str]] = {}
    for laid_block in laid.blocks:
        stack: list[Mark] = []
        for line in laid_block.lines:
            for token in line.tokens:
                if isinstance(token, Open):
                    stack.append(token.mark)
                    if token.mark.kind is MarkKind.HIGHLIGHT and token.first:
                        firsts[token.mark.index] = firsts.get(token.mark.index, 0) + 1
                elif isinstance(token, Close):
                    assert stack and stack[-1] is token.mark, "marks cross"
                    stack.pop()
                elif isinstance(token, Ref):
                    assert token.mark not in stack
                    refs[token.mark.index] = refs.get(token.mark.index, 0) + 1
                else:
                    assert isinstance(token, Chunk)
                    assert token.text
                    for mark in stack:
                        seen = covered if mark.kind is MarkKind.HIGHLIGHT else entity_seen
                        seen.setdefault(mark.index, []).append(token.text)
        assert not stack, "a mark is left open at the end of a block"

    placed = {h.index for h in laid.placed}
    for i, a in enumerate(document.annotations):
        visible = "".join(
            text[p] for p in range(max(a.start, 0), min(a.end, len(text))) if p in kept
        )
        if a.orphan or not visible:
            assert i not in placed
            assert i not in covered
            continue
        assert i in placed
        assert "".join(covered[i]) == visible
        assert firsts[i] == 1
        assert refs[i] == 1
    for i, e in enumerate(document.entities):
        visible = "".join(text[p] for p in range(e.start, e.end) if p in kept)
        if entities and visible:
            assert "".join(entity_seen[i]) == visible
        else:
            assert i not in entity_seen
    # Reading order: placed by position, then unplaced; numbers 1..n.
    assert [h.number for h in laid.highlights] == list(range(1, len(document.annotations) + 1))
    starts = [h.annotation.start for h in laid.placed]
    assert starts == sorted(starts)
    assert {h.index for h in laid.highlights} == set(range(len(document.annotations)))


def test_longest_mark_opens_outermost_and_inner_ones_are_reopened() -> None:
    text = "abcdefghij"
    outer = annotation(text, 0, 10, n=1)
    inner = annotation(text, 2, 5, n=2)
    crossing = annotation(text, 4, 8, n=3)
    laid = layout(
        ExportDocument(title="t", text=text, annotations=(crossing, inner, outer)),
        ExportOptions(),
    )
    (line,) = laid.blocks[0].lines
    shape = []
    for token in line.tokens:
        if isinstance(token, Chunk):
            shape.append(token.text)
        elif isinstance(token, Open):
            shape.append(f"<{token.mark.index}{'*' if token.first else ''}>")
        elif isinstance(token, Close):
            shape.append(f"</{token.mark.index}>")
        else:
            shape.append(f"^{token.mark.index}")
    assert "".join(shape) == ("<2*>ab<1*>cd<0*>e</0></1>^1<0>fgh</0>^0ij</2>^2")


def test_normalise_blocks_sorts_clips_and_fills_gaps() -> None:
    text = "aaa\nbbb\nccc\nddd"
    blocks = (
        Block(BlockKind.PARAGRAPH, 8, 11),
        Block(BlockKind.HEADING, 4, 10, 2),  # overlaps the next one
        Block(BlockKind.QUOTE, 14, 99),  # runs past the end
        Block(BlockKind.PARAGRAPH, 3, 3),  # empty
    )
    assert normalise_blocks(text, blocks) == [
        Block(BlockKind.PARAGRAPH, 0, 3),
        Block(BlockKind.HEADING, 4, 10, 2),
        Block(BlockKind.PARAGRAPH, 10, 11),
        Block(BlockKind.PARAGRAPH, 12, 14),
        Block(BlockKind.QUOTE, 14, 15),
    ]


def test_short_ids() -> None:
    text = "abcdef"
    same_prefix = [
        annotation(text, 0, 1, ident="abcdef12-0000-4000-8000-000000000001"),
        annotation(text, 0, 1, ident="abcdef12-0000-4000-8000-000000000002"),
        annotation(text, 0, 1, ident="ABCDEF99-0000-4000-8000-000000000003"),
    ]
    assert short_ids(same_prefix) == [
        "a-abcdef12000040008000000000000001",
        "a-abcdef12000040008000000000000002",
        "a-abcdef99",
    ]
    assert short_ids([annotation(text, 0, 1, ident="x"), annotation(text, 0, 1, ident="x")]) == [
        "a-11f6ad8e",
        "a-11f6ad8e-2",
    ]


def test_all_tags_sorted_case_insensitively_once() -> None:
    text = "abc"
    annotations = [
        annotation(text, 0, 1, tags=("beta", "Alpha")),
        annotation(text, 0, 1, tags=("alpha", "beta", "Émile", "zeta")),
    ]
    assert all_tags(annotations) == ["Alpha", "alpha", "beta", "zeta", "Émile"]
