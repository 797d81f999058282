"""Throughput of clean + tokenize over JSON Lines corpora (default: ../shared/corpus).

Reads every article with rasid's readers, splits it into sentences and tokens with clitic
segments, and reports articles/s, words/s and peak memory.  A script, not a timed test.

Usage: python bench/bench_text.py [--limit N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from rasid.read import Failure, read_inputs
from rasid.text import Segmenter, sentences_of

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0: all)")
    args = parser.parse_args()
    corpora = args.corpora or [str(p) for p in sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))]
    if not corpora:
        print("no corpus found: pass JSON Lines files", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    segmenter = Segmenter()
    load_s = time.perf_counter() - t0
    articles = failures = words = sentences = tokens = 0
    t_read = t_tok = 0.0
    start = time.perf_counter()
    items = iter(read_inputs(corpora))
    while True:
        a = time.perf_counter()
        item = next(items, None)
        b = time.perf_counter()
        t_read += b - a
        if item is None:
            break
        if isinstance(item, Failure):
            failures += 1
            continue
        sents = sentences_of(item, segmenter)
        t_tok += time.perf_counter() - b
        articles += 1
        sentences += len(sents)
        tokens += sum(len(s.tokens) for s in sents)
        words += len(item.text.split())
        if args.limit and articles >= args.limit:
            break
        if articles % 5000 == 0:
            print(f"  {articles} articles, {articles / (time.perf_counter() - start):.0f}/s", file=sys.stderr)
    total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpora: {', '.join(Path(c).name for c in corpora)}")
    print(f"articles: {articles} ({failures} failed), sentences: {sentences}, tokens: {tokens}, words: {words}")
    print(f"lexicon load: {load_s:.2f} s")
    print(f"time: {total:.1f} s (read + clean {t_read:.1f} s, sentences + tokens + clitics {t_tok:.1f} s)")
    print(f"throughput: {articles / total:.0f} articles/s, {words / total:,.0f} words/s (one core)")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
