"""Language and named entities: langdetect, spaCy pipelines and rules.

Pure functions; no Qt, no database. The stages (see ``recognise``):
``language -> model spans -> rule spans -> cleanup -> merge -> consistency -> corrections``.
"""

from reader.nlp.cleanup import clean_spans
from reader.nlp.consistency import consistent_spans
from reader.nlp.corrections import apply_corrections
from reader.nlp.labels import map_label
from reader.nlp.language import detect_language, normalise_language
from reader.nlp.merge import merge_spans
from reader.nlp.model import model_spans
from reader.nlp.pipelines import (
    find_pipeline,
    installed_pipelines,
    load_pipeline,
    pipeline_id,
    refresh_pipelines,
)
from reader.nlp.recognise import finish, recognise, run_model
from reader.nlp.rules import rule_spans
from reader.nlp.types import (
    RULES_ONLY,
    BatchCallback,
    CancelCheck,
    Cancelled,
    EntityCorrection,
    EntityResult,
    ModelOutput,
    PipelineInfo,
    ProgressCallback,
)

__all__ = [
    "RULES_ONLY",
    "BatchCallback",
    "CancelCheck",
    "Cancelled",
    "EntityCorrection",
    "EntityResult",
    "ModelOutput",
    "PipelineInfo",
    "ProgressCallback",
    "apply_corrections",
    "clean_spans",
    "consistent_spans",
    "detect_language",
    "find_pipeline",
    "finish",
    "installed_pipelines",
    "load_pipeline",
    "map_label",
    "merge_spans",
    "model_spans",
    "normalise_language",
    "pipeline_id",
    "recognise",
    "refresh_pipelines",
    "rule_spans",
    "run_model",
]
