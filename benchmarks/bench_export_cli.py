"""`reader export --format md` of a novel with 5,000 highlights, as a whole process.

Run by hand: .venv/bin/python benchmarks/bench_export_cli.py

Data: the 1.4 MB French novel of the shared corpus (Boisgobey, 1.39 M characters),
recorded in a new library with 5,000 highlights (some with notes, tags). Timed: the
whole command ``python -m reader export NOVEL --format md -o OUT`` (start-up, opening
the library, reading the file, rendering, writing) minus the whole command
``python -m reader text NOVEL`` (start-up and reading the file), run in turns 5 times
each, median of the 5 differences: what exporting itself costs the user. Target: under
0.5 s. The CPU time (user + system) of the same runs is printed too, with the load
average: on a shared machine the wall time depends on the other processes, the CPU
time much less.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import random_highlights
from reader.services.app import Services

NOVEL = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "corpus"
    / "plain-text"
    / "fr-textbox-boisgobey-crime-opera-rd1006.txt"
)
HIGHLIGHTS = 5_000
RUNS = 5


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def timed_pairs(
    first: list[str], second: list[str], env: dict[str, str]
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """RUNS runs of each command, taken in turns (so that both see the same load)."""
    return [(run(first, env), run(second, env)) for _ in range(RUNS)]


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.0f} ms"


def main() -> int:
    if not NOVEL.is_file():
        print(f"skipped: the shared corpus is not there ({NOVEL})")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        db = scratch / "library.sqlite3"
        services = Services.open(str(db))
        opened = services.documents.open(NOVEL).value
        text = opened.document.text
        made = random_highlights(
            opened.id,
            text,
            HIGHLIGHTS,
            seed=3,
            tags=lambda n: ("lot", f"tag{n % 7}") if n % 2 else (),
        )
        services.annotations.restore(made)
        services.close()
        env = {**os.environ, "READER_DB": str(db)}
        reader = [sys.executable, "-m", "reader"]
        out = scratch / "novel.md"
        pairs = timed_pairs(
            [*reader, "export", str(NOVEL), "--format", "md", "-o", str(out)],
            [*reader, "text", str(NOVEL)],
            env,
        )
        print(f"document: {len(text):,} characters, {HIGHLIGHTS:,} highlights")
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print("                              wall       CPU   (medians)")
        export, read = [p[0] for p in pairs], [p[1] for p in pairs]
        print(
            f"reader export --format md   {median_ms([w for w, _ in export])}"
            f" {median_ms([c for _, c in export])}  ({out.stat().st_size:,} bytes)"
        )
        print(
            f"reader text                 {median_ms([w for w, _ in read])}"
            f" {median_ms([c for _, c in read])}"
        )
        print(
            f"export minus text           {median_ms([e[0] - r[0] for e, r in pairs])}"
            f" {median_ms([e[1] - r[1] for e, r in pairs])}  (target < 500 ms wall;"
            " median of the differences of runs taken in turns)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
