"""Token features for the CRF, from rasid's own text layer and knowledge base.

Per word: its folded form, clitic-free stem and proclitics, affixes, shape, corpus frequency band
and whether the knowledge base knows it (and as what); the same for its neighbours.
"""

from __future__ import annotations

import gzip
import math
from importlib import resources

from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match, Matcher
from rasid.text.clitics import load_wordfreq
from rasid.text.fold import fold_text
from rasid.text.tokens import Segmenter

_KB_TYPES = {"actor": "ACT", "office": "OFF", "place": "PLC", "demonym": "DEM", "agent": "AGT"}


class FeatureExtractor:
    """Turns a tokenised sentence into CRF feature dicts; read-only once built."""

    def __init__(self, segmenter: Segmenter, matcher: Matcher | None) -> None:
        self._segmenter = segmenter
        self._matcher = matcher
        self._freq = load_wordfreq()
        self._gazetteer = name_tokens(matcher.lexicon, self._freq) if matcher is not None else {}
        self._contexts = load_contexts()
        self._clusters = load_clusters()
        self._cache: dict[str, dict[str, str]] = {}
        self._view_cache: dict[str, dict[int, list[str]]] = {}

    def sentence(self, words: list[str], kb: list[str] | None = None) -> list[dict[str, float | str]]:
        """Feature dicts, one per word; ``kb``: the words' knowledge-base tags when already known."""
        own = [self._word(w) for w in words]
        kb = kb if kb is not None else self._knowledge(words)
        out = []
        for i in range(len(words)):
            feats: dict[str, float | str] = {"bias": 1.0}
            feats.update(own[i])
            feats["kb"] = kb[i]
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < len(words):
                    feats[f"{off}:w"] = own[j]["w"]
                    feats[f"{off}:kb"] = kb[j]
                    if abs(off) == 1:
                        feats[f"{off}:stem"] = own[j]["stem"]
                        feats[f"{off}:shape"] = own[j]["shape"]
                        for key in ("cper", "corg", "cloc", "cl"):
                            if key in own[j]:
                                feats[f"{off}:{key}"] = own[j][key]
                else:
                    feats[f"{off}:w"] = "<s>" if j < 0 else "</s>"
            if i == 0:
                feats["first"] = 1.0
            out.append(feats)
        return out

    def attributes(self, words: list[str], kb: list[str] | None = None) -> list[list[str]]:
        """The same features as ``sentence``, as crfsuite attribute strings ("w:…", "-1:stem:…").

        crfsuite reads a feature {"w": "x"} as the attribute "w:x" of weight 1; building those
        strings once per word form and offset makes tagging about twice as fast.
        """
        kb = kb if kb is not None else self._knowledge(words)
        views = [self._views(w) for w in words]
        n = len(words)
        out = []
        for i in range(n):
            attrs = ["bias", f"kb:{kb[i]}", *views[i][0]]
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    attrs.extend(views[j][off])
                    attrs.append(f"{off}:kb:{kb[j]}")
                else:
                    attrs.append(f"{off}:w:<s>" if j < 0 else f"{off}:w:</s>")
            if i == 0:
                attrs.append("first")
            out.append(attrs)
        return out

    def _views(self, word: str) -> dict[int, list[str]]:
        """A word's attribute strings as seen from each offset (0: itself)."""
        cached = self._view_cache.get(word)
        if cached is not None:
            return cached
        own = self._word(word)
        views = {0: [f"{k}:{v}" for k, v in own.items()]}
        for off in (-2, 2):
            views[off] = [f"{off}:w:{own['w']}"]
        for off in (-1, 1):
            views[off] = [f"{off}:w:{own['w']}", f"{off}:stem:{own['stem']}", f"{off}:shape:{own['shape']}",
                          *(f"{off}:{k}:{own[k]}" for k in ("cper", "corg", "cloc", "cl") if k in own)]
        if len(self._view_cache) < 500_000:
            self._view_cache[word] = views
        return views

    def _word(self, word: str) -> dict[str, str]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        f = fold_text(word)
        segments = self._segmenter.segments(word)
        stem = max(segments, key=len) if segments else word
        fstem = fold_text(stem)
        pre = fold_text("".join(segments[: segments.index(stem)])) if stem in segments else ""
        count = self._freq.get(fstem, 0) or self._freq.get(f, 0)
        feats = {
            "w": f, "stem": fstem, "pre": pre, "al": str(fstem.startswith("ال")),
            "s1": fstem[-1:], "s2": fstem[-2:], "s3": fstem[-3:], "p2": fstem[:2], "p3": fstem[:3],
            "p2n": fstem[2:4] if fstem.startswith("ال") else fstem[:2],
            "shape": _shape(word), "freq": str(min(int(math.log2(count + 1)), 20)),
        }
        known = self._gazetteer.get(fstem) or self._gazetteer.get(f)
        if known:
            feats["gaz"] = known
        cluster = self._clusters.get(fstem) or self._clusters.get(f)
        if cluster:
            feats["cl"] = cluster
        profile = self._contexts.get(fstem) or self._contexts.get(f)
        if profile:
            feats.update(zip(("cper", "corg", "cloc"), profile))
        if len(self._cache) < 500_000:
            self._cache[word] = feats
        return feats

    def _knowledge(self, words: list[str]) -> list[str]:
        """Each word's place in a knowledge-base match: B-ACT, I-PLC … or O."""
        if self._matcher is None:
            return ["O"] * len(words)
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        return knowledge_tags(self._matcher.find(" ".join(words)), [(s, s + len(w)) for s, w in zip(starts, words)])


def knowledge_tags(matches: list[Match], words: list[tuple[int, int]]) -> list[str]:
    """Each word's place (by its offsets) in the knowledge-base matches: B-ACT, I-PLC … or O."""
    tags = ["O"] * len(words)
    if not words:
        return tags
    first, last = words[0][0], words[-1][1]
    for m in matches:
        kind = _KB_TYPES.get(m.kind)
        if kind is None or m.end <= first or m.start >= last:
            continue
        inside = [i for i, (s, e) in enumerate(words) if s < m.end and e > m.start]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + kind
    return tags


def name_tokens(lexicon: Lexicon, freq: dict[str, int]) -> dict[str, str]:
    """Single words of the knowledge base's names, by kind (بوش → PER from جورج بوش), rare words only."""
    out: dict[str, str] = {}
    kinds = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    names = [(n, kinds[a.type]) for a in lexicon.actors.values() for n in (a.name, *a.aliases)]
    names += [(n, "LOC") for p in lexicon.places.values() for n in (p.name, *p.aliases)]
    for name, kind in names:
        for word in fold_text(name).split():
            if len(word) > 2 and freq.get(word, 0) < 20_000:
                out.setdefault(word, kind)
    return out


def load_clusters() -> dict[str, str]:
    """The bundled distributional word clusters: folded word -> cluster id."""
    data = resources.files("rasid.ner") / "data" / "clusters.tsv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    return {r[0]: r[1] for r in rows if len(r) == 2}


def load_contexts() -> dict[str, tuple[str, str, str]]:
    """The bundled corpus context profiles: folded word -> (person, organisation, place) bands."""
    data = resources.files("rasid.ner") / "data" / "contexts.tsv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    return {r[0]: (r[1], r[2], r[3]) for r in rows if len(r) == 4}


def _shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if any(c.isdigit() for c in word):
        return "hasdigit"
    if word.isascii() and word.isalpha():
        return "latin"
    if not any(c.isalpha() for c in word):
        return "punct"
    return "arabic"
