"""Build the word-frequency lexicon that guides clitic segmentation.

Counts folded Arabic word forms over JSON Lines corpora (by default ../shared/corpus) and writes
``src/rasid/text/data/wordfreq.tsv.gz``: one ``word<TAB>count`` line per form seen at least
``--min-count`` times.  Only counts are kept, never text, so the file carries no article.

Usage: python tools/build_wordfreq.py [--min-count N] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.text.fold import fold_text  # noqa: E402

WORD = re.compile(r"[\u0621-\u064a]+")
OUT = ROOT / "src" / "rasid" / "text" / "data" / "wordfreq.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    corpora = args.corpora or sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))
    counts: Counter[str] = Counter()
    for path in corpora:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                rec = json.loads(line)
                counts.update(WORD.findall(fold_text(f"{rec.get('title') or ''}\n{rec.get('text') or ''}")))
        print(f"{path.name}: {n} articles, {len(counts)} forms so far", file=sys.stderr)
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# folded word form\tcount  (built by tools/build_wordfreq.py; counts only)\n")
        for word, count in kept:
            out.write(f"{word}\t{count}\n")
    print(f"wrote {OUT} ({len(kept)} forms, {OUT.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
