"""Named entities of a document: cached recognition, corrections, the user's entity list.

The slow model output is cached apart from the final result, keyed by content
hash and pipeline (name and version); the final result is also keyed by the
rules version, so a rules change re-runs only the cheap stages. Corrections are
data applied last, so a better model never undoes them. Recognition reads the text
with its front and back matter (a Project Gutenberg header and licence) blanked out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reader.core.document import work_text
from reader.core.entities import EntityLabel, EntitySpan
from reader.core.errors import InputError, NotFoundError
from reader.nlp.corrections import apply_corrections
from reader.nlp.pipelines import find_pipeline, load_pipeline, pipeline_id
from reader.nlp.recognise import finish, run_model
from reader.nlp.rules import RULES_VERSION
from reader.nlp.types import CancelCheck, EntityCorrection, ModelOutput, ProgressCallback
from reader.services.unit_of_work import UnitOfWork
from reader.store.codec import blocks_from_json
from reader.store.models import (
    DocumentRow,
    EntityCorrectionRow,
    EntityResultRow,
    ModelSpansRow,
    UserEntityRow,
)

PartialCallback = Callable[[list[EntitySpan]], None]
MAX_ENTITY_NAME = 300


@dataclass(frozen=True, slots=True)
class EntityView:
    """What the reader shows: the final entities with the user's corrections applied."""

    document_id: int
    language: str | None
    pipeline: str
    spans: tuple[EntitySpan, ...]
    from_cache: bool


