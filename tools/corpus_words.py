"""What the build tools share: the news corpora, read as lists of folded words per article."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.model import Article  # noqa: E402
from rasid.read.jsonl import read_jsonl  # noqa: E402
from rasid.text.fold import fold_text  # noqa: E402

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
