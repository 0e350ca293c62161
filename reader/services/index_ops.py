"""The Index's user actions as operations (see :mod:`reader.services.ops`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.annotations import Annotation, Colour
from reader.core.messages import Message, Msg, message
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
    def message(self) -> Message:
        if self.target_name:
            return message(Msg.OP_MERGE_INTO, name=self.target_name)
        return message(Msg.OP_MERGE_ENTRIES)

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.merge(self.sources, self.target)


@dataclass(frozen=True, slots=True)
class SplitEntry(Op[int]):
    entry_id: int
    name: str = ""

    @property
    def message(self) -> Message:
        return message(Msg.OP_SPLIT, name=self.name) if self.name else message(Msg.OP_SPLIT_ENTRY)

    def run(self, services: Services) -> OpResult[int]:
        return services.index_choices.split(self.entry_id)


@dataclass(frozen=True, slots=True)
class RenameEntry(Op[None]):
    entry_id: int
    name: str

    @property
    def message(self) -> Message:
        if self.name:
            return message(Msg.OP_RENAME_ENTRY, name=self.name)
        return message(Msg.OP_RESTORE_ENTRY_NAME)

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.rename(self.entry_id, self.name)


@dataclass(frozen=True, slots=True)
class HideEntry(Op[None]):
    entry_id: int
    hidden: bool = True
    name: str = ""

    @property
    def message(self) -> Message:
        return message(Msg.OP_HIDE_ENTRY if self.hidden else Msg.OP_SHOW_ENTRY, name=self.name)

    def run(self, services: Services) -> OpResult[None]:
        return services.index_choices.hide(self.entry_id, self.hidden)


@dataclass(frozen=True, slots=True)
class RestoreEntryChoices(Op[None]):
    """Put the choices of these names back as they were (the undo of the others)."""

    choices: tuple[StoredChoice, ...]

    @property
    def message(self) -> Message:
        return message(Msg.OP_CHANGE_INDEX)

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
    def message(self) -> Message:
        if self.name:
            return message(Msg.OP_HIGHLIGHT_EVERY, name=self.name)
        return message(Msg.OP_HIGHLIGHT_MENTIONS)

    def run(self, services: Services) -> OpResult[tuple[Annotation, ...]]:
        return services.index_choices.highlight(
            self.entry_id, self.document_id, self.colour, self.tags
        )
