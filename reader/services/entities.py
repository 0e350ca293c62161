"""Named entities of a document: cached recognition, corrections, the user's entity list.

The slow model output is cached apart from the final result, keyed by content
hash, pipeline (name and version) and chunking (:func:`model_key`); the final result
is keyed by content hash, pipeline and :func:`current_key` (every cheap stage's
code version and tables), so a change there re-runs only the cheap stages. Corrections are
data applied last, so a better model never undoes them. Recognition reads the text
with its front and back matter (a Project Gutenberg header and licence) blanked out.

Recognition is a read (:meth:`EntityService.compute`, minutes of CPU on a book)
then a short write of its result (:meth:`EntityService.keep`); :meth:`recognise`
does both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.annotations import snap_to_words
from reader.core.document import BlockKind, work_text
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.errors import InputError
from reader.core.messages import Msg, message
from reader.nlp.corrections import apply_corrections
from reader.nlp.fingerprint import current_key, model_key
from reader.nlp.language import release_profiles
from reader.nlp.pipelines import load_pipeline, pipeline_id, startup_pipeline
from reader.nlp.recognise import finish, run_model
from reader.nlp.types import (
    CancelCheck,
    EntityCorrection,
    ModelOutput,
    PipelineInfo,
    ProgressCallback,
)
from reader.services.index_writer import index_stamp, write_index
from reader.services.ops import Changes, CorrectEntity, OpResult, SetUserEntity
from reader.store.entities import StoredCorrection
from reader.store.unit_of_work import Store, UnitOfWork

PartialCallback = Callable[[list[EntitySpan]], None]
MAX_ENTITY_NAME = 300
_ENTITY_CHANGES = Changes(entities=True)


@dataclass(frozen=True, slots=True)
class EntityView:
    """What the reader shows: the final entities with the user's corrections applied."""

    document_id: int
    language: str | None
    pipeline: str
    spans: tuple[EntitySpan, ...]
    from_cache: bool


@dataclass(frozen=True, slots=True)
class Recognised:
    """Entities computed for a document's text, not stored yet."""

    document_id: int
    content_hash: str
    model: ModelOutput
    spans: tuple[EntitySpan, ...]


@dataclass(frozen=True, slots=True)
class _Doc:
    text: str
    content_hash: str
    language: str | None
    work: str
    """``text`` with front and back matter blanked: what recognition reads."""
    chapters: tuple[int, ...] = ()
    """Where its headings start: the windows a book's names are decided in."""


def _dump(spans: Sequence[EntitySpan]) -> str:
    return json.dumps([[s.start, s.end, s.label.value, s.source] for s in spans])


def _load(text: str, data: str) -> list[EntitySpan]:
    return [
        EntitySpan(start, end, EntityLabel(label), text[start:end], source)
        for start, end, label, source in json.loads(data)
    ]


