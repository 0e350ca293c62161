"""A document's text is the library's: in a team library every member reads the same
shared text, whatever their copy of the file holds and wherever it is; a local library
keeps re-anchoring onto the file's new text. Two members are two Services on one
library, on each engine (SQLite shows what a local library does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.annotations import Annotation
from reader.services.app import Services
from reader.services.library_transfer import copy_library

TEXT = (
    "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"
    "Les analystes saluent une stratégie prudente, mais coûteuse.\n"
)
EDITED = "Préambule ajouté par Ben.\n" + TEXT.replace("Alibaba Cloud", "Alibaba")


@pytest.fixture
def members(library_url: str) -> Iterator[tuple[Services, Services]]:
    ana = Services.open(library_url, user="Ana")
    ben = Services.open(library_url, user="Ben")
    yield ana, ben
    ana.close()
    ben.close()


def shared_by_ana(url: str, book: Path) -> tuple[int, Annotation]:
    """Ana records ``book`` (``TEXT``) in the team library ``url`` and highlights
    "Alibaba Cloud" in it: the document's id and her highlight."""
    write(book, TEXT)
    ana = Services.open(url, user="Ana")
    try:
        doc_id = ana.library.add(book).value.entry.id
        return doc_id, ana.annotations.create(doc_id, 31, 44, note="le cloud").value
    finally:
        ana.close()


def where(annotations: list[Annotation]) -> list[tuple[int, int, str, bool, int]]:
    return [(a.start, a.end, a.quote.exact, a.orphan, a.version) for a in annotations]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_an_edited_copy_changes_nothing_for_the_team(
    members: tuple[Services, Services], tmp_path: Path
) -> None:
    ana, ben = members
    book = write(tmp_path / "hebei.txt", TEXT)
    doc_id = ana.documents.open(book).value.id
    cloud = ana.annotations.create(doc_id, 31, 44, note="le cloud").value
    before = where(ana.annotations.for_document(doc_id))
    write(book, EDITED)  # Ben's copy differs (here: the same file, edited)

    opened = ben.documents.open(book).value

    assert opened.id == doc_id
    if not ben.team:  # a local library: the file's new text, highlights re-anchored
        assert opened.document.text == EDITED
        assert opened.copy is None
        assert ana.documents.stored(doc_id).text == EDITED
        [moved] = ana.annotations.for_document(doc_id)
        assert moved.orphan  # "Alibaba Cloud" is no longer in the text
        return
    assert opened.document.text == TEXT  # Ben reads the shared text...
    assert opened.document.source == book  # ...of his own file (watched, reloaded)
    assert opened.copy is not None and opened.copy.text == EDITED  # and is told
    assert (opened.content_changed, opened.reanchor) == (False, None)
    assert ana.documents.stored(doc_id).text == TEXT
    assert where(ana.annotations.for_document(doc_id)) == before
    assert where(ben.annotations.for_document(doc_id)) == before
    # Highlighting what he reads anchors to the shared text, as Ana sees it.
    made = ben.annotations.create(doc_id, 69, 77).value
    assert made.quote.exact == "Zhangbei"
    assert {a.quote.exact for a in ana.annotations.for_document(doc_id)} == {
        cloud.quote.exact,
        "Zhangbei",
    }
    # Reading it again (a command that only reads) says the same.
    again = ben.documents.open_for_reading(book).value
    assert (again.id, again.document.text) == (doc_id, TEXT)
    assert again.copy is not None


def test_the_first_members_own_edit_keeps_the_shared_text_too(
    members: tuple[Services, Services], tmp_path: Path
) -> None:
    ana, _ben = members
    book = write(tmp_path / "hebei.txt", TEXT)
    doc_id = ana.documents.open(book).value.id
    write(book, EDITED)
    opened = ana.library.add(book).value
    assert (opened.entry.id, opened.new) == (doc_id, False)
    shared = ana.documents.stored(doc_id).text
    assert shared == (TEXT if ana.team else EDITED)


