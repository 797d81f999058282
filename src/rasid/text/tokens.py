"""Tokens with offsets, and their clitic segments."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.model import Token
from rasid.text.clitics import CliticSegmenter, load_wordfreq
from rasid.text.fold import fold

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN = re.compile(
    r"[A-Za-z]+[A-Za-z0-9]*"  # a Latin word, digits allowed inside (G20, COVID19)
    rf"|(?:[^\W\d_]|[{_MARKS}])+"  # a word: letters and marks; a clitic before digits stays apart
    r"|\d+(?:[.,/:٫٬\-]\d+)*"  # a number, a date or a time
    r"|([^\w\s])\1*"  # punctuation; a run of the same mark stays one token (..., !!)
    r"|_+"
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_TA_MARBUTA = "ةۀ"


class Segmenter:
    """Splits Arabic words into clitic segments; loads its lexicon once, caches per word."""

    def __init__(self, clitics: CliticSegmenter | None = None) -> None:
        self._clitics = clitics or CliticSegmenter(load_wordfreq())
        self.segments = lru_cache(maxsize=200_000)(self._segments)

    def _segments(self, word: str) -> tuple[str, ...]:
        """The segments of one token, as written; they join back to the token."""
        if not _ARABIC_LETTER.search(word):
            return (word,)
        folded = fold(word)
        cuts = self._clitics.segment(folded.text, word.rstrip("\u0640" + _MARKS)[-1:] in _TA_MARBUTA)
        if not cuts:
            return (word,)
        bounds = [0, *(folded.start_of(c) for c in cuts), len(word)]
        return tuple(word[a:b] for a, b in zip(bounds, bounds[1:]) if b > a)


def tokenize(text: str, start: int, end: int, segmenter: Segmenter) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and their segments."""
    segments = segmenter.segments
    tokens = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        tokens.append(Token(word, m.start(), m.end(), list(segments(word))))
    return tokens
