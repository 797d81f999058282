"""The eventhood models: PROTEST / ASSAULT events kept when the sentence reports one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from rasid.analysis import Pipeline
from rasid.analysis.eventhood import Eventhood
from rasid.eval.events import sentence_article

REPORTS = {
    "PROTEST": "تظاهر آلاف المواطنين اليوم في وسط العاصمة احتجاجا على ارتفاع الأسعار.",
    "ASSAULT": "قتل خمسة جنود في هجوم انتحاري استهدف حاجزا للجيش شمال البلاد اليوم.",
}
MENTIONS = {
    "PROTEST": "أكد الوزير أن حق التظاهر السلمي مكفول للمواطنين في الدستور.",
    "ASSAULT": "وكانت المدينة قد شهدت قبل سنوات هجمات دامية.",
}


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline.load(eventhood=False)


@pytest.fixture(scope="module")
def eventhood() -> Eventhood:
    model = Eventhood.load()
    assert model is not None, "the bundled eventhood models are missing"
    return model


def _events(pipeline: Pipeline, text: str) -> list:
    return pipeline.analyze(sentence_article("s", text)).events


@pytest.mark.parametrize("kind", ["PROTEST", "ASSAULT"])
def test_a_report_scores_above_a_mention(kind: str, rules: Pipeline, eventhood: Eventhood) -> None:
    report = eventhood.probability(kind, REPORTS[kind], _events(rules, REPORTS[kind]))
    mention = eventhood.probability(kind, MENTIONS[kind], _events(rules, MENTIONS[kind]))
    assert report > eventhood.thresholds[kind] and report > 2 * mention


@pytest.mark.parametrize("kind", ["PROTEST", "ASSAULT"])
def test_reported_events_stay_in_the_analysis(kind: str) -> None:
    assert any(e.type == kind and e.is_current() for e in _events(Pipeline.load(), REPORTS[kind]))


def test_events_below_the_threshold_become_hypothetical(rules: Pipeline, eventhood: Eventhood) -> None:
    events = _events(rules, REPORTS["ASSAULT"])
    strict = Eventhood(eventhood.taggers, {"PROTEST": 1.01, "ASSAULT": 1.01})
    judged = strict.judge(REPORTS["ASSAULT"], events)
    assaults = [e for e in judged if e.type == "ASSAULT"]
    assert assaults and all(e.modality == "hypothetical" and "+eventhood=" in e.rule for e in assaults)
    assert len(judged) == len(events)  # nothing is lost
    future = [dataclasses.replace(e, modality="future") for e in events]
    assert strict.judge(REPORTS["ASSAULT"], future) == future  # only current events are judged
    assert eventhood.probability("CONSULT", "التقى الوزيران", []) == 1.0  # other types are not filtered


def test_no_models_means_rules_alone(tmp_path: Path) -> None:
    assert Eventhood.load(tmp_path) is None
