"""Two members of a team library writing the same rows at the same moment.

Each test holds the first member's transaction open, uncommitted, until the second
member's statement waits on its lock (pg_stat_activity says so), then commits the
first: the second must then do what it would have done coming after, not fail on a
unique key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from reader.core.annotations import Annotation, Colour, quote_at
from reader.core.document import Document, paragraph_blocks
from reader.core.errors import LibraryLockedError
from reader.services.app import Services
from reader.store.documents import Recorded
from reader.store.entities import StoredCorrection
from reader.store.entity_index import StoredChoice
from reader.store.unit_of_work import Store
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres

T = TypeVar("T")
TEXT = "Les données du Hebei arrivent à Zhangbei. Jeff Zhang les lit.\n"


@dataclass
class Team:
    server: PostgresServer
    database: str
    ana: Services
    bob: Services

    def race(self, first: Callable[[Store], T], second: Callable[[Store], T]) -> tuple[T, T]:
        """Ana's ``first`` in a transaction held open until Bob's ``second``, in his
        own, waits on a lock; then Ana commits. Both results (Bob's failure raised)."""
        first_done, release = threading.Event(), threading.Event()
        results: dict[str, T] = {}
        failures: list[BaseException] = []

        def ana() -> None:
            try:
                with self.ana.uow.write() as store:
                    results["first"] = first(store)
                    first_done.set()
                    release.wait(30)
            except BaseException as exc:  # reported below, in the test's thread
                failures.append(exc)
                first_done.set()

        def bob() -> None:
            try:
                with self.bob.uow.write() as store:
                    results["second"] = second(store)
            except BaseException as exc:  # reported below, in the test's thread
                failures.append(exc)

        one, two = threading.Thread(target=ana), threading.Thread(target=bob)
        try:
            one.start()
            assert first_done.wait(30)
            assert failures == []
            two.start()
            assert self._waiting(), "the second member never waited on the first"
        finally:
            release.set()
            one.join(30)
            two.join(30)
        if failures:
            raise failures[0]
        return results["first"], results["second"]

    def _waiting(self) -> bool:
        watcher = create_engine(self.server.url("postgres"), poolclass=NullPool)
        deadline = time.monotonic() + 30
        try:
            while time.monotonic() < deadline:
                with watcher.connect() as connection:
                    waiting = connection.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity"
                            " WHERE datname = :name AND wait_event_type = 'Lock'"
                        ),
                        {"name": self.database},
                    ).scalar_one()
                if waiting:
                    return True
                time.sleep(0.05)
            return False
        finally:
            watcher.dispose()

    def document(self, name: str = "hebei.txt") -> int:
        """A document both members see (recorded by Ana, committed)."""
        with self.ana.uow.write() as store:
            return record(store, Path("/shared") / name).id


def record(store: Store, path: Path = Path("/shared/hebei.txt")) -> Recorded:
    document = Document(TEXT, "Hebei", paragraph_blocks(TEXT), "txt", path)
    return store.documents.record(
        document, "fr", 10, len(TEXT), opened=True, into_library=True, text_version=1
    )


@pytest.fixture
def team(postgres_server: PostgresServer) -> Iterator[Team]:
    name = postgres_server.new_database()
    ana = Services.open(postgres_server.url(name), user="Ana")
    bob = Services.open(postgres_server.url(name), user="Bob")
    try:
        yield Team(postgres_server, name, ana, bob)
    finally:
        ana.close()
        bob.close()


def test_two_members_recording_the_same_new_file_share_one_record(team: Team) -> None:
    """The second member's insert waits on the first one's uncommitted row, then finds
    the path taken once it commits: it updates that record instead of failing."""
    first, second = team.race(record, record)
    assert first.new
    assert not second.new
    assert second.id == first.id
    assert not second.text_changed


def test_two_members_naming_the_same_new_entities_get_the_same_ids(team: Team) -> None:
    """Bob's names are Ana's where they are the same (label, key), not an error."""
    hers = {("LOC", "hebei"): "Hebei", ("PER", "jeff zhang"): "Jeff Zhang"}
    his = {**hers, ("LOC", "zhangbei"): "Zhangbei"}
    first, second = team.race(
        lambda store: store.entity_index.name_ids(hers),
        lambda store: store.entity_index.name_ids(his),
    )
    assert {name: second[name] for name in hers} == first
    assert len(set(second.values())) == 3
    with team.ana.uow.read() as store:
        assert set(store.entity_index.names(second.values())) == set(second.values())


def test_two_members_keeping_the_same_recognition_keep_the_last(team: Team) -> None:
    def keep(spans: str) -> Callable[[Store], None]:
        return lambda store: store.entities.keep(
            "c0ffee",
            pipeline="fr_core_news_md",
            model_key="fr_core_news_md|4000",
            rules_version="r7",
            model=spans,
            final=spans,
        )

    team.race(keep('[[15, 20, "LOC"]]'), keep('[[47, 57, "PER"]]'))
    with team.ana.uow.read() as store:
        assert store.entities.model_spans("c0ffee", "fr_core_news_md|4000") == '[[47, 57, "PER"]]'
        assert store.entities.result("c0ffee", "fr_core_news_md", "r7") == '[[47, 57, "PER"]]'


