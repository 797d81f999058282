"""Quotations scored against gold annotations (GOLD_FORMAT.md).

An output quotation matches a gold one when the gold snippet occurs in its text (compared folded,
punctuation ignored); it is attributed right when a gold speaker key occurs in its speaker (text,
name, English name or id).  Recall counts required gold quotations; attribution is the share of
the found required quotations whose speaker is right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rasid.analysis import Pipeline
from rasid.eval.entities import article_for
from rasid.eval.gold import gold_key, names_any, read_gold
from rasid.eval.scores import share


@dataclass(slots=True)
class QuoteReport:
    """Required gold quotations found, and found with the right speaker."""

    required: int = 0
    found: int = 0
    attributed: int = 0
    output: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return share(self.found, self.required)

    @property
    def attribution(self) -> float:
        return share(self.attributed, self.found)


def evaluate_quotes(gold_paths: list[Path], pipeline: Pipeline) -> QuoteReport:
    """Score the quotations of every gold file's article."""
    report = QuoteReport()
    for path in gold_paths:
        gold = read_gold(path)
        quotes = pipeline.analyze(article_for(path, gold["doc_id"])).quotes
        report.output += len(quotes)
        for g in gold.get("quotes", []):
            if not g.get("required"):
                continue
            report.required += 1
            found = [q for q in quotes if gold_key(g["snippet"]) in gold_key(q.text)]
            if not found:
                report.misses.append(f"not found: {g['snippet'][:50]}")
                continue
            report.found += 1
            if any(names_any(g["speaker"], q.speaker) for q in found):
                report.attributed += 1
            else:
                report.misses.append(f"wrong speaker ({found[0].speaker.name if found[0].speaker else None}): "
                                     f"{g['snippet'][:50]}")
    return report