def test_a_copy_at_another_path_finds_the_shared_document(
    members: tuple[Services, Services], tmp_path: Path
) -> None:
    ana, ben = members
    doc_id = ana.documents.open(write(tmp_path / "ana" / "hebei.txt", TEXT)).value.id
    ana.annotations.create(doc_id, 31, 44)
    bens = write(tmp_path / "ben" / "Téléchargements" / "article.txt", TEXT)

    opened = ben.documents.open(bens).value

    documents = ana.library.documents()
    if not ben.team:  # a local library: one record per path, as before
        assert opened.id != doc_id
        assert len(documents) == 2
        return
    assert opened.id == doc_id
    assert opened.copy is None  # the same text
    assert opened.document.source == bens
    assert [d.id for d in documents] == [doc_id]
    assert documents[0].path == str(tmp_path / "ana" / "hebei.txt")  # the record's own
    # Ben's library and recent documents lead to his file.
    assert [d.path for d in ben.library.documents()] == [str(bens)]
    assert [d.path for d in ben.documents.recent()] == [str(bens)]
    assert len(ben.annotations.for_document(opened.id)) == 1
    assert ben.library.add(bens).value.new is False
    assert ben.documents.open_for_reading(bens).value.id == doc_id
    # Ben then edits his copy: his path still leads to the shared document.
    write(bens, EDITED)
    edited = ben.documents.open(bens).value
    assert (edited.id, edited.document.text) == (doc_id, TEXT)
    assert edited.copy is not None and edited.copy.text == EDITED
    assert [d.id for d in ana.library.documents()] == [doc_id]
    # The path is Ben's: for Ana, a file there would be a document of its own.
    assert ana.documents.open(bens).value.id != doc_id


def test_a_new_document_is_still_a_new_record(
    members: tuple[Services, Services], tmp_path: Path
) -> None:
    ana, ben = members
    first = ana.documents.open(write(tmp_path / "ana" / "hebei.txt", TEXT)).value
    other = ben.documents.open(write(tmp_path / "ben" / "autre.txt", EDITED)).value
    assert other.id != first.id
    assert other.copy is None
    assert ana.documents.stored(other.id).text == EDITED
    assert sorted(d.id for d in ana.library.documents()) == sorted([first.id, other.id])


@pytest.mark.postgres
def test_copying_a_team_library_keeps_where_members_keep_their_copies(
    postgres_url: str, tmp_path: Path
) -> None:
    ana = Services.open(postgres_url, user="Ana")
    ben = Services.open(postgres_url, user="Ben")
    try:
        doc_id = ana.documents.open(write(tmp_path / "ana" / "hebei.txt", TEXT)).value.id
        bens = write(tmp_path / "ben" / "article.txt", TEXT)
        assert ben.documents.open(bens).value.id == doc_id
    finally:
        ana.close()
        ben.close()
    local = str(tmp_path / "copy.sqlite3")
    counts = copy_library(postgres_url, local)
    assert counts.copied["member_copies"] == 1
    assert copy_library(postgres_url, local).copied["member_copies"] == 0
    copied = Services.open(local, user="Ben")
    try:
        assert [d.path for d in copied.library.documents()] == [str(tmp_path / "ana" / "hebei.txt")]
    finally:
        copied.close()


def test_a_document_without_its_file_here_is_read_from_the_library(
    members: tuple[Services, Services], tmp_path: Path
) -> None:
    ana, ben = members
    anas = write(tmp_path / "ana" / "hebei.txt", TEXT)
    doc_id = ana.documents.open(anas).value.id
    anas.unlink()  # Ben's computer has no file there
    found = ben.documents.without_file(anas)
    if not ben.team:  # a local library: the file is needed
        assert found is None
        return
    assert found is not None and found.without_file
    assert (found.id, found.document.text, found.copy) == (doc_id, TEXT, None)
    assert ben.documents.without_file(tmp_path / "nowhere.txt") is None
