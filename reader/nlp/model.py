"""Model stage: spaCy NER over paragraph-sized chunks, offsets in the whole text.

The only slow stage. Chunks are paragraphs (lines; a line that plainly continues
the previous sentence is joined to it), cut further at sentence ends when longer
than ``MAX_CHUNK_CHARS`` or the pipeline's ``max_length``. Chunks go to ``nlp.pipe``
in batches; between batches the caller hears of progress and may cancel. A
``first`` range (the visible screen) is processed before everything else. On a
text of several batches a forked twin process does the batches from the end on
the second core (:mod:`reader.nlp.twin`).
"""

from __future__ import annotations

import contextlib
import re
import threading
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.entities import EntitySpan
from reader.nlp.casing import HEADING_SHARE, is_roman_numeral, upper_share
from reader.nlp.labels import map_label
from reader.nlp.twin import give_back_freed, lean_heap, share_batches, twin_possible
from reader.nlp.types import BatchCallback, CancelCheck, Cancelled, ProgressCallback

if TYPE_CHECKING:
    from spacy.language import Language

MAX_CHUNK_CHARS = 20_000
CHUNKING_VERSION = "2"  # bump when chunk_text cuts differently: cached model spans depend on it
BATCH_DOCS = 64  # measured: 64-128 paragraphs per nlp.pipe batch is fastest (see benchmark)
BATCH_CHARS = 60_000  # ... and a batch this size is ~0.5 s of work: cancel latency
_SENTENCE_BREAK = re.compile(r"[.!?…»][\"”’)]*\s+")
_CONTINUES = frozenset(",;-–—(")


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int


_LETTERS = re.compile(r"[^\W\d_]+")
_TWO_CAPITALS = re.compile(r"[^\W\d_a-zß-ÿ]{2}")  # two letters in a row, neither lower case
_CAPS_RUN = re.compile(r"[^\W\d_a-z]{2,}(?:[\s,.'’-]+[^\W\d_a-z]{2,}){2,}")


def _titled(match: re.Match[str]) -> str:
    word = match.group()
    return word if is_roman_numeral(word) else word.capitalize()


def _title_case(piece: str) -> str:
    titled = _LETTERS.sub(_titled, piece)
    return titled if len(titled) == len(piece) else piece  # offsets must not move


