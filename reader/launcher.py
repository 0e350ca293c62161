"""Entry point: dispatch to the GUI (imported only when needed) or the headless CLI."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from reader.cli import commands
from reader.cli.parser import GUI_COMMANDS, parse


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command in GUI_COMMANDS:
        from reader.ui.app import run  # noqa: PLC0415  (Qt loads only for the GUI)

        return run(args)
    # What start-up imported lives until the command exits: the garbage collector need
    # not walk it again (a full collection during an export of a book took 50 ms).
    gc.freeze()
    return commands.run(args)
