"""Where PostgreSQL's binaries are missing, the team-library tests are skipped with a
clear message on a developer's machine, and fail in CI (``CI`` set, as ``.ci/run`` has
it): CI never passes without running them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# One test of each kind: a PostgreSQL-only test, and the PostgreSQL run of a test on both.
TESTS = [
    "tests/faults/test_team_library_faults.py::test_a_wrong_password",
    "tests/store/test_documents.py::test_record_survives_a_new_process",
]


def run_without_binaries(tmp_path: Path, *, ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "READER_DB")}
    env["READER_PG_BIN"] = str(tmp_path / "no-postgresql-here")
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *TESTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_missing_binaries_skip_locally_and_fail_in_ci(tmp_path: Path) -> None:
    reason = "PostgreSQL binaries (initdb, pg_ctl, postgres) not found: install postgresql"
    local = run_without_binaries(tmp_path, ci=False)
    assert local.returncode == 0, local.stdout + local.stderr
    assert "1 passed, 2 skipped" in local.stdout  # the SQLite run still runs
    assert reason in local.stdout
    in_ci = run_without_binaries(tmp_path, ci=True)
    assert in_ci.returncode == 1, in_ci.stdout + in_ci.stderr
    assert "1 passed, 2 errors" in in_ci.stdout
    assert reason in in_ci.stdout and "skipped" not in in_ci.stdout


def test_ci_runs_with_ci_set_and_installs_postgresql() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "export CI=" in ci
    dev = (ROOT / "packaging" / "dev.sh").read_text("utf-8")
    [test_packages] = [
        line for line in dev.splitlines() if line.strip().startswith("test) wanted=")
    ]
    assert "postgresql" in test_packages.replace('"', " ").split()
