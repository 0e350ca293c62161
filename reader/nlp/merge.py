"""Merge stage: model spans and rule spans into one sorted list without overlaps."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.entities import EntitySpan
from reader.nlp.labels import NAME_LABELS, VALUE_LABELS
from reader.nlp.spans import select_disjoint


def _tier(span: EntitySpan) -> int:
    """Lower wins an overlap.

    Names from the model and from name rules come first; then rule values (they beat
    the model's MISC, e.g. a date the model called MISC); then the model's values;
    MISC last.
    """
    if span.label in NAME_LABELS:
        return 0
    if span.source == "rule":
        return 1
    if span.label in VALUE_LABELS:
        return 2
    return 3


def merge_spans(model: Iterable[EntitySpan], rules: Iterable[EntitySpan]) -> list[EntitySpan]:
    """One list, sorted by offset, no two spans overlapping.

    On overlap the better tier wins (see :func:`_tier`), then the longer span, then
    the earlier. A model value span (an English pipeline's DATE, MONEY, ...) that
    strictly contains a rule span of the same label is kept instead of the rule's:
    "the first week of September 2016" beats "September 2016".
    """
    model_list = list(model)
    rule_list = list(rules)
    containers = [s for s in model_list if s.label in VALUE_LABELS]
    if containers:
        containers.sort()
        kept_rules = []
        for rule in rule_list:
            inside = any(
                c.label is rule.label
                and c.start <= rule.start
                and rule.end <= c.end
                and (c.end - c.start) > (rule.end - rule.start)
                for c in _around(containers, rule)
            )
            if not inside:
                kept_rules.append(rule)
        rule_list = kept_rules
    merged = select_disjoint(
        model_list + rule_list, lambda s: (_tier(s), -(s.end - s.start), s.start)
    )
    merged.sort()
    return merged


def _around(sorted_spans: list[EntitySpan], span: EntitySpan) -> list[EntitySpan]:
    """Spans of ``sorted_spans`` that may contain ``span`` (a short linear window)."""
    # Model spans never overlap each other, so at most one contains ``span``: the last
    # one starting at or before it.
    lo, hi = 0, len(sorted_spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_spans[mid].start <= span.start:
            lo = mid + 1
        else:
            hi = mid
    return sorted_spans[max(0, lo - 1) : lo]
