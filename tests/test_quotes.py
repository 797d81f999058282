"""Quotations: content spans, direct and indirect speech, and their speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLE_SEED

from rasid.analysis import Pipeline
from rasid.analysis.title_holders import reads_as_name
from rasid.cli import main
from rasid.eval.quotes import evaluate_quotes
from rasid.model import Quote
from rasid.read.layout import build_article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


def _quotes(pipeline: Pipeline, title: str, *paragraphs: str) -> list[Quote]:
    return pipeline.analyze(build_article("t", title, list(paragraphs))).quotes


def _assert_speakers(pipeline: Pipeline, cases: list[tuple[str, str]]) -> None:
    """Each sentence holds one quotation, said by the speaker named."""
    for sentence, speaker in cases:
        (quote,) = _quotes(pipeline, "عنوان", sentence)
        assert quote.speaker is not None and quote.speaker.name == speaker, sentence


def _who(q: Quote) -> str | None:
    return q.speaker.id if q.speaker else None


def test_indirect_quote_after_complementizer(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وقال أيمن الصفدي إن الحل السياسي هو الطريق الوحيد.")
    assert (q.kind, q.verb, _who(q)) == ("indirect", "وقال", "ayman-safadi")
    assert q.text == "الحل السياسي هو الطريق الوحيد"


def test_direct_quote_after_colon_and_implicit_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "استقبل نبيه بري وفدا برلمانيا.", "وأضاف: نحن مع الحوار دائما.")
    (q,) = quotes
    assert (q.kind, _who(q)) == ("direct", "nabih-berri")
    assert q.speaker and q.speaker.text == ""  # not named in its sentence
    assert q.text.startswith("نحن مع الحوار")


def test_quotation_marks_and_participle(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "ودعا لافروف إلى التهدئة، قائلا إن «التصعيد لا يخدم أحدا».")
    assert _who(q) == "sergey-lavrov" and q.verb == "قائلا"
    assert "التصعيد لا يخدم أحدا" in q.text


def test_headline_quote(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "نتنياهو: لن نوقف الحرب", "نص الخبر.")
    assert quotes and quotes[0].verb == ":" and _who(quotes[0]) == "benjamin-netanyahu"
    assert quotes[0].text == "لن نوقف الحرب" and quotes[0].kind == "direct"


def test_two_reporting_verbs_split_the_sentence(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وأكد عباس عراقجي أن المفاوضات مستمرة وقال إن الاتفاق ممكن.")
    assert [q.text for q in quotes] == ["المفاوضات مستمرة", "الاتفاق ممكن"]
    assert {_who(q) for q in quotes} == {"abbas-araghchi"}


def test_quote_offsets_into_text(pipeline: Pipeline) -> None:
    record = pipeline.analyze(build_article("t", "عنوان", ["وقال الوزير إن الوضع مستقر."]))
    for q in record.quotes:
        assert record.text[q.start : q.end] == q.text


@pytest.mark.shared
def test_seed_quotes_floor(shared: Path, pipeline: Pipeline) -> None:
    report = evaluate_quotes([shared / "seed" / "seed_gold.json"], pipeline)
    assert report.recall >= 0.95 and report.attribution >= 0.95


def test_cli_quotes_speaker_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--speaker", "النخالة", str(EXAMPLE_SEED)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "زياد النخالة (PSEREB)" in out[0] and "يقظة وانسجام" in out[0]
    assert main(["quotes", "--format", "jsonl", "--speaker", "Haniyeh", str(EXAMPLE_SEED)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and all(x["speaker"]["id"] == "ismail-haniyeh" for x in lines)


def test_verb_that_is_both_event_and_reporting(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وصرح أيمن الصفدي بأن الوضع مستقر.")
    assert _who(q) == "ayman-safadi" and q.text == "الوضع مستقر"


def test_speaker_named_before_the_verb(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "الخارجية الإيرانية تقول إن المفاوضات متوقفة.")
    assert q.speaker and q.speaker.code == "IRNGOV" and q.speaker.text == "الخارجية الإيرانية"


def test_speaker_the_knowledge_base_does_not_know(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وقالت كوزنيتسوفا، في بيان، إن العقوبات غير قانونية.")
    assert q.speaker and q.speaker.name == "كوزنيتسوفا" and q.speaker.code is None


def test_negated_reporting_verb_introduces_nothing(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وقال مصدر لم يصرح عن اسمه إن المحادثات مستمرة.")
    assert [q.verb for q in quotes] == ["وقال"]


def test_a_quoted_name_after_the_verb_is_its_subject(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", 'وحذّرت "المنظمة الدولية" من أنّ الأطفال يواجهون الجوع في البلاد.')
    assert q.text == "الأطفال يواجهون الجوع في البلاد"
    assert q.speaker is not None and q.speaker.name == "المنظمة الدولية"


def test_words_that_report_nothing(pipeline: Pipeline) -> None:
    assert _quotes(pipeline, "عنوان", "ولم يحصلوا على الوضع القانوني من قبل البلدان المضيفة، في 30% من الحالات.") == []
    assert _quotes(pipeline, "عنوان", "واجتمع الأهالي في الساحة للتأكيد أنّ الأرض لهم.") == []
    quotes = _quotes(pipeline, "عنوان", "وقالت الحركة في بيان نشر على مواقع تابعة لها، إن مقاتليها هاجموا المقر.")
    assert [q.verb for q in quotes] == ["وقالت"]


def test_a_reporting_verb_inside_quotation_marks_opens_nothing(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", 'وأكدت الصحيفة أنّ "الوقت حان لكي يتوقف المسؤولون عن وصف العلاقة بأنها منافسة".')
    assert [q.verb for q in quotes] == ["وأكدت"]


def test_unknown_speaker_names_are_trimmed(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "ويقول عنه المدرسون إنه كان ذكيا.")
    assert q.speaker is not None and q.speaker.name == "المدرسون"
    (q,) = _quotes(pipeline, "عنوان", "فقال يوسف بهدوء يشبه البرود: سوف ترينه طبعا.")
    assert q.speaker is not None and q.speaker.name == "يوسف"
    (q,) = _quotes(pipeline, "عنوان", "لكن ماسك قال يوم الاثنين إنه يميل إلى تأجيل المهمة.")
    assert q.speaker is None or q.speaker.name != "يوم"


def test_a_participle_speaks_for_the_clause_subject(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وحمّلت حركة حماس الاحتلال المسؤولية كاملة، مشيرةً إلى أنهم سيدفعون الثمن.")
    assert _who(q) == "ps-hamas"


def test_actors_inside_a_quotation_do_not_become_the_subject(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وقال أيمن الصفدي: \"كل ما يطلبه بنيامين نتنياهو هو الحرب\".",
                     "وأضاف: \"لن نقبل بذلك\".")
    assert [_who(q) for q in quotes] == ["ayman-safadi", "ayman-safadi"]


def _quotes_of(pipeline, *paragraphs: str):  # noqa: ANN001, ANN202
    from rasid.read.layout import build_article
    return pipeline.analyze(build_article("t", "عنوان", list(paragraphs))).quotes


def _last_speaker(pipeline: Pipeline, *paragraphs: str) -> str | None:
    """The name of the speaker of the paragraphs' last quotation (None when it has none)."""
    last = _quotes_of(pipeline, *paragraphs)[-1]
    return last.speaker.name if last.speaker is not None else None


def test_direct_speech_after_a_colon_ends_at_its_closing_mark(pipeline) -> None:  # noqa: ANN001
    (first, second) = _quotes_of(pipeline, 'وقال بولين: "افعلوا ما هو متوقّع منكم"، سائلاً "إن كان هذا قد أصبح كبيراً عليكم".')
    assert first.text == "افعلوا ما هو متوقّع منكم" and first.kind == "direct"
    (quote,) = _quotes_of(pipeline, "وكان مكتب رئيس الوزراء التركي أحمد داود أوغلو قال: إن الشرطة بدأت حملة أمنية.")
    assert quote.text.startswith("الشرطة") and quote.speaker and quote.speaker.code == "TURGOV"


def test_content_ends_before_the_next_speaker_and_an_attribution(pipeline) -> None:  # noqa: ANN001
    first, second = _quotes_of(pipeline, "الغالبية من الأميركيين يقولون إنّ مواردهم على ما يرام، لكن 22% فقط "
                                         "يعتقدون أنّ الاقتصاد في حالة جيدة، وفقاً لبيانات أصدرها البنك.")
    assert first.text == "مواردهم على ما يرام"
    assert second.text == "الاقتصاد في حالة جيدة" and second.speaker and second.speaker.text == "22% فقط"


def test_what_is_described_is_not_who_describes_it(pipeline) -> None:  # noqa: ANN001
    quotes = _quotes_of(pipeline, "قالت الكاتبة أرونداتي روي إن الحرب إبادة.",
                        "ووصفت الجامعات الأميركية بأنها متخمة بالمال.")
    assert quotes[-1].speaker and quotes[-1].speaker.name != "الجامعات الأميركية"


def test_a_title_before_a_name_is_that_person_and_a_country_adjective_gives_the_country(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "واعتبر الرئيس الأسد أنّ سوريا وروسيا تجاوزتا التحديات.")
    assert quote.speaker and quote.speaker.id == "bashar-al-assad"
    (quote,) = _quotes_of(pipeline, 'ورحّب وزير الخارجية الياباني في بيان بالقرار قائلاً: "أرحّب بهذا الإدراج".')
    assert quote.speaker and quote.speaker.code == "JPNGOV"


def test_words_that_are_not_speech(pipeline) -> None:  # noqa: ANN001
    assert not _quotes_of(pipeline, "وتبلغ مساحة المشروع خمسة ملايين متر مربع.")
    quotes = _quotes_of(pipeline, "وقال نتنياهو إن إيران كذبت.", 'وأردف قائلا "المواد تظهر ذلك".')
    assert all(q.speaker and q.speaker.name != "وأردف" for q in quotes)


def test_unknown_speakers_named_with_their_quantity_and_without_their_clause(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "وكشف عدد من الأهالي الذين يسكنون بالقرب من المشروع، أن المشروع يسير ببطء.")
    assert quote.speaker and quote.speaker.text == "عدد من الأهالي"


def test_an_aside_after_the_verb_and_a_verb_inside_the_content(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "وكانت القنصلية قالت، الأربعاء الماضي، إنها تتابع ما ورد عن خاشقجي.")
    assert quote.text == "تتابع ما ورد عن خاشقجي"
    (quote,) = _quotes_of(pipeline, "وأشار الطبيب إلى أن دلائل علمية تشير إلى أن نقص الفيتامين يلعب دورا.")
    assert quote.text.endswith("يلعب دورا")


def test_an_object_pronoun_or_an_aside_is_no_speaker(pipeline) -> None:  # noqa: ANN001
    quotes = _quotes_of(pipeline, "وقالت برنوسي إن رمضان كان نشيطا، وكشفت ظنها في البداية أن هذا ليس انحرافا.")
    assert [q.speaker.name for q in quotes if q.speaker] == ["برنوسي", "برنوسي"]
    (quote,) = _quotes_of(pipeline, 'وتحدث المتحدث دوراني وزيري في مؤتمر قال خلالها إن "القوات قادرة".')
    assert not (quote.speaker and quote.speaker.text == "خلالها")


def test_speakers_before_the_verb_relative_auxiliary_and_back_reference(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'وهو ما ينطبق على الشركة الهندية "ريلاينس"، التي تمتلك أكبر مصفاة في العالم، '
                                    "التي أعلنت أنها لن تقبل النفط الإيراني.")
    assert quote.speaker and quote.speaker.name == "ريلاينس"
    (quote,) = _quotes_of(pipeline, 'وكانت صحيفة "بيلد" الألمانية قد ذكرت أن السلطات تدرس طلبا.')
    assert quote.speaker and quote.speaker.text == "صحيفة بيلد الألمانية"
    (quote,) = _quotes_of(pipeline, "ولم تذكر الشرطة السبب، لكنها أكدت أن مجموعات من الشبان متورطة.")
    assert quote.speaker and quote.speaker.name == "الشرطة"


def test_a_generic_actor_takes_the_quoted_name_after_it(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'فقد قالت شركة النفط الفرنسية العملاقة "توتال" إنها ستنسحب من الصفقة.')
    assert quote.speaker and quote.speaker.name != "الشركة" and quote.speaker.name.endswith("توتال")


def test_direct_speech_opened_by_a_mark_after_the_speaker_and_whom_it_was_said_to(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "وقال مورينيو “نخوض مباراة الدرع بعد 21 يوما من الإعداد. إنه لقب جديد”.")
    assert quote.kind == "direct" and quote.text.startswith("نخوض") and quote.speaker and quote.speaker.name == "مورينيو"
    (quote,) = _quotes_of(pipeline, 'وقال لاسمر لموقع "غلوبو إيسبورتي" البرازيلي: "نيمار يتعافى. إنه يعمل بجهد".')
    assert quote.text.startswith("نيمار") and quote.speaker and quote.speaker.name == "لاسمر"
    (quote,) = _quotes_of(pipeline, "أوضح لـ«عكاظ» المشرف العام منصور البلوي أن اللاعب سيجري الفحص الطبي.")
    assert quote.speaker and quote.speaker.text.startswith("المشرف العام")
    quotes = _quotes_of(pipeline, 'وقال عبدالرحمن ان الضربات "لا تقطع الطريق، لكنها تجعل تحركاته اصعب"، مشيرا الى ان الجسرين مهمان.')
    assert quotes[0].text.endswith('اصعب"')


def test_it_is_believed_is_nobody_speaking(pipeline) -> None:  # noqa: ANN001
    assert not _quotes_of(pipeline, "ويعتقد أن القوات استعادت نحو 70 في المئة من المنطقة.")
    (quote,) = _quotes_of(pipeline, "ويعتقد العلماء أنها تتداخل مع الإشارات العصبية.")
    assert quote.speaker and quote.speaker.name == "العلماء"


def test_where_it_was_said_before_the_quotation_mark(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'وقال فان ديك، على موقع ناديه الرسمي، "أتطلع للمباراة، وأعتقد أن كل لاعب يرغب في المشاركة".')
    assert quote.kind == "direct" and quote.text.startswith("أتطلع")


def test_a_saying_attributed_with_an_qawlahu(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'ونقلت الصحيفة عن لاعب الكرة السابق، لوتار ماتيوس، قوله: "مودريتش يظهر حيثما احتاجه زملاؤه".')
    assert quote.speaker and quote.speaker.name == "لوتار ماتيوس" and quote.text.startswith("مودريتش")


def test_a_description_verb_with_a_long_subject_before_its_complementizer(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "اعتبر مدرب تشونغكينغ ليفان، أحد الأندية الصينية، أن وصول اللاعب شائعة فقط.")
    assert quote.text == "وصول اللاعب شائعة فقط" and quote.speaker and quote.speaker.name == "مدرب تشونغكينغ ليفان"


def test_more_words_that_are_not_speakers_or_speech(pipeline) -> None:  # noqa: ANN001
    assert not _quotes_of(pipeline, "وتحتدم المعارك وسط تحذيرات من مصير وصف بالكارثي لقرابة 600 ألف نسمة.")
    assert not _quotes_of(pipeline, "أعطونا جميعا وصفة نجاح واحدة.")
    (quote,) = _quotes_of(pipeline, "غير أن أسرة أبو الفتوح نفت أن تكون المزرعة ملكا له.")
    assert quote.speaker and quote.speaker.text == "أسرة أبو الفتوح"
    quotes = _quotes_of(pipeline, "ولم يتمكن المعارض نافالني من خوض الانتخابات، في حين أنه يعتبرها قضية سياسية.")
    assert all(q.speaker is None or "حين" not in q.speaker.name for q in quotes)
    (quote,) = _quotes_of(pipeline, "وقال جاك ما لمحطة بلومبيرغ إنه أراد إنشاء مؤسسة خاصة به.")
    assert quote.speaker and quote.speaker.text == "جاك ما"


def test_a_quoted_name_then_the_quotation_and_a_reply(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, "وقال «صديق» للعائلة طالبا عدم كشف هويته «لا أستطيع أن أصدق ما جرى».")
    assert quote.text == "لا أستطيع أن أصدق ما جرى" and quote.speaker and quote.speaker.name == "صديق"
    (quote,) = _quotes_of(pipeline, 'ورد أبو ريدة على ذلك قائلا: "فرضنا عقوبات قاسية على اللاعبين".')
    assert quote.speaker and "ورد" not in quote.speaker.name


def test_who_the_report_describes_and_who_describes(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'في إشارة إلى الولادة القيصرية، التي وصفها التقرير بأنها "لا يمكن تبريرها طبيا".')
    assert quote.speaker and quote.speaker.name == "التقرير"


def test_headline_topics_names_and_titles(pipeline) -> None:  # noqa: ANN001
    from rasid.read.layout import build_article
    record = pipeline.analyze(build_article("t", "سوريا: آلاف النازحين يعودون لمنازلهم", ["نص الخبر."]))
    assert not record.quotes  # a place before the colon is the topic
    (quote,) = _quotes_of(pipeline, "غير أن الرئيس الأمريكي دونالد ترامب غرد بعيد مغادرته أنه يسحب تأييده للبيان.")
    assert quote.speaker and quote.speaker.code == "USAGOV"
    (quote,) = _quotes_of(pipeline, "وأوضح محمد علي الحوثي في تغريدة أن وقف العمليات قابل للتمديد.")
    assert quote.speaker and quote.speaker.text == "محمد علي الحوثي"
    (quote,) = _quotes_of(pipeline, 'ونقلت الوكالة عن عبد الرحيم موسوي قائد الجيش الإيراني قوله الأربعاء "إن الاتفاق أضر بنا".')
    assert quote.speaker and quote.speaker.name == "عبد الرحيم موسوي" and quote.text.startswith("إن الاتفاق")


def test_a_quoted_word_in_what_was_said_and_a_pronoun_after_the_verb(pipeline) -> None:  # noqa: ANN001
    (quote,) = _quotes_of(pipeline, 'واعلنت الحكومة الشهر الماضي انها "حررت" عدن.')
    assert quote.speaker and quote.speaker.name != "حررت"
    quotes = _quotes_of(pipeline, "وقال الشمري إن الفكر واحد.", "وتساءل هو الآخر: لماذا خف النفير؟")
    assert quotes[-1].speaker and quotes[-1].speaker.name == "الشمري"
    (quote,) = _quotes_of(pipeline, "في زيارة قالت الوكالة الإيرانية إنها تهدف لتعزيز التعاون.")
    assert quote.speaker and quote.speaker.name == "الوكالة الإيرانية"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # a speaker opening the sentence
        ("برنامج الأغذية العالمي يحذّر: الوضع كارثي.", "برنامج الأغذية العالمي"),
        ("الولايات المتحدة تعتقد أن الحل قريب.", "الولايات المتحدة"),
        # a title's holder: known to the knowledge base, in apposition, after an honorific or a description
        ("كذلك، أكد قائد أنصار الله أنّ الاحتلال يعرف جدية الشعب اليمني.", "عبد الملك الحوثي"),
        ("وقال المتحدث باسم الجيش، العميد يحيى رسول، إن القوات انسحبت.", "العميد يحيى رسول"),
        ("قال قائد القوات الأميركية في أفريقيا (أفريكوم)، الجنرال كينيث إيكمان، إن الانسحاب سيكتمل.",
         "الجنرال كينيث إيكمان"),
        ('وقالت المشرّعة الأوكرانية، ساشا أوستينوفا، إنّ "أوكرانيا كانت تأمل في الهجوم".', "ساشا أوستينوفا"),
        ("وأوضح مدير عام تعليم الخرج الدكتور عبدالرحمن بن عبدالله العبدالجبار أن اللجان جاهزة.",
         "الدكتور عبدالرحمن بن عبدالله العبدالجبار"),
        # where a name ends: a description, ما نصه, بالقول, an addressee, an adverb
        ("قال جوزيه مورينيو مدرب تشيلسي حامل لقب الدوري الإنجليزي: إن فريقه جاهز.", "جوزيه مورينيو"),
        ("وقال نائب رئيس الوزراء إن الحكومة مستعدة.", "نائب رئيس الوزراء"),
        ('حيث يقول أحد الدعاة ما نصه "لم يرد في القرآن ذلك".', "أحد الدعاة"),
        ('وختم التقرير بالقول إن "الذكاء الصناعي لديه إمكانات هائلة".', "التقرير"),
        ("وأبلغ عبد الحفيظ موقع الأهلي يوم الأحد: سيكون من الصعب التفريط فيه.", "عبد الحفيظ"),
        ('قال لـ "الاقتصادية" عقيل الجاسم، إن تدفق العمالة لا يرتبط بأوضاع بلدانها.', "عقيل الجاسم"),
        ("وكان لوف قد صرح بالفعل بأن نوير لن يذهب إلى كأس العالم.", "لوف"),
        # a generic speaker's quoted name; groups and shares of people
        ('وأوضح موقع صحيفة "يديعوت أحرونوت" الإسرائيلية أنّ الجهات كانت متفائلة.',
         "موقع صحيفة يديعوت أحرونوت الإسرائيلية"),
        ("قال العديد من خبراء القانون الدولي للصحيفة إنّ السلوك يرقى إلى الجرائم.", "العديد من خبراء القانون الدولي"),
        ("وقال 300 من الطلاب إنهم غاضبون.", "300 من الطلاب"),
        ("إذ قال 93 في المئة من المشاركين الصرب إن المجتمع منقسم.", "93 في المئة من المشاركين"),
        ('واعترفت تل أبيب بأن طائراتها قصفت مواقع، وقالت في بيان: "قصفت المقاتلات منشآت".', "تل أبيب"),
        # a description after the name or after its quoted part ends it
        ('وقال مرضى جلباخ أحد المهتمين بالآثار لـ"سبق": عثرت على قطع أثرية.', "مرضى جلباخ"),
        ('قال موقع "أفريكا إنتليجنس" المقرب من الاستخبارات الفرنسية، إنّ الأزمة تغذي طموحه.',
         "موقع أفريكا إنتليجنس"),
        # a subject alone before a comma; the subject of the clause the sentence opens with
        ("وكان البيت الأبيض، أعلن في وقت سابق، الخميس، أن أميركا تعد لفرض عقوبات.", "البيت الأبيض"),
        ("من جانبه، سارع وزير الخارجية الأميركي أنتوني بلينكن إلى الرد على الموقف الروسي، "
         "وقال إنّ القرار مؤسف للغاية.", "أنتوني بلينكن"),
        # a style of address before a title; an honorific name ends at its title; a colon after a name
        ('وأكد سمو رئيس الوزراء البحريني "أن دول منطقة الخليج عليها أن تنظر".', "رئيس الوزراء البحريني"),
        ("قال الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون، إن احترام الهدنة واجب.",
         "الدكتور عبد اللطيف الزياني"),
        ('وقال الناطق الإعلامي باسم شرطة منطقة القصيم الرائد بدر السحيباني: "المتهمون استهدفوا العمالة".',
         "الرائد بدر السحيباني"),
        # a country or a capital speaks for its state
        ('ووصف العراق اعتقال قادة من تنظيم داعش بأنهم "من بين أبرز المطلوبين".', "العراق"),
        ("وتعتبر أنقرة الوحدات الكردية السورية امتدادا لحزب العمال الكردستاني.", "أنقرة"),
        # a title, then its holder's name with no comma; not whom it was said to (لإذاعة «أو آر إف»)
        ("قال وزير الخارجية الفرنسي سباستيان كورتس لإذاعة «أو آر إف» أمس إنه يعتزم زيارة إيران.",
         "سباستيان كورتس"),
        ('وقال رئيس الوزراء البريطاني بوريس جونسون: "سنفوز".', "بوريس جونسون"),
        ("وقال رئيس الوزراء الفرنسي مانويل فالس أول أمس إن الوضع صعب.", "مانويل فالس"),
        ("وقال مسؤول أمني رفيع المستوى إن الوضع صعب.", "المسؤول"),
        ("وقال المتحدث باسم قصر باكنغهام إن الملكة بخير.", "المتحدث"),
        # a title the knowledge base does not know, its complement, then the name; an honorific's name
        ("فيما أوضحت الناطقة باسم الخارجية هيذر نويرت أن بلادها ترحب.", "هيذر نويرت"),
        ("وقال رئيس اللجنة الأولمبية الدولية توماس باخ، إنه شعر بخيبة أمل.", "توماس باخ"),
        ("وقال الشيخ الدكتور صالح السدلان إن التفجير جريمة.", "الدكتور صالح السدلان"),
        # an office speaks for the one it serves; a time word before the name; a quoted name then أن
        ('وأوضح مكتب رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، في بيان إن "إسرائيل ترحب بالقرار".', "بنيامين نتنياهو"),
        ("أعلنت أمس شركة إنتل عبر بيان نشرته على موقعها عن أنها ستقوم بتوفير معالجات جديدة.", "شركة إنتل"),
        ('وأشار تشيوي هونج بين، كبير الاقتصاديين في مصرف "إتش إس بي سي"، إلى أن الطلب بقي راكدا.',
         "تشيوي هونج بين"),
        ('وأفاد شاهد كان في المكان "أن مواجهات جرت بين الشرطة والمصلين".', "شاهد"),
        # the subject opening the clause after a comma, with no verb before it
        ("من جهته، لاريجاني شدد على أهمية المنشأة وقال إن «الحديث عن حركة فيها ليس صحيحا».", "علي لاريجاني"),
        # بلسان like باسم; a name then another title or a preposition after an honorific
        ("وقال الناطق بلسان الخارجية التركية تانجو بيلتش لـ«الشرق الأوسط»، إن أنقرة اتفقت مع الأميركيين.",
         "تانجو بيلتش"),
        ("وقال منظم المقاطعة توبي والش الأستاذ في جامعة نيو ساوث ويلز إنه تم إلغاء المقاطعة.", "توبي والش"),
        ("وحذر استشاري الجهاز الهضمي للأطفال الدكتور موسى الخرمي من ترك الأجسام الغريبة، مبيناً أن ابتلاعها خطر.",
         "الدكتور موسى الخرمي"),
        # a time phrase is no speaker
        ("وكان كيم قد أعلن العام الماضي أن بلاده باتت قوة نووية كاملة.", "كيم"),
        # whom it was said to, even with digits on it
        ("وصرحت لبكي لفرانس24 أن الفيلم من إنتاج عائلي.", "لبكي"),
        ("وأوضح رئيس النادي الأدبي بجدة، المنسق العام للمسابقة الدكتور عبدالرحمن السلمي، أن المشاركين نجحوا.",
         "الدكتور عبدالرحمن السلمي"),
        ("اعتبر نائب المستشارة الألمانية أنجيلا ميركل أن من الخطأ استئناف النقاش.",
         "نائب المستشارة الألمانية أنجيلا ميركل"),
        ("وقال الأمين العام لمنظمة التحرير صائب عريقات في بيان إن القرار خطير.", "صائب عريقات"),
        # a relative pronoun after a statement noun speaks for what it follows
        ("وتزامنت هذه التصريحات مع تصريحات الخارجية القطرية التي أكدت على «حق تركيا في الدفاع عن نفسها».",
         "وزارة الخارجية القطرية"),
        # a holder before a colon or a parenthesis, an embassy on its own; holders named ماريا or قاضي; envoys,
        # mayors, citizens, critics and women deputies before a name
        ('وقال الرئيس التنفيذي لجمعية مصنعي وتجار السيارات، مايك هويس: "الانخفاض أمر مقلق جدا".', "مايك هويس"),
        ('وأضافت السفارة أنه "كما هو الحال دائماً، نؤكد أن روسيا لا تتدخّل".', "السفارة"),
        ('وقال عبد الملك بن مروان (مات سنة 86هـ): "لا أعرف".', "عبد الملك بن مروان"),
        ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد.", "ماريا زاخاروفا"),
        ("وقال المتحدث باسم الخارجية الباكستانية قاضي خليل الله إن باكستان تدين الهجوم.", "قاضي خليل الله"),
        ("وقال المبعوث الأممي إلى اليمن مارتن غريفيث الخميس إن الأمم المتحدة تعتزم دعوة الأطراف.", "مارتن غريفيث"),
        ("وقال عمدة المدينة بيل دي بلاسيو: إنه أمر بفحص الأبراج.", "بيل دي بلاسيو"),
        ('وأضاف المواطن مسفر الدعجاني "نطالب بتدخل عاجل من أمير المنطقة".', "مسفر الدعجاني"),
        ("وقال الناقد السوداني ياسر عركي إن السينما تعاني.", "ياسر عركي"),
        ("وقالت نائبة المتحدث باسم وزارة الدفاع الأميركية، سابرينا سينغ، إن الوزارة تتابع الأمر.", "سابرينا سينغ"),
        # a family name with the article before في or خلال; a one-word name right after a definite title;
        # not a verb and its object before على, nor a genitive after a bare title
        ("وقال المتحدث باسم الوزارة أشرف القدرة في بيان إن الوضع صعب.", "أشرف القدرة"),
        ("وقال الأمير خالد الفيصل خلال الحفل إن السوق سيتطور.", "خالد الفيصل"),
        ("وأكد الوزير شهيب أن الدول المجاورة تلعب دورا أساسيا.", "شهيب"),
        ("وأكد الوزير أيضا أن الدول المجاورة تلعب دورا أساسيا.", "الوزير"),
        ("وأكّد قائد سلاح البحر في حرس الثورة أنّ التطور العلمي كبير.", "القائد"),
        # an honorific before a known name: the person; not a rank before a surname others bear
        ("وقال السيد نصر الله إن المقاومة ستنتصر.", "حسن نصر الله"),
        ("وقال العقيد المالكي إن القوات تقدمت.", "العقيد المالكي"),
        # a name in quotation marks after أن speaks; not an outlet told (لشبكة «إيه بي سي» قالت)
        ('يشار إلى أن "منظمة العفو الدولية" أعربت عن "قلقها العميق إزاء اختطاف مسلحين".', "منظمة العفو الدولية"),
        ("وفي حديث لشبكة «إيه بي سي» قالت الوالدة «حين فقدت شون لم أره».", "الوالدة"),
        # an honorific after a long title opens the holder's name; not a noun the title governs
        ("وأوضح مساعد أمين منطقة المدينة المنورة م. فهد البليهشي أن الأمانة نفذت البرامج.", "م. فهد البليهشي"),
        ("وقال مدير إدارة سجون منطقة تبوك اللواء رباح الشراري إن السجناء بخير.", "اللواء رباح الشراري"),
        # an agent of the United Nations
        ("وقال المبعوث الأممي إلى ليبيا إن الحل السياسي ممكن.", "المبعوث الأممي"),
        # an unlisted title closed by a comma, then its holder; not a name followed by another title
        ('من جانبه، قال رئيس النادي، القطري ناصر الخليفي "اننا فخورون باختيار دي ماريا".', "ناصر الخليفي"),
        ('من جانبه، قال الأديب الجزائري، الطيب العروسي، مدير كرسي المعهد: "لم نتردد لحظة واحدة".', "الأديب الجزائري"),
    ],
)
def test_the_speakers_name(pipeline: Pipeline, sentence: str, speaker: str) -> None:
    (q,) = _quotes(pipeline, "عنوان", sentence)
    assert q.speaker and q.speaker.name == speaker


