"""Open a file as a Document, whatever its format, or fail with a clear message."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import (
    BlockKind,
    Document,
    normalise_newlines,
    paragraph_blocks,
    title_from_path,
)
from reader.core.errors import DocumentError
from reader.formats.decoding import decode_text
from reader.formats.markdown import markdown_blocks

MAX_FILE_BYTES = 50 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, with every way of failing turned into one readable sentence."""
    name = path.name or str(path)
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path} is a folder, not a document")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(
                f"{name} is too large ({size / 1e6:.0f} MB; the limit is "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB)"
            )
        return path.read_bytes()
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def load_document(path: Path) -> Document:
    path = path.expanduser()
    data = read_bytes(path)
    text = normalise_newlines(decode_text(data, path.name))
    if not text.strip():
        raise DocumentError(f"{path.name} is empty")
    resolved = path.resolve()
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        visible, blocks = markdown_blocks(text)
        if not visible.strip():
            raise DocumentError(f"{path.name} has no visible text")
        heading = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        title = visible[heading.start : heading.end] if heading else title_from_path(path)
        return Document(visible, title, blocks, "markdown", resolved)
    return Document(text, title_from_path(path), paragraph_blocks(text), "text", resolved)
