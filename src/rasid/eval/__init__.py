"""Scorers for the gold sets (dev half for error analysis, test half only scored)."""
