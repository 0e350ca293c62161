"""User corrections: pure data, applied last, so a better model never undoes them."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

from reader.core.entities import EntityLabel, EntitySpan
from reader.nlp.mentions import find_mentions
from reader.nlp.spans import Occupied
from reader.nlp.types import EntityCorrection

USER = "user"


def _overlaps(span: EntitySpan, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def apply_user_entities(
    text: str, spans: Iterable[EntitySpan], user_entities: Mapping[str, EntityLabel | None]
) -> list[EntitySpan]:
    """The user's own list, for every document.

    ``name -> None``: spans whose text is exactly ``name`` go ("never an entity").
    ``name -> label``: every whole-word, case-sensitive mention of ``name`` becomes a
    user span with that label, replacing what it overlaps, except where the mention
    lies inside a longer span ("Zhang" inside "Jeff Zhang" stays part of it).
    """
    never = {name for name, label in user_entities.items() if label is None}
    result = sorted(s for s in spans if s.text not in never)
    wanted = {n: label for n, label in user_entities.items() if label is not None and n.strip()}
    if not wanted:
        return result
    mentions = find_mentions(text, wanted)
    # Longest names first, so "Jeff Zhang" claims its words before "Zhang" does.
    mentions.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    starts = [s.start for s in result]
    removed: set[int] = set()
    taken = Occupied()
    added: list[EntitySpan] = []
    for start, end, label in mentions:
        if taken.overlaps(start, end):
            continue
        # ``result`` does not overlap itself, so its ends are sorted too: the spans
        # overlapping [start, end) are the last ones starting before ``end``.
        hits = []
        j = bisect.bisect_left(starts, end) - 1
        while j >= 0 and result[j].end > start:
            hits.append(j)
            j -= 1
        if any(
            result[k].start <= start
            and end <= result[k].end
            and result[k].end - result[k].start > end - start
            for k in hits
        ):
            continue
        removed.update(hits)
        taken.add(start, end)
        added.append(EntitySpan(start, end, label, text[start:end], USER))
    kept = [s for i, s in enumerate(result) if i not in removed]
    return sorted(kept + added)


def apply_doc_corrections(
    text: str, spans: Iterable[EntitySpan], corrections: Sequence[EntityCorrection]
) -> list[EntitySpan]:
    """This document's corrections, in order (a later one wins over an earlier one).

    ``label`` None removes every span overlapping the range; a label replaces what
    overlaps the range with one user span. Ranges outside the text are ignored.
    """
    result = list(spans)
    for fix in corrections:
        if not 0 <= fix.start < fix.end <= len(text):
            continue
        result = [s for s in result if not _overlaps(s, fix.start, fix.end)]
        if fix.label is not None:
            result.append(
                EntitySpan(fix.start, fix.end, fix.label, text[fix.start : fix.end], USER)
            )
    return sorted(result)


def apply_corrections(
    text: str,
    spans: Iterable[EntitySpan],
    doc_corrections: Sequence[EntityCorrection] = (),
    user_entities: Mapping[str, EntityLabel | None] | None = None,
) -> list[EntitySpan]:
    """The user's entity list first, then this document's corrections (more specific)."""
    result = apply_user_entities(text, spans, user_entities or {})
    return apply_doc_corrections(text, result, doc_corrections)
