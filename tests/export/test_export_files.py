"""write_atomic, the FORMATS registry and file names."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.export import (
    FORMATS,
    ExportOptions,
    export,
    export_highlights_markdown,
    export_html,
    export_markdown,
    export_w3c,
    suggested_filename,
    write_atomic,
)

from .export_samples import article_document, sample_annotations


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_utf8_with_newlines_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    content = "ligne 1\nligne 2 🙂 𠀀\r\nfin\n"
    write_atomic(target, content)
    assert target.read_bytes() == content.encode("utf-8")
    assert leftovers(tmp_path) == []


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_new_file_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.md"
    with pytest.raises(ReaderError, match=r"the folder .*missing does not exist") as caught:
        write_atomic(target, "x")
    assert "\n" not in str(caught.value)
    assert not target.exists()


def test_target_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="it is a folder"):
        write_atomic(tmp_path, "x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReaderError, match="permission denied"):
            write_atomic(folder / "out.md", "x")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ReaderError, match=r"^Cannot write .*out\.md: permission denied$"):
        write_atomic(tmp_path / "out.md", "x")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("the old export")
    real_write = os.write
    calls = 0

    def write_then_fail(fd: int, data: bytes | memoryview) -> int:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise OSError(28, "No space left on device")
        return real_write(fd, bytes(data[:10]))  # a short write, then the disk is full

    monkeypatch.setattr(os, "write", write_then_fail)
    with pytest.raises(ReaderError, match="the disk is full"):
        write_atomic(target, "a long new export " * 100)
    assert target.read_text() == "the old export"
    assert leftovers(tmp_path) == []


def test_failure_when_replacing_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ReaderError, match="invalid cross-device link") as caught:
        write_atomic(tmp_path / "out.md", "x")
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_unencodable_text(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="UTF-8"):
        write_atomic(tmp_path / "out.md", "lone \ud800 surrogate")
    assert list(tmp_path.iterdir()) == []


# -- registry ---------------------------------------------------------------------------------


def test_formats_registry() -> None:
    assert list(FORMATS) == ["md", "md-highlights", "html", "json"]
    exporter, suffix, description = FORMATS["md"]
    assert exporter is export_markdown
    assert suffix == ".md"
    assert description
    assert FORMATS["md-highlights"].exporter is export_highlights_markdown
    assert FORMATS["html"].exporter is export_html
    assert FORMATS["json"].exporter is export_w3c
    assert len({f.suffix for f in FORMATS.values()}) == 4
    with pytest.raises(TypeError):
        FORMATS["x"] = FORMATS["md"]  # type: ignore[index]


def test_every_format_exports_the_sample(tmp_path: Path) -> None:
    document = article_document(sample_annotations())
    for key, (exporter, suffix, _) in FORMATS.items():
        content = export(document, key, ExportOptions(include_entities=True))
        assert content == exporter(document, ExportOptions(include_entities=True))
        assert content.endswith("\n")
        path = tmp_path / suggested_filename(document.title, key)
        write_atomic(path, content)
        assert path.name.endswith(suffix)
        assert path.read_text(encoding="utf-8") == content
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export(document, "pdf")


def test_suggested_filename() -> None:
    assert suggested_filename("Alibaba: ouvre/ferme?", "md") == "Alibaba- ouvre-ferme.md"
    assert suggested_filename("  ", "html") == "export.html"
    assert suggested_filename("a" * 300, "json") == "a" * 120 + ".annotations.json"
    assert suggested_filename("Notes", "md-highlights") == "Notes.highlights.md"
