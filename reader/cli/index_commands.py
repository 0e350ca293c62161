"""``reader index``: the entities of the library (or of one document), and an entry's
mentions in context."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reader.cli import messages
from reader.cli.output import shown
from reader.core.entities import EntityLabel
from reader.core.errors import InputError
from reader.services.app import Services
from reader.services.entity_index import MAIN_TYPES, IndexEntry, MentionInContext, SortBy
from reader.services.index_choices import EXPORT_FORMATS

INDEX_HELP = "list the people, places and organisations of the library, or a name's mentions"
INDEX_DESCRIPTION = (
    "Without NAME: the entries of the Index (people, organisations and places by default),"
    " with their number of mentions and of documents. With --json: a list of"
    ' {"name", "type", "mentions", "documents", "aliases"} objects. With NAME --mentions:'
    " every mention of that entry (case and accents ignored), by document in reading"
    ' order; with --json a list of {"document", "start", "end", "text", "context"}'
    " objects (document: its path; offsets count code points of 'reader text FILE')."
    " Documents are in the Index once their entities are recognised (opened in the"
    " window, or 'reader entities FILE', or --document FILE)."
)


def add_index_command(commands: Any, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "index", parents=[common], help=INDEX_HELP, description=INDEX_DESCRIPTION
    )
    cmd.add_argument("name", nargs="?", metavar="NAME", help="an entry of the Index")
    cmd.add_argument(
        "--type",
        dest="types",
        action="append",
        type=_label,
        metavar="TYPE",
        help=f"only entries of this type ({'|'.join(label.value for label in EntityLabel)});"
        " repeat for several (default: PERSON, ORG, PLACE)",
    )
    cmd.add_argument("--document", metavar="FILE", help="only this document (recognised if needed)")
    cmd.add_argument("--mentions", action="store_true", help="list NAME's mentions in context")
    cmd.add_argument(
        "--sort",
        choices=[s.value for s in SortBy],
        default=SortBy.MENTIONS.value,
        help="order of the entries (default: mentions)",
    )
    cmd.add_argument(
        "--format",
        dest="export_format",
        choices=EXPORT_FORMATS,
        help="with --mentions: write them as Markdown (a quote each, a link back) or CSV",
    )
    cmd.add_argument("--json", action="store_true", help="print JSON instead of text")


def _label(value: str) -> EntityLabel:
    try:
        return EntityLabel(value.upper())
    except ValueError:
        names = "|".join(label.value for label in EntityLabel)
        raise argparse.ArgumentTypeError(messages.unknown_type(value, names)) from None


def run_index(services: Services, args: argparse.Namespace) -> int:
    """List the entries, or NAME's mentions (after bringing the Index up to date)."""
    document_id = None
    if args.document:
        document_id = services.documents.open_for_reading(Path(args.document)).value.id
        if services.entities.cached(document_id) is None:
            services.entities.recognise(document_id)
    services.index.refresh()
    labels = set(args.types) if args.types else MAIN_TYPES
    if args.name is None:
        if args.mentions or args.export_format:
            raise InputError(messages.NAME_THE_ENTRY)
        entries = services.index.entries(
            labels=labels, document_id=document_id, sort=SortBy(args.sort)
        )
        if args.json:
            _print_json([_entry_json(e) for e in entries])
        else:
            sys.stdout.write(_entry_table(entries))
        return 0
    found = services.index.find(args.name, next(iter(labels)) if len(labels) == 1 else None)
    if not args.mentions and not args.export_format:
        if args.json:
            _print_json(_entry_json(found))
        else:
            sys.stdout.write(_entry_table([found]))
        return 0
    if args.export_format:
        sys.stdout.write(services.index_choices.export(found.id, args.export_format))
        return 0
    mentions = services.index.mentions(found.id, document_id)
    if args.json:
        _print_json([_mention_json(m) for m in mentions])
    else:
        sys.stdout.write(_mention_lines(found, mentions))
    return 0


def _entry_json(entry: IndexEntry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "type": entry.label.value,
        "mentions": entry.mentions,
        "documents": entry.documents,
        "aliases": list(entry.aliases),
    }


def _mention_json(mention: MentionInContext) -> dict[str, Any]:
    return {
        "document": mention.path,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "context": mention.context,
    }


def _entry_table(entries: list[IndexEntry]) -> str:
    if not entries:
        return messages.NO_INDEX_ENTRIES
    mentions, docs, kind, name = messages.INDEX_COLUMNS
    lines = [f"{mentions:>8}  {docs:>4}  {kind:<8}  {name}"]
    for e in entries:
        aliases = messages.also_named([_one_line(a) for a in e.aliases])
        lines.append(
            f"{e.mentions:>8}  {e.documents:>4}  {e.label.value:<8}  {_one_line(e.name)}{aliases}"
        )
    return "\n".join(lines) + "\n"


def _mention_lines(entry: IndexEntry, mentions: list[MentionInContext]) -> str:
    lines = [messages.mentions_heading(_one_line(entry.name), entry.label.value, len(mentions))]
    current = None
    for m in mentions:
        if m.document_id != current:
            current = m.document_id
            lines += ["", f"{_one_line(m.title)} ({shown(m.path)})"]
        context = f"{m.before}[{_one_line(m.text)}]{m.after}"
        lines.append(f"  {m.start:>8}  {context}")
    return "\n".join(lines) + "\n"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
