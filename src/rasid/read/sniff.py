"""Telling the kind of an input from its first bytes, with the file name as a hint."""

from __future__ import annotations

import gzip
import re
import zlib
from typing import Literal

Kind = Literal["text", "html", "jsonl", "warc"]

_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|meta|title|div|p)[\s>/]", re.IGNORECASE)
_EXTENSIONS: dict[str, Kind] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".txt": "text", ".text": "text",
}
GZIP_MAGIC = b"\x1f\x8b"


def sniff(head: bytes, name: str) -> Kind:
    """The kind of an input whose first bytes are ``head`` (decompressed when gzipped)."""
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_head(head)
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"WARC/"):
        return "warc"
    if body.startswith(b"{"):
        return "jsonl"
    if _HTML.search(head[:4096]):
        return "html"
    return _by_extension(name) or "text"


def _by_extension(name: str) -> Kind | None:
    lower = name.lower().removesuffix(".gz")
    for ext, kind in _EXTENSIONS.items():
        if lower.endswith(ext):
            return kind
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def gunzip(data: bytes) -> bytes:
    """Decompress a whole gzipped single document (raises OSError/EOFError when corrupt)."""
    return gzip.decompress(data)
