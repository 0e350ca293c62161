"""Saved web pages: the article only, its structure and metadata, any charset, no network."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from reader.core.document import BlockKind
from reader.core.errors import DocumentError
from reader.formats import load_document
from reader.formats.html import MAX_HTML_BYTES, declared_charset
from tests.formats.checks import assert_well_formed, block_texts

ARTICLE = """\
<!-- saved from url=(0043)https://journal.example/2024/hebei-donnees -->
<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}">
<title>Les données du Hebei | Le Journal</title>
<meta name="author" content="Marie Curie">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="stylesheet" href="https://cdn.example/style.css">
<style>body {{ color: red }} .secret::after {{ content: "STYLE TEXT" }}</style>
<script>document.write("SCRIPT TEXT"); fetch("https://tracker.example/x");</script>
</head><body>
<header class="site"><a href="/">Le Journal</a> <span>Abonnez-vous</span></header>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/eco">Économie</a></li></ul></nav>
<div class="ad advertisement">Publicité : achetez maintenant !</div>
<article>
<h1>Les données du Hebei</h1>
<p>Jeff Zhang, directeur de la technologie du groupe, a présenté mardi les nouveaux
centres de données du Hebei. Le projet est très ambitieux et coûteux.</p>
<img src="https://images.example/photo.jpg" alt="Une photo">
<h2>Une stratégie prudente</h2>
<p>Alibaba Cloud y installera des serveurs pour ses clients chinois et étrangers,
selon plusieurs sources proches du dossier.</p>
<ul><li>Premier point important de la liste</li><li>Deuxième point, tout aussi important</li></ul>
<blockquote><p>« Nous voulons être les premiers », a déclaré un responsable.</p></blockquote>
<p>Les analystes saluent une stratégie prudente, mais coûteuse, selon Reuters.<script>
alert("INLINE SCRIPT")</script></p>
</article>
<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Autre article</a></li></ul></aside>
<footer>© 2024 Le Journal — Mentions légales — Contact</footer>
<iframe src="https://ads.example/frame"></iframe>
</body></html>
"""


def write(tmp_path: Path, content: str | bytes, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_the_article_with_its_structure_and_metadata(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, ARTICLE.format(charset="utf-8")))
    assert_well_formed(doc)
    assert doc.format == "html"
    assert doc.title == "Les données du Hebei"
    assert doc.author == "Marie Curie"
    assert doc.metadata["date"] == "2024-03-05"
    assert doc.metadata["site"] == "Le Journal"
    assert doc.metadata["language"] == "fr"
    assert doc.metadata["url"] == "https://journal.example/2024/hebei-donnees"
    assert doc.source == (tmp_path / "page.html").resolve()
    assert block_texts(doc, BlockKind.HEADING) == ["Les données du Hebei", "Une stratégie prudente"]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.HEADING] == [1, 2]
    assert block_texts(doc, BlockKind.LIST_ITEM) == [
        "Premier point important de la liste",
        "Deuxième point, tout aussi important",
    ]
    assert block_texts(doc, BlockKind.QUOTE) == [
        "« Nous voulons être les premiers », a déclaré un responsable."
    ]
    paragraphs = block_texts(doc, BlockKind.PARAGRAPH)
    assert paragraphs[0].startswith("Jeff Zhang, directeur")
    assert "nouveaux centres" in paragraphs[0]  # the line break in the source is a space
    assert (
        paragraphs[-1]
        == "Les analystes saluent une stratégie prudente, mais coûteuse, selon Reuters."
    )
    for noise in (
        "SCRIPT TEXT",
        "STYLE TEXT",
        "INLINE SCRIPT",
        "Accueil",
        "Abonnez-vous",
        "Publicité",
        "Mentions légales",
        "À lire aussi",
        "<",
        "https://",
    ):
        assert noise not in doc.text, noise
    assert [e.title for e in doc.toc] == ["Les données du Hebei", "Une stratégie prudente"]
    assert doc.text[doc.toc[1].offset :].startswith("Une stratégie prudente")


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        ("iso-8859-1", "utf-8"),  # saved as UTF-8, the old declaration kept
        ("utf-8", "cp1252"),  # re-encoded by an editor, the declaration left
        ("windows-1252", "cp1252"),  # the truth
        ("latin1", "cp1252"),  # WHATWG: latin1 means windows-1252 (’ and œ are 0x92, 0x9c)
        ("koi8-r", "utf-8"),
        ("no-such-charset", "cp1252"),
    ],
)
def test_a_declared_charset_that_lies_is_not_believed(
    tmp_path: Path, declared: str, encoding: str
) -> None:
    page = ARTICLE.format(charset=declared).replace("coûteux.", "coûteux, l’œuvre d’un cœur.")
    doc = load_document(write(tmp_path, page.encode(encoding)))
    assert "Les données du Hebei" in doc.text
    assert "l’œuvre d’un cœur" in doc.text
    assert "Ã" not in doc.text and "\ufffd" not in doc.text


def test_a_true_declaration_of_a_non_latin_charset(tmp_path: Path) -> None:
    body = "<p>" + "Москва — столица России, крупнейший город страны. " * 8 + "</p>"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Москва</title></head><body><article><h1>Москва</h1>{body}</article>"
        "</body></html>"
    )
    doc = load_document(write(tmp_path, page.encode("cp1251")))
    assert doc.title == "Москва"
    assert "столица России" in doc.text


def test_an_undeclared_legacy_page_is_detected(tmp_path: Path) -> None:
    page = ARTICLE.format(charset="x").replace('<meta charset="x">', "")
    doc = load_document(write(tmp_path, page.encode("cp1252")))
    assert "centres de données" in doc.text


def test_an_xhtml_file_with_an_xml_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Été</title></head>'
        "<body><article><h1>Été indien</h1><p>"
        + "Les feuilles tombent doucement sur le chemin de l’école. " * 6
        + "</p></article></body></html>"
    )
    doc = load_document(write(tmp_path, page.encode("cp1252"), "page.xhtml"))
    assert "Été indien" in doc.text
    assert "chemin de l’école" in doc.text


def test_declared_charset_sniffing() -> None:
    assert declared_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert (
        declared_charset(
            b"<meta http-equiv='content-type' content='text/html; charset=ISO-8859-1'>"
        )
        == "cp1252"
    )
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?>') == "cp1251"
    assert declared_charset(b"<html><body>nothing</body></html>") is None
    assert declared_charset(b'<meta charset="bogus">') is None


def test_preformatted_text_tables_and_line_breaks(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Code</title></head><body><article><h1>Code</h1>"
        "<p>Voici un exemple de code très intéressant à lire attentivement ici.</p>"
        "<pre>def f(x):\n    return x + 1</pre>"
        "<table><tr><td>Ville</td><td>Population</td></tr>"
        "<tr><td>Lyon</td><td>522 000</td></tr></table>"
        "<p>Première ligne<br>deuxième ligne du poème, assez longue pour compter.</p>"
        "</article></body></html>"
    )
    doc = load_document(write(tmp_path, page))
    assert_well_formed(doc)
    assert "def f(x):\n    return x + 1" in block_texts(doc, BlockKind.PREFORMATTED)
    assert "Lyon\t522 000" in doc.text
    assert "Première ligne\ndeuxième ligne" in doc.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n  ", "is empty"),
        (b"<html><body></body></html>", "no article text"),
        (
            b"<html><head><script>var a = 'du texte dans un script';</script>"
            b"<style>p { color: red }</style></head><body><nav><ul><li><a href='/'>Accueil"
            b"</a></li><li><a href='/b'>Monde</a></li></ul></nav>"
            b"<footer>(c) 2024 Le Journal</footer></body></html>",
            "no article text",
        ),
        (bytes(range(256)) * 8, "not a text file"),
    ],
    ids=["empty", "blank", "no-body", "only-navigation", "binary"],
)
def test_pages_without_an_article_are_refused_clearly(
    tmp_path: Path, content: bytes, message: str
) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        load_document(write(tmp_path, content))
    assert "\n" not in str(caught.value)


def test_a_page_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as out:
        out.truncate(MAX_HTML_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(DocumentError, match="too large"):
        load_document(path)


def test_nothing_is_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links, images, styles, frames and the page's own URL stay text: no socket opens."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = ARTICLE.format(charset="utf-8").replace(
        "<title>", '<link rel="canonical" href="https://journal.example/canonical"><title>'
    )
    doc = load_document(write(tmp_path, page))
    assert "Jeff Zhang" in doc.text
    assert attempts == []


def test_the_file_name_is_the_title_when_the_page_has_none(tmp_path: Path) -> None:
    page = "<html><body><div>" + "<p>Un paragraphe sans titre, mais avec du texte.</p>" * 5
    doc = load_document(write(tmp_path, page + "</div></body></html>", "mes_notes.htm"))
    assert doc.title == "mes notes"
    assert_well_formed(doc)
