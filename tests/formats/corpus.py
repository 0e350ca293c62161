"""The shared corpus of real documents (never committed: see its README), if present."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def corpus_file(relative: str) -> Path:
    """A corpus file, or skip the test when the corpus (or the file) is absent."""
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"shared corpus not available ({relative})")
    return path


def corpus_files(pattern: str) -> list[Path]:
    return sorted(CORPUS.glob(pattern)) if CORPUS.is_dir() else []
