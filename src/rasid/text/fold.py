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
from array import array
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
# Code points whose folded form is not exactly one character: they shift offsets.
_IRREGULAR = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in sorted(TABLE.items()) if v is None or len(v) != 1) + "]"
)


def fold_text(text: str) -> str:
    """Fold a text for matching, without keeping the offset map (the fast path)."""
    return text.translate(TABLE)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text with the map back to the original.

    Attributes:
        original: the text as written.
        text: the folded text.
        starts: for each folded character, the index of the original character it came from;
            ``None`` when folding changed no offset (the common case, and the cheapest).
    """

    original: str
    text: str
    starts: array | None

    def start_of(self, i: int) -> int:
        """Original offset where folded position ``i`` starts."""
        if self.starts is None:
            return i
        if i >= len(self.text):
            return len(self.original)
        return self.starts[i]

    def end_of(self, i: int) -> int:
        """Original offset where a folded span ending at ``i`` (exclusive) ends.

        Removed marks (diacritics, tatweel) after the last character stay with it.
        """
        if self.starts is None:
            return i
        if i <= 0:
            return self.start_of(0)
        if i >= len(self.text):
            return len(self.original)
        nxt = self.starts[i]
        if nxt == self.starts[i - 1]:  # inside one expanded character (e.g. a ligature)
            return nxt + 1
        return nxt

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to original offsets."""
        return self.start_of(start), self.end_of(end)


def fold(text: str) -> Folded:
    """Fold ``text`` and keep the offset map back to it."""
    folded = text.translate(TABLE)
    marks = list(_IRREGULAR.finditer(text))
    if not marks:
        return Folded(text, folded, None)
    starts = array("l")
    pos = 0
    for match in marks:
        k = match.start()
        starts.extend(range(pos, k))
        repl = TABLE[ord(text[k])]
        if repl:
            starts.extend([k] * len(repl))
        pos = k + 1
    starts.extend(range(pos, len(text)))
    return Folded(text, folded, starts)