def test_a_title_then_its_holder_coded_by_the_title(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "أعلنت المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت، الثلاثاء، "
                                     "أن بلادها تحدثت مع الحكومة السعودية.")
    assert q.speaker and q.speaker.name == "هيذر نويرت" and q.speaker.code == "USAGOV"
    # a time, a place of saying or a clause is no name
    (q,) = _quotes(pipeline, "عنوان", "وقال المتحدث، في بيان، إن القوات انسحبت.")
    assert q.speaker and q.speaker.name != "في بيان"
    (q,) = _quotes(pipeline, "عنوان", "وأكد المصدر، مساء أمس، أن الاتفاق قريب.")
    assert q.speaker and "أمس" not in q.speaker.name
    (q,) = _quotes(pipeline, "عنوان", "وأوضح رئيس فريق التنظيم باللجنة المحلية للانتخابات المهندس محمد العتيبي أن الدورة انتهت.")
    assert q.speaker and not q.speaker.name.endswith("المهندس")


def test_speakers_named_before_and_shares_in_turn(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "قال 43,6٪ من المشاركين بأنهم يمارسون التمارين، في حين قال 39,7٪ بأنهم يخرجون.")
    assert [q.speaker.name for q in quotes if q.speaker] == ["43,6٪ من المشاركين", "39,7٪"]
    for going_on in ("ومضى يقول: واصلت أسعار النفط تذبذبها.", 'وختما بالقول: "لو كانت وسائل الإعلام جادة لوثقت".'):
        quotes = _quotes(pipeline, "عنوان", "وقال الخبير إن الأسعار سترتفع. " + going_on)
        assert [q.speaker.name for q in quotes if q.speaker] == ["الخبير", "الخبير"]
    (q,) = _quotes(pipeline, "عنوان", 'ويبقى الرهان على موقف الرئيس إردوغان الذي قال في طريق عودته: "لن أتحدث إليه".')
    assert q.speaker and q.speaker.id is not None and "أردوغان" in q.speaker.name


def test_what_is_considered_and_a_long_subject_before_that(pipeline: Pipeline) -> None:
    assert not _quotes(pipeline, "عنوان", "يلعب الشهري لنادي ليغانيس، ويعتبر من أبرز اللاعبين السعوديين حاليا.")
    assert not _quotes(pipeline, "عنوان", "ما هو مؤشر الأسهم ولماذا يعتبر أفضل ممثل لأداء الشركات؟")
    (q,) = _quotes(pipeline, "عنوان", "اعتبر سلمان المالك رئيس النصر المكلف أن الجماهير لا يمثلون كل النصراويين.")
    assert q.text == "الجماهير لا يمثلون كل النصراويين" and q.speaker and q.speaker.name == "سلمان المالك"


def test_facts_and_attention_are_not_speakers(pipeline: Pipeline) -> None:
    # ممّا يوضح أنّ: a fact shows it; وكان لافتاً أن: it was notable; لفت انتباهي: caught my attention
    quotes = _quotes(pipeline, "عنوان", "ويشير الخبراء في التقرير، إلى أنّ الجماعات متورّطة في نقل المخدّرات، "
                                     "ممّا يوضح أنّ الأسواق غير الشرعية توفّر لهم موارد مالية.")
    assert [q.verb for q in quotes] == ["ويشير"]
    assert _quotes(pipeline, "عنوان", "وكان لافتاً أن الشرطة تحدثت عن 150 ألف رصاصة.") == []
    (q,) = _quotes(pipeline, "عنوان", 'وقال سالم لـ"سبق": أثناء مروري في المزرعة لفت انتباهي قطع أثرية قديمة.')
    assert q.text.endswith("قطع أثرية قديمة")
    (q,) = _quotes(pipeline, "عنوان", "ولفت انتباه الحضور إلى أن الوضع صعب.")
    assert q.speaker is None or "انتباه" not in q.speaker.name


def test_a_participle_does_not_speak_for_the_noun_before_it(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وتحدث الإعلامي فهد في كلمة رحب فيها بالحضور من الإعلاميين والصحفيين "
                                     "والمشاهير مؤكدا أن الحفل مشروع لتجديد الوصال.")
    assert q.speaker is None or q.speaker.id != "journalists"


def test_a_subordinating_word_is_no_name(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وهو ما تحدث عنه محمد دياب من خلال حسابه، بعدما أكد أن هناك لغطا حدث.")
    assert q.speaker is None or q.speaker.name != "بعدما"


def test_a_deputy_minister_with_a_two_word_country_adjective(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وخلال المحادثة، قال نائب الوزير الكوري الشمالي إنّه واثق من تجاوز التمرد.")
    assert q.speaker is not None and q.speaker.code == "PRKGOV"


def test_verbs_that_report_nothing_here(pipeline: Pipeline) -> None:
    # a verb in a that-clause; "it is considered"; a verb opening the sentence is no name
    quotes = _quotes(pipeline, "عنوان", "ونبهت إلى أن يكتب رقم الطلب على الملفين، مشيرة إلى أن الطالب سيفقد أحقيته.")
    assert [q.verb for q in quotes] == ["مشيرة"]
    assert _quotes(pipeline, "عنوان", "إن التحول يحتاج صبرا لأنها تعتبر شيئا جديدا علينا.") == []
    (q,) = _quotes(pipeline, "عنوان", "وسبق أن أعلنت روسيا أنها تحتفظ بحقها في الرد.")
    assert q.speaker is not None and q.speaker.name == "روسيا"
    for q in _quotes(pipeline, "عنوان", "ورفض وصف دوره المحدد في العملية."):
        assert q.speaker is None or q.speaker.name != "ورفض"


def test_a_feminine_participle_speaks_when_content_follows(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وأعربت الوزيرة عن تعاطفها مع العائلات، مؤكدة أن الحادث مؤسف.")
    assert q.verb == "مؤكدة" and q.text == "الحادث مؤسف"
    assert _quotes(pipeline, "عنوان", "ووضعت الفنانة لافتة خاصة بمقر الاحتفال.") == []


def test_a_named_speaker_with_nothing_quoted_speaks_on_in_the_next_sentence(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "كشف اللواء عبده الحذيفي وزير الداخلية اليمني عن وقوع المئات في الأسر.",
                   "وقال في حديث خاص إن أكثر الأسرى من الأطفال.")
    assert q.speaker is not None and (q.speaker.name, q.speaker.code) == ("اللواء عبده الحذيفي", "YEMGOV")


def test_a_relative_clause_may_describe_the_speaker_before_the_colon(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وقالت روزي كاكوشي (88 سنة) التي نجت من هذا المعتقل وتقيم اليوم في لاس "
                                       "فيغاس: «عاملونا كأعداء». وأضافت: «حرمنا من حريتنا».")
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["روزي كاكوشي", "روزي كاكوشي"]


def test_a_style_with_a_pronoun_refers_back(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وقال سموه : إن أمن الوطن في أيد أمينة.")
    assert q.speaker is None or q.speaker.name != "سموه"


def test_the_object_of_a_preposition_is_no_speaker_before_the_verb(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وأوضح لاريجاني أن الطريق جديد.",
                     "وعن رفع العقوبات عن إيران قال: «الكثير من الوثائق تكتب على الورق».")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["علي لاريجاني", "علي لاريجاني"]


def test_a_that_after_a_conjunction_opens_nothing_said(pipeline: Pipeline) -> None:
    # إلا أن، بعد أن: the أن of a conjunction, not what the verb reports; من قبل أن: "earlier", then it
    assert _quotes(pipeline, "عنوان", "كانت التوقعات تشير إلى قدرة المنتخب على الفوز، إلا أن المنتخب خسر.") == []
    (quote,) = _quotes(pipeline, "عنوان", "وقال الوزير بعد أن التقى نظيره إن العلاقات جيدة.")
    assert quote.text == "العلاقات جيدة"
    (quote,) = _quotes(pipeline, "عنوان", "وأوضحت إليسا من قبل أن إلغاء متابعتها حدث خطأ.")
    assert quote.text.startswith("إلغاء")


def test_a_quoted_name_before_ila_anna_is_the_speaker(pipeline: Pipeline) -> None:
    # وأشارت "مكدونالدز" إلى أنها: the quoted word is the company, what it said follows إلى أن
    (quote,) = _quotes(pipeline, "عنوان", 'وأشارت "مكدونالدز" إلى أنها لن تستخدم مكونات صناعية.')
    assert quote.text.startswith("لن تستخدم") and quote.speaker is not None and quote.speaker.name == "مكدونالدز"


def test_a_family_name_with_the_article_ends_a_titles_holder(pipeline: Pipeline) -> None:
    # المتحدث الرسمي بالاتحاد السعودي لكرة القدم عدنان المعيبد أن: بالـ goes on the complement, and
    # المعيبد, right before what was said, is the family name (قائد سلاح البحر في … stays a title)
    (quote,) = _quotes(pipeline, "عنوان", "أكد المتحدث الرسمي بالاتحاد السعودي لكرة القدم عدنان المعيبد أن "
                                           "المقترح قدم من الاتحاد.")
    assert quote.speaker is not None and quote.speaker.name == "عدنان المعيبد"
    (quote,) = _quotes(pipeline, "عنوان", "وأكد قائد سلاح البحر في الجيش أن التطور لا يمكن تصوره.")
    assert quote.speaker is not None and quote.speaker.name != "سلاح البحر"


def test_verbs_of_claim_expectation_and_hint_report_a_view(pipeline: Pipeline) -> None:
    # زعم، توقع، رجح، ألمح (its hamza folds to المح, which is no article); يتوقع أن alone is "it is expected"
    for sentence, speaker in [("وزعم الجيش الإسرائيلي أن الشاب حاول تنفيذ عملية طعن.", "الجيش الإسرائيلي"),
                              ("وتوقع صندوق النقد الدولي أن ينمو الاقتصاد بنسبة 3 في المئة.", "صندوق النقد الدولي"),
                              ("وألمح الوزير الياباني إلى أن اجتماعا جديدا قد يعقد.", "الوزير الياباني")]:
        (quote,) = _quotes(pipeline, "عنوان", sentence)
        assert quote.speaker is not None and quote.speaker.text == speaker
    assert _quotes(pipeline, "عنوان", "ويتوقع أن يصل الوفد غدا إلى القاهرة.") == []
    assert _quotes(pipeline, "عنوان", "وقتل شخص يدعى أبو بكر في الانفجار.") == []


def test_a_verb_of_description_after_its_subject_and_to_whom(pipeline: Pipeline) -> None:
    # عمرو أديب يصف محمد صلاح بـ "…": the subject before the verb speaks, the name before بـ is described
    (quote,) = _quotes(pipeline, "عنوان", 'عمرو أديب يصف محمد صلاح بـ "الفرعون توت عنخ صلاح".')
    assert quote.speaker is not None and quote.speaker.name == "عمرو أديب"
    # لـCNN, لـ"الشرق الأوسط": whom it was said to opens no description
    (quote,) = _quotes(pipeline, "عنوان", "سفير أمريكا السابق بروسيا يصف لـCNN ولاية بوتين الرابعة بكلمة روسية واحدة")
    assert quote.text.startswith("ولاية بوتين")


def test_bayyana_reports_only_when_it_opens_a_clause_with_its_content(pipeline: Pipeline) -> None:
    # وبيّن أن: "and he explained that", after the speaker named before; بين is otherwise "between"
    quotes = _quotes(pipeline, "عنوان", "وقال الوزير إن العلاقات جيدة. وبينت أنها لن تتراجع.")
    assert [q.verb for q in quotes] == ["وقال", "وبينت"] and quotes[1].text == "لن تتراجع"
    assert _quotes(pipeline, "عنوان", "والفرق بين أن تكون وأن لا تكون كبير.") == []


def test_names_end_at_a_dash_an_institution_and_start_after_becoming(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وأوضح د. طريف الأعمى -وكيل وزارة الصحة للشؤون العلاجية- أن ذلك سيكون له دور كبير.", "د. طريف الأعمى"),
        ("على مرّ العقود، أصبح المصلّون الهندوس يعتقدون أنّ الضريح كان فعالا.", "المصلّون الهندوس"),
        ('وفي اليوم التالي ردّت "إسرائيل" أمام القضاة بأنّ الاتهام منفصل عن الواقع.', "إسرائيل"),
    ])
    # an institution is no holder's name: مدير عام المستشفيات بوزارة الصحة
    (quote,) = _quotes(pipeline, "عنوان", "وقال مدير عام المستشفيات بوزارة الصحة أنهم مستمرون في تقديم الخدمات.")
    assert quote.speaker is not None and quote.speaker.name != "بوزارة الصحة"


def test_a_participle_goes_on_with_whoever_a_reporting_noun_names(pipeline: Pipeline) -> None:
    # بعد إعلان ترامب أنه … قائلا: the announcement's owner speaks, not an earlier actor
    (quote,) = _quotes(pipeline, "عنوان", "وجاءت تغريدة السفير بعد إعلان ترامب أنه سيعيد فرض عقوبات على طهران "
                                          'قائلا إن "العقوبات ستستهدف قطاعات مهمة".')
    assert quote.verb == "قائلا" and quote.speaker is not None and quote.speaker.name == "دونالد ترامب"


def test_a_name_after_bidhalik_an_apposed_ali_and_before_an_attribution(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وصرح بذلك الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم البحري الدكتور شايع بن خالد "
         "القحطاني بأن ذلك تم بمتابعة قائد القطاع.", "الدكتور شايع بن خالد القحطاني"),
        ("وزير الأشغال العامة والنقل في لبنان، علي حمية، يؤكّد، عبر الميادين، أنّ الخبر عار من الصحة.", "علي حمية"),
        ("وأضافت المصادر وفقاً لما أوردته صحيفة “الوطن”، أن هيئة التحقيق ستستدعي الفتاتين.", "المصادر"),
    ])


def test_how_often_and_how_it_was_said_and_an_age_are_no_part_of_the_name(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقالت الممثلة البالغة من العمر 32 عاما إنها انتقلت إلى لوس أنجلس.", "الممثلة"),
        ('وتقول ماجدة ضاحكة: "لم يكن لدي الحق في الرحيل".', "ماجدة"),
        ("وأبلغت هابارد وسائل الإعلام، الثلاثاء، أنها ستنهي مسيرتها.", "هابارد"),
        ("وزعم بعض وسائل الإعلام الإسرائيلية أن الهجوم تم داخل كنيس.", "بعض وسائل الإعلام الإسرائيلية"),
    ])
    # عدة مرات is how often she said it: the speaker is the one named before
    (_, quote) = _quotes(pipeline, "عنوان", "وقالت ميركل إن الحدود ستبقى مفتوحة.",
                         "وكانت قد قالت عدة مرات على التلفزيون إن أسباب اللجوء اقتصادية.")
    assert quote.speaker is not None and quote.speaker.name == "أنجيلا ميركل"


def test_an_official_speaking_to_an_agency_and_a_name_before_its_title(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "عنوان", "وقال مسؤول حكومي لوكالة فرانس برس إن العبادي أمر بفتح تحقيق.")
    assert quote.speaker is not None and quote.speaker.text == "مسؤول حكومي"
    (quote,) = _quotes(pipeline, "عنوان", "لكن حنيفة أمان وزير الخارجية الماليزي قال إن دول الرابطة اتفقت.")
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.code) == ("حنيفة أمان", "MYSGOV")


def test_a_sign_says_its_own_words_and_what_confirmed_is_no_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "عنوان", 'ورفع المتظاهرون لافتات تقول "لا للفساد".')
    assert quote.speaker is not None and quote.speaker.name == "لافتات"
    (quote,) = _quotes(pipeline, "عنوان", 'وكتب الوزير تغريدة على تويتر يقول فيها: "القرار إنجاز مهم".')
    assert quote.speaker is not None and quote.speaker.name == "الوزير"
    assert not _quotes(pipeline, "عنوان", "وما أكد له هذه القناعة أن كل العائلة فطنت لموهبته.")


def test_holders_past_a_complement_a_description_or_a_long_title(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("بدوره، قال الخبير في الشؤون الاستخبارية، رونن برغمان، إنّ قصير قاد سيارة بيجو.", "رونن برغمان"),
        ("بينما أكد المنسق العام للحوار الوطني ضياء رشوان، أن فتح باب الترشح سيكون في أكتوبر.", "ضياء رشوان"),
        ("وفي السياق، قال نائب رئيس منظمة أطباء العالم، غير الحكومية، جان فرانسوا كورتي، في مقابلة مع "
         'صحيفة "liberation" الفرنسية، إن الوضع في غزة صعب.', "جان فرانسوا كورتي"),
        ("وزير الخارجية الإيراني حسين أمير عبد اللهيان، يؤكد أنّ الاغتيال كان نتيجة غضبها.", "حسين أمير عبد اللهيان"),
        ('موقع هيئة البث الإسرائيلية، "مكان"، يكشف أنّ الحملة جمعت 19 مليون دولار.', "موقع هيئة البث الإسرائيلية"),
        ("كما حذّر 300 طبيب احتياط من أنّهم لن يحضروا إلى الخدمة.", "300 طبيب احتياط"),
        ("وقالت السكرتيرة الصحافية للبيت الأبيض، حينها، إنّ الولايات المتحدة لديها مخاوف.", "السكرتيرة الصحافية"),
    ])
    # a clause, not a complement, before the comma; a year is no count of speakers
    (quote,) = _quotes(pipeline, "عنوان", "وقال الخبير في مؤتمر صحفي، أمس، إنّ قصير قاد سيارة.")
    assert quote.speaker is not None and quote.speaker.name == "الخبير"
    (quote,) = _quotes(pipeline, "عنوان", "وهم أول من كشفوا 2002 أن لإيران برنامجا نوويا سريا.")
    assert quote.speaker is None or not quote.speaker.name.startswith("2002")


def test_read_also_reports_nothing_and_a_feminine_participle_opens_bi_anna(pipeline: Pipeline) -> None:
    assert not _quotes(pipeline, "عنوان", "اقرأ أيضاً:الاحتلال يواصل عدوانه لليوم الـ 84.. عشرات الشهداء")
    first, second = _quotes(pipeline, "عنوان", "وقالت مراسلة الميادين إنّ العدوان تم عبر 3 صواريخ، مفيدةً "
                                               'بأنّ "الشهيد شارك في كل مراحل الدعم".')
    assert first.text == "العدوان تم عبر 3 صواريخ" and second.verb == "مفيدةً"


def test_whom_it_was_said_to_an_adverb_and_a_day_are_no_speakers(pipeline: Pipeline) -> None:
    # أكد للرئيس الأمريكي: a person it was said to, not the speaker
    quotes = _quotes_of(pipeline, "كما أكد للرئيس الأمريكي إيزنهاور: (استقرار المنطقة يتوقف على حل القضية الفلسطينية).")
    assert [q.speaker for q in quotes if q.speaker and "إيزنهاور" in q.speaker.name] == []
    # يؤكد دائماً أن: an adverb, not a name
    quotes = _quotes_of(pipeline, "وكان والده يؤكد دائماً أن الأمم لا تتطور بالخطب الرنانة.")
    assert all(q.speaker is None or "دائما" not in q.speaker.name for q in quotes)
    # المسؤول الفلسطيني ناصر القدوة الاثنين إن: the day ends the holder's name
    (quote,) = _quotes_of(pipeline, "من جهته، قال المسؤول الفلسطيني ناصر القدوة الاثنين إن عباس سيحاول كسب الدعم.")
    assert "ناصر القدوة" in quote.speaker.text


def test_what_a_relative_clause_reported_and_a_description_past_the_name(pipeline: Pipeline) -> None:
    # خبر وفاته الذي أعلنته وسائل الإعلام: what was announced stands before; the next clause is someone else's
    quotes = _quotes_of(pipeline, "ونفى مقربوه خبر وفاته الذي أعلنته بعض وسائل الإعلام الليبية، وحتى أن وزير "
                                  'الخارجية الفرنسي جان إيف لودريان أكد أن "صحته أفضل".')
    assert [q.verb for q in quotes] == ["أكد"]
    # وصف رئيس الوزراء … بنيامين نتانياهو الاثنين الاتفاق بـ: the description starts after name and day
    (quote,) = _quotes_of(pipeline, 'وصف رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاثنين الاتفاق مع مصر بـ"التاريخي".')
    assert quote.text.startswith("الاتفاق")


