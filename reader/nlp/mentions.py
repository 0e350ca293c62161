"""Mentions of names already decided: every occurrence of a name in a text, and a
surname widened to its particle ("de Meo") when the text names the full person."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from reader.core.entities import EntityLabel, EntitySpan

PERSON = EntityLabel.PERSON


def with_particles(
    text: str, spans: list[EntitySpan], persons: Iterable[str], particles: frozenset[str]
) -> list[EntitySpan]:
    """'Meo' after 'de' becomes 'de Meo' when the document names 'Luca de Meo'."""
    forms: dict[str, list[str]] = defaultdict(list)  # surname -> its forms with particles
    for full in persons:
        words = full.split()
        for i in range(1, len(words) - 1):
            if words[i] in particles and (i == 1 or words[i - 1] not in particles):
                forms[words[-1]].append(" ".join(words[i:]))
    if not forms:
        return spans
    result: list[EntitySpan] = []
    previous_end = 0
    for span in spans:
        kept = span
        if span.label is PERSON and span.text in forms:
            for form in sorted(forms[span.text], key=len, reverse=True):
                start = span.end - len(form)
                if (
                    start >= previous_end
                    and text.startswith(form, start)
                    and (start == 0 or not text[start - 1].isalnum())
                ):
                    kept = EntitySpan(start, span.end, PERSON, form, span.source)
                    break
        result.append(kept)
        previous_end = kept.end
    return result


def find_mentions(text: str, names: dict[str, EntityLabel]) -> list[tuple[int, int, EntityLabel]]:
    """Whole-word, case-sensitive occurrences of ``names``, longest name first at a place.

    A whole word: not inside a longer word, a hyphenated word or a dotted name.
    """
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in names:
        head = re.match(r"\w+", name)
        if head is not None and head.start() == 0:
            by_first[head.group()].append(name)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    found: list[tuple[int, int, EntityLabel]] = []
    for word in re.finditer(r"\w+", text):
        found_names = by_first.get(word.group())
        if found_names is None:
            continue
        start = word.start()
        if start > 0 and (
            text[start - 1] == "-"
            or (text[start - 1] == "." and start > 1 and text[start - 2].isalnum())
        ):
            continue
        for name in found_names:
            end = start + len(name)
            if not text.startswith(name, start):
                continue
            after = text[end : end + 2]
            if (
                after[:1].isalnum()
                or after[:1] in ("_", "-")
                or (after[:1] == "." and after[1:2].isalnum())
            ):
                continue
            found.append((start, end, names[name]))
            break
    return found
