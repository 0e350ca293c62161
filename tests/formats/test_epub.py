"""EPUB 2 and 3 books: chapters in spine order, headings, contents, and bad archives."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import BlockKind
from reader.core.errors import DocumentError
from reader.formats import epub, load_document
from reader.formats.epub import MAX_EPUB_BYTES
from tests.formats.books import CONTAINER, Chapter, make_epub, sample_chapters
from tests.formats.checks import assert_well_formed, block_texts

EXPECTED_TEXT = (
    "Chapitre premier\n"
    "Il était une fois un lecteur attentif.\n"
    "Il lisait des livres\u00a0: beaucoup.\n"
    "Chapitre deux\n"
    "Le deuxième chapitre commence ici.\n"
    "Une section\n"
    "Texte de la section une.\n"
    "Une autre section\n"
    "Texte de la section deux.\n"
    "Chapitre trois\n"
    "Sans titre dans le fichier."
)


@pytest.mark.parametrize("version", [2, 3])
def test_a_book_in_spine_order_with_headings_and_contents(tmp_path: Path, version: int) -> None:
    path = make_epub(tmp_path / "livre.epub", sample_chapters(), version=version, entities=True)
    doc = load_document(path)
    assert_well_formed(doc)
    assert doc.format == "epub"
    assert doc.source == path.resolve()
    assert doc.title == "Le Livre"
    assert doc.author == "Victor Hugo"  # the translator is not an author
    assert doc.metadata["language"] == "fr"
    assert doc.metadata["publisher"] == "Éditions Test"
    assert doc.metadata["epub_version"] == f"{version}.0"
    assert doc.text == EXPECTED_TEXT  # no script, no style, &nbsp; read as U+00A0
    headings = [
        (doc.text[b.start : b.end], b.level) for b in doc.blocks if b.kind is BlockKind.HEADING
    ]
    assert headings == [
        ("Chapitre premier", 1),
        ("Chapitre deux", 1),
        ("Une section", 2),
        ("Une autre section", 2),
        ("Chapitre trois", 1),  # from the contents: the file has no heading
    ]
    toc = [(e.title, e.level, doc.text[e.offset : e.offset + len(e.title)]) for e in doc.toc]
    assert toc == [
        ("Chapitre premier", 1, "Chapitre premier"),
        ("Chapitre deux", 1, "Chapitre deux"),
        ("Une section", 2, "Une section"),
        ("Une autre section", 2, "Une autre section"),
        ("Chapitre trois", 1, "Chapitre trois"),
    ]
    assert [e.offset for e in doc.toc] == sorted(e.offset for e in doc.toc)
    heading_starts = {b.start for b in doc.blocks if b.kind is BlockKind.HEADING}
    assert all(entry.offset in heading_starts for entry in doc.toc)


def test_the_spine_decides_the_order_not_the_file_names(tmp_path: Path) -> None:
    chapters = [
        Chapter("Début", ["Le premier texte."], file="zzz.xhtml"),
        Chapter("Milieu", ["Le deuxième texte."], file="mmm.xhtml"),
        Chapter("Fin", ["Le dernier texte."], file="aaa.xhtml"),
    ]
    doc = load_document(make_epub(tmp_path / "ordre.epub", chapters))
    assert block_texts(doc, BlockKind.HEADING) == ["Début", "Milieu", "Fin"]
    assert [e.title for e in doc.toc] == ["Début", "Milieu", "Fin"]


def test_lists_quotes_breaks_and_page_numbers(tmp_path: Path) -> None:
    extra = (
        "<ul><li>un</li><li><p>deux</p></li></ul>"
        "<blockquote><p>Une citation.</p><p>Sur deux paragraphes.</p></blockquote>"
        "<p>Un vers,<br/>un autre vers.</p>"
        '<p>Texte<span epub:type="pagebreak" id="page12">12</span> continu.</p>'
        "<pre>  indenté\n  encore</pre>"
        "<div>Un div <b>avec</b> du <a href='https://example.com'>texte</a>.</div>"
    )
    doc = load_document(make_epub(tmp_path / "b.epub", [Chapter("Titre", [], extra_body=extra)]))
    assert_well_formed(doc)
    assert block_texts(doc, BlockKind.LIST_ITEM) == ["un", "deux"]
    assert block_texts(doc, BlockKind.QUOTE) == ["Une citation.", "Sur deux paragraphes."]
    assert "Un vers,\nun autre vers." in doc.text
    assert "Texte continu." in doc.text  # the print page number is not text
    assert block_texts(doc, BlockKind.PREFORMATTED) == ["  indenté\n  encore"]
    assert "Un div avec du texte." in block_texts(doc, BlockKind.PARAGRAPH)


def test_no_contents_gives_one_entry_per_chapter_heading(tmp_path: Path) -> None:
    path = make_epub(
        tmp_path / "nu.epub", sample_chapters()[:2], version=3, with_nav=False, with_ncx=False
    )
    doc = load_document(path)
    assert [(e.title, e.offset) for e in doc.toc] == [
        ("Chapitre premier", 0),
        ("Chapitre deux", 89),
    ]


def test_the_file_name_is_the_title_when_the_book_has_none(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "sans_titre.epub", sample_chapters(), title="")
    assert load_document(path).title == "sans titre"


def test_a_missing_chapter_does_not_lose_the_others(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "trou.epub", sample_chapters())
    damaged = tmp_path / "trou2.epub"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            if info.filename != "OEBPS/text/chapter2.xhtml":
                target.writestr(info, source.read(info))
    doc = load_document(damaged)
    assert "Chapitre premier" in doc.text and "Chapitre trois" in doc.text
    assert "Chapitre deux" not in doc.text
    assert_well_formed(doc)


def test_entities_are_never_resolved(tmp_path: Path) -> None:
    """No external entity (a local file) and no entity expansion (billion laughs)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", "utf-8")
    lol = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    chapter = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY l0 "lol">{lol}]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Titre</h1>'
        "<p>Avant &xxe; après.</p><p>Rire &l9; fin.</p></body></html>"
    )
    path = make_epub(tmp_path / "xxe.epub", [Chapter("Titre", ["x"], file="c.xhtml")])
    rewritten = tmp_path / "xxe2.epub"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, chapter if info.filename.endswith("c.xhtml") else data)
    started = time.perf_counter()
    doc = load_document(rewritten)
    assert time.perf_counter() - started < 5
    assert "TOP SECRET" not in doc.text
    assert "lollol" not in doc.text
    assert "Avant" in doc.text


