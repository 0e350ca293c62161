from __future__ import annotations

import locale
import subprocess
import sys
import threading
from typing import Any

import pytest

from reader.core.entities import EntityLabel
from reader.nlp import RULES_ONLY, find_pipeline, installed_pipelines, load_pipeline, pipeline_id
from reader.nlp.labels import map_label
from reader.nlp.pipelines import _satisfies, ner_components, startup_pipeline

from .shared import french, french_info


@pytest.mark.slow
def test_french_pipeline_is_found_without_loading_spacy() -> None:
    code = (
        "import sys\n"
        "from reader.nlp import find_pipeline, pipeline_id\n"
        "info = find_pipeline('fr')\n"
        "print(info.name if info else None, pipeline_id('fr'), pipeline_id('en'))\n"
        "assert 'spacy' not in sys.modules, 'discovery imported spaCy'\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    name, *ids = out.stdout.split(" ", 1)
    if name == "None":
        pytest.skip("no French spaCy pipeline installed")
    assert name.startswith("fr_core_news_")
    assert ids[0].startswith(name)


def test_prefers_md_and_reports_name_and_version() -> None:
    info = french_info()
    assert info.language == "fr"
    assert info.id == f"{info.name} {info.version}"
    assert pipeline_id("fr") == info.id
    assert pipeline_id("fr-FR") == info.id
    french_names = [p.name for p in installed_pipelines() if p.language == "fr"]
    assert french_names[0] == info.name
    for better, worse in (("lg", "md"), ("md", "sm"), ("sm", "trf")):
        if f"fr_core_news_{better}" in french_names and f"fr_core_news_{worse}" in french_names:
            assert french_names.index(f"fr_core_news_{better}") < french_names.index(
                f"fr_core_news_{worse}"
            )


def test_a_language_without_pipeline_is_rules_only() -> None:
    if find_pipeline("en") is not None:
        pytest.skip("an English pipeline is installed here")
    assert pipeline_id("en") == RULES_ONLY
    assert pipeline_id(None) == RULES_ONLY
    assert find_pipeline("tlh") is None


@pytest.mark.slow
def test_loads_ner_only_once_from_many_threads() -> None:
    info = french_info()
    results: list[Any] = []

    def load() -> None:
        results.append(load_pipeline(info))

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    assert all(nlp is results[0] for nlp in results)
    assert results[0] is french()
    assert results[0].pipe_names == ["ner"]


def test_ner_components_follow_listeners() -> None:
    own_embedding = {
        "components": {
            "tok2vec": {"factory": "tok2vec"},
            "parser": {"factory": "parser"},
            "ner": {"factory": "ner", "model": {"tok2vec": {"@architectures": "spacy.Tok2Vec.v2"}}},
        }
    }
    assert ner_components(own_embedding, ("tok2vec", "parser", "ner")) == {"ner"}
    listening = {
        "components": {
            "transformer": {"factory": "curated_transformer"},
            "tagger": {"factory": "tagger"},
            "ner": {
                "factory": "ner",
                "model": {
                    "tok2vec": {"@architectures": "spacy.TransformerListener.v1", "upstream": "*"}
                },
            },
        }
    }
    assert ner_components(listening, ("transformer", "tagger", "ner")) == {"transformer", "ner"}


@pytest.mark.parametrize(
    ("version", "spec", "ok"),
    [
        ("3.8.18", ">=3.8.0,<3.9.0", True),
        ("3.9.0", ">=3.8.0,<3.9.0", False),
        ("3.8.1", "~=3.8.0", True),
        ("3.9.0", "~=3.8.0", False),
        ("3.8.2", "==3.8.*", True),
        ("3.8.2", "", True),
    ],
)
def test_version_specifiers(version: str, spec: str, ok: bool) -> None:
    assert _satisfies(version, spec) is ok


@pytest.mark.parametrize(
    ("model_label", "label"),
    [
        ("PER", EntityLabel.PERSON),
        ("PERSON", EntityLabel.PERSON),
        ("ORG", EntityLabel.ORG),
        ("LOC", EntityLabel.PLACE),
        ("GPE", EntityLabel.PLACE),
        ("FAC", EntityLabel.PLACE),
        ("MISC", EntityLabel.MISC),
        ("NORP", EntityLabel.MISC),
        ("WORK_OF_ART", EntityLabel.MISC),
        ("DATE", EntityLabel.DATE),
        ("TIME", EntityLabel.TIME),
        ("MONEY", EntityLabel.MONEY),
        ("PERCENT", EntityLabel.QUANTITY),
        ("QUANTITY", EntityLabel.QUANTITY),
        ("CARDINAL", None),
        ("ORDINAL", None),
        ("persName", EntityLabel.PERSON),
        ("SOMETHING_NEW", EntityLabel.MISC),
    ],
)
def test_label_mapping(model_label: str, label: EntityLabel | None) -> None:
    assert map_label(model_label) is label


def test_a_pipeline_starts_loading_even_without_a_recent_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    info = french_info()
    assert startup_pipeline("fr") == info
    monkeypatch.setattr(locale, "getlocale", lambda *_args: ("fr_FR", "UTF-8"))
    assert startup_pipeline(None) == info  # no recent document: the locale's language
    monkeypatch.setattr(locale, "getlocale", lambda *_args: (None, None))
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    assert startup_pipeline(None) == installed_pipelines()[0]  # else any installed one
    assert startup_pipeline("kl") == installed_pipelines()[0]  # a language without one
