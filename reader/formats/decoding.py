"""Bytes to text: BOMs first, then UTF-8 (a few bad bytes replaced), UTF-16 or UTF-32
without a BOM, then a detected legacy encoding.

- Valid UTF-8 is UTF-8. Text that is UTF-8 but for a few invalid sequences (a stray
  Latin-1 byte pasted into a UTF-8 file) stays UTF-8: only the bad sequences become
  U+FFFD, and :attr:`Decoded.warnings` says how many. It counts as UTF-8 when its valid
  multi-byte characters outnumber the invalid sequences :data:`UTF8_EVIDENCE` to one;
  otherwise (e.g. a cp1252 file, whose accented letters are all invalid UTF-8) the
  encoding is detected.
- UTF-16 and UTF-32 without a BOM are recognised from where their zero bytes fall (the
  high bytes of ASCII characters: spaces, line ends, digits are in nearly every text).
- A charset a file *declares* (web pages) is read as browsers read it, with the WHATWG
  Encoding Standard's labels (the ``webencodings`` package): a label that names no text
  encoding (``base64``, ``rot13``, ``zlib``, ``undefined``, ``utf-7``...) is ignored, and
  so is a declared charset that decodes the bytes to garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import webencodings
from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from reader.core.errors import DocumentError
from reader.core.messages import Msg, message

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
PREFERRED_LEGACY = "cp1252"
CHAOS_TOLERANCE = 0.15
UTF8_EVIDENCE = 4
"""Valid multi-byte UTF-8 characters needed per invalid sequence for a file to stay UTF-8."""
GARBAGE_RATIO = 0.2
"""charset-normalizer "mess" ratio from which a declared charset's text is garbage."""
_SNIFF = 1 << 16
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_HIGH_BYTES = bytes(range(0x80, 0x100))
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    """The Python codec the text was decoded with."""
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes, or raise DocumentError if they are not text."""
    return decode(data, name).text


def decode(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes (see the module's rules), or raise DocumentError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            decoded = _replacing(data[len(bom) :], encoding, name)
            break
    else:
        if b"\x00" in data:
            wide = _wide_encoding(data)
            if wide is None:
                raise DocumentError(message(Msg.FILE_BINARY, name=name))
            decoded = _replacing(data, wide, name)
        else:
            decoded = _utf8_or_legacy(data, name)
    if _looks_binary(decoded.text):
        raise DocumentError(message(Msg.FILE_BINARY, name=name))
    return decoded


def web_codec(label: str) -> str | None:
    """The Python codec a declared charset label means to a browser, or None if it names
    no text encoding a page can be in. HTML's rule applies: a declaration readable as
    ASCII cannot be UTF-16, so the UTF-16 labels mean UTF-8."""
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name == "replacement":
        return None
    if encoding.name in ("utf-16le", "utf-16be"):
        return "utf-8"
    name = encoding.codec_info.name
    try:
        codecs.lookup(name)  # webencodings' own x-user-defined is not registered
    except LookupError:
        return None
    return name


def decode_declared(data: bytes, codec: str) -> str | None:
    """The bytes decoded with the codec they declare (see :func:`web_codec`), or None if
    they are not valid in it or what comes out is garbage."""
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if _looks_binary(text) or mess_ratio(text[:_SNIFF], GARBAGE_RATIO) >= GARBAGE_RATIO:
        return None
    return text


def _replacing(data: bytes, encoding: str, name: str) -> Decoded:
    """Decode in a known encoding; invalid sequences become U+FFFD, with a warning."""
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, _replaced_warning(name, encoding, text, data))


def _replaced_warning(name: str, encoding: str, text: str, data: bytes) -> tuple[str, ...]:
    replaced = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode(encoding))
    if replaced <= 0:
        return ()
    label = codecs.lookup(encoding).name.upper()
    what = "sequence" if replaced == 1 else "sequences"
    return (f"{name}: {replaced:,} invalid {label} {what} replaced by \u201c\ufffd\u201d",)


def _utf8_or_legacy(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    non_ascii = len(text) - (len(data) - high)  # characters decoded from high bytes
    valid = non_ascii - invalid
    if valid >= UTF8_EVIDENCE * invalid:
        return Decoded(text, "utf-8", _replaced_warning(name, "utf-8", text, data))
    return _decode_legacy(data, name)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) recognised without a BOM, if the bytes are
    valid in it and give text; None otherwise."""
    sample = data[: _SNIFF - _SNIFF % 4]
    candidates: list[str] = []
    if len(data) % 4 == 0:
        if not any(sample[3::4]) and max(sample[2::4], default=0) <= 0x10:
            candidates.append("utf-32-le")
        if not any(sample[0::4]) and max(sample[1::4], default=0) <= 0x10:
            candidates.append("utf-32-be")
    if len(data) % 2 == 0:
        zeros_even = sample[0::2].count(0)
        zeros_odd = sample[1::2].count(0)
        if zeros_odd > 2 * zeros_even + 4:
            candidates.append("utf-16-le")
        elif zeros_even > 2 * zeros_odd + 4:
            candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Text in any script has spaces or line ends; wrongly paired bytes seldom do.
        spaces = text.count(" ") + text.count("\n") + text.count("\u3000")
        if "\x00" not in text and not _looks_binary(text) and spaces * 200 >= len(text):
            return encoding
    return None


def _decode_legacy(data: bytes, name: str) -> Decoded:
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
            return Decoded(data.decode(PREFERRED_LEGACY), PREFERRED_LEGACY)
        except UnicodeDecodeError:
            raise DocumentError(message(Msg.FILE_UNKNOWN_ENCODING, name=name)) from None
    for match in matches:
        if match.chaos <= best.chaos + CHAOS_TOLERANCE and (
            PREFERRED_LEGACY in match.could_be_from_charset
        ):
            return Decoded(data.decode(PREFERRED_LEGACY), PREFERRED_LEGACY)
    return Decoded(str(best), best.encoding)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_OK)
    return controls / len(sample) > 0.01
