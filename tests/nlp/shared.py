"""What the NLP tests share: one loaded French pipeline and the sample article.

spaCy takes seconds to load; ``load_pipeline`` caches per process, and the results
on fixed texts are cached here, so the whole suite loads the model once.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from reader.nlp import EntityResult, PipelineInfo, find_pipeline, load_pipeline, recognise

SAMPLE_PATH = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "samples"
    / "Alibaba ouvre ses centres de données du Hebei.txt"
)


def sample_text() -> str:
    return SAMPLE_PATH.read_text(encoding="utf-8")


def french_info() -> PipelineInfo:
    info = find_pipeline("fr")
    if info is None:
        pytest.skip("no French spaCy pipeline installed")
    return info


def french() -> Any:
    """The French pipeline, loaded once per process (NER only)."""
    return load_pipeline(french_info())


@functools.cache
def _recognised(text: str, language: str | None) -> EntityResult:
    return recognise(text, language)


def recognised(text: str, language: str | None) -> EntityResult:
    """``recognise(text, language)``, computed once per text in this test run."""
    if language == "fr":
        french_info()
    return _recognised(text, language)


class CancelAfter:
    """A ``cancelled`` check that answers yes from poll ``polls + 1`` on; counts polls."""

    def __init__(self, polls: int) -> None:
        self.allowed = polls
        self.polls = 0

    def __call__(self) -> bool:
        self.polls += 1
        return self.polls > self.allowed
