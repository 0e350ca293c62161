"""The library and its search, on real files and a real SQLite database."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import DocumentError, InputError, NotFoundError
from reader.core.folding import fold
from reader.formats import load_document
from reader.services.app import Services
from reader.services.documents import OpenedDocument
from reader.services.library import LibrarySort, SearchHit, SearchKind
from tests.formats.books import Chapter, make_epub, sample_chapters
from tests.raw_sql import raw_rows
from tests.services.conftest import TEXT

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le marché des données</title><meta name="author" content="Ada Lovelace">
<meta property="og:site_name" content="La Gazette"></head><body>
<nav><a href="/">Accueil</a></nav><article><h1>Le marché des données</h1>
<p>Les entreprises européennes achètent et vendent des données personnelles à grande échelle,
souvent sans que les citoyens le sachent vraiment.</p>
<h2>Régulation</h2><p>Le règlement européen encadre désormais ces échanges de manière stricte.</p>
</article></body></html>"""


def words_at(text: str, offset: int, word: str) -> bool:
    """The text at ``offset`` is ``word``, case and accents aside."""
    return fold(text[offset : offset + len(word)]) == fold(word)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "marche.html"
    path.write_text(PAGE, "utf-8")
    return path


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return make_epub(tmp_path / "livre.epub", sample_chapters())


# -- adding and listing -----------------------------------------------------------------


def test_add_records_without_opening(services: Services, page: Path, book: Path) -> None:
    added = services.library.add(page).value
    assert added.new and not added.content_changed
    entry = added.entry
    assert entry.title == "Le marché des données"
    assert entry.author == "Ada Lovelace"
    assert entry.format == "html"
    assert entry.language == "fr"
    assert entry.path == str(page.resolve())
    assert entry.annotation_count == 0
    assert entry.in_library
    assert entry.opened == entry.added
    assert entry.size_bytes == page.stat().st_size
    assert entry.word_count > 20
    services.library.add(book)
    assert {e.title for e in services.library.documents()} == {"Le marché des données", "Le Livre"}
    again = services.library.add(page).value
    assert not again.new
    assert again.entry.id == entry.id
    assert len(services.library.documents()) == 2


def test_open_stores_structure_and_metadata(services: Services, book: Path) -> None:
    opened = services.documents.open(book).value
    loaded = load_document(book)
    assert opened.document == loaded
    stored = services.documents.stored(opened.id)
    assert stored == loaded  # text, title, blocks, contents, author, metadata, format, source
    book.unlink()  # the file moved away: the library still has everything
    assert services.documents.stored(opened.id) == loaded
    with pytest.raises(NotFoundError):
        services.documents.stored(opened.id + 100)


def test_the_text_decides_the_language_not_the_metadata(services: Services, tmp_path: Path) -> None:
    chapters = [
        Chapter(
            "Chapitre premier",
            [
                "Il était une fois, dans une petite ville de province, un lecteur qui aimait"
                " les livres plus que tout au monde et qui passait ses journées à la"
                " bibliothèque municipale, entre les rayonnages poussiéreux."
            ],
        )
    ]
    path = make_epub(tmp_path / "menteur.epub", chapters, language="en")
    opened = services.documents.open(path).value
    assert opened.language == "fr"
    assert opened.document.metadata["language"] == "en"
    assert services.library.documents()[0].language == "fr"