class EntityService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # -- recognition ---------------------------------------------------------------

    def pipeline_for(self, language: str | None) -> str:
        """The pipeline that would serve ``language`` ("rules only" if none), not loaded."""
        return pipeline_id(language)

    def warm_up(self, language: str | None) -> None:
        """Load the language's pipeline now (seconds), so the first document does not wait."""
        self.warm_up_pipeline(language)

    @staticmethod
    def warm_up_pipeline(language: str | None) -> PipelineInfo | None:
        """Load the pipeline the program starts with (:func:`startup_pipeline`): the
        language's, else the locale's, else any; the one loaded, None if none exists."""
        info = startup_pipeline(language)
        if info is not None:
            load_pipeline(info)
        return info

    def cached(self, document_id: int) -> EntityView | None:
        """The entities at once if this content was recognised before with today's pipeline."""
        with self._uow.read() as store:
            doc = self._doc(store, document_id)
            pipeline = pipeline_id(doc.language)
            stored = store.entities.result(doc.content_hash, pipeline, current_key())
            if stored is None:
                return None
            spans = _load(doc.text, stored)
            return self._view(store, document_id, doc, pipeline, spans, from_cache=True)

    def compute(
        self,
        document_id: int,
        *,
        first: tuple[int, int] | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        on_partial: PartialCallback | None = None,
    ) -> Recognised:
        """Run what is not cached yet (the model only if its output is stored); writes
        nothing. ``on_partial`` receives the finished entities of the ``first`` range as
        soon as the model has done that range, before the rest of the text."""
        with self._uow.read() as store:
            doc = self._doc(store, document_id)
            wanted = pipeline_id(doc.language)
            cached_model = store.entities.model_spans(doc.content_hash, model_key(wanted))
        model = (
            ModelOutput(wanted, tuple(_load(doc.text, cached_model)))
            if cached_model is not None
            else None
        )
        if model is None:
            release_profiles()  # the model's pass needs the memory more than langdetect
            on_batch = None
            if on_partial is not None and first is not None:
                on_batch = self._first_batch_reporter(doc, first, wanted, on_partial)
            model = run_model(
                doc.work,
                doc.language,
                first=first,
                progress=progress,
                cancelled=cancelled,
                on_batch=on_batch,
            )
        spans = finish(doc.work, doc.language, model, chapters=doc.chapters)
        return Recognised(document_id, doc.content_hash, model, tuple(spans))

    def keep(self, recognised: Recognised) -> EntityView:
        """Store computed entities in the cache (not in a library that cannot be written:
        they are only shown); the view with corrections applied."""
        pipeline = recognised.model.pipeline_id
        if self._uow.read_only:
            with self._uow.read() as store:
                doc = self._doc(store, recognised.document_id)
                return self._view(
                    store, recognised.document_id, doc, pipeline, recognised.spans, from_cache=False
                )
        with self._uow.write() as store:
            store.entities.keep(
                recognised.content_hash,
                pipeline=pipeline,
                model_key=model_key(pipeline),
                rules_version=current_key(),
                model=_dump(recognised.model.spans),
                final=_dump(recognised.spans),
            )
            doc = self._doc(store, recognised.document_id)
            view = self._view(
                store, recognised.document_id, doc, pipeline, recognised.spans, from_cache=False
            )
            if doc.content_hash == recognised.content_hash:
                self._write_index(store, doc, view)
            return view

    def reindex(self, document_id: int) -> bool:
        """Make the document's Index rows again from its cached entities (with the
        corrections and the user's list as they are); False if it was not recognised
        with today's pipeline (its rows then stay as they are)."""
        with self._uow.write() as store:
            return self._reindex(store, document_id, self._doc(store, document_id))

    def _reindex(self, store: Store, document_id: int, doc: _Doc) -> bool:
        pipeline = pipeline_id(doc.language)
        stored = store.entities.result(doc.content_hash, pipeline, current_key())
        if stored is None:
            return False
        spans = _load(doc.text, stored)
        view = self._view(store, document_id, doc, pipeline, spans, from_cache=True)
        self._write_index(store, doc, view)
        return True

    @staticmethod
    def _write_index(store: Store, doc: _Doc, view: EntityView) -> None:
        stamp = index_stamp(view.pipeline, current_key())
        write_index(store, view.document_id, doc.content_hash, stamp, view.spans)

    def recognise(
        self,
        document_id: int,
        *,
        first: tuple[int, int] | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        on_partial: PartialCallback | None = None,
    ) -> EntityView:
        """:meth:`compute`, then :meth:`keep`."""
        return self.keep(
            self.compute(
                document_id,
                first=first,
                progress=progress,
                cancelled=cancelled,
                on_partial=on_partial,
            )
        )

    @staticmethod
    def _first_batch_reporter(
        doc: _Doc, first: tuple[int, int], pipeline: str, on_partial: PartialCallback
    ) -> Callable[[list[EntitySpan]], None]:
        done = False
        end = min(first[1], len(doc.text))

        def report(batch: list[EntitySpan]) -> None:
            nonlocal done
            if done:
                return
            done = True
            head = doc.work[:end]
            inside = tuple(s for s in batch if s.end <= end)
            on_partial(finish(head, doc.language, ModelOutput(pipeline, inside)))

        return report

    # -- corrections -----------------------------------------------------------------

    def correct(
        self,
        document_id: int,
        start: int,
        end: int,
        label: EntityLabel | None,
        *,
        remove: bool = False,
        snap: bool = False,
    ) -> OpResult[None]:
        """Record "this range is a ``label``" (None: "not an entity"), or with ``remove``
        drop the correction there; undone by putting back what was there before.
        ``snap``: a selection that cuts a word is widened to whole words first (as a
        highlight is), its white space at the ends left out."""
        with self._uow.write() as store:
            doc = self._doc(store, document_id)
            if not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
                raise InputError(message(Msg.SELECT_FOR_ENTITY))
            if snap:
                start, end = snap_to_words(doc.text, start, end)
            previous = store.entities.correction(document_id, start, end)
            if remove:
                store.entities.remove_correction(document_id, start, end)
            else:
                store.entities.put_correction(
                    document_id,
                    start,
                    end,
                    label.value if label else None,
                    doc.text[start:end],
                    author=self._uow.user,
                )
            self._reindex(store, document_id, doc)
        if previous is None:
            undo = CorrectEntity(document_id, start, end, None, remove=True)
        else:
            undo = CorrectEntity(document_id, start, end, _label(previous.label))
        changes = Changes(document_id, entities=True)
        return OpResult(None, changes, None if remove and previous is None else undo)

    def user_entities(self) -> dict[str, EntityLabel | None]:
        with self._uow.read() as store:
            return {name: _label(label) for name, label in store.entities.user_entities().items()}

    def set_user_entity(
        self, name: str, label: EntityLabel | None, *, remove: bool = False
    ) -> OpResult[None]:
        """Add or change an entry of the user's list (label None: "never an entity"), or
        with ``remove`` take it off the list."""
        name = " ".join(name.split())
        if not name:
            raise InputError(message(Msg.ENTITY_NAME_EMPTY))
        if len(name) > MAX_ENTITY_NAME:
            raise InputError(message(Msg.ENTITY_NAME_TOO_LONG, limit=MAX_ENTITY_NAME))
        with self._uow.write() as store:
            existed, previous = store.entities.user_entity(name)
            if remove:
                store.entities.remove_user_entity(name)
            else:
                store.entities.put_user_entity(name, label.value if label else None)
            store.entity_index.mark_stale()  # every document may name it
        if existed:
            undo = SetUserEntity(name, _label(previous))
        else:
            undo = SetUserEntity(name, None, remove=True)
        return OpResult(None, _ENTITY_CHANGES, None if remove and not existed else undo)

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _doc(store: Store, document_id: int) -> _Doc:
        text, content_hash, language = store.documents.text(document_id)
        blocks = store.documents.blocks(document_id, len(text))
        chapters = tuple(b.start for b in blocks if b.kind is BlockKind.HEADING)
        return _Doc(text, content_hash, language, work_text(text, blocks), chapters)

    def _view(
        self,
        store: Store,
        document_id: int,
        doc: _Doc,
        pipeline: str,
        spans: Sequence[EntitySpan],
        *,
        from_cache: bool,
    ) -> EntityView:
        corrections = [
            placed
            for stored in store.entities.corrections(document_id)
            if (placed := _placed(doc.text, stored)) is not None
        ]
        users = {name: _label(label) for name, label in store.entities.user_entities().items()}
        final = apply_corrections(doc.text, spans, corrections, users)
        return EntityView(document_id, doc.language, pipeline, tuple(final), from_cache)


def _placed(text: str, stored: StoredCorrection) -> EntityCorrection | None:
    """The correction where its words are now: in place if the text there is unchanged,
    else at the nearest occurrence of the same words; None when they are gone."""
    label = _label(stored.label)
    exact = stored.exact
    if exact is None or text[stored.start : stored.end] == exact:
        return (
            EntityCorrection(stored.start, stored.end, label) if stored.end <= len(text) else None
        )
    nearest = None
    found = text.find(exact)
    while found != -1:
        if nearest is None or abs(found - stored.start) < abs(nearest - stored.start):
            nearest = found
        found = text.find(exact, found + 1)
    return None if nearest is None else EntityCorrection(nearest, nearest + len(exact), label)


def _label(value: str | None) -> EntityLabel | None:
    return EntityLabel(value) if value else None
