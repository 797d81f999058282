"""JSON Lines (plain or gzipped): one article per line, as in ../shared/corpus."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from rasid.errors import ReadError
from rasid.model import Article
from rasid.read.dates import normalize_date
from rasid.read.inputs import Failure
from rasid.read.layout import build_article

# Field names feeds use for the same thing, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "docno", "doc_id", "_id", "guid"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "description", "abstract"),
    "published": ("published", "date", "published_at", "pubdate", "time", "datetime", "extracted"),
    "source": ("source", "src", "site", "publisher"),
    "url": ("url", "link", "href"),
}


def read_jsonl(stream: BinaryIO, name: str, max_line_bytes: int) -> Iterator[Article | Failure]:
    """Yield an Article per JSON line, a Failure per bad line; the stream may be gzipped."""
    head = stream.read(2)
    stream.seek(0)
    lines = gzip.GzipFile(fileobj=stream) if head == b"\x1f\x8b" else stream
    number = 0
    try:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            where = f"{name}:{number}"
            if len(raw) > max_line_bytes:
                yield Failure(where, f"record too large ({len(raw)} bytes, limit {max_line_bytes})")
                continue
            try:
                yield record_to_article(json.loads(raw), f"{_stem(name)}-{number}")
            except (ValueError, ReadError) as exc:
                yield Failure(where, _reason(exc))
    except (EOFError, OSError, zlib.error) as exc:
        yield Failure(f"{name}:{number + 1}", f"truncated or corrupt compressed data ({exc or 'unexpected end'})")


def record_to_article(record: Any, fallback_id: str) -> Article:
    """Build an Article from one decoded JSON record."""
    if not isinstance(record, dict):
        raise ReadError(f"a record must be a JSON object, not {type(record).__name__}")
    get = {key: _first(record, names) for key, names in FIELDS.items()}
    text = get["text"] if isinstance(get["text"], str) else ""
    title = get["title"] if isinstance(get["title"], str) else ""
    blocks = [line for line in text.split("\n") if line.strip()]
    if not title.strip():
        if not blocks:
            raise ReadError("record has neither title nor text")
        title = blocks.pop(0)  # a headline-only record is still news: it is kept
    return build_article(
        str(get["id"]) if get["id"] not in (None, "") else fallback_id,
        title,
        blocks,
        published=normalize_date(get["published"]),
        source=_text_or_none(get["source"]),
        url=_text_or_none(get["url"]),
    )


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _stem(name: str) -> str:
    return name.rsplit("/", 1)[-1].split(".", 1)[0] or "stdin"


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON ({exc.msg} at column {exc.colno})"
    if isinstance(exc, UnicodeDecodeError):
        return "record is not UTF-8 text"
    return str(exc)
