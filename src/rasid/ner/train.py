"""Training the CRF on a two-column NER corpus (ANERcorp's training split)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasid.lexicon.matcher import Matcher
from rasid.ner.corpus import read_conll
from rasid.ner.features import FeatureExtractor
from rasid.text.tokens import Segmenter

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrainOptions:
    """CRF training settings (L-BFGS with elastic-net regularisation)."""

    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150
    min_feature_freq: int = 1

    def __post_init__(self) -> None:
        if self.c1 < 0 or self.c2 < 0 or self.max_iterations < 1:
            raise ValueError("c1 and c2 must be >= 0 and max_iterations >= 1")


def train(corpus: Path, output: Path, segmenter: Segmenter, matcher: Matcher | None,
          options: TrainOptions = TrainOptions()) -> int:
    """Train a model on ``corpus`` and write it to ``output``; returns the number of sentences."""
    features = FeatureExtractor(segmenter, matcher)
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for sentence in read_conll(corpus):
        words = [w for w, _ in sentence]
        trainer.append(features.sentence(words), [label for _, label in sentence])
        n += 1
    trainer.set_params({"c1": options.c1, "c2": options.c2, "max_iterations": options.max_iterations,
                        "feature.minfreq": options.min_feature_freq, "feature.possible_transitions": True})
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".part")
    trainer.train(str(tmp))
    tmp.replace(output)
    LOGGER.info("trained on %s sentences: %s", n, output)
    return n
