"""One pass of Aho-Corasick over a folded sentence finds every lexicon entry in it.

Matches are clitic-aware (وبغداد، بالعراق، للحشد الشعبي، والإسرائيليين) and word-boundary correct
(العراق never matches inside العراقية); overlapping matches resolve longest first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from rasid.lexicon.keys import (
    ARTICLE_KINDS,
    KIND_ORDER,
    SUFFIXED_KINDS,
    Hit,
    entry_keys,
)
from rasid.lexicon.loader import Lexicon
from rasid.text.fold import (
    QUOTATION_MARK_PAIRS,
    QUOTATION_MARKS,
    Folded,
    fold_through_marks,
)

# Proclitics a name or noun may carry; the future س and لـ of purpose only on verbs.
_NAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# (not ك: "like" goes before nouns only, and كيري is no ك + يرى)
_VERB_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "س", "وس", "فس", "ولي", "لي"})
_ANY_NAME_OR_VERB = _NAME_PREFIXES | _VERB_PREFIXES
# The article before a demonym or verbal noun, after its clitics: how many of the prefix's
# letters are the article's (للاستقبال = ل + لاستقبال: one; والعراقيين: two).
_ARTICLE = {p + "ال": 2 for p in ("", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")}
_ARTICLE.update({p + "لل": 1 for p in ("", "و", "ف")})
_ANY_PREFIX = _ANY_NAME_OR_VERB | frozenset(_ARTICLE)
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني"})
_ELIDED, _NEEDS_SUFFIX = 1, 2
_SERVANT_APART = re.compile(r"(?<!\S)عبد (?=\S)")
_SERVANT_JOINED = re.compile(r"(?<!\S)عبد(?=ال\S)")  # عبدالعزيز, not عبدي
_RANK = {kind: n for n, kind in enumerate(KIND_ORDER)}
_MAX_PREFIX = max(len(p) for p in _ANY_PREFIX)
_MAX_SUFFIX = max(len(e) for e in _ENCLITICS)


@dataclass(slots=True)  # not frozen: made by the hundred thousand, and frozen construction is slow
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


def _spellings(key: str) -> list[str]:
    """A key and its other spelling of names in عبد, written apart or joined (سلمان بن عبد العزيز /
    سلمان بن عبدالعزيز); not a key that is such a name alone, a given name many people share."""
    other = _SERVANT_APART.sub("عبد", key) if _SERVANT_APART.search(key) else _SERVANT_JOINED.sub("عبد ", key)
    return [key] if other == key or " " not in other.replace("عبد ", "") else [key, other]


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
            for variant, flags in (v for spelling in _spellings(key) for v in _variants(spelling, hit.kind)):
                table[variant][hit] = table[variant].get(hit, flags) & flags
        self._automaton = ahocorasick.Automaton()
        for variant, hits in table.items():
            ordered = sorted(hits.items(), key=lambda h: (h[0].imported, _RANK[h[0].kind]))
            suffixable = any(h.kind in SUFFIXED_KINDS for h in hits)
            plain = tuple(h for h, flags in ordered if not flags)  # what a bare word stands for
            article = any(h.kind in ARTICLE_KINDS for h in hits)
            self._automaton.add_word(variant, (len(variant), suffixable, article, plain, tuple(ordered)))
        self._automaton.make_automaton()
        self.size = len(table)
        self.lexicon = lexicon

    def find(self, text: str, start: int = 0, end: int | None = None, folded: Folded | None = None) -> list[Match]:
        """Every entry in ``text[start:end]``, longest first where they overlap, in text order.

        Args:
            text: the whole text.
            start, end: the span to search (a sentence).
            folded: ``fold_through_marks(text)``, when the caller folds a whole document once for all
                its sentences.
        """
        end = len(text) if end is None else end
        if folded is None:
            folded, base = fold_through_marks(text[start:end]), start
            f_start, f_end = 0, len(folded.text)
        else:
            base = 0
            f_start, f_end = folded.folded_index(start), folded.folded_index(end)
        candidates = self._candidates(folded.text, f_start, f_end)
        return _resolve(candidates, folded, text, base)

    def _candidates(self, f: str, f_start: int, f_end: int) -> list[tuple[int, int, tuple[Hit, ...], str]]:
        """Keys found in folded ``f[f_start:f_end]`` that stand on word boundaries (after clitics)."""
        isalnum = str.isalnum
        any_prefix, articles, enclitics = _ANY_NAME_OR_VERB, _ARTICLE, _ENCLITICS  # locals: faster in the loop
        out = []
        # the automaton reports keys by where they end; sorted by start below, for _resolve
        for last, (length, suffixable, article, plain, hits) in self._automaton.iter(f, f_start, f_end):
            first = last - length + 1
            prefix = ""
            if first > f_start and isalnum(f[first - 1]):
                left = first - 1
                while left > f_start and isalnum(f[left - 1]) and first - left <= _MAX_PREFIX:
                    left -= 1
                prefix = f[left:first]
                if prefix not in any_prefix and not (article and prefix in articles):
                    continue  # the end of a longer word: the common case, rejected cheaply
            stop = last + 1
            suffix = ""
            if stop < f_end and isalnum(f[stop]):
                if not suffixable:
                    continue  # the start of a longer word
                while stop < f_end and isalnum(f[stop]) and stop - last <= _MAX_SUFFIX:
                    stop += 1
                suffix = f[last + 1 : stop]  # a verb's pronoun suffix belongs to its trigger
                if suffix not in enclitics or (stop < f_end and isalnum(f[stop])):
                    continue
            if not prefix and not suffix:
                kept = plain  # a whole word: the common case
            else:
                kept = tuple(h for h, flags in hits if _fits(h.kind, flags, prefix, suffix))
            if kept:
                if prefix in articles:  # the article belongs to the word, not to its clitics
                    first -= articles[prefix]
                    prefix = prefix[: -articles[prefix]]
                out.append((first, stop, kept, prefix))
        out.sort(key=lambda c: c[0])
        return out


def _fits(kind: str, flags: int, prefix: str, suffix: str) -> bool:
    """Whether a hit may carry these clitics."""
    if flags & _ELIDED and not prefix.endswith("ل"):
        return False
    if prefix in _ARTICLE:
        if kind not in ARTICLE_KINDS or flags & _ELIDED or suffix:
            return False  # ال and a pronoun suffix never meet on one word (بالإضافة is no أضاف+ه)
    elif prefix not in (_VERB_PREFIXES if kind in SUFFIXED_KINDS else _NAME_PREFIXES):
        return False
    if suffix:
        return kind in SUFFIXED_KINDS
    return not flags & _NEEDS_SUFFIX


def _resolve(candidates: list, folded: Folded, text: str, offset: int) -> list[Match]:
    """Keep the longest of overlapping candidates; report them in text order. A candidate that runs into
    or out of a quotation (شركة “طيران الاتحاد”: not شركة طيران) is none."""
    spans = {}
    for cand in candidates:
        span = folded.span(cand[0], cand[1])
        if span[1] - span[0] != cand[1] - cand[0]:  # something dropped inside: a mark, perhaps
            span = _balanced(text, *span, offset)
        if span is not None:
            spans[cand[:2]] = span
    candidates = [c for c in candidates if c[:2] in spans]
    if len(candidates) > 1 and any(a[1] > b[0] for a, b in zip(candidates, candidates[1:])):
        covered = bytearray(max(c[1] for c in candidates))
        taken: list[tuple[int, int, tuple[Hit, ...], str]] = []
        for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if covered.find(1, cand[0], cand[1]) < 0:
                covered[cand[0] : cand[1]] = b"\x01" * (cand[1] - cand[0])
                taken.append(cand)
        candidates = sorted(taken, key=lambda c: c[0])
    chosen = []
    for first, stop, hits, prefix in candidates:
        s, e = spans[first, stop]
        chosen.append(Match(offset + s, offset + e, text[offset + s : offset + e], hits, prefix))
    return chosen


def _balanced(text: str, s: int, e: int, offset: int) -> tuple[int, int] | None:
    """A match's span without the marks dropped after its last letter ("حماس" → حماس), and with the
    other mark of a pair it holds one of ("جيش" الاحتلال، حركة "فتح"): names are read through
    quotation marks, and reported whole. None when a mark stays unpaired."""
    while text[offset + e - 1] in QUOTATION_MARKS:
        e -= 1
    for opening, closing in QUOTATION_MARK_PAIRS:
        span = text[offset + s : offset + e]
        unclosed = span.count(opening) - span.count(closing) if opening != closing else span.count(opening) % 2
        if not unclosed:
            continue
        if text[offset + s - 1 : offset + s] == opening and (opening == closing or unclosed < 0):
            s -= 1
        elif text[offset + e : offset + e + 1] == closing and (opening == closing or unclosed > 0):
            e += 1
        else:
            return None
    return s, e