# -- bad books --------------------------------------------------------------------------


def test_a_truncated_epub(tmp_path: Path) -> None:
    whole = make_epub(tmp_path / "entier.epub", sample_chapters()).read_bytes()
    for cut in (len(whole) // 2, len(whole) - 10, 30):
        path = tmp_path / f"cut{cut}.epub"
        path.write_bytes(whole[:cut])
        with pytest.raises(DocumentError, match="damaged or truncated") as caught:
            load_document(path)
        assert "\n" not in str(caught.value)


def test_corrupt_compressed_data(tmp_path: Path) -> None:
    data = bytearray(make_epub(tmp_path / "ok.epub", sample_chapters()).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("OEBPS/text/chapter1.xhtml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start, start + info.compress_size):
        data[i] ^= 0x5A
    path = tmp_path / "corrupt.epub"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="damaged or truncated"):
        load_document(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"Ceci n'est pas un livre.", "not a valid EPUB"),
        (bytes(range(256)) * 16, "not a valid EPUB"),
    ],
)
def test_files_that_are_not_books(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "faux.epub"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path)


def test_a_zip_that_is_not_an_epub(tmp_path: Path) -> None:
    path = tmp_path / "archive.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "rien à voir")
    with pytest.raises(DocumentError, match="not an EPUB book"):
        load_document(path)


