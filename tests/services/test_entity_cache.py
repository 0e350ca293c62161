"""Cached entities: a change to any cheap stage's table reaches documents recognised
before, and the slow model output is reused for it; the pipeline loads at start."""

from __future__ import annotations

import dataclasses

import pytest

from reader.nlp import fingerprint, lexicon, load_pipeline
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.entities import EntityService

pytestmark = pytest.mark.slow  # the real French pipeline


def test_a_changed_word_list_reaches_a_document_recognised_before(
    services: Services, doc: OpenedDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    recognised = services.entities.recognise(doc.id)
    assert services.entities.cached(doc.id) is not None
    fr = lexicon.LEXICONS["fr"]
    changed = dataclasses.replace(fr, person_titles=fr.person_titles | {"technologue"})
    monkeypatch.setattr(lexicon, "LEXICONS", {**lexicon.LEXICONS, "fr": changed})
    fingerprint.current_key.cache_clear()
    try:
        assert services.entities.cached(doc.id) is None  # the old result no longer counts
        again = services.entities.compute(doc.id, cancelled=lambda: True)  # no model run
        assert again.model == services.entities.compute(doc.id).model
        assert [s.text for s in services.entities.keep(again).spans] == [
            s.text for s in recognised.spans
        ]
        assert services.entities.cached(doc.id) is not None
    finally:
        monkeypatch.undo()
        fingerprint.current_key.cache_clear()
    assert services.entities.cached(doc.id) is not None  # the first result is still there


def test_warm_up_without_a_language_loads_a_pipeline() -> None:
    info = EntityService.warm_up_pipeline(None)  # a library without a recent document
    assert info is not None
    assert load_pipeline(info) is load_pipeline(info)  # loaded once, kept
