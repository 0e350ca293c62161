"""Turning files into documents: decoding, structure, metadata."""

from reader.formats.loading import MAX_FILE_BYTES, load_document

__all__ = ["MAX_FILE_BYTES", "load_document"]
