"""Plain-text articles like the seed: the first line is the title, each other line a block."""

from __future__ import annotations

from rasid.errors import ReadError
from rasid.model import Article
from rasid.read.layout import build_article


def read_plaintext(text: str, doc_id: str, *, url: str | None = None, source: str | None = None) -> Article:
    """Parse a plain-text article: title line, then paragraphs (one per non-empty line)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise ReadError("empty file")
    return build_article(doc_id, lines[0], lines[1:], url=url, source=source)
