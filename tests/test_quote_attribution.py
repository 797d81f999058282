"""A sentence that opens with its source (وبحسب المجلة، فإن …) quotes that source."""

from __future__ import annotations

import pytest

from rasid.analysis import Pipeline
from rasid.model import Quote
from rasid.read.layout import build_article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


def _quotes(pipeline: Pipeline, *paragraphs: str) -> list[Quote]:
    return pipeline.analyze(build_article("t", "عنوان", list(paragraphs))).quotes


def _one(pipeline: Pipeline, *paragraphs: str) -> Quote:
    quotes = _quotes(pipeline, *paragraphs)
    assert len(quotes) == 1, [(q.verb, q.text) for q in quotes]
    return quotes[0]


def test_an_attribution_then_fa_inna_is_an_indirect_quotation(pipeline: Pipeline) -> None:
    quote = _one(pipeline, "وبحسب المجلة، فإن الجيش انسحب من المدينة.")
    assert (quote.verb, quote.kind, quote.text, quote.speaker.name) == ("وبحسب", "indirect", "الجيش انسحب من المدينة",
                                                                       "المجلة")
    quote = _one(pipeline, "وحسب مصادر إسرائيلية، فإن الجيش انسحب من المدينة.")
    assert (quote.speaker.name, quote.speaker.code) == ("مصادر إسرائيلية", "ISR")


def test_the_source_after_la_of_wifqan_is_the_actor_it_names(pipeline: Pipeline) -> None:
    quote = _one(pipeline, "ووفقاً للرئيس الروسي، فإنّ العقوبات فشلت.")
    assert quote.speaker.code == "RUSGOV" and quote.text == "العقوبات فشلت"
    quote = _one(pipeline, 'وفقاً لصحيفة "غلوبال تايمز"، فإنّ التكتيك الأميركي فشل.')
    assert quote.speaker.name == "صحيفة غلوبال تايمز"
    # … and وفق with no ل keeps the name whole (ووفق دفوري)
    assert _one(pipeline, "ووفق دفوري، فإن الجيش انسحب.").speaker.name == "دفوري"


def test_what_a_source_put_out_speaks_for_it(pipeline: Pipeline) -> None:
    quote = _one(pipeline, "وبحسب بيانٍ للرئاسة التركية، فإن أردوغان بحث الأزمة مع نظيره.")
    assert quote.speaker.name == "الرئاسة التركية"
    quote = _one(pipeline, "وبحسب وثيقة اطلعت عليها وكالة فرانس برس، فإن الجيش انسحب.")
    assert quote.speaker.name == "وكالة فرانس برس"
    quote = _one(pipeline, 'وحسبما ذكرت صحيفة “عكاظ”، فإن الوزارة قررت إغلاق المدارس.')
    assert quote.speaker.name == "صحيفة عكاظ" and quote.verb == "وحسبما"
    quote = _one(pipeline, "وبحسب ما نقلت وكالة الأناضول عن مصادر محلية، فإن الجيش انسحب.")
    assert quote.speaker.name == "مصادر محلية"


def test_a_pronoun_source_is_the_one_the_text_is_about(pipeline: Pipeline) -> None:
    first, second = _quotes(pipeline, "وقال الرئيس بوتين إن الحرب طويلة.", "ووفقاً له، فإن العقوبات فشلت.")
    assert second.speaker.code == first.speaker.code == "RUSGOV" and second.speaker.text == ""
    first, second = _quotes(pipeline, "وقال الرئيس بوتين إن الحرب طويلة.", "وبحسب قوله، فإن العقوبات فشلت.")
    assert second.speaker.code == "RUSGOV"


def test_rules_and_unowned_reports_speak_for_no_one(pipeline: Pipeline) -> None:
    # the law, the agreement and a kind of report (تقارير إعلامية) are no speaker
    for sentence in ("ووفقاً للقانون، فإن الحكومة تستقيل.", "وبحسب الاتفاق، فإن القوات تنسحب.",
                     "وبحسب تقارير إعلامية، فإن الجيش انسحب.", "وبحسب الأرقام الرسمية، فإن البطالة ارتفعت."):
        assert _quotes(pipeline, sentence) == [], sentence


def test_someone_reported_inside_is_the_speaker_not_the_source(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "وبحسب المصادر، فإن الوزير أكد أن الجيش انسحب.")
    assert quote.verb == "أكد"


def test_a_participle_after_it_goes_on_with_the_source(pipeline: Pipeline) -> None:
    first, second = _quotes(pipeline, 'وبحسب دفوري، فإنّ الاحتلال يحتاج لعامين لإكمال بناء عائقٍ جديد في الشمال،'
                                      ' مؤكّداً ضرورة "تحصين البلدات وتطوير طواقم الجهوزية".')
    assert first.text == "الاحتلال يحتاج لعامين لإكمال بناء عائقٍ جديد في الشمال"
    assert second.verb == "مؤكّداً" and second.speaker.name == "دفوري"


def test_a_title_before_fa_inna_holds_no_name_after_it(pipeline: Pipeline) -> None:
    # مصدر عسكري، فإن العميد الغريبي: the source, then what it said — not one person
    quote = _one(pipeline, "وبحسب مصدر عسكري، فإن العميد الغريبي قتل في مديرية برط.")
    assert quote.speaker.name == "مصدر عسكري" and quote.text.startswith("العميد الغريبي")
