"""Loading files into documents: encodings, newlines, structure, and clear refusals."""

from pathlib import Path

import pytest

from reader.core.document import BlockKind
from reader.core.errors import DocumentError
from reader.formats import load_document

TEXT = "Première ligne — déjà vu\nDeuxième ligne\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.encode("utf-16"),
        (TEXT.replace("—", "-") * 20).encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "crlf", "utf16-bom", "cp1252"],
)
def test_same_canonical_text_whatever_the_encoding(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    text = load_document(path).text
    expected = TEXT if "—" in text else TEXT.replace("—", "-") * 20
    assert text == expected


def test_sample_article_loads(sample_path: Path) -> None:
    doc = load_document(sample_path)
    assert doc.title == "Alibaba ouvre ses centres de données du Hebei"
    assert doc.text.startswith("Dernière mise à jour à 13h34 le 13/09\n")
    assert doc.text == sample_path.read_text("utf-8")
    assert len(doc.blocks) == 9
    assert doc.format == "text"


def test_markdown_canonical_text_is_the_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Le titre\n\nDu *texte* et `code`.\n\n- un\n- deux\n\n> cité\n", "utf-8")
    doc = load_document(path)
    assert doc.text == "Le titre\nDu texte et code.\nun\ndeux\ncité"
    assert doc.title == "Le titre"
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
    ]
    for block in doc.blocks:
        assert "\n" not in doc.text[block.start : block.end]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("binary.bin", bytes(range(256)) * 4, "not a text file"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a text file"),
    ],
)
def test_bad_files_are_refused_clearly(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(DocumentError, match="permission denied"):
        load_document(path)