def test_a_bad_file_writes_nothing(services: Services, library_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "casse.epub"
    bad.write_bytes(b"PK\x03\x04 pas vraiment un zip")
    with pytest.raises(DocumentError):
        services.library.add(bad)
    with pytest.raises(DocumentError):
        services.documents.open(bad)
    assert services.library.documents(include_removed=True) == []
    assert raw_rows(library_url, "SELECT count(*) FROM documents") == [(0,)]
    assert raw_rows(library_url, "SELECT count(*) FROM search_chunks") == [(0,)]


def test_sorting_and_filtering(services: Services, tmp_path: Path, page: Path) -> None:
    for name, text in (("zebre.txt", "Un zèbre.\n"), ("Ecole.md", "# École du soir\n\nTexte.\n")):
        (tmp_path / name).write_text(text, "utf-8")
    services.library.add(tmp_path / "zebre.txt")
    services.library.add(tmp_path / "Ecole.md")
    services.library.add(page)
    opened = services.documents.open(tmp_path / "zebre.txt").value
    services.annotations.create(opened.id, 0, 2)
    titles = [e.title for e in services.library.documents(LibrarySort.TITLE)]
    assert titles == ["École du soir", "Le marché des données", "zebre"]
    assert services.library.documents("opened")[0].title == "zebre"
    assert services.library.documents("added")[0].title == "Le marché des données"
    assert services.library.documents("annotations")[0].title == "zebre"
    assert services.library.documents("author")[0].author == "Ada Lovelace"
    assert [e.title for e in services.library.documents(filter_text="ECOLE")] == ["École du soir"]
    assert [e.title for e in services.library.documents(filter_text="lovelace marché")] == [
        "Le marché des données"
    ]
    assert services.library.documents(filter_text="zebre.txt")[0].annotation_count == 1
    with pytest.raises(InputError, match="unknown sort"):
        services.library.documents("size")


# -- removing ---------------------------------------------------------------------------


def test_remove_keeps_the_record_and_annotations(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    note = services.annotations.create(doc.id, 0, 10, note="à relire", tags=["chine"]).value
    services.library.remove(doc.id)
    assert services.library.documents() == []
    [removed] = services.library.documents(include_removed=True)
    assert not removed.in_library and removed.annotation_count == 1
    assert services.library.search("relire") == []
    assert services.library.search("Hebei") == []
    assert services.documents.recent() == []
    assert services.annotations.get(note.id).note == "à relire"
    services.library.add(doc_path)  # back, with its annotations
    assert services.library.documents()[0].annotation_count == 1
    assert [h.kind for h in services.library.search("relire")] == [SearchKind.NOTE]


def test_remove_with_annotations_deletes_them(
    services: Services, doc: OpenedDocument, library_url: str, tmp_path: Path
) -> None:
    other_path = tmp_path / "autre.txt"
    other_path.write_text("Un autre texte sur la Chine et le cloud.\n", "utf-8")
    other = services.documents.open(other_path).value
    services.annotations.create(doc.id, 0, 10, note="à relire", tags=["chine", "seul"])
    kept = services.annotations.create(other.id, 0, 9, tags=["chine"]).value
    services.library.remove(doc.id, delete_annotations=True)
    assert [e.id for e in services.library.documents(include_removed=True)] == [other.id]
    assert [t.name for t in services.tags.counts()] == ["chine"]  # "seul" went with it
    assert services.library.search("relire") == []
    assert raw_rows(library_url, "SELECT count(*) FROM annotations") == [(1,)]
    found = {h.annotation_id for h in services.library.search("chine") if h.annotation_id}
    assert found == {kept.id}  # nothing of the deleted ones left in the index
    assert services.annotations.get(kept.id).tags == ("chine",)
    with pytest.raises(NotFoundError):
        services.library.remove(doc.id)


# -- searching --------------------------------------------------------------------------


def test_search_ignores_case_and_accents(services: Services, page: Path) -> None:
    services.library.add(page)
    for query in ("donnees", "DONNÉES", "Données", "données", "reglement europeen"):
        hits = services.library.search(query)
        assert [h.kind for h in hits] == [SearchKind.TEXT], query
    text = services.documents.stored(hits[0].document_id).text
    [hit] = services.library.search("reglement")
    assert words_at(text, hit.offset, "règlement")
    assert hit.title == "Le marché des données"
    assert hit.path == str(page.resolve())
    start, end = hit.marks[0]
    assert fold(hit.snippet[start:end]) == "reglement"


def test_text_hits_give_the_first_matching_word_in_code_points(
    services: Services, tmp_path: Path
) -> None:
    # Astral characters (2 UTF-16 units, 4 UTF-8 bytes) and CJK before the match.
    text = "😀😀 𝐀𝐁𝐂 中文字符 café\nLa ligne des données commence ici, et les DONNÉES encore.\n"
    path = tmp_path / "emoji.txt"
    path.write_text(text, "utf-8")
    opened = services.documents.open(path).value
    [hit] = services.library.search("donnees")
    assert hit.offset == text.index("données")
    [hit] = services.library.search('"ligne des donnees"')
    assert hit.offset == text.index("ligne")
    [hit] = services.library.search("commen*")
    assert hit.offset == text.index("commence")
    [hit] = services.library.search("cafe donnees")  # the first of either word
    assert hit.offset == text.index("café")
    [hit] = services.library.search("emoji")  # only the title matched
    assert hit.offset == 0
    assert opened.document.text == text


def test_every_word_must_match_and_phrases_are_phrases(services: Services, page: Path) -> None:
    services.library.add(page)
    assert len(services.library.search("données européennes")) == 1
    assert services.library.search("données licorne") == []
    assert len(services.library.search('"données personnelles"')) == 1
    assert services.library.search('"personnelles données"') == []
    assert len(services.library.search("regul*")) == 1
    assert services.library.search("regul") == []


def test_annotation_hits(services: Services, doc: OpenedDocument) -> None:
    start = TEXT.index("Alibaba")
    annotation = services.annotations.create(
        doc.id,
        start,
        start + len("Alibaba Cloud"),
        note="Le géant chinois",
        tags=["Économie/Cloud"],
    ).value
    hits = {h.kind: h for h in services.library.search("geant")}
    assert set(hits) == {SearchKind.NOTE}
    assert hits[SearchKind.NOTE].offset == start
    assert hits[SearchKind.NOTE].annotation_id == annotation.id
    assert hits[SearchKind.NOTE].snippet == "Le géant chinois"
    assert hits[SearchKind.NOTE].marks == ((3, 8),)
    kinds = {h.kind for h in services.library.search("alibaba")}
    assert kinds == {SearchKind.TEXT, SearchKind.QUOTE}
    [tag] = services.library.search("economie")
    assert (tag.kind, tag.offset, tag.snippet) == (SearchKind.TAG, start, "Économie/Cloud")


def test_the_index_follows_every_write(
    services: Services, doc: OpenedDocument, doc_path: Path
) -> None:
    def kinds(query: str) -> set[SearchKind]:
        return {h.kind for h in services.library.search(query)}

    a = services.annotations.create(doc.id, 0, 10, note="première idée", tags=["brouillon"]).value
    b = services.annotations.create(doc.id, 12, 20, tags=["brouillon", "autre"]).value
    assert kinds("idee") == {SearchKind.NOTE}
    services.annotations.edit(a.id, note="seconde pensée")
    assert kinds("idee") == set() and kinds("pensee") == {SearchKind.NOTE}
    services.tags.rename("brouillon", "Ébauche")
    assert kinds("brouillon") == set()
    assert len(services.library.search("ebauche")) == 2
    services.tags.merge(["autre"], "Ébauche")
    assert kinds("autre") == set()
    services.annotations.edit(b.id, tags=[])
    assert [h.annotation_id for h in services.library.search("ebauche")] == [a.id]
    services.tags.delete(["Ébauche"])
    assert services.library.search("ebauche") == []
    services.annotations.delete([a.id])
    assert kinds("pensee") == set()
    # The file changes: the old words leave the index, the new ones come in (a team
    # library keeps its shared text, and its index, whatever a member's file holds).
    doc_path.write_text(TEXT.replace("Reuters", "Bloomberg"), "utf-8")
    services.documents.open(doc_path)
    if services.team:
        assert kinds("reuters") == {SearchKind.TEXT}
        assert services.library.search("bloomberg") == []
        return
    assert services.library.search("reuters") == []
    assert kinds("bloomberg") == {SearchKind.TEXT}


def test_writes_by_another_process_are_indexed(
    services: Services, doc: OpenedDocument, library_url: str
) -> None:
    """The database, not the service, keeps the index: another program's writes are
    covered (on PostgreSQL, a changed title marks the document's index stale, 0016)."""
    annotation_id = str(uuid.uuid4())
    raw_rows(
        library_url,
        'INSERT INTO annotations (id, document_id, start, "end", exact, prefix, suffix, colour,'
        " note, content_hash, orphan, created, updated) VALUES (:id, :doc, 0, 4, 'Jeff', '',"
        " '', 'yellow', 'écrit ailleurs', :hash, false, '2026-01-01', '2026-01-01')",
        id=annotation_id,
        doc=doc.id,
        hash=doc.document.content_hash,
    )
    [hit] = services.library.search("ecrit ailleurs")
    assert (hit.kind, hit.annotation_id) == (SearchKind.NOTE, annotation_id)
    raw_rows(library_url, "UPDATE documents SET title = 'Titre changé' WHERE id = :id", id=doc.id)
    assert services.library.search("titre change")[0].kind is SearchKind.TEXT
    raw_rows(library_url, "DELETE FROM annotations WHERE id = :id", id=annotation_id)
    assert services.library.search("ailleurs") == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '""',
        "*",
        "**",
        "-",
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "title:x",
        "{note}: x",
        "a AND OR b",
        '"unclosed phrase',
        "^start",
        "(((",
        "données)",
        "'; DROP TABLE documents; --",
        "\x00",
        "0\x00",
        "\ud800donn\udcffees",
        'a"b"c"',
        "donn*ees",
        "a" * 5000,
    ],
)
def test_no_query_raises(services: Services, doc: OpenedDocument, query: str) -> None:
    hits = services.library.search(query)
    assert all(isinstance(h, SearchHit) for h in hits)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_any_text_is_a_query(services: Services, doc: OpenedDocument, query: str) -> None:
    services.library.search(query)


