"""write_atomic, the FORMATS registry and file names."""

from __future__ import annotations

import os
import stat
import time
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
    exporter, suffix = FORMATS["md"]
    assert exporter is export_markdown
    assert suffix == ".md"
    assert FORMATS["md-highlights"].exporter is export_highlights_markdown
    assert FORMATS["html"].exporter is export_html
    assert FORMATS["json"].exporter is export_w3c
    assert len({f.suffix for f in FORMATS.values()}) == 4
    with pytest.raises(TypeError):
        FORMATS["x"] = FORMATS["md"]  # type: ignore[index]


def test_every_format_exports_the_sample(tmp_path: Path) -> None:
    document = article_document(sample_annotations())
    for key, (exporter, suffix) in FORMATS.items():
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


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device"])
def test_never_replaces_a_link_a_fifo_or_a_device(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out.md"
    if kind == "symlink":
        (tmp_path / "elsewhere.md").write_text("keep me", "utf-8")
        target.symlink_to(tmp_path / "elsewhere.md")
        words = "it is a symbolic link (choose the file it points to, or another name)"
    elif kind == "fifo":
        os.mkfifo(target)
        words = "it is a FIFO, not a file"
    else:
        target = Path("/dev/null")
        words = "it is a device, not a file"
    with pytest.raises(ReaderError) as caught:
        write_atomic(target, "new")
    assert str(caught.value) == f"Cannot write {target}: {words}"
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "elsewhere.md").read_text("utf-8") == "keep me"
    if kind == "fifo":
        assert stat.S_ISFIFO(target.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_refuses_to_overwrite_the_source_document(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("the original", "utf-8")
    (tmp_path / "alias.txt").hardlink_to(source)
    for target in (source, tmp_path / "alias.txt", tmp_path / "." / "article.txt"):
        with pytest.raises(ReaderError) as caught:
            write_atomic(target, "export", source=source)
        assert str(caught.value) == (
            f"Cannot write {target}: it is the document being exported; choose another name"
        )
    assert source.read_text("utf-8") == "the original"


def test_a_name_too_long_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 200 + ".md")  # 401 bytes: over the 255 a name may have
    with pytest.raises(ReaderError) as caught:
        write_atomic(target, "text")
    assert str(caught.value) == f"Cannot write {target}: the name is too long for the file system"
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_stale_temporary_file_from_a_crash_is_removed_next_time(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    stale = tmp_path / ".out.md.0123abcd.tmp"
    stale.write_text("half an export", "utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".out.md.89abcdef.tmp"  # another export writing right now
    fresh.write_text("being written", "utf-8")
    write_atomic(target, "done")
    assert target.read_text("utf-8") == "done"
    assert not stale.exists()
    assert fresh.exists()


def test_read_only_disk(tmp_path: Path) -> None:
    """As root, whom modes do not stop: a read-only bind mount."""
    from tests.faults.faulty import read_only_mount

    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only_mount(folder):
        with pytest.raises(ReaderError) as caught:
            write_atomic(folder / "out.md", "x")
        assert str(caught.value) == f"Cannot write {folder / 'out.md'}: the disk is read-only"
        assert list(folder.iterdir()) == []
