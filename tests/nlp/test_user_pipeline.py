"""A spaCy pipeline the user installs for another language is found and used.

No English pipeline can be installed here (there is none on the package index),
so the test builds a real, tiny one offline: spaCy's blank English with an
initialised NER, packaged the way spaCy packages pipelines (a module with
load(), meta.json, and a "spacy_models" entry point), and put on the path of a
fresh process.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.cli.runner import reader

NAME, VERSION = "en_tiny_test", "0.0.1"


def install_tiny_english_pipeline(site: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("ORG")  # type: ignore[attr-defined]
    nlp.initialize()
    meta = {
        "lang": "en",
        "name": "tiny_test",
        "version": VERSION,
        "spacy_version": f">={version('spacy')},<4",
        "pipeline": ["ner"],
        "components": ["ner"],
    }
    nlp.meta.update(meta)
    package = site / NAME
    package.mkdir(parents=True)
    nlp.to_disk(package / f"{NAME}-{VERSION}")
    (package / "meta.json").write_text(json.dumps(meta), "utf-8")
    (package / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n\n"
        "def load(**overrides):\n"
        "    return load_model_from_init_py(__file__, **overrides)\n",
        "utf-8",
    )
    info = site / f"{NAME}-{VERSION}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n", "utf-8"
    )
    (info / "entry_points.txt").write_text(f"[spacy_models]\n{NAME} = {NAME}\n", "utf-8")


@pytest.mark.slow
def test_an_installed_english_pipeline_is_found_and_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    install_tiny_english_pipeline(site)
    monkeypatch.setenv("PYTHONPATH", str(site))
    article = tmp_path / "english.txt"
    article.write_text(
        "On September 11, 2016, the company opened two data centres in the north of the "
        "country, and it expects to serve two million small businesses by next year.\n",
        "utf-8",
    )
    result = reader("entities", "--json", str(article), db=tmp_path / "db.sqlite3")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["language"] == "en"
    assert payload["pipeline"] == f"{NAME} {VERSION}"
    found = {(e["text"], e["label"]) for e in payload["entities"]}
    assert ("September 11, 2016", "DATE") in found  # the rules still run beside it
