"""End-to-end `rasid process` over the corpus: articles/s by workers, store size, duplicate stories.

Usage: python bench/bench_process.py [--articles N] [--workers 1,2] [--full] [--sample K] [CORPUS.jsonl.gz ...]

Without --full: the first N/len(corpora) articles of each corpus are processed into a fresh store
once per worker count.  With --full: every article of every corpus goes into one store (one
process() per corpus, so that each article's collection is known), then story clusters are
counted and K random clusters with copies in several collections are printed for a reader.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

from rasid.store import ProcessOptions, process
from rasid.store.process import Summary

ROOT = Path(__file__).resolve().parents[1]


def _store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def _sample(corpora: list[str], n: int, folder: Path) -> list[str]:
    paths = []
    for corpus in corpora:
        path = folder / (Path(corpus).name.removesuffix(".gz"))
        with gzip.open(corpus, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(src, n // len(corpora)))
        paths.append(str(path))
    return paths


def speed(corpora: list[str], articles: int, workers: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _sample(corpora, articles, Path(tmp))
        for n in workers:
            db = Path(tmp) / f"w{n}.db"
            summary = process(inputs, db, ProcessOptions(workers=n))
            rate = summary.stored / summary.seconds
            size = _store_size(db)
            print(f"workers {n}: {summary.stored:,} articles stored in {summary.seconds:.1f} s = {rate:,.0f} articles/s"
                  f" ({rate / n:,.0f} per worker); store {size / 2**20:,.1f} MiB = {size / summary.stored / 1024:.1f}"
                  f" KiB per article; {summary.copies} exact copies, {summary.near} near-duplicates, "
                  f"{summary.failed} failed")


def full(corpora: list[str], db: Path, workers: int, sample: int) -> None:
    ranges = {}
    total = Summary()
    for corpus in corpora:
        summary = process([corpus], db, ProcessOptions(workers=workers))
        with sqlite3.connect(db) as conn:
            ranges[Path(corpus).name.split(".")[0]] = conn.execute("SELECT MAX(id) FROM articles").fetchone()[0]
        print(f"{Path(corpus).name}: {summary}", flush=True)
        for name in ("read", "new", "copies", "near", "skipped", "failed", "seconds"):
            setattr(total, name, getattr(total, name) + getattr(summary, name))
    print(f"all: {total}; {total.stored / total.seconds:,.0f} articles/s with {workers} workers")
    size = _store_size(db)
    print(f"store {size / 2**20:,.0f} MiB = {size / max(total.stored, 1) / 1024:.1f} KiB per article")
    bounds = sorted((top, name) for name, top in ranges.items())

    def collection(article_id: int) -> str:
        return next(name for top, name in bounds if article_id <= top)

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT cluster_id, id, similarity FROM articles WHERE cluster_id IN"
                            " (SELECT cluster_id FROM articles GROUP BY cluster_id HAVING COUNT(*) > 1)").fetchall()
        clusters: dict[int, list[int]] = {}
        for cluster_id, article_id, _ in rows:
            clusters.setdefault(cluster_id, []).append(article_id)
        crossing = {c: ids for c, ids in clusters.items() if len({collection(i) for i in ids}) > 1}
        print(f"stories with copies: {len(clusters):,} holding {len(rows):,} articles; "
              f"exact copies {sum(s == 1.0 for _, _, s in rows):,}, near-duplicates {sum(s is not None and s < 1 for _, _, s in rows):,}")
        print(f"stories with copies in more than one collection: {len(crossing):,}")
        for cluster_id in random.Random(1).sample(sorted(crossing), min(sample, len(crossing))):
            print(f"-- story {cluster_id}")
            for i in crossing[cluster_id]:
                source, title, sim = conn.execute("SELECT source, title, similarity FROM articles WHERE id = ?",
                                                  (i,)).fetchone()
                print(f"   {collection(i):<16} {source or '':<14} {sim if sim is not None else '':<6} {title[:90]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--articles", type=int, default=6000, help="articles per speed run (default 6000)")
    parser.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    parser.add_argument("--full", action="store_true", help="process the whole corpus and count duplicate stories")
    parser.add_argument("--db", default=None, help="the store for --full (default: a temporary file)")
    parser.add_argument("--sample", type=int, default=20, help="clusters printed for a reader (default 20)")
    args = parser.parse_args()
    corpora = args.corpora or [str(p) for p in sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl.gz"))]
    if not corpora:
        print("no corpus: give CORPUS.jsonl.gz files or put them in ../shared/corpus", file=sys.stderr)
        return 2
    if not args.full:
        speed(corpora, args.articles, [int(w) for w in args.workers.split(",")])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "full.db"
        full(corpora, db, os.cpu_count() or 1, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
