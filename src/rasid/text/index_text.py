"""The text the search index holds, and the same treatment for queries.

Folding makes spellings meet (أشار / اشار, شمخانی / شمخاني); splitting clitics makes a word found
with its prefixes and suffixes (اشار in واشار, وفد in بالوفد: the article is split too).  Indexed text and queries go
through the same function, so they always agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.text.fold import fold_text
from rasid.text.tokens import Segmenter

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    return Segmenter()


def folded_words(text: str) -> list[str]:
    """The words of ``text``, folded (what duplicate detection compares, and the index splits)."""
    return _WORD.findall(fold_text(text))


def index_words(text: str) -> list[str]:
    """The folded words of ``text``, each clitic a word of its own."""
    return split_words(folded_words(text))


def split_words(words: list[str]) -> list[str]:
    """Folded words with their clitics split off as words of their own."""
    out: list[str] = []
    for word in words:
        out.extend(_word_segments(word))
    return out


@lru_cache(maxsize=200_000)  # the same few thousand words make most of the news
def _word_segments(word: str) -> tuple[str, ...]:
    segments = []
    for segment in _segmenter().segments(word):
        # the segmenter keeps the article on its noun; the index splits it (الوفد -> ال وفد)
        if len(segment) >= 5 and segment.startswith("ال"):
            segments += ["ال", segment[2:]]
        else:
            segments.append(segment)
    return tuple(segments)


def index_text(text: str) -> str:
    """``text`` as the search index stores it."""
    return " ".join(index_words(text))


def article_index_text(title: str, text: str, text_words: list[str] | None = None) -> str:
    """An article's indexed text: the title, unless the body already begins with it, then the body.

    ``text_words``: the body's ``folded_words`` when the caller has them already.
    """
    words = folded_words(text) if text_words is None else text_words
    if not text.startswith(title):
        words = folded_words(title) + words
    return " ".join(split_words(words))


def fts_query(query: str) -> str | None:
    """An FTS5 query finding every word of ``query`` (each as the phrase of its clitics).

    Returns None when the query has no word.  Words are quoted, so FTS5 syntax in the user's
    text (AND, *, parentheses) is searched for literally and never raises.
    """
    phrases = []
    for word in _WORD.findall(fold_text(query)):
        phrases.append('"' + " ".join(_word_segments(word)) + '"')
    return " ".join(phrases) or None
