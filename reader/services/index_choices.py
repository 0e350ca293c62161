"""The user's choices on the Index, for the whole library: merge entries, split one,
rename it, hide it; and what can be done from an entry (highlight its mentions).

Each is one operation (one transaction) returning an :class:`OpResult` whose ``undo``
puts back the choices as they were (:class:`RestoreEntryChoices`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from reader.core.annotations import Annotation, Colour
from reader.core.errors import InputError, NotFoundError
from reader.core.messages import Msg, message
from reader.export.files import write_atomic
from reader.export.mentions import mentions_csv, mentions_markdown
from reader.services.annotations import AnnotationService
from reader.services.entity_index import IndexService, Resolver, resolver_for
from reader.services.index_ops import RestoreEntryChoices
from reader.services.ops import Changes, DeleteAnnotations, OpResult
from reader.store.entity_index import StoredChoice
from reader.store.unit_of_work import Store, UnitOfWork

EXPORT_FORMATS = ("md", "csv")
MAX_DISPLAY_NAME = 300
_CHANGES = Changes(entities=True)
_Change = Callable[[Store, Resolver], list[StoredChoice]]


class IndexChoiceService:
    def __init__(
        self, uow: UnitOfWork, index: IndexService, annotations: AnnotationService
    ) -> None:
        self._uow = uow
        self._index = index
        self._annotations = annotations

    def merge(self, sources: Sequence[int], target: int) -> OpResult[None]:
        """Count the entries ``sources`` under ``target`` from now on."""
        if not sources or target in sources:
            raise InputError(message(Msg.INDEX_MERGE_SAME))

        def change(store: Store, resolver: Resolver) -> list[StoredChoice]:
            head = resolver.head(target)
            changed = []
            for source in sources:
                choice = resolver.choices.get(source, StoredChoice(source))
                if resolver.head(source) != head:
                    changed.append(replace(choice, merged_into=head))
            return changed

        return self._change(change, {target, *sources})

    def split(self, entry_id: int) -> OpResult[int]:
        """Make every spelling grouped or merged under the entry an entry of its own;
        the value is how many entries came out of it."""

        def change(store: Store, resolver: Resolver) -> list[StoredChoice]:
            changed = []
            for name in resolver.members(entry_id) - {entry_id}:
                changed.append(replace(resolver.choices[name], merged_into=None))
            for name in store.entity_index.grouped_names(entry_id):
                choice = resolver.choices.get(name, StoredChoice(name))
                if not choice.split:
                    changed.append(replace(choice, split=True))
            return changed

        result = self._change(change, {entry_id})
        if result.undo is None:
            raise InputError(message(Msg.INDEX_NOTHING_TO_SPLIT))
        assert isinstance(result.undo, RestoreEntryChoices)
        return OpResult(len(result.undo.choices), result.changes, result.undo)

    def rename(self, entry_id: int, name: str) -> OpResult[None]:
        """Show the entry as ``name`` (empty: as the text spells it)."""
        name = " ".join(name.split())
        if len(name) > MAX_DISPLAY_NAME:
            raise InputError(message(Msg.INDEX_NAME_TOO_LONG, limit=MAX_DISPLAY_NAME))

        def change(store: Store, resolver: Resolver) -> list[StoredChoice]:
            choice = resolver.choices.get(entry_id, StoredChoice(entry_id))
            return [replace(choice, display=name or None)]

        return self._change(change, {entry_id})

    def hide(self, entry_id: int, hidden: bool = True) -> OpResult[None]:
        """Leave the entry out of the Index (``hidden`` False: show it again)."""

        def change(store: Store, resolver: Resolver) -> list[StoredChoice]:
            choice = resolver.choices.get(entry_id, StoredChoice(entry_id))
            return [replace(choice, hidden=hidden)]

        return self._change(change, {entry_id})

    def restore(self, choices: Iterable[StoredChoice]) -> OpResult[None]:
        """Put these names' choices back exactly as given (how the others are undone)."""
        wanted = list(choices)
        return self._change(lambda store, resolver: wanted, {c.name_id for c in wanted})

    def highlight(
        self,
        entry_id: int,
        document_id: int,
        colour: Colour | str = Colour.YELLOW,
        tags: Iterable[str] = (),
    ) -> OpResult[tuple[Annotation, ...]]:
        """Highlight (and tag) every mention of the entry in the document that is not
        highlighted yet, in one operation; undone by deleting those highlights."""
        mentions = [m for m in self._index.mentions(entry_id, document_id) if not m.highlights]
        if not mentions:
            raise InputError(message(Msg.INDEX_ALL_HIGHLIGHTED))
        result = self._annotations.create_many(
            document_id, [(m.start, m.end) for m in mentions], colour=colour, tags=tags
        )
        ids = tuple(a.id for a in result.value)
        return OpResult(result.value, result.changes, DeleteAnnotations(ids))

    def export(self, entry_id: int, fmt: str, path: Path | None = None) -> str:
        """The entry's mentions as Markdown (``md``) or CSV (``csv``); written to ``path``
        atomically when given."""
        if fmt not in EXPORT_FORMATS:
            raise InputError(message(Msg.MENTIONS_FORMAT, choices=", ".join(EXPORT_FORMATS)))
        entry = self._index.entry(entry_id)
        mentions = self._index.mentions(entry_id)
        if fmt == "md":
            content = mentions_markdown(entry.name, entry.label.value, mentions)
        else:
            content = mentions_csv(mentions)
        if path is not None:
            write_atomic(path, content)
        return content

    def _change(self, change: _Change, names: set[int]) -> OpResult[None]:
        with self._uow.write() as store:
            known = store.entity_index.names(names)
            if len(known) != len(names):
                raise NotFoundError(message(Msg.INDEX_ENTRY_GONE))
            resolver = resolver_for(store)
            before = []
            for choice in change(store, resolver):
                before.append(store.entity_index.choice(choice.name_id))
                store.entity_index.put_choice(choice)
        undo = RestoreEntryChoices(tuple(before)) if before else None
        return OpResult(None, _CHANGES, undo)
