"""Decoding real-world bytes: a few bad bytes, no BOM, wrong or absurd declared charsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import DocumentError
from reader.formats import load_document
from reader.formats.decoding import decode, web_codec
from reader.formats.html import decode_html

FRENCH = (
    "Les centres de données du Hebei accueilleront des serveurs : « une étape », "
    "a déclaré l’ingénieur en chef, très satisfait de l’été.\n"
) * 20
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "plain-text"


def test_utf8_with_a_few_invalid_bytes_stays_utf8_and_says_so() -> None:
    data = FRENCH.encode("utf-8")
    a, b = data.index(b" ", 100), data.index(b" ", 300)  # between characters
    broken = data[:a] + b"\xe9" + data[a:b] + b"\xff\xfe" + data[b:]
    decoded = decode(broken, "notes.txt")
    assert decoded.encoding == "utf-8"
    assert "données" in decoded.text and "Ã" not in decoded.text
    assert decoded.text.count("\ufffd") == 3
    assert decoded.warnings == ("notes.txt: 3 invalid UTF-8 sequences replaced by “\ufffd”",)


def test_a_legacy_file_is_not_taken_for_damaged_utf8() -> None:
    decoded = decode(FRENCH.encode("cp1252"), "old.txt")
    assert decoded.text == FRENCH
    assert decoded.warnings == ()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom(encoding: str) -> None:
    decoded = decode(FRENCH.encode(encoding), "wide.txt")
    assert decoded.text == FRENCH
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    "text", ["中文文本，没有任何拉丁字母。\n" * 30, "Ελληνικά κείμενα.\n" * 30]
)
def test_non_latin_utf16_without_bom(text: str) -> None:
    assert decode(text.encode("utf-16-le"), "wide.txt").text == text


def test_binary_with_zero_bytes_is_still_refused() -> None:
    with pytest.raises(DocumentError, match="looks binary"):
        decode(bytes(range(256)) * 8, "blob.bin")
    with pytest.raises(DocumentError, match="looks binary"):
        decode(b"\x01\x00\x02\x00\x03\x00" * 500, "shorts.bin")  # small 16-bit numbers


@pytest.mark.parametrize("label", ["base64", "rot13", "zlib", "undefined", "utf-7", "hex", "bogus"])
def test_labels_naming_no_text_encoding_are_ignored(label: str) -> None:
    assert web_codec(label) is None
    page = f'<html><head><meta charset="{label}"></head><body><p>Café '
    data = (page + "crème brûlée " * 30 + "</p></body></html>").encode("cp1252")
    assert "Café crème brûlée" in decode_html(data, "page.html")


def test_whatwg_labels() -> None:
    assert web_codec("ISO-8859-1") == "cp1252"
    assert web_codec(" latin1 ") == "cp1252"
    assert web_codec("utf-16") == "utf-8"  # a meta tag readable as ASCII is not UTF-16
    assert web_codec("gb2312") == "gbk"
    assert web_codec("iso-2022-kr") is None  # WHATWG's "replacement" encoding


def test_a_declared_charset_that_gives_garbage_is_not_believed() -> None:
    body = "Les données de l’été, « très » bien rangées : voilà ce qu’il faut. " * 30
    data = f'<html><head><meta charset="koi8-r"></head><body><p>{body}</p></body></html>'
    assert "données de l’été" in decode_html(data.encode("cp1252"), "page.html")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not available")
@pytest.mark.parametrize(
    "name",
    [
        "fr-flaubert-education-excerpt-cp1252-lf.txt",
        "fr-flaubert-education-excerpt-utf16le-bom-lf.txt",
        "fr-flaubert-education-excerpt-utf8-crlf.txt",
        "fr-flaubert-education-excerpt-utf8-cr-mac.txt",
    ],
)
def test_encoding_variants_give_the_reference_text(name: str) -> None:
    folder = CORPUS / "encodings"
    reference = load_document(folder / "fr-flaubert-education-excerpt-utf8-lf.txt")
    variant = load_document(folder / name)
    assert variant.text == reference.text
    assert variant.blocks == reference.blocks
    assert variant.warnings == ()
