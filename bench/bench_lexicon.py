"""Knowledge-base load time and matching speed over corpus sentences (default: ../shared/corpus).

Usage: python bench/bench_lexicon.py [--articles N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rasid.lexicon.loader import load_lexicon
from rasid.lexicon.matcher import Matcher
from rasid.read import Failure, read_inputs
from rasid.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--articles", type=int, default=3000, help="articles to take sentences from")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()
    corpora = args.corpora or [str(p) for p in sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))]
    t0 = time.perf_counter()
    lexicon = load_lexicon()
    t1 = time.perf_counter()
    matcher = Matcher(lexicon)
    t2 = time.perf_counter()
    sentences: list[tuple[str, int, int]] = []
    documents: list[tuple[str, list[tuple[int, int]]]] = []
    per_corpus = max(1, args.articles // max(len(corpora), 1))
    for corpus in corpora:
        taken = 0
        for item in read_inputs([corpus]):
            if isinstance(item, Failure):
                continue
            spans = split_sentences(item.text, [(p.start, p.end) for p in item.paragraphs])
            sentences.extend((item.text, s, e) for s, e in spans)
            documents.append((item.text, spans))
            taken += 1
            if taken >= per_corpus:
                break
    best_doc = best_sent = float("inf")
    for _ in range(args.repeat):  # the best of several runs: this machine's timings are noisy
        matches = 0
        t3 = time.perf_counter()
        for text, _ in documents:  # as the pipeline does it: each document in one pass
            matches += len(matcher.find(text))
        t4 = time.perf_counter()
        for text, s, e in sentences:  # each sentence folded on its own
            matcher.find(text, s, e)
        t5 = time.perf_counter()
        best_doc, best_sent = min(best_doc, t4 - t3), min(best_sent, t5 - t4)
    words = sum(len(text[s:e].split()) for text, s, e in sentences)
    print(f"lexicon load: {t1 - t0:.2f} s, matcher build: {t2 - t1:.2f} s ({matcher.size} keys), total {t2 - t0:.2f} s")
    print(f"sentences: {len(sentences)} from {len(corpora)} corpora ({words} words), matches: {matches}")
    print(f"matching (best of {args.repeat}): {best_doc:.2f} s, {len(sentences) / best_doc:,.0f} sentences/s, "
          f"{words / best_doc:,.0f} words/s (one core, a document at a time)")
    print(f"matching a sentence at a time: {len(sentences) / best_sent:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
