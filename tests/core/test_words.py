"""The words of a text (what a team library indexes) are the words FTS5's
``unicode61 remove_diacritics 2`` tokenizer makes, checked against SQLite itself on
tricky strings and on real files; and bm25 computed here is FTS5's own, to the bit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import bm25
from reader.core.words import words

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
TRICKY = [
    "Il viendra avant peut-être, ou après-demain.",
    "Voir www.example.org/page?x=1 ou écrire à ana@example.org",
    "π vaut 3.14, version 2.0.1 ; H2O et x² au 1er étage",
    "<b>gras</b> &amp; <i>italique</i> l’Été d'AUJOURD'HUI",
    "Cafe\u0301 de\u0301cafe\u0301ine\u0301 \u0301seul",  # decomposed accents
    "snake_case et CamelCase, «guillemets» — tiret… ½ ＦＵＬＬ",
    "Ærøskøbing Straße İstanbul ΣΊΣΥΦΟΣ ﬁn",
]


def fts5_words(text: str) -> list[str]:
    """The tokens SQLite's FTS5 makes of ``text``, in order."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')"
        )
        connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        connection.execute("INSERT INTO t(x) VALUES (?)", (text,))
        rows = connection.execute("SELECT term FROM v ORDER BY offset").fetchall()
    finally:
        connection.close()
    return [row[0] for row in rows]


@pytest.mark.parametrize("sample", TRICKY)
def test_words_are_fts5_s_words(sample: str) -> None:
    assert words(sample) == fts5_words(sample)


def test_a_hyphenated_word_is_its_parts() -> None:
    assert words("avant peut-être") == ["avant", "peut", "etre"]


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    found = sorted((CORPUS / "markdown").glob("*.md"))
    found += sorted((CORPUS / "plain-text" / "encodings").glob("*utf8-lf.txt"))
    found += sorted((CORPUS / "plain-text").glob("fr-textbox-*.txt"))
    found += sorted((CORPUS / "web" / "readability").glob("*/source.html"))[:3]
    return found


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not there")
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda path: path.name)
def test_words_of_real_files_are_fts5_s_words(path: Path) -> None:
    sample = path.read_text("utf-8", errors="replace")
    assert words(sample) == fts5_words(sample)


def test_bm25_is_fts5_s() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(title, body)")
        rows = [
            ("lettre", "une lettre et une autre lettre"),
            ("rien", "pas de lettre ici mais beaucoup de mots autour de rien"),
            ("autre", "sans le mot"),
        ]
        connection.executemany("INSERT INTO t(title, body) VALUES (?, ?)", rows)
        expected = connection.execute(
            "SELECT rowid, bm25(t, 4.0, 1.0) FROM t WHERE t MATCH 'lettre' ORDER BY rowid"
        ).fetchall()
    finally:
        connection.close()
    sizes = [len(words(title)) + len(words(body)) for title, body in rows]
    average = float(sum(sizes)) / float(len(rows))
    weight = bm25.idf(len(rows), 2)
    computed = [
        (1, bm25.score([4.0 + 2.0], [weight], sizes[0], average)),
        (2, bm25.score([1.0], [weight], sizes[1], average)),
    ]
    assert computed == expected
