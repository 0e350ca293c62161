"""Run the CLI as a user does: a new process, the library (a file or a PostgreSQL URL)
named by READER_DB."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def environment(db: Path | str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment with READER_DB set to ``db`` (or removed)."""
    env = {k: v for k, v in os.environ.items() if k != "READER_DB"}
    if db is not None:
        env["READER_DB"] = str(db)
    env.update(extra or {})
    return env


def reader(
    *args: str,
    db: Path | str | None = None,
    env: dict[str, str] | None = None,
    as_user: int | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``reader ARGS``; ``as_user`` runs it under that uid (tests run as root, whom
    file modes do not stop)."""
    prefix = (
        []
        if as_user is None
        else ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups"]
    )
    return subprocess.run(
        [*prefix, *command(*args)],
        capture_output=True,
        text=True,
        env=environment(db, env),
        timeout=300,
        check=False,
    )
