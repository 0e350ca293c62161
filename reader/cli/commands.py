"""Headless commands. Each prints its result on stdout and returns an exit status."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reader.core.errors import ReaderError
from reader.formats import load_document

Handler = Callable[[argparse.Namespace], int]


def cmd_text(args: argparse.Namespace) -> int:
    document = load_document(Path(args.file))
    sys.stdout.write(document.text)  # exactly: offsets elsewhere count in this text
    return 0


HANDLERS: dict[str, Handler] = {
    "text": cmd_text,
}


def run(args: argparse.Namespace) -> int:
    """Run a headless command; a user error is one line on stderr and exit status 2."""
    try:
        return HANDLERS[args.command](args)
    except ReaderError as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `reader text big.txt | head`
        sys.stderr.close()
        return 0
