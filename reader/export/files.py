"""Writing an export to disk atomically: the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from pathlib import Path

from reader.core.errors import ReaderError, os_reason

__all__ = ["write_atomic"]


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` (UTF-8, ``\\n`` line endings kept) to ``path`` atomically.

    The text goes to a temporary file in the same folder, is flushed to disk, and
    replaces ``path`` in one step. An existing file keeps its permissions. On any
    failure the temporary file is removed, ``path`` is left as it was, and a
    :class:`~reader.core.errors.ReaderError` with a one-line message is raised.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ReaderError(f"Cannot write {path}: it is a folder")
    try:
        data = content.encode("utf-8")
    except UnicodeEncodeError:
        raise ReaderError(
            f"Cannot write {path}: the text holds characters that UTF-8 cannot store"
        ) from None
    temporary: Path | None = None
    try:
        fd, temporary = _create_temporary(folder, path.name)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(path, temporary)
        os.replace(temporary, path)
        temporary = None
        _sync_folder(folder)
    except OSError as exc:
        raise ReaderError(f"Cannot write {path}: {_reason(exc, folder)}") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _create_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty, exclusively created file next to the target (mode per the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    stem = name[:200]
    for _ in range(100):
        candidate = folder / f".{stem}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "cannot create a temporary file")


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"the folder {folder} does not exist"
    return os_reason(exc)
