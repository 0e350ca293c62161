"""The Index's user actions as operations (see :mod:`reader.services.ops`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.annotations import Annotation, Colour
from reader.services.ops import Op, OpResult
from reader.store.entity_index import StoredChoice

if TYPE_CHECKING:
    from reader.services.app import Services


@dataclass(frozen=True, slots=True)
class MergeEntries(Op[None]):
    sources: tuple[int, ...]
    target: int
    target_name: str = ""

    @property
    def label(self) -> str:
        return f"Merge into “{self.target_name}”" if self.target_name else "Merge entries"

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.merge(self.sources, self.target)


@dataclass(frozen=True, slots=True)
class SplitEntry(Op[int]):
    entry_id: int
    name: str = ""

    @property
    def label(self) -> str:
        return f"Split “{self.name}”" if self.name else "Split entry"

    def run(self, services: Services) -> OpResult[int]:
        return services.index_choices.split(self.entry_id)


@dataclass(frozen=True, slots=True)
class RenameEntry(Op[None]):
    entry_id: int
    name: str

    @property
    def label(self) -> str:
        return f"Rename to “{self.name}”" if self.name else "Restore the entry's name"

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.rename(self.entry_id, self.name)


@dataclass(frozen=True, slots=True)
class HideEntry(Op[None]):
    entry_id: int
    hidden: bool = True
    name: str = ""

    @property
    def label(self) -> str:
        return f"{'Hide' if self.hidden else 'Show'} “{self.name}”"

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.hide(self.entry_id, self.hidden)


@dataclass(frozen=True, slots=True)
class RestoreEntryChoices(Op[None]):
    """Put the choices of these names back as they were (the undo of the others)."""

    choices: tuple[StoredChoice, ...]

    @property
    def label(self) -> str:
        return "Change the Index"

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.restore(self.choices)


@dataclass(frozen=True, slots=True)
class HighlightMentions(Op[tuple[Annotation, ...]]):
    """Highlight (and tag) every mention of an entry in one document."""

    entry_id: int
    document_id: int
    colour: Colour | str = Colour.YELLOW
    tags: tuple[str, ...] = ()
    name: str = ""

    @property
    def label(self) -> str:
        return f"Highlight every “{self.name}”" if self.name else "Highlight the mentions"

    def run(self, services: Services) -> OpResult[tuple[Annotation, ...]]:
        return services.index_choices.highlight(
            self.entry_id, self.document_id, self.colour, self.tags
        )
