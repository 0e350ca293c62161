"""The store tests' services run on both engines (see ``services_on_both_engines``)."""

from __future__ import annotations

import pytest

from reader.services.app import Services


@pytest.fixture
def services(services_on_both_engines: Services) -> Services:
    return services_on_both_engines
