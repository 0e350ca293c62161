"""Is the library sound? SQLite's own checks, on a connection of their own.

- :func:`quick_check` (``PRAGMA quick_check``): every page and record readable, at
  start-up. It reads the whole file, so its time grows with the library
  (``benchmarks/bench_library_safety.py`` measures it); it opens its own connection,
  so a GUI can run :func:`quick_check_file` in a worker thread.
- :func:`full_check` for ``reader library check``: ``PRAGMA integrity_check`` (also
  index contents and constraints), ``foreign_key_check``, and FTS5's
  ``integrity-check`` on the search indexes (compared with the tables they index).
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from reader.store.access import Access, connect

MAX_PROBLEMS = 20
SEARCH_INDEXES = ("search_documents", "search_annotations", "search_chunks_fts")


@dataclass(frozen=True, slots=True)
class CheckResult:
    problems: tuple[str, ...]
    """What is wrong, in SQLite's words (empty when all is well)."""
    seconds: float
    search_index_only: bool = False
    """Every problem is in the search index (rebuilding it repairs the library)."""
    unchecked: str = ""
    """Why a part was not checked (empty when everything was)."""

    @property
    def ok(self) -> bool:
        return not self.problems


def quick_check(connection: sqlite3.Connection) -> CheckResult:
    began = time.perf_counter()
    problems = _pragma_problems(connection, f"PRAGMA quick_check({MAX_PROBLEMS})")
    return CheckResult(tuple(problems), time.perf_counter() - began)


def quick_check_file(path: Path, access: Access) -> CheckResult:
    """:func:`quick_check` on a connection of its own (safe from any thread)."""
    began = time.perf_counter()
    try:
        connection = connect(path, access)
    except sqlite3.Error as exc:
        return CheckResult((str(exc),), time.perf_counter() - began)
    try:
        return quick_check(connection)
    finally:
        connection.close()


def full_check_file(path: Path, access: Access) -> CheckResult:
    """:func:`full_check` of the library file. FTS5's check is an INSERT, which a
    read-only library refuses: there it runs on a temporary copy (backup API)."""
    began = time.perf_counter()
    connection = connect(path, access)
    try:
        result = full_check(connection, search=not access.read_only)
        if not access.read_only or not result.ok:
            return result
        try:
            with tempfile.TemporaryDirectory(prefix="reader-check-") as scratch:
                copy = sqlite3.connect(Path(scratch) / "copy.sqlite3", isolation_level=None)
                try:
                    connection.backup(copy)
                    search = _search_problems(copy)
                finally:
                    copy.close()
        except (sqlite3.Error, OSError) as exc:
            return replace(
                result, unchecked=f"the search index was not checked (no copy could be made: {exc})"
            )
    finally:
        connection.close()
    return CheckResult(tuple(search), time.perf_counter() - began, bool(search))


def full_check(connection: sqlite3.Connection, *, search: bool = True) -> CheckResult:
    began = time.perf_counter()
    problems = _pragma_problems(connection, f"PRAGMA integrity_check({MAX_PROBLEMS})")
    if not problems:
        try:
            rows = connection.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
        else:
            problems += [
                f"row {rowid} of {table} refers to a missing row of {parent}"
                for table, rowid, parent, _ in rows[:MAX_PROBLEMS]
            ]
    search_found = [] if problems or not search else _search_problems(connection)
    return CheckResult(
        tuple(problems + search_found), time.perf_counter() - began, bool(search_found)
    )


def _pragma_problems(connection: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = connection.execute(pragma).fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def _search_problems(connection: sqlite3.Connection) -> list[str]:
    problems = []
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")
    }
    for table in SEARCH_INDEXES:
        if table not in tables:
            problems.append(f"the search index {table} is missing")
            continue
        try:
            connection.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"the search index {table} does not match the library ({exc})")
    return problems


def counts(connection: sqlite3.Connection) -> tuple[int | None, int | None]:
    """How many documents and annotations the library holds (None: cannot be read)."""
    found: list[int | None] = []
    for table in ("documents", "annotations"):
        try:
            found.append(int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]))
        except sqlite3.DatabaseError:
            found.append(None)
    return found[0], found[1]
