"""Turning files into documents: decoding, structure, metadata.

Plain text (any common encoding), Markdown, saved web pages (.html, .htm, .xhtml), EPUB
books and PDF documents; see :mod:`reader.formats.loading` for how a file's format is chosen and
the size limits.
"""

from reader.formats.loading import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, file_limit, load_document
from reader.formats.pdf import Progress

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "Progress", "file_limit", "load_document"]