def test_a_complementiser_inside_a_quoted_name_opens_nothing(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وذكر موقع "سي إن إن" الإنجليزي أن بيانات الحكومة الصينية تؤكد فعالية البرنامج.')
    assert quote.text.startswith("بيانات") and "سي إن إن" in quote.speaker.name


def test_who_is_considered_one_of_the_biggest_says_nothing(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, 'ويعتبر أديلسون المعروف بـ"ملك القمار" أحد أكبر المانحين للحزب الجمهوري.')
    assert not _quotes_of(pipeline, "ويعتبر أفضل ممثل في جيله.")
    # أحمد is a name shaped like a superlative
    (quote,) = _quotes_of(pipeline, "ويعتبر أحمد الطيب أن القرار خاطئ.")
    assert quote.speaker.name == "أحمد الطيب"


def test_a_verse_in_brackets_and_what_is_expected_for_it(pipeline: Pipeline) -> None:
    # قال تعالى: (…) — the verse ends at its bracket, the sheikh's own words after it are not the verse
    (quote,) = _quotes_of(pipeline, "البيت فيه خلاف قال تعالى : (ان اوهن البيوت لبيت العنكبوت) والمنزل ليس مناسبا.")
    assert quote.text == "ان اوهن البيوت لبيت العنكبوت"
    # التي يتوقع لها أن: it is expected, no one says it
    assert not _quotes_of(pipeline, "وبالرغم من إجراءات تخفيض النفقات والتي يتوقع لها أن تنخفض إلى 21 في المئة.")


def test_a_spokesperson_speaks_for_the_body_named_after_باسم(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن السفير ناقش الخطط.")
    assert quote.speaker.code == "RUSGOV"
    (quote,) = _quotes_of(pipeline, "وقال الناطق الرسمي باسم حركة فتح إن الحركة ترفض القرار.")
    assert quote.speaker.code == "PSEPTY"


def test_what_was_said_before_thus(pipeline: Pipeline) -> None:
    # «…». هكذا تصف الشيف مهنتها: هكذا is no speaker, and what follows the verb is not what was said
    quotes = _quotes_of(pipeline, "«هي مهنة صعبة». هكذا تصف الشيف كريستيل برويا طبيعة مهنتها.",
                        "وتقول: «في استطاعتنا أن نزيّن طبق حلوى».")
    assert all(q.speaker is None or "هكذا" not in q.speaker.name for q in quotes)
    assert not any(q.text.startswith("الشيف") for q in quotes)


def test_what_is_considered_is_no_ones_view(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "إذ يعتبر اليورانيوم المستنفد منتجاً ثانوياً شائعاً.")
    assert not _quotes_of(pipeline, "فإن التصعيد في الساحة الفلسطينية يُعتبر التهديد الأكبر في العام الحالي.")
    # with a subject before it, a view: موسكو تعتبر …
    (quote,) = _quotes_of(pipeline, "موسكو تعتبر إمدادات الأسلحة إلى أوكرانيا دليلاً على مشاركة الغرب.")
    assert quote.speaker.code == "RUS"


def test_no_name_opens_with_a_demonstrative_nor_ends_with_نفسه(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'ويعود "لماذا؟" يسأل مدني نفسه ويعود للإجابة "لأن الوظائف تعتمد على المياه".')
    assert quote.speaker.name == "مدني"
    quotes = _quotes_of(pipeline, "وهذا الوضع يدعو إلى القلق من أن الاقتصاد ينهار.")
    assert all(q.speaker is None or "هذا" not in q.speaker.name for q in quotes)


def test_a_joined_reporting_verb_after_an_unlisted_subject(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقالت كورتز إن المشروع مهم.",
                        "لكن المنظمة نددت حينها بالصور، وقالت إنه ألغي قبل إتمامه.")
    assert quotes[-1].speaker.name == "المنظمة"


def test_a_connective_opens_no_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الوزير إن الوضع صعب.", "بالتالي يؤكد أن الحل في الحوار.")
    assert [q.speaker.name for q in quotes] == ["الوزير", "الوزير"]


def test_a_clause_cut_before_its_noun_is_no_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال السديري إن الثقافة مهمة.", "ويخاف من المؤثرات على رأيه أن الأطفال يتأثرون.")
    assert all(q.speaker is None or not q.speaker.name.endswith("على") for q in quotes)


def test_an_opening_ويعتبر_before_a_thing_is_the_passive(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ويعتبر الحكم ضربة قاسية لحزب شريف الذي يخوض حملة الانتخابات.")
    # a person's complementiser far after the verb: a view
    (quote,) = _quotes_of(pipeline, "ويعتبر الجامعي والباحث في تاريخ الحضارة والفكر زهير بن يوسف أن النجاح ممكن.")
    assert quote.text.startswith("النجاح")


def test_a_thing_pointed_at_says_nothing(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال نتنياهو إن الحرب طويلة.",
                        "وهذا الوضع يدعو إلى أهمية إيجاد استراتيجية تكون قادرة على أن تشكل نواة لمعركة طويلة.")
    assert [q.verb for q in quotes] == ["وقال"]
    # … but the subject after the verb of a relative clause opened by a demonstrative speaks
    (quote,) = _quotes_of(pipeline, "وتغيرت تلك الإجراءات التي يرى البعض أنها تخبطت بين الأمن والحرية.")
    assert quote.speaker.name == "البعض"


def test_a_comma_inside_quotation_marks_ends_nothing(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وتقول المصادر إن الموضوع «أمر مثير للسخرية، لأن المعركة كانت بسبب خلافات بين "
                                  "ميليشيات».وتشير إلى أن «الاشتباكات انتهت».")
    assert quotes[0].text.endswith("بين ميليشيات»")


def test_the_person_a_sentence_opens_with_speaks_on(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "ينتمي الضابط عبد السلام إلى إحدى القبائل، لكن أصبح لها ضباط وجنود يقاتلون مع الجيش. "
                                  "أما بنغازي فـ«الحسم مسألة أيام»، حسبما يؤكد، مشيرا إلى أن التقدم رفع معنويات الجيش.")
    assert [q.speaker.name for q in quotes] == ["عبد السلام"]


def test_a_name_after_a_titles_place(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "أعلن مدعي عام العاصمة الفرنسية باريس فرانسوا مولان، اليوم (الجمعة)، أن أحد "
                                    "الموقوفين تلقى توجيهات من متطرف.")
    assert (quote.speaker.name, quote.speaker.code) == ("فرانسوا مولان", "FRAJUD")


def test_no_holder_past_what_was_said_nor_after_a_conjunction(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "يقول مسؤولون مصريون إن القاهرة لعبت دورا غير معلن، منذ عدة أسابيع، في تسهيل التواصل.")
    assert "منذ" not in quote.speaker.name and quote.speaker.code == "EGYGOV"
    quotes = _quotes_of(pipeline, "وأكد الخبير أن حزمة القطاع الخاص، و #حساب_المواطن ، دعمت النمو.",
                        "وأشار إلى أن قطاع التعدين نما.")
    assert [q.speaker.name for q in quotes] == ["الخبير", "الخبير"]


def test_a_clause_hanging_on_the_sentence_is_said_by_its_subject(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'ووجه قاضي محكمة ليفربول الملكية، رسالة قاسية للمتهم إذ قال له "سلوكك المهين شر مطلق".')
    assert quotes[0].speaker.name.startswith("قاضي")
    quotes = _quotes_of(pipeline, "وجه المجلس اليهودي في بريطانيا انتقادا لاذعا لغلين، في بيان تناقلته الصحف، "
                                  "إذ أكد فيه أن نجمة داود رمز ديني.")
    assert quotes[0].speaker.name == "المجلس اليهودي"


def test_a_participle_after_an_unlisted_titled_subject(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "من جهته عبر لاعب الأخضر سلطان المصري عن سعادته بالميدالية , مؤكداً أنهم "
                                    "سيسعون لتحقيق الذهبية.")
    assert quote.speaker.name == "سلطان المصري"
    # no complement between the title and the words: they may run into the object
    quotes = _quotes_of(pipeline, "ووجه العميد سمير رسالة إلى المتعجلين، قائلا إن الناس سيكتشفون الحقيقة.")
    assert all(q.speaker is None or "رسالة" not in q.speaker.name for q in quotes)


def test_one_of_them_speaks_and_a_preposition_is_no_name(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وواجه أربعا من ضحاياه، وقال أحدهم "لقد كان من الممتع لهذا الوحش أن يؤذيني".')
    assert quote.speaker.name == "أحدهم"
    quotes = _quotes_of(pipeline, 'نشر رودريغيز صورة أمام الطائرة وكتب تحت الصورة: "شكراً إسرائيل".')
    assert all(q.speaker is None or "تحت" not in q.speaker.name for q in quotes)


def test_where_it_was_said_ends_the_content(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'أكد اللاعب المصري محمد صلاح، الإثنين، أنه لا يريد "الدخول في صراعات"، وذلك في فيديو '
                                    'نشره عبر صفحته.')
    assert quote.text.endswith('صراعات"')


def test_a_sections_label_and_a_date_before_the_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "عام / هيئة الإغاثة تصف أوضاع اللاجئين الهاربين إلى أوروبا بكارثة كبرى",
                       "وصلت آلاف العائلات إلى الجزر.")
    assert quote.speaker.name == "هيئة الإغاثة"
    quotes = _quotes_of(pipeline, "أوردت القناة الـ12 في 20/12/2022 خبراً قالت إن الشرطة اعتقلت ثمانية.")
    assert all(q.speaker is None or not q.speaker.name.startswith("2022") for q in quotes)


def test_a_speaker_left_unnamed_keeps_the_subject(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي في موسكو.",
                        "وقال الجبير إن المحادثات كانت بناءة.",
                        "وقال معاليه إن زيارة الأمير محمد بن سلمان لموسكو وضعت الأسس للعلاقات.",
                        "وفيما يتعلق بالاقتصاد، أكد معاليه أنها لا تتماشى مع حجم البلدين.")
    assert quotes[-1].speaker.id == quotes[-2].speaker.id != "mohammed-bin-salman"


def test_who_described_it_after_the_object_pronoun(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وهو الأمر الذي اعتبره البعض بمثابة "الاتفاق" بين المنتخبين.')
    assert (quote.speaker.name, quote.text[:6]) == ("البعض", "بمثابة")


def test_letters_of_a_name_are_no_complementiser(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقالت شبكة سي ان ان إن الرئيس سيزور المنطقة.")
    assert (quote.speaker.id, quote.text) == ("cnn", "الرئيس سيزور المنطقة")  # the knowledge base's CNN
    (quote,) = _quotes_of(pipeline, "أعلنت مجموعة قنوات بي ان سبورتس القطرية، الجمعة، أن الحقوق لها.")
    assert quote.text == "الحقوق لها"
    # … but a short surname is no letter: the ان after it opens what was said
    (quote,) = _quotes_of(pipeline, "وتابع مدير المؤسسة فادي ضو ان الطريق طويل.")
    assert (quote.speaker.name, quote.text) == ("فادي ضو", "الطريق طويل")  # the holder, past his title


def test_a_spokesman_for_a_titled_person_is_not_that_person(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقال متحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي، يوم الاثنين، إن بريطانيا "
                                    "تعمل مع حلفائها.")
    assert quote.speaker.name.startswith("متحدث")
    # … while an adviser named after the title he holds is the adviser
    (quote,) = _quotes_of(pipeline, "أعلن مستشار القائم بأعمال رئيس جمهورية دونيتسك الشعبية، يان غاغين، أن القوات "
                                    "تخوض معارك.")
    assert quote.speaker.name == "يان غاغين"


def test_foreign_names_after_a_title(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وذكر المتحدث العسكري أندريه ليسينكو أن الانفصاليين يستخدمون أسلحة ثقيلة.")
    assert quote.speaker.name == "أندريه ليسينكو"
    (quote,) = _quotes_of(pipeline, "وقال قائد الشرطة الاتحادية، الفريق رائد شاكر جودت، إن القوات تقدمت.")
    assert quote.speaker.name == "الفريق رائد شاكر جودت"


def test_the_marks_end_what_was_said_before_the_speakers_next_act(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وأشاد ترامب بالضربات الجوية، ووصفها بأنها "نفذت بشكل رائع"، وشكر فرنسا وبريطانيا.')
    assert quotes[-1].text == '"نفذت بشكل رائع"'


def test_a_victims_verb_is_no_participle_ending_the_content(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "يقول حكمة الله صافي إن الاستقالة مؤشر على خلافات، مشيرا إلى أن طيب أغا، وهو "
                                  "المسؤول عن التواصل، أصيب بخيبة أمل بسبب إخفاء الخبر.")
    assert quotes[-1].text.endswith("إخفاء الخبر")


def test_a_joined_verb_goes_on_with_the_sentences_last_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وحذرت السفارة الأمريكية من أن القمة قد تكون «هدفا محتملا»، من جهته قال الرئيس الكيني "
                                  "أوهورو كينياتا: إن القمة تقدم وجها آخر، وأكد أن «هذا الخطاب خاطئ»، وأضاف: «إفريقيا منفتحة».")
    assert [q.speaker.name for q in quotes[1:]] == ["أوهورو كينياتا"] * 3


def test_whom_she_called_on_is_no_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقالت الوزيرة إن الوضع صعب. ودعت المجتمع الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة.")
    assert [q.speaker.name for q in quotes] == ["الوزير", "الوزير"]
    (quote,) = _quotes_of(pipeline, "ودعت الحكومة إلى أن يتحد الجميع.")
    assert quote.speaker.name == "الحكومة"


def test_an_answer_an_aside_before_the_colon_and_a_channels_head(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وردًا على سؤال عن النزاع، أجاب هادي البحرة «لا، القضية ليست قضية نزاع على السلطة».")
    assert quote.speaker.name == "هادي البحرة"
    (quote,) = _quotes_of(pipeline, 'ونقلت "رويترز" عن بومبيو قوله في مؤتمر صحفي عقده بعد اجتماع الحلف: "لم يتم اتخاذ قرار".')
    assert quote.text == "لم يتم اتخاذ قرار"
    (quote,) = _quotes_of(pipeline, "حيث يقول رئيس قناة اليمن الفضائية حسين عمر باسليم: إن المبنى أصبح غير جاهز للعمل.")
    assert quote.speaker.name == "حسين عمر باسليم"


def test_a_verbal_noun_and_its_object_are_no_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "ولم يوضح أردوغان إلى من يشير، لكنه أكد مواصلة تركيا نهضتها وانتفاضتها التي "
                                  '"حركت الكثير من المجتمعات"، على حد قوله.')
    assert all(q.speaker is None or "نهضتها" not in q.speaker.name for q in quotes)


def test_a_name_ends_before_its_description_with_the_article(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وقال تيموثي قلدس الباحث غير المقيم بمعهد التحرير "التقارير تشير إلى أن الإقبال ضعيف".')
    assert quote.speaker.name == "تيموثي قلدس"


def test_narrators_words_and_a_run_on_sentence_end_the_content(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "قالت الفصائل في غزة إنها قررت وقف إطلاق الصواريخ، هذا فيما نفذ الطيران غارة.")
    assert quote.text == "قررت وقف إطلاق الصواريخ"
    quotes = _quotes_of(pipeline, 'وقالت متحدثة باسم الجيش إنه "تم رصد نحو 150 صاروخا".وكان الجيش أعلن أن القذائف سقطت.')
    assert quotes[0].text == '"تم رصد نحو 150 صاروخا"'


def test_a_sheikh_and_his_house(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وتابع الشيخ عبدالعزيز آل الشيخ يقول: واجب الدعاة الكشف عن هذه الفئة.")
    assert quote.speaker.name == "عبدالعزيز آل الشيخ"
    (quote,) = _quotes_of(pipeline, "وقال الشيخ محمد بن راشد، أمس، إن الابتكار ضرورة.")
    assert quote.speaker.id == "mohammed-bin-rashid"


def test_scare_quotes_a_participle_and_a_joining_و_are_no_speech_nor_name(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, 'أعلن "جيش" الاحتلال الإسرائيلي وصول سفن محملة بصواريخ.')
    (quote,) = _quotes_of(pipeline, "وقال مسؤول طالبا عدم ذكر اسمه إن الاتفاق قريب.")
    assert quote.speaker.text == "مسؤول"
    (quote,) = _quotes_of(pipeline, "يواصل الاحتلال عدوانه على غزة، والمكتب الإعلامي الحكومي يؤكد أن المستشفيات مكتظة.")
    assert quote.speaker.name == "المكتب الإعلامي الحكومي"


def test_holders_named_after_long_titles(pipeline: Pipeline) -> None:
    cases = [
        (("كشف المتحدث باسم التحالف العربي لـ\"دعم الشرعية\" في اليمن، تركي المالكي، الإثنين، عن آلية تنسيق، "
          "كما أكد أن القوات استهدفت قيادات."), "تركي المالكي"),
        # an honorific after the title stays with the name, as everywhere (الدكتور عبدالرحمن السلمي)
        ("من جهته، وصف الأمين العام لمجلس الشورى الدكتور محمد بن عبدالله آل عمرو، حادث التفجير بأنه عمل إجرامي.",
         "الدكتور محمد بن عبدالله آل عمرو"),
        ("كشف رئيس إدارة العمليات الرئيسية في هيئة الأركان الروسية، سيرغي رودسكوي، أن بلاده ترسل منظومات.",
         "سيرغي رودسكوي"),
        ("وأوضح رئيس بلدية السعيرة محمد بن حمود المطيري أن المشاريع مستمرة.", "محمد بن حمود المطيري"),
        (("قال مدير الإدارة العامة للإشراف والرقابة على شركات الصادر في السودان، أيمن علي حامد، إن الكمية "
          "تجاوزت سبعة أطنان."), "أيمن علي حامد"),
        ("ويؤكد مدير المركز الكردي للدراسات في ألمانيا، نواف خليل، لـ«الشرق الأوسط»، أنه ليس هناك تصريح.", "نواف خليل"),
    ]
    for sentence, name in cases:
        assert _quotes_of(pipeline, sentence)[-1].speaker.name == name, sentence


def test_an_apposed_subject_before_an_auxiliary(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وكان وزير الاستثمار والتعاون الدولي، زياد العذاري، قد قال في تعليقه على هذه المقاطعة "
                                    '"لا داعي لاستيراد مياه معدنية".')
    assert quote.speaker.name == "زياد العذاري"


def test_content_after_asides_and_a_comma(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وكان طاهر عمر قال خلال زيارته مدينة أم درمان، في شهر آذار/مارس الماضي، برفقة عضو "
                                    "مجلس السيادة الانتقالي، جابر إبراهيم جابر، وحضور والي ولاية الخرطوم وعدد من الوزراء، "
                                    "إن الشركة تساهم في إعمار ما دمّرته الحرب.")
    assert quote.speaker.name == "طاهر عمر" and quote.text == "الشركة تساهم في إعمار ما دمّرته الحرب"
    # … but على أن after the asides is "provided that", not what was said
    assert not _quotes_of(pipeline, "غير أنه أكد على كونهم لن يتمكنوا من تنفيذ هذا العدد، وسيحاولون تنفيذ 3 أو 4 عروض "
                                    "مسرحية على أقصى تقدير في الموسم المقبل وفي الموسم الذي يليه وفي كل المدن العربية، "
                                    "على أن تقدم بجودة مميزة.")


def test_words_that_only_look_like_reporting(pipeline: Pipeline) -> None:
    # his host (مضيفه), not مضيفة; an individual counted (فرداً), not ف + رداً
    assert not _quotes_of(pipeline, "وفرض مانشستر يونايتد سيطرته أمام مضيفه هدرسفيلد واستطاع أن ينهي الشوط متقدما.")
    (quote,) = _quotes_of(pipeline, "أعلنت الأونروا أنّها فقدت 142 فرداً من طاقمها منذ بدء العدوان.")
    assert quote.text == "فقدت 142 فرداً من طاقمها منذ بدء العدوان"


def test_speaker_after_a_title_with_an_institution_name_and_in_a_clause_of_circumstance(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وأكّد القيادي في حركة حماس، أسامة حمدان، في مؤتمر صحافي، اليوم الاثنين، أنّ الهدوء "
                                    "يبدأ بوقف العدوان.")
    assert quote.speaker.name == "أسامة حمدان"
    (quote,) = _quotes_of(pipeline, "ومضحك أيضا عندما تستمع للرئيس الأمريكي باراك اوباما وهو يصف الاتفاق مع إيران "
                                    "بالانجاز العظيم.")
    assert quote.speaker.name == "باراك اوباما"


def test_a_labelled_line_opens_with_its_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وثيقة اليوم: تقديرات متخصصة تفيد بأن تأثير الجوع يمكن أن يستمر مدى الحياة.")
    assert quote.speaker.name == "تقديرات متخصصة"


def test_a_reporting_noun_after_خلال_and_a_subject_before_an_unquoted_verb(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقال هنية، خلال رده على رسالة قائد قوة القدس إسماعيل قاآني، إنّ العدو اعتقد أنه "
                                    "سيكسر المقاومة.")
    assert quote.speaker.text == "هنية" and quote.verb == "وقال"
    # يعلن quotes nothing here: its subject before it speaks on, not the losses after it
    (quote,) = _quotes_of(pipeline, "وزير الصناعة والتكنولوجيا التركي مصطفى ورانك يعلن خسائر قطاع الصناعة في المناطق "
                                    "التي ضربها الزلزال، ويؤكد أنّ الحكومة مستمرة في دعم الاستثمار.")
    assert "ورانك" in quote.speaker.name


def test_an_unlisted_subject_before_what_it_describes(pipeline: Pipeline) -> None:
    first, second = _quotes_of(pipeline, 'ووصفت وسائل إعلام إسرائيلية هذه المشاركة بأنّها "سابقة من نوعها"، مشيرةً '
                                         'إلى أنّها "تُظهر حجم الإشراف الأميركي".')
    assert first.speaker.name == second.speaker.name == "وسائل إعلام إسرائيلية"
    assert first.text.startswith("هذه المشاركة")


def test_deputies_assistants_long_lineages_and_a_name_after_the_opening_verb(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وقال تركي الغنيماوي وكيل رئيس محافظ واسط في تصريح صحفي "حصلت الوزارة على موافقة".')
    assert quote.speaker.name == "تركي الغنيماوي"
    (quote,) = _quotes_of(pipeline, "ذكر مساعد الأمين لتقنية المعلومات المهندس حمدان العرادي ان الجائزة تحفز فريق العمل.")
    assert quote.speaker.name.endswith("حمدان العرادي")
    (quote,) = _quotes_of(pipeline, "وأفاد مدير جمعية الثقافة والفنون بالباحة علي بن خميس البيضاني، أن الورشة نجحت.")
    assert quote.speaker.name.endswith("علي بن خميس البيضاني")
    quotes = _quotes_of(pipeline, "وندد شهباز شريف زعيم أحد أبرز الأحزاب المشاركة في الانتخابات الأربعاء، بما اعتبره "
                                  'عمليات "تزوير فاضحة"، وأعلن أن حزبه "سيرفضها".')
    assert quotes[-1].speaker.name == "شهباز شريف"


def test_followed_sessions_are_no_speech(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقال عبد الفتاح، وهو مهاجر مغربي مقيم في بروكسل منذ 50 عامًا، وتابع الجلسات التي "
                                    "انطلقت في مايو (أيار) الماضي، إن «هؤلاء الشبان تعلموا في بعض المساجد».")
    assert quote.speaker.name == "عبد الفتاح" and quote.verb == "وقال"


def test_a_person_inside_what_was_said_does_not_become_the_subject(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "أوضح مفتي عام المملكة أن الإسلام حريص على إقامة مجتمع فاضل.",
                        "وأفاد أن الإسلام نهى أن يحكم القاضي لأحد أقاربه خوفًا من أن يتهم بالمحاباة.",
                        "وحذر من الوقوع في المعاصي وقال: «أيها المسلم الحلال بين والحرام بين».")
    assert {q.speaker.name for q in quotes} == {"مفتي عام المملكة"}


def test_however_in_reply_to_and_a_clause_about_the_speaker(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ودعا الرئيس السيسي الأحزاب المصرية إلى تشكيل قائمة موحدة، غير أن تلك القائمة "
                                    "تواجه صعوبات حتى الآن.")
    (quote,) = _quotes_of(pipeline, "وقال الوزير ردّاً على سؤال بشأن الطائرات، إن لا شيء مستبعد.")
    assert quote.verb == "وقال" and quote.speaker.name == "الوزير"
    (quote,) = _quotes_of(pipeline, "واعتبرت مارين لوبان التي تشير استطلاعات الرأي الأخيرة إلى تراجع شعبيتها منذ "
                                    'الانتخابات الرئاسية، أنه ليس من "غير المفاجئ" حدوث "تراجع".')
    assert quote.speaker.name == "مارين لوبان" and quote.text.startswith("ليس")


def test_an_unlisted_name_before_a_relative_and_the_narrator_after_a_comma(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وسئل عن انتقادات سلفه فرانسوا هولاند الذي اعتبر أن البلدان الغربية لا تمارس "
                                    "ضغوطا كافية.")
    assert quote.speaker.name == "فرانسوا هولاند"
    (quote,) = _quotes_of(pipeline, "وقال الوزير إن البلدان الغربية لا تمارس ضغوطا كافية، رفض الرئيس الفرنسي التعليق.")
    assert quote.text == "البلدان الغربية لا تمارس ضغوطا كافية"


def test_the_name_آن_and_a_considered_demonstrative(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقالت آن شوكيت القائمة بأعمال مدير المراكز إن 63 طفلا توفوا بسبب الإنفلونزا.")
    assert quote.speaker.name.startswith("آن شوكيت") and quote.text == "63 طفلا توفوا بسبب الإنفلونزا"
    assert not _quotes_of(pipeline, "وتعتبر هذه النتائج في غاية الأهمية للمرضى المصابين بالسكري.")


def test_a_demonstrative_alone_points_back_to_the_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "ويرى مراقبون ان تلك الإصلاحات تحتاج إلى قطاع خدمات مدني قوي.",
                        "ويضيف هؤلاء أن ذلك التغيير قد يصطدم بمعارضة.")
    assert [q.speaker.name for q in quotes] == ["مراقبون", "مراقبون"]


def test_a_rank_and_a_two_word_name_before_the_object(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "ورفع اللواء جمعان الغامدي الشكر لخادم الحرمين الشريفين، مؤكداً أن عملية التصحيح "
                                    "سيكون لها مردود إيجابي.")
    assert quote.speaker.name == "جمعان الغامدي"


def test_أورد_reports_what_a_source_related(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وأوردت صحيفة الغارديان البريطانية أن أكثر من 3 ملايين عراقي تركوا بلادهم.")
    assert quote.speaker.name == "صحيفة الغارديان البريطانية" and quote.text.startswith("أكثر من 3 ملايين")
    assert not _quotes_of(pipeline, "وفق ما أوردته وكالة رويترز عن مصادرها.")
    assert not _quotes_of(pipeline, 'نشرته الكاتبة عام 1999 وأوردته في كتابها «يد الله».')


def test_a_topic_before_the_verb_names_no_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال رئيس الاتحاد أحمد عيد إن الاجتماع ناقش اللوائح.",
                        'وعن غياب عدد من الأعضاء، والدكتور عبدالرزاق أبوداود، وعمر المهنا قال: "ظرف وجودهم '
                        'خارج السعودية كان وراء غيابهم".',
                        'وبالنسبة للقرارات الأخرى التي خرج بها الاجتماع قال "لقد تمت الموافقة على المسودة".')
    assert [q.speaker.name for q in quotes] == ["أحمد عيد"] * 3


def test_holders_after_a_governorate_and_a_joined_genitive(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("ميدانيا، أعلن المتحدث باسم محافظة الأنبار حكمة سليمان أن القوات الأمنية نفذت عملية عسكرية.",
         "حكمة سليمان"),
        ("وقال وزير البيئة والحياة البرية الزيمبابوي أوبا موشينجري إن بلاده تريد محاكمة بالمر.", "أوبا موشينجري"),
    ])
    # … but a second person joined by و is no complement (مدير عام الشركة المنتجة والسيدة أم كلثوم)
    quotes = _quotes_of(pipeline, "وذلك بعد اتفاق جمع بين مدير عام الشركة المنتجة والسيدة أم كلثوم ابنة الأديب "
                                  "الراحل، معتبرا أن الخطوة كان لابد أن تحدث.")
    assert all(q.speaker is None or "كلثوم" not in q.speaker.name for q in quotes)


def test_a_subject_before_an_aside_about_him_and_after_لكن(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        (("وكان رئيس الوزراء ديميتري ميدفيديف، وهو حليف وثيق للرئيس فلاديمير بوتن، قال الشهر الماضي إن الحكومة "
          "تريد رفع سن التقاعد."), "دميتري مدفيديف"),
        (('وفي السياق ذاته، زاد مقتل "سيسل" من الضغوط على الولايات المتحدة لكن بعض المدافعين عن الصيد قالوا إن '
          "هذا سيؤدي إلى فرض المزيد من القيود."), "بعض المدافعين عن الصيد"),
        ('وكتب، جيسون داو، من سوسيتيه جنرال في مذكرة إلى العملاء "متطلبات التمويل الخارجي لتركيا كبيرة".',
         "جيسون داو"),
    ])


def test_news_that_came_in_and_a_noun_of_statements_report_nothing(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ولم ترد أنباء فورية عن وقوع أضرار أو ضحايا كما أن هيئة مكافحة الكوارث لم "
                                    "ترد على طلب للتعليق.")
    (quote,) = _quotes_of(pipeline, "وقد بدا اليأس في تصريحاته، إذ قال إنه لم يتم تنفيذ القرار بالكامل.")
    assert quote.verb == "قال"


def test_who_described_it_and_what_was_revealed(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وكانت اللجنة قدمت تقريرها واستعرضت مشاوراتها مع الفصائل العسكرية والتي "
                                    'وصفها أعضاء اللجنة بـ"الإيجابية والمثمرة".')
    assert quote.speaker.name == "أعضاء اللجنة" and quote.text == '"الإيجابية والمثمرة"'
    (quote,) = _quotes_of(pipeline, "كشفت مديرية الدفاع المدني بمنطقة عسير تفاصيل عن حادثة الحريق التي شهدتها "
                                    "قاعة أفراح، مبينة أن الحادثة أسفرت عن تسجيل 6 حالات.")
    assert quote.speaker.name == "مديرية الدفاع المدني بمنطقة عسير"


def test_officials_with_their_country_as_written_and_a_country_title_with_its_holder(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "لكن مسؤولين صينيين آخرين قالوا إن بكين مستعدة للدفاع عن مصالحها.")
    assert (quote.speaker.name, quote.speaker.code) == ("مسؤولين صينيين", "CHNGOV")
    (quote,) = _quotes_of(pipeline, "من جانبه، قال المتحدث الرسمي باسم الحكومة اليمنية راجح بادي، إن حجم الدمار في "
                                    "عدن لم يكن متوقعاً.")
    assert (quote.speaker.name, quote.speaker.code) == ("راجح بادي", "YEMGOV")


def test_titles_and_their_holders_in_apposition_and_before_commas(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ('وقالت القاضية نيكولا ديفيز، بمحكمة بريستول الملكية، لوالاس واصفة ما فعلته بأنه "عمل شرير للغاية".',
         "نيكولا ديفيز"),
        (("وكان مروان دماج، الأمين العام لنقابة الصحافيين اليمنيين، قد أكد في وقت سابق أن المسلحين قاموا بتشريد "
          "300 صحافي."), "مروان دماج"),
        ("ولكن رئيس الشركة ومؤسسها مارك زوكربيرغ، قال إن التغييرات تساعد الشركة.", "مارك زوكربيرغ"),
        ("وقال متحدث الإمارة علي بن موسى زعله إن الإمارة أصدرت تعميما.", "علي بن موسى زعله"),
        ("وقالت شركة فيسبوك أيضا إن نمو مستخدميها قد هدأ قليلا.", "شركة فيسبوك"),
        (("واشتدت الحروب الكلامية بين الرئيس ترامب وزعيم كوريا الشمالية كيم جونغ أون، حيث قال الأخير إنه "
          '"يحتفظ بزر القنبلة النووية على مكتبه".'), "كيم جونغ أون"),
    ])


def test_an_outlet_told_plural_present_verbs_and_a_titled_opening_subject(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقالت جيانج لي إن الخطة غامضة.",
                        'كما قالت لوكالة الأنباء الألمانية (د.ب.أ) إنه "لا يعنيني ما إذا كانت تعود للطائرة".')
    assert [q.speaker.name for q in quotes] == ["جيانج لي"] * 2
    quotes = _quotes_of(pipeline, "وبينما يثني مؤيدو المشروع عليه ويصفونه بأنه معجزة هندسية، يقول منتقدون إنه مكلف.")
    assert [q.speaker.name for q in quotes] == ["مؤيدو المشروع", "منتقدون"]
    (quote,) = _quotes_of(pipeline, 'وتدرس المستشارة الألمانية أنجيلا ميركل الوضع، وقالت إن القرار يتعلق فقط "بمدن فردية".')
    assert quote.speaker.id == "angela-merkel"


def test_a_memory_and_a_clause_before_a_relative_are_no_speakers(pipeline: Pipeline) -> None:
    assert all(q.verb != "ذكرى" for q in _quotes_of(pipeline, "فاعتبرتها ذكرى فهم يستحقون ان نذكرهم."))
    quotes = _quotes_of(pipeline, "عندما بدأت العمل، أقمت حفلة صغيرة حضرتها محافظة المدينة التي قالت لي: «أنت موهوب».")
    assert all(q.speaker is None or "أقمت" not in q.speaker.name for q in quotes)


def test_نفى_as_written_reports_and_what_is_denied_is_no_speaker(pipeline: Pipeline) -> None:
    (first, second) = _quotes_of(pipeline, "ونفى سيلاوانوف، أن يكون لدى حكومة موسكو أي خطط لإغلاق الشركات، قائلا: "
                                           '"نحن لا نخطط لأي قيود".')
    assert (first.verb, first.speaker.name, second.speaker.name) == ("ونفى", "سيلاوانوف", "سيلاوانوف")
    quotes = _quotes_of(pipeline, "ومن ناحية ثانية، نفى وجود أي مخطط لإخراج دروز إدلب، مؤكدا أن ارتباط الدروز بأرضهم وثيق.")
    assert all(q.speaker is None or "وجود" not in q.speaker.name for q in quotes)
    (quote,) = _quotes_of(pipeline, "وليبيا مقسمة بين فصيلين متنافسين يقول كل منهما إنه يدير شؤون البلاد.")
    assert quote.speaker.name == "كل منهما"


def test_a_deputy_is_not_the_one_whose_deputy_he_is(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("قال نائب خادم الحرمين الشريفين الأمير محمد بن نايف، إن التفجير كشف مدى حقد المجرمين.", "محمد بن نايف"),
        ("وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن الغرب يصعد.", "سيرغي ريابكوف"),
        ("وقال مدير الوحدة القانونية في نادي الأسير المحامي جواد بولس، انه زار الأسير.", "المحامي جواد بولس"),
    ])
    (quote,) = _quotes_of(pipeline, "وقال نائب الرئيس السوداني إن الحوار مستمر.")
    assert (quote.speaker.id, quote.speaker.code) == (None, "SDNGOV")


def test_what_something_is_considered_reports_nothing(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "قال جون كيري إن انسحاب الرئيس الأمريكي، دونالد ترامب، يعتبر أمرا خطيرا.")
    assert quote.verb == "قال"
    assert not _quotes_of(pipeline, 'وموقع "سامسونغ" اليوم يعتبر جيداً لهذه الخطوة.')


def test_a_title_used_alone_is_the_holder_the_article_named(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وقال رئيس حزب "التوحيد العربي"، وئام وهاب، إن القاضي نفذ انقلابا.',
                        'كذلك، رأى رئيس حزب "التوحيد العربي" أنّ القاضي البيطار تابع للسفارات.')
    assert quotes[0].speaker.id is not None and quotes[1].speaker.id == quotes[0].speaker.id
    # رئيس الجمهورية names no one post: each country has one
    quotes = _quotes_of(pipeline, "وقال رئيس الجمهورية الشيخ خليفة بن زايد إن الدعم مستمر.",
                        "وقال رئيس الجمهورية إن الانتصارات عظيمة.")
    assert quotes[1].speaker is None or quotes[1].speaker.name != quotes[0].speaker.name


def test_a_quoted_name_before_a_preposition_a_chamber_and_a_comma_before_the_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وفي لبنان أيضاً، دعا "تجمّع الجامعيين الأحرار" إلى وقفة تضامنية تشمل كل الجامعات.')
    assert all(q.text != "تجمّع الجامعيين الأحرار" for q in quotes)
    _assert_speakers(pipeline, [
        ("وأوضح رئيس مجلس إدارة غرفة الشرقية عبدالرحمن بن صالح العطيشان أن المعرض سيحظى بمشاركة كبيرة.",
         "عبدالرحمن بن صالح العطيشان"),
    ])
    (quote,) = _quotes_of(pipeline, "وصف رئيس الوزراء الإسرائيلي، بنيامين نتانياهو اختراق طائرة سورية للمجال الجوي "
                                    "بالخرق السافر لاتفاقية فك الاشتباك.")
    assert quote.text.startswith("اختراق")
    (quote,) = _quotes_of(pipeline, 'وفي أول تعليق، قال رئيس حزب "إسرائيل بيتنا"، أفيغدور ليبرمان، إنّ القرار خطوة هامة.')
    assert quote.speaker.id == "avigdor-lieberman"


def test_whom_it_was_said_to_in_marks_and_what_the_speaker_ended(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الخبير توم كولينز إن الطائرات أصبحت أكثر أمانا.",
                        'وأضاف لـ"أسوشيتد برس"، أن محاصرة الناس أصبحت أقل احتمالا.')
    assert [q.speaker.name for q in quotes] == ["توم كولينز"] * 2
    _assert_speakers(pipeline, [
        ('وقال لـ"سكاي نيوز عربية" المحلل أحمد سالم إن الوضع هادئ.', "أحمد سالم"),
        ('وختم عسيري مقاله : "هكذا تكون الوزارة قد مارست دوراً إضافياً".', "عسيري"),
        ("وأكد المتحدث باسم حاكم إقليم ننكرهار عطاء الله خوجياني أن الأشقاء لقوا مصرعهم.", "عطاء الله خوجياني"),
        ("إلا أن المتحدث الرسمي باسم الجيش المصري، العميد محمد سمير، أكد لـ«الشرق الأوسط» أن «الثقة كبيرة».",
         "محمد سمير"),
        (("وكان رئيس الوفد الروسي إلى محادثات فيينا بشأن الأمن العسكري، قسطنطين غافريلوف، أعلن أنّ الغرب يبدأ "
          "إرسال الدبابات."), "قسطنطين غافريلوف"),
        ("نيكولاي دينيسوف، عالم البيئة الذي راقب الآثار الصحية للحرب، أشار إلى أنّ الخطورة تكمن في التلوّث.",
         "نيكولاي دينيسوف"),
    ])
    (quote,) = _quotes_of(pipeline, "وفي صيف 2011 عندما أعلن الرئيس السنغالي عبد الله واد فجأة أنه يريد ترحيله.")
    assert quote.speaker.name != "عبد الله واد فجأة"


def test_a_named_party_an_institution_with_its_adjective_and_no_name_after_a_colon(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وأعلن حزب النهضة الإسلامي تأييده للشاهد وقال إن خروج رئيس الوزراء سيضر بالاستقرار.", "حزب النهضة الإسلامي"),
        (("أصدرت الإدارة العامة للعلاقات العامة والإعلام بإمارة منطقة مكة المكرمة بيانا أعلنت فيه أن وزارة النقل "
          "تعكف على تنفيذ المشروعات."), "الإدارة العامة"),
        ("وأوضح المتحدث الرسمي لوزارة الصحة الدكتور خالد مرغلاني أنه تم التأكد من استكمال التجهيزات.",
         "الدكتور خالد مرغلاني"),
    ])
    quotes = _quotes_of(pipeline, "وقال السبسي في كلمته إن القانون يحترم الإرادة.",
                        'وأضاف :"إذا كان صاحب التركة يريد ذلك فله ذلك"، مشيرا إلى أن هذا التوجه يندرج في إطار دوره.')
    assert [q.speaker.name for q in quotes] == ["السبسي"] * 3


def test_an_honoured_holder_past_a_far_comma_and_a_subject_before_كان_قد(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        (("وأوضح مدير عام فرع الوزارة بجازان الشيخ أحمد بن عيسى الحازمي في كلمته خلال الندوة, أن البرنامج يهدف "
          "إلى توعية الأئمة."), "الشيخ أحمد بن عيسى الحازمي"),
        (("يذكر أن ترامب كان قد قال خلال مؤتمر صحفي جمعه بالرئيس الفرنسي إيمانويل ماكرون، الثلاثاء، إن هناك دولا "
          "لن تصمد."), "دونالد ترامب"),
    ])


def test_the_topic_of_أما_speaks_and_a_relative_clause_ends_a_name(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ('أما صحيفة "لو موند" الفرنسية فرأت أنّ "إردوغان لا يمكن إغراقه".', "صحيفة لو موند الفرنسية"),
        ("أما المستشارة الألمانية أنجيلا ميركل فأوضحت أن الميزة الرئيسية للاتفاق هي تفادي ما هو أسوأ.", "أنجيلا ميركل"),
        ("أبو فيصل الذي بدا متذمراً من المهنة ذكر لنا بأنه أمضى عامه الأول فيها.", "أبو فيصل"),
    ])
    (quote,) = _quotes_of(pipeline, "أما عن مرضه فقال إنه تعافى.")
    assert quote.speaker is None or quote.speaker.name != "عن مرضه"
    quotes = _quotes_of(pipeline, "في الوقت الذي كان كثيرون يتوقّعون أن يولي الرئيس أهمية خاصة، فوجئ الجميع بالفيديو.")
    assert all(q.speaker is None or "الذي" not in q.speaker.name for q in quotes)


def test_a_statement_s_owner_a_source_after_that_a_speaker_before_whom_it_was_said_to(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        (('وجاء الطلب في أعقاب بيان لوزارة الخارجية الإماراتية، يوم الثلاثاء، أكد "الحاجة الملحة للاستجابة '
          'الإنسانية".'), "وزارة الخارجية الإماراتية"),
        ("يُذكَر أنّ مصدراً في حماس أكد أنّ الحركة متمسكة بمطلبها.", "مصدراً في حماس"),
        ("بدوره، قال القيادي في الجبهة الشعبية لتحرير فلسطين، ماهر الطاهر، إنّ نتنياهو يخادع.", "ماهر الطاهر"),
    ])
    (quote,) = _quotes_of(pipeline, "الرئيس الإيراني، مسعود بزشكيان، يؤكّد لنظيره الفرنسي، إيمانويل ماكرون، حق بلاده في "
                                    "الرد، ويشير إلى أنّ الهدوء لن يرجع إلى المنطقة.")
    assert quote.speaker.name == "مسعود بزشكيان"


def test_a_person_before_the_relative_clause_about_him_then_a_comma(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("لكن وزير الداخلية المغربي عبد الوافي لفتيت الذي زار المدن الشمالية الأسبوع الماضي، أكد أن الوضع هادئ.",
         "عبد الوافي لفتيت"),
    ])
    (quote,) = _quotes_of(pipeline, "السيناتور جون ماكين، الزعيم السابق في مجلس الشيوخ الذي خسر الانتخابات، يصف "
                                    "الاتفاق بأنه خطأ.")
    assert quote.speaker is None or quote.speaker.name != "مجلس الشيوخ"


