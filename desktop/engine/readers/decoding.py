"""Bytes -> text, tolerantly: UTF-8 with a stray byte stays UTF-8, UTF-16 without a BOM is found."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.engine.errors import NotText

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_STRAY = re.compile("[\udc80-\udcff]")  # bytes that surrogateescape could not decode
SNIFF_BYTES = 8192
UTF16_ZERO_SHARE = 0.3  # share of code units with a zero byte on one side in UTF-16 Latin text


@dataclass(frozen=True)
class Decoded:
    """The text, the encoding it was read in, and a sentence about anything replaced."""

    text: str
    encoding: str
    note: str | None = None


def decode(data: bytes, name: str = "article") -> Decoded:
    """Decode a file's bytes.

    Raises:
        NotText: binary data, or text in no encoding Précis recognises.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    sniff = data[:SNIFF_BYTES]
    if b"\x00" in sniff:
        encoding = _utf16_without_bom(sniff)
        if encoding is None:
            raise NotText(f"“{name}” is not a text file (it looks like binary data).")
        return _strict(data, encoding, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, name)
    return mostly if mostly is not None else _detected(data, name)


def _strict(data: bytes, encoding: str, name: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise NotText(f"“{name}” is not valid {encoding.upper()} text.") from None
    return Decoded(text.removeprefix("\ufeff"), encoding)


def _utf16_without_bom(sniff: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when zero bytes sit on one side of most code units."""
    units = len(sniff) // 2
    if units < 2:
        return None
    even_zero = sum(1 for i in range(0, units * 2, 2) if sniff[i] == 0)
    odd_zero = sum(1 for i in range(1, units * 2, 2) if sniff[i] == 0)
    if odd_zero >= UTF16_ZERO_SHARE * units and even_zero <= odd_zero / 10:
        return "utf-16-le"
    if even_zero >= UTF16_ZERO_SHARE * units and odd_zero <= even_zero / 10:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few stray bytes (a Latin-1 '£' pasted in): the strays become '�'."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    valid = sum(1 for c in text if ord(c) > 0x7F) - stray
    if valid < stray:
        return None  # more invalid than valid: a legacy single-byte encoding
    plural = "s" if stray != 1 else ""
    note = (f"{stray} byte{plural} in “{name}” {'were' if plural else 'was'} not valid UTF-8 "
            "and show as �.")
    return Decoded(_STRAY.sub("\ufffd", text), "utf-8", note)


def _detected(data: bytes, name: str) -> Decoded:
    """A legacy encoding, as charset-normalizer detects it (Western European when close)."""
    from charset_normalizer import from_bytes  # ~0.01-0.02 s: only for text that is not UTF-8

    matches = list(from_bytes(data))
    if not matches:
        raise NotText(f"“{name}” is not text in any encoding Précis recognises.")
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= matches[0].chaos + 0.15:
        text = str(western)
        letters = [c for c in text if c.isalpha()]
        # Mostly-ASCII letters with a few accents is Western European text, which the detector
        # often mistakes for a Central European or Asian code page on short files.
        if letters and sum(not c.isascii() for c in letters) / len(letters) < 0.3:
            return Decoded(text, "cp1252")
    return Decoded(str(matches[0]), matches[0].encoding)
