"""Tagging with the bundled CRF model."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycrfsuite

from rasid.errors import RasidError
from rasid.lexicon.matcher import Matcher
from rasid.ner.corpus import spans
from rasid.ner.features import FeatureExtractor
from rasid.text.tokens import Segmenter

MODEL_NAME = "anercorp.crfsuite"


def bundled_model() -> Path:
    """The model file shipped with the package."""
    return Path(str(resources.files("rasid.ner") / "data" / MODEL_NAME))


class NerTagger:
    """A loaded CRF model and its feature extractor; tags tokenised sentences."""

    def __init__(self, segmenter: Segmenter, matcher: Matcher | None, model: Path | None = None) -> None:
        path = model or bundled_model()
        if not path.is_file():
            raise RasidError(f"{path}: NER model not found (train one with: rasid ner train)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.features = FeatureExtractor(segmenter, matcher)

    def tag(self, words: list[str]) -> list[str]:
        """BIO labels (PER, ORG, LOC, MISC) for a sentence's words."""
        if not words:
            return []
        return self._tagger.tag(self.features.attributes(words))

    def entities(self, words: list[str], kb: list[str] | None = None) -> list[tuple[int, int, str]]:
        """Entity spans as (first word, last word + 1, label), in order; ``kb`` as for the features."""
        if not words:
            return []
        return sorted(spans(self._tagger.tag(self.features.attributes(words, kb))))
