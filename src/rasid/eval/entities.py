"""Entities scored against gold annotations in the project's gold format (GOLD_FORMAT.md).

A gold entity ``{"key", "type", "code"}`` is found when an output entity's text contains the key
(compared folded) with the same label; it is coded right when that entity's code equals the gold
code as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rasid.analysis import Pipeline
from rasid.errors import EvalDataError
from rasid.eval.gold import gold_key
from rasid.eval.gold import read_gold
from rasid.model import Article, Entity
from rasid.read import Failure, read_inputs


@dataclass(slots=True)
class EntityReport:
    """Per gold entity: found with the right label, and with the right code."""

    rows: list[tuple[str, str, str, str | None, str | None]] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(r[3] is not None for r in self.rows)

    @property
    def coded(self) -> int:
        return sum(r[3] is not None and r[3] == r[2] for r in self.rows)


def article_for(gold_path: Path, doc_id: str) -> Article:
    """The article a gold file annotates: ``DOC_ID.txt`` (or .html, .jsonl) beside it."""
    for candidate in sorted(gold_path.parent.glob(f"{doc_id}.*")):
        if candidate.suffix != ".json":
            items = list(read_inputs([str(candidate)]))
            if items and not isinstance(items[0], Failure):
                return items[0]
    raise EvalDataError(f"{gold_path}: the article {doc_id} was not found beside it")


def evaluate_entities(gold_paths: list[Path], pipeline: Pipeline) -> EntityReport:
    """Score entities on every gold file's article."""
    report = EntityReport()
    for path in gold_paths:
        gold = read_gold(path)
        record = pipeline.analyze(article_for(path, gold["doc_id"]))
        for item in gold.get("entities", []):
            match = _best(record.entities, item)
            code = match.actor.code if match and match.actor else None
            report.rows.append((item["key"], item["type"], item.get("code", ""), code if match else None,
                                match.text if match else None))
    return report


def _best(entities: list[Entity], item: dict) -> Entity | None:
    key = gold_key(item["key"])
    label = "LOC" if item["type"] in ("LOC", "GPE") else item["type"]
    found = [e for e in entities if key in gold_key(e.text) and e.label == label]
    right = [e for e in found if e.actor and e.actor.code == item.get("code")]
    return (right or found or [None])[0]