def test_limits(services: Services, tmp_path: Path) -> None:
    for n in range(8):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"Document numéro {n} sur les données.\n", "utf-8")
        services.library.add(path)
    assert len(services.library.search("donnees")) == 8
    assert len(services.library.search("donnees", limit=3)) == 3
    for bad in (0, -1, True):
        with pytest.raises(InputError):
            services.library.search("donnees", limit=bad)


def test_search_in_a_book(services: Services, book: Path) -> None:
    services.library.add(book)
    [hit] = services.library.search('"section deux"')
    stored = services.documents.stored(hit.document_id)
    assert stored.text[hit.offset :].startswith("section deux")
    [entry] = [e for e in stored.toc if e.title == "Une autre section"]
    assert entry.offset < hit.offset


def test_when_python_cannot_place_the_words_fts5_does(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fallback: highlight() on the piece gives the offset."""
    from reader.core.query import Matcher

    text = "😀 Première ligne.\nLes données du Hebei.\n"
    path = tmp_path / "repli.txt"
    path.write_text(text, "utf-8")
    services.library.add(path)
    monkeypatch.setattr(Matcher, "first", lambda self, text: None)
    monkeypatch.setattr(Matcher, "spans", lambda self, text: [])
    [hit] = services.library.search("donnees")
    assert hit.offset == text.index("données")
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "données"
    assert "\n" not in hit.snippet


def test_the_index_can_be_rebuilt(services: Services, doc: OpenedDocument) -> None:
    services.annotations.create(doc.id, 0, 10, note="à relire", tags=["chine"])
    queries = ("relire", "chine", "hebei", "chin*", "jeff")
    before = [services.library.search(q) for q in queries]
    assert all(before)
    with services.uow.write() as store:
        store.search.rebuild()
    assert [services.library.search(q) for q in queries] == before
