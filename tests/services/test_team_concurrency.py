"""Many writers on one team library (PostgreSQL), each a real process (``team_writer.py``):
they create annotations and edit each other's at the same time, a reader process lists,
and one more writer is SIGKILLed inside a transaction meanwhile. Nothing committed is
lost, nothing is duplicated, and every edit is either saved over the version it was
made on or refused as a conflict: no edit overwrites another silently.

The issue's size (4 writers x 500 annotations for 60 s) is ``test_..._full_size``;
``-k quick`` runs the same checks smaller, in a few seconds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reader.services.app import Services

WRITER = Path(__file__).resolve().parent / "team_writer.py"
TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n" * 20
WRITERS = 4
HOT = 3
"""Annotations every writer edits: where the conflicts happen."""

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _start(url: str, doc_id: int, out: Path, *args: str) -> subprocess.Popen[bytes]:
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, str(WRITER), url, str(doc_id), *args, "--length", str(len(TEXT))],
            stdout=stdout,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )


def _finish(process: subprocess.Popen[bytes], out: Path, timeout: float) -> list[list[str]]:
    code = process.wait(timeout=timeout)
    assert code == 0, out.with_suffix(".err").read_text("utf-8")
    return _lines(out)


def _lines(out: Path) -> list[list[str]]:
    return [line.split(" ", 4) for line in out.read_text("utf-8").splitlines()]


@dataclass
class Log:
    """What the processes said they did."""

    created: list[str] = field(default_factory=list)
    saved: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    """By annotation: (version edited, version made, note) of each edit saved."""
    refused: list[tuple[str, int, str]] = field(default_factory=list)
    """(annotation, version edited, the version the conflict met) of each edit refused."""

    def add(self, lines: list[list[str]]) -> None:
        for kind, *rest in lines:
            if kind == "C":
                self.created.append(rest[0])
            elif kind == "E":
                self.saved[rest[0]].append((int(rest[1]), int(rest[2]), rest[3]))
            elif kind == "X":
                self.refused.append((rest[0], int(rest[1]), rest[2]))
            else:
                assert kind == "HANG", kind


@pytest.fixture
def team_doc(postgres_url: str, tmp_path: Path) -> tuple[int, list[str]]:
    """The document, and the ids of the annotations everyone edits."""
    book = tmp_path / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    services = Services.open(postgres_url, user="seed")
    try:
        doc_id = services.library.add(book).value.entry.id
        hot = [
            services.annotations.create(doc_id, 100 + 3 * n, 104 + 3 * n, note="seed").value.id
            for n in range(HOT)
        ]
        return doc_id, hot
    finally:
        services.close()


def _wait_for_line(
    out: Path, wanted: str, process: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while wanted not in out.read_text("utf-8").split():
        assert process.poll() is None, out.with_suffix(".err").read_text("utf-8")
        assert time.monotonic() < deadline, f"no {wanted} from the writer"
        time.sleep(0.05)


def run_team(
    url: str, team_doc: tuple[int, list[str]], folder: Path, *, each: int, seconds: float
) -> Log:
    doc_id, hot = team_doc
    go = folder / "go"
    common = ("--hot", ",".join(hot), "--tag", "équipe", "--go", str(go))
    writing = (*common, "--count", str(each), "--seconds", str(seconds))
    outs = [folder / f"writer{n}.out" for n in range(WRITERS)]
    writers = [
        _start(url, doc_id, out, "write", "--name", f"w{n}", *writing) for n, out in enumerate(outs)
    ]
    victim_out = folder / "victim.out"
    victim = _start(
        url, doc_id, victim_out, "write", "--name", "victim", *common,
        "--count", str(each), "--seconds", str(seconds), "--hang-after", str(each // 10),
    )  # fmt: skip
    lister_out = folder / "lister.out"
    until = HOT + WRITERS * each
    lister = _start(
        url, doc_id, lister_out, "list", "--until", str(until), "--go", str(go),
        "--seconds", str(seconds + 120),
    )  # fmt: skip
    go.touch()
    _wait_for_line(victim_out, "HANG", victim, timeout=seconds + 60)
    victim.send_signal(signal.SIGKILL)  # inside its transaction: its last insert is not committed
    victim.wait(timeout=30)
    log = Log()
    log.add(_lines(victim_out))
    assert len(log.created) == each // 10
    for process, out in zip(writers, outs, strict=True):
        log.add(_finish(process, out, timeout=seconds + 300))
    counts = [int(line[0]) for line in _finish(lister, lister_out, timeout=seconds + 180)]
    assert counts == sorted(counts)  # a reader never sees the library go back
    assert counts[-1] >= until

    services = Services.open(url)
    try:
        stored = {a.id: a for a in services.annotations.for_document(doc_id)}
        tags = [(t.name, t.count) for t in services.tags.counts()]
    finally:
        services.close()
    assert len(log.created) == WRITERS * each + each // 10
    # 0 lost, 0 duplicated; the victim's insert in flight is not there
    assert sorted(stored) == sorted(hot + log.created)
    assert tags == [("équipe", len(log.created))]
    for annotation_id, saves in log.saved.items():
        now = stored[annotation_id]
        edited = sorted(expected for expected, _made, _note in saves)
        # each version was edited by one writer only, and made the next: none overwritten
        assert edited == list(range(1, now.version)), annotation_id
        assert all(made == expected + 1 for expected, made, _note in saves)
        assert now.note == max(saves)[2]  # the last saved edit is what is stored
    for annotation_id in set(stored) - set(log.saved):
        assert stored[annotation_id].version == 1  # nobody saved an edit: untouched
    for _annotation_id, expected, met in log.refused:
        assert met != str(expected)  # a refused edit met someone else's version
    return log


def test_quick_writers_edit_each_other_and_lose_nothing(
    postgres_url: str, team_doc: tuple[int, list[str]], tmp_path: Path
) -> None:
    log = run_team(postgres_url, team_doc, tmp_path, each=40, seconds=10)
    assert log.refused, "no conflict happened: the test did not test them"
    assert sum(len(s) for s in log.saved.values()) > len(log.refused) / 10


def test_four_writers_for_a_minute_with_a_reader_and_a_killed_writer_full_size(
    postgres_url: str, team_doc: tuple[int, list[str]], tmp_path: Path
) -> None:
    began = time.monotonic()
    log = run_team(postgres_url, team_doc, tmp_path, each=500, seconds=60)
    assert time.monotonic() - began >= 60
    assert len(log.refused) >= 20, "too few conflicts to say they are all reported"
    others_edited = [a for a in log.saved if a not in team_doc[1]]
    assert others_edited, "writers edited only the shared few"


def test_a_writer_killed_mid_transaction_loses_nothing_it_committed(
    postgres_url: str, team_doc: tuple[int, list[str]], tmp_path: Path
) -> None:
    doc_id, hot = team_doc
    out = tmp_path / "victim.out"
    process = _start(
        postgres_url, doc_id, out, "write", "--name", "victim", "--hot", ",".join(hot),
        "--count", "200", "--seconds", "2", "--hang-after", "30",
    )  # fmt: skip
    _wait_for_line(out, "HANG", process, timeout=120)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    log = Log()
    log.add(_lines(out))
    assert len(log.created) == 30
    services = Services.open(postgres_url)
    try:
        stored = {a.id for a in services.annotations.for_document(doc_id)}
        # the library is usable at once: the killed transaction's locks are gone
        services.annotations.edit(hot[0], note="after the kill")
    finally:
        services.close()
    assert stored == set(hot) | set(log.created)  # the 31st, in flight, is not there
