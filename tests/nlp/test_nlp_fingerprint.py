"""The final-entity cache key changes with any stage's code or table, by itself."""

from __future__ import annotations

import dataclasses
import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
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
    model,
    rules,
    windows,
)
from reader.nlp.fingerprint import (
    KEY_CHARS,
    code_digest,
    current_key,
    model_key,
    reached_modules,
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
    (cleanup, "MAX_NAME_WORDS", lambda v: v + 1),
    (casing, "HEADING_SHARE", lambda v: v / 2),
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


ROOT = Path(__file__).resolve().parents[2]
KEYS = (
    "from reader.nlp.fingerprint import current_key, model_key; "
    "print(current_key(), model_key('p 1.0'))"
)


def _keys_of(package_root: Path) -> tuple[str, str]:
    """(result key, model key) computed by a fresh process importing ``reader`` from
    ``package_root``."""
    env = {**os.environ, "PYTHONPATH": str(package_root), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", KEYS],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=package_root,
    )
    result, model_part = done.stdout.strip().split(" ", 1)
    return result, model_part


def _copy_with(tmp_path: Path, name: str, module: str, edit: Callable[[str], str]) -> Path:
    root = tmp_path / name
    shutil.copytree(ROOT / "reader", root / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    path = root / "reader" / "nlp" / module
    source = path.read_text("utf-8")
    edited = edit(source)
    assert edited != source
    path.write_text(edited, "utf-8")
    return root


def test_a_change_to_a_stages_code_changes_the_key_with_no_version_to_bump(
    tmp_path: Path,
) -> None:
    original = _keys_of(_copy_with(tmp_path, "same", "merge.py", lambda s: s + "\n"))
    assert original == (current_key(), model_key("p 1.0"))
    # The merge stage's tiers swapped: a change of behaviour, no constant touched.
    merge_changed = _keys_of(
        _copy_with(
            tmp_path, "merge", "merge.py", lambda s: s.replace("return 1\n", "return 4\n", 1)
        )
    )
    assert merge_changed[0] != original[0]
    assert merge_changed[1] == original[1]  # the model's spans do not depend on merging
    # A comment alone changes no behaviour, and no key.
    commented = _keys_of(
        _copy_with(
            tmp_path,
            "comment",
            "cleanup.py",
            lambda s: s.replace("\ndef clean_spans(", "\n# A note.\ndef clean_spans("),
        )
    )
    assert commented == original


def test_a_change_to_the_model_stages_code_changes_the_model_key(tmp_path: Path) -> None:
    original = (current_key(), model_key("p 1.0"))
    changed = _keys_of(
        _copy_with(
            tmp_path, "model", "model.py", lambda s: s + "\n\ndef _unused() -> int:\n    return 1\n"
        )
    )
    assert changed[0] != original[0] and changed[1] != original[1]


def test_every_module_of_the_nlp_package_is_in_the_key() -> None:
    recognise = importlib.import_module("reader.nlp.recognise")
    reached = {m.__name__ for m in reached_modules(recognise)}
    files = {
        f"reader.nlp.{p.stem}"
        for p in (ROOT / "reader" / "nlp").glob("*.py")
        if p.stem != "__init__"
    }
    assert files <= reached, files - reached
    assert {m.__name__ for m in reached_modules(model)} < reached
    assert code_digest(reached_modules(model)) != code_digest(reached_modules(recognise))
