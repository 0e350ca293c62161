"""``reader library check|backup|backups|restore|recover``: looking after the library file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.output import shown
from reader.core.errors import InputError, LibraryDamagedError
from reader.services import library_care, library_transfer
from reader.services.library_care import age, backup_facts, counted

ACTIONS = ("check", "backup", "backups", "restore", "recover", "copy")


def cmd_library(args: argparse.Namespace) -> int:
    action = getattr(args, "library_command", None)
    if action is None:
        raise InputError(f"choose what to do: reader library {'|'.join(ACTIONS)}")
    handler = {
        "check": _check,
        "backup": _backup,
        "backups": _backups,
        "restore": _restore,
        "recover": _recover,
        "copy": _copy,
    }[action]
    return handler(args)


def _check(args: argparse.Namespace) -> int:
    report = library_care.check(args.db)
    result = report.result
    if not result.ok and result.search_index_only and args.repair:
        library_care.repair_search(args.db)
        print("the search index was rebuilt")
        report = library_care.check(args.db)
        result = report.result
    counts = f"{counted(report.documents, 'document')}, {counted(report.annotations, 'annotation')}"
    if result.ok:
        note = f"; read-only: {report.read_only}" if report.read_only else ""
        if result.unchecked:
            note += f"; {result.unchecked}"
        print(
            f"ok: {shown(report.path)} ({counts}): pages, indexes, references and the search"
            f" index are sound ({result.seconds:.2f} s){note}"
        )
        return 0
    for problem in result.problems:
        print(f"problem: {shown(problem)}")
    if result.search_index_only:
        raise LibraryDamagedError(
            f"The search index of the library {report.path} does not match its contents "
            "(the documents and annotations are sound); rebuild it with "
            "'reader library check --repair'"
        )
    newest = library_care.newest_good_backup(args.db)
    offer = (
        f"restore the newest good backup ({age(newest.time)}, "
        f"{counted(newest.annotations, 'annotation')}) with 'reader library restore "
        f"{newest.path}'"
        if newest is not None
        else "there is no backup to restore"
    )
    raise LibraryDamagedError(
        f"The library {report.path} is damaged ({counted(len(result.problems), 'problem')}"
        f" found): {offer}, or save what can be read with 'reader library recover -o"
        " NEW.sqlite3'"
    )


def _backup(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else None
    info = library_care.backup(args.db, output)
    print(f"backed up to {shown(info.path)} ({backup_facts(info)})")
    return 0


def _backups(args: argparse.Namespace) -> int:
    found = library_care.backups(args.db)
    if args.json:
        payload = [
            {
                "path": str(b.path),
                "time": b.time.isoformat().replace("+00:00", "Z"),
                "kind": b.kind,
                "size": b.size,
                "documents": b.documents,
                "annotations": b.annotations,
            }
            for b in found
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not found:
        print(f"no backups yet in {shown(library_care.library_path(args.db).parent / 'backups')}")
        return 0
    for b in found:
        when = b.time.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{when}  {b.kind:<16} {backup_facts(b)}  {shown(b.path)}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    report = library_care.restore_backup(args.db, Path(args.backup))
    if report.kept is not None:
        what = "the damaged library was moved to" if report.kept_damaged else "backed up to"
        print(f"the library as it was: {what} {shown(report.kept)}")
    print(f"restored {shown(report.restored.path)} ({backup_facts(report.restored)})")
    return 0


def _recover(args: argparse.Namespace) -> int:
    report = library_care.recover_library(args.db, Path(args.output))
    saved = counted(report.annotations, "annotation")
    if report.annotations_before is not None and report.annotations_before > report.annotations:
        saved += f" of {report.annotations_before}"
    print(
        f"recovered into {shown(report.target)}: {saved} saved, "
        f"{counted(report.documents, 'document')}, {counted(report.tags, 'tag')}"
    )
    if report.placeholders:
        print(
            f"{counted(report.placeholders, 'document')} lost: their annotations are kept under"
            " 'Recovered annotations' (as orphans)"
        )
    if report.damaged_rows:
        print(f"{counted(report.damaged_rows, 'row')} could be read only in part")
    if report.unreadable_tables:
        print(f"unreadable: {', '.join(report.unreadable_tables)}")
    print(f"use it with: reader --db {shown(report.target)} ...")
    return 0


def _copy(args: argparse.Namespace) -> int:
    counts = library_transfer.copy_library(args.db, args.to)
    words = {"documents": "document", "annotations": "annotation", "tags": "tag"}
    words |= {"entity_corrections": "correction", "deleted_annotations": "deleted annotation"}
    copied = ", ".join(counted(counts.copied[t], w) for t, w in words.items())
    print(f"copied into {shown(library_transfer.display(args.to))}: {copied}")
    present = sum(counts.present.values())
    if present:
        print(f"{counted(present, 'row')} were there already and were left as they were")
    return 0
