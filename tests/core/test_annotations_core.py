from hypothesis import given
from hypothesis import strategies as st

from reader.core.annotations import quote_at, snap_to_words

TEXT = "une infrastructure informatique de clé, dans le nord 😀 du pays"


def test_a_cut_word_is_completed_at_both_ends() -> None:
    start = TEXT.index("structure")
    end = TEXT.index("de clé") + 4  # "de c"
    s, e = snap_to_words(TEXT, start, end)
    assert TEXT[s:e] == "infrastructure informatique de clé"


def test_whole_words_and_punctuation_are_kept_and_spaces_trimmed() -> None:
    start = TEXT.index(" dans") - 1  # ", dans"
    end = TEXT.index("nord") + len("nord ")
    s, e = snap_to_words(TEXT, start, end)
    assert TEXT[s:e] == ", dans le nord"


def test_blank_selection_collapses() -> None:
    start = TEXT.index(" ")
    assert snap_to_words(TEXT, start, start + 1) == (start + 1, start + 1)


@given(st.text(alphabet="ab é,😀\n"), st.data())
def test_snapping_only_grows_into_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    assert 0 <= s <= e <= len(text)
    if s < e:
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert s == 0 or not (text[s - 1].isalnum() and text[s].isalnum())
        assert e == len(text) or not (text[e - 1].isalnum() and text[e].isalnum())


def test_quote_context() -> None:
    quote = quote_at(TEXT, 4, 18, context=4)
    assert (quote.prefix, quote.exact, quote.suffix) == ("une ", "infrastructure", " inf")
