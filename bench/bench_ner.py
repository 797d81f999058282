"""Speed of the NER tagger (sentences/s on one core) and its load time, on ANERcorp's test split.

Usage: python bench/bench_ner.py [CONLL_FILE]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rasid.lexicon.loader import load_lexicon
from rasid.lexicon.matcher import Matcher
from rasid.ner import NerTagger
from rasid.ner.corpus import read_conll
from rasid.text import Segmenter

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/eval/ner/anercorp/ANERCorp_CamelLab_test.txt"
    sentences = [[w for w, _ in s] for s in read_conll(path)]
    t0 = time.perf_counter()
    segmenter, matcher = Segmenter(), Matcher(load_lexicon())
    t1 = time.perf_counter()
    tagger = NerTagger(segmenter, matcher)
    t2 = time.perf_counter()
    best = float("inf")
    for _ in range(3):  # the best of three: this machine's timings are noisy
        start = time.perf_counter()
        for words in sentences:
            tagger.tag(words)
        best = min(best, time.perf_counter() - start)
    words = sum(map(len, sentences))
    print(f"load: text layer and lexicon {t1 - t0:.2f} s, model and features {t2 - t1:.2f} s")
    print(f"tagging (best of 3, warm caches): {len(sentences)} sentences, {words} words in {best:.2f} s: "
          f"{len(sentences) / best:,.0f} sentences/s, {words / best:,.0f} words/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