def test_an_aside_about_the_subject_a_reason_and_an_agency_told(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وذكر الاتحاد الدولي، ومقره زوريخ، أنه تقدم ببلاغ لدى النائب العام.", "الاتحاد الدولي"),
        ('وأبلغ فيتسل رويترز "يجب أن تكون في حالة بدنية جيدة".', "فيتسل"),
    ])
    assert not _quotes_of(pipeline, "وأصبح عدد من الكويتيين يتوقعون الأسوأ، خصوصا أن التاريخ يعيد نفسه.")


def test_considered_in_is_no_ones_view_but_a_view_in_an_interview_is(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ويحدد متوسط الذكاء بـ 100 درجة، وأي درجة تفوق 140 تعتبر في مستوى العبقرية.")
    _assert_speakers(pipeline, [
        ("رئيس الحكومة نجيب ميقاتي يعتبر في حديثه للميادين، أنّ الأمور وصلت إلى حد الاشمئزاز.", "نجيب ميقاتي"),
    ])


def test_a_noun_a_title_governs_opens_no_name(pipeline: Pipeline) -> None:
    (q,) = _quotes(pipeline, "عنوان", "وقال العميد هيكل حنتف قائد اللواء أول حرس حدود إن المعركة مستمرة.")
    assert q.speaker is not None and not q.speaker.name.startswith("اللواء")  # the brigade, no general


def test_a_kin_noun_before_a_definite_one_is_no_holders_name(pipeline: Pipeline) -> None:
    article = build_article("t", "عنوان", ["وعزى الرئيس أسرة الفقيد في وفاته."], published="2018-05-01")
    (event,) = pipeline.analyze(article).events
    assert event.source is not None and event.source.text == "الرئيس"


def test_a_professors_name_past_his_honorific_and_description(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        (('ونقلت صحيفة "إكسبريس" البريطانية عن البروفيسور ديفيد جيرديس، عالم الفلك في جامعة ميتشيغان قوله: '
          '"إن الأدلة ترجح وجود كوكب آخر".'), "ديفيد جيرديس"),
        ("ويعتقد اياين بيغ بروفسور السياسة في كلية لندن للاقتصاد، أنّ الأمر صعب.", "اياين بيغ"),
        ("حيث يقول البروفسور غاري كينغ أستاذ العلوم السياسية لدى جامعة هارفارد: «إذا ظهرت الأبحاث فتلك مشكلة».",
         "غاري كينغ"),
    ])


def test_disclosing_that_reports_but_disclosing_a_thing_does_not(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [("وأفصحت مصادر مقربة من الحوثيين أن عشرات القادة قتلوا.", "مصادر مقربة")])
    (quote,) = _quotes_of(pipeline, "ولم تفصح الشرطة عن هوية المشتبه فيه، لكنها أكدت أن إطلاق النار وقع داخل منزله.")
    assert quote.verb == "أكدت"


def test_a_thing_pointed_at_after_that_and_despite_that_open_no_speaker(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ورغم أن هذا يشير إلى أن الحياة ممكنة، إلا أن المركبات قد تأتي من مصادر أخرى.")
    (quote,) = _quotes_of(pipeline, "ورغم ذلك وصف هذه المهنة بأنها ليست مربحة.")
    assert quote.speaker is None or "رغم" not in quote.speaker.name


def test_a_plural_verb_after_a_comma_goes_on_what_was_said(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "قال الجيش اليمني إن أكثر من 140 عنصرا من ميليشيا الحوثي، لقوا مصرعهم في المعارك.")
    assert quote.text.endswith("لقوا مصرعهم في المعارك")


def test_a_ministers_title_alone_is_the_minister_named_with_it_earlier(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال وزير الدفاع البريطاني بن والاس إن الدعم مستمر.",
                        "وقال وزير الدفاع البريطاني إن الحرب طويلة.")
    assert [q.speaker.name for q in quotes if q.speaker] == ["بن والاس", "بن والاس"]
    quotes = _quotes_of(pipeline, "أجرى عادل الجبير وزير الخارجية مباحثات، أمس، في روما.",
                        "وقال وزير الخارجية في تصريح صحافي: إن المباحثات كانت مثمرة.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.id == "adel-al-jubeir"


def test_scripture_quoted_is_gods_or_the_prophets_and_no_one_speaks_on_from_it(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "قال صلى الله عليه وسلم «لزوال الدنيا أهون عند الله من قتل رجل مسلم».",
                        "وبيَّن أن الله خلق آدم.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["النبي محمد", None]
    (quote,) = _quotes_of(pipeline, "قال تعالى: (ومن يقتل مؤمنا متعمدا فجزاؤه جهنم).")
    assert quote.speaker is not None and quote.speaker.name == "الله"
    (quote,) = _quotes_of(pipeline, "فقال نوح عليه السلام: رب اغفر لي.")
    assert quote.speaker is not None and quote.speaker.name == "نوح"


def test_counted_among_is_no_view_but_what_someone_considers_part_of_is(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "ويعتبر أبو الفتوح أيضا من منتقدي الرئيس المصري الحالي عبد الفتاح السيسي.")
    assert not _quotes_of(pipeline, "ويعتبر السودان من بين الدول ذات المعدلات المرتفعة في وفيات الأطفال.")
    assert _quotes_of(pipeline, "ويعتبر الفلسطينيون القدس الشرقية جزءا من أراضيهم.")


def test_officials_of_a_body_and_a_company_by_name_speak_before_the_verb(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("لكن مسؤولي المتنزه قالوا انهم يعملون بشكل مستمر.", "مسؤولي المتنزه"),
        ("وكانت شركة آسمان للطيران قد قالت في وقت سابق إن 65 شخصا كانوا على متن الطائرة.", "شركة آسمان للطيران"),
    ])


def test_a_title_opening_the_sentence_gives_its_holders_name_not_anothers(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("لكن الناشطة السعودية المعروفة هالة الدوسري تقول إن المرأة ما زالت مواطنة من الدرجة الثانية.", "هالة الدوسري"),
        ("محامي الأسير خضر عدنان أكد أن الإضراب مستمر.", "محامي الأسير خضر عدنان"),
        ("السفير الروسي لدى كوريا الشمالية يقول إن العلاقات جيدة.", "السفير الروسي لدى كوريا الشمالية"),
    ])


def test_people_named_by_what_they_are_speak_through_a_participle(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("ويوجه سكان مرعوبون نداءات استغاثة على شبكات التواصل، مؤكدين أنهم لم يتمكنوا من الاتصال بأجهزة الإغاثة.",
         "سكان مرعوبون"),
    ])


def test_a_title_noun_alone_is_the_last_holder_named_with_it(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال وزير الدفاع البريطاني بن والاس إن الدعم مستمر.", "وأضاف الوزير أن الحرب طويلة.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "بن والاس"
    quotes = _quotes_of(pipeline, "قال المتحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي، إنها ستبحث الاتفاق.",
                        "وأضاف المتحدث أن المحادثات مهمة.")
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "تيريزا ماي"  # the inner title's name
    quotes = _quotes_of(pipeline, "وقال رئيس الوزراء الإثيوبي آبي أحمد إن السد مهم.", "وقال الرئيس إن الحوار مستمر.")
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "آبي أحمد"  # الرئيس is too wide


def test_a_bodys_noun_alone_is_the_body_named_with_it_earlier(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "قالت وزارة الخارجية الروسية إن الحوار مستمر.", "وأضافت الوزارة أن الغرب مسؤول.")
    assert quotes[-1].speaker is not None and (quotes[-1].speaker.name, quotes[-1].speaker.code) \
        == ("وزارة الخارجية الروسية", "RUSGOV")
    quotes = _quotes_of(pipeline, 'رأت صحيفة "واشنطن بوست" الأمريكية في افتتاحيتها أن الرئيس مريض.',
                        "وقالت الصحيفة إن الأطباء قلقون.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name.startswith("صحيفة واشنطن بوست")


def test_the_verbs_object_ends_the_speaker_after_it(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("نفت مصادر كويتية مسؤولة ما تردد عن أن الكويت أعادت سعوديين.", "مصادر كويتية مسؤولة"),
        ("وقال جاك ما إن الشركة بخير.", "جاك ما"),
        ("وختمت الصحيفة الإسرائيلية تقريرها بأن الحرب طويلة.", "الصحيفة الإسرائيلية"),
        ("وأضاف مدير أعمالها أن الحفل تأجل.", "مدير أعمالها"),
    ])


def test_male_beside_female_reports_nothing(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "وتقدّر الكلفة بنحو 17 ألف دولار لكل جندي ذكر، وأكثر من 10 آلاف دولار لكل أنثى.")


def test_a_relative_pronoun_with_its_conjunction_stands_for_the_noun_before_the_clauses(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وفي مواجهة معارضة الجمهوريين، الذين يشكلون غالبية في الكونغرس، والذين حذروا من انهم "
                                  "سيفشلون التصويت على رفع الحصار، رأت كلينتون ان الانتخابات ستكون حاسمة.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["الجمهوريين", "كلينتون"]


def test_a_person_after_a_title_and_its_body_holds_the_title(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [("كشف قائد حرس الثورة اللواء حسين سلامي أنّ القوّة لم تعد على أساس التوازن.", "حسين سلامي")])
    article = build_article("t", "عنوان", ["التقى وفد حركة الجهاد الإسلامي السفير الفلسطيني في العراق في أجواء ودية."])
    events = pipeline.analyze(article).events
    assert all(e.source is None or "السفير" not in e.source.text for e in events)


def test_a_title_with_a_field_or_a_place_in_its_complement_then_its_holder(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("كشف الباحث المتخصص في شؤون السياحة خالد آل دغيم، أن 4.5 مليون سائح سعودي ينفقون سنويا 80 مليار ريال.",
         "خالد آل دغيم"),
        (("من جهته، أكد المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا، الدكتور بدر عبدالرحمن السمحان، "
          "أن هذا البرنامج مهم."), "الدكتور بدر عبدالرحمن السمحان"),
    ])


def test_a_title_learnt_with_a_name_written_again_in_full_is_that_person(pipeline: Pipeline) -> None:
    # the knowledge base matches only نائب (an MP) and رئيس بلدية of the second, name-less writing
    for first, second, holder in [
        ("نائب نقيب الصحافيين الفلسطينيين، عمر نزال، من جهته، علّق على القرار.",
         "وأضاف نائب نقيب الصحافيين الفلسطينيين في حديثه للميادين، أن قرار تجديد الحظر دليل على فشلهم.", "عمر نزال"),
        ("وأصيب 12 شخصا جراء عاصفة ضربت موسكو، بحسب ما أعلن رئيس بلدية العاصمة الروسية سيرغي سوبيانين.",
         "وأوضح رئيس بلدية العاصمة الروسية أن عدد المصابين بلغ 12 شخصا.", "سيرغي سوبيانين"),
    ]:
        (quote,) = [q for q in _quotes(pipeline, "عنوان", first, second) if q.start > len(first)]
        assert quote.speaker is not None and quote.speaker.name == holder, second
        assert quote.speaker.text == second.split(" في ")[0].split(" أن ")[0].removeprefix("وأضاف ").removeprefix("وأوضح ")


def test_opinion_written_with_ya_is_a_noun(pipeline: Pipeline) -> None:
    # رأي (not رأى) is "opinion": a poll or an op-ed reports nothing by it; في رأي X أن is X's view
    assert not _quotes_of(pipeline, "وأظهر استطلاع رأي أجرته القناة، أنّ 66% يعطون وضعهم المالي علامات سلبية.")
    assert not _quotes_of(pipeline, "وكان الحردان قد نشر مقال رأي على صحيفة بعنوان العراق يجب أن ينضم إلى الاتفاقيات.")
    _assert_speakers(pipeline, [("لكن في رأي مشجع المنتخب الفرنسي صالح رفاي أن نجاح أمبابي كبير.",
                                 "مشجع المنتخب الفرنسي صالح رفاي")])


def test_a_source_that_asked_not_to_be_named_before_its_saying(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وينقل الموقع، عن مسؤول كبير في الاتحاد الأفريقي، طلب عدم الكشف عن هويته، "
                                  "قوله إن \"هذه المهمة الجديدة تشير إلى التزام الاتحاد\".")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["مسؤول كبير"]


def test_a_body_named_in_quotation_marks_inside_a_titles_complement(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقال المتحدث باسم حركة \"فتح\" أسامة القواسمي إن الحركة ترفض القرار.", "أسامة القواسمي"),
        ("وقال المتحدث باسم تحالف \"سائرون\" النائب حسن العاقولي في مجلس النواب \"نطالب رئيس الوزراء بالاستقالة\".",
         "حسن العاقولي"),
        ("ونقلت الصحيفة عن نائب رئيس شركة \"Cheniere Energy Inc\" أندرو ووكر، قوله إنّ السوق لا يزال مستعدا.",
         "أندرو ووكر"),
    ])


