"""Draw quotations at random from the news corpus, for reading by hand (the README's readings).

Articles ``--first`` to ``--last`` (by line) of each corpus are read with rasid's own JSON Lines
reader; ``--per-corpus`` of them are drawn with ``--seed``, analysed, and ``--count`` of their
quotations are printed in random order, each with the text before it and its paragraph, so that a
reader can judge span and speaker. Nothing is written: the corpus stays outside the repository.

Usage: python tools/sample_quotes.py --seed 20261207 --first 24000 --last 27000 [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import sys

from corpus_words import drawn_records


def main() -> None:
    args, pool = drawn_records(__doc__.splitlines()[0], lambda record: record.quotes)
    for n, (record, quote) in enumerate(pool[: args.count]):
        para_start = record.text.rfind("\n", 0, quote.start) + 1
        para_end = record.text.find("\n", quote.end)
        para_end = len(record.text) if para_end < 0 else para_end
        before = record.text[max(0, para_start - 250) : para_start].replace("\n", " ⏎ ")
        speaker = quote.speaker
        print(f"### {n} [{record.id}] speaker={speaker.text if speaker else None!r} "
              f"name={speaker.name if speaker else None!r} code={speaker.code if speaker else None} "
              f"verb={quote.verb} kind={quote.kind}")
        print("  BEFORE:", before)
        print("  PARAGRAPH:", record.text[para_start:para_end][:600])
        print("  QUOTE:", quote.text[:300])
    print(f"{len(pool)} quotations in the drawn articles", file=sys.stderr)


if __name__ == "__main__":
    main()
