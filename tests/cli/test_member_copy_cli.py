"""Commands on a team library (a real PostgreSQL server) when the member's copy of the
file differs from the library's text: they use the library's text and say so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.services.app import Services
from tests.cli.runner import reader
from tests.services.test_member_copies import EDITED, TEXT, shared_by_ana

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_differing_copy_uses_the_shared_text_and_says_so(
    postgres_url: str, tmp_path: Path
) -> None:
    book = tmp_path / "hebei.txt"
    doc_id, _cloud = shared_by_ana(postgres_url, book)
    book.write_text(EDITED, "utf-8")
    ben = {"READER_USER": "Ben"}

    listed = reader("--db", postgres_url, "annotations", str(book), "--json", env=ben)
    assert listed.returncode == 0, listed.stderr
    [only] = json.loads(listed.stdout)
    assert only["quote"] == "Alibaba Cloud" and not only["orphan"]
    assert "your copy differs from the team library's text" in listed.stderr

    made = reader("--db", postgres_url, "annotate", str(book), "--quote", "Zhangbei", env=ben)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["start"] == TEXT.index("Zhangbei")
    refused = reader("--db", postgres_url, "annotate", str(book), "--quote", "Préambule", env=ben)
    assert refused.returncode == 2
    ana = Services.open(postgres_url, user="Ana")
    try:
        assert ana.documents.stored(doc_id).text == TEXT
        assert len(ana.annotations.for_document(doc_id)) == 2
    finally:
        ana.close()
