"""A document's bytes, read without trusting the file system.

- Only regular files are read. A FIFO, socket, character or block device (``/dev/zero``)
  or folder is refused at once, from its ``stat``, before it is opened; the file is then
  opened non-blocking and checked again on the open descriptor, so a FIFO swapped in
  between cannot hang the reader either.
- Reading is bounded while it happens: never more than ``limit + 1`` bytes are read,
  whatever ``st_size`` says (``/proc`` files say 0; a file may grow while it is read).
- Symbolic links are resolved with loop detection (a loop is a one-line refusal).
- Messages show file names whose bytes are not UTF-8 with those bytes escaped
  (``caf\\xe9.txt``), so that printing them can never fail.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reader.core.errors import DocumentError
from reader.core.messages import Msg, message

_CHUNK = 1 << 20
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def shown(path: Path | str) -> str:
    """The path as text a terminal or a dialog can show: bytes of the name that are not
    UTF-8 (kept by Python as lone surrogates) appear as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def name_is_utf8(path: Path | str) -> bool:
    """Whether the path's bytes are valid UTF-8 (it can then be stored and printed as is)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def resolve(path: Path) -> Path:
    """The absolute path with every symbolic link resolved; DocumentError if the file is
    missing, unreadable or a link loop."""
    try:
        return Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        raise _os_error(path, exc) from None


def check_file(path: Path, limit: int) -> int:
    """The size of a regular file no larger than ``limit`` bytes, or DocumentError."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _os_error(path, exc) from None
    _check_kind(path, info.st_mode)
    if info.st_size > limit:
        raise _too_large(path, limit, info.st_size)
    return info.st_size


def read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file, or DocumentError (never a hang)."""
    size = check_file(path, limit)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        _check_kind(path, os.fstat(fd).st_mode)
        # One read gets a regular file whole; more only if it grew or lied about its size.
        chunk = os.read(fd, min(max(size, _CHUNK), limit) + 1)
        chunks = [chunk]
        total = len(chunk)
        while chunk and total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if chunk:
                chunks.append(chunk)
                total += len(chunk)
    except OSError as exc:
        raise _os_error(path, exc) from None
    finally:
        os.close(fd)
    if total > limit:
        raise _too_large(path, limit, None)
    return b"".join(chunks)


def _check_kind(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        what = Msg.A_DIRECTORY
    elif stat.S_ISFIFO(mode):
        what = Msg.A_PIPE
    elif stat.S_ISSOCK(mode):
        what = Msg.A_SOCKET
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = Msg.A_DEVICE
    else:
        raise DocumentError(message(Msg.FILE_NOT_REGULAR, name=shown(path)))
    raise DocumentError(message(Msg.FILE_SPECIAL, name=shown(path), what=message(what)))


def _too_large(path: Path, limit: int, size: int | None) -> DocumentError:
    name, most = shown(path.name or path), f"{limit / 1e6:.0f}"
    if size is None:
        return DocumentError(message(Msg.FILE_TOO_LARGE_NO_SIZE, name=name, limit=most))
    return DocumentError(
        message(Msg.FILE_TOO_LARGE, name=name, size=f"{size / 1e6:.0f}", limit=most)
    )


def _os_error(path: Path, exc: OSError) -> DocumentError:
    where = shown(path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return DocumentError(message(Msg.FILE_MISSING, name=where))
    if exc.errno == errno.ELOOP:
        return DocumentError(message(Msg.FILE_LINK_LOOP, name=where))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DocumentError(message(Msg.FILE_PERMISSION_DENIED, name=where))
    if exc.errno == errno.ENAMETOOLONG:
        return DocumentError(message(Msg.FILE_NAME_TOO_LONG, name=where[:200]))
    reason = exc.strerror or str(exc)
    return DocumentError(message(Msg.FILE_UNREADABLE, name=where, reason=reason))
