"""A document's structure and metadata as the JSON stored in ``documents``.

Reading is forgiving (a value written by another version, or damaged, gives what
can be used, never an exception): the canonical text in the row is the truth, and
blocks or contents entries that do not fit it are dropped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from reader.core.document import Block, BlockKind, TocEntry

_KINDS = {kind.value: kind for kind in BlockKind}


def blocks_to_json(blocks: tuple[Block, ...] | list[Block]) -> str:
    """[kind, start, end, level], with a list item's number and checked state after
    when it has them."""
    return json.dumps([_block_item(b) for b in blocks])


def _block_item(block: Block) -> list[object]:
    item: list[object] = [block.kind.value, block.start, block.end, block.level]
    if block.number is not None or block.checked is not None:
        item += [block.number, block.checked]
    return item


def blocks_from_json(value: str | None, text_length: int) -> tuple[Block, ...]:
    out: list[Block] = []
    for item in _list(value):
        if not (isinstance(item, list) and len(item) in (4, 6)):
            continue
        kind, start, end, level = item[:4]
        number, checked = item[4:] if len(item) == 6 else (None, None)
        if not (_int(start) and _int(end) and _int(level)):
            continue
        if not (number is None or _int(number)) or not isinstance(checked, bool | None):
            number, checked = None, None
        if 0 <= start <= end <= text_length:
            kind = _KINDS.get(kind, BlockKind.PARAGRAPH)
            out.append(Block(kind, start, end, level, number, checked))
    return tuple(out)


def toc_to_json(toc: tuple[TocEntry, ...] | list[TocEntry]) -> str:
    return json.dumps([[e.title, e.offset, e.level] for e in toc], ensure_ascii=False)


def toc_from_json(value: str | None, text_length: int) -> tuple[TocEntry, ...]:
    out: list[TocEntry] = []
    for item in _list(value):
        if not (isinstance(item, list) and len(item) == 3):
            continue
        title, offset, level = item
        if isinstance(title, str) and _int(offset) and _int(level) and 0 <= offset <= text_length:
            out.append(TocEntry(title, offset, level))
    return tuple(out)


def metadata_to_json(metadata: dict[str, str]) -> str:
    return json.dumps(dict(sorted(metadata.items())), ensure_ascii=False)


def metadata_from_json(value: str | None) -> dict[str, str]:
    try:
        loaded = json.loads(value or "{}")
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)}


def _list(value: str | None) -> list[Any]:
    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def aware(value: datetime) -> datetime:
    """A stored time (naive UTC) as what leaves the store (aware UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def naive(value: datetime) -> datetime:
    """Any time (naive means UTC) as it is stored (naive UTC)."""
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
