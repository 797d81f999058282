"""Event coding scored on the public gold standards.

- ``arabic_event_gsr`` (detection): a sentence is predicted PROTEST / ASSAULT when the output holds
  an asserted, not negated event of that type; gold positive = label ``yes``, negative = ``easy no``
  or ``difficult no``; ``ambiguous`` is skipped.
- UniversalPetrarch GSR (coding): category recall (an output event of the gold PLOVER type) and
  source country agreement (such an event whose source code starts with the gold country).
- the seed (GOLD_FORMAT.md): event recall over required gold events, precision over output events.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasid.analysis import Pipeline
from rasid.errors import EvalDataError
from rasid.eval.entities import article_for
from rasid.eval.gold import gold_key, names_any, read_gold
from rasid.eval.scores import f1, share
from rasid.eval.splits import Split, in_split
from rasid.model import ActorRef, Article, Event, Paragraph

_POSITIVE, _NEGATIVE = {"yes"}, {"easy no", "difficult no"}


def text_key(text: str) -> str:
    """A sentence as the gold sets are compared and analysed: its words, single-spaced."""
    return " ".join(text.split())


def sentence_article(sentence_id: str, text: str, published: str | None = None) -> Article:
    """A one-sentence article (the gold sets give sentences without their documents), with the date
    of its story when the gold gives one: codes and modality depend on it."""
    text = text_key(text)
    return Article(id=sentence_id, title=text, text=text, published=published,
                   paragraphs=[Paragraph(0, len(text), "title")])


def current_types(events: list[Event]) -> set[str]:
    """PLOVER types of the events that actually happened: asserted and not negated."""
    return {e.type for e in events if e.is_current()}


@dataclass(slots=True)
class Scores:
    """Precision, recall and F1 from counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return share(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return share(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def gsr_rows(path: Path) -> list[dict[str, str]]:
    """The rows (id, text, label …) of an arabic_event_gsr CSV file."""
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gsr_test_texts(gold: Path) -> frozenset[str]:
    """The texts of arabic_event_gsr's test half (``gold``: eval/events), spaces normalised."""
    return frozenset(text_key(r["text"]) for kind in ("protest", "assault")
                     for r in gsr_rows(gold / "arabic_event_gsr" / f"{kind}_gsr.csv") if not in_split(r["id"], "dev"))


def held_out_texts(gold: Path) -> frozenset[str]:
    """The texts of every test-half sentence of both event gold sets (``gold``: eval/events).

    The two sets share hundreds of sentences under other ids, and arabic_event_gsr repeats some of
    its own, so one text can be dev under one id and test under another: such a text is never read
    or scored as a dev sentence.
    """
    upetr = {text_key(text) for path in upetr_files(gold) for sid, _, _, text, _ in upetr_sentences(path)
             if not in_split(sid, "dev")}
    return gsr_test_texts(gold) | upetr


def upetr_files(gold: Path) -> list[Path]:
    """The UniversalPetrarch validation files under ``gold`` (eval/events)."""
    return [gold / "upetr_gsr" / f"arabic_{kind}_gsr_validation.xml" for kind in ("protest", "assault")]


def detection(path: Path, event_type: str, pipeline: Pipeline, split: Split,
              held_out: frozenset[str] = frozenset()) -> Scores:
    """Sentence-level detection of one event type on an arabic_event_gsr CSV file; sentences whose
    text is in ``held_out`` are left out (a dev half less the texts the other set tests)."""
    scores = Scores()
    for row in gsr_rows(path):
        if row["label"] not in _POSITIVE | _NEGATIVE or not in_split(row["id"], split) \
                or text_key(row["text"]) in held_out:
            continue
        predicted = event_type in current_types(pipeline.analyze(sentence_article(row["id"], row["text"])).events)
        gold = row["label"] in _POSITIVE
        scores.tp += predicted and gold
        scores.fp += predicted and not gold
        scores.fn += gold and not predicted
        scores.tn += not predicted and not gold
    return scores


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def upetr_sentences(path: Path) -> Iterator[tuple[str, str, str, str, str | None]]:
    """(id, PLOVER category, gold source country, text, date) from a UniversalPetrarch validation file.

    The files are not well-formed XML (one is cut short), so sentences are read one by one.
    """
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found")
    raw = path.read_text(encoding="utf-8")
    for m in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        body = m.group(2)
        coding = dict(_ATTR.findall(re.search(r"<EventCoding\b([^>]*)/?>", body).group(1))) if "<EventCoding" in body else {}
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not text:
            continue
        country = (coding.get("sourcecode") or "").split(" ")[0]
        day = attrs.get("date", "")
        date = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else None
        yield attrs.get("id", ""), coding.get("plover") or attrs.get("category", ""), country, text.group(1).strip(), date


@dataclass(slots=True)
class CodingReport:
    """Category recall and source-country agreement on the UniversalPetrarch GSR."""

    sentences: int = 0
    category_hits: int = 0
    with_country: int = 0
    country_hits: int = 0

    @property
    def category_recall(self) -> float:
        return share(self.category_hits, self.sentences)

    @property
    def country_agreement(self) -> float:
        return share(self.country_hits, self.with_country)


def coding(paths: list[Path], pipeline: Pipeline, split: Split,
           held_out: frozenset[str] = frozenset()) -> CodingReport:
    """Score event coding on the UniversalPetrarch gold sentences; those whose text is in
    ``held_out`` are left out."""
    report = CodingReport()
    for path in paths:
        for sid, category, country, text, date in upetr_sentences(path):
            if not in_split(sid, split) or text_key(text) in held_out:
                continue
            events = [e for e in pipeline.analyze(sentence_article(sid, text, date)).events if e.type == category]
            report.sentences += 1
            report.category_hits += bool(events)
            if country and country != "None":
                report.with_country += 1
                report.country_hits += any(e.source and (e.source.code or "").startswith(country) for e in events)
    return report


def _actor_matches(keys: list[str], code: str, ref: ActorRef | None) -> bool:
    return names_any(keys, ref) or bool(code and ref is not None and ref.code == code)


def _event_matches(gold: dict, event: Event) -> bool:
    if gold["type"] != event.type or gold_key(gold["sentence"]) not in gold_key(event.sentence):
        return False
    pairs = [(event.source, event.target)]
    if gold.get("unordered"):
        pairs.append((event.target, event.source))
    for source, target in pairs:
        if _actor_matches(gold["source"], gold.get("source_code", ""), source) and (
                not gold["target"] or _actor_matches(gold["target"], gold.get("target_code", ""), target)):
            return True
    return False


@dataclass(slots=True)
class SeedReport:
    """Recall over required gold events, precision over output events."""

    required: int = 0
    found: int = 0
    output: int = 0
    correct: int = 0
    missed: list[dict] = field(default_factory=list)
    wrong: list[Event] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return share(self.found, self.required)

    @property
    def precision(self) -> float:
        return share(self.correct, self.output)


def seed_events(gold_path: Path, pipeline: Pipeline) -> SeedReport:
    """Score events of a gold-annotated article (GOLD_FORMAT.md matching rules)."""
    gold = read_gold(gold_path)
    events = [e for e in pipeline.analyze(article_for(gold_path, gold["doc_id"])).events
              if e.is_current()]
    report = SeedReport(output=len(events))
    used: set[int] = set()
    for g in gold["events"]:
        hit = next((i for i, e in enumerate(events) if i not in used and _event_matches(g, e)), None)
        if hit is not None:
            used.add(hit)
        if g.get("required"):
            report.required += 1
            report.found += hit is not None
            if hit is None:
                report.missed.append(g)
    report.correct = sum(any(_event_matches(g, e) for g in gold["events"]) for e in events)
    report.wrong = [e for e in events if not any(_event_matches(g, e) for g in gold["events"])]
    return report
