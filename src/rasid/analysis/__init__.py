"""Analysis of clean articles: entities (and, as they arrive, coreference, quotes, events)."""

from rasid.analysis.pipeline import Pipeline

__all__ = ["Pipeline"]
