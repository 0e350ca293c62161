"""Where a document's pictures are, and reading their bytes back, within limits.

A picture is only ever read from the document itself: a member of the EPUB archive,
or a file in the folder of the Markdown file or saved web page (``page_files/``...),
never from the network (remote addresses, ``data:`` and ``file:`` URLs are not
read), never from elsewhere on the disk (``../`` out of the folder is refused), and
only from a regular file. The bytes are decoded by the view, which checks the
picture's dimensions before decoding it.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.core.document import Document
from reader.core.errors import DocumentError
from reader.core.messages import Msg, message
from reader.core.rich import Image
from reader.formats.structure import ImageResolver

MAX_IMAGE_BYTES = 32 * 1024 * 1024
"""Largest picture file read (a 24-megapixel photograph is about 10 MB as JPEG)."""
MAX_IMAGE_RATIO = 200
"""Largest compression ratio of a picture in an EPUB: pictures are compressed already."""


def local_images(folder: Path | None) -> ImageResolver:
    """Pictures in ``folder`` or below it, as absolute paths ('' for any other)."""
    if folder is None:
        return lambda _src: ""
    try:
        root = folder.resolve()
    except (OSError, RuntimeError):
        return lambda _src: ""

    def resolve(src: str) -> str:
        src = src.strip()
        if not src or src.startswith("//") or urlsplit(src).scheme:
            return ""  # remote, data: or file: addresses are never read
        try:
            path = (root / unquote(src.split("#", 1)[0].split("?", 1)[0])).resolve()
            if path.is_relative_to(root) and path.is_file():
                return str(path)
        except (OSError, RuntimeError, ValueError):
            pass
        return ""

    return resolve


def read_image(document: Document, image: Image) -> bytes:
    """The picture's bytes; DocumentError (one sentence) if they cannot be read."""
    if not image.src:
        raise DocumentError(message(Msg.PICTURE_UNAVAILABLE))
    if document.format == "epub":
        if document.source is None:
            raise DocumentError(message(Msg.BOOK_FILE_UNKNOWN))
        return _from_archive(document.source, image.src)
    return _from_file(Path(image.src))


def _from_archive(book: Path, member: str) -> bytes:
    try:
        with zipfile.ZipFile(book) as archive:
            info = archive.getinfo(member)
            if info.file_size > MAX_IMAGE_BYTES:
                raise DocumentError(
                    message(Msg.PICTURE_TOO_LARGE_BYTES, size=f"{info.file_size:,}")
                )
            if info.file_size > max(MAX_IMAGE_RATIO * info.compress_size, 1024 * 1024):
                raise DocumentError(message(Msg.PICTURE_SUSPICIOUS))
            with archive.open(info) as stream:
                return stream.read(MAX_IMAGE_BYTES + 1)[:MAX_IMAGE_BYTES]
    except KeyError:
        raise DocumentError(message(Msg.PICTURE_NOT_IN_BOOK)) from None
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError) as exc:
        raise DocumentError(message(Msg.PICTURE_UNREADABLE, reason=str(exc))) from None


def _from_file(path: Path) -> bytes:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise DocumentError(
            message(Msg.PICTURE_UNREADABLE, reason=exc.strerror or str(exc))
        ) from None
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise DocumentError(message(Msg.PICTURE_NOT_REGULAR))
        try:
            data = stream.read(MAX_IMAGE_BYTES + 1)
        except OSError as exc:
            raise DocumentError(
                message(Msg.PICTURE_UNREADABLE, reason=exc.strerror or str(exc))
            ) from None
    if len(data) > MAX_IMAGE_BYTES:
        raise DocumentError(message(Msg.PICTURE_TOO_LARGE))
    return data
