"""The Index on real text: a slice of a French novel of the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text as sql

from reader.core.entities import EntityLabel
from reader.core.kwic import TextPieces, context_around
from reader.services.app import Services

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "plain-text"
NOVEL = CORPUS / "fr-textbox-flaubert-education-sentimentale-rd0041.txt"
pytestmark = pytest.mark.skipif(not NOVEL.is_file(), reason="shared/corpus not available")


@pytest.mark.slow
def test_a_novels_people_with_every_mention_in_context(services: Services, tmp_path: Path) -> None:
    text = NOVEL.read_text("utf-8")[:40_000]
    book = tmp_path / "education.txt"
    book.write_text(text, "utf-8")
    document_id = services.library.add(book).value.entry.id
    services.entities.recognise(document_id)
    stored = services.documents.stored(document_id).text
    people = services.index.entries(labels={EntityLabel.PERSON})
    assert len(people) >= 10
    top = people[0]
    # the hero: "Frédéric" alone, most of the time, joins the one full name that has it
    assert (top.name, top.aliases[:1]) == ("Frédéric Moreau", ("Frédéric",))
    assert top.mentions >= 30
    whole = TextPieces.whole(stored)
    for entry in people[:5]:
        mentions = services.index.mentions(entry.id)
        assert len(mentions) == entry.mentions
        for m in mentions:
            assert stored[m.start : m.end] == m.text
            assert (m.before, m.text, m.after) == context_around(whole, m.start, m.end)
    # a text changed by another program has no search pieces: the contexts still come
    with services.uow.write() as store:
        store.session.execute(
            sql("DELETE FROM search_chunks WHERE document_id = :id"), {"id": document_id}
        )
    again = services.index.mentions(top.id)
    assert len(again) == top.mentions
    assert all(context_around(whole, m.start, m.end) == (m.before, m.text, m.after) for m in again)