def test_a_quoted_word_closing_the_sentence_is_no_name_of_the_actor_before_it(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقتل أربعة جنود في الهجوم الذي تعتبره السلطات «عملاً إرهابيًا».")
    assert quotes and all(q.speaker is None or "إرهابي" not in q.speaker.name for q in quotes)


def test_a_participle_names_no_one_after_it_and_its_short_quotation_is_said(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وتوجه وزير الدفاع الإسرائيلي افيغدور ليبرمان بالحديث إلى الرئيس السوري، "
                                  "قائلا \"أطرد الإيرانيين\"، قائلا \"إنهم يؤذونك فقط\".")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("أطرد الإيرانيين", "أفيغدور ليبرمان"), ("إنهم يؤذونك فقط", "أفيغدور ليبرمان")]


def test_names_that_fold_like_prepositions_and_a_consul_after_his_title(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقال لاعب المنتخب الإنجليزي، ديلي ألي: \"لقد قامت بيبا بعمل جبار معنا\".", "ديلي ألي"),
        ("وقال بيار كوشار القنصل العام الفرنسي إن القنصلية مفتوحة.", "بيار كوشار"),
    ])


def test_a_pretexts_claim_is_not_said_and_an_owned_verbal_noun_ends_the_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "أعلن الأزهر رفضه التام لمطالبة شخصيات عامة فرنسية بتجميد آيات من القرآن الكريم، "
                                  "بدعوى أنها \"تحرض على قتل غير المسلمين\"، معتبرا هذه المطالب \"غير مبررة وغير مقبولة\".")
    assert [(q.verb, q.speaker.name if q.speaker else None) for q in quotes] == [("معتبرا", "الأزهر")]
    _assert_speakers(pipeline, [("ورد شومان لاحقا في تصريح صحفي قائلا: \"ما ظنه الداعون خطأ\".", "شومان")])


def test_the_subject_of_an_opening_time_clause_speaks_after_its_comma(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وحين تناولت صحيفة \"إسرائيل هيوم\" الاستقالات التي تحدث في الجيش، قالت إنّ هذه الأمور تفاقم المشكلات.",
         "صحيفة إسرائيل هيوم"),
        ("وعندما سئلت المتحدثة باسم الوزارة، هيذر ناورت، عن دعوة الرئيس الفلسطيني، قالت: \"إذا رأينا ذلك مفيدا فسنرحب\".",
         "هيذر ناورت"),
    ])


def test_an_indefinite_bodys_genitive_belongs_to_the_titles_complement(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقال رئيس لجنة مراقبة الحكومة، ميكي ليفي، إنّ إسرائيل تواجه كارثة اقتصادية.", "ميكي ليفي"),
        ("وأكد محافظ هيئة تنظيم الكهرباء والإنتاج المزدوج الدكتور عبدالله الشهري أن البرامج الجادة نجحت.",
         "الدكتور عبدالله الشهري"),
    ])


def test_a_longer_quoted_name_in_apposition_before_the_colon(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال \"عبد الله سالم القرني\"، أحد أهالي مخطط البظاظة لـ\"سبق\": إنه فوجئ بوجود حشرات.",
                        "وأضاف: \"حضرت دورية أمنية وأغلقوا المحل\".")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["عبد الله سالم القرني"] * 2


def test_a_demonstrative_object_before_the_speaker_and_the_adjective_confirmed(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("أوضح ذلك رئيس بلدية الشوقية الفرعية المهندس ممدوح عراقي أن الإزالة تمت بمشاركة الشرطة.", "المهندس ممدوح عراقي"),
    ])
    quotes = _quotes_of(pipeline, "وقال اليافعي إن مؤسسة المياه في عدن تلقت معلومات مؤكدة بأن قيادات حوثية هددت بإغلاق الآبار.")
    assert [q.verb for q in quotes] == ["وقال"] and quotes[0].text.endswith("بإغلاق الآبار")


def test_the_president_alone_is_the_states_president_named_last(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.",
                        "وأضاف الرئيس أن بلاده لن تتراجع.",
                        "وقال الرئيس السابق إن الانتخابات مزورة.",
                        "وهنأ الملك الرئيس سيرجيو ماتاريلا، وقال الرئيس الإيطالي إن العلاقات متينة.")
    names = [q.speaker.name if q.speaker else None for q in quotes]
    assert names[:2] == ["دونالد ترامب", "دونالد ترامب"] and names[2] != "دونالد ترامب"


def test_a_quoted_name_a_preposition_governs_is_no_quotation(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال مدير المكتب الإعلامي في \"غرفة العمليات المركزية في الجنوب\" التابعة للفصائل المعارضة "
                                  "حسين أبازيد لوكالة الأنباء الفرنسية \"تم الاتفاق على وقف إطلاق النار في محافظة درعا\".")
    assert [q.text for q in quotes] == ["تم الاتفاق على وقف إطلاق النار في محافظة درعا"]
    # … but what a verb calls for after إلى is said
    quotes = _quotes_of(pipeline, "ودعا حزب الله السلطات الباكستانية إلى \"تكثيف إجراءاتها الأمنية وملاحقة المجرمين\".")
    assert [q.text for q in quotes] == ["تكثيف إجراءاتها الأمنية وملاحقة المجرمين"]


def test_a_pronoun_title_is_the_one_named_before(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الشيخ عبدالعزيز آل الشيخ إن هذا العمل إجرامي.",
                        "وقبل نهاية حديثه قال فضيلته إن هذه الاعتداءات لن تزيدنا إلا تماسكا.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["عبدالعزيز آل الشيخ"] * 2


def test_to_whom_it_was_said_ends_the_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال باسيل موجها كلامه إلى الجعفري: \"نتمنى للعراق حكومة سريعا\".",
                        "وقالت الوزيرة مخاطبة النواب: \"لن نتراجع\".")
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["باسيل", "الوزيرة"]


def test_a_description_of_closeness_runs_to_the_name_after_its_comma(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "قال الصحافي الكردي المقرب من حزب العمال الكردستاني، دياري محمد، للصحيفة: "
                                    "«حلقت طائرات مسيرة أمس فوق المنطقة».")
    assert quote.speaker is not None and quote.speaker.name == "دياري محمد"


def test_a_relative_that_does_not_agree_with_the_verb_is_what_was_spoken_about(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال لافروف إن خطوة واشنطن خطيرة.",
                        "وتطرق لافروف إلى \"المهام النووية المشتركة\"، التي قال إنها تجعل أوروبا هدفا.",
                        "وانتقد الوزير الحكومة التي قالت إنها لن تتراجع.")
    names = [q.speaker.name if q.speaker else None for q in quotes]
    assert names == ["سيرغي لافروف", "سيرغي لافروف", "الحكومة"]


def test_what_is_worth_mentioning_is_said_by_no_one(pipeline: Pipeline) -> None:
    assert _quotes_of(pipeline, "والجدير ذكره أن الوزير زار المدينة أمس.") == []
    (quote,) = _quotes_of(pipeline, "وجدير بالذكر أن الشرطة أوضحت أن الحادث وقع ليلا.")
    assert quote.speaker is not None and quote.speaker.text == "الشرطة"


def test_the_marks_the_content_opens_with_hold_it_whole(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وأوضح نايف البكري أن «محافظة لحج تخوض أشرس المعارك اليوم (أمس)، وذلك بعد سيطرة "
                                  "المقاومة على الجزء الأكبر منها».",
                        "وأكد بالاكريشنان أن \"الأمور سوف تبدأ خلال 24 ساعة\"، دون أن يفسر تصريحاته.",
                        "وقالت ميركل إن سقوط الضحايا في عفرين \"غير مقبول\"، في إشارة إلى الهجوم التركي.")
    assert [q.text for q in quotes] == [
        "«محافظة لحج تخوض أشرس المعارك اليوم (أمس)، وذلك بعد سيطرة المقاومة على الجزء الأكبر منها»",
        "\"الأمور سوف تبدأ خلال 24 ساعة\"", "سقوط الضحايا في عفرين \"غير مقبول\""]


def test_the_subject_after_that_speaks_in_what_is_reported(pipeline: Pipeline) -> None:
    assert _last_speaker(pipeline, "وقال المتحدث باسم وزارة الصحة أشرف القدرة إن الحصيلة ارتفعت.",
                         "ونقلت الوكالة أن القوى الوطنية دعت في بيان \"أهل القرية إلى التواجد في المسجد\".") \
        == "القوى الوطنية"


def test_a_present_verb_joined_with_and_goes_on_what_a_past_one_reported(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وأكدت البحرين أن استمرار التصريحات يعكس موقفها العدائي، ويكشف بوضوح استراتيجيتها "
                                  "القائمة على التدخل.")
    assert quotes[0].text.endswith("ويكشف بوضوح استراتيجيتها القائمة على التدخل")
    # a past one (توقع opens with ت too) is the speaker's next act, and so is a present one after a present verb
    quotes = _quotes_of(pipeline, "وقال توجندات إن الهجوم يبدو شروعا في القتل، وتوقع إلقاء اللوم على موسكو.")
    assert quotes[0].text == "الهجوم يبدو شروعا في القتل"
    quotes = _quotes_of(pipeline, "هنغاريا تصف الهجوم على الأنابيب بالإرهابي، وتدعو الأمم المتحدة إلى التحقيق.")
    assert "وتدعو" not in quotes[0].text


def test_a_body_named_before_a_comma_opens_with_its_noun_not_and(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وكالة بلومبرغ الأميركية، تقول إن معظم الرؤساء في السجن.")
    assert quote.speaker is not None and quote.speaker.name == "وكالة بلومبرغ الأميركية"
    (quote,) = _quotes_of(pipeline, "وقال \"جيش\" الاحتلال إنه قصف مواقع في غزة.")
    assert quote.speaker is not None and quote.speaker.code == "ISRMIL"


def test_israeli_figures_the_corpus_names_often_are_known_with_the_role_of_the_day(pipeline: Pipeline) -> None:
    from dataclasses import replace

    def speaker_code(sentence: str, date: str) -> str | None:
        article = replace(build_article("t", "عنوان", [sentence]), published=date)
        (quote,) = pipeline.analyze(article).quotes
        return quote.speaker.code if quote.speaker else None

    assert speaker_code("وقال غانتس إن الحرب ستطول.", "2023-11-01") == "ISRGOV"  # in the war cabinet
    assert speaker_code("وقال غانتس إن الحكومة فشلت.", "2023-03-01") == "ISROPP"
    assert speaker_code("وقال ليبرمان إن الحكومة فشلت.", "2018-06-01") == "ISRGOV"  # minister of defence
    assert speaker_code("وأكد هاليفي أن الجيش مستعد.", "2023-11-01") == "ISRMIL"
    assert speaker_code("وأعلن يحيى سريع أن القوات استهدفت سفينة.", "2023-12-01") == "YEMREB"


def test_as_one_says_names_whose_view_it_is_and_quotes_nothing(pipeline: Pipeline) -> None:
    assert _quotes_of(pipeline, "وبدأ الفيل بحركات كانت كما يقول \"غريمي\" أشبه بحركات راقص محترف.") == []
    assert _quotes_of(pipeline, "وهذا ما حدث كما يقول") == []  # a verb that ends the text quotes nothing
    (quote,) = _quotes_of(pipeline, "وكما قال \"لن نتراجع عن هذا القرار\" فإن الحكومة ماضية.")
    assert quote.text == "لن نتراجع عن هذا القرار"
    # كما is also "as well": what a quoted name reported follows it
    (quote,) = _quotes_of(pipeline, "كما ذكرت \"القناة السابعة\" الإسرائيلية، أن مستوطنا أصيب بالرصاص.")
    assert quote.speaker is not None and quote.text == "مستوطنا أصيب بالرصاص"


def test_a_family_name_alone_is_the_person_the_article_named_in_full(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال المتحدث باسم التحالف تركي المالكي إن الهجوم فشل.", "وأضاف المالكي أن القوات مستعدة.")
    assert [(q.speaker.name, q.speaker.code) for q in quotes if q.speaker] == [("تركي المالكي", "SAUMIL")] * 2
    # … a name the knowledge base does not know too, read after its title past a namesake's family name
    quotes = _quotes_of(pipeline, "أوضح المتحدث الرسمي لإدارة الطرق بالباحة مسفر المالكي أمس أن الطريق ضمن الخطة.",
                        "وأضاف المالكي أن العمل يبدأ قريبا.")
    assert [q.speaker.name for q in quotes if q.speaker] == ["مسفر المالكي"] * 2
    # … while a person named once in another spelling stays the one the knowledge base knows
    quotes = _quotes_of(pipeline, "وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة.", "وأضاف بوتين أن الحوار ممكن.")
    assert {q.speaker.id for q in quotes if q.speaker} == {quotes[0].speaker.id} and quotes[0].speaker.id is not None
    # … and without an article named in full, the knowledge base's person
    (quote,) = _quotes_of(pipeline, "وقال المالكي إن الحكومة مستمرة.")
    assert quote.speaker is not None and quote.speaker.name == "نوري المالكي"


def test_the_that_of_a_modal_opens_nothing_reported(pipeline: Pipeline) -> None:
    assert _quotes_of(pipeline, "وشدد الدكتور عبد الله العتيبي على خطورة الإصابات التي يمكن أن تقع على النظر.") == []
    assert _quotes_of(pipeline, "وأعربت المتحدثة عن خوف بلادها مما يمكن أن تسببه التسريبات.") == []
    (quote,) = _quotes_of(pipeline, "وقال الوزير إنه يجب أن تتوقف الحرب.")
    assert quote.text == "يجب أن تتوقف الحرب"


def test_the_high_commissioner_alone_is_the_one_named_in_full(pipeline: Pipeline) -> None:
    from dataclasses import replace
    article = replace(build_article("t", "عنوان", [
        "اعتبر المفوض السامي لحقوق الإنسان في الأمم المتحدة زيد رعد الحسين أن الرد لم يكن متكافئا.",
        "وحذر المفوض السامي من أن القتل قد يشكل انتهاكا.",
        "وأكد الوزير المفوض محمود عفيفي أن القرار مرفوض."]), published="2018-05-18")
    quotes = pipeline.analyze(article).quotes
    assert [(q.speaker.name, q.speaker.code) for q in quotes if q.speaker] == [
        ("زيد بن رعد الحسين", "IGOUNO"), ("زيد بن رعد الحسين", "IGOUNO"), ("محمود عفيفي", "GOV")]


def test_dashes_and_slashes_are_no_words_of_a_name(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقال المحامي محمد الربيعي / 51عاما/ إن الوضع في العراق لا يطاق.", "محمد الربيعي"),
        ("،وقال - محمد- أحد الباعة في محل العطور إن الإقبال يزداد.", "محمد"),
        ("وقال أركان حرب المنطقة العسكرية السادسة العميد/ منصور ثوابة في تصريح إن المواجهات اندلعت.",
         "العميد منصور ثوابة"),
    ])


def test_abd_after_a_lineage_word_does_not_count_against_a_name(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وقال الأمير فيصل بن خالد بن عبد العزيز إن الشهداء أبطال.", "فيصل بن خالد بن عبد العزيز"),
        ("وأكد الأمير عبد الله بن مساعد عضو شرف الهلال ورئيسه السابق أنه يحتفظ برسائل.", "عبد الله بن مساعد"),
    ])


def test_a_complementiser_after_the_verbs_comma_opens_the_content(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "قال رئيس الوزراء اليمني أحمد بن دغر إن بلاده تمر بأزمة.",
                        "وأشار، إلى أن توقف تصدير النفط ساهم في انهيار الريال.", "وأضاف، أنّ الحكومة ستعمل.")
    assert [q.text for q in quotes[1:]] == ["توقف تصدير النفط ساهم في انهيار الريال", "الحكومة ستعمل"]


def test_a_body_after_the_first_verb_speaks_through_the_joined_one(pipeline: Pipeline) -> None:
    (_, quote) = _quotes_of(pipeline, "ذكرت وكالة الأناضول التركية أن الاقتصاد قوي.",
                                "نفت مؤسسة البترول الكويتية وقف صادراتها النفطية إلى الولايات المتحدة، "
                                "وقالت إن تعاقداتها لا تزال قائمة.")
    assert quote.speaker is not None and quote.speaker.name == "مؤسسة البترول الكويتية"


def test_after_qad_a_verb_then_its_subject_then_what_it_published(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وكانت قد أبرزت إحدى الصحف الكتالونية معلومات تشير إلى أن برشلونة يستند إلى رغبة النجم.",
         "إحدى الصحف الكتالونية"),
        ("وكان قد نشر موقع أكسيوس تقريرا يفيد بأن المحادثات توقفت.", "موقع أكسيوس"),
    ])
    # … and no subject where a preposition follows the definite word (the verb's object, then a phrase)
    # (في وصف is the noun after its preposition: no quotation at all)
    quotes = _quotes_of(pipeline, "ثلاث كلمات تتكرر منذ سنوات، وقد بلغت الذروة في وصف الرواية الرسمية للعملية.")
    assert all(q.speaker is None or q.speaker.name != "الذروة" for q in quotes)


