"""The record model produces exactly the JSON contract of DESIGN.md."""

from __future__ import annotations

import json

from rasid.model import ActorRef, Article, Entity, Event, Paragraph, Quote, Record, Removed, Sentence, Token, Trigger

CONTRACT_KEYS = ["id", "title", "text", "published", "source", "url", "paragraphs", "entities", "quotes", "events"]


def _record() -> Record:
    actor = ActorRef(text="شمخاني", name="علي شمخاني", name_en="Ali Shamkhani", id="shamkhani", code="IRNGOV")
    return Record(
        id="doc", title="عنوان", text="عنوان\n\nنص", published="2021-06-20", source="agency", url=None,
        paragraphs=[Paragraph(0, 5, "title"), Paragraph(7, 9, "paragraph")],
        entities=[Entity("شمخاني", 0, 6, "PER", actor)],
        quotes=[Quote(speaker=actor, verb="وقال", text="نص", start=7, end=9, kind="direct")],
        events=[Event(type="CONSULT", mode=None, cameo="043", source=actor, target=None,
                      trigger=Trigger("استقبال", 0, 7), sentence="نص", negated=False, modality="asserted",
                      confidence=0.9, rule="verb-subject")],
    )


def test_record_to_dict_has_contract_keys_in_order() -> None:
    d = _record().to_dict()
    assert list(d) == CONTRACT_KEYS
    assert list(d["paragraphs"][0]) == ["start", "end", "kind"]
    assert list(d["entities"][0]) == ["text", "start", "end", "label", "actor"]
    assert list(d["entities"][0]["actor"]) == ["text", "name", "name_en", "id", "code"]
    assert list(d["quotes"][0]) == ["speaker", "verb", "text", "start", "end", "kind"]
    assert list(d["events"][0]) == [
        "type", "mode", "cameo", "source", "target", "trigger", "sentence", "negated", "modality", "confidence", "rule",
    ]
    assert d["events"][0]["trigger"] == {"text": "استقبال", "start": 0, "end": 7}


def test_record_roundtrip_through_json() -> None:
    record = _record()
    again = Record.from_dict(json.loads(json.dumps(record.to_dict(), ensure_ascii=False)))
    assert again == record


def test_article_roundtrip_and_record_from_article() -> None:
    article = Article(id="a", title="t", text="t", paragraphs=[Paragraph(0, 1, "title")],
                      removed=[Removed("end_marker", "/انتهى/")])
    assert Article.from_dict(article.to_dict()) == article
    record = Record.from_article(article)
    assert record.to_dict()["paragraphs"] == [{"start": 0, "end": 1, "kind": "title"}]
    assert record.events == [] and record.entities == [] and record.quotes == []


def test_sentence_and_token_dicts() -> None:
    s = Sentence(0, 4, [Token("وقال", 0, 4, ["و", "قال"])])
    assert s.to_dict() == {"start": 0, "end": 4, "tokens": [{"text": "وقال", "start": 0, "end": 4, "segments": ["و", "قال"]}]}
    assert Sentence.from_dict(s.to_dict()) == s


def test_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    event = Event.from_dict({"type": "PROTEST", "mode": None, "cameo": None, "source": None, "target": None,
                             "trigger": {"text": "تظاهر", "start": 0, "end": 5}, "sentence": "تظاهر", "extra": 1})
    assert event.modality == "asserted" and event.trigger == Trigger("تظاهر", 0, 5)
