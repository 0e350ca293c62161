"""Running a snippet of Python in a fresh interpreter, for what only a process can
measure (its peak memory), and reading back the JSON it prints last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from typing import Any


def run_python(code: str, *args: str, timeout: float = 120) -> dict[str, Any]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
        env=environment,
    )
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data