def test_a_family_name_nobody_listed_after_a_verb_is_the_person_named_in_full(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "كشف وزير الطاقة السعودي خالد الفالح أن السعودية قلقة.",
                        'ووصف الفالح الاتهامات الموجهة لشركات النفط بأنها "عبثية".',
                        "وأوضح مدير الأمن العام اللواء فهد القانوع أن الوضع مستقر.", "وأكد القانوع أن الحدود آمنة.")
    assert (quotes[1].speaker.text, quotes[1].speaker.name) == ("الفالح", "خالد الفالح")
    assert quotes[3].speaker.text == "القانوع" and quotes[3].speaker.name.endswith("فهد القانوع")
    assert quotes[1].text == 'الاتهامات الموجهة لشركات النفط بأنها "عبثية"'
    # … not words read as a name that are none (مون جاي أن … أكد أن: أن opens what was said)
    quotes = _quotes_of(pipeline, "وقال ترمب في محادثاته مع الرئيس الكوري الجنوبي، مون جاي أن، في البيت الأبيض: \"لا قمة\".",
                        "لكنه أكد أن الزعيم الكوري الشمالي جدي.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.id == "donald-trump"


def test_a_sheikh_of_a_ruling_house_is_its_states_not_a_cleric(pipeline: Pipeline) -> None:
    quotes = [_quotes_of(pipeline, s)[0] for s in (
        "كشف الشيخ حمدان بن محمد بن راشد آل مكتوم، ولي عهد دبي، أن الاستثمار ارتفع.",
        "وقال الشيخ حمدان بن محمد آل مكتوم إن الاستثمار ارتفع.")]
    assert [(q.speaker.name, q.speaker.code) for q in quotes] == [
        ("حمدان بن محمد بن راشد آل مكتوم", "AREGOV"), ("حمدان بن محمد آل مكتوم", "AREGOV")]
    (quote,) = _quotes_of(pipeline, "قال الأمير خالد بن سلمان بن عبد العزيز إن المملكة قوية.")
    assert (quote.speaker.name, quote.speaker.code) == ("خالد بن سلمان بن عبد العزيز", "SAUGOV")


def test_a_known_person_after_bin_is_the_father_in_the_sons_name(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقال متعب بن عبدالله بن عبدالعزيز إن الحرس جاهز.")
    assert (quote.speaker.name, quote.speaker.id, quote.speaker.code) == ("متعب بن عبدالله بن عبدالعزيز", None, "SAU")


def test_a_titles_holder_after_a_body_with_bi(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [
        ("وأوضح الناطق الإعلامي بصحة عسير سعيد بن عبدالله النقير أن الدكتور الهيجان حث الإدارة.",
         "سعيد بن عبدالله النقير"),
        ("وأوضح الناطق الإعلامي بصحة عسير سعيد النقير أن الدكتور الهيجان حث الإدارة.", "سعيد النقير"),
    ])


def test_whom_one_told_is_no_speaker_and_a_clauses_subject_after_that_speaks(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'كذلك، أكّدت الصحيفة أنّ وزير الخارجية الإسرائيلي، يسرائيل كاتس، أبلغ "الكابينت" أنّ '
                                  "نظيرته الألمانية تخشى المحاكمة.")
    assert quotes[-1].verb == "أبلغ" and quotes[-1].speaker.name == "يسرائيل كاتس"
    (quote,) = _quotes_of(pipeline, "يُذكر أنّ موسكو، قالت إنّ لديها ما ترد به.")
    assert quote.speaker.name == "موسكو"


def test_no_one_says_what_no_one_expected(pipeline: Pipeline) -> None:
    assert _quotes_of(pipeline, "ولم يتوقع أحد أن هؤلاء الأشخاص سيظلون نازحين.") == []
    (quote,) = _quotes_of(pipeline, "وقال أحد المسؤولين إن الوضع خطير.")
    assert quote.speaker.name == "أحد المسؤولين"


def test_a_verse_in_brackets_after_its_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "كما قال تعالى (شهد الله أنه لا إله إلا هو والملائكة وأولو العلم)، وهذا بين.")
    assert quote.text == "شهد الله أنه لا إله إلا هو والملائكة وأولو العلم" and quote.kind == "direct"


def test_a_participle_after_the_closing_mark_ends_what_was_said(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وقال الوزير إن "لا تعليق على الأنباء"، مكرراً الموقف الأميركي الثابت من الحرب.')
    assert quote.text == '"لا تعليق على الأنباء"'


def test_a_statement_issued_by_an_actor_is_its_words(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [("وأكد بيان صادر عن المقاومة أن قتلى من الحوثيين سقطوا.", "المقاومة"),
                                ("وقال بيان صادر عن وزارة الخارجية الروسية إن موسكو ترفض القرار.", "وزارة الخارجية الروسية")])
    (quote,) = _quotes_of(pipeline, 'وقال بيان صادر عن الممثلة التجارية الأميركية، إنها "ناقشت العلاقات التجارية".')
    assert quote.speaker.name == "بيان صادر"


def test_a_rank_ending_a_titles_complement_opens_the_holders_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "من جانبه انتقد قائد القوة البرية الإيرانية العميد أحمد رضا بوردستان بشدة تهديدات "
                                  'الرئيس الأميركي. وقال "يجب ألا نتصور أن عداء أميركا انتهى".')
    assert (quotes[-1].speaker.name, quotes[-1].speaker.code) == ("أحمد رضا بوردستان", "IRNMIL")


def test_a_family_name_known_alone_is_still_the_person_named_in_full(pipeline: Pipeline) -> None:
    article = build_article("t", "عنوان", ["قال رئيس الوزراء اللبناني سعد #الحريري إن الحكومة ستتشكل.",
                                           "وأضاف الحريري أن الوضع مستقر."])
    quotes = pipeline.analyze(article).quotes
    assert [q.speaker.name for q in quotes] == ["سعد #الحريري", "سعد #الحريري"]


def test_the_narrators_note_ends_what_was_said(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وقد أعرب المسيب عن شكره متمنياً ان تكون دافعاً له لبذل المزيد لخدمة وطنه، "
                                    "الجدير بالذكر ان المسيب من سكان منطقة الجوف.")
    assert quote.text == "تكون دافعاً له لبذل المزيد لخدمة وطنه"


def test_the_subject_a_conjunctions_that_opens_speaks_through_a_participle(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الرئيس الإيراني حسن روحاني إن بلاده ستبقى في الاتفاق.",
                        "بيد أن خامنئي الذي كان يخاطب الحكومة الإيرانية استدرك قائلا إنه يشك في الضمانات.")
    assert quotes[-1].speaker.name == "علي خامنئي"


def test_a_titles_complement_may_name_its_region_after_bi(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد عبدالرحيم العاصمي "
                                  "قائلا إنه في نحو الساعة الثانية تبلغ المركز.")
    assert quotes[-1].speaker.name == "محمد عبدالرحيم العاصمي"


def test_a_speaker_named_in_full_is_who_their_family_name_stands_for_later(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وقال أليكس شولتز، رئيس قسم تحليلات البيانات بفيسبوك: "هناك فارق بسيط".',
                        "وللتدليل على ذلك، قال شولتز إن الكلمات تختلف باختلاف سياقها.")
    assert [q.speaker.name for q in quotes] == ["أليكس شولتز", "أليكس شولتز"]
    assert quotes[-1].speaker.id is None  # not the chancellor Olaf Scholz, whom the knowledge base knows
    # … but the one the knowledge base knows keeps his identity (صائب عريقات)
    quotes = _quotes_of(pipeline, "وقال كبير المفاوضين صائب عريقات إن القرار باطل.", "وأضاف عريقات أن القيادة سترد.")
    assert quotes[-1].speaker.id is not None and quotes[-1].speaker.code


def test_a_feminine_verb_does_not_go_on_with_a_man(pipeline: Pipeline) -> None:
    labour = "وقال المتحدث باسم حزب العمال جون ماكدونيل إن الحزب يدين التعليقات."
    assert _last_speaker(pipeline, "وقالت ديان آبوت إنها تعتذر عن الرسالة.", labour,
                         'وقالت: "أرغب في سحب ملاحظاتي".') == "ديان آبوت"
    # … and a masculine one goes on with the man
    assert _last_speaker(pipeline, labour, 'وأضاف: "سنحقق في الأمر".') == "جون ماكدونيل"


def test_a_relative_clause_on_the_speaker_is_no_end_of_what_was_said(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وقالت لوكس، التي وصفت نفسها بأنها ناشطة حقوقية، إن "الاعتماد على تقارير '
                                  'الشرطة كان معيبا من الأساس".')
    said = [q for q in quotes if q.verb == "وقالت"]
    assert [q.text for q in said] == ['"الاعتماد على تقارير الشرطة كان معيبا من الأساس"']
    assert [q.text for q in quotes if q.verb == "وصفت"] == ["ناشطة حقوقية"]


def test_a_relative_pronouns_antecedent_speaks_through_its_verb(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "لكن العرض لم يحز على رضا هيئة المنافسة البريطانية، التي رأت مبدئيا، في يناير "
                                  "الماضي، أن ذلك لن يصب في المصلحة العامة.")
    assert [q.speaker.name for q in quotes] == ["هيئة المنافسة البريطانية"]
    quotes = _quotes_of(pipeline, "وقال الإعلام الإسرائيلي إن ما حدث أثار غضب روسيا، التي قالت إن التصريحات مرفوضة.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.id == "RUS"
    # … but not when the verb's subject follows it (الذي أشار البيان، التي تقول عنها المعارضة)
    quotes = _quotes_of(pipeline, "ولم يذكر البيان شيئا عن السائق الذي أشار البيان إلى أنه اعتقل.",
                        "وتعد هذه المقولات، التي تقول عنها المعارضة إنها كاذبة، جزءا من الحملة.")
    assert [q.speaker.text for q in quotes] == ["البيان", "المعارضة"]


def test_a_relation_before_a_headlines_name_is_who_speaks(pipeline: Pipeline) -> None:
    quotes = pipeline.analyze(build_article("t", 'محامي رونالدو: مزاعم الاغتصاب "ملفقة بالكامل"', ["نص."])).quotes
    assert [q.speaker.name for q in quotes] == ["محامي رونالدو"]


def test_whom_one_told_ends_the_speakers_name(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وأبلغ كونتي مؤتمرا صحفيا يوم الجمعة: أثق فيهما وأعمل معهما عن كثب.")
    assert quote.speaker is not None and quote.speaker.name == "كونتي"


def test_fa_inna_opens_no_speakers_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'ورغم أن ارتفاع مستوى الكوليسترول في البيض قد منحها "سمعة سيئة"، فإن مجموعة '
                                  "متزايدة من الأدلة تشير إلى أن الدهون المشبعة هي السبب الرئيسي.")
    assert [q.speaker.name for q in quotes] == ["مجموعة متزايدة من الأدلة"]


def test_a_clause_on_the_speakers_occasion_is_no_end_of_what_was_said(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وذكر أردوغان، في خطاب بأنقرة، أعلن فيه حزمة تحفيز للاستثمارات "كيف سيكون '
                                  'هناك استثمارات إذا لم تخفض أسعار الفائدة؟".')
    assert [(q.verb, q.speaker.name) for q in quotes] == [("وذكر", "رجب طيب أردوغان")]


def test_a_speakers_description_after_a_comma_may_run_long_before_the_colon(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وقالت براندي نونكي، من مركز بيركيلي لأبحاث تكنولوجيا المعلومات في مصلحة المجتمع '
                                  'بجامعة كاليفورنيا :"إنها تتخذ الخطوات الصحيحة".',
                        'لكنها أضافت أن :"الفيسبوك ما زالت أمامه مهمة كبيرة".')
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("براندي نونكي", "إنها تتخذ الخطوات الصحيحة"), ("براندي نونكي", '"الفيسبوك ما زالت أمامه مهمة كبيرة"')]


def test_a_name_before_its_long_title_speaks_and_whom_a_headline_answers_does_not(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "لكن مارك لوفتشوك مدير منظمة تنسيق الشؤون الإنسانية في الأمم المتحدة صرح أنه يأمل "
                                  "في الحصول على تعهدات بقيمة 8 مليارات دولار.")
    assert [q.speaker.name for q in quotes] == ["مارك لوفتشوك"]
    quotes = _quotes_of(pipeline, "وتابع وكيل رقيب خلوفة سعيد الأحمري والذي يعد الأقرب للإرهابي: «حدث الانفجار».")
    assert [q.speaker.name for q in quotes] == ["وكيل رقيب خلوفة سعيد الأحمري"]
    quotes = pipeline.analyze(build_article("t", "ميركل رداً على ترمب: يمكننا اتخاذ قرارات مستقلة", ["نص."])).quotes
    assert [q.speaker.id for q in quotes] == ["angela-merkel"]


def test_a_deputys_title_and_a_name_in_alif_lam_are_a_person(pipeline: Pipeline) -> None:
    # نائب رئيس الوزراء التركي is a person's title; إلهان folds to an article but opens a name between commas
    quotes = _quotes_of(pipeline, "أكد نائب رئيس الوزراء التركي، محمد شمشك، أن الاقتصاد يتعافى.",
                        "وأكد وزير الخارجية التركي، إلهان أوزغال، أن قطاع غزة يشهد مأساة.")
    assert [(q.speaker.name, q.speaker.code) for q in quotes] == [("محمد شمشك", "TURGOV"), ("إلهان أوزغال", "TURGOV")]


def test_adverbs_and_what_before_the_verb_name_no_one(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وأكد وزير الخارجية الروسي سيرغي لافروف أن الاتفاق مهم.",
                        "كذلك أكد أن الاتفاق النووي يتعلق باستقرار المنطقة.",
                        "ووصلت مسيراتهم إلى فلسطين،ما يؤكد أن غزة ليست وحدها.")
    assert [q.speaker.name for q in quotes[:2]] == ["سيرغي لافروف", "سيرغي لافروف"]
    assert quotes[2].speaker is None or quotes[2].speaker.text != "ما"  # the one speaking goes on, if anyone


def test_a_websites_name_and_a_manner_of_speaking_are_no_speakers(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "القيادي الفلسطيني علي بركة يكشف للميادين نت أن كتائب رفح لم تشارك في الحرب.",
                        'وإذ يسأل بتهكم "لماذا تلومون إيران؟" يوضح أن القيادة فيها لم تقل ذلك.')
    assert [q.speaker.name for q in quotes] == ["القيادي الفلسطيني علي بركة", "القيادي الفلسطيني علي بركة"]


def test_a_past_verbs_homograph_with_a_case_ending_is_a_noun(pipeline: Pipeline) -> None:
    # ردُّ إسرائيلي: "an Israeli response" (nominative), not رَدَّ (he replied)
    assert not _quotes_of(pipeline, 'ويعلق على ما قيل إنه ردُّ إسرائيلي " ما حصل مسخرة، وهو عبارة عن 3 طائرات '
                                    'صغيرة انطلقت من مكان ما داخل إيران".')
    assert [q.verb for q in _quotes_of(pipeline, 'وردَّ الوزير: "لا تعليق".')] == ["وردَّ"]


def test_a_name_quoted_inside_a_quotation_does_not_close_it(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, 'وأردف مناوي: "انتظرت حركة "تحرير السودان" 10 أشهر منذ بدء الحرب، لكن ذلك لم يحدث".')
    assert [q.text for q in quotes] == ['انتظرت حركة "تحرير السودان" 10 أشهر منذ بدء الحرب، لكن ذلك لم يحدث']
    # … but a quotation left open does not run on to a later one
    quotes = _quotes_of(pipeline, 'وقال المسؤول "إن التحقيق يكشف أن التفجير انتحاري. وأضاف "لكننا لم نصل بعد إلى حكم نهائي".')
    assert quotes[0].text.rstrip().endswith("انتحاري. وأضاف")


def test_a_title_and_the_body_it_heads_speak_as_one(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وأكد مدير عام وزارة الصحة في غزة، أن القطاع يعاني من نقص حاد في الوقود.",
                        "وأكد نائب قائد الحرس الثوري أن إيران قوية.",
                        "وقال وزير الاقتصاد السابق وزعيم حزب الديمقراطية والتقدم، علي باباجان، إن الاقتصاد يتراجع.")
    assert [(q.speaker.name, q.speaker.code) for q in quotes] == [
        ("مدير عام وزارة الصحة في غزة", "PSEHLH"), ("نائب قائد الحرس الثوري", "IRNMIL"), ("علي باباجان", "TURELI")]


def test_a_deputys_unlisted_title_and_a_news_agencys_name_go_on_the_speaker(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال نائب المدير العام لشركة الإنشاءات الهندسية الصينية، إن الشركة ستعمل على تطوير العاصمة.",
                        "وقالت وكالة أنباء الأناضول الرسمية التركية، إن الشرطة اعتقلت 22 متظاهرا.")
    assert [q.speaker.text for q in quotes] == ["نائب المدير العام", "وكالة أنباء الأناضول"]


def test_what_is_considered_the_finest_is_no_view(pipeline: Pipeline) -> None:
    assert not _quotes_of(pipeline, "يعتبر طراز «فورد GT» الجديد أرقى منتجات مجموعة «فورد» للأداء.")
    quotes = _quotes_of(pipeline, "ويعتبر خبراء الاقتصاد هذا القرار أخطر خطوة.")
    assert [q.speaker.name for q in quotes] == ["خبراء الاقتصاد"]


def test_fa_anna_misspelt_opens_no_speakers_name(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "ولأن العمل العام يتطلب مرونة مجتمعية، فأن العبودي ترى أنه من المتوقع أن تواجه "
                                  "المرأة بعض الصعوبات.")
    assert [q.speaker.name for q in quotes] == ["العبودي"]


def test_people_describing_in_a_plural_speak_and_what_follows_is_described(pipeline: Pipeline) -> None:
    # the definite plural is who describes, the indefinite noun after it what is described; a
    # demonstrative opening what is described ends the describers' name
    _assert_speakers(pipeline, [("ووصف الخبراء خطة الحكومة بالفاشلة.", "الخبراء"),
                                ("ويصف العلماء عادات النباتيين بالسيئة جدا.", "العلماء"),
                                ("ويصف العلماء هذه العادات بأنها سيئة.", "العلماء")])
    (quote,) = _quotes(pipeline, "عنوان", "ووصف الخبراء خطة الحكومة بالفاشلة.")
    assert quote.text.startswith("خطة الحكومة")


def test_no_one_is_quoted_by_as_he_put_it_a_written_text_or_an_aside_in_brackets(pipeline: Pipeline) -> None:
    # بحسب قوله is the speaker's own saying: the words before it are no speaker
    quotes = _quotes(pipeline, "عنوان", "وأوضح مانوليس كوجفيناس أن نتائج أبحاثهم خلصت إلى أن الالتزام بأنماط"
                     " الطعام يقلل من خطر الإصابة، وأن ذلك بحسب قوله يؤكد \"أهمية تقييم الإيقاع اليومي\".")
    assert [q.speaker.name for q in quotes if q.speaker] == ["مانوليس كوجفيناس"]
    # writing them (an object pronoun) says nothing; a complementiser inside brackets is no content
    assert not _quotes(pipeline, "عنوان", "يتبادلون هذه العبارات شفوياً، ويكتبونها إن لزم الأمر (بخط يدهم).")
    assert not _quotes(pipeline, "عنوان", "وهي تحمل بروازاً كُتب بداخله عبارة (أتمنى أن نهرم سوياً).")
    (quote,) = _quotes(pipeline, "عنوان", "وقال الوزير (في تصريح للصحفيين) إن العمل مستمر.")
    assert quote.text == "العمل مستمر"


def test_no_speaker_is_read_from_a_question_a_complementiser_whoever_or_god(pipeline: Pipeline) -> None:
    # رأيهم is their opinion (the verb with its object is written رآهم): nothing reported
    assert not _quotes(pipeline, "عنوان", "لا أدري على أي اساس بنوا رأيهم وهل نسوا أن الموسم لم ينطلق أصلاً.")
    (quote,) = _quotes(pipeline, "عنوان", "وتساءل الكاتب: إلى متى يكشفوا وأن يعروا الحقيقة؟")[-1:] or [None]
    assert quote is None or quote.speaker is None or "يعروا" not in quote.speaker.name
    whoever = _quotes(pipeline, "عنوان", "ومنهم من قال أشنع من ذلك.")
    assert all(q.speaker is None or q.speaker.name != "أشنع" for q in whoever)
    (prayer,) = _quotes(pipeline, "عنوان", "ودعا الدكتور خالد المصلح الله أن ينتقم من المفجرين.")
    assert prayer.speaker is not None and prayer.speaker.name == "الدكتور خالد المصلح"
    _assert_speakers(pipeline, [("وقال الشيخ عبد الله المطلق إن الأمر جائز.", "عبد الله المطلق")])


def test_whom_a_speaker_called_on_after_his_full_name_is_no_part_of_it(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "ومن جهته دعا العميد سعيد بن محمد القحطاني الأشقاء اليمنيين إلى المبادرة،"
                     " مبينًا أن مراكز التصحيح تعمل على مدار الساعة.")
    assert [q.speaker.name for q in quotes if q.speaker] == ["سعيد بن محمد القحطاني"]


def test_a_name_right_after_a_verb_of_saying_is_its_subject_not_a_second_verb(pipeline: Pipeline) -> None:
    # Macky Sall: سال folds like سأل (asked)
    (quote,) = _quotes_of(pipeline, "في حين، نفى سال أن تكون لديه دوافع خلفية.")
    assert (quote.verb, quote.speaker.name) == ("نفى", "سال")


def test_a_speaker_described_at_length_by_a_relative_clause_is_the_name_after_it(pipeline: Pipeline) -> None:
    (first, second) = _quotes_of(pipeline, "وقال رئيس شركة الكهرباء واللواء في الاحتياط الذي كان قد شغل منصب قائد"
                                 " المنطقة الجنوبية لسنوات طويلة، سامي تورجمان، إنّ الشركة ستواجه تحدياً.",
                                 "وأضاف، لوكالة رويترز، أنّ الضربة ممكنة.")
    assert (first.speaker.name, first.text) == ("سامي تورجمان", "الشركة ستواجه تحدياً")
    assert second.speaker.name == "سامي تورجمان"  # whom it was said to is no name


def test_who_follows_a_participle_is_its_object_not_its_speaker(pipeline: Pipeline) -> None:
    (reminded,) = _quotes_of(pipeline, 'وانتقد الوزير قرار الحكومة، مذكراً الحكومة بأن "الدستور واضح".')
    assert (reminded.verb, reminded.speaker.name) == ("مذكراً", "الوزير")


def test_a_describer_joined_by_wa_is_no_part_of_what_is_described(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'ووصفت الولايات المتحدة والأمم المتحدة ما يجري في الإقليم بأنه "تطهير عرقي".')
    assert quote.text.startswith("ما يجري")


def test_a_titled_name_before_a_relative_pronoun_is_its_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "ووصفت الصحيفة المشروع بأنه مهم.",
                          "واستمع الأعضاء إلى شرح من منسق اللجنة عبدالله العساف، الذي أوضح أن المركز جاهز.")[1:]
    assert (quote.speaker.name, quote.text) == ("عبدالله العساف", "المركز جاهز")


def test_passives_of_considering_and_alleging_quote_no_one(pipeline: Pipeline) -> None:
    for sentence in ("وأجرت الدولة تجربتها الخامسة، التي اعتبرت الأكبر حتى هذا التاريخ.",
                     "والوظائف الجيدة من أي نوع تعتبر مثل الفوز بجائزة في المدينة.",
                     "وطردت الحكومة ضباطا يُزعم بأنهم من الاستخبارات الروسية."):
        assert not _quotes_of(pipeline, sentence)
    assert _quotes_of(pipeline, "واعتبر الوزير أن القرار خاطئ.")


def test_where_something_was_written_is_no_writer(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'ونشر المتحدث فيديو للاعب وكتب فوقه "الماضي لك والمستقبل لك".')
    assert quote.speaker is not None and quote.speaker.name == "المتحدث"


def test_a_describing_verb_with_an_object_pronoun_has_its_subject_before_bianna(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'وعمل حسين طبيبا في المستشفى، ووصفه أحد الأطباء الذين عملوا معه بأنه كان'
                                    ' شخصية "غريبة".')
    assert (quote.speaker.name, quote.text) == ("أحد الأطباء", 'كان شخصية "غريبة"')
    assert not _quotes_of(pipeline, 'وتستخدم السرية صواريخ كثيرة، ويتم وصفها داخل أروقة الجيش بأنها اليد التي لا تخطئ.')


def test_relayed_from_a_source_past_the_agency_that_relays(pipeline: Pipeline) -> None:
    # the agency between نقلت and عن only passes on what the source said: the source speaks
    (quote,) = _quotes_of(pipeline, 'ونقلت وكالة "فرانس برس" عن مسؤول أمريكي أن حكومته وافقت على الشحنة.')
    assert (quote.speaker.text, quote.text) == ("مسؤول أمريكي", "حكومته وافقت على الشحنة")
    assert quote.verb.startswith("ونقلت") and quote.verb.endswith("عن")
    (quote,) = _quotes_of(pipeline, "كما نقلت الصحيفة البريطانية عن مصادر مطلعة أن المفاوضات توقفت.")
    assert quote.speaker.name == "مصادر مطلعة"
    (quote,) = _quotes_of(pipeline, "ونقلت الوكالة عن مصدر قضائي طلب عدم الكشف عن اسمه أن التحقيق مستمر.")
    assert (quote.speaker.text, quote.text) == ("مصدر قضائي", "التحقيق مستمر")  # طلب ends the source's name
    # نقل «moved», and عن طريق «by way of»: nothing relayed
    for sentence in ("ونقل المسعفون الجرحى إلى مستشفى عن بعد كيلومترين، وقالوا إن حالتهم مستقرة.",
                     "ونقل المسعفون الجرحى عن طريق البر، وقالوا إن حالتهم مستقرة."):
        assert [q.verb for q in _quotes_of(pipeline, sentence)] == ["وقالوا"], sentence


def test_a_saying_after_the_relayed_source_ends_its_name(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "ونقلت الإذاعة الإسرائيلية عن يعالون القول إن الجيش مستعد.")
    assert (quote.speaker.name, quote.text) == ("يعالون", "الجيش مستعد")
    # … and قوله after the source opens the quotation itself, as before
    (quote,) = _quotes_of(pipeline, "ونقلت صحيفة الغارديان عن مصدر حكومي قوله إن بلاده لن تتراجع.")
    assert (quote.verb, quote.speaker.name, quote.text) == ("قوله", "مصدر حكومي", "بلاده لن تتراجع")


def test_relayed_from_a_pronoun_the_one_named_before_speaks(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقال الخبير الأمني أحمد ميزاب إن التقرير مهم.",
                        "ونقلت عنه صحيفة الفجر الجزائرية قوله إن السلاح منتشر في ليبيا.")
    assert [(q.speaker.name, q.text) for q in quotes][1:] == [("أحمد ميزاب", "السلاح منتشر في ليبيا")]


def test_but_he_before_the_next_saying_ends_what_was_said(pipeline: Pipeline) -> None:
    first, second = _quotes_of(pipeline, "وقال لافروف في مؤتمر صحفي إن تسوية الحرب بحاجة إلى حوار بين كل الأطراف"
                                         " ، ولكنه أضاف أن تنظيم داعش هو الخطر الرئيسي.")
    assert first.text == "تسوية الحرب بحاجة إلى حوار بين كل الأطراف"
    assert second.text == "تنظيم داعش هو الخطر الرئيسي"


def test_a_colon_inside_brackets_opens_no_direct_speech(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "وكتب فريق البحث في نشرة (الحساسية وعلوم المناعة الإكلينيكية:الممارسة) إن"
                                    " الحساسية من الأسماك هي أكبر مسبب.")
    assert (quote.kind, quote.text) == ("indirect", "الحساسية من الأسماك هي أكبر مسبب")


def test_behind_it_is_no_verb_of_seeing(pipeline: Pipeline) -> None:
    # ورائها: وراء (behind) and a pronoun, folded like و + رأى + ها; the participle رائيا still reports
    assert not _quotes_of(pipeline, "وليس عندي استعداد لمشاهدة مباريات ودية لا فائدة من ورائها، ولا أريد أن أراها.")
    (quote,) = _quotes_of(pipeline, "وقال الوزير إن الرسالة من ورائها كلها تشير إلى تورط الميليشيات.")
    assert quote.text == "الرسالة من ورائها كلها تشير إلى تورط الميليشيات"
    (quote,) = _quotes_of(pipeline, "وانتقد الوزير الخطة، رائيا أن الحكومة فشلت.")
    assert quote.text == "الحكومة فشلت"


def test_a_dashed_dateline_names_no_speaker(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, "سبق- القاهرة: أصدر الاتحاد السعودي للكرة الطائرة أمس بيانا، أكد فيه أن الحفل"
                                    " كان في إحدى السفن.")
    assert quote.speaker is not None and quote.speaker.code != "EGY"


def test_the_writer_of_what_was_published_speaks_in_it(pipeline: Pipeline) -> None:
    # ونشر … تدوينة، قال فيها: the name set off before the post wrote it
    first, second = _quotes_of(pipeline, "ونشر الباحث في المشروع، إيفان فراتريك، تدوينة، قال فيها، إن أبل تصلح الثغرات"
                                         " دون إبلاغ المستخدمين، وأضاف أن الأمر حدث خلال التحديث.")
    assert first.speaker.name == second.speaker.name == "إيفان فراتريك"
    (quote,) = _quotes_of(pipeline, 'وقبل أيام، نشرت مجلة "نيو ستيتسمان" البريطانية، مقالاً قالت فيه إن الوضع معقد.')
    assert quote.speaker is None or "نشرت" not in quote.speaker.name


def test_a_statement_speaks_for_whoever_issued_it(pipeline: Pipeline) -> None:
    quotes = _quotes_of(pipeline, "وقالت وزارة الدفاع المولدوفية، في بيان، إن المناورات ستجري في مراكز التدريب.",
                        "وأضاف البيان أن القوات الخاصة للدول الأربع ستجري عمليات إطلاق نار.")
    assert quotes[1].speaker.text == "البيان" and quotes[1].speaker.name == quotes[0].speaker.name
    assert quotes[0].speaker.name != "البيان"
    # a statement that names no owner learns none (بيان لرئاسة أمن الدولة)
    quotes = _quotes_of(pipeline, "وقال بيان صادر عن الرئاسة إن الوضع مستقر.", "وأضاف البيان أن الحدود آمنة.")
    assert quotes[1].speaker.name == "البيان"


def test_a_saying_then_inna_with_its_shadda(pipeline: Pipeline) -> None:
    # قوله إنّ: the complementiser with its shadda is no word said; nor are the words after it an aside
    (quote,) = _quotes_of(pipeline, 'نقلت وكالة "بلومبرغ" الأميركية، عن مسؤول إسرائيلي، قوله إنّ المحادثات ستُجرى في الدوحة.')
    assert quote.text == "المحادثات ستُجرى في الدوحة"
    (quote,) = _quotes_of(pipeline, 'نقلت صحيفة "نيويورك تايمز" عن مسؤولين أميركيين قولهم إنّ الدفاعات الجوية "لم تكن تعمل'
                                    ' بكامل طاقتها" قبل الضربة.')
    assert quote.text.startswith("الدفاعات الجوية") and quote.text.endswith("قبل الضربة")


def test_a_feminine_participle_before_anna_with_a_pronoun_opens_what_is_said(pipeline: Pipeline) -> None:
    # مضيفة أنها: the participle says something of its own, which ends what was said before it
    first, second = _quotes_of(pipeline, "وقالت المؤسسة: إن الموعد النهائي لتقديم العروض اليوم، مضيفة أنها تريد"
                                         " شحن الكميات خلال الفترة.")
    assert first.text == "الموعد النهائي لتقديم العروض اليوم"
    assert (second.verb, second.text) == ("مضيفة", "تريد شحن الكميات خلال الفترة")
    # … said by the clause's subject, not by the press a statement was given to
    (quote,) = _quotes_of(pipeline, "وأعلنت حركة طالبان مسؤوليتها عن هجوم فاراه في بيان لوسائل الإعلام، قائلة إنها"
                                    " أطلقت هجوماً من عدة اتجاهات.")
    assert quote.speaker.code.endswith("REB") or "طالبان" in quote.speaker.name


def test_a_reporting_word_with_tanwin_is_a_noun(pipeline: Pipeline) -> None:
    # رداً: the accusative noun (a response), not ردّا (the two replied) — what was said goes on past it
    (quote,) = _quotes_of(pipeline, "وأكدت كوريا الشمالية أنّه إذا استمرت تهديدات الأعداء ضد بلاده، فسوف يلقون رداً"
                                    " بالأسلحة النووية.")
    assert quote.text.endswith("بالأسلحة النووية")


def test_a_verb_in_a_relative_clause_inside_what_was_said(pipeline: Pipeline) -> None:
    # والذي رأى فيه اليسار …: a clause on a noun of the content, no new saying
    (quote,) = _quotes_of(pipeline, "وأشارت الوكالة إلى أنّ اليمين المتطرف مارس ضغوطاً من أجل إصدار قرار الحظر، والذي"
                                    " رأى فيه اليسار الفرنسي تعدياً على الحريات المدنية.")
    assert quote.text.endswith("تعدياً على الحريات المدنية")


def test_a_quoted_word_opening_what_was_said(pipeline: Pipeline) -> None:
    # أنّ "جيش" الاحتلال أعلن: the quoted word is the content's subject, and أعلن its own verb
    (quote,) = _quotes_of(pipeline, 'وذكرت وسائل إعلام إسرائيلية أنّ "جيش" الاحتلال أعلن، للمرة الأولى، أنّ الضرر في'
                                    ' كفاءته بدأ.')
    assert quote.text.startswith('"جيش" الاحتلال أعلن') and quote.text.endswith("بدأ")


def test_a_speaker_quoted_in_part_keeps_both_marks(pipeline: Pipeline) -> None:
    (quote,) = _quotes_of(pipeline, 'ونقل الموقع عن مصادر "رفيعة المستوى" قولها إنّ الحاكمين ما زالا يحصلان على مبادرات.')
    assert quote.speaker.name == 'مصادر "رفيعة المستوى"'
    (quote,) = _quotes_of(pipeline, 'ونقلت الوكالة عن "الشاباك" قوله إن الخلية فككت.')
    assert quote.speaker.name == "الشاباك"


def test_the_actor_before_a_present_verb_speaks_to_the_one_after(pipeline: Pipeline) -> None:
    # كوريا الشمالية تحذّر الأمم المتحدة من أن: subject, verb, whom it warns
    (quote,) = _quotes_of(pipeline, "كوريا الشمالية تحذّر الأمم المتحدة من أن شبه الجزيرة الكورية تواجه خطر حرب نووية.")
    assert quote.speaker.code == "PRK"


def test_a_name_after_a_second_title_is_the_holder_of_both(pipeline: Pipeline) -> None:
    # القائد السابق …، وخبير "الناتو" في …، وليام كويدام، إنّ: one man, his two titles, then his name
    (quote,) = _quotes_of(pipeline, 'قال القائد السابق للقوات الجوية الهولندية، وخبير "الناتو" في الأنظمة المضادة'
                                    ' للطائرات المسيّرة، وليام كويدام، إنّ هذه الطائرات "صغيرة وسريعة".')
    assert quote.speaker.name == "وليام كويدام"
    (quote,) = _quotes_of(pipeline, 'بدوره، قال رئيس الوزراء التركي الأسبق، ورئيس حزب "المستقبل" المعارض، أحمد داوود'
                                    ' أوغلو، في تغريدة: "صناديق الاقتراع مفتوحة".')
    assert quote.speaker.name == "أحمد داوود أوغلو"


def test_a_prince_named_turki_is_no_turk(pipeline: Pipeline) -> None:
    # الأمير تركي الفيصل: a given name after the style, not the Turkish government
    (quote,) = _quotes_of(pipeline, "كشف الأمير تركي الفيصل أن رجل السياسة السعودي كان ينوي التركيز على قضية القضايا.")
    assert quote.speaker.name == "تركي الفيصل" and not (quote.speaker.code or "").startswith("TUR")


def test_where_and_when_it_was_said_end_an_unknown_speaker(pipeline: Pipeline) -> None:
    _assert_speakers(pipeline, [("وقال الرزاز بتغريدة على حسابه في تويتر إن الحوار سيركز على التنمية.", "الرزاز"),
                                ("وكشفت إدارة ترمب الأسبوع الماضي أنها تواصل العمل على تدابير عقابية.", "إدارة ترمب"),
                                ("وقال مصدر مطلع إن الاتفاق قريب.", "مصدر مطلع")])


def test_a_subject_joined_with_wa_opens_its_own_saying(pipeline: Pipeline) -> None:
    # طهران تكشف عن رسالة … والأردن يؤكد أن: Jordan says it, not Tehran
    (quote,) = _quotes_of(pipeline, "طهران تكشف عن رسالة أميركية بشأن الهدنة والأردن يؤكد أن تهجير الفلسطينيين يعني"
                                    " إعلان حرب.")
    assert (quote.verb, quote.speaker.code) == ("يؤكد", "JOR")
    # … but not the second of two who said it together, nor the last of a list (بوتين ورئيسي أكدا)
    (quote,) = _quotes_of(pipeline, "وأكد المتحدث باسم الكرملين أن بوتين ورئيسي أكدا استمرار الاتصالات.")
    assert quote.text == "بوتين ورئيسي أكدا استمرار الاتصالات"


