"""Exact and near-duplicate articles: a content hash, and MinHash LSH over word shingles.

Syndicated wire copies, lightly edited reprints and the same story on several sites share most
of their word 3-grams; MinHash estimates that overlap (Jaccard) from a short signature, and LSH
finds the stored articles whose overlap is likely above the threshold without comparing pairs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH


NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.5  # estimated Jaccard of 3-word shingles above which two articles tell one story
MIN_SHINGLES = 20  # shorter texts are too little evidence; only exact copies are found for them
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations


def content_hash(words: list[str]) -> str:
    """Of a text's ``folded_words``: the same for texts that differ only in spelling variants,
    marks, spacing or punctuation."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def signature(words: list[str]) -> bytes | None:
    """The MinHash of the word shingles of a text's ``folded_words`` as uint32 bytes; None for too short a text."""
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS)
    minhash.update_batch(list(shingles))
    # hash values are below 2**32 (32-bit hashes, then a mask): four bytes each are enough
    return minhash.hashvalues.astype(np.uint32).tobytes()


def _minhash(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


class NearDuplicates:
    """The LSH index of stored signatures, rebuilt from the store when it is opened."""

    def __init__(self, stored: Iterable[tuple[int, bytes]] = (), threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, bytes] = {}
        for article_id, blob in stored:
            self.add(article_id, blob)

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: int, blob: bytes) -> None:
        self._lsh.insert(article_id, _minhash(blob), check_duplication=False)
        self._signatures[article_id] = blob

    def matches(self, blob: bytes) -> list[tuple[int, float]]:
        """Stored articles whose estimated similarity reaches the threshold, most similar first."""
        found = []
        for article_id in self._lsh.query(_minhash(blob)):
            score = similarity(blob, self._signatures[article_id])
            if score >= self.threshold:
                found.append((article_id, score))
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))
