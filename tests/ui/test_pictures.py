"""Decoding pictures: dimensions checked from the header, big pictures never decoded,
wide ones decoded smaller, broken ones described."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from reader.ui.pictures import MAX_DECODED_WIDTH, decode
from tests.measure import run_python


def huge_png(width: int, height: int) -> bytes:
    """A real, valid PNG (one bit per pixel, all black) of the given size: small as a
    file, 1.6 GB once decoded to 32-bit pixels at 20,000 x 20,000."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def encoded(image: QImage, kind: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide 6.11 takes the format as str at run time; its stubs say bytes.
    assert image.save(buffer, kind)  # type: ignore[call-overload]
    return bytes(data.data())


def test_a_picture_of_400_megapixels_is_refused_from_its_header(qapp: object) -> None:
    result = decode(huge_png(20_000, 20_000))
    assert isinstance(result, str)
    assert "20,000 × 20,000" in result


def test_a_wide_picture_is_decoded_at_most_as_wide_as_needed(qapp: object) -> None:
    image = QImage(4000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    for kind in ("PNG", "JPEG"):
        result = decode(encoded(image, kind))
        assert isinstance(result, QImage)
        assert result.width() == MAX_DECODED_WIDTH
        assert result.height() == pytest.approx(MAX_DECODED_WIDTH / 4, abs=1)


def test_a_transparent_picture_gets_a_white_paper(qapp: object) -> None:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    result = decode(encoded(image))
    assert isinstance(result, QImage)
    assert QColor(result.pixel(5, 5)) == QColor("#ffffff")


@pytest.mark.parametrize("data", [b"", b"not a picture", b"\x89PNG\r\n\x1a\n\x00\x00broken"])
def test_anything_else_is_said_not_to_be_a_picture(qapp: object, data: bytes) -> None:
    assert isinstance(decode(data), str)


MEASURE = """
import json, resource, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from reader.ui.pictures import decode
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result = decode(Path(sys.argv[1]).read_bytes())
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"refused": isinstance(result, str), "extra_mb": after - before}))
"""


@pytest.mark.slow
def test_refusing_a_huge_picture_costs_no_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(huge_png(20_000, 20_000))
    measured = run_python(MEASURE, str(path))
    assert measured["refused"]
    assert measured["extra_mb"] < 50, measured
