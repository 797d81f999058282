"""Build the corpus context profiles that help the NER tagger generalise to unseen names.

For every folded word seen at least ``--min-count`` times in the news corpus (../shared/corpus by
default), the share of its occurrences right after a person cue (السيد، الرئيس، وزير …), an
organisation cue (شركة، حزب، منظمة …) and a place cue (مدينة، في، إلى …), binned.  Only binned
shares are kept: the file holds no text.  Writes src/rasid/ner/data/contexts.tsv.gz.

Usage: python tools/build_ner_contexts.py [--min-count N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

from corpus_words import ROOT, article_words, corpus_paths

from rasid.ner.context_data import CUES, bin_share
from rasid.text.fold import fold_text

OUT = ROOT / "src" / "rasid" / "ner" / "data" / "contexts.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args()
    cues = {kind: frozenset(fold_text(w) for w in words) for kind, words in CUES.items()}
    total: Counter[str] = Counter()
    after = {kind: Counter() for kind in cues}
    for words in article_words(corpus_paths(args.corpora)):
        total.update(words)
        for prev, word in zip(words, words[1:]):
            for kind, cue in cues.items():
                if prev in cue:
                    after[kind][word] += 1
    kinds = list(cues)
    kept = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# folded word\t" + "\t".join(kinds) + "  (binned shares; built by tools/build_ner_contexts.py)\n")
        for word, count in sorted(total.items()):
            if count < args.min_count:
                continue
            bins = [bin_share(after[k][word] / count) for k in kinds]
            if any(bins):
                out.write(word + "\t" + "\t".join(map(str, bins)) + "\n")
                kept += 1
    print(f"wrote {OUT} ({kept} words, {OUT.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
