"""Authors, optimistic concurrency and the trash, on both engines (two members are two
Services on the same library)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.annotations import annotation_matches
from reader.core.errors import ConflictError, NotFoundError
from reader.services.app import Services

TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"


@pytest.fixture
def two_members(library_url: str, tmp_path: Path) -> Iterator[tuple[Services, Services, int]]:
    book = tmp_path / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    ana = Services.open(library_url, user="Ana")
    ben = Services.open(library_url, user="Ben")
    doc_id = ana.library.add(book).value.entry.id
    yield ana, ben, doc_id
    ana.close()
    ben.close()


def test_each_change_records_who_made_it(two_members: tuple[Services, Services, int]) -> None:
    ana, ben, doc_id = two_members
    made = ana.annotations.create(doc_id, 4, 11, note="à vérifier", tags=["Chine"]).value
    assert (made.author, made.editor, made.version) == ("Ana", None, 1)
    edited = ben.annotations.edit(made.id, tags=["Chine", "Énergie"]).value
    assert (edited.author, edited.editor, edited.version) == ("Ana", "Ben", 2)
    assert ana.annotations.get(made.id).editor == "Ben"


def test_an_edit_on_an_old_version_is_a_conflict_not_an_overwrite(
    two_members: tuple[Services, Services, int],
) -> None:
    ana, ben, doc_id = two_members
    seen = ana.annotations.create(doc_id, 4, 11, note="premier").value
    ben.annotations.edit(seen.id, note="celle de Ben", expected_version=seen.version)
    with pytest.raises(ConflictError, match="Ben changed this highlight") as caught:
        ana.annotations.edit(seen.id, note="celle d'Ana", expected_version=seen.version)
    theirs = caught.value.current
    assert theirs is not None
    assert theirs.note == "celle de Ben"
    assert ana.annotations.get(seen.id).note == "celle de Ben"
    # Ana chooses to apply hers on their version: that one is not a conflict.
    mine = ana.annotations.edit(
        seen.id,
        note="celle d'Ana",
        expected_version=theirs.version,
    ).value
    assert (mine.note, mine.version, mine.editor) == ("celle d'Ana", 3, "Ana")


def test_editing_what_someone_else_deleted_is_a_conflict(
    two_members: tuple[Services, Services, int],
) -> None:
    ana, ben, doc_id = two_members
    seen = ana.annotations.create(doc_id, 4, 11).value
    ben.annotations.delete([seen.id])
    with pytest.raises(ConflictError, match="deleted this highlight") as caught:
        ana.annotations.edit(seen.id, note="trop tard", expected_version=seen.version)
    assert caught.value.current is None


def test_trash_of_a_team_library(
    two_members: tuple[Services, Services, int], library_url: str
) -> None:
    ana, ben, doc_id = two_members
    kept = ana.annotations.create(doc_id, 4, 11, note="gardée", tags=["Chine"]).value
    ben.annotations.delete([kept.id])
    assert ana.annotations.for_document(doc_id) == []
    if "://" not in library_url:  # a local library: no trash (undo restores it)
        assert ana.annotations.deleted() == []
        with pytest.raises(NotFoundError):
            ana.annotations.undelete([kept.id])
        return
    [gone] = ana.annotations.deleted(doc_id)
    assert (gone.annotation.id, gone.deleted_by) == (kept.id, "Ben")
    assert (gone.until - gone.deleted).days == 30
    [back] = ana.annotations.undelete([kept.id]).value
    assert (back.id, back.note, back.tags, back.author) == (kept.id, "gardée", ("Chine",), "Ana")
    assert ana.annotations.deleted() == []
    assert [a.id for a in ben.annotations.for_document(doc_id)] == [kept.id]


def test_only_mine_and_by_author(two_members: tuple[Services, Services, int]) -> None:
    ana, ben, doc_id = two_members
    hers = ana.annotations.create(doc_id, 4, 11).value
    his = ben.annotations.create(doc_id, 31, 44).value
    shared = ana.annotations.create(doc_id, 45, 53).value
    ben.annotations.edit(shared.id, note="vu par Ben")
    listed = ana.annotations.for_document(doc_id)
    mine = [a.id for a in listed if annotation_matches(a, author=ana.user)]
    assert mine == [hers.id, shared.id]
    assert [a.id for a in listed if annotation_matches(a, author="ben")] == [his.id, shared.id]
    assert [a.id for a in listed if annotation_matches(a, author="Chloé")] == []
