"""Analysis of clean articles: entities (and, as they arrive, coreference, quotes, events)."""

from rasid.analyze.pipeline import Pipeline

__all__ = ["Pipeline"]
