"""The CLI as a user runs it: a real process, real files, exit statuses and messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import __version__
from tests.cli.runner import reader


def test_version() -> None:
    result = reader("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"reader {__version__}"


def test_help_documents_every_command() -> None:
    result = reader("--help")
    assert result.returncode == 0
    for command in ("open", "text", "screenshot"):
        assert command in result.stdout
    for command in ("text", "screenshot"):
        sub = reader(command, "--help")
        assert sub.returncode == 0
        assert "usage: reader " + command in sub.stdout


def test_text_prints_the_canonical_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffUne ligne\r\nDeux 😀\r\n".encode())
    result = reader("text", str(path))
    assert result.returncode == 0
    assert result.stdout == "Une ligne\nDeux 😀\n"


def test_text_of_the_sample_matches_the_file(sample_path: Path) -> None:
    result = reader("text", str(sample_path))
    assert result.stdout == sample_path.read_text("utf-8")


def test_user_errors_are_one_line_and_status_2(tmp_path: Path) -> None:
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for target, words in (
        (tmp_path / "missing.txt", "no such file"),
        (binary, "not a text file"),
        (empty, "is empty"),
        (tmp_path, "is a folder"),
    ):
        result = reader("text", str(target))
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("reader: error: ")
        assert words in lines[0]
        assert "Traceback" not in result.stderr


def test_argument_errors_are_one_line() -> None:
    result = reader("text")
    assert result.returncode == 2
    assert result.stderr == (
        "reader: error: the following arguments are required: FILE (see 'reader text --help')\n"
    )
    result = reader("search", "x", "--limit", "0")
    assert result.returncode == 2
    assert result.stderr == (
        "reader: error: argument --limit: expected a number of at least 1, not 0"
        " (see 'reader search --help')\n"
    )


def test_an_unknown_command_does_not_start_the_window(tmp_path: Path) -> None:
    result = reader("serach", "données", db=tmp_path / "library.sqlite3")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "reader: error: unknown command 'serach' (did you mean 'search'?) (see 'reader --help')\n"
    )
    assert not (tmp_path / "library.sqlite3").exists()


def test_printed_paths_escape_newlines_and_terminal_sequences(
    library_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "a\nb\x1b[31m"
    folder.mkdir()
    document = folder / "doc.txt"
    document.write_text("Une phrase sur Alibaba.\n", "utf-8")
    result = reader("add", str(document), db=library_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert "\x1b" not in result.stdout
    assert str(tmp_path) + "/a\\nb\\x1b[31m/doc.txt" in result.stdout
    missing = folder / "missing.txt"
    result = reader("text", str(missing))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr


@pytest.mark.slow
def test_screenshot_writes_a_png(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = reader(
        "screenshot",
        str(sample_path),
        "-o",
        str(out),
        "--size",
        "900x700",
        db=tmp_path / "db.sqlite3",
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 700)


def test_screenshot_of_a_bad_file_fails_cleanly(tmp_path: Path) -> None:
    result = reader(
        "screenshot",
        str(tmp_path / "missing.txt"),
        "-o",
        str(tmp_path / "x.png"),
        db=tmp_path / "db.sqlite3",
    )
    assert result.returncode == 2
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
