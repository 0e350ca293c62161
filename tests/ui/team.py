"""Members of a team library on the test PostgreSQL server, for the window's tests:
import ``services`` (alice's, the window's) and ``bob`` into a test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.services.app import Services
from tests.ui.conftest import _member


@pytest.fixture
def services(postgres_url: str) -> Iterator[Services]:
    """The window's services: alice's, on a team library."""
    yield from _member(postgres_url, "alice")


@pytest.fixture
def bob(postgres_url: str) -> Iterator[Services]:
    """Another member of the same team library."""
    yield from _member(postgres_url, "bob")
