"""Open a file as a Document, whatever its format, or fail with a clear message.

The format is chosen by the file's suffix: EPUB books, saved web pages, Markdown,
and plain text (any common encoding) for everything else. Each format has its
size limit, checked before the file is read.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.document import (
    Document,
    normalise_newlines,
    paragraph_blocks,
    title_from_path,
)
from reader.core.errors import DocumentError
from reader.formats.decoding import decode_text
from reader.formats.epub import EPUB_SUFFIXES, MAX_EPUB_BYTES, load_epub
from reader.formats.html import HTML_SUFFIXES, MAX_HTML_BYTES, load_html
from reader.formats.markdown import load_markdown

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest text or Markdown file (see MAX_HTML_BYTES and MAX_EPUB_BYTES for the others)."""
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *EPUB_SUFFIXES}
)
"""Suffixes offered by file dialogs; any other file is tried as plain text."""


def file_limit(path: Path) -> int:
    """The size limit, in bytes, for a file of this kind."""
    suffix = path.suffix.lower()
    if suffix in EPUB_SUFFIXES:
        return MAX_EPUB_BYTES
    if suffix in HTML_SUFFIXES:
        return MAX_HTML_BYTES
    return MAX_FILE_BYTES


def check_file(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    """The file's size, after checking it exists, is a file, and is not too large."""
    name = path.name or str(path)
    try:
        if not path.exists():
            raise DocumentError(f"{path}: no such file")
        if path.is_dir():
            raise DocumentError(f"{path} is a folder, not a document")
        size = path.stat().st_size
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if size > limit:
        raise DocumentError(
            f"{name} is too large ({size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB)"
        )
    return size


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, with every way of failing turned into one readable sentence."""
    check_file(path, limit)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:  # it grew since it was checked
        raise DocumentError(f"{path.name} is too large (the limit is {limit / 1e6:.0f} MB)")
    return data


def load_document(path: Path) -> Document:
    path = path.expanduser()
    suffix = path.suffix.lower()
    resolved = path.resolve()
    if suffix in EPUB_SUFFIXES:
        if check_file(path, MAX_EPUB_BYTES) == 0:
            raise DocumentError(f"{path.name} is empty")
        book = load_epub(path, path.name, title_from_path(path))
        return _with_source(book, resolved)
    if suffix in HTML_SUFFIXES:
        data = read_bytes(path, MAX_HTML_BYTES)
        page = load_html(data, path.name, title_from_path(path), resolved.parent)
        return _with_source(page, resolved)
    data = read_bytes(path)
    text = normalise_newlines(decode_text(data, path.name))
    if not text.strip():
        raise DocumentError(f"{path.name} is empty")
    if suffix in MARKDOWN_SUFFIXES:
        markdown = load_markdown(text, title_from_path(path), resolved.parent)
        if not markdown.text.strip():
            raise DocumentError(f"{path.name} has no visible text")
        return _with_source(markdown, resolved)
    return Document(text, title_from_path(path), paragraph_blocks(text), "text", resolved)


def _with_source(document: Document, source: Path) -> Document:
    return replace(document, source=source)
