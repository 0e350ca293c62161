"""Search gives the same results, in the same order, on a local SQLite library and on a
PostgreSQL team library holding the same corpus files: every hit's document, kind,
offset, snippet and marks, for words, phrases, prefixes, accents and the words
PostgreSQL's own parser cuts differently (hyphenated words, addresses, numbers, tags)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.services.app import Services
from tests.postgres_server import PostgresServer

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
FILES = (
    "markdown/en-awesome-readme.md",
    "markdown/en-pandoc-MANUAL.md",
    "markdown/en-system-design-primer-README.md",
    "markdown/fr-the-art-of-command-line-README-fr.md",
    "markdown/fr-vuejs-docs-guide-accessibility.md",
    "markdown/fr-vuejs-docs-guide-ssr.md",
    "plain-text/encodings/fr-flaubert-education-excerpt-utf8-lf.txt",
    "plain-text/fr-textbox-zola-joie-de-vivre-rd0098.txt",
    "plain-text/en-shelley-frankenstein-pg84-utf8bom-crlf.txt",
)
QUERIES = (
    "the",
    "de la",
    "données",
    "DONNEES",
    "serveur*",
    "access*",
    '"il y avait"',
    '"the system"',
    '"peut être"',
    "peut-être",
    "github com",
    '"github com"',
    "https",
    "3",
    "14",
    "html",
    "div",
    "l'accessibilité",
    "Frankenstein",
    "Victor monster",
    "Lyon* rouen",
    "zzzintrouvable",
    "élisabeth",
    "cache load",
    "pandoc manual",
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not there"),
]


def _fill(services: Services, folder: Path) -> None:
    for name in FILES:
        copy = folder / Path(name).name
        shutil.copyfile(CORPUS / name, copy)
        services.library.add(copy)


@pytest.fixture(scope="module")
def libraries(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: PostgresServer
) -> Iterator[tuple[Services, Services]]:
    folder = tmp_path_factory.mktemp("corpus")
    local = Services.open(str(folder / "local.sqlite3"))
    team = Services.open(postgres_server.url(postgres_server.new_database()))
    _fill(local, folder)
    _fill(team, folder)
    yield local, team
    local.close()
    team.close()


def _seen(services: Services, query: str, *, all_hits: bool = False) -> list[tuple[object, ...]]:
    return [
        (Path(h.path).name, h.kind, h.offset, h.snippet, h.marks)
        for h in services.library.search(query, 50, all_hits=all_hits)
    ]


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_hits_in_the_same_order(libraries: tuple[Services, Services], query: str) -> None:
    local, team = libraries
    assert _seen(team, query) == _seen(local, query)


def test_every_hit_too(libraries: tuple[Services, Services]) -> None:
    local, team = libraries
    found = _seen(local, "monster", all_hits=True)
    assert len(found) > 20
    assert _seen(team, "monster", all_hits=True) == found


def test_most_queries_find_several_documents(libraries: tuple[Services, Services]) -> None:
    """The comparison means something: most queries rank several documents."""
    local, _team = libraries
    several = [q for q in QUERIES if len({hit[0] for hit in _seen(local, q)}) > 1]
    assert len(several) >= 10
