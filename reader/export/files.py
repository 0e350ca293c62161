"""Writing an export to disk atomically: the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from reader.core.durable import sync_folder
from reader.core.errors import ReaderError, os_reason
from reader.core.messages import Message, Msg, message

__all__ = ["write_atomic"]

TEMPORARY_STEM_BYTES = 200
STALE_TEMPORARY = 600.0
_TEMPORARY = re.compile(r"[0-9a-f]{8}\.tmp")


def write_atomic(path: Path, content: str, *, source: Path | None = None) -> None:
    """Write ``content`` (UTF-8, ``\\n`` line endings kept) to ``path`` atomically.

    The text goes to a temporary file in the same folder, is flushed to disk, and
    replaces ``path`` in one step. An existing file keeps its permissions. On any
    failure the temporary file is removed, ``path`` is left as it was, and a
    :class:`~reader.core.errors.ReaderError` with a one-line message is raised.

    Only a regular file is ever replaced: a symbolic link, a FIFO, a device or a
    folder at ``path`` is refused, and so is ``source`` (the document exported)
    under any name. Temporary files of earlier exports to the same name that a
    crash left behind (untouched for STALE_TEMPORARY seconds) are removed.
    """
    path = Path(path)
    folder = path.parent
    _check_destination(path, source)
    try:
        data = content.encode("utf-8")
    except UnicodeEncodeError:
        raise ReaderError(
            message(Msg.CANNOT_WRITE, path=str(path), reason=message(Msg.NOT_UTF8_STORABLE))
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
        sync_folder(folder)
    except OSError as exc:
        raise ReaderError(
            message(Msg.CANNOT_WRITE, path=str(path), reason=_reason(exc, folder))
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _check_destination(path: Path, source: Path | None) -> None:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ReaderError(
            message(Msg.CANNOT_WRITE, path=str(path), reason=_reason(exc, path.parent))
        ) from None
    for test, what in (
        (stat.S_ISDIR, Msg.IS_A_FOLDER),
        (stat.S_ISLNK, Msg.IS_A_LINK),
        (stat.S_ISFIFO, Msg.IS_A_FIFO),
        (stat.S_ISCHR, Msg.IS_A_DEVICE),
        (stat.S_ISBLK, Msg.IS_A_DEVICE),
        (stat.S_ISSOCK, Msg.IS_A_SOCKET),
    ):
        if test(mode):
            raise ReaderError(message(Msg.CANNOT_WRITE, path=str(path), reason=message(what)))
    if source is not None:
        with contextlib.suppress(OSError):
            if os.path.samefile(path, source):
                raise ReaderError(
                    message(Msg.CANNOT_WRITE, path=str(path), reason=message(Msg.IS_THE_SOURCE))
                )


def _stem(name: str) -> str:
    """The start of ``name`` that fits, with room for the suffix, in 255 bytes."""
    return name.encode("utf-8")[:TEMPORARY_STEM_BYTES].decode("utf-8", "ignore")


def _remove_stale(folder: Path, name: str) -> None:
    prefix = f".{_stem(name)}."
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for other in names:
        if other.startswith(prefix) and _TEMPORARY.fullmatch(other[len(prefix) :]):
            with contextlib.suppress(OSError):
                stale = folder / other
                if now - stale.lstat().st_mtime > STALE_TEMPORARY:
                    stale.unlink()


def _create_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty, exclusively created file next to the target (mode per the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    stem = _stem(name)
    _remove_stale(folder, name)
    for _ in range(100):
        candidate = folder / f".{stem}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "cannot create a temporary file")


def _reason(exc: OSError, folder: Path) -> Message | str:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return message(Msg.FOLDER_MISSING, folder=str(folder))
    return os_reason(exc)
