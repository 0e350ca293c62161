"""The final-entity cache key changes with any stage's code version or table."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from reader.core.entities import EntityLabel
from reader.nlp import (
    casing,
    cleanup,
    consistency,
    cues,
    labels,
    lexicon,
    merge,
    model,
    rules,
    windows,
)
from reader.nlp.fingerprint import (
    KEY_CHARS,
    current_key,
    model_key,
    result_key,
    stage_tables,
)


def _with_designator(table: dict[str, lexicon.Lexicon]) -> dict[str, lexicon.Lexicon]:
    fr = table["fr"]
    changed = dataclasses.replace(fr, place_designators=fr.place_designators | {"lieu-dit"})
    return {**table, "fr": changed}


def _without_first_cue(table: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    return {**table, "fr": table["fr"][1:]}


def _relabelled(table: dict[str, EntityLabel | None]) -> dict[str, EntityLabel | None]:
    return {**table, "NORP": EntityLabel.PLACE}


def _without_last_rule(table: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    return {**table, "fr": table["fr"][:-1]}


CHANGES: list[tuple[ModuleType, str, Callable[[Any], Any]]] = [
    (lexicon, "LEXICONS", _with_designator),
    (cues, "CUES", _without_first_cue),
    (labels, "LABEL_MAP", _relabelled),
    (rules, "RULES", _without_last_rule),
    (rules, "RULES_VERSION", lambda v: v + "-changed"),
    (cleanup, "CLEANUP_VERSION", lambda v: v + "-changed"),
    (cleanup, "MAX_NAME_WORDS", lambda v: v + 1),
    (casing, "CASING_VERSION", lambda v: v + "-changed"),
    (casing, "HEADING_SHARE", lambda v: v / 2),
    (merge, "MERGE_VERSION", lambda v: v + "-changed"),
    (consistency, "CONSISTENCY_VERSION", lambda v: v + "-changed"),
    (windows, "BOOK_WINDOW", lambda v: v * 2),
    (consistency, "BOOK_PRIOR", lambda v: v + 1),
    (consistency, "OWN_EVIDENCE", lambda v: v + 1),
    (model, "MAX_CHUNK_CHARS", lambda v: v // 2),
    (model, "CHUNKING_VERSION", lambda v: v + "-changed"),
]


def test_the_key_is_stable_and_fits_the_store() -> None:
    assert result_key() == result_key() == current_key()
    assert len(result_key()) == KEY_CHARS


@pytest.mark.parametrize(
    ("module", "name", "change"), CHANGES, ids=[f"{m.__name__}.{n}" for m, n, _ in CHANGES]
)
def test_changing_a_stage_table_changes_the_key(
    monkeypatch: pytest.MonkeyPatch,
    module: ModuleType,
    name: str,
    change: Callable[[Any], Any],
) -> None:
    before = result_key()
    monkeypatch.setattr(module, name, change(getattr(module, name)))
    assert result_key() != before


def test_every_table_counts() -> None:
    tables = stage_tables()
    before = result_key(tables)
    for name in tables:
        assert result_key({**tables, name: (tables[name], "changed")}) != before, name


def test_model_spans_are_keyed_by_pipeline_and_chunking(monkeypatch: pytest.MonkeyPatch) -> None:
    key = model_key("fr_core_news_md 3.8.0")
    assert key.startswith("fr_core_news_md 3.8.0")
    assert model_key("fr_core_news_lg 3.8.0") != key
    monkeypatch.setattr(model, "MAX_CHUNK_CHARS", 5000)
    assert model_key("fr_core_news_md 3.8.0") != key


def test_the_key_is_the_same_in_every_process() -> None:
    def key_with_seed(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        code = "from reader.nlp.fingerprint import current_key; print(current_key())"
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert key_with_seed("1") == key_with_seed("2") == current_key()
