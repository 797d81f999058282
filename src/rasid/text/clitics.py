"""Clitic segmentation of folded Arabic words, guided by a lexicon of word frequencies.

A word is split into proclitics (و ف, then ب ل ك س; لل as ل + the article's lam), a stem that keeps
its article, and a pronoun enclitic.  Each candidate analysis is scored by how often its stem
occurs as a word of its own times the prior odds of its clitics; the unsplit word competes with
its own frequency.  So وزير, بغداد, كتائب and ولايات stay whole (زير, غداد, تائب, لايات are rare
as words) while والحكومة, بالدور and لقائه split.
"""

from __future__ import annotations

import gzip
import math
from functools import lru_cache
from importlib import resources

from rasid.text import clitic_data as cd

Segmentation = tuple[int, ...]
"""Boundaries inside a word: positions where one segment ends and the next begins."""


def load_wordfreq() -> dict[str, int]:
    """Load the bundled word-frequency lexicon (folded form -> count)."""
    data = resources.files("rasid.text") / "data" / "wordfreq.tsv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    freq: dict[str, int] = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, _, count = line.partition("\t")
            freq[word] = int(count)
    return freq


class CliticSegmenter:
    """Segments folded words; immutable after construction, results cached per word form.

    For each analysis clitics + stem, the expected number of times the word occurs *because of*
    that analysis is ``count(stem) * prior(clitics)``; the rest of the word's own count is what
    a whole, unsplit word must explain.  The larger of the two wins.
    """

    def __init__(self, wordfreq: dict[str, int], cache_size: int = 200_000) -> None:
        self._freq = wordfreq
        self.segment = lru_cache(maxsize=cache_size)(self._segment)

    def _count(self, form: str) -> int:
        return self._freq.get(form, 0)

    def _segment(self, word: str, final_ta_marbuta: bool = False) -> Segmentation:
        """Return the best boundaries for a folded word (``()`` when it stays whole).

        Args:
            word: the folded word.
            final_ta_marbuta: the original word ends in ta marbuta, so its final ه is no pronoun.
        """
        if len(word) < 2:
            return ()
        best_expected, best_cuts = 0.0, ()
        for pre_len, pre_prior in self._proclitics(word):
            rest = word[pre_len:]
            for enc, enc_prior in self._enclitics(rest, final_ta_marbuta):
                stem = rest[: len(rest) - len(enc)] if enc else rest
                expected = self._expected(word, pre_len, stem, enc)
                if expected is None:
                    continue
                expected *= pre_prior * enc_prior * self._attested_boost(word, pre_len, stem, enc)
                if expected > best_expected:
                    best_expected, best_cuts = expected, self._boundaries(word, pre_len, len(stem), enc)
        whole = max(self._count(word) - best_expected, 0.0) + cd.SMOOTHING
        return best_cuts if best_expected > whole else ()

    def _expected(self, word: str, pre_len: int, stem: str, enc: str) -> float | None:
        """How often ``stem`` occurs as a word of its own (None: not a possible analysis)."""
        if not stem:
            # a particle with a pronoun (به، لها): always two segments
            ok = pre_len == 1 and word[0] in cd.PARTICLE_PRONOUN_PARTICLES and (len(enc) > 1 or enc == "ه")
            return math.inf if ok else None
        if len(stem) < cd.MIN_STEM or (not pre_len and not enc):
            return None
        if pre_len and not enc and len(stem) < cd.SHORT_STEM and word[pre_len - 1] in cd.PARTICLES:
            if self._count(stem) < cd.SHORT_STEM_MIN_COUNT:
                return None  # بدأ، بحر: before two letters, a particle is mostly a word's first letter
        lookups = [stem]
        if pre_len and word[pre_len - 1] == "ل" and stem.startswith("ل"):
            lookups.append("ا" + stem)  # لل: the article lost its alef (للسلطة = ل + السلطة)
        if enc:
            if stem.endswith("ت"):
                lookups.append(stem[:-1] + "ه")  # ta marbuta written ت before a pronoun
            if stem[-1] in "يو":
                lookups.append(stem[:-1] + "ء")  # hamza seat before a pronoun (اسمائهم)
        count = max(self._count(form) for form in lookups)
        if pre_len and any(form.startswith(cd.DEFINITE_ARTICLE) for form in lookups):
            count *= cd.DEFINITE_BONUS
        return float(count)

    def _attested_boost(self, word: str, pre_len: int, stem: str, enc: str) -> float:
        """Extra weight for a lone conjunction before a long, frequent word (see clitic_data)."""
        if pre_len == 1 and word[0] in cd.CONJUNCTIONS and len(stem) + len(enc) >= cd.ATTESTED_STEM_LENGTH:
            if self._count(stem) >= cd.ATTESTED_STEM_COUNT:
                return cd.ATTESTED_STEM_WEIGHT
        return 1.0

    @staticmethod
    def _proclitics(word: str) -> list[tuple[int, float]]:
        """Possible proclitic prefixes as (length, prior), the empty one included."""
        out = [(0, 1.0)]
        for conj, cp in [("", 1.0), *cd.CONJUNCTIONS.items()]:
            if conj and not word.startswith(conj):
                continue
            if conj:
                out.append((len(conj), cp))
            for part, pp in cd.PARTICLES.items():
                n = len(conj) + len(part)
                if word[len(conj) : n] != part or len(word) <= n:
                    continue
                if part == cd.FUTURE_PARTICLE and word[n] not in cd.IMPERFECT_PREFIXES:
                    continue
                out.append((n, cp * pp))
        return out

    @staticmethod
    def _enclitics(rest: str, final_ta_marbuta: bool) -> list[tuple[str, float]]:
        out = [("", 1.0)]
        for enc, prior in cd.ENCLITICS.items():
            if rest.endswith(enc) and not (final_ta_marbuta and enc == "ه"):
                out.append((enc, prior))
        return out

    @staticmethod
    def _boundaries(word: str, pre_len: int, stem_len: int, enc: str) -> Segmentation:
        # each proclitic letter is a segment of its own (و + ب + stem)
        cuts = set(range(1, pre_len + 1))
        if enc:
            cuts.add(pre_len + stem_len)
        return tuple(sorted(c for c in cuts if 0 < c < len(word)))
