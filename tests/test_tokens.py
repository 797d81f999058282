"""Tokens with offsets and clitic segments."""

from __future__ import annotations

import pytest

from rasid.read import read_inputs
from rasid.text import Segmenter, sentences_of, tokenize

from conftest import EXAMPLE_SEED


def _segments(segmenter: Segmenter, text: str) -> list[list[str]]:
    return [t.segments for t in tokenize(text, 0, len(text), segmenter)]


def test_tokenize_offsets_point_into_text(segmenter: Segmenter) -> None:
    text = "وأشاد شمخاني، خلال استقبال «الفياض» بـ 70 عاما..."
    tokens = tokenize(text, 0, len(text), segmenter)
    assert [t.text for t in tokens] == [
        "وأشاد", "شمخاني", "،", "خلال", "استقبال", "«", "الفياض", "»", "بـ", "70", "عاما", "...",
    ]
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert "".join(t.segments) == t.text


@pytest.mark.parametrize("word", ["وزير", "بغداد", "كتائب", "لبنان", "فلسطين", "ولايات", "كان", "بين", "فقط", "ولاية"])
def test_segments_keep_words_that_start_like_clitics(segmenter: Segmenter, word: str) -> None:
    assert _segments(segmenter, word) == [[word]]


@pytest.mark.parametrize(
    ("word", "segments"),
    [
        ("والحكومة", ["و", "الحكومة"]),
        ("بالدور", ["ب", "الدور"]),
        ("للأمن", ["ل", "لأمن"]),  # لل: the article keeps its lam on the stem
        ("للحشد", ["ل", "لحشد"]),
        ("بأنها", ["ب", "أن", "ها"]),
        ("ودعمه", ["و", "دعم", "ه"]),
        ("مصيره", ["مصير", "ه"]),
        ("سيمهد", ["س", "يمهد"]),
        ("وأضاف", ["و", "أضاف"]),
        ("واضاف", ["و", "اضاف"]),
        ("وقال", ["و", "قال"]),
        ("له", ["ل", "ه"]),
        ("بها", ["ب", "ها"]),
        ("لقائه", ["لقائ", "ه"]),  # segments are as written: the hamza seat stays
        ("بلادهم", ["بلاد", "هم"]),
        ("حكومته", ["حكومت", "ه"]),  # ta marbuta written ت before the pronoun
    ],
)
def test_segments_split_clitics(segmenter: Segmenter, word: str, segments: list[str]) -> None:
    assert _segments(segmenter, word) == [segments]


def test_segments_never_take_ta_marbuta_for_a_pronoun(segmenter: Segmenter) -> None:
    assert _segments(segmenter, "الإسبانية") == [["الإسبانية"]]
    assert _segments(segmenter, "ثمة") == [["ثمة"]]


def test_segments_keep_diacritics_and_tatweel_in_place(segmenter: Segmenter) -> None:
    (segs,) = _segments(segmenter, "وَالحُكومة")
    assert segs == ["وَ", "الحُكومة"]
    assert _segments(segmenter, "لـ") == [["لـ"]]


def test_segments_clitic_before_digits(segmenter: Segmenter) -> None:
    assert _segments(segmenter, "ب15000") == [["ب"], ["15000"]]


def test_tokenize_seed_sentences(segmenter: Segmenter) -> None:
    (article,) = list(read_inputs([str(EXAMPLE_SEED)]))
    sentences = sentences_of(article, segmenter)
    second = sentences[1]
    words = [t.text for t in second.tokens]
    assert words[:6] == ["أكد", "أمين", "المجلس", "الأعلى", "للأمن", "القومي"]
    for sentence in sentences:
        for t in sentence.tokens:
            assert article.text[t.start : t.end] == t.text
            assert sentence.start <= t.start < t.end <= sentence.end
