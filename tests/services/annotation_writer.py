"""A separate process on a library, for the crash-safety and concurrency tests.

``write``: create annotations in a loop with the real services; each id is printed
(and flushed) only once ``create()`` has returned, i.e. once it is committed.
``list``: list the document's annotations in a loop until it sees ``--until`` of them,
printing each count.

Run as ``python annotation_writer.py DB DOCUMENT_ID write|list [options]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.services.annotations import AnnotationService
from reader.store.unit_of_work import UnitOfWork


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("document_id", type=int)
    parser.add_argument("mode", choices=("write", "list"))
    parser.add_argument("--count", type=int, default=0, help="annotations to write (0: forever)")
    parser.add_argument("--length", type=int, default=40, help="text length to spread over")
    parser.add_argument("--tag", default="w", help="tag of every annotation written")
    parser.add_argument("--until", type=int, default=0, help="list until this many are seen")
    parser.add_argument("--ready", type=Path, help="file to create once the database is open")
    parser.add_argument("--go", type=Path, help="file to wait for before starting")
    args = parser.parse_args()

    uow = UnitOfWork.open(args.db)
    annotations = AnnotationService(uow)
    if args.ready is not None:
        args.ready.touch()
    if args.go is not None:
        while not args.go.exists():
            time.sleep(0.005)

    if args.mode == "list":
        deadline = time.monotonic() + 60
        seen = 0
        while seen < args.until and time.monotonic() < deadline:
            seen = len(annotations.for_document(args.document_id))
            print(seen, flush=True)
        uow.close()
        return 0 if seen >= args.until else 1

    n = 0
    span = max(1, args.length - 8)
    while args.count == 0 or n < args.count:
        start = n % span
        annotation = annotations.create(
            args.document_id, start, start + 5, note=f"{args.tag} {n}", tags=[args.tag]
        ).value
        sys.stdout.write(annotation.id + "\n")
        sys.stdout.flush()
        n += 1
    uow.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
