"""Assembling an Article from a title and body blocks, with paragraph offsets and kinds."""

from __future__ import annotations

import re

from rasid.model import Article, Paragraph, ParagraphKind, Removed
from rasid.read import boilerplate_data as data
from rasid.read.boilerplate import clean_blocks

_SPACES = re.compile(r"[ \t\r\f\v]+")


def normalize_block(block: str) -> str:
    """One block as one line: runs of spaces and line breaks become a single space."""
    return _SPACES.sub(" ", block.replace("\n", " ")).strip()


def is_subheading(block: str, next_block: str | None) -> bool:
    """A short block with no closing punctuation, followed by a longer one."""
    if next_block is None or block.rstrip()[-1:] in data.SENTENCE_END:
        return False
    words = len(block.split())
    return words <= data.MAX_SUBHEADING_WORDS and len(next_block.split()) > words


def build_article(
    doc_id: str,
    title: str,
    blocks: list[str],
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    removed: list[Removed] | None = None,
    kinds: list[ParagraphKind] | None = None,
) -> Article:
    """Build an Article: title line, blank line, then one block per paragraph.

    Args:
        doc_id: the document id.
        title: the title (a block of its own).
        blocks: body blocks in reading order, boilerplate still in them.
        published, source, url: metadata as read.
        removed: what the reader already dropped.
        kinds: the blocks' kinds when the source marks them (HTML headings); else inferred.
    """
    title = normalize_block(title)
    pairs = [(normalize_block(b), k) for b, k in zip(blocks, kinds or [None] * len(blocks))]
    pairs = [(b, k) for b, k in pairs if b]
    kept, dropped = clean_blocks(title, [b for b, _ in pairs])
    kind_of = dict(pairs)
    parts: list[str] = [title]
    paragraphs = [Paragraph(0, len(title), "title")]
    pos = len(title)
    for i, block in enumerate(kept):
        kind = kind_of.get(block) or ("subheading" if is_subheading(block, _get(kept, i + 1)) else "paragraph")
        pos += 2
        paragraphs.append(Paragraph(pos, pos + len(block), kind))
        parts.append(block)
        pos += len(block)
    return Article(
        id=doc_id, title=title, text="\n\n".join(parts), published=published, source=source, url=url,
        paragraphs=paragraphs, removed=[*(removed or []), *dropped],
    )


def _get(items: list[str], i: int) -> str | None:
    return items[i] if i < len(items) else None
