"""Services on a real SQLite file in a temp dir, and a small document recorded in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.services.app import Services
from reader.services.documents import OpenedDocument

TEXT = (
    "Jeff Zhang, directeur de la technologie du groupe, a présenté mardi les nouveaux "
    "centres de données du Hebei.\n"
    "Alibaba Cloud y installera des serveurs pour ses clients chinois et étrangers.\n"
    "Les analystes saluent une stratégie prudente, mais coûteuse, selon Reuters.\n"
)


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, "utf-8")
    return path


@pytest.fixture
def doc(services: Services, doc_path: Path) -> OpenedDocument:
    return services.documents.open(doc_path).value


@pytest.fixture
def services(services_on_both_engines: Services) -> Services:
    """Every services test runs on both engines (see ``services_on_both_engines``)."""
    return services_on_both_engines
