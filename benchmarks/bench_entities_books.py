"""Entity speed and memory on real French novels, beside bare spaCy. Run by hand:

    .venv/bin/python benchmarks/bench_entities_books.py [FILE ...] [--repeat 2] [--skip-processes]

Default file: the corpus's 1.4 MB Boisgobey novel (``../shared/corpus/plain-text/``).
Each file is read as the app reads it (``load_document``, front and back matter
blanked: ``work_text``) and cut into the model stage's chunks (``chunk_text``).

Wall and CPU seconds are both printed: on a shared machine the CPU time of each
side is the steadier figure. In-process, one loaded pipeline (NER only, as the app
loads it):
- bare: ``nlp.pipe`` over the chunks, batch 64, nothing else;
- whole entity pass: ``run_model`` + ``finish`` (model, rules, cleanup, merge,
  consistency) on the same text; its time over bare's is the ratio (target <= 1.0);
  ``--repeat`` pairs, in alternating order, and their total ratio;
- first screen: ``EntityService.compute`` with ``first`` = the first 3,000 characters,
  in a fresh library: seconds until ``on_partial`` delivers that screen's entities,
  the pipeline loaded (target <= 1 s).

CPU seconds include those of the model's forked twin process (``reader.nlp.twin``),
which works on the second core.

As whole processes (skipped with ``--skip-processes``), wall time and CPU time read
from the operating system (``wait4``: the process and the children it waited for,
the twin included) and two peaks of memory: the largest resident set of any one
process (``wait4``'s ``ru_maxrss``) and the largest sum over the process tree of its
proportional set sizes (``/proc/PID/smaps_rollup``, every 20 ms: pages the twin
shares with its parent count once, pages either has of its own count), the honest
figure when the twin runs:
- bare: a fresh interpreter that reads the file, loads the pipeline and runs bare
  ``nlp.pipe`` over the chunks;
- ``reader entities FILE --json`` in a fresh library (target: peak <= 1.3 x bare).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.document import work_text  # noqa: E402
from reader.formats.loading import load_document  # noqa: E402
from reader.nlp import Cancelled, find_pipeline, finish, load_pipeline, run_model  # noqa: E402
from reader.nlp.model import chunk_text  # noqa: E402
from reader.services.app import Services  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "plain-text"
DEFAULT = CORPUS / "fr-textbox-boisgobey-crime-opera-rd1006.txt"
SCREEN = 3000

BARE_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from reader.core.document import work_text
from reader.formats.loading import load_document
from reader.nlp import find_pipeline, load_pipeline
from reader.nlp.model import chunk_text
document = load_document(__import__("pathlib").Path(sys.argv[2]))
text = work_text(document.text, document.blocks)
nlp = load_pipeline(find_pipeline("fr"))
started = time.perf_counter()
texts = [text[c.start : c.end].replace("\\n", " ") for c in chunk_text(text)]
for doc in nlp.pipe(texts, batch_size=64):
    doc.ents
print(f"{time.perf_counter() - started:.1f}")
"""


def read(path: Path) -> str:
    document = load_document(path)
    return work_text(document.text, document.blocks)


