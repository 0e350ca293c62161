"""Re-anchoring annotations in a changed text (after Hypothesis' client anchoring).

An annotation keeps two selectors: its position ``(start, end)`` in the text it was
made on and its quote (the exact passage with ~32 characters of context either
side, :class:`~reader.core.annotations.TextQuote`). When the text changes,
:func:`anchor` finds the passage again:

1. the old position still holds the exact quote: keep it;
2. the exact quote occurs elsewhere: take the occurrence whose prefix and suffix
   match best, the nearest to the old position among equals. With a context that
   matches well (mean similarity >= :data:`CONFIDENT_CONTEXT`) it is the answer;
   otherwise it competes with the best fuzzy candidate of step 3 on the same score
   (its quote similarity is 1) and is kept if it scores at least as well and can be
   trusted: the quote is at least :data:`SPECIFIC_LENGTH` long, or its context
   matches at least :data:`MIN_CONTEXT`, or the quote had no context at all;
   When the exact quote occurs nowhere, the same characters with other whitespace
   (a line break reflowed into a space) are looked for first
   (:func:`~reader.core.loose_quote.loose_find`) and taken if found;
3. fuzzy: passages within ``len(exact) // 4`` edits of the quote (Levenshtein) are
   scored as quote similarity x50, prefix similarity x20, suffix similarity x20 and
   closeness to the old position x2 (divided by 92); the best is accepted if it
   scores at least :data:`FUZZY_THRESHOLD`. Its ends are snapped: whitespace the
   quote did not have is trimmed, and a passage that began (ended) on a word
   boundary is widened to the whole word when an edit cut into one;
4. otherwise ``None``: the annotation is an orphan.

The thresholds were calibrated on ~300 KB of prose with random edits: 97 % of
reworded passages (up to 1/8 of their characters edited, context edited too) were
found at the right place within two characters, and when the passage was deleted
or the whole document replaced, 97 % of annotations became orphans (the others
were quotes such as a row of dashes or four letters, found again elsewhere).

Bounded work on large texts: the approximate search never runs over the whole text
in Python. Candidate places come from rapidfuzz's best partial alignment of the
quote, from places where fragments of the quote (or its prefix and suffix) occur
exactly, voting for the same start, and from the old position; only windows around
a bounded number of them are aligned exactly (bit-parallel edit distance, Myers 1999),
so one fuzzy anchor on a 1 MB text costs tens of milliseconds.

Offsets are code points of the canonical text, like everywhere in reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reader.core.annotations import TextQuote
from reader.core.loose_quote import loose_find

__all__ = [
    "CONFIDENT_CONTEXT",
    "FUZZY_THRESHOLD",
    "MIN_CONTEXT",
    "SPECIFIC_LENGTH",
    "anchor",
    "edit_distances",
]

QUOTE_WEIGHT = 50
PREFIX_WEIGHT = 20
SUFFIX_WEIGHT = 20
POSITION_WEIGHT = 2
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

FUZZY_THRESHOLD = 0.75
"""Least score (0..1) for a fuzzy match to be accepted (see tests for the calibration)."""

SPECIFIC_LENGTH = 16
"""An exact quote at least this long is trusted wherever it occurs; shorter ones need context."""

MIN_CONTEXT = 0.5
"""Least mean prefix/suffix similarity for a short exact quote to be trusted."""

CONFIDENT_CONTEXT = 0.9
"""Mean prefix/suffix similarity from which an exact occurrence is taken without looking further."""

_MAX_OCCURRENCES = 200_000
_MAX_PIECES = 48
_MAX_PIECE_HITS = 2_000
_MAX_VOTED = 8
_MAX_SEED_HITS = 20
_MAX_CANDIDATES_PER_WINDOW = 32
_ALIGN_BUDGET = 4_000_000  # window characters x 64-bit words of the quote
_SNAP_LIMIT = 12
_MAX_ALIGNED_QUOTE = 512


def anchor(text: str, quote: TextQuote, start: int, end: int) -> tuple[int, int] | None:
    """Where ``quote`` (last seen at ``[start, end)``) is in ``text`` now, or None."""
    exact = quote.exact
    if not exact:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return start, end
    hint = min(max(start, 0), len(text))
    found = _exact_match(text, quote, hint)
    if found is None:  # the same words with other whitespace (a reflowed line break)?
        loose = loose_find(text, quote, hint)
        if loose is not None:
            return loose
    if found is not None and found.context >= CONFIDENT_CONTEXT:
        return found.start, found.end
    best = _fuzzy_match(text, quote, hint)
    if (
        found is not None
        and _trusted(quote, found)
        and (best is None or found.score >= best.score - 1e-9)
    ):
        return found.start, found.end
    if best is None:
        return None
    if text[best.start : best.end] == exact:
        return best.start, best.end
    return _snap(text, quote, best.start, best.end)


# -- scoring ---------------------------------------------------------------------------


def _prefix_similarity(text: str, prefix: str, start: int) -> float:
    if not prefix:
        return 1.0 if start == 0 else 0.5
    before = text[max(0, start - len(prefix)) : start]
    return float(Levenshtein.normalized_similarity(prefix, before))


def _suffix_similarity(text: str, suffix: str, end: int) -> float:
    if not suffix:
        return 1.0 if end == len(text) else 0.5
    after = text[end : end + len(suffix)]
    return float(Levenshtein.normalized_similarity(suffix, after))


def _position_score(text: str, start: int, hint: int) -> float:
    return 1.0 - min(abs(start - hint), len(text)) / max(len(text), 1)


def _score(quote_sim: float, prefix_sim: float, suffix_sim: float, position: float) -> float:
    return (
        QUOTE_WEIGHT * quote_sim
        + PREFIX_WEIGHT * prefix_sim
        + SUFFIX_WEIGHT * suffix_sim
        + POSITION_WEIGHT * position
    ) / _TOTAL_WEIGHT


# -- step 2: exact occurrences ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    start: int
    end: int
    context: float = 0.0  # mean of prefix and suffix similarity


def _exact_match(text: str, quote: TextQuote, hint: int) -> _Candidate | None:
    """The occurrence of the exact quote with the best context, nearest ``hint`` among equals."""
    exact = quote.exact
    m = len(exact)
    best: tuple[float, int, int, float, float] | None = None  # (context, -distance, start, ..)
    find = text.find
    pos = find(exact)
    seen = 0
    while pos != -1 and seen < _MAX_OCCURRENCES:
        seen += 1
        prefix_sim = _prefix_similarity(text, quote.prefix, pos)
        suffix_sim = _suffix_similarity(text, quote.suffix, pos + m)
        context = PREFIX_WEIGHT * prefix_sim + SUFFIX_WEIGHT * suffix_sim
        key = (context, -abs(pos - hint), pos, prefix_sim, suffix_sim)
        if best is None or key > best:
            best = key
        pos = find(exact, pos + 1)
    if best is None:
        return None
    _, _, pos, prefix_sim, suffix_sim = best
    score = _score(1.0, prefix_sim, suffix_sim, _position_score(text, pos, hint))
    return _Candidate(score, pos, pos + m, (prefix_sim + suffix_sim) / 2)


def _trusted(quote: TextQuote, found: _Candidate) -> bool:
    """Whether an exact occurrence is specific enough to keep without better context."""
    return (
        len(quote.exact) >= SPECIFIC_LENGTH
        or not (quote.prefix or quote.suffix)
        or found.context >= MIN_CONTEXT
    )


# -- step 3: approximate matches --------------------------------------------------------


def _fuzzy_match(text: str, quote: TextQuote, hint: int) -> _Candidate | None:
    """The best-scoring passage within reach of the quote, if it scores enough."""
    m = len(quote.exact)
    max_errors = m // 4
    if max_errors == 0 or not text:
        return None
    best: _Candidate | None = None
    words = (m + 63) // 64
    budget = _ALIGN_BUDGET
    for lo, hi in _candidate_windows(text, quote, hint, max_errors):
        if budget <= 0:
            break
        budget -= (hi - lo) * words
        for candidate in _align_in_window(text, quote, hint, (lo, hi), max_errors):
            if best is None or (candidate.score, -abs(candidate.end - candidate.start - m)) > (
                best.score,
                -abs(best.end - best.start - m),
            ):
                best = candidate
    if best is None or best.score < FUZZY_THRESHOLD:
        return None
    return best


def _candidate_windows(
    text: str, quote: TextQuote, hint: int, max_errors: int
) -> list[tuple[int, int]]:
    """Windows of ``text`` that may hold the passage, most promising first, merged."""
    exact = quote.exact
    m = len(exact)
    n = len(text)
    seeds: list[int] = []  # probable start of the passage

    if m <= _MAX_ALIGNED_QUOTE:  # longer quotes have plenty of fragments to vote
        alignment = fuzz.partial_ratio_alignment(exact, text, score_cutoff=50)
        if alignment is not None:
            seeds.append(alignment.dest_start - alignment.src_start)
    seeds.extend(_voted_starts(text, exact, max_errors))
    seeds.extend(_context_seeds(text, quote))
    seeds.append(hint)

    pad = max_errors + 8
    windows: list[tuple[int, int]] = []
    for seed in seeds:
        lo = max(0, seed - pad)
        hi = min(n, seed + m + pad)
        if hi <= lo:
            continue
        for i, (wlo, whi) in enumerate(windows):
            if lo < whi and wlo < hi:  # overlapping: widen the earlier window
                windows[i] = (min(lo, wlo), max(hi, whi))
                break
        else:
            windows.append((lo, hi))
    return windows


def _voted_starts(text: str, exact: str, max_errors: int) -> list[int]:
    """Starts voted for by exact occurrences of fragments of the quote (q-gram filter)."""
    m = len(exact)
    size = 4 if m < 32 else 6 if m < 128 else 8
    offsets = list(range(0, m - size + 1, size))
    if len(offsets) > _MAX_PIECES:
        step = len(offsets) / _MAX_PIECES
        offsets = [offsets[int(i * step)] for i in range(_MAX_PIECES)]
    width = max_errors + 1
    votes: dict[int, int] = {}
    find = text.find
    for offset in offsets:
        piece = exact[offset : offset + size]
        hits: list[int] = []
        pos = find(piece)
        while pos != -1 and len(hits) <= _MAX_PIECE_HITS:
            hits.append(pos)
            pos = find(piece, pos + 1)
        if len(hits) > _MAX_PIECE_HITS:
            continue  # too common to tell anything
        for bucket in {(hit - offset) // width for hit in hits}:
            votes[bucket] = votes.get(bucket, 0) + 1
    if not votes:
        return []
    ranked = sorted(
        votes,
        key=lambda b: votes[b] + votes.get(b - 1, 0) + votes.get(b + 1, 0),
        reverse=True,
    )
    least = 2 if len(offsets) > 2 else 1
    return [
        b * width
        for b in ranked[:_MAX_VOTED]
        if votes[b] + votes.get(b - 1, 0) + votes.get(b + 1, 0) >= least
    ]


def _context_seeds(text: str, quote: TextQuote) -> list[int]:
    """Starts implied by exact occurrences of the context next to the quote."""
    seeds: list[int] = []
    piece = quote.prefix[-16:]
    if len(piece) >= 8:
        seeds.extend(hit + len(piece) for hit in _hits(text, piece, _MAX_SEED_HITS))
    piece = quote.suffix[:16]
    if len(piece) >= 8:
        seeds.extend(hit - len(quote.exact) for hit in _hits(text, piece, _MAX_SEED_HITS))
    return seeds


def _hits(text: str, piece: str, limit: int) -> list[int]:
    hits: list[int] = []
    pos = text.find(piece)
    while pos != -1 and len(hits) < limit:
        hits.append(pos)
        pos = text.find(piece, pos + 1)
    return hits


def _align_in_window(
    text: str, quote: TextQuote, hint: int, window: tuple[int, int], max_errors: int
) -> list[_Candidate]:
    """Best approximate occurrences of the quote inside ``text[lo:hi]``, scored."""
    exact = quote.exact
    m = len(exact)
    lo, hi = window
    distances = edit_distances(exact, text[lo:hi], anchored=False)
    # Runs of ends within reach; in each, the ends of least distance.
    ends: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for j, d in enumerate(distances):
        if d <= max_errors:
            run.append((d, lo + j))
        elif run:
            ends.extend(_best_of_run(run))
            run = []
    if run:
        ends.extend(_best_of_run(run))
    ends = sorted(ends)[:_MAX_CANDIDATES_PER_WINDOW]

    candidates: list[_Candidate] = []
    reversed_quote = exact[::-1]
    for _, end in ends:
        begin = max(0, end - m - max_errors)
        back = edit_distances(reversed_quote, text[begin:end][::-1], anchored=True)
        length = min(
            range(len(back)), key=lambda k: (back[k], abs(k - m))
        )  # distance(exact, text[end - k : end]) is back[k]
        start = end - length
        if start >= end:
            continue
        prefix_sim = _prefix_similarity(text, quote.prefix, start)
        suffix_sim = _suffix_similarity(text, quote.suffix, end)
        score = _score(
            1.0 - back[length] / m, prefix_sim, suffix_sim, _position_score(text, start, hint)
        )
        candidates.append(_Candidate(score, start, end, (prefix_sim + suffix_sim) / 2))
    return candidates


def _best_of_run(run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    least = min(d for d, _ in run)
    return [(d, j) for d, j in run if d == least][:4]


def edit_distances(pattern: str, text: str, *, anchored: bool) -> list[int]:
    """Edit distances of ``pattern`` against substrings of ``text`` ending at each place.

    ``result[j]`` (``0 <= j <= len(text)``) is the least Levenshtein distance between
    ``pattern`` and ``text[i:j]`` over every ``i`` (``anchored=False``), or with
    ``i == 0`` (``anchored=True``). Myers' bit-parallel algorithm (Hyyrö's
    formulation) on Python integers: O(len(text) x len(pattern) / 64).
    """
    m = len(pattern)
    if m == 0:
        return [0] * (len(text) + 1) if not anchored else list(range(len(text) + 1))
    peq: dict[str, int] = {}
    for i, c in enumerate(pattern):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv = mask
    mv = 0
    score = m
    out = [m]
    append = out.append
    get = peq.get
    for c in text:
        eq = get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        append(score)
    return out


# -- snapping ---------------------------------------------------------------------------


def _snap(text: str, quote: TextQuote, start: int, end: int) -> tuple[int, int] | None:
    """Trim whitespace the quote did not have; complete words an edit cut at the ends.

    A passage that began (ended) on a word boundary is widened back (forward) to the
    whole word when it now starts (ends) inside one, by at most the quote's edit budget.
    """
    exact = quote.exact
    reach = min(_SNAP_LIMIT, len(exact) // 4 + 1)
    if not exact[0].isspace():
        while start < end and text[start].isspace():
            start += 1
    if not exact[-1].isspace():
        while end > start and text[end - 1].isspace():
            end -= 1
    if start >= end:
        return None
    # A passage that began at a word start keeps beginning at one (the word was edited).
    began_on_word = exact[0].isalnum() and (not quote.prefix or not quote.prefix[-1].isalnum())
    if began_on_word and text[start].isalnum():
        s = start
        while s > 0 and text[s - 1].isalnum() and start - s < reach:
            s -= 1
        if s == 0 or not text[s - 1].isalnum():
            start = s
    ended_on_word = exact[-1].isalnum() and (not quote.suffix or not quote.suffix[0].isalnum())
    if ended_on_word and text[end - 1].isalnum():
        e = end
        while e < len(text) and text[e].isalnum() and e - end < reach:
            e += 1
        if e == len(text) or not text[e].isalnum():
            end = e
    return start, end
