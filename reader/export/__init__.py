"""Annotated copies of a document: Markdown, a highlights list, standalone HTML, W3C JSON.

Every exporter is a pure function ``(ExportDocument, ExportOptions | None) -> str``;
:data:`FORMATS` names them for the CLI and the GUI, :func:`write_atomic` saves the
result. This package imports only ``reader.core`` and the standard library: no Qt,
no database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from reader.export.files import write_atomic
from reader.export.html import export_html
from reader.export.markdown import escape_markdown, export_highlights_markdown, export_markdown
from reader.export.model import ExportDocument, ExportOptions, ImportedAnnotation
from reader.export.w3c import export_w3c, parse_w3c

__all__ = [
    "FORMATS",
    "ExportDocument",
    "ExportFormat",
    "ExportOptions",
    "Exporter",
    "ImportedAnnotation",
    "escape_markdown",
    "export",
    "export_highlights_markdown",
    "export_html",
    "export_markdown",
    "export_w3c",
    "parse_w3c",
    "suggested_filename",
    "write_atomic",
]

Exporter = Callable[[ExportDocument, ExportOptions | None], str]


class ExportFormat(NamedTuple):
    """An export format: ``exporter, suffix = FORMATS["md"]`` (the window describes each
    in the user's language)."""

    exporter: Exporter
    suffix: str  # appended to a file name stem, dot included


FORMATS: Mapping[str, ExportFormat] = MappingProxyType(
    {
        "md": ExportFormat(export_markdown, ".md"),
        "md-highlights": ExportFormat(export_highlights_markdown, ".highlights.md"),
        "html": ExportFormat(export_html, ".html"),
        "json": ExportFormat(export_w3c, ".annotations.json"),
    }
)


def export(document: ExportDocument, key: str, options: ExportOptions | None = None) -> str:
    """The document exported in the format named ``key`` (one of :data:`FORMATS`)."""
    try:
        exporter = FORMATS[key].exporter
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown export format {key!r} (known: {known})") from None
    return exporter(document, options)


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def suggested_filename(title: str, key: str) -> str:
    """A file name for the export of a document titled ``title`` in format ``key``.

    Characters that are not allowed in file names on common systems become ``-``;
    the stem is at most 120 characters.
    """
    stem = _UNSAFE_NAME.sub("-", " ".join(title.split())).strip(" .-")[:120].rstrip(" .")
    return (stem or "export") + FORMATS[key].suffix
