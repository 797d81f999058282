"""Sentence splitting: terminators, paragraphs, quotations, numbers, abbreviations."""

from __future__ import annotations

import pytest

from rasid.read import read_inputs
from rasid.text import split_sentences

from conftest import EXAMPLE_SEED


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير. ثم غادر.", ["قال الوزير.", "ثم غادر."]),
        ("هل انتهى؟ نعم! بالتأكيد؛ ثم…  مضى", ["هل انتهى؟", "نعم!", "بالتأكيد؛", "ثم…", "مضى"]),
        ("العنوان\n\nالفقرة الأولى بلا نقطة\n\nالثانية.", ["العنوان", "الفقرة الأولى بلا نقطة", "الثانية."]),
        ("ارتفع بنسبة 3.5 في المئة. وهذا كثير.", ["ارتفع بنسبة 3.5 في المئة.", "وهذا كثير."]),
        ("في 12.05.2021 وقع الحادث. ثم هدأ.", ["في 12.05.2021 وقع الحادث.", "ثم هدأ."]),
        ("قال د. محمد إن الوضع صعب. وأضاف آخر.", ["قال د. محمد إن الوضع صعب.", "وأضاف آخر."]),
        ("ولد عام 500 ق.م. في أثينا", ["ولد عام 500 ق.م. في أثينا"]),
        ("He met Dr. Smith in the U.S. today. Then left.", ["He met Dr. Smith in the U.S. today.", "Then left."]),
        ("وقال: «لن نتراجع. سنواصل!» ثم غادر. انتهى", ["وقال: «لن نتراجع. سنواصل!» ثم غادر.", "انتهى"]),
        ('وقال "هذه خطوة. ونحن معها" للصحفيين. بعدها', ['وقال "هذه خطوة. ونحن معها" للصحفيين.', "بعدها"]),
        ("«سؤال؟» قالها ومضى.", ["«سؤال؟» قالها ومضى."]),
        ("نص فيه « علامة غير مغلقة. وجملة ثانية.", ["نص فيه « علامة غير مغلقة.", "وجملة ثانية."]),
    ],
)
def test_split_sentences_examples(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_split_sentences_seed_title_is_its_own_sentence() -> None:
    (article,) = list(read_inputs([str(EXAMPLE_SEED)]))
    spans = split_sentences(article.text, [(p.start, p.end) for p in article.paragraphs])
    first = article.text[spans[0][0] : spans[0][1]]
    assert first == article.title
    texts = [article.text[s:e] for s, e in spans]
    assert len(texts) == 22  # title, 20 paragraphs with one sentence each, 1 sub-heading
    assert texts[-1].startswith("واعتبر هنية") and texts[-1].endswith("الايرانية.")
    assert all(s >= p.start and e <= p.end for s, e in spans for p in article.paragraphs if p.start <= s < p.end)


@pytest.mark.parametrize(("text", "expected"), [
    # between two words; not in an abbreviation, a dotted name or a number
    (("غيرت الرحلات وجهتها بسبب الغبار.وكانت الرئاسة قد أوردت تقريرها. "
      "وقالت هيئة الإذاعة (إن.إتش.كيه) إن الفيضان مستمر. ونقلت أ.ف.ب أن 3.5 مليون نزحوا."),
     ["غيرت الرحلات وجهتها بسبب الغبار.", "وكانت الرئاسة قد أوردت تقريرها.",
      "وقالت هيئة الإذاعة (إن.إتش.كيه) إن الفيضان مستمر.", "ونقلت أ.ف.ب أن 3.5 مليون نزحوا."]),
    # after a quotation's closing mark, as copy that drops the space there writes it (saudinewsnet)
    (('وأضاف: "نمثل العملاء الذين سيستخدمون القناة".والتقى اللجنة رئيس الهيئة. '
      "وقال إن «الطقس سيتحسن».وأضاف أن «المدارس (شرق المدينة).ستفتح غدا»."),
     ['وأضاف: "نمثل العملاء الذين سيستخدمون القناة".', "والتقى اللجنة رئيس الهيئة.",
      "وقال إن «الطقس سيتحسن».", "وأضاف أن «المدارس (شرق المدينة).ستفتح غدا»."]),
])
def test_a_full_stop_run_into_the_next_word_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected
