"""Bytes to text: BOMs first, then strict UTF-8, then a detected legacy encoding."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from reader.core.errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
PREFERRED_LEGACY = "cp1252"
CHAOS_TOLERANCE = 0.15
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes, or raise DocumentError if they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: damaged {encoding} text ({exc.reason})") from exc
    if b"\x00" in data:
        raise DocumentError(f"{name} is not a text file (it looks binary)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _looks_binary(text):
        raise DocumentError(f"{name} is not a text file (it looks binary)")
    return text


def _decode_legacy(data: bytes, name: str) -> str:
    """Detect a legacy 8-bit encoding, leaning towards Windows-1252.

    On short Western European texts charset-normalizer often ranks a sibling
    code page (cp1257, cp1250) first with nearly the same "chaos"; those turn
    "è" into "č". Windows-1252 is by far the most common legacy encoding of
    such files, so it wins whenever it is about as plausible as the best guess.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        try:
            return data.decode(PREFERRED_LEGACY)
        except UnicodeDecodeError:
            raise DocumentError(f"{name} is not a text file (unknown encoding)") from None
    for match in matches:
        if match.chaos <= best.chaos + CHAOS_TOLERANCE and (
            PREFERRED_LEGACY in match.could_be_from_charset
        ):
            return data.decode(PREFERRED_LEGACY)
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_OK)
    return controls / len(sample) > 0.01
