"""The alignment of a member's copy with the shared text: highlights shown on the copy,
highlights made on the copy placed on the same characters of the shared text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.core.copy_map import GAP_IN_COPY, ONLY_IN_COPY, CopyMap
from reader.core.errors import InputError

SHARED = (
    "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"
    "Les analystes saluent une stratégie prudente, mais coûteuse.\n"
    "Jeff Zhang a présenté mardi les nouveaux centres.\n"
)
COPY = "Préambule ajouté par Ben.\n" + SHARED.replace("Alibaba Cloud", "Alibaba").replace(
    "prudente, mais ", ""
)
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def test_a_shared_passage_is_shown_where_the_copy_has_it() -> None:
    copy_map = CopyMap(SHARED, COPY)
    for passage in ("Zhangbei", "Les analystes saluent", "Jeff Zhang a présenté"):
        found = copy_map.to_copy(*span(SHARED, passage))
        assert found is not None and COPY[found[0] : found[1]] == passage


def test_a_passage_the_copy_changed_shows_what_it_kept() -> None:
    copy_map = CopyMap(SHARED, COPY)
    found = copy_map.to_copy(*span(SHARED, "Alibaba Cloud installe"))
    assert found is not None and COPY[found[0] : found[1]] == "Alibaba installe"
    assert copy_map.to_copy(*span(SHARED, "prudente, mais ")) is None  # gone from the copy


def test_a_passage_of_the_copy_goes_back_to_the_same_characters() -> None:
    copy_map = CopyMap(SHARED, COPY)
    for passage in ("Zhangbei", "installe des serveurs", "coûteuse.\nJeff"):
        start, end = copy_map.to_shared(*span(COPY, passage))
        assert SHARED[start:end] == passage


def test_text_only_in_the_copy_is_refused() -> None:
    copy_map = CopyMap(SHARED, COPY)
    with pytest.raises(InputError) as caught:
        copy_map.to_shared(*span(COPY, "Préambule"))
    assert str(caught.value) == ONLY_IN_COPY
    with pytest.raises(InputError):  # starts in shared text, ends in the copy's own
        copy_map.to_shared(*span(COPY, "Ben.\nLes données"))


def test_a_passage_across_what_the_copy_removed_is_refused() -> None:
    copy_map = CopyMap(SHARED, COPY)
    with pytest.raises(InputError) as caught:
        copy_map.to_shared(*span(COPY, "stratégie coûteuse"))
    assert str(caught.value) == GAP_IN_COPY


def test_random_edits_map_both_ways_on_the_same_characters() -> None:
    rng = random.Random(17)
    shared = "".join(
        f"Ligne {n} : {rng.choice(['un', 'deux', 'trois'])} mots.\n" for n in range(400)
    )
    chars = list(shared)
    for _ in range(40):
        at = rng.randrange(len(chars))
        if rng.random() < 0.5:
            del chars[at : at + rng.randrange(1, 30)]
        else:
            chars[at:at] = list("INSÉRÉ")
    copy = "".join(chars)
    copy_map = CopyMap(shared, copy)
    assert copy_map.common > len(shared) * 0.8
    checked = 0
    for _ in range(300):
        start = rng.randrange(len(shared) - 10)
        found = copy_map.to_copy(start, start + rng.randrange(1, 10))
        if found is None:
            continue
        try:
            back = copy_map.to_shared(*found)
        except InputError:
            continue  # crosses an edit
        assert shared[back[0] : back[1]] == copy[found[0] : found[1]]
        checked += 1
    assert checked > 150


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_a_real_book_with_an_edited_copy() -> None:
    books = sorted((CORPUS / "plain-text").glob("*.txt"))
    if not books:
        pytest.skip("no plain-text book in the corpus")
    shared = max(books, key=lambda p: p.stat().st_size).read_text("utf-8", errors="replace")
    middle = len(shared) // 2
    copy = shared[:middle] + "\nNote de lecture ajoutée.\n" + shared[middle + 500 :]
    copy_map = CopyMap(shared, copy)
    tail = shared[-200:-100]
    found = copy_map.to_copy(len(shared) - 200, len(shared) - 100)
    assert found is not None and copy[found[0] : found[1]] == tail
    with pytest.raises(InputError):
        copy_map.to_shared(*span(copy, "Note de lecture"))
