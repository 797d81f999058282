"""Named entities scored at entity level: exact span and type (CoNLL style).

ANERcorp's CAMeL Lab test split is the benchmark; AQMAR (Wikipedia) is a cross-domain figure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasid.eval.scores import f1, share
from rasid.ner.corpus import read_conll, spans
from rasid.ner.tagger import NerTagger


@dataclass(slots=True)
class NerReport:
    """Entity-level counts, overall and per type."""

    sentences: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for one type (None: all)."""
        tp = sum(self.tp.values()) if kind is None else self.tp[kind]
        fp = sum(self.fp.values()) if kind is None else self.fp[kind]
        fn = sum(self.fn.values()) if kind is None else self.fn[kind]
        p, r = share(tp, tp + fp), share(tp, tp + fn)
        return p, r, f1(p, r)


def evaluate_ner(paths: list[Path], tagger: NerTagger) -> NerReport:
    """Score the tagger on every sentence of the given two-column files."""
    report = NerReport()
    for path in paths:
        for sentence in read_conll(path):
            words = [w for w, _ in sentence]
            gold = spans([label for _, label in sentence])
            predicted = set(tagger.entities(words))
            report.sentences += 1
            for s in predicted & gold:
                report.tp[s[2]] += 1
            for s in predicted - gold:
                report.fp[s[2]] += 1
            for s in gold - predicted:
                report.fn[s[2]] += 1
    return report