def test_a_book_without_text(tmp_path: Path) -> None:
    chapters = [Chapter("Couverture", [], heading=False, extra_body='<img src="c.jpg" alt=""/>')]
    path = make_epub(tmp_path / "images.epub", chapters, with_nav=False)
    with pytest.raises(DocumentError, match="no readable text"):
        load_document(path)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = Chapter("Bombe", ["x"], extra_body="<p>" + "a" * (64 * 1024 * 1024) + "</p>")
    path = make_epub(tmp_path / "bombe.epub", [bomb])
    assert path.stat().st_size < 1024 * 1024  # 64 MB of text in well under 1 MB
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="zip bomb") as caught:
        load_document(path)
    assert time.perf_counter() - started < 1.0  # refused from the sizes, nothing inflated
    assert "\n" not in str(caught.value)


def test_an_archive_declaring_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(epub, "MAX_ARCHIVE_UNCOMPRESSED", 50_000)
    picture = {"OEBPS/images/big.png": b"\x00" * 60_000}
    path = make_epub(tmp_path / "gros.epub", sample_chapters(), extra_files=picture)
    with pytest.raises(DocumentError, match="would expand to"):
        load_document(path)


def test_the_text_budget_is_enforced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub, "MAX_TEXT_UNCOMPRESSED", 2_000)
    chapters = [Chapter(f"Chapitre {n}", ["Du texte. " * 50]) for n in range(5)]
    with pytest.raises(DocumentError, match="more than"):
        load_document(make_epub(tmp_path / "long.epub", chapters))


def test_a_book_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "enorme.epub"
    with path.open("wb") as out:
        out.truncate(MAX_EPUB_BYTES + 1)
    with pytest.raises(DocumentError, match="too large"):
        load_document(path)


def test_a_book_with_drm(tmp_path: Path) -> None:
    encryption = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"'
        ' xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
        '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        '<enc:CipherData><enc:CipherReference URI="OEBPS/text/chapter1.xhtml"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    path = make_epub(
        tmp_path / "drm.epub",
        sample_chapters(),
        extra_files={"META-INF/encryption.xml": encryption.encode()},
    )
    with pytest.raises(DocumentError, match="DRM"):
        load_document(path)


def test_font_obfuscation_is_not_drm(tmp_path: Path) -> None:
    encryption = (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"'
        ' xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
        '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
        '<enc:CipherData><enc:CipherReference URI="OEBPS/fonts/f.otf"/></enc:CipherData>'
        "</enc:EncryptedData></encryption>"
    )
    path = make_epub(
        tmp_path / "fonts.epub",
        sample_chapters(),
        extra_files={"META-INF/encryption.xml": encryption.encode()},
    )
    assert load_document(path).title == "Le Livre"


def test_container_pointing_nowhere(tmp_path: Path) -> None:
    path = tmp_path / "vide.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
    with pytest.raises(DocumentError, match="damaged or truncated"):
        load_document(path)


# -- anything else: a clear refusal or a well-formed document ----------------------------


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    path = make_epub(tmp_path_factory.mktemp("book") / "b.epub", sample_chapters(), version=3)
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_books_fail_cleanly(
    tmp_path: Path, members: dict[str, bytes], data: st.DataObject
) -> None:
    """Damage inside the parts (XML) or in the archive itself: DocumentError or a
    well-formed document, never another exception."""
    target = data.draw(st.sampled_from(sorted(members)))
    edits = data.draw(
        st.lists(
            st.tuples(st.floats(0, 1), st.binary(max_size=6), st.integers(0, 12)),
            min_size=1,
            max_size=6,
        )
    )
    part = bytearray(members[target])
    for where, insert, remove in edits:
        at = int(where * len(part))
        part[at : at + remove] = insert
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, bytes(part) if name == target else content)
    whole = bytearray(buffer.getvalue())
    if data.draw(st.booleans()):  # and sometimes the archive's own bytes
        for _ in range(data.draw(st.integers(1, 4))):
            whole[data.draw(st.integers(0, len(whole) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "abime.epub"
    path.write_bytes(bytes(whole))
    try:
        document = load_document(path)
    except DocumentError as exc:
        assert "\n" not in str(exc)
    else:
        assert_well_formed(document)
