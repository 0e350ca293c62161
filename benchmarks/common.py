"""Helpers shared by the benchmark scripts: a large French text, highlights, a timer."""

from __future__ import annotations

import random
import re
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reader.core.annotations import Annotation, Colour, quote_at

SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "resources"
    / "samples"
    / "Alibaba ouvre ses centres de données du Hebei.txt"
)


def large_french_text(target_chars: int = 1_000_000) -> str:
    """About ``target_chars`` of French news prose: the sample's paragraphs, numbered
    and shuffled by a fixed rotation so that no two consecutive paragraphs repeat."""
    paragraphs = [p for p in SAMPLE.read_text("utf-8").split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    n = 0
    while size < target_chars:
        paragraph = f"{paragraphs[(n * 7) % len(paragraphs)]} (§{n})"
        out.append(paragraph)
        size += len(paragraph) + 1
        n += 1
    return "\n".join(out) + "\n"


def median_ms(work: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def random_highlights(
    document_id: int,
    text: str,
    count: int,
    seed: int,
    tags: Callable[[int], tuple[str, ...]] = lambda _n: ("lot",),
) -> list[Annotation]:
    """``count`` highlights of 1 to 12 whole words at random places, every colour, a
    note on every third, ``tags(n)`` on the n-th: to restore in one operation."""
    rng = random.Random(seed)
    words = [m.span() for m in re.finditer(r"\w+", text)]
    now = datetime.now(UTC)
    made = []
    for n in range(count):
        first = rng.randrange(len(words) - 12)
        start, end = words[first][0], words[first + rng.randrange(1, 12)][1]
        made.append(
            Annotation(
                str(uuid.uuid4()),
                document_id,
                start,
                end,
                quote_at(text, start, end),
                list(Colour)[n % 6],
                f"note {n}" if n % 3 == 0 else "",
                tags(n),
                now,
                now,
            )
        )
    return made