def test_by_saying_is_no_speaker(pipeline: Pipeline) -> None:
    # ويختم بقوله إن: the one named before ends by saying
    first, second = _quotes_of(pipeline, "وقال المحلل سركيس أبو زيد إن المقاومة قوية.",
                               'ويختم بقوله إن "خطوات المقاومة أرعبت العدو".')
    assert second.speaker.name == first.speaker.name == "سركيس أبو زيد"


def test_a_family_name_written_as_a_demonym_after_a_verb_of_saying(pipeline: Pipeline) -> None:
    # وقال السوداني: the Iraqi prime minister named in full before, not Sudan; الجيش السوداني stays Sudan's army
    first, second = _quotes_of(pipeline, "التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني في طهران.",
                               'وقال السوداني "إنّ زيارتي لإيران تؤكد عمق العلاقات".',
                               "وأكد الجيش السوداني أن المعارك مستمرة.")
    assert first.speaker.code == "IRQGOV" and second.speaker.code == "SDNMIL"


def test_a_four_word_name_after_a_rank_before_the_reporting_verb(pipeline: Pipeline) -> None:
    # العميد أمير علي حاجي زاده يؤكّد: علي with its ya is a name, زاده a Persian family name
    (quote,) = _quotes_of(pipeline, "قائد القوة الجو-فضائية لحرس الثورة العميد أمير علي حاجي زاده يؤكّد أنّ قدرات إيران"
                                    " تجاوزت حدود المنطقة.")
    assert quote.speaker.name == "أمير علي حاجي زاده" and quote.speaker.code == "IRNMIL"


def test_a_reporting_word_after_a_preposition_is_its_noun(pipeline: Pipeline) -> None:
    # في دعواها (her lawsuit, not دعوا + ها), سوى رد من: nouns; the relative clause's verb speaks for its antecedent
    assert _quotes_of(pipeline, "وتطالب المدعية العامة في دعواها بأن يدفع المدعى عليهم تعويضاً.") == []
    (quote,) = _quotes_of(pipeline, 'لم تتلق المنظمة سوى رد من شركة جنرال موتورز، التي أجابت بأنها "ملتزمة" بعدم العمل'
                                    " مع إيران.")
    assert (quote.verb, quote.speaker.code) == ("أجابت", "USABUS")
    # … but علي the name before a verb is no على, and في رأي X أن is X's view
    (quote,) = _quotes_of(pipeline, 'الطفل علي قال بالمناسبة إن "اللغة العربية هي لغة القرآن".')
    assert quote.verb == "قال" and (quote.speaker is None or quote.speaker.name != "بالمناسبة")


def test_a_lede_in_the_present_ends_before_the_next_actor_and_verb(pipeline: Pipeline) -> None:
    # الرئيس الأذربيجاني يؤكد أنّ …، وإردوغان يشيد بـ…: Erdogan's praise is no part of what Aliyev said
    quote = _quotes_of(pipeline, "الرئيس الأذربيجاني إلهام علييف يؤكد أنّ بلاده ستضمن حقوق الأرمن، وإردوغان يشيد"
                                 ' بـ"انتصار" باكو.')[0]
    assert quote.text == "بلاده ستضمن حقوق الأرمن"
    # … and before a next actor that reports in turn (، وستولتنبرغ يقول إن), his name no tail of the first
    first, second = _quotes_of(pipeline, "لوكاشينكو يؤكد أن بلاده ستحدد ترتيب استخدام الأسلحة النووية، وستولتنبرغ يقول إن"
                                         " الناتو ينبغي له عدم الاستهانة بروسيا.")
    assert first.text == "بلاده ستحدد ترتيب استخدام الأسلحة النووية" and second.speaker.code is not None
    # … a past report goes on through such a clause (أكد أن …، والأردن يدعم ذلك may be what was said)
    (quote,) = _quotes_of(pipeline, "وأكد الوزير أن بلاده ستضمن حقوق الأرمن، والأردن يدعم ذلك.")
    assert quote.text.endswith("والأردن يدعم ذلك")


def test_the_outlet_glued_to_a_speakers_name(pipeline: Pipeline) -> None:
    # وقال فضل اللهللميادينإنّه: the words said to al-Mayadeen, glued to the name and to the complementiser
    (quote,) = _quotes_of(pipeline, 'وقال فضل اللهللميادينإنّه "عندما ننتصر لغزة، فإنّنا ننتصر للبنان".')
    assert quote.speaker.name == "فضل الله" and quote.text.startswith('"عندما ننتصر')
    (quote,) = _quotes_of(pipeline, "وقال الباحث جهرميللميادينأنّ الوضع خطير.")
    assert (quote.speaker.name, quote.text) == ("الباحث جهرمي", "الوضع خطير")
    # … and its own correspondent, glued (مراسلالميادينبأنّ)
    (quote,) = _quotes_of(pipeline, "وأفاد مراسلالميادينبأنّ الاحتلال قصف المنطقة.")
    assert (quote.speaker.name, quote.text) == ("مراسل", "الاحتلال قصف المنطقة")


def test_a_title_and_its_agency_and_one_of_a_group(pipeline: Pipeline) -> None:
    # مدير وكالة الاستخبارات: the agency completes his title (not whom he told); عن أحد ضباط الاحتياط قوله
    (quote,) = _quotes_of(pipeline, 'قال مدير وكالة الاستخبارات المركزية الأميركية، وليام بيرنز، إنه "من الضروري أن'
                                    ' تأخذ الولايات المتحدة رغبة الصين بجدية".')
    assert quote.speaker.name == "وليام بيرنز"
    (quote,) = _quotes_of(pipeline, 'ونقلت وسائل إعلام إسرائيلية عن أحد ضباط الاحتياط في الجيش قوله إنّ "التطوع'
                                    ' سيتوقف".')
    assert quote.speaker.text.startswith("أحد ضباط")


def test_bayyana_written_with_its_shadda_reports(pipeline: Pipeline) -> None:
    # بيّن فريدمان أنّ: the shadda tells the verb from بين (between); a participle after it goes on with him
    first, second = _quotes_of(pipeline, "وبخصوص الخسائر، بيّن فريدمان أنّ الحرب أصابت الاقتصاد في العمق، مشيراً إلى"
                                         " أنّ الكساد قادم.")
    assert first.verb == "بيّن" and first.speaker.name == second.speaker.name == "فريدمان"
    assert _quotes_of(pipeline, "هناك فرق بيّنٌ بين الموقفين أنّ الحل قريب.") == []


def test_a_count_is_no_name_in_apposition(pipeline: Pipeline) -> None:
    # قوات التحالف قامت بغارة جوية، خلفت الغارة عشرات الجرحى، أوضح المستشار …: no person named by the count
    quotes = _quotes_of(pipeline, "وقال المتحدث إن قوات التحالف قامت بغارة جوية، خلفت الغارة عشرات الجرحى، أوضح"
                                  " المستشار المنصور أن الفريق تحقق من الحادثة.")
    assert quotes[-1].speaker.name == "المستشار المنصور"


def test_an_adjective_in_hamza_below_is_no_past_verb(pipeline: Pipeline) -> None:
    # وقت إضافي، لعام إضافي: أضاف is written with أ; إضافي is "additional"
    assert _quotes_of(pipeline, "وانتهى الوقت الأصلي بالتعادل ليتم اللجوء إلى وقت إضافي، حيث سجل فيدا هدفا.") == []


def test_a_quoted_outlet_name_after_its_noun_is_no_quotation(pipeline: Pipeline) -> None:
    # لشبكة "أي بي سي نيوز" الأميركية أنّ: the outlet it was said to; what was said follows أنّ
    (quote,) = _quotes_of(pipeline, 'أكّد مصدر سياسي إسرائيلي لشبكة "أي بي سي نيوز" الأميركية أنّ نتنياهو تفاجأ من حديث'
                                    " بايدن.")
    assert quote.text == "نتنياهو تفاجأ من حديث بايدن"
    # … but the press in general is followed by the words themselves (قال للصحافيين "…")
    (quote,) = _quotes_of(pipeline, 'وقال الخطيب للصحافيين "إن نحو 280 ألف مصلٍّ أدوا صلاة الجمعة".')
    assert "280 ألف" in quote.text


def test_written_in_it_is_no_reply(pipeline: Pipeline) -> None:
    # مقال … وفيه يرد حرفياً أنه: it is written there (ورد), not the reply of a speaker named حرفياً
    quotes = _quotes_of(pipeline, 'استعرض هكوهين وجهة نظره في مقال وفيه يرد حرفياً أنه "حقق حزب الله إنجازاً".')
    assert all(q.speaker is None or q.speaker.name != "حرفياً" for q in quotes)


def test_a_present_lede_ends_before_the_speakers_next_act_and_each_of_names_the_speakers(pipeline: Pipeline) -> None:
    # تؤكد بارك أنها ضحية …، وترفض حضور الجلسات: her next act, not what she said (but وتمنع after يؤكد is the
    # content's subject's, and توقعت is a past verb: وتحقيق نمو goes on with the forecast)
    (quote,) = _quotes_of(pipeline, 'تؤكد بارك أنها ضحية "انتقام سياسي"، وترفض حضور جلسات المحكمة منذ أكتوبر.')
    assert quote.text == 'ضحية "انتقام سياسي"'
    (quote,) = _quotes_of(pipeline, "الرئيس يؤكد أنّ إسرائيل تقتل المدنيين، وتمنع دخول المساعدات.")
    assert quote.text.endswith("وتمنع دخول المساعدات")
    # وأضاف كل من هاريس وزهو: the two named after كل من
    (quote,) = _quotes_of(pipeline, 'وأضاف كل من هاريس وزهو: "كان يُنظر إلى العجز الكبير على أنه دليل".')
    assert quote.speaker.name == "هاريس وزهو"


def test_a_name_set_off_by_commas_after_a_long_title_or_an_aside(pipeline: Pipeline) -> None:
    # seven words of title, or an aside in parentheses, before the name between commas: still its holder
    _assert_speakers(pipeline, [
        ("وأوضح المتحدث باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية، رأفت الصباغ، أن الرحلة خصصت للأدوية.",
         "رأفت الصباغ"),
        ("وقالت المتحدثة باسم وكالة الدفاع المدني في مقاطعة هاواي، جانيت سنايدر، إن الإجلاء بدأ مساء الجمعة.",
         "جانيت سنايدر"),
        ("صرح المتحدث الرسمي باسم القوات (تحالف دعم الشرعية في اليمن)، العقيد علي الحربي، أن الهجوم فشل.",
         "العقيد علي الحربي"),
    ])
    # … but not whom it was told to, nor a name past a quotation
    (quote,) = _quotes_of(pipeline, "قال سيرهي تشيريفاتي، المتحدث باسم مجموعة القوات المتركزة في شرق أوكرانيا،"
                                    " للتلفزيون الوطني، إن القوات الروسية شنت 324 هجوماً.")
    assert quote.speaker.name == "سيرهي تشيريفاتي"
    quotes = _quotes_of(pipeline, "وقال سمو الأمير فيصل بن خالد: «اطلعت على كافة الاستعدادات، ورأيت أن العمل جميل».")
    assert all(q.speaker.name != "ورأيت" for q in quotes)


def test_a_place_described_between_commas_is_no_name(pipeline: Pipeline) -> None:
    # بمايدوغوري، عاصمة بورنو،: the city described, not the official's name
    (quote,) = _quotes_of(pipeline, 'وقال مسؤول في الميليشيا المدنية بمايدوغوري، عاصمة بورنو، "ليس لدي العدد الدقيق".')
    assert "بورنو" not in quote.speaker.name


def test_what_seems_or_means_is_no_reported_content(pipeline: Pipeline) -> None:
    # ويبدو أنهم …، ما يعني أن …: the writer's inference, not what the subject announced
    for sentence in (("يذكر ان العلماء اعلنوا في شهر مايو الماضي عن ابتكار ما يسمح بالتخلص من فقدان البصر، ويبدو انهم"
                      " كانوا يقصدون ابتكار عدسة."),
                     'وأعلنت "فاغنر" الروسية السيطرة على بلدة بيرخيفكا، ما يعني أنّ القوات الروسية بدأت تحكم الكماشة.'):
        assert _quotes_of(pipeline, sentence) == [], sentence


def test_a_speaker_named_with_an_honorific_speaks_on_with_nothing_quoted_yet(pipeline: Pipeline) -> None:
    # شدد … الدكتور خالد الدقل على أهمية … (nothing quoted) — وأفاد أن: he goes on, though no list knows him
    quotes = _quotes_of(pipeline, "وحول هذا الملف شدد عضو اللجنة الوطنية الصناعية في مجلس الغرف السعودية الدكتور"
                                  " خالد الدقل على أهمية البحث عن وقود بديل، مشيرا إلى أهمية الطاقة البديلة.",
                        "وأفاد أن مصادر الوقود البديلة تؤكد أن الخطر يمكن احتواؤه.")
    assert quotes[-1].speaker.name == "الدكتور خالد الدقل"


def test_findings_speak_through_the_present_verb_after_them(pipeline: Pipeline) -> None:
    # مع توقعات تشير إلى أن، وسط تقديرات غير رسمية تشير: the forecasts say it, not the last speaker
    quotes = _quotes_of(pipeline, "وقال الرئيس الأرجنتيني إن الوضع صعب.",
                        "وقرر البنك المركزي رفع الفائدة مع توقعات تشير إلى أن عدد الزيادات سيصل إلى 4 مرات.",
                        "وسط تقديرات غير رسمية تشير إلى أن الميليشيا زرعت مليون لغم.")
    assert [q.speaker.name for q in quotes] == ["الرئيس الأرجنتيني", "توقعات", "تقديرات غير رسمية"]


def test_the_holder_after_a_title_and_its_body_speaks(pipeline: Pipeline) -> None:
    # أكد رئيس البرلمان اللبناني نبيه بري ضرورة …، مشيراً: the speaker is Berri, not the words after the verb
    (quote,) = _quotes_of(pipeline, "أكد رئيس البرلمان اللبناني نبيه بري ضرورة امتلاك الجرأة في مواجهة الفراغ،"
                                    " مشيراً إلى أن صون إنجاز التحرير واجب وطني.")
    assert (quote.speaker.id, quote.speaker.code) == ("nabih-berri", "LBNLEG")


def test_the_holder_named_after_an_unlisted_title_and_its_complement_speaks(pipeline: Pipeline) -> None:
    # مدير عام تعليم القصيم عبدالله الركيان: the director speaks, coded by his title; so does a rank's holder
    (quote,) = _quotes_of(pipeline, "أكد مدير عام تعليم القصيم عبدالله الركيان، خلال اجتماعه بالمشرفين أن"
                                    " المسؤولية عظيمة.")
    assert (quote.speaker.name, quote.speaker.code) == ("عبدالله الركيان", "SAUGOV")
    (quote,) = _quotes_of(pipeline, "ويرى الأدميرال كورت تيد أن المناطيد العسكرية قادرة على تغيير قواعد اللعبة.")
    assert quote.speaker.name == "كورت تيد"


def test_a_place_in_a_police_title_is_no_holder(pipeline: Pipeline) -> None:
    # قائدة شرطة مدينة فيلادلفيا الأميركية: the city is the police's, no name of the chief
    (quote,) = _quotes_of(pipeline, "وقالت قائدة شرطة مدينة فيلادلفيا الأميركية إن 7 أشخاص أصيبوا في إطلاق نار.")
    assert quote.speaker.name != "فيلادلفيا الأميركية"


def test_a_title_and_its_holder_before_the_verb(pipeline: Pipeline) -> None:
    # خاصة أن وزير التعليم "د. عزام الدخيل" قال: the minister speaks, named in marks after د.; the
    # clause's opening words (خاصة أن) are no name
    sentence = "وتنتظر المدن قرارا، خاصة أن وزير التعليم {} قال إن الصلاحيات كافة للمديرين."
    for name in ('"د. عزام الدخيل"', "عزام الدخيل"):
        (quote,) = _quotes_of(pipeline, sentence.format(name))
        assert (quote.speaker.name, quote.speaker.code) == ("عزام الدخيل", "GOVEDU"), name
    (quote,) = _quotes_of(pipeline, "وتنتظر المدن قرارا، خاصة أن وزير التعليم قال إن الصلاحيات كافة للمديرين.")
    assert quote.speaker.name == "وزير التعليم"


def test_a_participle_after_the_closing_mark_is_the_speakers_next_act(pipeline: Pipeline) -> None:
    # اعلنت المفوضية انها "على علم بتدهور الوضع" مشيدة بالتعاون: what was said ends at the mark, and the
    # praise is the commission's
    text = ('ووعدت الحكومة البريطانية بتخصيص عشرة ملايين يورو، وفي بروكسل، اعلنت المفوضية الاوروبية انها'
            ' "على علم بتدهور الوضع" مشيدة بالتعاون بين البلدين.')
    result = pipeline.analyze(build_article("t", "عنوان", [text]))
    (quote,) = result.quotes
    assert quote.text == '"على علم بتدهور الوضع"'
    (praise,) = [e for e in result.events if e.type == "SUPPORT"]
    assert praise.source.code == "IGOEUREEC"


def test_a_body_named_after_the_opening_verb_goes_on_speaking(pipeline: Pipeline) -> None:
    # نشرت صحيفة "نيويورك تايمز" تقريراً … وقالت إن: the newspaper says it, not the one spoken of before
    quotes = _quotes_of(pipeline, "وقالت وكالة بلومبيرغ إن الوضع خطير.",
                        'وقبل أيام، نشرت صحيفة "نيويورك تايمز" الأميركية تقريراً عن التنافس في إفريقيا، وقالت إنّ'
                        " أحدث نقطة اشتعال هي تشاد.")
    assert quotes[-1].speaker.name == "نيويورك تايمز"
    # … but not a place named after the body and another word (واستهجن المجلس محاولات قطر)
    quotes = _quotes_of(pipeline, "واستهجن المجلس محاولات قطر إقحام اسم السعودية في القضية، مؤكدا أن هذا موقف سياسي.")
    assert quotes[-1].speaker is None or quotes[-1].speaker.code != "QAT"


def test_the_organisation_is_no_feminine_title(pipeline: Pipeline) -> None:
    # المنظمة المعنية بحقوق الإنسان: the organisation speaks, not "بحقوق الإنسان" read as an organiser's name
    (quote,) = _quotes_of(pipeline, "وتقول المنظمة المعنية بحقوق الإنسان إن بيانات رسمية تكشف أن 2305 أشخاص احتجزوا.")
    assert quote.speaker.name == "المنظمة المعنية بحقوق الإنسان"


def test_an_adverb_after_the_verb_is_no_speaker(pipeline: Pipeline) -> None:
    # أعربوا علناً، وقال صراحةً: the adverb (fathatan) is how, not who; مصدرٌ أمني (dammatan) is a speaker
    (quote,) = _quotes_of(pipeline, 'وحتى إن قادة "حزب الله" قد أعربوا علناً عن أملهم في أن يوفر لهم الاتفاق مبالغ كبيرة.')
    assert quote.speaker is not None and quote.speaker.name != "علناً"
    quotes = _quotes_of(pipeline, "وقال حسن نصر الله إن المقاومة قوية.", "وقال صراحةً إن الحل بعيد.")
    assert quotes[-1].speaker.id == "hassan-nasrallah"
    (quote,) = _quotes_of(pipeline, "وقال مصدرٌ أمني إن المهاجمين فروا.")
    assert quote.speaker.name == "مصدرٌ أمني"


def test_words_misread_as_a_speaker_do_not_become_the_subject(pipeline: Pipeline) -> None:
    # وقال بالفم الملآن: a phrase opening with بال is no one the text goes on about; وأضاف stays Berri's
    quotes = _quotes_of(pipeline, "وقال نبيه بري إن الوضع صعب. وقال بالفم الملآن إن الحرب مستمرة. وأضاف أن السلام بعيد.")
    assert quotes[-1].speaker.id == "nabih-berri"


def test_a_complementiser_past_but_is_another_clauses(pipeline: Pipeline) -> None:
    # وتقر ولاية …، ولكن يتطلب الأمر أن: nothing the state says; ولم يعلن بلاتيني … لكن المصدر ذاته قال إنه:
    # the source says it
    quotes = _quotes_of(pipeline, "وتقر ولاية واحدة في أستراليا إمكانية المساعدة على الموت، ولكن يتطلب الأمر أن"
                                  " يكون الشخص مريضا بمرض عضال.")
    assert not [q for q in quotes if q.verb == "وتقر"]
    quotes = _quotes_of(pipeline, "ولم يعلن بلاتيني نيته بعد للترشح لكن المصدر ذاته قال إنه من المرجح أن يتخذ قراره"
                                  " خلال عشرة أيام.")
    assert [q.verb for q in quotes] == ["قال"]


def test_what_the_speaker_stresses_is_no_word_of_his_name(pipeline: Pipeline) -> None:
    # وأكد بوغالي ضرورة "…": the necessity he stressed follows his name
    (quote,) = _quotes_of(pipeline, 'وأكد بوغالي ضرورة "مواصلة الارتقاء بالعلاقات السياسية بين البلدين".')
    assert quote.speaker.name == "بوغالي"


def test_a_sentence_opening_with_a_body_and_its_quoted_name_is_its_speakers(pipeline: Pipeline) -> None:
    # صحيفة "هآرتس"، تؤكد أنّ: the newspaper (known, coded); شبكة "…" الأميركية كشفت: the network, by name
    (quote,) = _quotes_of(pipeline, 'صحيفة "هآرتس"، تؤكد أنّ الجيش بحاجة إلى 8 آلاف جندي فوراً.')
    assert quote.speaker.code == "ISRMED"
    (quote,) = _quotes_of(pipeline, 'شبكة "ان بي سي نيوز" الأميركية كشفت أن طيارين يطلبان وضع المستنكف ضميرياً.')
    assert quote.speaker.name == "شبكة ان بي سي نيوز الأميركية"


def test_a_body_quoted_after_the_speaker_of_say_is_no_quotation(pipeline: Pipeline) -> None:
    # وقال محامون عن "المنتدى الأوغندي للتغيير الديمقراطي" المعارض، إن "…": whom the lawyers speak for;
    # حذر بينيت من "…" still quotes what he warned of
    (quote,) = _quotes_of(pipeline, 'وقال محامون عن "المنتدى الأوغندي للتغيير الديمقراطي" المعارض، إن "السلطات الكينية'
                                    ' اعتقلت 36 عضواً".')
    assert "السلطات الكينية" in quote.text
    (quote,) = _quotes_of(pipeline, 'وحذر بينيت من "الوصول إلى حرب أهلية".')
    assert quote.text == "الوصول إلى حرب أهلية"


def test_after_but_he_the_speaker_goes_on(pipeline: Pipeline) -> None:
    # لكنه دعا الحكومة إلى أن: Collison calls on the government, which is not the speaker
    quotes = _quotes_of(pipeline, "وأشار كوليسون إلى أنه يتفهم الوضع، لكنه دعا الحكومة إلى أن ترسل رسالة واضحة.")
    assert quotes[-1].speaker.name == "كوليسون"


def test_a_name_ending_on_a_country_adjective_is_no_holder(pipeline: Pipeline) -> None:
    # رئيس نادي باريس سان جرمان الفرنسي: the club's name runs on, no person called "سان جرمان الفرنسي"
    (quote,) = _quotes_of(pipeline, "أكد رئيس نادي باريس سان جرمان الفرنسي في المواسم الثلاثة الأخيرة، القطري ناصر"
                                    " الخليفي ان لاعب الوسط الإيطالي تياغو موتا «سيبقى» هذا الموسم.")
    assert quote.speaker.name != "سان جرمان الفرنسي"


def test_a_name_opening_with_ma_is_no_participle(pipeline: Pipeline) -> None:
    # وقالت ماريا كوتشيفا …، وأضافت: ماريا is a name, not a participle in -ا; she goes on speaking
    quotes = _quotes_of(pipeline, "وقالت الوزارة إن الوضع خطير. وقالت ماريا كوتشيفا إن الحل بعيد."
                                  " وأضافت أن سويسرا ليست محايدة.")
    assert quotes[-1].speaker.name == "ماريا كوتشيفا"


def test_people_unnamed_after_a_verb_of_description_describe(pipeline: Pipeline) -> None:
    # اعتبر خبراء ومختصون …، وتوقعوا: the experts consider, then expect — not the king named in the view
    quotes = _quotes_of(pipeline, "اعتبر خبراء ومختصون مشاركة المرأة في الانتخابات إنجازا جديدا في عهد خادم الحرمين"
                                  " الشريفين الملك سلمان بن عبدالعزيز، وتوقعوا أن تشهد الدورة الثالثة إقبالا لافتا.")
    assert [(q.text.split()[0], q.speaker.name) for q in quotes] == [("مشاركة", "خبراء ومختصون"),
                                                                      ("تشهد", "خبراء ومختصون")]
    # … with their plural adjective (وصف محللون عسكريون ما يقوم به)
    (quote,) = _quotes_of(pipeline, "ووصف محللون عسكريون ما يقوم به الانقلابيون بالتكتيكات الفاشلة.")
    assert quote.speaker.name == "محللون عسكريون" and quote.text.startswith("ما يقوم")


def test_a_subordinate_clause_names_its_own_speaker(pipeline: Pipeline) -> None:
    # … في شمال شرق الولايات المتحدة حيث يؤكد شاب أن: the young man says it, not the country before حيث
    (quote,) = _quotes_of(pipeline, "وتدرس الاتهامات في شمال شرق الولايات المتحدة حيث يؤكد شاب أن الممثل اعتدى عليه.")
    assert quote.speaker.name == "شاب"


def test_a_title_holder_opening_the_clause_speaks_for_the_joined_verb(pipeline: Pipeline) -> None:
    # وذهب مدير المخابرات المركزية السابق جون برينان … وقال: the former director, not the agency; he goes on
    quotes = _quotes_of(pipeline, "وذهب مدير المخابرات المركزية السابق جون برينان إلى أبعد من ذلك وقال إنه يجب عزل"
                                  " ترامب من منصبه. وأضاف \"أداء دونالد ترامب كان سيئا\".")
    assert [q.speaker.name for q in quotes] == ["جون برينان", "جون برينان"]
    # … and his name ends before the act he does (رئيس الاحتلال الإسرائيلي إسحاق هرتسوغ مباحثات)
    (quote,) = _quotes_of(pipeline, "أجرى رئيس الاحتلال الإسرائيلي إسحاق هرتسوغ مباحثات مع نتنياهو، مشيراً إلى أنه"
                                    " سيتم تعيين طواقم عمل.")
    assert quote.speaker.name == "إسحاق هرتسوغ"


