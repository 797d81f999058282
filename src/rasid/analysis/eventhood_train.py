"""Training the eventhood models on dev halves only (the test halves are never read).

Training sentences: arabic_event_gsr's dev half (reported events and mere mentions), plus the
dev half of UniversalPetrarch's gold sentences of the type (each reports one such event).
For each type: the rules analyse every sentence; 5-fold cross-validation gives each sentence a
held-out probability, and the threshold is the one with the best arabic_event_gsr F1 for "the
rules found a current event and the model agrees" (the share of UniversalPetrarch's sentences
judged reported is written beside it).  The final model is trained on all the sentences.
Deterministic: same data, same model.
"""

from __future__ import annotations

import csv
import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasid.analysis.eventhood import (
    FILTERED,
    NO,
    YES,
    model_path,
    sentence_features,
    settings_path,
)
from rasid.analysis.pipeline import Pipeline
from rasid.errors import EvalDataError
from rasid.eval.events import Scores, sentence_article
from rasid.eval.splits import in_split

FOLDS = 5
C1 = 0.02  # L1: most word features get no weight, and the model stays small
C2 = 2.0
ITERATIONS = 100
THRESHOLDS = (0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Example:
    features: dict[str, float]
    gold: bool
    rules: bool  # the rules found a current event of the type


def _examples(path: Path, kind: str, pipeline: Pipeline) -> list[Example]:
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found")
    examples = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] in ("yes", "easy no", "difficult no")
                and in_split(r["id"], "dev")]
    # a fixed order independent of the file's: folds are the same on every run
    rows.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
    for row in rows:
        events = pipeline.analyze(sentence_article(row["id"], row["text"])).events
        examples.append(Example(sentence_features(" ".join(row["text"].split()), events), row["label"] == "yes",
                                any(e.type == kind and e.is_current() for e in events)))
    return examples


def _upetr_examples(folder: Path, kind: str, pipeline: Pipeline) -> list[Example]:
    """UniversalPetrarch's gold sentences of this category (dev half): each reports one such event."""
    from rasid.eval.events import upetr_sentences

    examples = []
    for path in sorted(folder.glob("arabic_*_gsr_validation.xml")):
        for sid, category, _, text, date in upetr_sentences(path):
            if category != kind or not in_split(sid, "dev"):
                continue
            events = pipeline.analyze(sentence_article(sid, text, date)).events
            examples.append(Example(sentence_features(" ".join(text.split()), events), True,
                                    any(e.type == kind and e.is_current() for e in events)))
    return examples


def _train(examples: list[Example], path: Path) -> pycrfsuite.Tagger:
    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        trainer.append([ex.features], [YES if ex.gold else NO])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS})
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _f1(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """Precision, recall and F1 of (predicted, gold) pairs, rounded for the settings file."""
    scores = Scores()
    for predicted, gold in pairs:
        scores.tp += predicted and gold
        scores.fp += predicted and not gold
        scores.fn += gold and not predicted
    return {"precision": round(scores.precision, 3), "recall": round(scores.recall, 3), "f1": round(scores.f1, 3)}


def _cross_validated(examples: list[Example]) -> list[float]:
    """The probability of each example from a model trained on the other folds."""
    probabilities = [0.0] * len(examples)
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            train = [ex for i, ex in enumerate(examples) if i % FOLDS != fold]
            tagger = _train(train, Path(tmp) / f"fold{fold}.crfsuite")
            for i, ex in enumerate(examples):
                if i % FOLDS == fold:
                    tagger.set([ex.features])
                    probabilities[i] = tagger.marginal(YES, 0)
    return probabilities


def train_eventhood(shared: Path, output: Path) -> dict[str, dict]:
    """Train one model per filtered type into ``output``; returns what was measured (also written)."""
    output.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline.load(eventhood=False)
    report: dict[str, dict] = {}
    for kind in FILTERED:
        gold = shared / "eval" / "events"
        examples = _examples(gold / "arabic_event_gsr" / f"{kind.lower()}_gsr.csv", kind, pipeline)
        reported = _upetr_examples(gold / "upetr_gsr", kind, pipeline)
        probabilities = _cross_validated(examples + reported)
        held_out, reported_p = probabilities[:len(examples)], probabilities[len(examples):]
        scored = {t: _f1([(ex.rules and p >= t, ex.gold) for ex, p in zip(examples, held_out)])
                  for t in THRESHOLDS}
        kept = {t: sum(ex.rules and p >= t for ex, p in zip(reported, reported_p)) for t in THRESHOLDS}
        best = max(THRESHOLDS, key=lambda t: (scored[t]["f1"], -t))
        _train(examples + reported, model_path(output, kind))
        report[kind] = {
            "threshold": best,
            "dev_sentences": len(examples),
            "dev_positives": sum(ex.gold for ex in examples),
            "upetr_dev_sentences": len(reported),
            "upetr_judged_reported": round(kept[best] / max(len(reported), 1), 3),
            "cross_validated": scored[best],
            "rules_alone": _f1([(ex.rules, ex.gold) for ex in examples]),
        }
    settings_path(output).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report
