"""WARC web archives: every HTML response record becomes a document."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rasid.errors import ReadError
from rasid.model import Article
from rasid.read.html import read_html
from rasid.read.inputs import Failure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, name: str, max_record_bytes: int) -> Iterator[Article | Failure]:
    """Yield an Article per HTML response record, a Failure per record that has none."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{number} {url or ''}".rstrip()
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if not ctype.lower().startswith(_HTML_TYPES):
                continue
            payload = record.content_stream().read(max_record_bytes + 1)
            if len(payload) > max_record_bytes:
                yield Failure(where, f"record too large (over {max_record_bytes} bytes)")
                continue
            if getattr(record.raw_stream, "limit", 0):  # bytes the record announced but never came
                yield Failure(where, "corrupt or truncated WARC (the record ends early)")
                continue
            try:
                yield read_html(payload, _record_id(record, url), url=url)
            except ReadError as exc:
                yield Failure(where, str(exc))
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield Failure(f"{name}#{number + 1}", f"corrupt or truncated WARC ({exc})")


def _record_id(record: object, url: str | None) -> str:
    rid = record.rec_headers.get_header("WARC-Record-ID") or ""  # type: ignore[attr-defined]
    rid = rid.strip("<>").removeprefix("urn:uuid:")
    return rid or hashlib.sha1((url or "").encode()).hexdigest()[:16]
