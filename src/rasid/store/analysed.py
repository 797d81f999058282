"""What a worker hands the store for one article: the record plus what storing it needs.

Everything here is a pure function of the article, so it runs in the process pool; only the
store's writes (and the duplicate index they consult) stay in the main process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rasid.analysis import Pipeline
from rasid.model import Article, Record
from rasid.store.dedup import content_hash, signature
from rasid.text.index_text import article_index_text, folded_words, index_text


def document_key(article: Article) -> str:
    """The identity of one input document: the same file read twice has the same key."""
    parts = (article.id, article.source or "", article.url or "", article.published or "", article.text)
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Analysed:
    """One article, analysed and prepared for the store."""

    key: str
    record: Record
    content_hash: str
    signature: bytes | None
    article_index: str
    quote_index: list[str]
    event_index: list[str]


def analyse(pipeline: Pipeline, article: Article, key: str | None = None) -> Analysed:
    """Analyse one article and compute its hashes, MinHash signature and search-index texts."""
    record = pipeline.analyze(article)
    words = folded_words(article.text)  # once, for the hashes and the index alike
    sentence_index: dict[str, str] = {}  # several events often share one sentence
    for event in record.events:
        if event.sentence not in sentence_index:
            sentence_index[event.sentence] = index_text(event.sentence)
    return Analysed(
        key=key or document_key(article),
        record=record,
        content_hash=content_hash(words),
        signature=signature(words),
        article_index=article_index_text(article.title, article.text, words),
        quote_index=[index_text(q.text) for q in record.quotes],
        event_index=[sentence_index[e.sentence] for e in record.events],
    )
