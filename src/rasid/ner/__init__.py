"""The statistical named-entity tagger: a CRF trained on ANERcorp, shipped inside the package."""

from rasid.ner.tagger import NerTagger

__all__ = ["NerTagger"]
