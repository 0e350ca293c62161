"""A team library's trash: highlights deleted for good are gone for everyone, and those
deleted over 30 days ago are purged as the library opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.annotations import Annotation
from reader.services.app import Services
from reader.store.trash import KEEP_DAYS
from reader.store.unit_of_work import UnitOfWork

pytestmark = pytest.mark.postgres

TEXT = "Les données du Hebei arrivent; Alibaba Cloud installe des serveurs à Zhangbei.\n"


def in_trash(url: str) -> set[str]:
    """Every id the trash holds, however old (what a purge must remove)."""
    uow = UnitOfWork.open(url)
    try:
        with uow.read() as store:
            return {d.annotation.id for d in store.trash.deleted(None, datetime(1970, 1, 1))}
    finally:
        uow.close()


def two_highlights(services: Services, folder: Path) -> tuple[Annotation, Annotation]:
    book = folder / "hebei.txt"
    book.write_text(TEXT, "utf-8")
    doc_id = services.library.add(book).value.entry.id
    first, second = (services.annotations.create(doc_id, s, s + 5).value for s in (4, 15))
    return first, second


def test_deleted_for_good_cannot_be_restored(postgres_url: str, tmp_path: Path) -> None:
    alice = Services.open(postgres_url, user="alice")
    try:
        gone, kept = two_highlights(alice, tmp_path)
        alice.annotations.delete([gone.id, kept.id])
        result = alice.trash.forget([gone.id, "not-there"])
        assert (result.value, result.undo) == (1, None)  # nothing to undo it with
        assert [d.annotation.id for d in alice.annotations.deleted()] == [kept.id]
        with pytest.raises(Exception, match="not among those deleted"):
            alice.annotations.undelete([gone.id])
    finally:
        alice.close()
    assert in_trash(postgres_url) == {kept.id}


def test_what_was_deleted_over_30_days_ago_is_purged_at_opening(
    postgres_url: str, tmp_path: Path
) -> None:
    bob = Services.open(postgres_url, user="bob")
    try:
        old, recent = two_highlights(bob, tmp_path)
    finally:
        bob.close()
    uow = UnitOfWork.open(postgres_url)
    try:
        with uow.write() as store:  # deleted 31 days ago, and 29 days ago
            for annotation, days in ((old, KEEP_DAYS + 1), (recent, KEEP_DAYS - 1)):
                store.trash.keep([annotation], "bob", datetime.now(UTC) - timedelta(days=days))
                store.annotations.delete([annotation.id])
    finally:
        uow.close()
    assert in_trash(postgres_url) == {old.id, recent.id}
    Services.open(postgres_url, user="alice").close()
    assert in_trash(postgres_url) == {recent.id}
