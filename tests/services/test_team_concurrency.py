"""Many writers on one team library (PostgreSQL): nothing lost, nothing duplicated, and a
writer killed mid-transaction loses nothing it had committed. Each writer is a real
process (``annotation_writer.py``) printing an id only once ``create()`` returned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.services.app import Services

WRITER = Path(__file__).resolve().parent / "annotation_writer.py"
TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n" * 20
WRITERS = 4
EACH = 150

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _writer(url: str, doc_id: int, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), url, str(doc_id), *args, "--length", str(len(TEXT))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


@pytest.fixture
def team_doc(postgres_url: str, tmp_path: Path) -> int:
    book = tmp_path / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    services = Services.open(postgres_url)
    try:
        return services.library.add(book).value.entry.id
    finally:
        services.close()


def test_four_writers_and_a_reader_lose_and_duplicate_nothing(
    postgres_url: str, team_doc: int, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    writing = ("write", "--count", str(EACH), "--tag", "équipe", "--go", str(go))
    writers = [_writer(postgres_url, team_doc, *writing) for _ in range(WRITERS)]
    lister = _writer(
        postgres_url, team_doc, "list", "--until", str(WRITERS * EACH), "--go", str(go)
    )
    go.touch()
    written: list[str] = []
    for process in writers:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        written += out.split()
    out, err = lister.communicate(timeout=120)
    assert lister.returncode == 0, err
    counts = [int(n) for n in out.split()]
    assert counts == sorted(counts)  # a reader never sees the library go back
    services = Services.open(postgres_url)
    try:
        stored = [a.id for a in services.annotations.for_document(team_doc)]
        assert len(written) == WRITERS * EACH
        assert sorted(stored) == sorted(written)  # 0 lost, 0 duplicated
        assert [(t.name, t.count) for t in services.tags.counts()] == [("équipe", WRITERS * EACH)]
    finally:
        services.close()


def test_a_writer_killed_mid_write_loses_nothing_it_committed(
    postgres_url: str, team_doc: int
) -> None:
    process = _writer(postgres_url, team_doc, "write")
    assert process.stdout is not None
    committed: list[str] = []
    deadline = time.monotonic() + 60
    while len(committed) < 30 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        committed.append(line.strip())
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert len(committed) >= 30
    services = Services.open(postgres_url)
    try:
        stored = {a.id for a in services.annotations.for_document(team_doc)}
        assert set(committed) <= stored
        assert len(stored) - len(committed) <= 1  # at most the one not yet printed
    finally:
        services.close()
