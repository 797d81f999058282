"""Eventhood: does a sentence that names a protest or an attack report one that actually happened?

News names protests and attacks far more often than it reports them: the right to demonstrate,
a call to protest, the victims of last year's bombing, an attack in a background clause.  The
rules find the words; a small classifier (a maximum-entropy model, trained by ``rasid events
train`` on the dev halves of arabic_event_gsr only) looks at the whole sentence — its words and
what the rules made of it — and a PROTEST or ASSAULT event it judges named but not reported as
happening is coded ``hypothetical`` (its rule says so and gives the probability): kept for the
record, left out of what counts as current events.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from rasid.model import Event
from rasid.text.index_text import index_words

FILTERED = ("PROTEST", "ASSAULT")
YES, NO = "Y", "N"


def data_dir() -> Path:
    return Path(str(resources.files("rasid.analysis") / "data"))


def model_path(folder: Path, kind: str) -> Path:
    return folder / f"eventhood_{kind.lower()}.crfsuite"


def settings_path(folder: Path) -> Path:
    return folder / "eventhood.json"


def sentence_features(sentence: str, events: list[Event], start: int = 0) -> dict[str, float]:
    """The sentence's words (folded, clitics split) and word pairs, what the rules found in it, and the
    words around each PROTEST / ASSAULT trigger; ``start``: the sentence's offset in its document."""
    words = index_words(sentence)
    features = {f"w={w}": 1.0 for w in words if len(w) > 1}
    if any(w.isdigit() for w in words):
        features["has-number"] = 1.0  # tolls and crowds are counted: 7 قتلى، 500 متظاهر
    for a, b in zip(words, words[1:]):
        features[f"b={a}_{b}"] = 1.0
    for e in events:
        features[f"ev={e.type}"] = 1.0
        features[f"ev={e.type}|current={e.is_current()}"] = 1.0
        features[f"ev={e.type}|modality={e.modality}|negated={e.negated}"] = 1.0
        form, _, rest = e.rule.partition(":")
        features[f"ev={e.type}|rule={form}"] = 1.0
        features[f"ev={e.type}|how={form}:{rest.split(':')[0]}"] = 1.0  # noun:support-verb, verb:verb-subject
        features[f"ev={e.type}|source={e.source is not None}"] = 1.0
        features[f"trigger={'_'.join(index_words(e.trigger.text))}"] = 1.0
        if e.type in FILTERED:  # the words just around the trigger say most about eventhood
            offset = e.trigger.start - start
            left = index_words(sentence[max(0, offset - 40) : offset])[-3:]
            right = index_words(sentence[offset + len(e.trigger.text) : offset + len(e.trigger.text) + 40])[:3]
            for n, w in enumerate(reversed(left), 1):
                features[f"{e.type}|L{n}={w}"] = 1.0
            for n, w in enumerate(right, 1):
                features[f"{e.type}|R{n}={w}"] = 1.0
            if any(w.isdigit() for w in left + right):
                features[f"{e.type}|counted"] = 1.0
    features["length"] = min(len(words), 60) / 60
    return features


@dataclass
class Eventhood:
    """The trained models, one per filtered type, with the probability each event must reach."""

    taggers: dict[str, pycrfsuite.Tagger]
    thresholds: dict[str, float]

    @classmethod
    def load(cls, folder: Path | None = None) -> Eventhood | None:
        """The bundled models (or those in ``folder``); None when there are none (rules alone)."""
        folder = folder or data_dir()
        settings_file = settings_path(folder)
        if not settings_file.is_file():
            return None
        settings = json.loads(settings_file.read_text(encoding="utf-8"))
        taggers, thresholds = {}, {}
        for kind in FILTERED:
            if kind in settings and model_path(folder, kind).is_file():
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model_path(folder, kind)))
                taggers[kind] = tagger
                thresholds[kind] = float(settings[kind]["threshold"])
        return cls(taggers, thresholds) if taggers else None

    def probability(self, kind: str, sentence: str, events: list[Event], start: int = 0) -> float:
        """How likely the sentence reports an actual event of ``kind`` (1.0 for a type not filtered)."""
        tagger = self.taggers.get(kind)
        if tagger is None:
            return 1.0
        tagger.set([sentence_features(sentence, events, start)])
        return float(tagger.marginal(YES, 0))

    def judge(self, sentence: str, events: list[Event], start: int = 0) -> list[Event]:
        """The sentence's events, current PROTEST / ASSAULT ones it does not report made hypothetical;
        ``start``: the sentence's offset in its document."""
        unreported = {}
        for kind in self.taggers:
            if any(e.type == kind and e.is_current() for e in events):
                p = self.probability(kind, sentence, events, start)
                if p < self.thresholds[kind]:
                    unreported[kind] = p
        if not unreported:
            return events
        return [dataclasses.replace(e, modality="hypothetical", rule=f"{e.rule}+eventhood={unreported[e.type]:.2f}")
                if e.type in unreported and e.is_current() else e for e in events]