def cpu_seconds() -> float:
    """CPU seconds of this process and of the children it waited for (the twin)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def bare_seconds(nlp: Any, text: str) -> tuple[float, float]:
    """(wall, CPU) seconds of bare ``nlp.pipe`` over the chunks."""
    started, cpu = time.perf_counter(), cpu_seconds()
    texts = [text[c.start : c.end].replace("\n", " ") for c in chunk_text(text)]
    for doc in nlp.pipe(texts, batch_size=64):
        _ = doc.ents
    return time.perf_counter() - started, cpu_seconds() - cpu


def whole_pass_seconds(text: str) -> tuple[float, float, float, int]:
    """(wall, CPU, CPU of the cheap stages, spans) of the whole entity pass."""
    started, cpu = time.perf_counter(), cpu_seconds()
    model = run_model(text, "fr")
    modelled = cpu_seconds()
    spans = finish(text, "fr", model)
    done = cpu_seconds()
    return time.perf_counter() - started, done - cpu, done - modelled, len(spans)


def first_screen_seconds(path: Path) -> float:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(f"sqlite:///{Path(folder) / 'library.db'}", backups=False)
        try:
            opened = services.documents.open(path).value
            started = time.perf_counter()
            arrived: list[float] = []

            def on_partial(_spans: object) -> None:
                arrived.append(time.perf_counter() - started)

            def cancelled() -> bool:
                return bool(arrived)  # the rest of the book is not this measurement's

            with contextlib.suppress(Cancelled):  # once the first screen is in
                services.entities.compute(
                    opened.id, first=(0, SCREEN), on_partial=on_partial, cancelled=cancelled
                )
            return arrived[0]
        finally:
            services.close()


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, now."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            todo.extend(
                int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()
            )
    return found


def _tree_pss_mib(pid: int) -> float:
    total = 0
    for member in _tree(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total / 1024


def child(command: list[str]) -> tuple[float, float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS MiB of one process, peak PSS MiB of the
    process tree, stdout) of a child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    peak = [0.0]
    running = threading.Event()
    running.set()

    def sample() -> None:
        while running.is_set():
            peak[0] = max(peak[0], _tree_pss_mib(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = process.stdout.read().decode()
    running.clear()
    sampler.join()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command[:3]} failed with {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, cpu, usage.ru_maxrss / 1024, peak[0], out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--skip-processes", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="in-process pairs (default 2)")
    args = parser.parse_args()
    info = find_pipeline("fr")
    if info is None:
        raise SystemExit("no French spaCy pipeline installed")
    started = time.perf_counter()
    nlp = load_pipeline(info)
    print(
        f"pipeline {info.id} loaded in {time.perf_counter() - started:.1f} s; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for path in args.files:
        text = read(path)
        print(f"\n{path.name}: {len(text):,} characters")
        bares: list[tuple[float, float]] = []
        wholes: list[tuple[float, float]] = []
        for run in range(args.repeat):  # alternate the order: the load changes meanwhile
            if run % 2:
                wall, cpu, cheap, count = whole_pass_seconds(text)
                bares.append(bare_seconds(nlp, text))
            else:
                bares.append(bare_seconds(nlp, text))
                wall, cpu, cheap, count = whole_pass_seconds(text)
            wholes.append((wall, cpu))
            print(
                f"  in-process  bare nlp.pipe {bares[-1][0]:6.1f} s (CPU {bares[-1][1]:.1f} s)   "
                f"whole entity pass {wall:6.1f} s (CPU {cpu:.1f} s, cheap stages {cheap:.1f} s; "
                f"{count:,} spans)   ratio {wall / bares[-1][0]:.2f}, CPU "
                f"{cpu / bares[-1][1]:.2f}   load average {os.getloadavg()[0]:.1f}"
            )
        if args.repeat > 1:
            wall_ratio = sum(w for w, _ in wholes) / sum(w for w, _ in bares)
            cpu_ratio = sum(c for _, c in wholes) / sum(c for _, c in bares)
            print(f"  in-process  total ratio {wall_ratio:.2f}, CPU {cpu_ratio:.2f}")
        print(
            f"  first screen's entities {first_screen_seconds(path):.2f} s after asking "
            "(pipeline loaded)"
        )
        if args.skip_processes:
            continue
        bare_wall, bare_cpu, bare_rss, bare_pss, bare_out = child(
            [sys.executable, "-c", textwrap.dedent(BARE_CHILD), str(ROOT), str(path)]
        )
        with tempfile.TemporaryDirectory() as folder:
            reader_cli = [sys.executable, "-m", "reader", "--db", str(Path(folder) / "l.db")]
            ours_wall, ours_cpu, ours_rss, ours_pss, _ = child(
                [*reader_cli, "entities", "--json", str(path)]
            )
        print(
            f"  processes   bare {bare_wall:6.1f} s, CPU {bare_cpu:.1f} s (its nlp.pipe "
            f"{bare_out.strip()} s), peak RSS {bare_rss:4.0f} MiB, PSS {bare_pss:4.0f} MiB   "
            f"reader entities --json {ours_wall:6.1f} s, CPU {ours_cpu:.1f} s, peak RSS "
            f"{ours_rss:4.0f} MiB, PSS (with the twin) {ours_pss:4.0f} MiB   ratios: time "
            f"{ours_wall / bare_wall:.2f}, CPU {ours_cpu / bare_cpu:.2f}, memory "
            f"{ours_pss / bare_pss:.2f} (PSS), {ours_rss / bare_rss:.2f} (RSS); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
