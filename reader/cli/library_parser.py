"""``reader library ...``: the arguments of the commands that look after the library file."""

from __future__ import annotations

import argparse
from typing import Any

LIBRARY_EPILOG = """\
The library is --db PATH, else READER_DB, else library.sqlite3 in the user data
folder. Backups live in a 'backups' folder beside it: one is made at start-up when
the newest is over a day old, and one before every upgrade of its schema; the newest
of each of the last 7 days and 4 weeks are kept. Every backup is checked before it
counts.
"""


def add_library_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``library`` and its subcommands to the top-level ``commands``."""
    library = commands.add_parser(
        "library",
        parents=[common],
        help="check, back up, restore or recover the library file",
        description="Look after the library file: check it, back it up, list its backups,"
        " restore one, or recover what can be read of a damaged library.",
        epilog=LIBRARY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = library.add_subparsers(dest="library_command", metavar="ACTION")

    cmd = actions.add_parser(
        "check",
        parents=[common],
        help="full check: every page, index, reference and the search index",
        description="Run SQLite's integrity_check, the foreign key check and FTS5's"
        " integrity-check of the search index. Exit status 0 when all is well, else 2"
        " with what is wrong.",
    )
    cmd.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the search index when it is the only thing wrong",
    )

    cmd = actions.add_parser(
        "backup",
        parents=[common],
        help="back the library up now (verified)",
        description="Make a verified copy of the library with SQLite's online backup"
        " (other programs may go on using it). Without -o it goes into the backups"
        " folder as a manual backup, which automatic rotation never deletes.",
    )
    cmd.add_argument("-o", "--output", metavar="PATH", help="write the backup here (a new file)")

    cmd = actions.add_parser(
        "backups",
        parents=[common],
        help="list the library's backups: path, time, size, documents, annotations",
    )
    cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")

    cmd = actions.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the library (the library is backed up first)",
        description="Check BACKUP, keep the current library (a backup of it, or the"
        " damaged file moved into the backups folder), then restore BACKUP in its place.",
    )
    cmd.add_argument(
        "backup", metavar="BACKUP", help="the backup file (see 'reader library backups')"
    )

    cmd = actions.add_parser(
        "recover",
        parents=[common],
        help="copy every readable row of a damaged library into a new one",
        description="Read every row that can still be read (documents, annotations, tags,"
        " corrections) into the new library NEW.sqlite3, and say how many annotations were"
        " saved. The damaged library is not changed. Use the new one with --db or READER_DB,"
        " or restore it with 'reader library restore'.",
    )
    cmd.add_argument(
        "-o", "--output", required=True, metavar="NEW.sqlite3", help="the new library to write"
    )

    cmd = actions.add_parser(
        "copy",
        parents=[common],
        help="copy the library into another one (a team library on PostgreSQL, or back)",
        description="Copy every document, annotation, tag, correction and the entity lists"
        " into the library at --to (a path or a postgresql:// URL; built if new), keeping"
        " their ids, authors and timestamps. What the target has already is left as it is:"
        " running it twice adds nothing.",
    )
    cmd.add_argument("--to", required=True, metavar="URL", help="the library to copy into")
