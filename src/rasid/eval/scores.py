"""The two formulas every scorer uses: a share of a count (0 when there is nothing to share) and F1."""

from __future__ import annotations


def share(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is 0 (precision with no output, recall with no gold)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
