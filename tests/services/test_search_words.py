"""Search on both engines where PostgreSQL's own text parser and FTS5 part ways, and
where a team library's index must keep up: hyphenated words, addresses, numbers and
tags, a title that counts more than the text, every hit of a long text, words in
different pieces, a text another program changed, a title changed alone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from reader.core.chunks import chunk_spans
from reader.core.library import SearchKind
from reader.services.app import Services
from reader.store.engine import make_engine

TRICKY = (
    "Il viendra avant peut-être, ou après-demain.\n\n"
    "Voir www.example.org/page ou écrire à ana@example.org.\n\n"
    "Pi vaut 3.14 ; la version 2.0.1 ; du <b>gras</b> ici.\n"
)
BODY = "\n".join(f"Paragraphe {n} du livre, des mots et encore des mots." for n in range(400))


def _add(services: Services, folder: Path, name: str, body: str) -> int:
    path = folder / name
    path.write_text(body, "utf-8")
    return services.library.add(path).value.entry.id


def test_words_are_cut_as_fts5_cuts_them(any_services: Services, tmp_path: Path) -> None:
    doc = _add(any_services, tmp_path, "notes.txt", TRICKY)
    for query, word in (
        ('"avant peut"', "avant"),
        ('"peut etre ou"', "peut"),
        ("example org", "example"),
        ('"example org page"', "example"),
        ("ana", "ana"),
        ("14", "14"),
        ('"2 0 1"', "2.0.1"),
        ("gras", "gras"),
        ('"b gras b"', "b>gras"),
        ("apres*", "après"),
    ):
        hits = any_services.library.search(query)
        assert [(h.document_id, h.offset) for h in hits] == [(doc, TRICKY.index(word))], query


def test_the_title_counts_more(any_services: Services, tmp_path: Path) -> None:
    body = "Une licorne passe.\n" + "Du texte.\n" * 3
    untitled = _add(any_services, tmp_path, "Sans titre.txt", body)
    # Another text of the same length: a team library takes the same text for one document.
    titled = _add(any_services, tmp_path, "Licorne.txt", body.replace("Du", "Un"))
    found = [h.document_id for h in any_services.library.search("licorne")]
    assert found == [titled, untitled]


def test_every_hit_and_words_in_different_pieces(any_services: Services, tmp_path: Path) -> None:
    book = "Une licorne.\n\n" + BODY + " Un dragon.\n"
    doc = _add(any_services, tmp_path, "livre.txt", book)
    hits = any_services.library.search("paragraphe", all_hits=True)
    assert len(hits) == 400 and all(h.document_id == doc for h in hits)
    assert [h.offset for h in hits] == sorted(h.offset for h in hits)
    [hit] = any_services.library.search("licorne dragon")  # no piece holds both: the first
    assert hit.offset == len("Une ")
    [hit] = any_services.library.search("dragon paragraphe")  # the last piece holds both
    last = chunk_spans(book)[-1][0]
    assert hit.offset == book.index("Paragraphe", last)


def test_a_text_changed_by_another_program_is_still_found(
    any_services: Services, library_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "livre.txt"
    path.write_text(BODY, "utf-8")
    doc = any_services.library.add(path).value.entry.id
    url = library_url if "://" in library_url else f"sqlite:///{library_url}"
    engine = make_engine(url, writer=True)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE documents SET text = :t WHERE id = :id"),
            {"t": "Un texte écrit ailleurs, avec un phénix.", "id": doc},
        )
    engine.dispose()
    [hit] = any_services.library.search("phenix")
    assert (hit.document_id, hit.offset) == (doc, len("Un texte écrit ailleurs, avec un "))
    assert "phénix" in hit.snippet
    any_services.documents.open(path)  # recorded again: its own text again
    assert any_services.library.search("phenix") == []
    assert any_services.library.search("paragraphe")[0].kind is SearchKind.TEXT
