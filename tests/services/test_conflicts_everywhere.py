"""Optimistic concurrency beyond the editor, on both engines: re-attaching a highlight,
and renaming, merging or deleting tags whose highlights someone else changed since
they were listed, are refused with the other version; and a change of tags counts as
a new version of each highlight it touches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ConflictError, TagConflictError
from reader.core.tags import TagCount
from reader.services.app import Services

TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"


@pytest.fixture
def alice(library_url: str) -> Iterator[Services]:
    services = Services.open(library_url, user="alice")
    yield services
    services.close()


@pytest.fixture
def bob(library_url: str, alice: Services) -> Iterator[Services]:
    services = Services.open(library_url, user="bob")
    yield services
    services.close()


@pytest.fixture
def doc_id(alice: Services, tmp_path: Path) -> int:
    book = tmp_path / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    return alice.library.add(book).value.entry.id


def test_re_attaching_over_someone_elses_change_is_refused_with_theirs(
    alice: Services, bob: Services, doc_id: int
) -> None:
    made = alice.annotations.create(doc_id, 4, 11).value
    bob.annotations.edit(made.id, note="de bob")
    with pytest.raises(ConflictError) as refused:
        alice.annotations.move(made.id, 15, 20, expected_version=made.version)
    assert refused.value.current is not None
    assert (refused.value.current.note, refused.value.current.editor) == ("de bob", "bob")
    assert alice.annotations.get(made.id).start == 4  # nothing written
    moved = alice.annotations.move(made.id, 15, 20, expected_version=2).value
    assert (moved.start, moved.note, moved.version, moved.editor) == (15, "de bob", 3, "alice")


def test_a_tag_rename_is_a_new_version_of_its_highlights(
    alice: Services, bob: Services, doc_id: int
) -> None:
    made = alice.annotations.create(doc_id, 4, 11, tags=["chine"]).value
    bob.tags.rename("chine", "Asie")
    now = alice.annotations.get(made.id)
    assert (now.version, now.editor, now.tags) == (2, "bob", ("Asie",))
    with pytest.raises(ConflictError):  # alice's editor had version 1, with "chine"
        alice.annotations.edit(made.id, note="mine", tags=["chine"], expected_version=1)
    assert alice.annotations.get(made.id).tags == ("Asie",)


def test_tag_changes_over_what_someone_else_changed_are_refused(
    alice: Services, bob: Services, doc_id: int
) -> None:
    first = alice.annotations.create(doc_id, 4, 11, tags=["chine"]).value
    alice.annotations.create(doc_id, 15, 20, tags=["chine", "lieu"])
    listed = {t.name: t for t in alice.tags.listing()}
    assert listed["chine"] == TagCount("chine", 2)
    assert listed["chine"].stamp != listed["lieu"].stamp
    third = bob.annotations.create(doc_id, 30, 37).value
    bob.annotations.edit(third.id, tags=["chine"])
    for change in (
        lambda: alice.tags.rename("chine", "Asie", seen=[listed["chine"]]),
        lambda: alice.tags.merge(["chine", "lieu"], "lieu", seen=[listed["chine"], listed["lieu"]]),
        lambda: alice.tags.delete(["chine"], seen=[listed["chine"]]),
    ):
        with pytest.raises(TagConflictError) as refused:
            change()
        assert refused.value.now[0] == TagCount("chine", 3)
    assert [(t.name, t.count) for t in alice.tags.counts()] == [("chine", 3), ("lieu", 1)]
    # the same count is not enough: a note edited on a tagged highlight changes the stamp
    again = {t.name: t for t in alice.tags.listing()}
    bob.annotations.edit(first.id, note="changé")
    with pytest.raises(TagConflictError):
        alice.tags.delete(["chine"], seen=[again["chine"]])
    fresh = {t.name: t for t in alice.tags.listing()}
    assert alice.tags.rename("chine", "Asie", seen=[fresh["chine"]]).value == TagCount("Asie", 3)


def test_a_tag_renamed_meanwhile_is_reported_gone(
    alice: Services, bob: Services, doc_id: int
) -> None:
    alice.annotations.create(doc_id, 4, 11, tags=["chine"])
    listed = alice.tags.listing()
    bob.tags.rename("chine", "Asie")
    with pytest.raises(TagConflictError) as refused:
        alice.tags.delete(["chine"], seen=listed)
    assert refused.value.now == (None,)
    assert [(t.name, t.count) for t in alice.tags.counts()] == [("Asie", 1)]
