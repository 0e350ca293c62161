"""Small helpers on spans: disjoint ranges, overlap tests, choosing among overlaps."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T_Span = TypeVar("T_Span", bound=_Ranged)


class Occupied:
    """Disjoint ``[start, end)`` ranges; ``add`` refuses one that overlaps."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in ranges:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        # The last range starting before ``end`` is the only candidate, since ranges
        # are disjoint and sorted: it overlaps iff it ends after ``start``.
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> bool:
        if end <= start or self.overlaps(start, end):
            return False
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


def select_disjoint(
    candidates: Iterable[T_Span], priority: Callable[[T_Span], Any]
) -> list[T_Span]:
    """The greedy choice of disjoint spans by ``priority`` (lowest first), sorted by start.

    Equivalent to taking candidates in priority order and keeping each one that overlaps
    nothing kept so far, but done per cluster of overlapping candidates: O(n log n).
    """
    ordered = sorted(candidates, key=lambda s: (s.start, s.end))
    chosen: list[T_Span] = []
    cluster: list[T_Span] = []
    cluster_end = -1
    for span in ordered:
        if cluster and span.start >= cluster_end:
            chosen.extend(_resolve(cluster, priority))
            cluster = []
        cluster.append(span)
        cluster_end = max(cluster_end, span.end) if len(cluster) > 1 else span.end
    if cluster:
        chosen.extend(_resolve(cluster, priority))
    return chosen


def _resolve(cluster: list[T_Span], priority: Callable[[T_Span], Any]) -> list[T_Span]:
    if len(cluster) == 1:
        return cluster
    taken = Occupied()
    kept = [s for s in sorted(cluster, key=priority) if taken.add(s.start, s.end)]
    kept.sort(key=lambda s: (s.start, s.end))
    return kept
