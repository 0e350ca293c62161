"""The Index: who and where across the library (or one document), and every mention in
context.

Each mention is stored with its own name and the name it is grouped under in its
document (:mod:`reader.core.entity_names`). The user's choices, stored per name for
the whole library, decide the entry a mention counts under: a name *split* from its
group stands on its own, a name *merged* into another counts under that one (chains
followed), and the entry at the end of the chain may be renamed or hidden. Choices
are applied when the Index is read, so they hold for documents added or recognised
later, and after a re-recognition.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from reader.core.entities import EntityLabel
from reader.core.entity_names import name_key
from reader.core.errors import InputError, NotFoundError
from reader.core.folding import contains_words
from reader.core.kwic import CONTEXT_CHARS, TextPieces, context_around
from reader.core.messages import Msg, message
from reader.nlp.fingerprint import current_key
from reader.nlp.pipelines import pipeline_id
from reader.services.entities import EntityService
from reader.services.index_writer import index_stamp
from reader.store.entity_index import StoredChoice, StoredMention, StoredTotal
from reader.store.unit_of_work import Store, UnitOfWork

MAIN_TYPES = frozenset({EntityLabel.PERSON, EntityLabel.ORG, EntityLabel.PLACE})


class SortBy(StrEnum):
    NAME = "name"
    MENTIONS = "mentions"
    DOCUMENTS = "documents"
    FIRST_SEEN = "first-seen"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One entity of the Index: ``id`` is the id of the name at its head."""

    id: int
    name: str
    label: EntityLabel
    mentions: int
    documents: int
    aliases: tuple[str, ...]
    """The other spellings counted under it, most mentioned first."""
    first_seen: datetime
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Overlap:
    """A highlight of the user's that overlaps a mention."""

    annotation_id: str
    colour: str
    note: str


@dataclass(frozen=True, slots=True)
class MentionInContext:
    document_id: int
    title: str
    path: str
    start: int
    end: int
    text: str
    before: str
    after: str
    highlights: tuple[Overlap, ...] = ()

    @property
    def context(self) -> str:
        return self.before + self.text + self.after


@dataclass(slots=True)
class _Tally:
    first: datetime
    mentions: int = 0
    documents: set[str] = field(default_factory=set)
    names: dict[int, int] = field(default_factory=dict)


class Resolver:
    """Which entry a stored (name, group) pair counts under, given the user's choices.

    A name that a document leaves on its own ("Macron" in an article that never says
    "Emmanuel Macron") joins the entry that other documents group it under, when they
    all group it under the same one.
    """

    def __init__(
        self, choices: dict[int, StoredChoice], groupings: Iterable[tuple[int, int]] = ()
    ) -> None:
        self.choices = choices
        under: dict[int, set[int]] = {}
        for name_id, entry_id in groupings:
            under.setdefault(name_id, set()).add(entry_id)
        self.joins = {n: next(iter(e)) for n, e in under.items() if len(e) == 1}

    def base(self, name_id: int, entry_id: int) -> int:
        choice = self.choices.get(name_id)
        if choice is not None and choice.split:
            return name_id
        if entry_id == name_id:
            return self.joins.get(name_id, name_id)
        return entry_id

    def head(self, name_id: int) -> int:
        seen = {name_id}
        while (choice := self.choices.get(name_id)) is not None and choice.merged_into is not None:
            if choice.merged_into in seen:  # a cycle written by another program: stop
                break
            name_id = choice.merged_into
            seen.add(name_id)
        return name_id

    def entry_of(self, name_id: int, entry_id: int) -> int:
        return self.head(self.base(name_id, entry_id))

    def members(self, head: int) -> set[int]:
        """Names whose chain of merges ends at ``head`` (``head`` included)."""
        return {head} | {n for n in self.choices if n != head and self.head(n) == head}


