"""Export timings on a ~1 MB document with 5,000 annotations (run by hand).

    .venv/bin/python benchmarks/bench_export.py [--chars 1000000] [--annotations 5000]

Builds a deterministic document (headings, paragraphs, list items, quotes, code),
5,000 highlights (a third overlapping their neighbour, some across paragraphs,
half with notes, a third with tags, 1 % orphans) and 2,000 entities, then times
every format in FORMATS (median of a few runs), the W3C import, and re-anchoring
samples of the annotations after an edit (text added at the top; one character
changed inside some passages, which sends them through the fuzzy search). Target:
under 1 s for each export.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial

from reader.core.anchoring import anchor
from reader.core.annotations import Annotation, Colour, quote_at
from reader.core.document import Block, BlockKind
from reader.core.entities import EntityLabel, EntitySpan
from reader.export import FORMATS, ExportDocument, ExportOptions, parse_w3c

VOCABULARY = (
    "le la les un une des du de et à en dans pour par sur avec groupe chinois centre "
    "données province nord pays géant commerce cloud computing énergie technologie "
    "directeur marché acheteurs entrepreneurs ligne compétences mesure capacité site "
    "serveurs réseau électricité renouvelable investissement milliard croissance année "
    "*important* _souligné_ [lien] <balise> & 1. # - | ` ~ 🙂 𠀀 Zhang Alibaba Hebei"
)


def build_document(chars: int, count: int, seed: int = 1) -> ExportDocument:
    rng = random.Random(seed)
    words_list = VOCABULARY.split()
    parts: list[str] = []
    blocks: list[Block] = []
    size = 0
    while size < chars:
        roll = rng.random()
        words = [rng.choice(words_list) for _ in range(rng.randint(8, 120))]
        content = " ".join(words).capitalize() + "."
        if roll < 0.04:
            kind, level, content = BlockKind.HEADING, rng.randint(1, 3), " ".join(words[:6])
        elif roll < 0.14:
            kind, level = BlockKind.LIST_ITEM, 0
        elif roll < 0.18:
            kind, level = BlockKind.QUOTE, 0
        elif roll < 0.20:
            kind, level = BlockKind.PREFORMATTED, 0
            content = "\n".join("    " + " ".join(words[i : i + 8]) for i in range(0, 40, 8))
        else:
            kind, level = BlockKind.PARAGRAPH, 0
        start = size + (1 if parts else 0)
        blocks.append(Block(kind, start, start + len(content), level))
        parts.append(content)
        size = start + len(content)
    text = "\n".join(parts)

    created = datetime(2026, 1, 1)
    annotations: list[Annotation] = []
    position = 0
    step = len(text) // count
    for _ in range(count):
        start = min(position + rng.randint(0, step // 2), len(text) - 2)
        length = rng.randint(5, 400 if rng.random() < 0.9 else 3_000)
        if rng.random() < 0.33 and annotations:  # overlap the previous one
            start = max(0, annotations[-1].end - rng.randint(1, 20))
        end = min(len(text), start + length)
        annotations.append(
            Annotation(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                document_id=1,
                start=start,
                end=end,
                quote=quote_at(text, start, end),
                colour=rng.choice(list(Colour)),
                note=(
                    rng.choice(["Une note.", "Première ligne\nseconde *ligne*", "<script>x"])
                    if rng.random() < 0.5
                    else ""
                ),
                tags=tuple(rng.sample(["chine", "cloud", "personne", "énergie"], 2))
                if rng.random() < 0.33
                else (),
                created=created,
                updated=created,
                orphan=rng.random() < 0.01,
            )
        )
        position += step
    entities = []
    for _ in range(2_000):
        start = rng.randrange(len(text) - 20)
        end = start + rng.randint(3, 20)
        entities.append(EntitySpan(start, end, rng.choice(list(EntityLabel)), text[start:end]))
    entities.sort()
    return ExportDocument(
        title="Benchmark",
        text=text,
        blocks=tuple(blocks),
        annotations=annotations,
        entities=entities,
        source="/tmp/benchmark.txt",
        language="fr",
        exported=created,
    )


def timed(function: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        began = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--annotations", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    began = time.perf_counter()
    document = build_document(args.chars, args.annotations)
    print(
        f"document: {len(document.text):,} characters, {len(document.blocks):,} blocks, "
        f"{len(document.annotations):,} annotations, {len(document.entities):,} entities "
        f"(built in {time.perf_counter() - began:.2f} s)"
    )
    outputs: dict[str, str] = {}
    for key, (exporter, _suffix) in FORMATS.items():
        for options in (ExportOptions(), ExportOptions(include_entities=True)):
            if options.include_entities and key not in ("md", "html"):
                continue
            seconds, output = timed(partial(exporter, document, options), args.runs)
            assert isinstance(output, str)
            outputs[key] = output
            label = key + (" +entities" if options.include_entities else "")
            print(f"{label:<16} {seconds * 1000:8.0f} ms   {len(output) / 1e6:6.2f} MB")
    seconds, parsed = timed(lambda: parse_w3c(outputs["json"]), args.runs)
    assert isinstance(parsed, list)
    print(f"{'parse_w3c':<16} {seconds * 1000:8.0f} ms   {len(parsed):,} annotations")

    # Re-anchoring after an edit: text added at the top, and one character changed
    # inside each sampled passage (so that exact search fails and fuzzy search runs).
    sample = [a for a in document.annotations[::25] if not a.orphan and a.end - a.start >= 8]
    chars = list(document.text)
    for a in sample:
        middle = (a.start + a.end) // 2
        chars[middle] = "#" if chars[middle] != "#" else "%"
    edited = "Un nouveau chapeau ajouté en tête.\n" + "".join(chars)
    for label, items in (
        ("anchor exact", [(a.quote, a.start, a.end) for a in document.annotations[1::25]]),
        ("anchor fuzzy", [(a.quote, a.start, a.end) for a in sample]),
    ):
        began = time.perf_counter()
        found = sum(anchor(edited, quote, start, end) is not None for quote, start, end in items)
        seconds = time.perf_counter() - began
        print(
            f"{label:<16} {seconds / len(items) * 1000:8.1f} ms per annotation "
            f"({found}/{len(items)} re-anchored)"
        )


if __name__ == "__main__":
    main()
