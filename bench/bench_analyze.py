"""Speed of the whole analysis (entities and events) over corpus articles (default: ../shared/corpus).

Usage: python bench/bench_analyze.py [--articles N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rasid.analysis import Pipeline
from rasid.read import Failure, read_inputs
from rasid.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--articles", type=int, default=3000, help="articles to analyse, spread over the corpora")
    parser.add_argument("--ner", action="store_true", help="with the statistical tagger's entities")
    args = parser.parse_args()
    corpora = args.corpora or [str(p) for p in sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))]
    t0 = time.perf_counter()
    pipeline = Pipeline.load(ner=args.ner)
    load = time.perf_counter() - t0
    articles = []
    for corpus in corpora:
        for n, item in enumerate(i for i in read_inputs([corpus]) if not isinstance(i, Failure)):
            articles.append(item)
            if n + 1 >= args.articles // len(corpora):
                break
    sentences = sum(len(split_sentences(a.text, [(p.start, p.end) for p in a.paragraphs])) for a in articles)
    words = sum(len(a.text.split()) for a in articles)
    t1 = time.perf_counter()
    entities = events = 0
    for article in articles:
        record = pipeline.analyze(article)
        entities += len(record.entities)
        events += len(record.events)
    spent = time.perf_counter() - t1
    print(f"pipeline load: {load:.2f} s")
    print(f"articles: {len(articles)}, sentences: {sentences}, words: {words}; entities: {entities}, events: {events}")
    print(f"analyze: {spent:.1f} s, {sentences / spent:,.0f} sentences/s, {len(articles) / spent:,.0f} articles/s, "
          f"{words / spent:,.0f} words/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
