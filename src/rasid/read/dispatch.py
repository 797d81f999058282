"""From input arguments to Articles: expand, sniff, read, and report failures by name."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rasid.errors import ReadError
from rasid.model import Article
from rasid.read.decode import decode
from rasid.read.html import read_html
from rasid.read.inputs import Failure, Input, expand
from rasid.read.jsonl import read_jsonl
from rasid.read.plaintext import read_plaintext
from rasid.read.sniff import GZIP_MAGIC, gunzip, sniff
from rasid.read.warc import read_warc

_HEAD_BYTES = 8192


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits that keep one bad input from taking the machine down.

    Attributes:
        max_document_bytes: largest single-document file (text, HTML) or JSON line / WARC record.
    """

    max_document_bytes: int = 20 * 1024 * 1024

    def __post_init__(self) -> None:
        if self.max_document_bytes <= 0:
            raise ValueError("max_document_bytes must be positive")


def read_inputs(
    specs: Iterable[str], options: ReadOptions = ReadOptions(), stdin: bytes | None = None
) -> Iterator[Article | Failure]:
    """Yield an Article per document in ``specs`` and a Failure per document that failed.

    Args:
        specs: files, directories, glob patterns, or ``-`` for standard input.
        options: reading limits.
        stdin: the bytes of standard input when ``-`` is given.
    """
    for item in expand(specs, stdin):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, options)


def read_input(item: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Read one input file, whatever its kind."""
    try:
        stream = item.open()
    except OSError as exc:
        yield Failure(item.name, f"cannot open ({exc.strerror or exc})")
        return
    with stream:
        head = stream.read(_HEAD_BYTES)
        kind = sniff(head, item.name)
        stream.seek(0)
        if kind == "jsonl":
            yield from read_jsonl(stream, item.name, options.max_document_bytes)
            return
        if kind == "warc":
            yield from read_warc(stream, item.name, options.max_document_bytes)
            return
        data = stream.read(options.max_document_bytes + 1)
    if len(data) > options.max_document_bytes:
        yield Failure(item.name, f"file too large (over {options.max_document_bytes} bytes)")
        return
    try:
        yield _read_single(data, kind, item.stem)
    except ReadError as exc:
        yield Failure(item.name, str(exc))


def _read_single(data: bytes, kind: str, doc_id: str) -> Article:
    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise ReadError(f"truncated or corrupt compressed data ({exc})") from exc
    if kind == "html":
        if not data.strip():
            raise ReadError("empty file")
        return read_html(data, doc_id)
    return read_plaintext(decode(data), doc_id)
