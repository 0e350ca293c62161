"""Helpers shared by the benchmark scripts: a large French text and a timer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

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
