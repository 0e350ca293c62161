"""Reading positions and bookmarks through the services, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import InputError, NotFoundError
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from tests.services.conftest import TEXT


def test_a_position_is_remembered_per_document_and_kept_inside_the_text(
    services: Services, doc: OpenedDocument
) -> None:
    assert services.reading.position(doc.id) is None
    services.reading.save_position(doc.id, 40)
    assert services.reading.position(doc.id) == 40
    services.reading.save_position(doc.id, 10**9)
    assert services.reading.position(doc.id) == len(TEXT)
    services.reading.save_position(doc.id, -5)
    assert services.reading.position(doc.id) == 0
    with pytest.raises(NotFoundError):
        services.reading.save_position(9999, 1)


def test_the_last_document_read_is_the_one_left_most_recently(
    services: Services, doc: OpenedDocument, doc_path: Path, tmp_path: Path
) -> None:
    assert services.reading.last_read() is None
    other_path = tmp_path / "other.txt"
    other_path.write_text("Un autre texte, assez long pour être lu.\n", "utf-8")
    other = services.documents.open(other_path).value
    services.reading.save_position(doc.id, 5)
    services.reading.save_position(other.id, 3)
    assert services.reading.last_read() == str(other_path.resolve())
    services.reading.save_position(doc.id, 6)
    assert services.reading.last_read() == str(doc_path.resolve())


def test_bookmarks_are_labelled_ordered_unique_and_undoable(
    services: Services, doc: OpenedDocument
) -> None:
    second = TEXT.index("Alibaba")
    late = services.reading.add_bookmark(doc.id, second)
    early = services.reading.add_bookmark(doc.id, 0)
    assert late.value.label.startswith("Alibaba Cloud y installera")
    assert late.changes.bookmarks and late.changes.document_id == doc.id
    assert [b.offset for b in services.reading.bookmarks(doc.id)] == [0, second]
    again = services.reading.add_bookmark(doc.id, second)  # the same place: the same one
    assert again.value.id == late.value.id and again.undo is None
    assert len(services.reading.bookmarks(doc.id)) == 2

    assert early.undo is not None
    undone = early.undo.run(services)  # the undo of adding deletes it
    assert [b.offset for b in services.reading.bookmarks(doc.id)] == [second]
    assert undone.undo is not None
    undone.undo.run(services)  # and its redo puts it back
    assert [b.offset for b in services.reading.bookmarks(doc.id)] == [0, second]

    with pytest.raises(InputError):
        services.reading.add_bookmark(doc.id, len(TEXT) + 1)
    with pytest.raises(NotFoundError):
        services.reading.delete_bookmark(424242)
