"""The Python API: analyse one text, or open a store and query it.

    import rasid
    record = rasid.analyze("التقى وزير الخارجية الأردني نظيره المصري في عمان.")
    with rasid.open("rasid.db") as store:
        page = store.events(type="CONSULT", limit=10)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rasid.analysis import Pipeline
from rasid.errors import ReadError
from rasid.model import Article, Record
from rasid.read.html import read_html
from rasid.read.jsonl import record_to_article

if TYPE_CHECKING:
    from rasid.store.client import StoreClient


@lru_cache(maxsize=2)
def pipeline(ner: bool = False) -> Pipeline:
    """The analysis pipeline (with the statistical tagger when ``ner``), loaded on first use and kept."""
    return Pipeline.load(ner=ner)


def article_from(text: str = "", *, html: str | bytes | None = None, title: str | None = None,
                 published: str | None = None, source: str | None = None, url: str | None = None,
                 id: str = "document") -> Article:
    """A clean Article from plain text (first line the title unless ``title`` is given) or an HTML page.

    Raises:
        ReadError: when there is no text (or the page holds no article).
    """
    if html is not None:
        article = read_html(html, id, url=url)
        return Article(**{**{f: getattr(article, f) for f in article.__dataclass_fields__},
                          "published": published or article.published, "source": source or article.source})
    if not text.strip() and not (title or "").strip():
        raise ReadError("no text to analyse")
    return record_to_article({"id": id, "title": title or "", "text": text, "published": published,
                              "source": source, "url": url}, id)


def analyze(text: str = "", *, html: str | bytes | None = None, title: str | None = None,
            published: str | None = None, source: str | None = None, url: str | None = None,
            id: str = "document", ner: bool = False) -> Record:
    """The full record (entities, quotations, events) of one text or HTML page.

    ``ner=True`` adds the entities of the statistical tagger to the knowledge base's (slower).
    """
    return pipeline(ner).analyze(article_from(text, html=html, title=title, published=published, source=source,
                                           url=url, id=id))


def open_store(path: str | Path, create: bool = False) -> StoreClient:
    """Open a store made by ``rasid process`` (or a new one with ``create=True``) for queries."""
    from rasid.store.client import StoreClient

    return StoreClient(path, create=create)
