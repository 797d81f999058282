"""Sentence splitting that respects paragraphs, quotations, numbers and abbreviations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rasid.text import punctuation as P
from rasid.text.fold import fold_text

# A run of terminators, its closing marks, then white space or the end of the paragraph.
_BOUNDARY = re.compile(
    "[" + re.escape(P.TERMINATORS) + "]+[" + re.escape(P.CLOSERS) + "]*(?=\\s|$)"
)
_WORD_BEFORE = re.compile(r"([^\s.]+(?:\.[^\s.]+)*)$")
# … or a full stop run together with the next sentence's first word, between two words of three letters
# or more (بسبب الغبار.وكانت الرئاسة), or after a word's closing mark (القناة".والتقى): no abbreviation
# (د.ب.أ، أ.ف.ب) nor number (3.5) is written so
_GLUED = re.compile(  # (the stop first, then what is before it: scanning for the stop is the fast part)
    "[.؟!](?:(?<=[\u0621-\u064a]{3}[.؟!])|(?<=[\u0621-\u064a][" + re.escape(P.CLOSERS) + "][.؟!]))"
    "(?=[\u0621-\u064a]{3})"
)
_ABBREVIATION_WINDOW = 24  # no abbreviation is longer: look no further back than this
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_QUOTE_CHARS = re.compile(
    "[" + re.escape("".join(P.QUOTE_PAIRS) + "".join(P.QUOTE_PAIRS.values()) + P.SYMMETRIC_QUOTES) + "]"
)
_CLOSING = {v: k for k, v in P.QUOTE_PAIRS.items()}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a plain text: blocks separated by blank lines."""
    spans = (_trim(text, m.start(), m.end()) for m in _PARAGRAPH.finditer(text))
    return [(s, e) for s, e in spans if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Balanced quotation regions inside ``text[start:end]`` (unbalanced marks are ignored)."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    open_symmetric: int | None = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        ch, pos = m.group(), m.start()
        if ch in P.SYMMETRIC_QUOTES:
            if open_symmetric is None:
                open_symmetric = pos
            else:
                regions.append((open_symmetric, pos + 1))
                open_symmetric = None
        elif ch in P.QUOTE_PAIRS:
            stack.append((ch, pos))
        elif stack and stack[-1][0] == _CLOSING[ch]:
            regions.append((stack.pop()[1], pos + 1))
    return [(a, b) for a, b in regions if b - a <= P.MAX_QUOTE_CHARS]


def _is_abbreviation(text: str, stop: int, start: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation rather than a sentence."""
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(start, stop - _ABBREVIATION_WINDOW), stop)
    if not m:
        return False
    word = fold_text(m.group(1)).strip("(«\"'")
    return word in P.ABBREVIATIONS


def _dotted_name(text: str, stop: int, start: int, end: int) -> bool:
    """Whether the full stop at ``stop`` is one of several in a word (إن.إتش.كيه): a name, no boundary."""
    before = re.split(r"[\s(«\"]", text[max(start, stop - 20) : stop])[-1]
    after = re.split(r"[\s)»\"]", text[stop + 1 : min(end, stop + 21)])[0]
    return "." in before or "." in after


def _sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    quoted = _quoted_regions(text, start, end)
    glued = (m for m in _GLUED.finditer(text, start, end) if not _dotted_name(text, m.start(), start, end))
    boundaries = sorted([*_BOUNDARY.finditer(text, start, end), *glued], key=lambda m: m.start())
    for m in boundaries:
        cut = m.end()
        if any(a < m.start() < b for a, b in quoted):  # a mark inside a quotation ends no sentence
            continue
        if m.group() == "." and _is_abbreviation(text, m.start(), start):
            continue
        yield cut


def split_sentences(text: str, paragraphs: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``[start, end)``, never across a paragraph.

    Args:
        text: the whole text.
        paragraphs: paragraph spans (the title among them); by default, blocks between blank lines.
    """
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs if paragraphs is not None else paragraph_spans(text):
        begin = p_start
        for cut in [*_sentence_ends(text, p_start, p_end), p_end]:
            s, e = _trim(text, begin, cut)
            if e > s:
                spans.append((s, e))
            begin = cut
    return spans
