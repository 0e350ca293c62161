"""W3C Web Annotation JSON(-LD): export an AnnotationCollection, and read one back.

Export (``export_w3c``): an ``AnnotationCollection`` (``label`` = title, ``total``)
whose ``first`` page embeds every annotation, in reading order (placed ones in text
order, then orphans by creation date)::

    {
      "id": "urn:uuid:3f2c1a2b-...", "type": "Annotation",
      "motivation": "commenting",          # "highlighting" when there is no note
      "created": "2026-11-26T14:05:00Z", "modified": "2026-11-26T14:06:12.5Z",
      "body": [
        {"type": "TextualBody", "purpose": "commenting", "value": "note",
         "format": "text/plain"},
        {"type": "TextualBody", "purpose": "tagging", "value": "personne"}
      ],
      "target": {
        "type": "SpecificResource",
        "source": "file:///home/ann/article.txt",
        "styleClass": "hl-yellow",
        "selector": [
          {"type": "TextQuoteSelector", "exact": "...", "prefix": "...", "suffix": "..."},
          {"type": "TextPositionSelector", "start": 120, "end": 130}
        ]
      },
      "stylesheet": {"type": "CssStylesheet", "value": ".hl-yellow { ... }"}
    }

The colour is the target's ``styleClass`` (with the CSS rule embedded as the
annotation's ``stylesheet``), which is how the model styles a target. An orphan has
no TextPositionSelector (its position means nothing). Offsets are code points of
the document's canonical text, as the TextPositionSelector requires. Timestamps are
UTC with a ``Z``, to the microsecond; naive ones are taken as UTC.

Import (``parse_w3c``) reads that back losslessly, and also a bare AnnotationPage,
a single Annotation or a JSON list of annotations; it is lenient about what other
tools write (``bodyValue``, single objects where lists are allowed, unknown
properties) and raises :class:`~reader.core.errors.InputError` with one readable
sentence for anything it cannot use.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote, unquote, urlparse
from urllib.request import url2pathname

from reader.core.annotations import Annotation, Colour, TextQuote
from reader.core.errors import InputError
from reader.core.messages import Message, Msg, Value, message
from reader.export.layout import (
    colour_stylesheet,
    highlight_class,
    naive_utc,
    reading_order,
    utc_iso,
)
from reader.export.model import ExportDocument, ExportOptions, ImportedAnnotation

__all__ = ["CONTEXT", "collection_source", "export_w3c", "parse_w3c", "source_path"]

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_OTHER_ID = "urn:x-reader:annotation:"
_CLASS = re.compile(r"hl-([a-z]+)")
MAX_OFFSET = 2**31 - 1
"""Offsets beyond this are refused (SQLite stores at most 2**63 - 1; no text is as long)."""


# -- export -----------------------------------------------------------------------------------


def export_w3c(document: ExportDocument, options: ExportOptions | None = None) -> str:
    """The annotations as a W3C AnnotationCollection (JSON, UTF-8 text, indented)."""
    del options  # entities are not exported as annotations
    source = document_iri(document)
    items = [_annotation(a, source) for a in reading_order(document.annotations)]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": document.title,
        "total": len(items),
        "generator": {"type": "Software", "name": f"reader {document.app_version}"},
        "generated": utc_iso(document.exported),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def document_iri(document: ExportDocument) -> str:
    """The target source: a file URI for an absolute path, the source as is if it is
    already a URI, else the source or title as given."""
    source = document.source
    if not source:
        return document.title
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:(?![\\/])", source) and not re.match(
        r"^[A-Za-z]:", source
    ):
        return source  # already a URI (a drive letter is not a scheme)
    path: PurePath = PurePosixPath(source)
    if not path.is_absolute():
        path = PureWindowsPath(source)
    return path.as_uri() if path.is_absolute() else source


def collection_source(json_text: str) -> str | None:
    """The document the collection's first annotation targets (its ``source``), if any."""
    try:
        data = json.loads(json_text)
        node = next(_items(data), None)
    except (ValueError, InputError):
        return None
    if not isinstance(node, dict):
        return None
    target = node.get("target")
    target = target[0] if isinstance(target, list) and target else target
    source = target.get("source") if isinstance(target, dict) else target
    return source if isinstance(source, str) and source else None


def source_path(source: str) -> Path | None:
    """The local file a ``file:`` URI names, else None."""
    parsed = urlparse(source)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(unquote(parsed.path)))


def _annotation_iri(identifier: str) -> str:
    """``urn:uuid:`` for a uuid in canonical form; any other id survives percent-encoded."""
    if _is_canonical_uuid(identifier):
        return f"urn:uuid:{identifier}"
    return _OTHER_ID + quote(identifier, safe="")


