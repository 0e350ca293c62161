"""The same use cases on both engines: a local SQLite file and a PostgreSQL team
library on the real server the tests start (``library_url`` is parametrised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.entities import EntityLabel
from reader.core.library import SearchKind
from reader.services.app import Services
from reader.services.ops import CorrectEntity

TEXT = (
    "Le Théâtre des Célestins ouvre à Lyon.\n\n"
    "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs.\n\n"
    "La stratégie prudente de la directrice étonne les analystes.\n"
)


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "Célestins.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_add_annotate_tag_search_edit_delete(any_services: Services, book: Path) -> None:
    services = any_services
    added = services.library.add(book).value
    doc_id = added.entry.id
    start = TEXT.index("stratégie")
    note = services.annotations.create(
        doc_id, start, start + len("stratégie prudente"), note="à relire", tags=["Économie"]
    ).value
    assert note.quote.exact == "stratégie prudente"

    text_hits = [h for h in services.library.search("donnees") if h.kind is SearchKind.TEXT]
    assert [(h.document_id, h.offset) for h in text_hits] == [(doc_id, TEXT.index("données"))]
    assert [h.kind for h in services.library.search("relire")] == [SearchKind.NOTE]
    assert [h.kind for h in services.library.search("economie")] == [SearchKind.TAG]
    assert {h.kind for h in services.library.search("strat*")} == {
        SearchKind.TEXT,
        SearchKind.QUOTE,
    }
    phrase = services.library.search('"cloud installe"')
    assert [h.offset for h in phrase] == [TEXT.index("Cloud installe")]
    assert services.library.search('"installe cloud"') == []
    assert services.library.search("célestins lyon")[0].kind is SearchKind.TEXT
    assert services.library.search("it's ' \" * & | ! :") == []

    edited = services.annotations.edit(note.id, note="lu", tags=["économie", "Lyon"]).value
    assert edited.note == "lu"
    assert edited.tags == ("économie", "Lyon") or set(edited.tags) == {"Économie", "Lyon"}
    assert services.library.search("relire") == []
    services.annotations.delete([note.id])
    assert services.annotations.for_document(doc_id) == []
    assert services.library.search("lu") == []


def test_a_removed_document_is_not_found(any_services: Services, book: Path) -> None:
    doc_id = any_services.library.add(book).value.entry.id
    any_services.library.remove(doc_id)
    assert any_services.library.search("données") == []
    any_services.library.put_back(doc_id)
    assert [h.document_id for h in any_services.library.search("données")] == [doc_id]


def test_places_bookmarks_corrections_and_the_list_are_kept(
    any_services: Services, book: Path
) -> None:
    """What the store writes with INSERT ... ON CONFLICT, once new and once over."""
    services = any_services
    doc_id = services.library.add(book).value.entry.id
    for offset in (40, 40, 12):
        services.reading.save_position(doc_id, offset)
    assert services.reading.position(doc_id) == 12

    at = TEXT.index("Hebei")
    made = services.reading.add_bookmark(doc_id, at)
    again = services.reading.add_bookmark(doc_id, at)
    assert made.undo is not None
    assert (again.value, again.undo) == (made.value, None)
    assert services.reading.bookmarks(doc_id) == [made.value]

    services.entities.correct(doc_id, at, at + len("Hebei"), EntityLabel.PLACE)
    over = services.entities.correct(doc_id, at, at + len("Hebei"), None)
    assert over.undo == CorrectEntity(doc_id, at, at + len("Hebei"), EntityLabel.PLACE)

    services.entities.set_user_entity("Zhangbei", EntityLabel.PLACE)
    services.entities.set_user_entity("Zhangbei", None)
    assert services.entities.user_entities() == {"Zhangbei": None}
