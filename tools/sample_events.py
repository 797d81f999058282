"""Draw current events at random from the news corpus, for reading by hand (the README's event readings).

Like ``sample_quotes.py``: articles ``--first`` to ``--last`` (by line) of each corpus, ``--per-corpus``
of them drawn with ``--seed`` and analysed; ``--count`` of their current events (asserted, not negated,
not judged hypothetical) are printed in random order with their sentence, so that a reader can judge
whether the event happened as coded: its type, its source and its target. Nothing is written.

Usage: python tools/sample_events.py --seed 20261226 --first 3000 --last 6000 [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from corpus_words import corpus_articles, corpus_paths

from rasid.analysis import Pipeline
from rasid.model import ActorRef


def _actor(ref: ActorRef | None) -> str:
    return f"{ref.name} ({ref.code})" if ref is not None else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--last", type=int, default=3000)
    parser.add_argument("--per-corpus", type=int, default=40)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pipeline = Pipeline.load()
    pool = []
    for path in corpus_paths(args.corpora):
        drawn = corpus_articles(path, args.first, args.last)
        for article in rng.sample(drawn, min(args.per_corpus, len(drawn))):
            record = pipeline.analyze(article)
            pool.extend((record, event) for event in record.events if event.is_current())
    rng.shuffle(pool)
    for n, (record, event) in enumerate(pool[: args.count]):
        print(f"### {n} [{record.id}] {event.type}/{event.mode} {event.cameo}: {_actor(event.source)} → "
              f"{_actor(event.target)} trigger={event.trigger.text} rule={event.rule}")
        print("  SENTENCE:", event.sentence[:500].replace("\n", " "))
    print(f"{len(pool)} current events in the drawn articles", file=sys.stderr)


if __name__ == "__main__":
    main()
