"""What the build tools share: the news corpora, read as lists of folded words per article."""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.analysis import Pipeline
from rasid.model import Article, Record
from rasid.read.jsonl import read_jsonl
from rasid.text.fold import fold_text

T = TypeVar("T")
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
ANY_WORD = re.compile(r"[\u0621-\u064aa-z0-9]+")


def corpus_paths(given: list[Path]) -> list[Path]:
    """The corpora named on the command line, else ../shared/corpus/*.jsonl.gz."""
    return given or sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))


def article_words(paths: list[Path], word: re.Pattern[str] = ANY_WORD) -> Iterator[list[str]]:
    """Folded words (title then text) of every article of the JSON Lines corpora, with progress on stderr."""
    for path in paths:
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                rec = json.loads(line)
                yield word.findall(fold_text(f"{rec.get('title') or ''}\n{rec.get('text') or ''}"))
        print(f"{path.name}: {n} articles", file=sys.stderr)


MAX_LINE = 8_000_000


def corpus_articles(path: Path, first: int, last: int) -> list[Article]:
    """The articles on lines ``first`` to ``last`` (counted from 0) of one corpus, read with rasid's own
    JSON Lines reader."""
    out: list[Article] = []
    with path.open("rb") as fh:
        for n, item in enumerate(read_jsonl(fh, path.name, MAX_LINE)):
            if n >= last:
                break
            if n >= first and isinstance(item, Article):
                out.append(item)
    return out


def drawn_records(description: str, items: Callable[[Record], list[T]]) -> tuple[argparse.Namespace, list[tuple[Record, T]]]:
    """The readings' draw (``sample_quotes.py``, ``sample_events.py``): the command line read, then
    ``--per-corpus`` articles of lines ``--first`` to ``--last`` of each corpus drawn with ``--seed``
    and analysed, and what ``items`` takes from each record, with its record, shuffled."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--last", type=int, default=3000)
    parser.add_argument("--per-corpus", type=int, default=40)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pipeline = Pipeline.load()
    pool: list[tuple[Record, T]] = []
    for path in corpus_paths(args.corpora):
        drawn = corpus_articles(path, args.first, args.last)
        for article in rng.sample(drawn, min(args.per_corpus, len(drawn))):
            record = pipeline.analyze(article)
            pool.extend((record, item) for item in items(record))
    rng.shuffle(pool)
    return args, pool
