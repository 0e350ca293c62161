"""Headless commands. Each prints its result on stdout and returns an exit status."""

from __future__ import annotations

import argparse
import getpass
import json
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.cli import messages
from reader.cli.index_commands import run_index
from reader.cli.library_commands import cmd_library
from reader.cli.output import debug_traceback, error, shown, warning
from reader.cli.tables import annotation_table, one_line
from reader.core.annotations import by_author
from reader.core.document import outline
from reader.core.entities import EntitySpan
from reader.core.errors import InputError, LibraryError, PasswordRequired, ReaderError, os_reason
from reader.core.tags import normalise_tags
from reader.export.w3c import parse_w3c
from reader.services.annotation_json import annotation_to_json
from reader.services.app import Services, translate_fault
from reader.services.documents import OpenedDocument, read_document
from reader.services.exports import read_w3c_file, w3c_target
from reader.services.validation import find_occurrence, parse_colour

Handler = Callable[[argparse.Namespace], int]


def cmd_text(args: argparse.Namespace) -> int:
    document = read_document(Path(args.file), password=args.password)
    _warn(document.warnings)
    sys.stdout.write(document.text)  # exactly: offsets elsewhere count in this text
    return 0


def cmd_outline(args: argparse.Namespace) -> int:
    document = read_document(Path(args.file))
    _warn(document.warnings)
    entries = outline(document)
    if args.json:
        _print_json([{"level": e.level, "title": e.title, "start": e.offset} for e in entries])
        return 0
    if not entries:
        print(messages.no_headings(one_line(document.title)))
        return 0
    width = len(str(max(e.offset for e in entries)))
    for entry in entries:
        indent = "  " * (entry.level - 1)
        print(f"{entry.level}  {entry.offset:>{width}}  {indent}{one_line(entry.title)}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Each file in its own transaction: a bad file is reported and the others added."""
    failed = 0
    with _services(args) as services:
        for name in args.files:
            try:
                added = services.library.add(Path(name), password=args.password).value
            except LibraryError:
                raise  # the library itself is at fault: the next file would fail too
            except ReaderError as exc:
                error(exc)
                failed += 1
                continue
            _warn(added.warnings)
            entry = added.entry
            print(
                messages.added(
                    added.new,
                    one_line(entry.title),
                    fmt=entry.format,
                    words=entry.word_count,
                    language=entry.language,
                    path=shown(entry.path),
                )
            )
            sys.stdout.flush()
    return 2 if failed else 0


def cmd_search(args: argparse.Namespace) -> int:
    with _services(args) as services:
        hits = services.library.search(args.query, args.limit, all_hits=args.all_hits)
    if args.json:
        _print_json(
            [
                {
                    "document_id": h.document_id,
                    "path": h.path,
                    "title": h.title,
                    "kind": h.kind.value,
                    "offset": h.offset,
                    "snippet": h.snippet,
                    "marks": [list(m) for m in h.marks],
                    "annotation_id": h.annotation_id,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(messages.no_results(one_line(args.query)))
        return 0
    for hit in hits:
        print(f"{hit.kind.value:<5} {hit.offset:>8}  {one_line(hit.title)} — {shown(hit.path)}")
        print(f"{'':16}{one_line(marked_snippet(hit.snippet, hit.marks))}")
    return 0


def marked_snippet(snippet: str, marks: Sequence[tuple[int, int]]) -> str:
    """The snippet with its matched words between [ and ]."""
    out: list[str] = []
    pos = 0
    for start, end in marks:
        out.append(snippet[pos:start] + "[" + snippet[start:end] + "]")
        pos = end
    out.append(snippet[pos:])
    return "".join(out)


def cmd_annotate(args: argparse.Namespace) -> int:
    if args.quote is not None and (args.start is not None or args.end is not None):
        raise InputError(messages.PASSAGE_TWICE)
    if args.quote is None and (args.start is None or args.end is None):
        raise InputError(messages.PASSAGE_MISSING)
    if args.occurrence is not None and args.quote is None:
        raise InputError(messages.OCCURRENCE_WITHOUT_QUOTE)
    if args.exact and args.quote is not None:
        raise InputError(messages.EXACT_WITH_QUOTE)
    colour = parse_colour(args.color)  # refuse bad values before recording anything
    tags = normalise_tags(args.tags)
    with _services(args) as services:
        opened = services.documents.open(Path(args.file), password=args.password).value
        _warn_opened(opened)
        if args.quote is not None:
            occurrence = 1 if args.occurrence is None else args.occurrence
            start, end = find_occurrence(opened.document.text, args.quote, occurrence)
        else:
            start, end = args.start, args.end
        annotation = services.annotations.create(
            opened.id,
            start,
            end,
            colour=colour,
            note=args.note,
            tags=tags,
            snap=args.quote is None and not args.exact,  # whole words, as a selection
        ).value
    _print_json(annotation_to_json(annotation))
    return 0


def cmd_annotations(args: argparse.Namespace) -> int:
    with _services(args) as services:
        # re-anchored if the file changed
        opened = services.documents.open_for_reading(Path(args.file), password=args.password).value
        _warn_opened(opened)
        annotations = services.annotations.for_document(opened.id)
        author = services.user if args.mine else args.author
    if author is not None:
        annotations = [a for a in annotations if by_author(a, author)]
    if args.json:
        _print_json([annotation_to_json(a) for a in annotations])
    else:
        sys.stdout.write(annotation_table(annotations, opened.document.title))
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    with _services(args) as services:
        opened = services.documents.open_for_reading(Path(args.file), password=args.password).value
        _warn_opened(opened)
        view = services.entities.cached(opened.id) or services.entities.recognise(opened.id)
    if args.json:
        _print_json(
            {
                "language": view.language,
                "pipeline": view.pipeline,
                "entities": [
                    {"start": s.start, "end": s.end, "label": s.label.value, "text": s.text}
                    for s in view.spans
                ],
                "stats": {
                    "mentions": len(view.spans),
                    "per_type": dict(sorted(Counter(s.label.value for s in view.spans).items())),
                    "pipeline": view.pipeline,
                    "cache_hit": view.from_cache,
                },
            }
        )
    else:
        print(
            messages.entities_summary(
                opened.document.title, view.language, view.pipeline, len(view.spans)
            )
        )
        sys.stdout.write(entity_table(view.spans))
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    with _services(args) as services:
        return run_index(services, args)


def entity_table(spans: Sequence[EntitySpan]) -> str:
    """Aligned columns: start, end, label, text (one mention per line)."""
    if not spans:
        return messages.NO_ENTITIES
    start, end, label, text = messages.ENTITY_COLUMNS
    width = max(len(start), len(str(max(s.end for s in spans))))
    lines = [f"{start:>{width}}  {end:>{width}}  {label:<8}  {text}"]
    lines += [
        f"{s.start:>{width}}  {s.end:>{width}}  {s.label.value:<8}  {' '.join(s.text.split())}"
        for s in spans
    ]
    return "\n".join(lines) + "\n"


def cmd_export(args: argparse.Namespace) -> int:
    with _services(args) as services:
        opened = services.documents.open_for_reading(Path(args.file), password=args.password).value
        _warn_opened(opened)
        options = {"include_entities": args.entities, "language": opened.language}
        if args.output is None:
            sys.stdout.write(
                services.exports.render(opened.id, opened.document, args.format, **options)
            )
            return 0
        size = services.exports.write(
            opened.id, opened.document, args.format, Path(args.output), **options
        )
    print(messages.wrote(shown(args.output), size), file=sys.stderr)
    return 0


def cmd_import_annotations(args: argparse.Namespace) -> int:
    source = Path(args.json_file)
    content = read_w3c_file(source)
    parse_w3c(content)  # the whole file is valid before any document is read
    with _services(args) as services:
        target = (
            Path(args.into) if args.into is not None else _named_document(services, source, content)
        )
        opened = services.documents.open(target, password=args.password).value
        report = services.exports.import_w3c(opened.id, content).value
    print(
        messages.annotations_imported(
            report.imported, report.skipped, report.orphaned, opened.document.title
        )
    )
    return 0


def _named_document(services: Services, source: Path, content: str) -> Path:
    """The document the file's ``target.source`` names, only if it is a regular file in
    the library: the name is a hint from the file, never a path read blindly."""
    path = w3c_target(content)
    if path is None:
        raise InputError(messages.no_local_document(source.name))
    try:
        resolved = path.resolve()
        regular = stat.S_ISREG(resolved.stat().st_mode)
    except (OSError, RuntimeError, ValueError):
        resolved, regular = path, False
    recorded = {e.path for e in services.library.documents(include_removed=True)}
    if not regular or str(resolved) not in recorded:
        raise InputError(messages.not_in_library(source.name, shown(path)))
    return resolved


def cmd_import_pdf_annotations(args: argparse.Namespace) -> int:
    with _services(args) as services:
        opened = services.documents.open(Path(args.file), password=args.password).value
        report = services.pdf_marks.import_marks(opened.id, opened.document, args.password).value
    print(messages.pdf_marks_imported(report.imported, report.skipped, report.unanchored))
    return 0


HANDLERS: dict[str, Handler] = {
    "text": cmd_text,
    "outline": cmd_outline,
    "add": cmd_add,
    "search": cmd_search,
    "annotate": cmd_annotate,
    "annotations": cmd_annotations,
    "entities": cmd_entities,
    "export": cmd_export,
    "import-annotations": cmd_import_annotations,
    "index": cmd_index,
    "library": cmd_library,
    "import-pdf-annotations": cmd_import_pdf_annotations,
}


@contextmanager
def _services(args: argparse.Namespace) -> Iterator[Services]:
    services = Services.open(args.db)
    state = services.uow.state
    for message in state.warnings:
        warning(message)
    if state.damage:
        warning(messages.library_damaged_read_only(state.path))
    try:
        yield services
    finally:
        services.close()


def _warn(warnings: Sequence[str]) -> None:
    """What the user should know about how a file was read, one line each on stderr."""
    for message in warnings:
        warning(message)


def _warn_opened(opened: OpenedDocument) -> None:
    """:func:`_warn` for an opened document, and, in a team library, that the member's
    copy of the file differs from the shared text (which the command uses)."""
    _warn(opened.document.warnings)
    if opened.copy is not None:
        warning(messages.copy_differs(shown(opened.document.source or "")))


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def run(args: argparse.Namespace) -> int:
    """Run a headless command. A user error or a fault of the library or the system is
    one line on stderr and exit status 2 (``--debug`` adds the traceback); anything
    else is a bug: one line saying so, exit status 1."""
    debug = getattr(args, "debug", False)
    try:
        return _asking_password(HANDLERS[args.command], args)
    except BrokenPipeError:  # `reader text big.txt | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        error(messages.INTERRUPTED)
        return 130
    except Exception as exc:  # the one place where every error becomes a message
        if debug:
            debug_traceback(exc)
        known = as_user_error(exc)
        if known is not None:
            error(known)
            return 2
        error(messages.internal_error(type(exc).__name__, exc))
        return 1


PASSWORD_TRIES = 3


def _asking_password(handler: Handler, args: argparse.Namespace) -> int:
    """Run ``handler``. From a terminal, an encrypted PDF given without ``--password``
    (or with a wrong one) asks for it, unseen, up to ``PASSWORD_TRIES`` times; elsewhere
    (a script, a pipe) the refusal stands."""
    for _ in range(PASSWORD_TRIES):
        try:
            return handler(args)
        except PasswordRequired as needed:
            if not hasattr(args, "password") or not sys.stdin.isatty():
                raise
            name = Path(args.file).name
            if needed.wrong:
                warning(messages.wrong_password(name))
            args.password = getpass.getpass(messages.password_prompt(name))
    return handler(args)


def as_user_error(exc: Exception) -> ReaderError | None:
    """The user-facing error ``exc`` is (a database or OS fault translated), or None."""
    if isinstance(exc, ReaderError):
        return exc
    if isinstance(exc, MemoryError):
        return ReaderError(messages.NOT_ENOUGH_MEMORY)
    if isinstance(exc, OSError):
        name = shown(exc.filename) if exc.filename else None
        return ReaderError(messages.cannot_use(name, str(os_reason(exc))))
    return translate_fault(exc)
