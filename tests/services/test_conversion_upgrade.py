"""A library made by the previous conversion (plain text kept line for line), upgraded.

The old canonical text is what version 1 of reader made of a plain-text file: the
decoded text with ``\\n`` line ends, one block per line. Annotations are made on it
(many across hard line breaks), then the file is read again by today's conversion:
every annotation must be on the same words, its cached entities recomputed, its
corrections moved with their words.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, update

from reader.core.annotations import Annotation
from reader.core.document import Document, normalise_newlines, paragraph_blocks
from reader.core.entities import EntityLabel
from reader.formats import load_document
from reader.formats.decoding import decode_text
from reader.formats.version import TEXT_VERSION
from reader.services.app import Services
from reader.services.documents import LoadedDocument, record_in
from reader.store.models import DocumentRow, EntityResultRow, ModelSpansRow

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "plain-text"
PARAGRAPHS = [
    "Miss Brooke had that kind of beauty which seems to be thrown into relief by poor "
    "dress. Her hand and wrist were so finely formed that she could wear sleeves not "
    "less bare of style than those in which the Blessed Virgin appeared to Italian "
    "painters; and her profile as well as her stature and bearing seemed to gain the "
    "more dignity from her plain garments.",
    "Dorothea Brooke and her sister Celia had lived at Tipton Grange with their uncle "
    "Mr. Brooke since they were orphaned, and the county thought them both charming, "
    "although the elder was held to be rather too clever for a young woman who would "
    "one day have to find herself a husband in Middlemarch.",
] * 6


def old_conversion(path: Path) -> Document:
    """What reader made of a plain-text file before conversions were versioned."""
    text = normalise_newlines(decode_text(path.read_bytes(), path.name))
    return Document(text, path.stem, paragraph_blocks(text), "text", path.resolve())


def record_as_version_1(services: Services, path: Path) -> int:
    document = old_conversion(path)
    loaded = LoadedDocument(document, "en", None, document.word_count)
    with services.uow.write() as store:
        document_id = record_in(store, loaded, opened=True, into_library=True).value.id
        store.session.execute(
            update(DocumentRow).where(DocumentRow.id == document_id).values(text_version=1)
        )
        return document_id


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def word_spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Passages of 2 to 12 whole words, most of them across a line break."""
    words = [m.span() for m in re.finditer(r"\w+(?:[’'-]\w+)*", text)]
    out: list[tuple[int, int]] = []
    while len(out) < count:
        i = rng.randrange(len(words) - 12)
        start, end = words[i][0], words[i + rng.randrange(1, 12)][1]
        if "\n\n" not in text[start:end] and (len(out) % 4 == 0 or "\n" in text[start:end]):
            out.append((start, end))
    return out


def check_same_words(old_text: str, before: list[Annotation], after: list[Annotation]) -> str:
    by_id = {a.id: a for a in after}
    new_text = ""
    for made in before:
        moved = by_id[made.id]
        assert not moved.orphan, made.quote.exact
        assert squeezed(moved.quote.exact) == squeezed(made.quote.exact)
        # the same place, not the same words elsewhere: the context matches too
        assert squeezed(moved.quote.prefix).endswith(squeezed(made.quote.prefix)[-20:])
        assert squeezed(moved.quote.suffix).startswith(squeezed(made.quote.suffix)[:20])
        new_text = moved.quote.exact
    return new_text


def upgrade_and_check(services: Services, path: Path, spans: int, seed: int) -> None:
    doc_id = record_as_version_1(services, path)
    old_text = old_conversion(path).text
    before = [
        services.annotations.create(doc_id, start, end, note=f"n{n}").value
        for n, (start, end) in enumerate(word_spans(old_text, random.Random(seed), spans))
    ]
    assert sum("\n" in a.quote.exact for a in before) >= spans // 2

    opened = services.documents.open(path).value
    assert opened.id == doc_id and opened.content_changed
    assert opened.document.text != old_text  # the new conversion reflowed it
    after = services.annotations.for_document(doc_id)
    assert len(after) == len(before)
    check_same_words(old_text, before, after)
    for moved in after:
        assert opened.document.text[moved.start : moved.end] == moved.quote.exact
    with services.uow.read() as store:
        row = store.session.get(DocumentRow, doc_id)
        assert row is not None and row.text_version == TEXT_VERSION


def test_annotations_on_a_hard_wrapped_book_survive_the_reflow(
    services: Services, tmp_path: Path
) -> None:
    if services.team:
        pytest.skip("a team library keeps the text it was first recorded with (README)")
    path = tmp_path / "book.txt"
    path.write_text(
        "\n\n".join(textwrap.fill(p, 68) for p in PARAGRAPHS) + "\n", "utf-8", newline="\r\n"
    )
    upgrade_and_check(services, path, spans=40, seed=1)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not available")
@pytest.mark.parametrize(
    "name",
    [
        "en-eliot-middlemarch-pg145-ascii-crlf.txt",
        "fr-hugo-miserables-tome1-fantine-pg17489-latin1-crlf.txt",
    ],
)
def test_annotations_on_a_gutenberg_book_survive_the_reflow(
    services: Services, tmp_path: Path, name: str
) -> None:
    if services.team:
        pytest.skip("a team library keeps the text it was first recorded with (README)")
    path = tmp_path / name
    path.write_bytes((CORPUS / name).read_bytes())
    upgrade_and_check(services, path, spans=80, seed=7)


def test_cached_entities_are_recomputed_and_corrections_follow_their_words(
    services: Services, tmp_path: Path
) -> None:
    if services.team:
        pytest.skip("a team library keeps the text it was first recorded with (README)")
    path = tmp_path / "book.txt"
    width = next(w for w in range(55, 80) if "Tipton\nGrange" in textwrap.fill(PARAGRAPHS[1], w))
    path.write_text("\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS[:4]) + "\n", "utf-8")
    doc_id = record_as_version_1(services, path)
    old_text = old_conversion(path).text
    across = re.search(r"Tipton\s+Grange", old_text)
    assert across is not None and "\n" in across.group()  # made across a line break
    services.entities.correct(doc_id, across.start(), across.end(), EntityLabel.PLACE)
    new_hash = load_document(path).content_hash
    with services.uow.write() as store:  # what an older recognition left for this text
        store.session.add(ModelSpansRow(content_hash=new_hash, pipeline="p", spans="[]"))
        store.session.add(
            EntityResultRow(content_hash=new_hash, pipeline="p", rules_version="r", spans="[]")
        )

    opened = services.documents.open(path).value
    with services.uow.read() as store:
        found = store.session.scalars(select(ModelSpansRow).filter_by(content_hash=new_hash))
        assert found.all() == []
        results = store.session.scalars(select(EntityResultRow).filter_by(content_hash=new_hash))
        assert results.all() == []
    view = services.entities.recognise(opened.id)
    place = opened.document.text.index("Tipton Grange")
    assert any(
        (s.start, s.end, s.label) == (place, place + 13, EntityLabel.PLACE) for s in view.spans
    )


def test_a_document_already_at_this_version_keeps_its_cache(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "book.txt"
    path.write_text("\n\n".join(textwrap.fill(p, 68) for p in PARAGRAPHS[:2]) + "\n", "utf-8")
    opened = services.documents.open(path).value
    digest = opened.document.content_hash
    with services.uow.write() as store:
        store.session.add(ModelSpansRow(content_hash=digest, pipeline="p", spans="[]"))
    services.documents.open(path)
    with services.uow.read() as store:
        assert store.session.get(ModelSpansRow, (digest, "p")) is not None
