"""Clitic segmentation scored against UD Arabic-PUD.

UD splits every clitic into a token of its own (``SpaceAfter=No`` glues them back into the written
word).  A written word is scored correct when rasid's tokens and segments for it are exactly UD's
tokens; punctuation is not counted.  Leaving every word unsplit scores 0.846.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasid.errors import EvalDataError
from rasid.eval.scores import share
from rasid.eval.splits import Split, in_split
from rasid.text.tokens import Segmenter, tokenize


@dataclass(frozen=True, slots=True)
class GoldWord:
    """A written word of the treebank and its gold segments."""

    sentence_id: str
    segments: tuple[str, ...]


@dataclass(slots=True)
class SegmentReport:
    """Word-level agreement with the gold segmentation."""

    split: str
    sentences: int = 0
    words: int = 0
    correct: int = 0
    unsplit_correct: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return share(self.correct, self.words)

    @property
    def baseline(self) -> float:
        """Agreement of leaving every word unsplit."""
        return share(self.unsplit_correct, self.words)


def read_conllu_words(path: Path) -> Iterator[GoldWord]:
    """Written words (punctuation removed) with their gold segments, from a CoNLL-U file."""
    if not path.is_file():
        raise EvalDataError(f"{path}: treebank not found")
    sent_id = ""
    glued: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                glued.append((cols[1], cols[3]))
                if "SpaceAfter=No" not in cols[9]:
                    yield from _words(sent_id, glued)
                    glued = []
            elif not line and glued:
                yield from _words(sent_id, glued)
                glued = []


def _words(sent_id: str, glued: list[tuple[str, str]]) -> Iterator[GoldWord]:
    run: list[str] = []
    for form, upos in [*glued, ("", "PUNCT")]:
        if upos == "PUNCT":
            if run:
                yield GoldWord(sent_id, tuple(run))
            run = []
        else:
            run.append(form)


def evaluate_segmentation(path: Path, segmenter: Segmenter, split: Split = "test") -> SegmentReport:
    """Score rasid's tokens and segments against the treebank's, word by word."""
    report = SegmentReport(split=split)
    seen: set[str] = set()
    for word in read_conllu_words(path):
        if not in_split(word.sentence_id, split):
            continue
        seen.add(word.sentence_id)
        text = "".join(word.segments)
        predicted = tuple(seg for tok in tokenize(text, 0, len(text), segmenter) for seg in tok.segments)
        report.words += 1
        report.unsplit_correct += len(word.segments) == 1
        if predicted == word.segments:
            report.correct += 1
        else:
            report.errors[f"{'+'.join(word.segments)} ≠ {'+'.join(predicted)}"] += 1
    report.sentences = len(seen)
    return report
