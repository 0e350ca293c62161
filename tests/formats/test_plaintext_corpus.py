"""Plain text on the real corpus books: chapters found, every word kept, no broken sentence.

The expected chapter counts are worked out from each file with a simple pattern of its
own heading lines (each book writes them its own way), not from the reader's rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.document import BlockKind, Document, normalise_newlines
from reader.formats import load_document
from reader.formats.decoding import decode

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "plain-text"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not available")

# Heading lines as each file writes them, and how many times each appears in the file
# (once in the body, once more when the book's own table of contents lists it alike).
BOOKS = {
    "fr-dumas-monte-cristo-tome1-pg17989-latin1-crlf.txt": [(r"[IVXL]+", 1)],
    "fr-hugo-miserables-tome1-fantine-pg17489-latin1-crlf.txt": [
        (r"Livre \w+--.+", 2),
        (r"Chapitre [IVXL]+", 1),  # the contents put the title on the same line
    ],
    "en-shelley-frankenstein-pg84-utf8bom-crlf.txt": [(r"(?:Letter|Chapter) \d+", 2)],
    "en-doyle-adventures-of-sherlock-holmes-pg1661-ascii-crlf.txt": [
        (r"ADVENTURE [IVX]+\. .+|[IVX]+\. THE ADVENTURE .+", 1),
        (r"[IVX]+\.", 1),
    ],
    "en-eliot-middlemarch-pg145-ascii-crlf.txt": [
        (r"PRELUDE|FINALE\.", 1),
        (r"BOOK [IVX]+\.", 1),
        (r"CHAPTER [IVXLC]+\.?", 1),  # one has no full stop
    ],
}
ONE_PARAGRAPH_PER_LINE = sorted(CORPUS.glob("fr-textbox-*.txt")) if CORPUS.is_dir() else []


def source_text(path: Path) -> str:
    return normalise_newlines(decode(path.read_bytes(), path.name).text)


# Where the contents end, for books whose contents list share lines with the body's.
CONTENTS_END = {"en-eliot-middlemarch-pg145-ascii-crlf.txt": "\nPRELUDE\n"}


def heading_lines(text: str, pattern: str, times: int, start: int) -> list[tuple[int, str]]:
    """(offset, line) of the lines matching ``pattern``: the body's, after the contents."""
    lines = re.compile(rf"^(?:{pattern})$", re.M)
    found = [(m.start(), m.group()) for m in lines.finditer(text, start)]
    assert found and len(found) % times == 0
    return found[len(found) - len(found) // times :]


@pytest.fixture(scope="module", params=sorted(BOOKS))
def book(request: pytest.FixtureRequest) -> tuple[str, Document]:
    name: str = request.param
    return name, load_document(CORPUS / name)


def test_headings_are_the_book_chapters(book: tuple[str, Document]) -> None:
    name, doc = book
    source = source_text(CORPUS / name)
    start = source.index(CONTENTS_END.get(name, "*** START"))
    expected = sorted(
        found
        for pattern, times in BOOKS[name]
        for found in heading_lines(source, pattern, times, start)
    )
    headings = [b for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert len(doc.toc) == len(headings) == len(expected)
    for entry, block, (_, line) in zip(doc.toc, headings, expected, strict=True):
        assert entry.offset == block.start
        assert doc.text[block.start : block.end].split("\n")[0] == line
        assert entry.title.startswith(line.rstrip(" ."))


def test_reflow_keeps_every_word_and_breaks_no_sentence(book: tuple[str, Document]) -> None:
    name, doc = book
    source = source_text(CORPUS / name)
    assert re.sub(r"\s+", "", doc.text) == re.sub(r"\s+", "", source)
    assert doc.text.split() == source.split()  # every word, in order, none glued
    for block in doc.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            # No line break is left inside a sentence: none after a word without
            # punctuation, before a line that goes on in lower case.
            body = doc.text[block.start : block.end]
            assert not re.search(r"[^\W\d_][ \t]*\n[ \t]*[^\W\d_A-ZÀ-Þ]", body), body[:200]
    assert doc.text.count("\n") < source.count("\n") * 0.6  # the book was reflowed


def test_front_and_back_matter_frame_the_book(book: tuple[str, Document]) -> None:
    _, doc = book
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] is BlockKind.FRONT_MATTER
    assert kinds[-1] is BlockKind.BACK_MATTER
    first_body = next(i for i, k in enumerate(kinds) if k is not BlockKind.FRONT_MATTER)
    last_body = max(i for i, k in enumerate(kinds) if k is not BlockKind.BACK_MATTER)
    assert BlockKind.FRONT_MATTER not in kinds[first_body:]
    assert BlockKind.BACK_MATTER not in kinds[: last_body + 1]
    front = doc.text[: doc.blocks[first_body].start]
    assert "*** START OF" in front
    assert "*** END OF" in doc.text[doc.blocks[last_body].end :]
    assert doc.author


@pytest.mark.parametrize("path", ONE_PARAGRAPH_PER_LINE, ids=lambda p: p.name)
def test_one_paragraph_per_line_novels_are_unchanged(path: Path) -> None:
    doc = load_document(path)
    assert doc.text == source_text(path)
    assert all(b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) for b in doc.blocks)


def test_titles_and_authors_from_the_gutenberg_headers() -> None:
    found = {
        name: (doc.title, doc.author) for name in BOOKS for doc in [load_document(CORPUS / name)]
    }
    assert found["en-shelley-frankenstein-pg84-utf8bom-crlf.txt"] == (
        "Frankenstein, or The Modern Prometheus",
        "Mary Wollstonecraft (Godwin) Shelley",
    )
    assert found["fr-hugo-miserables-tome1-fantine-pg17489-latin1-crlf.txt"] == (
        "Les misérables Tome I: Fantine",
        "Victor Hugo",
    )
    assert found["en-eliot-middlemarch-pg145-ascii-crlf.txt"] == ("Middlemarch", "George Eliot")
