"""Draw current events at random from the news corpus, for reading by hand (the README's event readings).

Like ``sample_quotes.py``: articles ``--first`` to ``--last`` (by line) of each corpus, ``--per-corpus``
of them drawn with ``--seed`` and analysed; ``--count`` of their current events (asserted, not negated,
not judged hypothetical) are printed in random order with their sentence, so that a reader can judge
whether the event happened as coded: its type, its source and its target. Nothing is written.

Usage: python tools/sample_events.py --seed 20261226 --first 3000 --last 6000 [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import sys

from corpus_words import drawn_records

from rasid.model import ActorRef


def _actor(ref: ActorRef | None) -> str:
    return f"{ref.name} ({ref.code})" if ref is not None else "-"


def main() -> None:
    args, pool = drawn_records(__doc__.splitlines()[0], lambda record: [e for e in record.events if e.is_current()])
    for n, (record, event) in enumerate(pool[: args.count]):
        print(f"### {n} [{record.id}] {event.type}/{event.mode} {event.cameo}: {_actor(event.source)} → "
              f"{_actor(event.target)} trigger={event.trigger.text} rule={event.rule}")
        print("  SENTENCE:", event.sentence[:500].replace("\n", " "))
    print(f"{len(pool)} current events in the drawn articles", file=sys.stderr)


if __name__ == "__main__":
    main()
