"""One pass of Aho-Corasick over a folded sentence finds every lexicon entry in it.

Matches are clitic-aware (وبغداد، بالعراق، للحشد الشعبي، والإسرائيليين) and word-boundary correct
(العراق never matches inside العراقية); overlapping matches resolve longest first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from rasid.lexicon.keys import KIND_ORDER, SUFFIXED_KINDS, Hit, entry_keys
from rasid.lexicon.loader import Lexicon
from rasid.text.fold import fold

# Proclitics a name or noun may carry; س (future) only on verbs.
_NAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_VERB_PREFIXES = _NAME_PREFIXES | {"س", "وس", "فس", "ولي", "لي"}
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني"})
_ELIDED, _NEEDS_SUFFIX = 1, 2
_RANK = {kind: n for n, kind in enumerate(KIND_ORDER)}


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry found in a text: original offsets, and what it stands for."""

    start: int
    end: int
    text: str
    hits: tuple[Hit, ...]
    prefix: str  # the proclitics before it, folded (و، بال …)

    @property
    def kind(self) -> str:
        return self.hits[0].kind

    @property
    def id(self) -> str:
        return self.hits[0].id


def _variants(key: str, kind: str) -> list[tuple[str, int]]:
    """A key and the forms it takes after clitics: لل elision, ت / ئ before a pronoun."""
    out = [(key, 0)]
    if key.startswith("ال") and len(key) > 3:
        out.append(("ل" + key[2:], _ELIDED))  # للحشد = ل + الحشد
    if kind in SUFFIXED_KINDS:
        if key.endswith("ه"):
            out.append((key[:-1] + "ت", _NEEDS_SUFFIX))  # زيارته
        if key.endswith("اء"):
            out.append((key[:-1] + "ي", _NEEDS_SUFFIX))  # لقائه
    return out


class Matcher:
    """Finds lexicon entries in text; built once from a Lexicon, then read-only."""

    def __init__(self, lexicon: Lexicon) -> None:
        table: dict[str, dict[Hit, int]] = defaultdict(dict)
        for key, hit in entry_keys(lexicon):
            for variant, flags in _variants(key, hit.kind):
                table[variant][hit] = table[variant].get(hit, flags) & flags
        self._automaton = ahocorasick.Automaton()
        for variant, hits in table.items():
            ordered = sorted(hits.items(), key=lambda h: (h[0].imported, _RANK[h[0].kind]))
            self._automaton.add_word(variant, (len(variant), tuple(ordered)))
        self._automaton.make_automaton()
        self.size = len(table)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every entry in ``text[start:end]``, longest first where they overlap, in text order."""
        end = len(text) if end is None else end
        folded = fold(text[start:end])
        f = folded.text
        n = len(f)
        candidates: list[tuple[int, int, int, tuple[Hit, ...], str]] = []
        for last, (length, hits) in self._automaton.iter(f):
            first = last - length + 1
            if last + 1 < n and f[last + 1].isalnum():
                suffix_end = last + 1
                while suffix_end < n and f[suffix_end].isalnum():
                    suffix_end += 1
                suffix = f[last + 1 : suffix_end]
            else:
                suffix = ""
            left = first
            while left > 0 and f[left - 1].isalnum():
                left -= 1
            prefix = f[left:first]
            kept = tuple(h for h, flags in hits if self._fits(h.kind, flags, prefix, suffix))
            if kept:
                # a verb's pronoun suffix belongs to its trigger (لقائه، استقباله)
                stop = last + 1 + (len(suffix) if suffix else 0)
                candidates.append((first, stop, left, kept, prefix))
        return self._resolve(candidates, folded, text, start)

    @staticmethod
    def _fits(kind: str, flags: int, prefix: str, suffix: str) -> bool:
        if flags & _ELIDED and not prefix.endswith("ل"):
            return False
        if prefix not in (_VERB_PREFIXES if kind in SUFFIXED_KINDS else _NAME_PREFIXES):
            return False
        if suffix:
            return kind in SUFFIXED_KINDS and suffix in _ENCLITICS
        return not flags & _NEEDS_SUFFIX

    @staticmethod
    def _resolve(candidates: list, folded: object, text: str, offset: int) -> list[Match]:
        taken: list[tuple[int, int]] = []
        chosen = []
        for first, stop, left, hits, prefix in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if any(first < b and a < stop for a, b in taken):
                continue
            taken.append((first, stop))
            s, e = folded.span(first, stop)  # type: ignore[attr-defined]
            chosen.append(Match(offset + s, offset + e, text[offset + s : offset + e], hits, prefix))
        chosen.sort(key=lambda m: m.start)
        return chosen