def case_normalised(piece: str) -> str:
    """All-caps text as the model can judge it, same length: a paragraph mostly in
    capitals, or a run of three capitalised words ('FAITS DIVERS DE GENÈVE'), in
    title case ('Faits Divers De Genève'); roman numerals stay as they are."""
    if _TWO_CAPITALS.search(piece) is None:
        return piece  # the common case, found at C speed
    if upper_share(piece) >= HEADING_SHARE:
        return _title_case(piece)
    return _CAPS_RUN.sub(
        lambda m: _title_case(m.group()) if m.group().isupper() else m.group(), piece
    )


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return not stripped or (stripped[-1] not in _CONTINUES and not stripped[-1].isalpha())


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines as (start, end), whitespace at both ends left out."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            yield start, start + len(stripped)
        pos += len(line) + 1


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[Chunk]:
    while end - start > limit:
        cut = -1
        for match in _SENTENCE_BREAK.finditer(text, start + limit // 2, start + limit):
            cut = match.end()
        if cut <= start:
            space = text.rfind(" ", start + limit // 2, start + limit)
            cut = space + 1 if space > start else start + limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield Chunk(start, piece_end)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Chunk(start, end)


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """Paragraph-sized chunks covering every non-blank line of ``text``, in order.

    A line is joined to the previous one when that one does not end a sentence and
    this one starts in lower case (hard-wrapped text), so a sentence stays whole.
    """
    merged: list[list[int]] = []
    for start, end in _lines(text):
        if (
            merged
            and not _ends_sentence(text[merged[-1][0] : merged[-1][1]])
            and text[start].islower()
            and end - merged[-1][0] <= max_chars
        ):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    chunks: list[Chunk] = []
    for start, end in merged:
        chunks.extend(_split_long(text, start, end, max_chars))
    return chunks


def order_chunks(chunks: Sequence[Chunk], first: tuple[int, int] | None) -> list[list[Chunk]]:
    """Batches of chunks: those overlapping ``first`` alone in the first batch."""
    batches: list[list[Chunk]] = []
    rest: Sequence[Chunk] = chunks
    if first is not None:
        a, b = first
        head = [c for c in chunks if c.start < b and a < c.end]
        if head:
            batches.append(head)
            rest = [c for c in chunks if not (c.start < b and a < c.end)]
    batch: list[Chunk] = []
    size = 0
    for chunk in rest:
        if batch and (len(batch) >= BATCH_DOCS or size + chunk.end - chunk.start > BATCH_CHARS):
            batches.append(batch)
            batch, size = [], 0
        batch.append(chunk)
        size += chunk.end - chunk.start
    if batch:
        batches.append(batch)
    return batches


_PIPE_LOCKS: weakref.WeakKeyDictionary[Language, threading.Lock] = weakref.WeakKeyDictionary()
_PIPE_LOCKS_LOCK = threading.Lock()


def _pipe_lock(nlp: Language) -> threading.Lock:
    """spaCy pipelines are not documented as thread-safe: one batch at a time each."""
    with _PIPE_LOCKS_LOCK:
        lock = _PIPE_LOCKS.get(nlp)
        if lock is None:
            lock = _PIPE_LOCKS[nlp] = threading.Lock()
        return lock


def _batch_spans(
    text: str, nlp: Language, batch: Sequence[Chunk], lock: threading.Lock | None
) -> list[EntitySpan]:
    texts = [case_normalised(text[c.start : c.end].replace("\n", " ")) for c in batch]
    found: list[EntitySpan] = []
    with lock if lock is not None else contextlib.nullcontext():
        for chunk, doc in zip(batch, nlp.pipe(texts, batch_size=len(texts)), strict=True):
            for ent in doc.ents:
                label = map_label(ent.label_)
                if label is None:
                    continue
                start = chunk.start + ent.start_char
                end = chunk.start + ent.end_char
                found.append(EntitySpan(start, end, label, text[start:end], "model"))
    del texts
    give_back_freed()  # the batch's arrays and docs: this process and a twin each had them
    return found


def model_spans(
    text: str,
    nlp: Language,
    *,
    first: tuple[int, int] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    on_batch: BatchCallback | None = None,
    twin: bool = True,
) -> list[EntitySpan]:
    """Entities the pipeline finds in ``text``, labels mapped, sorted by offset.

    ``first``: a (start, end) range processed before the rest (the visible screen).
    ``progress(done_chars, total_chars)`` after each batch; ``cancelled()`` polled
    before each batch (raises :class:`Cancelled`); ``on_batch(spans)`` gets each
    batch's spans as soon as they exist, the ``first`` range's first. With ``twin``
    and a text of several batches, a forked twin process takes batches from the end
    on the second core (:mod:`reader.nlp.twin`); the spans are the same.
    """
    limit = min(MAX_CHUNK_CHARS, max(1000, int(getattr(nlp, "max_length", MAX_CHUNK_CHARS))))
    chunks = chunk_text(text, limit)
    batches = order_chunks(chunks, first)
    total = sum(c.end - c.start for c in chunks)
    done = 0
    spans: list[EntitySpan] = []
    lock = _pipe_lock(nlp)
    lean_heap()

    def finished(index: int, found: list[EntitySpan]) -> None:
        nonlocal done
        spans.extend(found)
        done += sum(c.end - c.start for c in batches[index])
        if on_batch is not None:
            on_batch(found)
        if progress is not None:
            progress(done, total)

    if twin and twin_possible(len(batches)):
        share_batches(
            len(batches),
            lambda i: _batch_spans(text, nlp, batches[i], lock),
            lambda i: _batch_spans(text, nlp, batches[i], None),  # one thread there
            finished,
            cancelled,
        )
    else:
        for index, batch in enumerate(batches):
            if cancelled is not None and cancelled():
                raise Cancelled
            finished(index, _batch_spans(text, nlp, batch, lock))
    spans.sort()
    return spans