def test_a_noun_of_saying_with_its_owner_quotes_the_owner(pipeline: Pipeline) -> None:
    # رغم إعلان مدرب ليفربول … يورغن كلوب بعد المباراة، أن …: Klopp's words; he goes on in the next paragraph
    quotes = _quotes_of(pipeline, 'وأتى الموقف المصري على رغم إعلان مدرب ليفربول الألماني يورغن كلوب بعد المباراة،'
                                  ' أن إصابة صلاح "خطرة، خطرة فعلا".\n\nوتابع "هناك أمر ما في الكتف".')
    assert [(q.verb, q.speaker.name) for q in quotes] == [("إعلان", "يورغن كلوب"), ("وتابع", "يورغن كلوب")]
    (quote,) = _quotes_of(pipeline, "وجاء ذلك بعد إعلان باريس أنّ السفير سيعود.")
    assert quote.speaker.code == "FRA" and quote.text == "السفير سيعود"
    # … not a thing confirmed, a conjunction's أن, nor a noun a verb of saying speaks of
    assert not _quotes_of(pipeline, "ويعني تأكيد السيطرة على بيرخيفكا أن القوات الروسية بدأت تحكم الكماشة.")
    assert not _quotes_of(pipeline, "وقوبل إعلان بوتين بإدانات دولية، على الرّغم من أنّ موسكو ستستمر في الامتثال.")
    quotes = _quotes_of(pipeline, "ووصف وزير الدفاع الإسرائيلي أفيغدور ليبرمان إعلان ترمب بأنه شجاع.")
    assert [q.speaker.name for q in quotes] == ["أفيغدور ليبرمان"]


def test_a_title_apposed_to_a_name_mid_sentence_opens_no_clause(pipeline: Pipeline) -> None:
    # ردّ قرقاش على تصريحات أحمد الميسري، وزير الداخلية اليمني …، قائلاً: the minister was answered, not speaking
    quotes = _quotes_of(pipeline, 'وكان قرقاش قد ردّ الأحد على تصريحات أحمد الميسري، وزير الداخلية اليمني بعد أن وجّه'
                                  ' اتهامات للإمارات، قائلاً: "صوّب رصاصك نحو الحوثي معالي الوزير."')
    assert all(q.speaker is None or q.speaker.code != "YEMGOV" for q in quotes)


def test_reports_after_a_preposition_of_time_speak(pipeline: Pipeline) -> None:
    # يأتي ذلك بعد تقارير تفيد أن: the reports say it, not "يأتي ذلك بعد تقارير"
    (quote,) = _quotes_of(pipeline, "يأتي ذلك بعد تقارير تفيد أن كوريا الشمالية علّقت المفاوضات مع كوريا الجنوبية.")
    assert quote.speaker.name == "تقارير"


def test_a_verb_with_its_object_before_a_comma_says_nothing(pipeline: Pipeline) -> None:
    # لا يمكنه كشفها، ليندفع …: a thing revealed — no quotation, and no speaker "لا يمكنه" for what follows
    quotes = _quotes_of(pipeline, "وشدد على أن شباب الأمة مستهدف لأهداف بعيدة، لا يمكنه كشفها، ليندفع وراء التضليل.")
    assert [q.verb for q in quotes] == ["وشدد"]
    # … but a complementiser after the comma opens what was said (أجابها، بأنهم طلبوا)
    (quote,) = _quotes_of(pipeline, "وعند سؤال امه له عن سبب ذهابهم، اجابها، بأنهم طلبوا منهم حضور دورة.")
    assert quote.text.startswith("طلبوا")


def test_what_is_spoken_of_by_its_pronoun_ends_the_speaker(pipeline: Pipeline) -> None:
    # والتي قال المركزي عنها إن: the central bank spoke of it; عنها is no part of its name
    (quote,) = _quotes_of(pipeline, "ورفع البنك المركزي التركي سعر الفائدة، والتي قال المركزي عنها إن التطورات الأخيرة"
                                    " تشير إلى مخاطر كبيرة.")
    assert quote.speaker.name == "المركزي"


def test_a_regions_municipality_is_a_body_a_title_is_held_in(pipeline: Pipeline) -> None:
    # الناطق الإعلامي بأمانة الشرقية محمد الصفيان أن: the spokesman by name, the municipality his complement
    (quote,) = _quotes_of(pipeline, "وأكد الناطق الإعلامي بأمانة الشرقية محمد الصفيان أن قرار منع الحراج جاء نتيجة"
                                    " التحاليل المخبرية.")
    assert quote.speaker.name == "محمد الصفيان"


def test_ali_after_a_style_and_a_fathers_name_with_the_article_are_names(pipeline: Pipeline) -> None:
    # الأمير علي بن الحسين: علي is the name, not على; and بن الحسين the father's name, its article and all
    (quote,) = _quotes_of(pipeline, "وقال الأمير علي بن الحسين في مقابلة إن الفيفا بحاجة إلى التغيير.")
    assert quote.speaker.name == "علي بن الحسين"
    (quote,) = _quotes_of(pipeline, "وقال المتحدث باسم الوزارة محمد بن الخطاب إن القرار نهائي.")
    assert quote.speaker.name == "محمد بن الخطاب"


def test_a_holder_after_a_title_takes_the_country_its_complement_names(pipeline: Pipeline) -> None:
    # رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية، اللواء محمد باقري: an Iranian officer (IRNMIL), not MIL
    (quote,) = _quotes_of(pipeline, "وأكد رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية، اللواء محمد باقري أن"
                                    " المنظمة تتجسس لصالح حكومات أجنبية.")
    assert (quote.speaker.name, quote.speaker.code) == ("محمد باقري", "IRNMIL")


def test_a_body_alone_opening_the_clause_speaks_for_its_participle(pipeline: Pipeline) -> None:
    # وكانت الهيئة قد لجأت إلى المحكمة، مشددةً: the body its noun names, not a person of an earlier sentence
    (_, quote) = _quotes_of(pipeline, "وقال الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور إن الهيئة فاسدة.",
                            "وكانت الهيئة قد لجأت إلى المحكمة العليا، مشددةً على أن التغييرات ستقلص قدرتها على العمل.")
    assert quote.speaker.name == "الهيئة"
    # … and past a phrase of time set off by a comma (وفي وقت لاحق، أصدرت الهيئة التنسيقية … بيانا قالت فيه)
    (quote,) = _quotes_of(pipeline, "وفي وقت لاحق، أصدرت الهيئة التنسيقية للمقاومة العراقية، بياناً قالت فيه إنّ"
                                    " القوات الأميركية لا تنوي الانسحاب.")
    assert quote.speaker.name == "الهيئة التنسيقية"


def test_a_source_named_by_what_it_put_out_speaks_after_fa_inna(pipeline: Pipeline) -> None:
    # بحسب آخر إحصائية نشرتها وزارة الصحة في غزة أمس، فإن: whoever put it out (not when), and its participle
    quotes = _quotes_of(pipeline, "وبحسب آخر إحصائية نشرتها وزارة الصحة في غزة أمس، فإن عدد الشهداء وصل إلى 25490"
                                  " شهيداً، مشيرةً إلى أن عدداً من الضحايا لا يزال تحت الركام.")
    assert [q.speaker.name for q in quotes] == ["وزارة الصحة في غزة"] * 2
    for sentence, name in (("ووفقاً لتقرير نشرته وكالة بلومبرغ، فإن الشركة ستخفض إنتاجها.", "بلومبرغ"),
                           ("وبحسب الاستطلاع الذي أجرته مؤسسة غالوب، فإن أغلب الأميركيين يعارضون الحرب.", "مؤسسة غالوب"),
                           ('ووفقاً لتقديرات "الجيش" الإسرائيلي، فإنّ الحزب يمتلك صواريخ دقيقة.', "الجيش الإسرائيلي")):
        (quote,) = _quotes_of(pipeline, sentence)
        assert quote.speaker.name == name, sentence
    # … but no one is named by the results or the figures of a time (بحسب النتائج الأولية، لبيانات الأشهر الأولى)
    assert not _quotes_of(pipeline, "وبحسب النتائج الأولية، فإن الحزب حصل على 40 مقعدا.")
    assert not _quotes_of(pipeline, "ووفقاً لبيانات الأشهر الأولى من العام الحالي، فإن الصادرات تراجعت.")


def test_a_space_inside_the_marks_is_no_word_said(pipeline: Pipeline) -> None:
    # قال نتنياهو: " نحن لا نحمي …"، في تأكيد على …: what was said ends at its closing mark
    (quote,) = _quotes_of(pipeline, 'لذلك، قال نتنياهو: " نحن لا نحمي أنفسنا فقط، بل نحميكم أيضاً"، في تأكيد على دور'
                                    ' "إسرائيل" الوظيفي للأميركيين.')
    assert quote.text == "نحن لا نحمي أنفسنا فقط، بل نحميكم أيضاً"
    (quote,) = _quotes_of(pipeline, 'وقال المتحدث الرئاسي للصحفيين " ننظر إلى هذا الإعلان بنوع من القلق ".')
    assert quote.text == "ننظر إلى هذا الإعلان بنوع من القلق"


def test_a_name_after_a_countrys_adjective_speaks_for_its_relative_clause(pipeline: Pipeline) -> None:
    # من بينهم السوري أحمد خلف، الذي قال إن: the Syrian, named; not a word before a relative (احتكار الأراضي ولا سواه، التي)
    (quote,) = _quotes_of(pipeline, 'وحاورت الصحيفة مواطنين ولاجئين، من بينهم السوري أحمد خلف، الذي قال إن وضعيته'
                                    ' صارت صعبة.')
    assert quote.speaker.name == "أحمد خلف"
    quotes = _quotes_of(pipeline, "إنه احتكار الأراضي ولا سواه، التي كشفت بيانات الأمانات أن المتداول منها قليل.")
    assert all(q.speaker is None or "سواه" not in q.speaker.name for q in quotes)


def test_a_spokesperson_of_a_body_in_quotation_marks_speaks_for_it(pipeline: Pipeline) -> None:
    # المتحدث باسم "الأونروا"، يقول إنّ: UNRWA's spokesman, and so for the verbs that go on with him
    quotes = _quotes_of(pipeline, 'المتحدث باسم "الأونروا"، يقول إنّ الأمراض تنتشر، كما يشير إلى أنّ الجوع يفتك بالسكان.')
    assert [(q.speaker.name, q.speaker.code) for q in quotes] == [("المتحدث باسم الأونروا", "IGOUNO")] * 2
    # … with his name after it, named and coded by the body
    (quote,) = _quotes_of(pipeline, 'وأعلن المتحدث باسم "البنتاغون" باتريك رايدر أنّ القوات ستبقى في المنطقة.')
    assert (quote.speaker.name, quote.speaker.code) == ("باتريك رايدر", "USAMIL")


def test_a_verbal_noun_after_a_definite_name_ends_it(pipeline: Pipeline) -> None:
    # أعلن الهلال الأحمر الفلسطيني استهداف الاحتلال مقره …، مضيفاً: the Red Crescent, not what it announced
    (quote,) = _quotes_of(pipeline, "وأعلن الهلال الأحمر الفلسطيني استهداف الاحتلال مقره في خان يونس، مضيفاً أن القصف"
                                    " استهدف أيضاً مراكز الاتصال.")
    assert quote.speaker.name == "الهلال الأحمر الفلسطيني"


def test_a_title_after_al_is_a_familys_name(pipeline: Pipeline) -> None:
    # ونشر آل الشيخ تغريدة …، قائلا: the Al al-Sheikh, a family — no cleric speaks
    (quote,) = _quotes_of(pipeline, 'ونشر آل الشيخ تغريدة رد فيها على الانتقادات قائلا "كوني في موقع المسؤولية لا يعني'
                                    ' أنني لست مشجعا".')
    assert quote.speaker is None or quote.speaker.code != "REL"


def test_an_outlets_unmarked_name_is_no_speaker(pipeline: Pipeline) -> None:
    # وأضاف لموقع سيتي على الإنترنت "…": whom he said it to, named without article or mark; he was named before
    quotes = _quotes_of(pipeline, 'وقال باركر "استمرت المفاوضات طوال الصيف."',
                        'وأضاف لموقع سيتي على الانترنت "المدرب قال إننا سنحصل على فرصة."')
    assert [q.speaker.name for q in quotes] == ["باركر", "باركر"]
    (quote,) = _quotes_of(pipeline, 'وصرحت كورس لشبكة "أم أس أن بي سي" أنّ أكثر من 10 أشخاص معنيون بذلك.')
    assert quote.speaker.name == "كورس"


def test_a_voweled_passive_is_said_by_no_one_named(pipeline: Pipeline) -> None:
    # ذُكر أن، كُتب عليها، أُقرّ: the passive (a damma on the first letter) — not the speaker named before
    quotes = _quotes_of(pipeline, "وقال وزير الخارجية إن الزيارة مهمة.", "وذُكر أن الوزير سيزور البلاد.",
                        'سبق أن أُقرّ أحدها، وهو المسمى "إلغاء قانون فك الارتباط".')
    assert [q.speaker for q in quotes[1:]] == [None, None]
    # … but a participle or a present verb carries its damma in any voice (مُشيراً، يُضيف)
    (_, quote) = _quotes_of(pipeline, "وقال وزير الخارجية إن الزيارة مهمة، مُشيراً إلى أن الوفد سيصل غدا.")
    assert quote.speaker is not None


def test_whoever_wrote_the_writing_speaks_in_it(pipeline: Pipeline) -> None:
    # بعث برسالة إلى زملائه من أعضاء الحزب يقول فيها: the writer (he, named before), not the party
    quotes = _quotes_of(pipeline, "وقال هيغ في مقالة إن الحرب على القنب قد خسرت.",
                        'ولكنه بعث برسالة إلى زملائه من أعضاء الحزب يقول فيها "لنكن عمليين، ولنتغير مع المجتمع".')
    assert [q.speaker.name for q in quotes] == ["هيغ", "هيغ"]
    # … the one whose writing it is, in construct after it (في بيان وزارة الداخلية الأخير، أعلن فيه)
    (quote,) = _quotes_of(pipeline, "في بيان وزارة الداخلية الأخير، أعلن فيه أن الجهات الأمنية تمكنت من الإطاحة بخلية.")
    assert quote.speaker.name == "وزارة الداخلية"
    # … and the one who sent it (أرسلت الإمارات مذكرة …، ذكرت فيها), not the agency that reported it
    quotes = _quotes_of(pipeline, "وأضافت وكالة رويترز، في خبر نشرته، أن الإمارات أرسلت مذكرة إلى الدول الأعضاء، ذكرت"
                                  " فيها أنها تعكف على صياغة بيان رسمي.")
    assert quotes[-1].speaker.name == "الإمارات"


def test_a_verbal_noun_after_the_verb_is_what_was_said_not_who_said_it(pipeline: Pipeline) -> None:
    # وأكد ارتفاع أعداد الأسرى المصابين "بشكل كبير": what he confirmed — not a speaker named «ارتفاع أعداد …»
    quotes = _quotes_of(pipeline, "وقال نادي الأسير إن الاكتظاظ كبير.",
                        'وأكد ارتفاع أعداد الأسرى المصابين بأمراض جلدية "بشكل كبير"، موضحاً أن الأمراض تنتشر.')
    assert all(q.speaker is None or "ارتفاع" not in q.speaker.name for q in quotes)
    # … but a name of that shape before what was said is a speaker (وأوضح أستافيف أن)
    (quote,) = _quotes_of(pipeline, "وأوضح أستافيف أن القوات تقدمت.")
    assert quote.speaker.name == "أستافيف"


def test_the_press_by_its_country_opening_a_lede_speaks_for_the_joined_verb(pipeline: Pipeline) -> None:
    # وسائل إعلام إسرائيلية تعلّق على …، ويصف كلامه بـ"القاسي": the Israeli press, not the last speaker
    (_, quote) = _quotes_of(pipeline, "وقال السيد نصر الله إن التهديدات لا تؤثر فينا.",
                            'وسائل إعلام إسرائيلية تعلّق على تصريحات القيادي في حركة حماس، ويصف كلامه بـ"القاسي".')
    assert quote.speaker.name == "وسائل إعلام إسرائيلية"


def test_a_namesake_of_a_known_person_is_not_him(pipeline: Pipeline) -> None:
    # الصحافي الإسرائيلي يوسي كلاين هاليفي … وأشار هاليفي: the journalist, not the army chief Herzi Halevi
    quotes = _quotes_of(pipeline, 'تحدّث الصحافي الإسرائيلي يوسي كلاين هاليفي، في مقال، عن انتظار "إسرائيل" انتقام إيران.',
                        'وأشار هاليفي إلى أنّ "إسرائيل منشغلة بالصراع الداخلي".')
    assert [(q.speaker.name, q.speaker.code) for q in quotes] == [("يوسي كلاين هاليفي", "ISR")]
    # … but the person himself by his family name alone is still he (وقال رئيس الأركان هرتسي هاليفي … وأضاف هاليفي)
    (quote,) = _quotes_of(pipeline, 'وأضاف هاليفي أنّ "الجيش جاهز".')
    assert quote.speaker.code == "ISRMIL"


def test_a_family_name_after_an_auxiliary_is_the_person_named_in_full_before(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وقال المبعوث السعودي نزار العلولا إن الزيارة ناجحة.",
                     "وكان العلولا قد أكد للمسؤولين اللبنانيين الذين التقاهم أن \"لبنان في قلب القيادة السعودية\".")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["نزار العلولا", "نزار العلولا"]


def test_a_phrase_with_ghayr_between_commas_is_no_name() -> None:
    # (انتحر جندي مطلع الأسبوع، لأسباب غير معروفة،: why, not the soldier's name)
    assert not reads_as_name("لأسباب غير معروفة")
    assert not reads_as_name("استخدام مصطلح الأقليات")  # (a verbal noun opens no name)
    assert reads_as_name("لويس إنريكي")


def test_an_imams_name_after_his_title_and_no_plural_with_his_pronoun_in_a_name(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "عنوان", "وقال الإمام أحمد الطيب، إنه \"ليس على الإنس من الجن سلطان\".")
    assert quote.speaker is not None and quote.speaker.name == "أحمد الطيب"
    # (كرر الإمام السيد موسى الصدر مناشداته: his appeals, no word of his name)
    quotes = _quotes(pipeline, "عنوان", "كرر الإمام السيد موسى الصدر مناشداته. وقال \"إن الطائفة الشيعية هي الوحيدة\".")
    assert not [q for q in quotes if q.speaker is not None and "مناشداته" in (q.speaker.name or "")]


def test_an_office_after_the_holders_name_ends_it(pipeline: Pipeline) -> None:
    (quote,) = _quotes(pipeline, "عنوان", "أكد صاحب السمو الملكي الأمير عبدالعزيز بن سعد نائب أمير منطقة حائل، أن ما "
                                          "شهدناه في سجون المنطقة يدعو للمفخرة.")
    assert quote.speaker is not None and quote.speaker.name == "عبدالعزيز بن سعد"
    # … an ordinal before an office is no word of a name, and the same title again is a label's
    assert not reads_as_name("سانتشيث سابع")
    assert reads_as_name("سلطان بن سحيم آل ثاني")


def test_the_writer_himself_is_no_speaker_named(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "إن ما نعرضه هو حقائق الأمور.. إلا أنني أعتقد أنه مع هذه الإدارة لن تكون "
                                        "الأمور على أحسن ما يرام.")
    assert not [q for q in quotes if q.speaker is not None and q.speaker.name == "أنني"]


def test_pointing_to_someone_says_nothing(pipeline: Pipeline) -> None:
    # الذي أشارت إليه باسم "ما": whom the agency referred to — what it said runs on past the aside
    quotes = _quotes(pipeline, "عنوان", 'وقالت وكالة الأنباء المحلية "كانكان نيوز" إن زوج المرأة، الذي أشارت إليه '
                                       'باسم "ما"، قد رفض العرض وأراد أن تخضع زوجته لفحص كامل.')
    assert [(q.verb, q.text.endswith("لفحص كامل")) for q in quotes] == [("وقالت", True)]
    # … but أشارت إليها بأنها describes
    quotes = _quotes(pipeline, "عنوان", "وهي الشركة التي أشارت إليها وزارة الخزانة الأمريكية بأنها استخدمت لنقل السلاح.")
    assert [q.verb for q in quotes] == ["أشارت"]


def test_a_title_before_the_colon_is_the_speaker_after_his_verb(pipeline: Pipeline) -> None:
    # منتخب مصر قال رئيس الهيئة: the country before the verb is the topic's, the titled man speaks
    quotes = _quotes(pipeline, "عنوان", 'وعن تغريدته عن محمد صلاح لاعب منتخب مصر قال رئيس الهيئة العامة للرياضة: '
                                       'أنا أكتب في "تويتر" كمشجع.')
    assert [q.speaker.name for q in quotes] == ["رئيس الهيئة العامة"]



def test_joined_describers_are_no_part_of_what_they_said(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "عنوان", "وتراجع سوقا دبي ومصر، الأمر الذي اعتبره محللون وخبراء، مخالفا لحقيقة الأداء "
                                       "الاقتصادي لهذين البلدين.")
    assert [q.text for q in quotes] == ["مخالفا لحقيقة الأداء الاقتصادي لهذين البلدين"]


def test_he_after_a_subordinator_is_the_sentences_subject(pipeline: Pipeline) -> None:
    # بحيث إنه قال إن: the party the sentence opens with speaks; بحيث is no name
    quotes = _quotes(pipeline, "عنوان", "ربط حزب الله بين جبهات محور المقاومة، وجعل قرار استمرار المعركة قراراً "
                                       "فلسطينياً، بحيث إنه قال إن من يتخذ قرار وقف إطلاق النار هو الطرف الفلسطيني.")
    assert [q.speaker.name for q in quotes] == ["حزب الله"]


def test_what_happens_says_nothing(pipeline: Pipeline) -> None:
    # ما يجري اليوم يشير إلى أن: a thing is the verb's subject, nobody speaks
    assert not _quotes(pipeline, "عنوان", "ما يجري اليوم يشير إلى أن هناك ثلاث أفكار بدأت تنهار.")
    # … but ما زال يؤكد is someone still saying it, and العلماء after عما speak
    assert [q.speaker.name for q in _quotes(pipeline, "عنوان", "وما زال الوزير يؤكد أن الحل قريب.")] == ["الوزير"]
    quotes = _quotes(pipeline, "عنوان", "تسببت الأمطار في تآكل الموقع، ما كشف عما يعتقد العلماء أنه أقدم هيكل عظمي.")
    assert [q.speaker.name for q in quotes] == ["العلماء"]


def test_words_written_on_a_sign_have_no_speaker(pipeline: Pipeline) -> None:
    # كتب عليها, unvoweled, is the passive: written on the banners, not by "ورفعوا لافتات"
    quotes = _quotes(pipeline, "عنوان", "وهتف المتظاهرون في ساحة التحرير.",
                     "ورفعوا لافتات كتب عليها «المتحاصصون هم سراق العراق» في إشارة إلى نظام الحكم.")
    (banner,) = [q for q in quotes if q.verb == "كتب"]
    assert banner.speaker is None
    # … but كتب فيها after a post is its writer's
    (tweet,) = _quotes(pipeline, "عنوان", 'ونشر الوزير تغريدة كتب فيها: "نحن هنا".')
    assert tweet.speaker is not None and tweet.speaker.text == "الوزير"


def test_a_noun_subject_before_a_present_verb_is_no_earlier_speaker(pipeline: Pipeline) -> None:
    # والشواهد تؤكد، باتت كل الشواهد تؤكد: the evidence "confirms", not Haniyeh named before
    for text, subject in (("والشواهد تؤكد أن رد محور المقاومة قادم.", "الشواهد"),
                          ("في وقت باتت كل الشواهد تؤكد أن رد محور المقاومة قادم.", "كل الشواهد")):
        quotes = _quotes(pipeline, "عنوان", "وقال هنية إن المقاومة ستنتصر.", text)
        assert [q.speaker.text for q in quotes if q.speaker] == ["هنية", subject]


def test_a_banner_past_where_it_hangs_a_topic_written_about_and_a_saying_after_its_source(pipeline: Pipeline) -> None:
    # لافتة أمام منزل عزريا تقول: the banner says it, not the army named before
    quotes = _quotes(pipeline, "عنوان", "وكان الجيش قد أعلن أن الموعد قريب.",
                     'وفي الرملة، تم نصب لافتة أمام منزل عزريا تقول "مرحبا بإيلور البطل".')
    (banner,) = [q for q in quotes if q.text == "مرحبا بإيلور البطل"]
    assert banner.speaker is not None and banner.speaker.text == "لافتة"
    # كتبت عن ظاهرة "…": a topic written about, no words said
    assert not _quotes(pipeline, "عنوان", 'ربما أكون كتبت عن ظاهرة "الخلط بين الإعلامية والأدبية".')
    # عن مصدر ليبي تأكيده أنّ: the source, his affirmation no part of his name
    (relayed,) = _quotes(pipeline, "عنوان", "ونقلت تقارير إعلامية عن مصدر ليبي تأكيده أنّ الاجتماع سيناقش المسائل "
                                            "الأمنية.")
    assert relayed.speaker is not None and relayed.speaker.text == "مصدر ليبي"


def test_a_speaker_before_its_country_adjective_and_a_delegations_sender(pipeline: Pipeline) -> None:
    # وحرس الثورة الإيراني يؤكد: the Guards speak, their adjective between them and the verb
    (quote,) = _quotes(pipeline, "عنوان", "وحرس الثورة الإيراني يؤكد أن الرد على الاغتيال سيكون حاسما.")
    assert quote.speaker is not None and quote.speaker.code == "IRNMIL"
    # زار وفد من الاتحاد الأوروبي: the delegation acts for its sender
    visited = "في غضون ذلك، زار وفد من الاتحاد الأوروبي اليوم، قرية ترمسعيا."
    events = pipeline.analyze(build_article("t", "عنوان", [visited])).events
    assert events and events[0].source is not None and events[0].source.id == "eu"
    called = "دعا وفد برلماني إسرائيلي يزور أوكرانيا، حكومة الاحتلال إلى دعم كييف."
    events = pipeline.analyze(build_article("t", "عنوان", [called])).events
    assert all(e.source is None or e.target is None or e.source.code != e.target.code for e in events)


def test_a_remarkable_performance_says_nothing_and_who_told_whom(pipeline: Pipeline) -> None:
    # أداء لافتا: remarkable, no one pointing at anything (لافتا إلى أن speaks)
    assert not _quotes_of(pipeline, "ولم يقدم اللاعب أداء لافتا خلال منافسات كأس العالم، كما أنه تعرض لانتقادات.")
    quotes = _quotes_of(pipeline, "وقال الوزير إن الوضع صعب، لافتا إلى أن الحكومة تعمل.")
    assert [q.verb for q in quotes] == ["وقال", "لافتا"]
    # بايدن أبلغ نتنياهو أن: Biden told Netanyahu — the one before the verb speaks, the one after listens
    (told,) = _quotes_of(pipeline, "بايدن أبلغ نتنياهو أن وقف القتال قد يساعد على إطلاق بعض الأسرى.")
    assert told.speaker is not None and told.speaker.code == "USAGOV"
