"""The model stage's batches shared with a forked twin process: every batch once,
the same spans as alone, the first batch here first, a failing twin made up for."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp import Cancelled
from reader.nlp.model import chunk_text, model_spans, order_chunks
from reader.nlp.twin import share_batches, twin_possible

from .shared import CancelAfter, french, sample_text

needs_two_cores = pytest.mark.skipif(
    not twin_possible(100), reason="the twin needs Linux and two usable cores"
)


def _spans(index: int) -> list[EntitySpan]:
    time.sleep(0.02)  # long enough for the twin to take some batches
    return [EntitySpan(index, index + 1, EntityLabel.PERSON, f"{index}", "model")]


def _children() -> set[str]:
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    return set(children.read_text().split())


@needs_two_cores
def test_every_batch_is_done_once_some_by_the_twin_first_batch_first() -> None:
    before = _children()
    order: list[int] = []
    got: dict[int, list[EntitySpan]] = {}

    def done(index: int, spans: list[EntitySpan]) -> None:
        order.append(index)
        got[index] = spans

    twin_did = share_batches(40, _spans, _spans, done)
    assert sorted(order) == list(range(40))
    assert order[0] == 0
    assert got == {i: _spans(i) for i in range(40)}
    assert 0 < twin_did < 40
    assert _children() == before  # the twin was reaped


@needs_two_cores
def test_a_failing_twin_leaves_its_batches_to_this_process() -> None:
    def broken(_index: int) -> list[EntitySpan]:
        raise RuntimeError("the twin fails")

    order: list[int] = []
    twin_did = share_batches(8, _spans, broken, lambda index, _spans: order.append(index))
    assert twin_did == 0
    assert sorted(order) == list(range(8))


@needs_two_cores
def test_cancelling_stops_the_twin() -> None:
    before = _children()
    cancelled = CancelAfter(2)
    with pytest.raises(Cancelled):
        share_batches(200, _spans, _spans, lambda _index, _spans: None, cancelled)
    assert cancelled.polls == 3
    assert _children() == before


@pytest.mark.slow
@needs_two_cores
def test_model_spans_are_the_same_with_the_twin() -> None:
    text = "\n".join([sample_text()] * 40)
    assert twin_possible(len(order_chunks(chunk_text(text), None)))  # the twin is used
    alone = model_spans(text, french(), twin=False)
    assert len(alone) > 100
    assert model_spans(text, french()) == alone
