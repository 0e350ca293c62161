"""Finding a quote again when only its whitespace changed (a reflowed hard line break)."""

from __future__ import annotations

from reader.core.anchoring import anchor
from reader.core.annotations import TextQuote, quote_at
from reader.core.loose_quote import loose_find

OLD = (
    "The verse was set out as it should be, line by line:\n"
    "        walk down to the end of\n"
    "        the long grey road, and there\n"
    "        the house stands. Then the prose went on for a while again."
)
NEW = (
    "The verse was set out as it should be, line by line: walk down to the end of the "
    "long grey road, and there the house stands. Then the prose went on for a while again."
)


def test_a_quote_across_indented_line_breaks_is_found_when_reflowed() -> None:
    start = OLD.index("of\n")
    end = OLD.index("long") + len("long")
    quote = quote_at(OLD, start, end)
    assert quote.exact == "of\n        the long"
    found = anchor(NEW, quote, start, end)
    assert found is not None
    assert NEW[found[0] : found[1]] == "of the long"


def test_the_occurrence_with_the_matching_context_wins() -> None:
    text = "a red door opens. " * 3 + "the red\ndoor closed. " + "a red door opens. " * 3
    reflowed = text.replace("\n", " ")
    start = text.index("red\ndoor")
    quote = quote_at(text, start, start + len("red\ndoor"))
    found = loose_find(reflowed, quote, 0)
    assert found == (start, start + len("red door"))


def test_a_short_quote_without_its_context_is_not_taken() -> None:
    quote = TextQuote("a\nb", prefix="nothing like this at all", suffix="nor this either")
    assert loose_find("x a b y " * 10, quote, 0) is None


def test_words_joined_after_a_hyphen_are_found() -> None:
    quote = TextQuote("well-\nknown man", "the ", " came")
    assert loose_find("then the well-known man came home", quote, 0) == (9, 23)
