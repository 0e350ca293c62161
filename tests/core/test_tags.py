"""Tag names: normalisation, identity, hierarchy."""

from __future__ import annotations

import pytest

from reader.core.errors import InputError
from reader.core.tags import (
    MAX_TAG_LENGTH,
    normalise_tag,
    normalise_tags,
    sorted_tags,
    tag_key,
    tag_matches,
)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("chine", "chine"),
        ("  Chine  ", "Chine"),
        ("chine / cloud", "chine/cloud"),
        ("/chine/cloud/", "chine/cloud"),
        (" / chine/cloud / ", "chine/cloud"),
        ("centres   de\tdonnées\n", "centres de données"),
        ("personne/Jeff  Zhang", "personne/Jeff Zhang"),
        ("😀", "😀"),
        ("עברית", "עברית"),
        ("中国/云", "中国/云"),
    ],
)
def test_tag_normalisation(raw: str, normalised: str) -> None:
    assert normalise_tag(raw) == normalised


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "blank"),
        ("/", "blank"),
        ("chine//cloud", "empty level"),
        ("x" * (MAX_TAG_LENGTH + 1), "too long"),
        ("bell\x07", "control characters"),
        ("bad \ud800", "not valid Unicode"),
    ],
)
def test_refused_tags_say_why(raw: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        normalise_tag(raw)


def test_one_tag_whatever_its_case_or_unicode_form() -> None:
    assert tag_key("Été") == tag_key("ÉTÉ") == tag_key("e\u0301te\u0301")
    assert tag_key("Été") != tag_key("ete")  # accents are part of a name
    assert normalise_tags(["Chine", "chine", "CHINE/Cloud"]) == ("Chine", "CHINE/Cloud")
    assert normalise_tags("seul") == ("seul",)
    assert sorted_tags(["b", "A", "a"]) == ("A", "a", "b")


def test_a_tag_matches_its_children_in_a_filter() -> None:
    assert tag_matches("chine/cloud", "#Chine")
    assert tag_matches("Chine", "chine")
    assert tag_matches("Été", "ete")  # a filter folds like every search
    assert not tag_matches("chinese", "chine")
