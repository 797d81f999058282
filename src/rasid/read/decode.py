"""Bytes to text: encodings found in the wild, and rejection of binary data."""

from __future__ import annotations

import codecs
import re

from rasid.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings of Arabic text, tried in order when UTF-8 fails.
_LEGACY = ("cp1256", "iso-8859-6")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_MAX_CONTROL_RATIO = 0.01
# UTF-16 without a byte-order mark is believed only when it decodes to words with spaces.
_PLAUSIBLE = re.compile(r"[\u0600-\u06ffA-Za-z]{2,}\s+[\u0600-\u06ffA-Za-z]{2,}")


def decode(data: bytes) -> str:
    """Decode a document's bytes, or raise ReadError saying why they are not text."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        return _checked(_utf16_without_bom(data))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_arabic(text):
            return _checked(text)
    raise ReadError("unknown text encoding (not UTF-8, UTF-16 or an Arabic legacy encoding)")


def _utf16_without_bom(data: bytes) -> str:
    """NUL bytes mean binary data, unless the bytes read as UTF-16 text with words and spaces."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        if _PLAUSIBLE.search(sample) and not _CONTROL.search(sample):
            return text
    raise ReadError("binary data, not text")


def _looks_arabic(text: str) -> bool:
    letters = len(_LETTER.findall(text[:20000]))
    return letters > 0 and len(_ARABIC.findall(text[:20000])) / letters > 0.5


def _checked(text: str) -> str:
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_RATIO * len(sample) or sample.count("\ufffd") > 0.05 * len(sample):
        raise ReadError("binary data, not text")
    if not text.strip():
        raise ReadError("empty file")
    return text
