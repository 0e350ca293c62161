"""Run the CLI as a user does: a new process, a library file named by READER_DB."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def environment(db: Path | None) -> dict[str, str]:
    """This process's environment with READER_DB set to ``db`` (or removed)."""
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    if db is not None:
        env["READER_DB"] = str(db)
    return env


def reader(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        env=environment(db),
        timeout=300,
        check=False,
    )