class IndexService:
    def __init__(self, uow: UnitOfWork, entities: EntityService) -> None:
        self._uow = uow
        self._entities = entities

    # -- keeping up with the library --------------------------------------------------

    def stale_documents(self) -> list[int]:
        """Documents whose Index rows are missing or were made from other text or another
        recognition than today's (those recognised since are made again by refresh)."""
        with self._uow.read() as store:
            states = store.entity_index.states()
            documents = store.entity_index.library_documents()
        return [
            document_id
            for document_id, content_hash, language in documents
            if states.get(document_id)
            != (content_hash, index_stamp(pipeline_id(language), current_key()))
        ]

    def refresh(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Bring the rows of stale documents up to date from their cached recognition,
        one document per transaction; how many were made again. Nothing in a library
        that cannot be written (its Index shows what it has)."""
        if self._uow.read_only:
            return 0
        stale = self.stale_documents()
        done = 0
        for n, document_id in enumerate(stale):
            if cancelled is not None and cancelled():
                break
            done += self._entities.reindex(document_id)
            if progress is not None:
                progress(n + 1, len(stale))
        return done

    # -- reading ------------------------------------------------------------------------

    def entries(
        self,
        *,
        labels: Collection[EntityLabel] | None = MAIN_TYPES,
        document_id: int | None = None,
        text: str = "",
        sort: SortBy = SortBy.MENTIONS,
        include_hidden: bool = False,
    ) -> list[IndexEntry]:
        """The entries of the library (or of one document) of these types (None: all),
        whose name or a spelling contains every word of ``text`` (case and accents
        ignored), sorted (mentions and documents: most first)."""
        with self._uow.read() as store:
            resolver = resolver_for(store)
            seen = store.entity_index.seen(document_id)
            tallies = _tally(store.entity_index.totals(document_id), seen, resolver)
            names = store.entity_index.names(
                set(tallies) | {n for t in tallies.values() for n in t.names}
            )
        entries = []
        for head_id, tally in tallies.items():
            head = names[head_id]
            label = EntityLabel(head.label)
            if labels is not None and label not in labels:
                continue
            choice = resolver.choices.get(head_id)
            hidden = choice is not None and choice.hidden
            if hidden and not include_hidden:
                continue
            spellings = sorted(tally.names, key=lambda n: (-tally.names[n], names[n].display))
            display = choice.display if choice is not None and choice.display else head.display
            aliases = tuple(
                dict.fromkeys(names[n].display for n in spellings if names[n].display != display)
            )
            if text and not any(contains_words(s, text) for s in (display, *aliases)):
                continue
            entries.append(
                IndexEntry(
                    head_id,
                    display,
                    label,
                    tally.mentions,
                    len(tally.documents),
                    aliases,
                    tally.first,
                    hidden,
                )
            )
        return sort_entries(entries, sort)

    def entry(self, entry_id: int) -> IndexEntry:
        for entry in self.entries(labels=None, include_hidden=True):
            if entry.id == entry_id:
                return entry
        raise NotFoundError(message(Msg.INDEX_ENTRY_GONE))

    def find(self, name: str, label: EntityLabel | None = None) -> IndexEntry:
        """The entry called ``name`` (or with ``name`` as a spelling), case and accents
        ignored; refused when several entries of different types match."""
        labels = None if label is None else {label}
        entries = self.entries(labels=labels, include_hidden=True)
        keys = {name_key(name), name_key(name, person=False)}
        found = [e for e in entries if _key_of(e.name, e.label) in keys]
        if not found:
            found = [e for e in entries if any(_key_of(a, e.label) in keys for a in e.aliases)]
        if not found:
            raise NotFoundError(message(Msg.NO_SUCH_INDEX_ENTRY, name=name))
        if len({e.label for e in found}) > 1:
            kinds = ", ".join(sorted(e.label.value for e in found))
            raise InputError(message(Msg.SEVERAL_INDEX_ENTRIES, name=name, kinds=kinds))
        return max(found, key=lambda e: e.mentions)

    def mentions(self, entry_id: int, document_id: int | None = None) -> list[MentionInContext]:
        """Every mention counted under the entry, by document then in reading order, each
        with a line of text around it and the user's highlights that overlap it."""
        with self._uow.read() as store:
            resolver = resolver_for(store)
            members = resolver.members(entry_id)
            joined = {n for n, e in resolver.joins.items() if e in members}
            split = {n for n, c in resolver.choices.items() if c.split}
            stored = store.entity_index.mentions(members, (members & split) | joined, document_id)
            chosen = [m for m in stored if resolver.entry_of(m.name_id, m.entry_id) == entry_id]
            return _in_context(store, chosen)


def resolver_for(store: Store) -> Resolver:
    """The resolver of the library as it is in this transaction."""
    return Resolver(store.entity_index.choices(), store.entity_index.groupings())


def _key_of(name: str, label: EntityLabel) -> str:
    return name_key(name, person=label is EntityLabel.PERSON)


def _tally(
    totals: Iterable[StoredTotal], seen: dict[str, datetime], resolver: Resolver
) -> dict[int, _Tally]:
    """Per entry (by its head name): mentions, documents, mentions per spelling, and
    when the earliest of its documents was recorded."""
    tallies: dict[int, _Tally] = {}
    for name_id, entry_id, mentions, documents in totals:
        head = resolver.entry_of(name_id, entry_id)
        ids = documents.split(",")
        first = min(seen[d] for d in ids)
        tally = tallies.get(head)
        if tally is None:
            tally = tallies[head] = _Tally(first=first)
        tally.mentions += mentions
        tally.documents.update(ids)
        tally.names[name_id] = tally.names.get(name_id, 0) + mentions
        tally.first = min(tally.first, first)
    return tallies


def sort_entries(entries: list[IndexEntry], sort: SortBy) -> list[IndexEntry]:
    by_name = sorted(entries, key=lambda e: (e.name.casefold(), e.label.value))
    if sort is SortBy.MENTIONS:
        return sorted(by_name, key=lambda e: -e.mentions)
    if sort is SortBy.DOCUMENTS:
        return sorted(by_name, key=lambda e: (-e.documents, -e.mentions))
    if sort is SortBy.FIRST_SEEN:
        return sorted(by_name, key=lambda e: e.first_seen)
    return by_name


def _in_context(store: Store, mentions: list[StoredMention]) -> list[MentionInContext]:
    """The mentions with a line of text around each (from the search pieces that hold
    them, a few kilobytes, else the whole text) and the highlights over them."""
    out: list[MentionInContext] = []
    by_document: dict[int, list[StoredMention]] = {}
    for mention in mentions:
        by_document.setdefault(mention.document_id, []).append(mention)
    titles = store.entity_index.titles(by_document)
    highlights = store.entity_index.highlights(by_document)
    margin = CONTEXT_CHARS + 1
    pieces = store.entity_index.pieces(
        {
            document_id: [(max(0, m.start - margin), m.end + margin) for m in found]
            for document_id, found in by_document.items()
        }
    )
    for document_id, found in sorted(by_document.items()):
        held = pieces.get(document_id)
        text = TextPieces(*held) if held is not None else _whole(store, document_id)
        title, path = titles[document_id]
        for m in found:
            parts = context_around(text, m.start, m.end)
            if parts is None:  # the pieces do not hold it: read the whole text
                text = _whole(store, document_id)
                parts = context_around(text, m.start, m.end)
                assert parts is not None
            before, words, after = parts
            overlaps = tuple(
                Overlap(annotation_id, colour, note)
                for annotation_id, start, end, colour, note in highlights.get(document_id, ())
                if start < m.end and m.start < end
            )
            out.append(
                MentionInContext(
                    document_id, title, path, m.start, m.end, words, before, after, overlaps
                )
            )
    return out


def _whole(store: Store, document_id: int) -> TextPieces:
    return TextPieces.whole(store.documents.text(document_id)[0])
