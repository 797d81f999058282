"""HTML pages through trafilatura: title, publication date and the article body."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

import trafilatura

from rasid.errors import ReadError
from rasid.model import Article, ParagraphKind
from rasid.read.dates import normalize_date
from rasid.read.layout import build_article

LOGGER = logging.getLogger(__name__)
# trafilatura logs every page it finds poor; rasid reports failures itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_DATE_SEARCH = {"extensive_search": True, "original_date": True}
# Body elements of trafilatura's output and the kind of block each becomes.
_BLOCK_KINDS: dict[str, ParagraphKind] = {"head": "subheading", "p": "paragraph", "quote": "paragraph", "list": "paragraph"}


def read_html(data: bytes | str, doc_id: str, *, url: str | None = None) -> Article:
    """Extract the article of an HTML page, or raise ReadError when there is none."""
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_SEARCH,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # trafilatura's parser on broken markup
        raise ReadError(f"HTML could not be parsed ({exc})") from exc
    if doc is None or doc.body is None or not (doc.text or "").strip():
        raise ReadError("no article text found in the HTML page")
    blocks: list[str] = []
    kinds: list[ParagraphKind] = []
    for element in doc.body:
        text = " ".join(" ".join(element.itertext()).split())
        if text:
            blocks.append(text)
            kinds.append(_BLOCK_KINDS.get(element.tag, "paragraph"))
    title = (doc.title or "").strip()
    if not title and blocks:
        title, kinds = blocks.pop(0), kinds[1:]
    page_url = url or doc.url
    article = build_article(
        doc_id, title, blocks, kinds=kinds, published=normalize_date(doc.date),
        source=doc.sitename or (urlparse(page_url).hostname if page_url else None), url=page_url,
    )
    if len(article.paragraphs) < 2:
        raise ReadError("no article text found in the HTML page (only a title)")
    return article
