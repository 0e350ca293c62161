"""Search hits placed through the paragraph-sized pieces (migration 0008), on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from reader.core.chunks import chunk_spans
from reader.core.library import SearchKind
from reader.services.app import Services
from reader.store.engine import make_engine
from reader.store.schema import migrate
from reader.store.sqlite_search import chunk_range
from tests.raw_sql import raw_rows

BODY = "\n".join(f"Paragraphe {n} du livre, des mots et encore des mots." for n in range(400))


def test_pieces_cover_the_text_and_follow_it(
    services: Services, tmp_path: Path, library_url: str
) -> None:
    path = tmp_path / "livre.txt"
    path.write_text(BODY + "\nLe mot licorne à la fin.\n", "utf-8")
    opened = services.documents.open(path).value
    pieces = raw_rows(library_url, "SELECT start, text FROM search_chunks ORDER BY id")
    assert "".join(str(t) for _s, t in pieces) == opened.document.text
    assert [s for s, _t in pieces] == [s for s, _e in chunk_spans(opened.document.text)]
    [hit] = services.library.search("licorne")
    assert hit.offset == opened.document.text.index("licorne")
    assert "licorne" in hit.snippet and len(hit.snippet) < 300

    if not services.team:  # a team library keeps its text when a file changes
        path.write_text(BODY + "\nLe mot dragon à la fin.\n", "utf-8")  # the file changes
        services.documents.open(path)
        assert services.library.search("licorne") == []
        [hit] = services.library.search("dragon")
        assert hit.offset == path.read_text("utf-8").index("dragon")

    services.library.remove(opened.id, delete_annotations=True)
    assert raw_rows(library_url, "SELECT count(*) FROM search_chunks") == [(0,)]
    assert services.library.search("dragon") == []
    if "://" not in library_url:  # SQLite: the FTS5 index of the pieces follows them
        fts = "SELECT count(*) FROM search_chunks_fts WHERE search_chunks_fts MATCH 'dragon'"
        assert raw_rows(library_url, fts) == [(0,)]


def test_every_hit_when_asked(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "livre.txt"
    path.write_text(BODY, "utf-8")
    opened = services.documents.open(path).value
    hits = services.library.search("paragraphe", all_hits=True)
    assert [h.offset for h in hits] == [
        i for i in range(len(BODY)) if BODY.startswith("Paragraphe", i)
    ]
    assert all(h.document_id == opened.id and h.kind is SearchKind.TEXT for h in hits)
    assert all(h.snippet[s:e].lower() == "paragraphe" for h in hits for s, e in h.marks[:1])
    assert len(services.library.search("paragraphe")) == 1


def test_words_in_different_pieces_still_find_the_document(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "livre.txt"
    path.write_text("Au début, une licorne.\n\n" + BODY + "\n\nÀ la fin, un dragon.\n", "utf-8")
    services.documents.open(path)
    [hit] = services.library.search("licorne dragon")
    assert hit.offset == 0 + "Au début, une ".__len__()


def test_a_text_changed_by_another_program_is_still_found(
    services: Services, tmp_path: Path, library_url: str
) -> None:
    path = tmp_path / "livre.txt"
    path.write_text(BODY, "utf-8")
    opened = services.documents.open(path).value
    raw_rows(
        library_url,
        "UPDATE documents SET text = 'Un texte écrit ailleurs, avec un phénix.' WHERE id = :id",
        id=opened.id,
    )
    lo, hi = chunk_range(opened.id)
    pieces = "SELECT count(*) FROM search_chunks WHERE id BETWEEN :lo AND :hi"
    assert raw_rows(library_url, pieces, lo=lo, hi=hi) == [(0,)]
    [hit] = services.library.search("phenix")  # placed the slow way
    assert hit.offset == "Un texte écrit ailleurs, avec un ".__len__()
    if not services.team:  # a team library keeps its (changed) text: no new record
        services.documents.open(path)  # recorded again: pieces again
        assert services.library.search("phenix") == []
        assert services.library.search("paragraphe")[0].offset == 0


@pytest.mark.sqlite_only("an SQLite library of revision 0005: team libraries start at 0013")
def test_upgrade_from_0005_cuts_existing_documents(db_path: Path) -> None:
    engine = make_engine(f"sqlite:///{db_path}")
    migrate(engine, "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO documents (id, path, title, format, content_hash, text, word_count,"
                " created, updated, opened) VALUES (7, '/a.txt', 'A', 'text', 'h', :body, 3,"
                " '2026-01-01', '2026-01-01', '2026-01-01')"
            ),
            {"body": BODY + "\nLe mot licorne à la fin.\n"},
        )
    migrate(engine)
    engine.dispose()
    lo, hi = chunk_range(7)
    rows = raw_rows(str(db_path), "SELECT id, start FROM search_chunks ORDER BY id")
    assert rows[0] == (lo, 0) and all(lo <= int(str(r[0])) <= hi for r in rows)
    services = Services.open(str(db_path))
    try:
        [hit] = services.library.search("licorne")
        assert hit.offset == (BODY + "\nLe mot licorne").index("licorne")
        assert services.documents.stored(7).text.startswith("Paragraphe 0")
    finally:
        services.close()
