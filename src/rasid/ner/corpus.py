"""Reading NER corpora in the two-column CoNLL form of ANERcorp and AQMAR ("word LABEL")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasid.errors import EvalDataError

# ANERcorp writes PERS; rasid's label set is PER, ORG, LOC, MISC.
LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

Sentence = list[tuple[str, str]]


def normalize_label(raw: str) -> str:
    """B-PERS → B-PER; anything unknown → O."""
    if raw in ("O", ""):
        return "O"
    head, _, kind = raw.partition("-")
    if head not in ("B", "I") or kind not in LABELS:
        return "O"
    return f"{head}-{LABELS[kind]}"


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of (word, label) pairs; blank lines separate sentences, malformed lines are skipped."""
    if not path.is_file():
        raise EvalDataError(f"{path}: NER corpus not found")
    sentence: Sentence = []
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if len(parts) < 2:
                continue
            sentence.append((parts[0], normalize_label(parts[-1])))
    if sentence:
        yield sentence


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first token, last token + 1, type) of a BIO label sequence."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        head, _, typ = label.partition("-")
        if start >= 0 and (head != "I" or typ != kind):
            out.add((start, i, kind))
            start = -1
        if head == "B" or (head == "I" and start < 0):
            start, kind = i, typ
    return out
