"""``reader library check|backup|backups|restore|recover``: looking after the library file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli import messages
from reader.cli.output import shown
from reader.core.errors import InputError, LibraryDamagedError
from reader.services import library_care, library_transfer
from reader.services.library_care import age, backup_facts

ACTIONS = ("check", "backup", "backups", "restore", "recover", "copy")


def cmd_library(args: argparse.Namespace) -> int:
    action = getattr(args, "library_command", None)
    if action is None:
        raise InputError(messages.choose_library_action(ACTIONS))
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
        print(messages.SEARCH_INDEX_REBUILT)
        report = library_care.check(args.db)
        result = report.result
    if result.ok:
        print(
            messages.library_sound(
                shown(report.path),
                documents=report.documents,
                annotations=report.annotations,
                seconds=result.seconds,
                read_only=report.read_only,
                unchecked=result.unchecked,
            )
        )
        return 0
    for problem in result.problems:
        print(messages.problem(shown(problem)))
    if result.search_index_only:
        raise LibraryDamagedError(messages.search_index_mismatch(report.path))
    newest = library_care.newest_good_backup(args.db)
    backup = (age(newest.time), newest.annotations, newest.path) if newest is not None else None
    raise LibraryDamagedError(messages.library_damaged(report.path, len(result.problems), backup))


def _backup(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else None
    info = library_care.backup(args.db, output)
    print(messages.backed_up(shown(info.path), backup_facts(info)))
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
        folder = library_care.library_path(args.db).parent / "backups"
        print(messages.no_backups(shown(folder)))
        return 0
    for b in found:
        when = b.time.strftime(messages.BACKUP_TIME)
        print(f"{when}  {b.kind:<16} {backup_facts(b)}  {shown(b.path)}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    report = library_care.restore_backup(args.db, Path(args.backup))
    if report.kept is not None:
        print(messages.library_kept(report.kept_damaged, shown(report.kept)))
    print(messages.restored(shown(report.restored.path), backup_facts(report.restored)))
    return 0


def _recover(args: argparse.Namespace) -> int:
    report = library_care.recover_library(args.db, Path(args.output))
    print(
        messages.recovered(
            shown(report.target),
            report.annotations,
            report.annotations_before,
            report.documents,
            report.tags,
        )
    )
    if report.placeholders:
        print(messages.documents_lost(report.placeholders))
    if report.damaged_rows:
        print(messages.rows_partly_read(report.damaged_rows))
    if report.unreadable_tables:
        print(messages.unreadable_tables(report.unreadable_tables))
    print(messages.use_it_with(shown(report.target)))
    return 0


def _copy(args: argparse.Namespace) -> int:
    counts = library_transfer.copy_library(args.db, args.to)
    print(messages.copied_into(shown(library_transfer.display(args.to)), counts.copied))
    present = sum(counts.present.values())
    if present:
        print(messages.rows_already_there(present))
    return 0
