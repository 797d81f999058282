"""Offset-preserving folding of Arabic text.

Folding gives a *matching view* of a text: spelling variants meet (hamza carriers, Persian
letters, ta marbuta, alef maksura), marks that do not change a word disappear (diacritics,
tatweel, zero-width and bidi controls), digits become ASCII and presentation forms are
normalised.  Every folded character keeps the index of the original character it came from,
so a span found in the folded text maps back to exact offsets in the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from rasid.text import letters


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for src, dst in {**letters.LETTER_MAP, **letters.DIGITS}.items():
        table[ord(src)] = dst
    for ch in letters.SPACES:
        table[ord(ch)] = " "
    for ch in letters.REMOVED:
        table[ord(ch)] = None
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    base = dict(table)
    for block in letters.PRESENTATION_FORMS:
        for code in block:
            ch = chr(code)
            if unicodedata.category(ch) == "Cn":
                continue
            normal = unicodedata.normalize("NFKC", ch)
            if normal != ch:
                table[code] = normal.translate(base)
    return table


TABLE: dict[int, str | None] = _build_table()
# The same table as a list indexed by code point: str.translate looks a list up about twice as fast
# as a dict; code points past its end raise IndexError, which translate reads as "unchanged".
_FAST_TABLE: list[int | str | None] = list(range(0x10000))
for _code, _value in TABLE.items():
    if _code < 0x10000:
        _FAST_TABLE[_code] = _value
# Code points whose folded form is not exactly one character: they shift offsets.
_IRREGULAR = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in sorted(TABLE.items()) if v is None or len(v) != 1) + "]"
)


# The matching view for names: quotation marks dropped as well (see fold_through_marks).
QUOTATION_MARK_PAIRS: tuple[tuple[str, str], ...] = (('"', '"'), ("«", "»"), ("“", "”"))
QUOTATION_MARKS = "".join(dict.fromkeys(c for pair in QUOTATION_MARK_PAIRS for c in pair))  # "«»“”
_TABLE_NO_MARKS: dict[int, str | None] = {**TABLE, **{ord(c): None for c in QUOTATION_MARKS}}
_FAST_TABLE_NO_MARKS: list[int | str | None] = list(_FAST_TABLE)
for _c in QUOTATION_MARKS:
    _FAST_TABLE_NO_MARKS[ord(_c)] = None
_IRREGULAR_NO_MARKS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in sorted(_TABLE_NO_MARKS.items()) if v is None or len(v) != 1) + "]"
)
# (the mark first, then what is around it: scanning for the mark is four times as fast)
_MARK_CLASS = "[" + re.escape(QUOTATION_MARKS) + "]"
_MARK_BETWEEN_WORDS = re.compile(rf"{_MARK_CLASS}(?<=\w{_MARK_CLASS})(?=\w)")


# Words and short phrases are folded again and again (every rule looks at the words around a
# trigger): a dictionary lookup costs a sixth of translating them. Emptied when full, so it keeps
# the words of the text at hand; a handful of megabytes at most.
_SHORT, _REMEMBERED = 32, 100_000
_SHORT_FOLDS: dict[str, str] = {}


def fold_text(text: str) -> str:
    """Fold a text for matching, without keeping the offset map (the fast path)."""
    if len(text) > _SHORT:
        return text.translate(_FAST_TABLE)
    folded = _SHORT_FOLDS.get(text)
    if folded is None:
        folded = text.translate(_FAST_TABLE)
        if len(_SHORT_FOLDS) >= _REMEMBERED:
            _SHORT_FOLDS.clear()
        _SHORT_FOLDS[text] = folded
    return folded


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text with the map back to the original.

    The map is kept sparse: runs of characters that fold one to one need no entry, so a text is
    mapped by one breakpoint per removed or expanded character.

    Attributes:
        original: the text as written.
        text: the folded text.
        breaks: ``(folded starts, original starts, steps)`` of the runs: within run ``j``, folded
            position ``f`` comes from original ``orig[j] + (f - fold[j]) * step[j]`` (step 0 inside
            an expanded character); ``None`` when folding changed no offset (the common case).
    """

    original: str
    text: str
    breaks: tuple[list[int], list[int], list[int]] | None

    def start_of(self, i: int) -> int:
        """Original offset where folded position ``i`` starts."""
        if self.breaks is None:
            return i
        if i >= len(self.text):
            return len(self.original)
        fstart, ostart, step = self.breaks
        j = bisect_right(fstart, i) - 1
        return ostart[j] + (i - fstart[j]) * step[j]

    def end_of(self, i: int) -> int:
        """Original offset where a folded span ending at ``i`` (exclusive) ends.

        Removed marks (diacritics, tatweel) after the last character stay with it.
        """
        if self.breaks is None:
            return i
        if i <= 0:
            return self.start_of(0)
        if i >= len(self.text):
            return len(self.original)
        fstart, ostart, step = self.breaks
        j = bisect_right(fstart, i) - 1
        if not step[j] and i > fstart[j]:  # inside one expanded character (e.g. a ligature)
            return ostart[j] + 1
        return ostart[j] + (i - fstart[j]) * step[j]

    def folded_index(self, original: int) -> int:
        """The folded position of original offset ``original`` (the first folded character at or after it)."""
        if self.breaks is None:
            return original
        fstart, ostart, step = self.breaks
        j = bisect_right(ostart, original) - 1
        return fstart[j] + (original - ostart[j]) * step[j]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to original offsets."""
        if self.breaks is None:
            return start, end
        return self.start_of(start), self.end_of(end)


def fold(text: str) -> Folded:
    """Fold ``text`` and keep the offset map back to it."""
    return _fold(text, text, _FAST_TABLE, TABLE, _IRREGULAR)


def fold_through_marks(text: str) -> Folded:
    """Fold ``text`` for finding names, which run through the quotation marks some outlets put
    around one of their words ("جيش" الاحتلال، "الجيش" الإسرائيلي): a mark between two words
    becomes a space, every other mark disappears. Offsets still map back to ``text``."""
    spaced = _MARK_BETWEEN_WORDS.sub(" ", text)  # صحيفة"نيويورك تايمز"الأميركية: one character each
    return _fold(text, spaced, _FAST_TABLE_NO_MARKS, _TABLE_NO_MARKS, _IRREGULAR_NO_MARKS)


def _fold(original: str, text: str, fast: list[int | str | None], table: dict[int, str | None],
          irregular: re.Pattern[str]) -> Folded:
    """Fold ``text`` (``original`` with characters replaced one for one) by ``table``."""
    folded = text.translate(fast)
    if len(folded) == len(text) and not irregular.search(text):
        return Folded(original, folded, None)
    fstart, ostart, step = [0], [0], [1]
    f = o = 0
    for match in irregular.finditer(text):
        k = match.start()
        f += k - o
        repl = table[ord(text[k])]
        if repl:  # an expansion: every folded character comes from original k
            fstart.append(f)
            ostart.append(k)
            step.append(0)
            f += len(repl)
        fstart.append(f)
        ostart.append(k + 1)
        step.append(1)
        o = k + 1
    return Folded(original, folded, (fstart, ostart, step))
