"""Reading positions and bookmarks through the services, on a real SQLite file."""

from __future__ import annotations

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
