"""Build the word-frequency lexicon that guides clitic segmentation.

Counts folded Arabic word forms over JSON Lines corpora (by default ../shared/corpus) and writes
``src/rasid/text/data/wordfreq.tsv.gz``: one ``word<TAB>count`` line per form seen at least
``--min-count`` times.  Only counts are kept, never text, so the file carries no article.

Usage: python tools/build_wordfreq.py [--min-count N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

from corpus_words import ARABIC_WORD, ROOT, article_words, corpus_paths

OUT = ROOT / "src" / "rasid" / "text" / "data" / "wordfreq.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for words in article_words(corpus_paths(args.corpora), ARABIC_WORD):
        counts.update(words)
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# folded word form\tcount  (built by tools/build_wordfreq.py; counts only)\n")
        for word, count in kept:
            out.write(f"{word}\t{count}\n")
    print(f"wrote {OUT} ({len(kept)} forms, {OUT.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
