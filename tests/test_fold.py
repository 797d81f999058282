"""Folding: every rule, and offsets that map back exactly."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.text.fold import TABLE, fold, fold_text, fold_through_marks


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("شمخانی", "شمخاني"),  # Persian ya
        ("کبیرة", "كبيره"),  # Persian kaf and ya, ta marbuta
        ("همۀ", "همه"),  # heh with ya above
        ("ە", "ه"),  # ae
        ("ھذا", "هذا"),  # heh doachashmee
        ("أكد", "اكد"),  # hamza-less spellings meet hamzated forms
        ("إلى", "الي"),  # alef with hamza below, alef maksura
        ("آخر", "اخر"),
        ("ٱلله", "الله"),  # alef wasla
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("مدرسة", "مدرسه"),  # ta marbuta
        ("مصطفى", "مصطفي"),  # alef maksura
        ("الـجيش", "الجيش"),  # tatweel
        ("يُقْهَرُ", "يقهر"),  # diacritics
        ("شدّة", "شده"),  # shadda
        ("٢٠٢١", "2021"),  # Arabic-Indic digits
        ("۱۴۰۰", "1400"),  # Persian digits
        ("a\u00a0b", "a b"),  # no-break space
        ("می\u200cخواهم", "ميخواهم"),  # zero-width non-joiner
        ("\u200fعربي\u200e", "عربي"),  # bidi marks
        ("\u202bنص\u202c", "نص"),  # bidi embedding
        ("\ufefb", "لا"),  # lam-alef ligature (presentation form)
        ("\ufe8d\ufedf", "ال"),  # isolated/initial presentation forms
        ("\ufdf2", "الله"),  # Allah ligature
        ("CNN", "cnn"),
    ],
)
def test_fold_rules(written: str, folded: str) -> None:
    assert fold_text(written) == folded
    assert fold(written).text == folded


def test_fold_hamzaless_agency_spellings_meet() -> None:
    for plain, hamzated in [("اكد", "أكد"), ("اشار", "أشار"), ("اضاف", "أضاف"), ("ادان", "أدان")]:
        assert fold_text(plain) == fold_text(hamzated)


def test_fold_identity_has_no_map() -> None:
    f = fold("شمخاني اكد")
    assert f.breaks is None and f.span(0, 6) == (0, 6)


def test_fold_span_maps_back_over_removed_marks() -> None:
    text = "قال: يُقْهَرُ الـجيش"
    f = fold(text)
    start = f.text.index("يقهر")
    s, e = f.span(start, start + 4)
    assert text[s:e] == "يُقْهَرُ"
    start = f.text.index("الجيش")
    s, e = f.span(start, start + 5)
    assert text[s:e] == "الـجيش"


def test_fold_through_marks_drops_them_and_maps_back() -> None:
    text = 'قال "جيش" الاحتلال وصحيفة"نيويورك تايمز"الأميركية'
    f = fold_through_marks(text)
    assert f.text == "قال جيش الاحتلال وصحيفه نيويورك تايمز الاميركيه"
    start = f.text.index("جيش الاحتلال")
    s, e = f.span(start, start + len("جيش الاحتلال"))
    assert text[s:e] == 'جيش" الاحتلال'
    assert fold_through_marks("بلا علامات").text == fold("بلا علامات").text


def test_fold_span_over_ligature_expansion() -> None:
    text = "x\ufefby"
    f = fold(text)
    assert f.text == "xلاy"
    assert f.span(1, 3) == (1, 2)
    assert f.span(1, 2) == (1, 2)  # half a ligature still maps to the whole character


_ALPHABET = st.sampled_from(
    list("شمخانيیکأإآؤئةىـًٌٍَُِّْ ،.٠١۲abcX\u200c\u200f\u00a0") + ["\ufefb", "\ufdf2", "\ufe8d"]
)


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_fold_offsets_property(text: str) -> None:
    """Every folded character comes from the original character its offset names."""
    f = fold(text)
    assert f.text == fold_text(text)
    for i, ch in enumerate(f.text):
        origin = text[f.start_of(i)]
        assert ch in (TABLE.get(ord(origin), origin) or "")


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_fold_folded_index_inverts_start_of(text: str) -> None:
    """The folded index of a folded character's origin is that character (or the first of an expansion)."""
    f = fold(text)
    for i in range(len(f.text)):
        j = f.folded_index(f.start_of(i))
        assert j <= i and f.start_of(j) == f.start_of(i)


@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_fold_span_roundtrip_property(text: str, data: st.DataObject) -> None:
    """Folding the original slice of a folded span gives back the folded span."""
    f = fold(text)
    n = len(f.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    s, e = f.span(a, b)
    assert 0 <= s <= e <= len(text)
    if a == b:
        return
    whole_chars = (a == 0 or f.start_of(a) != f.start_of(a - 1)) and (b == n or f.start_of(b) != f.start_of(b - 1))
    if whole_chars:
        assert fold_text(text[s:e]) == f.text[a:b]


def test_a_hashtag_underscore_folds_to_a_space() -> None:
    text = "وقال #حزب_الله إن"
    assert fold_text(text) == "وقال #حزب الله ان"
    assert len(fold_text(text)) == len(text)


@given(st.text(max_size=80))
def test_fold_text_remembered_or_not_is_fold(text: str) -> None:
    # short texts are answered from memory the second time: the same answer as folding them afresh
    assert fold_text(text) == fold(text).text == fold_text(text)


def test_fold_text_memory_stays_bounded() -> None:
    fold_module = importlib.import_module("rasid.text.fold")  # rasid.text.fold is also a function's name
    for n in range(fold_module._REMEMBERED + 10):
        fold_text(f"كلمة{n}")
    assert 0 < len(fold_module._SHORT_FOLDS) <= fold_module._REMEMBERED
