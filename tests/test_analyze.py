"""Entities in rasid analyze: actors, office holders, places, agents with a country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.analysis import Pipeline
from rasid.cli import main
from rasid.model import Article, Record
from rasid.read import read_inputs
from rasid.read.layout import build_article
from rasid.text.fold import fold_text

from conftest import EXAMPLE_SEED


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.fixture(scope="module")
def seed_record(pipeline: Pipeline) -> Record:
    (article,) = read_inputs([str(EXAMPLE_SEED)])
    assert isinstance(article, Article)
    return pipeline.analyze(article)


SEED_ENTITIES = [
    ("شمخاني", "PER", "IRNGOV"), ("فالح الفياض", "PER", "IRQMIL"), ("قاسم سليماني", "PER", "IRNMIL"),
    ("أبو مهدي المهندس", "PER", "IRQMIL"), ("اسماعيل هنية", "PER", "PSEREB"), ("زياد النخالة", "PER", "PSEREB"),
    ("الحشد الشعبي", "ORG", "IRQMIL"), ("مجلس النواب العراقي", "ORG", "IRQLEG"), ("حماس", "ORG", "PSEREB"),
    ("حركة الجهاد الاسلامي", "ORG", "PSEREB"), ("العراق", "LOC", "IRQ"), ("فلسطين", "LOC", "PSE"),
    ("ايران", "LOC", "IRN"), ("القدس", "LOC", "PSE"),
]


@pytest.mark.parametrize(("key", "label", "code"), SEED_ENTITIES)
def test_seed_entities_found_with_codes(seed_record: Record, key: str, label: str, code: str) -> None:
    hits = [e for e in seed_record.entities if fold_text(key) in fold_text(e.text) and e.label == label]
    assert hits, key
    assert any(e.actor and e.actor.code == code for e in hits), [(e.text, e.actor) for e in hits]


def test_seed_title_alone_resolves_to_the_holder(seed_record: Record) -> None:
    (title,) = [e for e in seed_record.entities if e.text == "أمين المجلس الأعلى للأمن القومي الايراني"]
    assert title.label == "PER" and title.actor and title.actor.id == "ali-shamkhani"
    pmf = [e for e in seed_record.entities if e.text == "رئيس هيئة الحشد الشعبي"]
    assert pmf and pmf[0].actor and pmf[0].actor.id == "falih-al-fayyadh" and pmf[0].actor.code == "IRQMIL"


def test_entity_offsets_into_text(seed_record: Record) -> None:
    for e in seed_record.entities:
        assert seed_record.text[e.start : e.end] == e.text


def test_office_holder_depends_on_the_date(pipeline: Pipeline) -> None:
    text = "وقال أمين المجلس الأعلى للأمن القومي الإيراني إن المفاوضات مستمرة."
    for date, holder in [("2010-05-01", "saeed-jalili"), ("2020-05-01", "ali-shamkhani"), ("2024-01-01", "ali-akbar-ahmadian")]:
        record = pipeline.analyze(build_article("d", "عنوان", [text], published=date))
        (office,) = [e for e in record.entities if e.text.startswith("أمين المجلس")]
        assert office.actor and office.actor.id == holder


def test_agent_with_country_gets_a_full_code(pipeline: Pipeline) -> None:
    record = pipeline.analyze(build_article("d", "عنوان", ["وصرح وزير الخارجية الإيراني بأن الشرطة المغربية اعتقلت مسلحين."]))
    codes = {e.text: e.actor.code for e in record.entities if e.actor}
    assert codes["وزير الخارجية الإيراني"] == "IRNGOV"
    assert codes["الشرطة المغربية"] == "MARCOP"


def test_an_agent_its_genitive_and_its_country_adjective_are_one_actor(pipeline: Pipeline) -> None:
    record = pipeline.analyze(build_article("d", "عنوان", ["اعتقلت شرطة مكافحة الإرهاب التركية بريطانيين اثنين."]))
    codes = {e.text: e.actor.code for e in record.entities if e.actor}
    assert codes.get("شرطة مكافحة الإرهاب التركية") == "TURCOP"
    (event,) = record.events
    assert event.target is not None and event.target.code == "GBR"  # not the police's own country


def test_a_demonym_before_a_lineage_word_is_a_given_name(pipeline: Pipeline) -> None:
    record = pipeline.analyze(build_article("d", "عنوان", ["وقال الشيخ تركي بن عبدالوهاب المتحمي إن الوقع أليم."]))
    assert not [e for e in record.entities if e.actor and (e.actor.code or "").startswith("TUR")]
    record = pipeline.analyze(build_article("d", "عنوان", ["ودعا رئيس الوزراء التركي بن علي يلدرم الدول إلى الوحدة."]))
    assert [e for e in record.entities if e.actor and e.actor.code == "TURGOV"]


def test_cli_analyze_jsonl_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE_SEED)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc) == ["id", "title", "text", "published", "source", "url", "paragraphs", "entities", "quotes", "events"]
    assert Record.from_dict(doc).entities
    assert main(["analyze", "--format", "text", str(EXAMPLE_SEED)]) == 0
    assert "علي شمخاني (IRNGOV)" in capsys.readouterr().out


@pytest.mark.shared
def test_eval_entities_on_seed(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "entities", "--shared", str(shared)]) == 0
    assert "found 12/12, with the right code 12/12" in capsys.readouterr().out


def test_former_holder_of_a_title(pipeline: Pipeline) -> None:
    text = "وقال وزير الخارجية الإيراني السابق إن الاتفاق ممكن."
    record = pipeline.analyze(build_article("d", "عنوان", [text], published="2024-01-01"))
    offices = [e for e in record.entities if e.text.startswith("وزير الخارجية")]
    assert offices and offices[0].actor and offices[0].actor.id == "mohammad-javad-zarif"
    undated = pipeline.analyze(build_article("d", "عنوان", [text]))
    assert not [e for e in undated.entities if e.actor and e.actor.id == "abbas-araghchi"]


def test_ner_adds_unknown_names_and_a_title_gives_its_code() -> None:
    from rasid.analysis import Pipeline
    from rasid.eval.events import sentence_article

    text = "وقال المتحدث باسم الجيش العراقي سعد معن إن القوات الأمنية أحبطت هجوما في بغداد."
    plain = Pipeline.load().analyze(sentence_article("s", text))
    tagged = Pipeline.load(ner=True).analyze(sentence_article("s", text))
    assert "سعد معن" not in {e.text for e in plain.entities}
    person = next(e for e in tagged.entities if e.text == "سعد معن")
    assert person.label == "PER" and person.actor is not None and person.actor.code == "IRQMIL"
    known = {(e.start, e.end) for e in plain.entities}
    assert known <= {(e.start, e.end) for e in tagged.entities}  # the knowledge base's entities all stay
    starts = [e.start for e in tagged.entities]
    assert starts == sorted(starts)
