"""The knowledge base: forms, loading, validation, checks and the matcher."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.cli import main
from rasid.lexicon.check import CAMEO_ROOTS, PLOVER_TYPES, check_lexicon
from rasid.lexicon.forms import demonym_forms, noun_forms, past_forms, present_forms
from rasid.lexicon.keys import entry_keys
from rasid.lexicon.loader import Lexicon, LexiconError, load_lexicon, read_file
from rasid.lexicon.matcher import Matcher
from rasid.text.fold import fold_text


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def matcher(lexicon: Lexicon) -> Matcher:
    return Matcher(lexicon)


def test_forms_past_present_and_weak_verbs() -> None:
    assert past_forms("استقبل")[:3] == ["استقبل", "استقبلت", "استقبلوا"]
    assert past_forms("دعا")[:3] == ["دعا", "دعت", "دعوا"]
    assert past_forms("التقى")[:4] == ["التقى", "التقت", "التقوا", "التقيا"]
    assert present_forms("يستقبل")[:3] == ["يستقبل", "تستقبل", "يستقبلون"]
    assert present_forms("يدعو")[:3] == ["يدعو", "تدعو", "يدعون"]
    assert noun_forms("استقبال") == ["استقبال"]
    assert noun_forms("غارة جوية") == ["غارة جوية", "غارة الجوية"]  # the article of الغارة is a clitic
    assert noun_forms("إطلاق النار") == ["إطلاق النار"]


def test_forms_demonyms() -> None:
    forms = demonym_forms("عراقي")
    for form in ["عراقي", "عراقية", "عراقيين", "عراقيون", "عراقيات"]:
        assert form in forms


def test_a_demonyms_accusative_is_a_key_unless_it_is_a_name(lexicon: Lexicon) -> None:
    kinds: dict[str, set[str]] = {}
    for key, hit in entry_keys(lexicon):
        kinds.setdefault(key, set()).add(hit.kind)
    assert "demonym" in kinds[fold_text("فلسطينيا")] and "demonym" in kinds[fold_text("إسرائيليا")]
    assert "demonym" not in kinds[fold_text("بيلاروسيا")]  # Belarus, never "Belarusian"


def test_two_word_demonyms_agree_in_both_words() -> None:
    forms = demonym_forms("كوري شمالي")
    for form in ["كوري شمالي", "كورية شمالية", "كوري الشمالي", "كورية الشمالية", "كوريين الشماليين"]:
        assert form in forms


def test_bundled_lexicon_passes_check() -> None:
    report = check_lexicon()
    assert report.errors == [], report.errors[:5]
    lex = report.lexicon
    assert lex is not None
    assert {v.plover for v in lex.verbs.values()} >= set(PLOVER_TYPES)
    assert {v.cameo[:2] for v in lex.verbs.values()} >= set(CAMEO_ROOTS)


def test_hand_made_entries_are_at_least_300(lexicon: Lexicon) -> None:
    hand = [e for store in (lexicon.actors, lexicon.agents, lexicon.places, lexicon.verbs, lexicon.reporting)
            for e in store.values() if "_imported" not in e.source]
    assert len(hand) >= 300


def test_actor_code_resolved_on_date(lexicon: Lexicon) -> None:
    maliki = lexicon.actors["nouri-al-maliki"]
    assert maliki.code_on("2010-01-01") == "IRQGOV"
    assert maliki.code_on("2016-01-01") == "IRQELI"
    shamkhani = lexicon.actors["ali-shamkhani"]
    assert shamkhani.code_on("2000-01-01") == "IRNGOV"
    assert shamkhani.code_on(None) == "IRNGOV"


def test_verbs_take_plover_from_the_official_table(lexicon: Lexicon) -> None:
    assert (lexicon.verbs["receive"].plover, lexicon.verbs["receive"].mode) == ("CONSULT", "visit")
    assert lexicon.verbs["condemn"].plover == "ACCUSE"
    assert lexicon.verbs["declare"].plover is None  # CAMEO 01: a statement is no PLOVER event
    assert lexicon.plover_of("1832") == ("ASSAULT", "explosives")


def test_cldr_countries_merged_with_hand_made(lexicon: Lexicon) -> None:
    iraq = lexicon.places["IRQ"]
    assert iraq.name_en == "Iraq" and iraq.capital == "بغداد" and "عراقي" in iraq.demonyms
    assert "places_cldr_imported.yaml" in iraq.source and "places.yaml" in iraq.source
    assert lexicon.places["BRA"].name == "البرازيل"  # from CLDR only


def _found(matcher: Matcher, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.id) for m in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("للحشد الشعبي", ("لحشد الشعبي", "actor", "iq-pmf")),
        ("وبغداد", ("بغداد", "place", "baghdad")),
        ("بالعراق", ("العراق", "place", "IRQ")),
        ("والإسرائيليين", ("الإسرائيليين", "demonym", "ISR")),
        ("شمخانی", ("شمخانی", "actor", "ali-shamkhani")),
        ("اكد", ("اكد", "reporting", "affirm")),
        ("لقائه", ("لقائه", "verb", "meet")),
        ("واستقبلت", ("استقبلت", "verb", "receive")),
        ("وللاستقبال", ("لاستقبال", "verb", "receive")),
        ("بالاستقبال", ("الاستقبال", "verb", "receive")),
    ],
)
def test_matcher_is_clitic_aware(matcher: Matcher, text: str, expected: tuple[str, str, str]) -> None:
    assert _found(matcher, text)[0] == expected


def test_matcher_respects_word_boundaries(matcher: Matcher) -> None:
    found = _found(matcher, "الأسواق العراقية")
    assert ("العراق", "place", "IRQ") not in found
    assert ("العراقية", "demonym", "IRQ") in found
    assert _found(matcher, "العراقيون")[0][1] == "demonym"
    assert not [f for f in _found(matcher, "بصورة سرية") if f[1] == "place"]
    assert ("الكورية الشمالية", "demonym", "PRK") in _found(matcher, "الحكومة الكورية الشمالية")
    assert ("الكوري الجنوبي", "demonym", "KOR") in _found(matcher, "السفير الكوري الجنوبي")


def test_matcher_longest_match_first(matcher: Matcher) -> None:
    text = "أمين المجلس الأعلى للأمن القومي الايراني"
    (m,) = matcher.find(text)
    assert m.kind == "office" and m.text == text
    found = _found(matcher, "مجلس النواب العراقي")
    assert found == [("مجلس النواب العراقي", "actor", "iq-parliament")]


def test_matcher_offsets_are_original_text(matcher: Matcher) -> None:
    text = "قالَ الرئيسُ: إنّ وزيرَ الخارجيّة الإيرانيّ وصل"
    for m in matcher.find(text):
        assert text[m.start : m.end] == m.text


def test_matcher_reads_names_through_quotation_marks(matcher: Matcher) -> None:
    # some outlets put one word of a name in marks: the name is found, and reported with both marks
    assert [(m.text, m.id) for m in matcher.find('قصف "جيش" الاحتلال')][-1] == ('"جيش" الاحتلال', "il-army")
    assert [m.text for m in matcher.find("أكدت «حماس» أن")][-1] == "حماس"
    assert any(m.text == 'حركة "فتح"' for m in matcher.find('المتحدث باسم حركة "فتح" أسامة'))
    # … but never into or out of a quotation that goes on past it
    assert not any("“" in m.text for m in matcher.find("أعلنت شركة “طيران الاتحاد” أنها"))


def test_read_file_reports_schema_errors(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("kind: actors\nsource: {name: me, licence: MIT}\nentries:\n- {id: x, name: ز, type: XYZ}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="mine.yaml"):
        read_file(bad)


def test_extra_lexicon_file_adds_entries(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "kind: actors\nsource: {name: my notes, licence: CC0}\nentries:\n"
        "- {id: test-minister, name: سالم الاختباري, type: PER, codes: [{code: JORGOV}]}\n", encoding="utf-8")
    lex = load_lexicon((mine,))
    (m,) = Matcher(lex).find("وقال سالم الاختباري")[1:]
    assert m.id == "test-minister"


def test_cli_lexicon_check_lookup_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "check"]) == 0
    assert "0 errors" in capsys.readouterr().out
    assert main(["lexicon", "lookup", "--date", "2010-01-01", "نوري المالكي"]) == 0
    out = capsys.readouterr().out
    assert "nouri-al-maliki" in out and "code on 2010-01-01: IRQGOV" in out and "[actors.yaml]" in out
    assert main(["lexicon", "stats"]) == 0
    out = capsys.readouterr().out
    assert "PLOVER types covered: 16" in out and "CAMEO roots covered: 20" in out
    dup = tmp_path / "dup.yaml"
    dup.write_text("kind: actors\nsource: {name: me, licence: MIT}\nentries:\n"
                   "- {id: ali-shamkhani, name: شخص آخر, type: PER, codes: [{code: IRNGOV}]}\n", encoding="utf-8")
    assert main(["lexicon", "check", "--lexicon", str(dup)]) == 1
    assert "duplicate actor id 'ali-shamkhani'" in capsys.readouterr().out


def test_names_in_abd_match_written_apart_or_joined(matcher: Matcher) -> None:
    for text in ("قال سلمان بن عبدالعزيز إن", "قال سلمان بن عبد العزيز إن"):
        (match,) = [m for m in matcher.find(text) if m.kind == "actor"]
        assert match.text == text[4:-3]
    # … not a key that is such a name alone: عبدالعزيز is a given name many people share
    assert any(m.text == "عبد العزيز" for m in matcher.find("التقى عبد العزيز الوفد"))
    assert not any("عبدالعزيز" in m.text for m in matcher.find("التقى عبدالعزيز الوفد"))


def test_rarer_homographs_of_imported_names_are_no_keys(matcher: Matcher) -> None:
    # مشرف is a supervisor far more often than Musharraf; البندقية a rifle more often than Venice
    for text in ("فريق مكون من مشرف وثلاثة طلاب", "أطلق النار من البندقية", "مدارس البنين والبنات"):
        assert not [m for m in matcher.find(text) if m.kind in ("actor", "place")], text
    assert [m.text for m in matcher.find("قال برويز مشرف إن") if m.kind == "actor"] == ["برويز مشرف"]
    # … nor are the adjectives and things the imported sector agents list (انتخابات تشريعية، قمر فضائي)
    for text, word in (("إجراء انتخابات تشريعية مبكرة", "تشريعية"), ("استدعاء احتياطي الجيش", "احتياطي"),
                       ("عسكري إصلاحي يدعم الديمقراطية", "إصلاحي"), ("قمر فضائي جديد", "فضائي"),
                       ("مجلس دستوري", "دستوري"), ("اعتقلت مصلح عطية بلوط", "مصلح"), ("وقال الغانم", "الغانم"),
                       ("الطبيب جراح الأعصاب", "جراح")):
        assert not [m for m in matcher.find(text) if m.text == word], text


def test_famous_one_word_names_are_keys_whatever_their_frequency(matcher: Matcher) -> None:
    for name in ("أوباما", "القذافي", "رويترز", "مدريد", "الطائف", "نجران"):
        assert [m.text for m in matcher.find(f"قال {name} إن") if m.kind in ("actor", "place")] == [name], name


def test_people_and_bodies_the_corpus_names_often(matcher: Matcher) -> None:
    for text, key in (("قال بوش إن", "george-w-bush"), ("وقالت وكالة فرانس برس إن", "afp"),
                      ("هاجمت جماعة بوكو حرام قرية", "boko-haram"), ("قال كيم يونغ أون إن", "kim-jong-un"),
                      ("في إقليم دونباس", "donbas"), ("وقال كاميرون إن", "david-cameron"),
                      ("قال لودريان إن", "jean-yves-le-drian"), ("وقال حميدتي إن", "mohamed-hamdan-dagalo"),
                      ("ونقلت وكالة تاس عن", "tass"), ("ذكرت وكالة الأنباء السعودية أن", "saudi-press-agency")):
        assert key in {m.id for m in matcher.find(text)}, text
    # … not the proof (البرهان) for the general
    assert "abdel-fattah-al-burhan" not in {m.id for m in matcher.find("وهذا هو البرهان على صدقه")}


def test_an_imported_title_that_names_no_one_is_an_agent(matcher: Matcher) -> None:
    # رئيس حكومة was an actor coded DZAJUDHRI: any country's head of government, so no country's actor
    for text in ("قال رئيس حكومة الوفاق إن", "قال وزير خارجية البلاد إن"):
        assert not [m for m in matcher.find(text) if m.kind == "actor"], text
