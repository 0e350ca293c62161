"""Entry point: dispatch to the GUI (imported only when needed) or the headless CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reader.cli import commands
from reader.cli.parser import GUI_COMMANDS, parse


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command in GUI_COMMANDS:
        from reader.ui.app import run  # noqa: PLC0415  (Qt loads only for the GUI)

        return run(args)
    return commands.run(args)