def test_two_members_leaving_a_document_keep_the_last_position(team: Team) -> None:
    document_id = team.document()
    team.race(
        lambda store: store.reading.set_position(document_id, 10),
        lambda store: store.reading.set_position(document_id, 20),
    )
    with team.ana.uow.read() as store:
        assert store.reading.position(document_id) == 20


def test_two_members_bookmarking_the_same_place_share_one_bookmark(team: Team) -> None:
    """The second is told a bookmark is there already (it has nothing to undo)."""
    document_id = team.document()
    first, second = team.race(
        lambda store: store.reading.add_bookmark(document_id, 15, "Hebei"),
        lambda store: store.reading.add_bookmark(document_id, 15, "Hebei arrivent"),
    )
    assert first is not None
    assert second is None
    with team.bob.uow.read() as store:
        assert store.reading.bookmarks(document_id) == [first]


def test_two_members_correcting_the_same_entity_keep_the_last(team: Team) -> None:
    document_id = team.document()
    team.race(
        lambda store: store.entities.put_correction(document_id, 15, 20, "LOC", "Hebei"),
        lambda store: store.entities.put_correction(document_id, 15, 20, None, "Hebei"),
    )
    with team.ana.uow.read() as store:
        assert store.entities.corrections(document_id) == [StoredCorrection(15, 20, None, "Hebei")]


def test_two_members_listing_the_same_name_keep_the_last_label(team: Team) -> None:
    team.race(
        lambda store: store.entities.put_user_entity("Zhangbei", "LOC"),
        lambda store: store.entities.put_user_entity("Zhangbei", None),
    )
    with team.ana.uow.read() as store:
        assert store.entities.user_entities() == {"Zhangbei": None}


def test_two_members_choosing_for_the_same_name_keep_the_last_choice(team: Team) -> None:
    with team.ana.uow.write() as store:
        name_id = store.entity_index.name_ids({("LOC", "hebei"): "Hebei"})["LOC", "hebei"]
    renamed = StoredChoice(name_id, display="Hebei (province)")
    team.race(
        lambda store: store.entity_index.put_choice(StoredChoice(name_id, hidden=True)),
        lambda store: store.entity_index.put_choice(renamed),
    )
    with team.ana.uow.read() as store:
        assert store.entity_index.choice(name_id) == renamed


def test_two_members_indexing_the_same_document_keep_the_last_rows(team: Team) -> None:
    document_id = team.document()
    with team.ana.uow.write() as store:
        content_hash = store.documents.text(document_id)[1]
        ids = store.entity_index.name_ids({("LOC", "hebei"): "Hebei", ("PER", "zhang"): "Zhang"})
    hebei, zhang = ids["LOC", "hebei"], ids["PER", "zhang"]
    team.race(
        lambda store: store.entity_index.replace_document(
            document_id, content_hash, "ana", [(15, 20, hebei, hebei)]
        ),
        lambda store: store.entity_index.replace_document(
            document_id, content_hash, "bob", [(15, 20, hebei, hebei), (47, 52, zhang, zhang)]
        ),
    )
    with team.ana.uow.read() as store:
        assert store.entity_index.states() == {document_id: (content_hash, "bob")}
        mentions = store.entity_index.mentions((), (hebei, zhang))
        assert [(m.start, m.name_id) for m in mentions] == [(15, hebei), (47, zhang)]


def highlight(document_id: int) -> Annotation:
    now = datetime.now(UTC)
    return Annotation(
        "5d6c1f0e-2a41-4c8e-9a53-7b0c3e1d2f40",
        document_id,
        15,
        20,
        quote_at(TEXT, 15, 20),
        Colour.YELLOW,
        "",
        (),
        now,
        now,
    )


def test_two_members_deleting_the_same_annotation_delete_it_once(team: Team) -> None:
    """As the service deletes: the second finds nothing to delete (and says so) once
    the first committed, instead of failing on the trash's key."""
    document_id = team.document()
    annotation = highlight(document_id)
    with team.ana.uow.write() as store:
        store.annotations.insert([(annotation, "c0ffee", [])])

    def delete(store: Store) -> list[str]:
        found = store.annotations.get_many([annotation.id], lock=True)
        store.trash.keep(list(found.values()), "Ana", datetime.now(UTC))
        store.annotations.delete(found)
        return list(found)

    first, second = team.race(delete, delete)
    assert (first, second) == ([annotation.id], [])
    with team.bob.uow.read() as store:
        trashed = store.trash.deleted(document_id, datetime(2000, 1, 1, tzinfo=UTC))
    assert [t.annotation.id for t in trashed] == [annotation.id]


def test_a_key_another_member_took_at_the_same_moment_is_a_clear_error(team: Team) -> None:
    """Where the store does not meet the other row (two imports of one annotation, by
    its id), the second member is told to try again, not of an internal error."""
    document_id = team.document()
    annotation = highlight(document_id)

    def insert(store: Store) -> None:
        store.annotations.insert([(annotation, "c0ffee", [])])

    with pytest.raises(LibraryLockedError, match="at the same moment") as caught:
        team.race(insert, insert)
    assert "UniqueViolation" in caught.value.detail
    again = team.bob.annotations.restore([annotation], skip_existing=True)
    assert again.value == ()
    assert [a.id for a in team.bob.annotations.for_document(document_id)] == [annotation.id]
