"""Build distributional word clusters from the news corpus, a feature for the NER tagger.

Each of the ``--words`` most frequent folded words gets a vector of counts of the ``--contexts``
most frequent words seen just before and just after it; the vectors are PPMI-weighted, projected
to ``--dims`` dimensions with a seeded random projection, normalised and grouped by k-means into
``--clusters`` clusters (numpy; fixed seeds, so the result is reproducible).  Writes
src/rasid/ner/data/clusters.tsv.gz (word, cluster id): no text, no counts.

Usage: python tools/build_word_clusters.py [--words N] [--clusters K] [CORPUS.jsonl.gz ...]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from corpus_words import ROOT, article_words, corpus_paths

OUT = ROOT / "src" / "rasid" / "ner" / "data" / "clusters.tsv.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--contexts", type=int, default=1_000)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--clusters", type=int, default=600)
    parser.add_argument("--iterations", type=int, default=15)
    args = parser.parse_args()
    docs = list(article_words(corpus_paths(args.corpora)))
    freq: Counter[str] = Counter(w for words in docs for w in words)
    vocab = [w for w, _ in freq.most_common(args.words)]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, (w, _) in enumerate(freq.most_common(args.contexts))}
    counts = np.zeros((len(vocab), 2 * len(ctx)), dtype=np.float32)
    for words in docs:
        ids = [index.get(w, -1) for w in words]
        cids = [ctx.get(w, -1) for w in words]
        for k in range(1, len(words) - 1):
            i = ids[k]
            if i < 0:
                continue
            if cids[k - 1] >= 0:
                counts[i, cids[k - 1]] += 1
            if cids[k + 1] >= 0:
                counts[i, len(ctx) + cids[k + 1]] += 1
    total = counts.sum()
    pw = counts.sum(axis=1, keepdims=True) / total
    pc = counts.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.maximum(np.log((counts / total) / (pw * pc)), 0)
    ppmi = np.nan_to_num(ppmi, nan=0.0, posinf=0.0)
    rng = np.random.default_rng(2026)
    vectors = ppmi @ rng.standard_normal((ppmi.shape[1], args.dims)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    centres = vectors[rng.choice(len(vectors), args.clusters, replace=False)]
    for _ in range(args.iterations):
        assign = np.argmax(vectors @ centres.T, axis=1)
        for c in range(args.clusters):
            members = vectors[assign == c]
            if len(members):
                centre = members.mean(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-9)
    assign = np.argmax(vectors @ centres.T, axis=1)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# folded word\tcluster  (built by tools/build_word_clusters.py)\n")
        for word, cluster in zip(vocab, assign):
            out.write(f"{word}\t{cluster}\n")
    print(f"wrote {OUT} ({len(vocab)} words, {args.clusters} clusters, {OUT.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
