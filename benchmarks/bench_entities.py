"""Entity recognition speed on a ~1 MB French text. Run by hand:

    .venv/bin/python benchmarks/bench_entities.py [--size 1000000] [--repeat 2] [--sweep]

The text is the bundled sample article plus the French texts of the NLP gold set
(tests/nlp/gold.py), repeated until it reaches ``--size`` characters, each round
with its paragraphs and sentences shuffled and its numbers changed (seeded), so
spaCy sees the same vocabulary in varying contexts. It is not a corpus of 1 MB of
distinct news: say so when quoting the figures.

Prints, in one run and with one loaded pipeline:
- words/s of bare ``nlp.pipe`` over the same paragraphs (batch 64 and 256);
- words/s of the whole entity pass (``run_model`` + ``finish``) and its ratio to
  the faster bare run (target >= 0.8);
- the time until the entities of a ~3,000-character screen are ready when that
  range is prioritised, at the start and in the middle of the text;
- with ``--sweep``, model-stage speed per batch size.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.document import word_count  # noqa: E402
from reader.core.entities import EntitySpan  # noqa: E402
from reader.nlp import (  # noqa: E402
    Cancelled,
    ModelOutput,
    find_pipeline,
    finish,
    load_pipeline,
    run_model,
)
from reader.nlp import model as model_stage  # noqa: E402
from reader.nlp.model import chunk_text  # noqa: E402
from tests.nlp.gold import GOLD  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "Alibaba ouvre ses centres de données du Hebei.txt"
SCREEN = 3000
_SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])")
_NUMBER = re.compile(r"\d+")


def build_text(size: int, seed: int = 7) -> str:
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    paragraphs += [g.text for g in GOLD if g.language == "fr"]
    rng = random.Random(seed)

    def renumber(match: re.Match[str]) -> str:
        digits = match.group()
        if len(digits) <= 2:
            return str(rng.randint(1, 28))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    out: list[str] = []
    length = 0
    while length < size:
        order = paragraphs[:]
        rng.shuffle(order)
        for paragraph in order:
            sentences = _SENTENCE.split(paragraph)
            rng.shuffle(sentences)
            varied = _NUMBER.sub(renumber, " ".join(sentences))
            out.append(varied)
            length += len(varied) + 1
    return "\n".join(out)[:size].rsplit("\n", 1)[0]


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def bare_pipe(nlp: Any, paragraphs: list[str], batch_size: int) -> int:
    count = 0
    for doc in nlp.pipe(paragraphs, batch_size=batch_size):
        count += len(doc.ents)
    return count


def whole_pass(text: str) -> tuple[float, float, int]:
    model_time, output = timed(lambda: run_model(text, "fr"))
    finish_time, spans = timed(lambda: finish(text, "fr", output))
    return model_time, finish_time, len(spans)


def first_screen(text: str, start: int) -> float:
    """Seconds until the entities of [start, start + SCREEN) are final."""
    window = (start, start + SCREEN)
    ready: list[float] = []
    begin = time.perf_counter()

    def on_batch(spans: list[EntitySpan]) -> None:
        finish(text, "fr", ModelOutput("bench", tuple(spans)), window=window)
        ready.append(time.perf_counter() - begin)

    # Cancelled after the first batch: the rest of the text is not this measurement's.
    with contextlib.suppress(Cancelled):
        run_model(text, "fr", first=window, on_batch=on_batch, cancelled=lambda: bool(ready))
    return ready[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()

    info = find_pipeline("fr")
    if info is None:
        sys.exit("no French spaCy pipeline installed")
    text = build_text(args.size)
    words = word_count(text)
    paragraphs = [text[c.start : c.end].replace("\n", " ") for c in chunk_text(text)]
    print(f"text: {len(text):,} characters, {words:,} words, {len(paragraphs):,} paragraphs")

    load_time, nlp = timed(lambda: load_pipeline(info))
    print(f"pipeline: {info.id}, components {nlp.pipe_names}, loaded in {load_time:.1f} s")
    bare_pipe(nlp, paragraphs[:200], 64)  # warm up

    bare: dict[int, list[float]] = {64: [], 256: []}
    ours: list[float] = []
    finish_times: list[float] = []
    for round_ in range(args.repeat):
        for batch_size, times in bare.items():
            start = time.perf_counter()
            bare_pipe(nlp, paragraphs, batch_size)
            times.append(time.perf_counter() - start)
        model_time, finish_time, count = whole_pass(text)
        ours.append(model_time + finish_time)
        finish_times.append(finish_time)
        print(
            f"  round {round_ + 1}: bare64 {bare[64][-1]:.1f} s, bare256 {bare[256][-1]:.1f} s,"
            f" model {model_time:.1f} s + finish {finish_time:.2f} s ({count:,} entities)"
        )

    def rate(seconds: list[float]) -> float:
        return words / statistics.median(seconds)

    best_bare = max(rate(bare[64]), rate(bare[256]))
    print(f"bare nlp.pipe, batch 64:  {rate(bare[64]):8,.0f} words/s")
    print(f"bare nlp.pipe, batch 256: {rate(bare[256]):8,.0f} words/s")
    print(
        f"run_model + finish:       {rate(ours):8,.0f} words/s"
        f" (finish alone {statistics.median(finish_times):.2f} s)"
    )
    print(f"ratio to the faster bare run: {rate(ours) / best_bare:.2f} (target >= 0.8)")

    for label, start in (("start", 0), ("middle", len(text) // 2)):
        seconds = statistics.median(first_screen(text, start) for _ in range(3))
        print(f"first screen ({SCREEN:,} chars at the {label}) ready in {seconds * 1000:.0f} ms")

    if args.sweep:
        part = text[: len(text) // 4]
        part_words = word_count(part)
        saved = model_stage.BATCH_DOCS, model_stage.BATCH_CHARS
        for batch_docs in (16, 32, 64, 128, 256):
            model_stage.BATCH_DOCS, model_stage.BATCH_CHARS = batch_docs, 10**9
            seconds, _ = timed(lambda: run_model(part, "fr"))
            print(
                f"sweep: {batch_docs:>3} paragraphs per batch: {part_words / seconds:8,.0f} words/s"
            )
        model_stage.BATCH_DOCS, model_stage.BATCH_CHARS = saved


if __name__ == "__main__":
    main()
