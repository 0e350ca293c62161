"""Processes on one library: killed writers lose nothing they reported, and writers
running at the same time wait their turn instead of failing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.tags import TagCount
from reader.services.annotations import AnnotationService
from reader.services.app import Services
from reader.store.unit_of_work import UnitOfWork

WRITER = Path(__file__).resolve().parent / "annotation_writer.py"
TEXT = "Le groupe Alibaba ouvre trois centres de données dans la province du Hebei, en Chine.\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only(
        "SQLite's journal under killed and concurrent writers (PostgreSQL's: test_team_concurrency)"
    ),
]


def record_document(tmp_path: Path, db: Path) -> int:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, "utf-8")
    services = Services.open(str(db))
    try:
        return services.documents.open(path).value.id
    finally:
        services.close()


def writer_command(db: Path, document_id: int, mode: str, *options: str) -> list[str]:
    return [sys.executable, str(WRITER), str(db), str(document_id), mode, *options]


def integrity(db: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def wait_for(condition: object, timeout: float, what: str) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.005)


def test_a_killed_writer_loses_nothing_it_reported_saved(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    document_id = record_document(tmp_path, db)
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    began = time.monotonic()
    reported: set[str] = set()
    rounds_with_saves = 0
    rounds = 0
    # Work done, not wall seconds, decides when it stops: at least 10 rounds however
    # slow the machine (each wait in a round has its own timeout, which catches a hang),
    # then more while the first minute lasts, up to 25.
    while rounds < 10 or (rounds < 25 and time.monotonic() - began < 60):
        tag = f"r{rounds}"
        out_path, err_path = tmp_path / f"{tag}.out", tmp_path / f"{tag}.err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            process = subprocess.Popen(
                writer_command(db, document_id, "write", "--length", str(len(TEXT)), "--tag", tag),
                stdout=out,
                stderr=err,
            )
            if rounds % 4 == 3:  # any moment, start-up and migration check included
                time.sleep(rng.uniform(0.0, 1.2))
            else:  # while it writes: after its first commit
                wait_for(
                    lambda: out_path.stat().st_size > 0 or process.poll() is not None,  # noqa: B023
                    30,
                    "the writer's first annotation",
                )
                time.sleep(rng.uniform(0.0, 0.25))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        context = f"round {rounds}, seed {seed}: {err_path.read_text()}"
        assert process.returncode == -signal.SIGKILL, context  # it was still running
        *complete, _partial = out_path.read_text().split("\n")  # the last line may be cut
        saved = set(complete)
        reported |= saved
        rounds_with_saves += bool(saved)

        assert integrity(db) == [("ok",)], context
        uow = UnitOfWork.open(str(db))
        try:
            stored = {a.id: a for a in AnnotationService(uow).for_document(document_id)}
        finally:
            uow.close()
        assert reported <= set(stored), f"lost {reported - set(stored)} ({context})"
        for annotation in stored.values():  # each one whole: its note and its tag together
            assert annotation.tags == (annotation.note.split()[0],), context
            assert annotation.quote.exact == TEXT[annotation.start : annotation.end]
        rounds += 1
    assert rounds_with_saves >= rounds // 2
    assert len(reported) > 0


def test_two_writers_and_a_reader_at_once(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    document_id = record_document(tmp_path, db)
    go = tmp_path / "go"
    processes = []
    for name, mode, options in (
        ("w1", "write", ("--count", "200", "--tag", "w1")),
        ("w2", "write", ("--count", "200", "--tag", "w2")),
        ("lister", "list", ("--until", "400")),
    ):
        ready = tmp_path / f"{name}.ready"
        command = writer_command(
            db,
            document_id,
            mode,
            "--length",
            str(len(TEXT)),
            "--ready",
            str(ready),
            "--go",
            str(go),
        )
        process = subprocess.Popen(
            [*command, *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        processes.append((name, ready, process))
    for name, ready, process in processes:
        wait_for(lambda: ready.exists() or process.poll() is not None, 30, f"{name} to start")  # noqa: B023
    go.touch()  # all three start together
    outputs = {}
    for name, _ready, process in processes:
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, f"{name}: {stderr}"
        assert stderr == "", f"{name}: {stderr}"  # no "database is locked", no warning
        outputs[name] = stdout.split()

    ids1, ids2 = set(outputs["w1"]), set(outputs["w2"])
    assert len(ids1) == len(ids2) == 200
    assert not ids1 & ids2
    counts = [int(n) for n in outputs["lister"]]
    assert counts == sorted(counts)  # a reader sees commits, in order, never a partial state
    assert counts[-1] == 400

    services = Services.open(str(db))
    try:
        stored = services.annotations.for_document(document_id)
        assert {a.id for a in stored} == ids1 | ids2
        assert services.tags.counts() == [TagCount("w1", 200), TagCount("w2", 200)]
    finally:
        services.close()
    assert integrity(db) == [("ok",)]
