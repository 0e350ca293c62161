"""A member's process on a team library, for the concurrency tests.

``write``: for ``--seconds``, create ``--count`` annotations paced over that time,
and after each (and until the time is up) edit other members' annotations (the
``--hot`` ones everyone edits, and others' recent ones) with the version read just
before, as the window does. Each line is printed (and flushed) only once the
operation returned:

- ``C <id>``: an annotation created (committed);
- ``E <id> <expected> <new version> <note>``: an edit saved over version ``expected``;
- ``X <id> <expected> <their version or -> ``: an edit refused as a conflict
  (:class:`~reader.core.errors.ConflictError`), with the version it met.

``--hang-after N``: the (N+1)th creation stops inside its transaction, after its rows
are sent and before the commit, and prints ``HANG`` (for a test to SIGKILL it there).

``list``: count the document's annotations in a loop until it sees ``--until`` of
them, printing each count.

Run as ``python team_writer.py URL DOCUMENT_ID write|list [options]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from reader.core.annotations import Colour
from reader.core.errors import ConflictError
from reader.services.app import Services

COLOURS = list(Colour)


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


class Member:
    def __init__(self, services: Services, args: argparse.Namespace) -> None:
        self.services = services
        self.args = args
        self.rng = random.Random()
        self.hot: list[str] = [h for h in args.hot.split(",") if h]
        self.others: list[str] = []
        self.created = 0
        self.edits = 0
        self.hanging = False
        event.listen(services.uow.writer, "commit", self._before_commit)

    def _before_commit(self, _connection: Any) -> None:
        if self.hanging:
            say("HANG")
            while True:  # inside the transaction, until killed
                time.sleep(1)

    def create(self) -> None:
        args = self.args
        if args.hang_after is not None and self.created >= args.hang_after:
            self.hanging = True
        start = self.created % max(1, args.length - 8)
        made = self.services.annotations.create(
            args.document_id,
            start,
            start + 5,
            note=f"{args.name} {self.created}",
            tags=[args.tag],
        ).value
        say("C", made.id)
        self.created += 1

    def edit(self) -> None:
        annotations = self.services.annotations
        if self.edits % 25 == 0:  # now and then, learn what the others made lately
            mine = self.args.name
            self.others = [
                a.id
                for a in annotations.for_document(self.args.document_id)[-200:]
                if a.author != mine
            ]
        self.edits += 1
        pool = self.others if self.others and self.rng.random() < 0.3 else self.hot
        if not pool:
            return
        target = self.rng.choice(pool)
        seen = annotations.get(target)
        time.sleep(self.rng.uniform(0, 0.05))  # the user types: others may save meanwhile
        note = f"{self.args.name}-edit-{self.edits}"
        try:
            saved = annotations.edit(
                target,
                note=note,
                colour=self.rng.choice(COLOURS),
                expected_version=seen.version,
            ).value
        except ConflictError as conflict:
            theirs = conflict.current
            say("X", target, seen.version, theirs.version if theirs is not None else "-")
            return
        say("E", target, seen.version, saved.version, note)

    def run(self) -> None:
        args = self.args
        began = time.monotonic()
        while True:
            elapsed = time.monotonic() - began
            due = args.count if elapsed >= args.seconds else args.count * elapsed / args.seconds
            if self.created < args.count and self.created <= due:
                self.create()  # then an edit at least, however slow the machine
            elif elapsed >= args.seconds:
                return
            self.edit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("document_id", type=int)
    parser.add_argument("mode", choices=("write", "list"))
    parser.add_argument("--name", default="member", help="the member's user name")
    parser.add_argument("--count", type=int, default=100, help="annotations to create")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to write")
    parser.add_argument("--hot", default="", help="comma-separated ids everyone edits")
    parser.add_argument("--length", type=int, default=40, help="text length to spread over")
    parser.add_argument("--tag", default="w", help="tag of every annotation created")
    parser.add_argument("--hang-after", type=int, help="stop inside the next creation")
    parser.add_argument("--until", type=int, default=0, help="list until this many are seen")
    parser.add_argument("--go", help="file to wait for before starting")
    args = parser.parse_args()

    services = Services.open(args.db, user=args.name)
    if args.go is not None:
        while not Path(args.go).exists():
            time.sleep(0.005)
    try:
        if args.mode == "write":
            Member(services, args).run()
            return 0
        deadline = time.monotonic() + args.seconds
        seen = 0
        while seen < args.until and time.monotonic() < deadline:
            seen = len(services.annotations.for_document(args.document_id))
            say(seen)
            time.sleep(0.05)
        return 0 if seen >= args.until else 1
    finally:
        services.close()


if __name__ == "__main__":
    raise SystemExit(main())
