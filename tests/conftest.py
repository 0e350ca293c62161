"""Shared fixtures. GUI tests run offscreen; every test gets its own SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.services.app import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("READER_DB", None)

SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "resources"
    / "samples"
    / "Alibaba ouvre ses centres de données du Hebei.txt"
)


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """The real services over a fresh SQLite file in the test's temp dir."""
    services = Services.open(str(db_path))
    yield services
    services.close()


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the platform data/config folders into the temp dir (no real user files)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    yield home