def _is_canonical_uuid(identifier: str) -> bool:
    try:
        return str(uuid.UUID(identifier)) == identifier
    except ValueError:
        return False


def _annotation(annotation: Annotation, source: str) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )
    bodies.extend(
        {"type": "TextualBody", "purpose": "tagging", "value": t} for t in annotation.tags
    )
    quote_selector = {
        "type": "TextQuoteSelector",
        "exact": annotation.quote.exact,
        "prefix": annotation.quote.prefix,
        "suffix": annotation.quote.suffix,
    }
    selectors: list[dict[str, Any]] = [quote_selector]
    if not annotation.orphan:
        selectors.append(
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end}
        )
    item: dict[str, Any] = {
        "id": _annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": utc_iso(annotation.created),
        "modified": utc_iso(annotation.updated),
    }
    if annotation.author:
        item["creator"] = {"type": "Person", "name": annotation.author}
    if bodies:
        item["body"] = bodies
    item["target"] = {
        "type": "SpecificResource",
        "source": source,
        "styleClass": highlight_class(annotation.colour),
        "selector": selectors,
    }
    item["stylesheet"] = {"type": "CssStylesheet", "value": colour_stylesheet([annotation.colour])}
    return item


# -- import -----------------------------------------------------------------------------------


def parse_w3c(json_text: str) -> list[ImportedAnnotation]:
    """The annotations of a W3C Web Annotation document (see the module docstring).

    Raises InputError (one sentence) when the text is not JSON or not annotations.
    """
    try:
        data = json.loads(json_text)
    except json.JSONDecodeError as exc:
        raise InputError(
            message(Msg.W3C_BAD_JSON, line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except (RecursionError, ValueError) as exc:
        raise InputError(message(Msg.W3C_UNREADABLE_JSON, reason=str(exc))) from None
    return [_read_annotation(item, n) for n, item in enumerate(_items(data), start=1)]


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("type", node.get("@type"))
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _items(data: Any) -> Iterator[Any]:
    if isinstance(data, list):
        yield from data
        return
    if not isinstance(data, dict):
        raise InputError(message(Msg.W3C_NOT_OBJECT_OR_LIST))
    types = _types(data)
    if "Annotation" in types:
        yield data
    elif "AnnotationCollection" in types:
        if isinstance(data.get("items"), list):  # not the model's shape, but seen
            yield from data["items"]
            return
        page = data.get("first")
        if page is None:
            if data.get("total") in (0, None):
                return
            raise InputError(message(Msg.W3C_NO_FIRST_PAGE))
        if not isinstance(page, dict):
            raise InputError(message(Msg.W3C_SEPARATE_PAGES))
        yield from _page_items(page)
    elif "AnnotationPage" in types:
        yield from _page_items(data)
    else:
        raise InputError(message(Msg.W3C_UNKNOWN_TYPE))


def _page_items(first: dict[str, Any]) -> Iterator[Any]:
    """The items of a page and of the pages embedded after it (``next``)."""
    page: Any = first
    while isinstance(page, dict):
        items = page.get("items", [])
        if not isinstance(items, list):
            raise InputError(message(Msg.W3C_ITEMS_NOT_LIST))
        yield from items
        page = page.get("next")


def _read_annotation(node: Any, n: int) -> ImportedAnnotation:
    where = message(Msg.W3C_ANNOTATION, n=n)
    if not isinstance(node, dict):
        raise _refused(where, Msg.W3C_NOT_OBJECT)
    types = _types(node)
    if types and "Annotation" not in types:
        raise _refused(where, Msg.W3C_NOT_ANNOTATION)
    identifier = _read_id(node.get("id", node.get("@id")), where)
    where = message(Msg.W3C_ANNOTATION_ID, n=n, id=identifier)
    target = _read_target(node.get("target"), where)
    quote_selector, position_selector = _read_selectors(target.get("selector"), where)
    if quote_selector is None and position_selector is None:
        raise _refused(where, Msg.W3C_NO_QUOTE_OR_POSITION)
    start = end = None
    if position_selector is not None:
        start, end = position_selector
    note, tags = _read_bodies(node, where)
    return ImportedAnnotation(
        id=identifier,
        start=start,
        end=end,
        quote=quote_selector,
        colour=_read_colour(target.get("styleClass")),
        note=note,
        tags=tuple(tags),
        created=_read_time(node.get("created"), "created", where),
        modified=_read_time(node.get("modified"), "modified", where),
        author=_read_creator(node.get("creator")),
    )


def _read_creator(value: Any) -> str | None:
    """The name of a W3C ``creator``: a string, or an agent with ``name`` or
    ``nickname`` (the first of a list); None when there is none to read."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("nickname")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())[:200]
    return None


def _read_id(value: Any, where: Message) -> str:
    """The id as stored: a UUID in any spelling (``urn:uuid:``, upper case, braces, 32
    bare hex digits) in canonical form, so that "already present" compares like for like."""
    if not isinstance(value, str) or not value:
        raise _refused(where, Msg.W3C_NO_ID)
    identifier: str = value
    if identifier.lower().startswith("urn:uuid:"):
        identifier = identifier[len("urn:uuid:") :]
    elif identifier.startswith(_OTHER_ID):
        identifier = unquote(identifier[len(_OTHER_ID) :])
    try:
        return str(uuid.UUID(identifier.strip()))
    except ValueError:
        return identifier


def _read_target(value: Any, where: Message) -> dict[str, Any]:
    candidates = value if isinstance(value, list) else [value]
    for candidate in candidates:
        if isinstance(candidate, dict) and candidate.get("selector") is not None:
            return candidate
    if value is None:
        raise _refused(where, Msg.W3C_NO_TARGET)
    raise _refused(where, Msg.W3C_NO_SELECTOR)


def _read_selectors(value: Any, where: Message) -> tuple[TextQuote | None, tuple[int, int] | None]:
    selectors = value if isinstance(value, list) else [value]
    quote_selector: TextQuote | None = None
    position: tuple[int, int] | None = None
    for selector in selectors:
        if not isinstance(selector, dict):
            continue
        types = _types(selector)
        if "TextQuoteSelector" in types and quote_selector is None:
            exact = selector.get("exact")
            prefix = selector.get("prefix", "")
            suffix = selector.get("suffix", "")
            if not (isinstance(exact, str) and isinstance(prefix, str) and isinstance(suffix, str)):
                raise _refused(where, Msg.W3C_BAD_QUOTE)
            quote_selector = TextQuote(exact=exact, prefix=prefix, suffix=suffix)
        elif "TextPositionSelector" in types and position is None:
            start, end = selector.get("start"), selector.get("end")
            if not (
                isinstance(start, int)
                and isinstance(end, int)
                and not isinstance(start, bool)
                and not isinstance(end, bool)
                and 0 <= start <= end
            ):
                raise _refused(where, Msg.W3C_BAD_POSITION)
            if end > MAX_OFFSET:
                raise _refused(
                    where, Msg.W3C_POSITION_TOO_FAR, end=str(end), limit=f"{MAX_OFFSET:,}"
                )
            position = (start, end)
    return quote_selector, position


def _purposes(body: dict[str, Any]) -> set[str]:
    purpose = body.get("purpose")
    if isinstance(purpose, str):
        return {purpose}
    if isinstance(purpose, list):
        return {p for p in purpose if isinstance(p, str)}
    return set()


def _read_bodies(node: dict[str, Any], where: Message) -> tuple[str, list[str]]:
    notes: list[str] = []
    tags: list[str] = []
    body_value = node.get("bodyValue")
    if isinstance(body_value, str):
        notes.append(body_value)
    bodies = node.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if not isinstance(body, dict):
            continue  # an IRI: nothing we can show
        value = body.get("value")
        if value is None:
            continue
        if not isinstance(value, str):
            raise _refused(where, Msg.W3C_BODY_NOT_TEXT)
        purposes = _purposes(body)
        if "tagging" in purposes:
            tags.append(value)
        elif not purposes & {"highlighting", "classifying", "identifying", "linking"}:
            notes.append(value)
    return "\n\n".join(notes), tags


def _read_colour(value: Any) -> Colour:
    if isinstance(value, str):
        for name in _CLASS.findall(value):
            try:
                return Colour(name)
            except ValueError:
                continue
    return Colour.YELLOW


def _read_time(value: Any, name: str, where: Message) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _refused(where, Msg.W3C_DATE_NOT_TEXT, name=name)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _refused(where, Msg.W3C_DATE_NOT_ISO, name=name, value=repr(value)) from None
    try:
        return naive_utc(moment)
    except OverflowError:  # e.g. 9999-12-31T23:00-14:00 is in the year 10000 in UTC
        raise _refused(where, Msg.W3C_DATE_OUT_OF_RANGE, name=name, value=repr(value)) from None


def _refused(where: Message, reason: Msg, **values: Value) -> InputError:
    """Annotation ``where`` of the file cannot be imported, for ``reason``."""
    return InputError(message(Msg.W3C_CANNOT_IMPORT, where=where, reason=message(reason, **values)))
