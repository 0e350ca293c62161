"""Open a file as a Document, whatever its format, or fail with a clear message.

The format is chosen by the file's suffix: PDF, EPUB books, saved web pages, Markdown,
and plain text (any common encoding) for everything else. Each format has its
size limit, checked before the file is read and again while it is read; only
regular files are read (see :mod:`reader.formats.reading`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reader.core.document import (
    Document,
    normalise_newlines,
    title_from_path,
)
from reader.core.errors import DocumentError
from reader.core.messages import Msg, message
from reader.formats.decoding import decode
from reader.formats.epub import EPUB_SUFFIXES, MAX_EPUB_BYTES, load_epub
from reader.formats.html import HTML_SUFFIXES, MAX_HTML_BYTES, load_html
from reader.formats.markdown import load_markdown
from reader.formats.pdf import MAX_PDF_BYTES, PDF_SUFFIXES, Progress, load_pdf
from reader.formats.plaintext import load_plain_text
from reader.formats.reading import check_file, resolve, shown
from reader.formats.reading import read_bytes as read_limited

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest text or Markdown file (see MAX_HTML_BYTES and MAX_EPUB_BYTES for the others)."""
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, *EPUB_SUFFIXES, *PDF_SUFFIXES}
)
"""Suffixes offered by file dialogs; any other file is tried as plain text."""


def file_limit(path: Path) -> int:
    """The size limit, in bytes, for a file of this kind."""
    suffix = path.suffix.lower()
    if suffix in EPUB_SUFFIXES:
        return MAX_EPUB_BYTES
    if suffix in HTML_SUFFIXES:
        return MAX_HTML_BYTES
    if suffix in PDF_SUFFIXES:
        return MAX_PDF_BYTES
    return MAX_FILE_BYTES


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or DocumentError."""
    return read_limited(resolve(path.expanduser()), limit)


def load_document(
    path: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> Document:
    """Read a file as a Document, or raise DocumentError with a one-line reason.

    ``password`` opens an encrypted PDF; ``progress`` and ``check`` (which raises to
    stop) are called as a long PDF is read page by page."""
    path = path.expanduser()
    suffix = path.suffix.lower()
    resolved = resolve(path)
    name = shown(path.name or path)
    if suffix in PDF_SUFFIXES:
        if check_file(resolved, MAX_PDF_BYTES) == 0:
            raise DocumentError(message(Msg.FILE_EMPTY, name=name))
        pdf = load_pdf(
            resolved, title_from_path(path), password=password, progress=progress, check=check
        )
        return replace(pdf, source=resolved)
    if suffix in EPUB_SUFFIXES:
        if check_file(resolved, MAX_EPUB_BYTES) == 0:
            raise DocumentError(message(Msg.FILE_EMPTY, name=name))
        book = load_epub(resolved, name, title_from_path(path))
        return replace(book, source=resolved)
    if suffix in HTML_SUFFIXES:
        page = load_html(
            read_limited(resolved, MAX_HTML_BYTES), name, title_from_path(path), resolved.parent
        )
        return replace(page, source=resolved)
    decoded = decode(read_limited(resolved, MAX_FILE_BYTES), name)
    text = normalise_newlines(decoded.text)
    if not text or text.isspace():
        raise DocumentError(message(Msg.FILE_EMPTY, name=name))
    if suffix in MARKDOWN_SUFFIXES:
        markdown = load_markdown(text, title_from_path(path), resolved.parent)
        if not markdown.text.strip():
            raise DocumentError(message(Msg.FILE_NO_VISIBLE_TEXT, name=name))
        return replace(markdown, source=resolved, warnings=decoded.warnings)
    document = load_plain_text(text, title_from_path(path), name)
    return replace(document, source=resolved, warnings=decoded.warnings + document.warnings)
