from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp import (
    EntityCorrection,
    ModelOutput,
    finish,
    pipeline_id,
    recognise,
    run_model,
)

from .shared import french_info, sample_text

TEXT = "Le groupe Orbix a levé 10 € le 12 septembre à Lyon. Orbix recrute."


def test_model_cache_is_used_when_the_pipeline_matches() -> None:
    pid = pipeline_id("fr")
    cached = ModelOutput(pid, (EntitySpan(10, 15, EntityLabel.ORG, "Orbix", "model"),))
    calls: list[tuple[int, int]] = []
    result = recognise(TEXT, "fr", model_cache=cached, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(len(TEXT), len(TEXT))]  # no model run
    assert result.pipeline == pid
    got = [(s.text, s.label.value) for s in result.spans]
    assert got == [
        ("Orbix", "ORG"),
        ("10 €", "MONEY"),
        ("12 septembre", "DATE"),
        ("Orbix", "ORG"),
    ]  # "Lyon" was not in the cached model output


@pytest.mark.slow
def test_stale_model_cache_is_ignored() -> None:
    french_info()
    stale = ModelOutput("fr_core_news_xx 0.1", ())
    result = recognise(TEXT, "fr", model_cache=stale)
    assert ("Lyon", EntityLabel.PLACE) in {(s.text, s.label) for s in result.spans}


@pytest.mark.slow
def test_run_model_then_finish_is_recognise() -> None:
    french_info()
    text = sample_text()
    output = run_model(text, "fr")
    assert output.pipeline_id == pipeline_id("fr")
    assert tuple(finish(text, "fr", output)) == recognise(text, "fr", model_cache=output).spans


@pytest.mark.slow
def test_finish_in_a_window_keeps_whole_text_offsets() -> None:
    french_info()
    text = sample_text()
    output = run_model(text, "fr")
    start = text.index("Jeff Zhang")
    window = (start, start + 400)
    part = finish(text, "fr", output, window=window)
    assert part and all(window[0] <= s.start and s.end <= window[1] for s in part)
    assert all(text[s.start : s.end] == s.text for s in part)
    whole = {(s.start, s.end, s.label) for s in finish(text, "fr", output)}
    assert {(s.start, s.end, s.label) for s in part} <= whole


def test_corrections_are_applied_last() -> None:
    cached = ModelOutput(pipeline_id("fr"), ())
    date = TEXT.index("12 septembre")
    result = recognise(
        TEXT,
        "fr",
        model_cache=cached,
        doc_corrections=[EntityCorrection(date, date + len("12 septembre"), None)],
        user_entities={"Lyon": EntityLabel.PLACE},
    )
    assert [(s.text, s.source) for s in result.spans] == [("10 €", "rule"), ("Lyon", "user")]


def test_rules_only_language() -> None:
    result = recognise("On Monday, Sept. 12, 2016, it cost $3.5 billion.", "xx-unknown")
    assert result.pipeline == "rules only"
    assert [s.label.value for s in result.spans] == ["MONEY"]  # only the common rules


WORDS = st.sampled_from(
    [
        "Alibaba",
        "Zhang",
        "Jeff",
        "le",
        "la",
        "groupe",
        "d’",
        "qu’",
        " ",
        " ",
        ", ",
        ". ",
        "\n",
        "12",
        "septembre",
        "2016",
        "13h34",
        "10 €",
        "«",
        "»",
        "M.",
        "comté",
        "de",
        "👩‍💻",
        "Chine",
    ]
)
LABELS = st.sampled_from(list(EntityLabel))


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40).map("".join), st.data())
def test_finish_always_gives_sorted_disjoint_exact_spans(text: str, data: st.DataObject) -> None:
    spans = []
    for _ in range(data.draw(st.integers(0, 6))):
        if not text:
            break
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        spans.append(EntitySpan(start, end, data.draw(LABELS), text[start:end], "model"))
    # Model spans never overlap each other: keep a disjoint subset.
    disjoint: list[EntitySpan] = []
    for span in sorted(spans):
        if not disjoint or disjoint[-1].end <= span.start:
            disjoint.append(span)
    result = finish(text, "fr", ModelOutput("test", tuple(disjoint)))
    assert result == sorted(result)
    assert all(a.end <= b.start for a, b in itertools.pairwise(result))
    for span in result:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()
