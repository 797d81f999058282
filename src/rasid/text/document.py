"""Sentences and tokens of a whole article."""

from __future__ import annotations

from rasid.model import Article, Sentence
from rasid.text.sentences import split_sentences
from rasid.text.tokens import Segmenter, tokenize


def sentences_of(article: Article, segmenter: Segmenter) -> list[Sentence]:
    """Split an article into sentences (never across paragraphs) with their tokens."""
    spans = split_sentences(article.text, [(p.start, p.end) for p in article.paragraphs] or None)
    return [Sentence(start, end, tokenize(article.text, start, end, segmenter)) for start, end in spans]