@dataclass(frozen=True, slots=True)
class _Doc:
    text: str
    content_hash: str
    language: str | None
    work: str
    """``text`` with front and back matter blanked: what recognition reads."""


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

    def warm_up(self, language: str) -> None:
        """Load the language's pipeline now (seconds), so the first document does not wait."""
        info = find_pipeline(language)
        if info is not None:
            load_pipeline(info)

    def cached(self, document_id: int) -> EntityView | None:
        """The entities at once if this content was recognised before with today's pipeline."""
        with self._uow.read() as session:
            doc = self._doc(session, document_id)
            row = session.get(
                EntityResultRow, (doc.content_hash, pipeline_id(doc.language), RULES_VERSION)
            )
            if row is None:
                return None
            spans = _load(doc.text, row.spans)
            return self._view(session, document_id, doc, row.pipeline, spans, from_cache=True)

    def recognise(
        self,
        document_id: int,
        *,
        first: tuple[int, int] | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        on_partial: PartialCallback | None = None,
    ) -> EntityView:
        """Run what is not cached yet (the model only if its output is not stored), store it.

        ``on_partial`` receives the finished entities of the ``first`` range as soon
        as the model has done that range, before the rest of the text.
        """
        with self._uow.read() as session:
            doc = self._doc(session, document_id)
            wanted = pipeline_id(doc.language)
            cached_model = session.get(ModelSpansRow, (doc.content_hash, wanted))
            model = (
                ModelOutput(wanted, tuple(_load(doc.text, cached_model.spans)))
                if cached_model is not None
                else None
            )
        if model is None:
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
        spans = finish(doc.work, doc.language, model)
        with self._uow.write() as session:
            session.merge(
                ModelSpansRow(
                    content_hash=doc.content_hash,
                    pipeline=model.pipeline_id,
                    spans=_dump(model.spans),
                )
            )
            session.merge(
                EntityResultRow(
                    content_hash=doc.content_hash,
                    pipeline=model.pipeline_id,
                    rules_version=RULES_VERSION,
                    spans=_dump(spans),
                )
            )
        with self._uow.read() as session:
            return self._view(session, document_id, doc, model.pipeline_id, spans, from_cache=False)

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
        self, document_id: int, start: int, end: int, label: EntityLabel | None
    ) -> EntityCorrection | None:
        """Record "this range is a ``label``" (None: "not an entity"); returns the
        correction it replaced, if any, so that it can be undone."""
        with self._uow.write() as session:
            doc = self._doc(session, document_id)
            if not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
                raise InputError("Select some text to mark as an entity")
            row = session.scalar(
                select(EntityCorrectionRow).filter_by(document_id=document_id, start=start, end=end)
            )
            previous = None
            if row is None:
                row = EntityCorrectionRow(document_id=document_id, start=start, end=end)
                session.add(row)
            else:
                previous = EntityCorrection(row.start, row.end, _label(row.label))
            row.label = label.value if label else None
            row.exact = doc.text[start:end]
            return previous

    def restore_correction(
        self, document_id: int, start: int, end: int, previous: EntityCorrection | None
    ) -> None:
        """Undo of :meth:`correct`: put back what was there before."""
        with self._uow.write() as session:
            session.execute(
                delete(EntityCorrectionRow).filter_by(document_id=document_id, start=start, end=end)
            )
            if previous is not None:
                text = self._doc(session, document_id).text
                session.add(
                    EntityCorrectionRow(
                        document_id=document_id,
                        start=previous.start,
                        end=previous.end,
                        label=previous.label.value if previous.label else None,
                        exact=text[previous.start : previous.end],
                    )
                )

    def user_entities(self) -> dict[str, EntityLabel | None]:
        with self._uow.read() as session:
            rows = session.scalars(select(UserEntityRow).order_by(UserEntityRow.name))
            return {row.name: _label(row.label) for row in rows}

    def set_user_entity(
        self, name: str, label: EntityLabel | None
    ) -> tuple[bool, EntityLabel | None]:
        """Add or change an entry of the user's list (label None: "never an entity").

        Returns (existed, previous label) for undo.
        """
        name = " ".join(name.split())
        if not name:
            raise InputError("An entity name cannot be empty")
        if len(name) > MAX_ENTITY_NAME:
            raise InputError(f"An entity name is at most {MAX_ENTITY_NAME} characters")
        with self._uow.write() as session:
            row = session.get(UserEntityRow, name)
            existed, previous = (row is not None), (_label(row.label) if row else None)
            if row is None:
                row = UserEntityRow(name=name)
                session.add(row)
            row.label = label.value if label else None
            return existed, previous

    def remove_user_entity(self, name: str) -> None:
        with self._uow.write() as session:
            session.execute(delete(UserEntityRow).filter_by(name=name))

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _doc(session: Session, document_id: int) -> _Doc:
        row = session.get(DocumentRow, document_id)
        if row is None:
            raise NotFoundError(f"No document with id {document_id}")
        work = work_text(row.text, blocks_from_json(row.blocks, len(row.text)))
        return _Doc(row.text, row.content_hash, row.language, work)

    def _view(
        self,
        session: Session,
        document_id: int,
        doc: _Doc,
        pipeline: str,
        spans: Sequence[EntitySpan],
        *,
        from_cache: bool,
    ) -> EntityView:
        corrections = [
            placed
            for row in session.scalars(
                select(EntityCorrectionRow).filter_by(document_id=document_id)
            )
            if (placed := _placed(doc.text, row)) is not None
        ]
        users = {r.name: _label(r.label) for r in session.scalars(select(UserEntityRow))}
        final = apply_corrections(doc.text, spans, corrections, users)
        return EntityView(document_id, doc.language, pipeline, tuple(final), from_cache)


def _placed(text: str, row: EntityCorrectionRow) -> EntityCorrection | None:
    """The correction where its words are now: in place if the text there is unchanged,
    else at the nearest occurrence of the same words; None when they are gone."""
    label = _label(row.label)
    exact = row.exact
    if exact is None or text[row.start : row.end] == exact:
        return EntityCorrection(row.start, row.end, label) if row.end <= len(text) else None
    nearest = None
    found = text.find(exact)
    while found != -1:
        if nearest is None or abs(found - row.start) < abs(nearest - row.start):
            nearest = found
        found = text.find(exact, found + 1)
    return None if nearest is None else EntityCorrection(nearest, nearest + len(exact), label)


def _label(value: str | None) -> EntityLabel | None:
    return EntityLabel(value) if value else None
