"""YAML front matter (Jekyll, Hugo, Pandoc, VitePress...) as a document's metadata.

Read with PyYAML's safe loader (no Python objects), refusing aliases (a few lines of
anchors and aliases can stand for billions of values) and anything over
``MAX_FRONT_MATTER`` characters. Only a mapping is front matter: a Markdown file
that opens with ``---``, some text and ``---`` (two rules) is not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

MAX_FRONT_MATTER = 64 * 1024
_KEYS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "date": "date",
    "tags": "tags",
    "keywords": "tags",
    "categories": "categories",
    "description": "description",
    "subtitle": "subtitle",
    "lang": "language",
    "language": "language",
}


class _NoAliases(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases are not read in front matter")
        return super().compose_node(parent, index)


def front_matter(source: str) -> dict[str, str] | None:
    """The metadata the front matter gives (title, author, date, tags...), each as one
    line of text; None if ``source`` is not YAML front matter."""
    if len(source) > MAX_FRONT_MATTER:
        return None
    try:
        loaded = yaml.load(source, Loader=_NoAliases)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    if not isinstance(loaded, dict):
        return None
    out: dict[str, str] = {}
    for key, value in loaded.items():
        name = _KEYS.get(str(key).strip().lower())
        text = _as_text(value)
        if name is not None and text and name not in out:
            out[name] = text
    return out


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return ", ".join(filter(None, (_as_text(item) for item in value[:100])))
    if isinstance(value, dict):  # an author as {name: ..., email: ...}
        name = value.get("name")
        return _as_text(name) if isinstance(name, str) else ""
    return ""
