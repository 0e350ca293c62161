"""The entity pipeline, end to end.

``language -> model spans -> rule spans -> cleanup -> merge -> consistency -> corrections``

:func:`run_model` is the slow part; cache its :class:`ModelOutput` under (content
hash, :func:`~reader.nlp.fingerprint.model_key`). :func:`finish` is cheap and depends
on everything :func:`~reader.nlp.fingerprint.current_key` hashes; :func:`apply_corrections`
comes last. :func:`recognise` does it all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.cleanup import clean_spans
from reader.nlp.consistency import consistent_spans
from reader.nlp.corrections import apply_corrections
from reader.nlp.fingerprint import current_key
from reader.nlp.language import detect_language, normalise_language
from reader.nlp.merge import merge_spans
from reader.nlp.model import model_spans
from reader.nlp.pipelines import find_pipeline, load_pipeline, pipeline_id
from reader.nlp.rules import rule_spans
from reader.nlp.types import (
    RULES_ONLY,
    BatchCallback,
    CancelCheck,
    Cancelled,
    EntityCorrection,
    EntityResult,
    ModelOutput,
    ProgressCallback,
)
from reader.nlp.vocabulary import vocabulary


def run_model(
    text: str,
    language: str | None,
    *,
    first: tuple[int, int] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    on_batch: BatchCallback | None = None,
) -> ModelOutput:
    """The model stage with the best installed pipeline for ``language``.

    Loads the pipeline on first use (seconds): call it from a worker thread. Without
    a pipeline for the language the output is empty and its id ``"rules only"``.
    """
    info = find_pipeline(language) if language is not None else None
    if info is None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(len(text), len(text))
        return ModelOutput(RULES_ONLY, ())
    nlp = load_pipeline(info)
    spans = model_spans(
        text, nlp, first=first, progress=progress, cancelled=cancelled, on_batch=on_batch
    )
    return ModelOutput(info.id, tuple(spans))


def finish(
    text: str,
    language: str | None,
    model_output: ModelOutput,
    *,
    window: tuple[int, int] | None = None,
    chapters: Sequence[int] = (),
) -> list[EntitySpan]:
    """Rules, cleanup, merge and consistency over the model's spans: cheap (spaCy only
    for the pipeline's lexicon of common words, see :mod:`reader.nlp.vocabulary`).

    Sorted, never overlapping. User corrections are not applied here. ``window``
    (start, end): work on that part of the text only (the first screen, while the
    model still runs on the rest); offsets stay those of the whole text.
    ``chapters``: where the document's chapters start (its headings), the windows a
    book's names are decided in (:mod:`reader.nlp.windows`).
    """
    code = normalise_language(language) if language is not None else None
    if window is not None:
        start = max(0, window[0])
        end = min(len(text), window[1])
        part = text[start:end]
        inside = tuple(
            EntitySpan(s.start - start, s.end - start, s.label, s.text, s.source)
            for s in model_output.spans
            if start <= s.start and s.end <= end
        )
        return [
            EntitySpan(s.start + start, s.end + start, s.label, s.text, s.source)
            for s in finish(part, code, ModelOutput(model_output.pipeline_id, inside))
        ]
    words = vocabulary(model_output.pipeline_id) if model_output.spans else None
    model = clean_spans(text, model_output.spans, code, words)
    rules = clean_spans(text, rule_spans(text, code), code, words)
    merged = merge_spans(model, rules)
    return consistent_spans(text, merged, code, chapters)


def recognise(
    text: str,
    language: str | None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    model_cache: ModelOutput | None = None,
    first: tuple[int, int] | None = None,
    doc_corrections: Sequence[EntityCorrection] = (),
    user_entities: Mapping[str, EntityLabel | None] | None = None,
    chapters: Sequence[int] = (),
) -> EntityResult:
    """Every stage: the entities of ``text``, corrections applied.

    ``language`` None: detected here. ``model_cache``: a :class:`ModelOutput`
    computed earlier for this same text (e.g. read from the store); used when its
    ``pipeline_id`` is the one :func:`pipeline_id` names now, so the model is skipped.
    ``chapters``: where the text's chapters start (see :func:`finish`).
    """
    code = normalise_language(language) if language else detect_language(text)
    wanted = pipeline_id(code)
    if model_cache is not None and model_cache.pipeline_id == wanted:
        output = model_cache
        if progress is not None:
            progress(len(text), len(text))
    else:
        output = run_model(text, code, first=first, progress=progress, cancelled=cancelled)
    spans = finish(text, code, output, chapters=chapters)
    if doc_corrections or user_entities:
        spans = apply_corrections(text, spans, doc_corrections, user_entities)
    return EntityResult(
        language=code, pipeline=output.pipeline_id, spans=tuple(spans), rules_version=current_key()
    )
