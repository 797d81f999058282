"""Training the eventhood models on dev halves only (the test halves are never read).

Training sentences: arabic_event_gsr's dev half (reported events and mere mentions), each text
once and none its test half holds under another id, plus the dev half of UniversalPetrarch's gold
sentences of the type (each reports one such event) not already among them.  For each type: the
rules analyse every sentence; three 5-fold cross-validations (each with its own folds) give each
sentence held-out probabilities, and the threshold is the one with the best pooled
arabic_event_gsr F1 for "the rules found a current event and the model agrees" (the share of
UniversalPetrarch's sentences judged reported is written beside it).  The final model is trained
on all the sentences.  Deterministic: same data, same model.
"""

from __future__ import annotations

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
from rasid.eval.events import (
    Scores,
    gsr_rows,
    gsr_test_texts,
    sentence_article,
    text_key,
    upetr_files,
    upetr_sentences,
)
from rasid.eval.splits import in_split

FOLDS = 5
REPEATS = 3  # cross-validations, each with its own folds
C1 = 0.02  # L1: most word features get no weight, and the model stays small
C2 = 2.0
ITERATIONS = 100
THRESHOLDS = (0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Example:
    text: str
    features: dict[str, float]
    gold: bool
    rules: bool  # the rules found a current event of the type


def _example(pipeline: Pipeline, kind: str, sid: str, text: str, gold: bool, date: str | None = None) -> Example:
    """One sentence analysed by the rules, with its features and its gold answer."""
    events = pipeline.analyze(sentence_article(sid, text, date)).events
    key = text_key(text)
    return Example(key, sentence_features(key, events), gold, any(e.type == kind and e.is_current() for e in events))


def _examples(path: Path, kind: str, pipeline: Pipeline, tested: frozenset[str]) -> list[Example]:
    """The dev half of an arabic_event_gsr file, each text once and none that its test half holds
    under another id."""
    rows = [r for r in gsr_rows(path) if r["label"] in ("yes", "easy no", "difficult no") and in_split(r["id"], "dev")]
    # a fixed order independent of the file's: folds are the same on every run
    rows.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
    examples, seen = [], set(tested)
    for row in rows:
        key = text_key(row["text"])
        if key not in seen:
            seen.add(key)
            examples.append(_example(pipeline, kind, row["id"], row["text"], row["label"] == "yes"))
    return examples


def _upetr_examples(gold: Path, kind: str, pipeline: Pipeline, known: frozenset[str]) -> list[Example]:
    """UniversalPetrarch's gold sentences of this category (dev half): each reports one such event.
    Many are arabic_event_gsr sentences under other ids: those ``known`` (tested, or already an
    example) are left out."""
    return [_example(pipeline, kind, sid, text, True, date)
            for path in upetr_files(gold) for sid, category, _, text, date in upetr_sentences(path)
            if category == kind and in_split(sid, "dev") and text_key(text) not in known]


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


def _folds(examples: list[Example], repeat: int) -> list[int]:
    """Each example's fold in one repetition: a fixed shuffle by the hash of the repetition and its text."""
    order = sorted(range(len(examples)), key=lambda i: hashlib.sha1(f"{repeat}:{examples[i].text}".encode()).hexdigest())
    folds = [0] * len(examples)
    for rank, i in enumerate(order):
        folds[i] = rank % FOLDS
    return folds


def _cross_validated(examples: list[Example], repeat: int) -> list[float]:
    """The probability of each example from a model trained on the other folds of one repetition."""
    folds = _folds(examples, repeat)
    probabilities = [0.0] * len(examples)
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            train = [ex for ex, f in zip(examples, folds) if f != fold]
            tagger = _train(train, Path(tmp) / f"fold{fold}.crfsuite")
            for i, ex in enumerate(examples):
                if folds[i] == fold:
                    tagger.set([ex.features])
                    probabilities[i] = tagger.marginal(YES, 0)
    return probabilities


def train_eventhood(shared: Path, output: Path) -> dict[str, dict]:
    """Train one model per filtered type into ``output``; returns what was measured (also written)."""
    output.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline.load(eventhood=False)
    report: dict[str, dict] = {}
    gold = shared / "eval" / "events"
    tested = gsr_test_texts(gold)  # the detection test half: never learnt from, under any id
    for kind in FILTERED:
        examples = _examples(gold / "arabic_event_gsr" / f"{kind.lower()}_gsr.csv", kind, pipeline, tested)
        reported = _upetr_examples(gold, kind, pipeline, tested | {ex.text for ex in examples})
        # the threshold is chosen on several cross-validations pooled: one alone, with a few dozen
        # positives, flips it with any small change
        runs = [_cross_validated(examples + reported, repeat) for repeat in range(REPEATS)]
        scored = {t: _f1([(ex.rules and p[i] >= t, ex.gold) for p in runs for i, ex in enumerate(examples)])
                  for t in THRESHOLDS}
        kept = {t: sum(ex.rules and p[len(examples) + i] >= t for p in runs for i, ex in enumerate(reported)) / REPEATS
                for t in THRESHOLDS}
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
