"""Annotation hits are found and ranked alike on a local SQLite library (FTS5's bm25
over note, quote and tags) and on a PostgreSQL team library (bm25 from the word
statistics of migration 0017), interleaved with document hits the same way, also
after edits, a tag renamed, a deletion and its undoing, and a note changed by
another program. ``ts_rank``, what a team library used before, counts a word's
occurrences without the note's length: it put the long note saying "orage" twice
first, where bm25 puts the short note first."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from reader.core.annotations import Annotation
from reader.services.app import Services
from reader.services.library import SearchKind
from tests.postgres_server import PostgresServer

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
BOOK = "plain-text/encodings/fr-flaubert-education-excerpt-utf8-lf.txt"
FILLER = (
    "il se promenait longtemps le long des quais en regardant les bateaux passer sous"
    " les ponts de pierre avant de rentrer chez lui par les rues étroites du vieux quartier"
)
# (note, tags) of each annotation, created in this order
ANNOTATIONS = (
    (f"Un orage, {FILLER}", ()),
    ("Orage sur Nogent", ()),
    (f"orage {FILLER} puis l'orage encore {FILLER}", ("météo",)),
    ("la nuit tombe, l'orage gronde", ("Nuit",)),
    ("", ("orage", "nuit")),
    ("La nuit des quais", ("météo",)),
    (f"Le bateau {FILLER} {FILLER}", ()),
)
QUERIES = (
    "orage",
    "orage nuit",
    '"la nuit"',
    "ora*",
    "nuit",
    "quais",
    "bateau*",
    "météo",
    "Frédéric",
    "de",
    '"il se promenait"',
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not (CORPUS / BOOK).is_file(), reason="the shared corpus is not there"),
]


@pytest.fixture
def urls(tmp_path: Path, postgres_server: PostgresServer) -> tuple[str, str]:
    """A local library's URL, and a team library's."""
    return f"sqlite:///{tmp_path / 'local.sqlite3'}", postgres_server.url(
        postgres_server.new_database()
    )


@pytest.fixture
def libraries(tmp_path: Path, urls: tuple[str, str]) -> Iterator[tuple[Services, Services]]:
    copy = tmp_path / Path(BOOK).name
    shutil.copyfile(CORPUS / BOOK, copy)
    local, team = (Services.open(url, user="Ana") for url in urls)
    for services in (local, team):
        document_id = services.library.add(copy).value.entry.id
        for n, (note, tags) in enumerate(ANNOTATIONS):
            services.annotations.create(
                document_id, 300 * n + 40, 300 * n + 90, note=note, tags=tags, snap=True
            )
    yield local, team
    local.close()
    team.close()


def _by_age(services: Services) -> list[Annotation]:
    return sorted(services.annotations.for_document(1), key=lambda a: (a.created, a.id))


def _hits(services: Services, query: str) -> list[tuple[SearchKind, int | str]]:
    """Each hit's kind and document, or which annotation (its number in creation order)."""
    order = {annotation.id: n for n, annotation in enumerate(_by_age(services))}
    return [
        (hit.kind, order[hit.annotation_id] if hit.annotation_id else hit.document_id)
        for hit in services.library.search(query, limit=50)
    ]


def _same_everywhere(local: Services, team: Services) -> None:
    for query in QUERIES:
        assert _hits(team, query) == _hits(local, query), query


def test_annotation_hits_rank_as_on_sqlite(libraries: tuple[Services, Services]) -> None:
    local, team = libraries
    notes = [hit for hit in _hits(local, "orage") if hit[0] is SearchKind.NOTE]
    # bm25: the short note first, the long one saying it twice next (ts_rank: first)
    assert [n for _kind, n in notes] == [1, 3, 2, 0]
    _same_everywhere(local, team)


def test_rank_follows_changes(libraries: tuple[Services, Services]) -> None:
    local, team = libraries
    for services in (local, team):
        by_age = _by_age(services)
        services.annotations.edit(by_age[6].id, note="Orage")
        services.annotations.edit(by_age[1].id, tags=["orage", "nuit", "Orage d'été"])
        services.tags.rename("météo", "Nuit d'orage")
    _same_everywhere(local, team)
    deleted = [
        services.annotations.delete([a.id for a in _by_age(services)[3:5]]).value
        for services in (local, team)
    ]
    assert _hits(team, "orage") == _hits(local, "orage")
    local.annotations.restore(deleted[0])
    team.annotations.undelete([a.id for a in deleted[1]])  # from the team's trash
    _same_everywhere(local, team)


def test_a_note_changed_by_another_program(
    libraries: tuple[Services, Services], urls: tuple[str, str]
) -> None:
    local, team = libraries
    for url in urls:
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE annotations SET note = 'orage, orage et nuit' WHERE note = ''")
            )
        engine.dispose()
    _same_everywhere(local, team)
    [top, *_rest] = [hit for hit in _hits(team, "orage") if hit[0] is SearchKind.NOTE]
    assert top == (SearchKind.NOTE, 4)
