"""A sentence that opens by naming its source: "وبحسب المجلة، فإن …"، "ووفقاً للرئيس الروسي، فإنّ …".

What follows فإنّ is what the source said, an indirect quotation with no reporting verb: the attribution
word stands for one.  Here the sentence is read for the attribution, its source's words and where what
was said starts; who the source is, the quotation extractor decides (it knows the speakers before).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rasid.analysis.clause_words import TIMES_AND_DAYS
from rasid.analysis.context import SentenceContext
from rasid.analysis.title_holders import unquoted
from rasid.text.fold import fold_text

# بحسب، حسب، حسبما، وفقاً لـ، وفق، طبقاً لـ، نقلاً عن — then the source, a comma and فإنّ
_FRONTED = re.compile(
    r"\s*(?P<word>[وف]?(?:ب?حسب(?:ما)?|وفق(?:اً|ًا|ا)?|طبق(?:اً|ًا|ا)|نقل(?:اً|ًا|ا)\s+عن))"
    r"\s*(?P<source>[^،,.:؛!?؟«»\n]{1,80}?)\s*[،,]\s*ف[إا]نّ?\s+(?=\S)")
_WHAT = fold_text("ما")
_RELAYED_THROUGH = frozenset(fold_text(w) for w in ("في", "عن", "على", "به", "بها", "عنه", "عنها", "عبر"))
_ON_IT = frozenset(fold_text(w) for w in ("عليها", "عليه", "عليهما", "عليهم"))
_TAKE_TO = tuple(fold_text(w) for w in ("وفق", "طبق"))
_CLAUSE_WORDS = frozenset(fold_text(w) for w in ("أن", "إن", "ان", "أنه", "أنها", "هو", "هي", "كان", "كانت", "الذي",
                                                 "التي", "ما", "لا", "لم", "لن", "قد"))
# the thing a source put out, before the source (بحسب بيانٍ للرئاسة، وفقاً لأرقام وزارة الصحة)
_PUT_OUT = frozenset(fold_text(w) for w in (
    "بيان", "بيانات", "تقرير", "تقارير", "دراسة", "دراسات", "زعم", "مزاعم", "تصريح", "تصريحات", "معلومات",
    "أرقام", "إحصاءات", "إحصائيات", "إحصائية", "تقديرات", "تقدير", "رواية", "روايات", "تغريدة", "رسالة",
    "وثيقة", "وثائق", "استطلاع", "نتائج", "تحليل", "مؤشرات", "معطيات", "شهادات", "شهادة", "توقعات"))
_LATEST = frozenset(fold_text(w) for w in ("آخر", "أحدث", "أخر"))  # آخر إحصائية لمركز …
# … and the verb, its object the thing, by which its source put it out (تقرير نشرته وكالة بلومبرغ،
# الاستطلاع الذي أجرته مؤسسة غالوب)
_PUBLISHED = frozenset(fold_text(v + o) for v in ("نشرت", "أصدرت", "أجرت", "أعدت", "أوردت", "نقلت", "أعلنت")
                       for o in ("ه", "ها")) \
    | frozenset(fold_text(w) for w in ("نشره", "نشرها", "أصدره", "أصدرها", "أجراه", "أجراها", "أعده", "أعدها",
                                        "أورده", "أوردها", "نقله", "نقلها", "أعلنه", "أعلنها"))
_WHICH = frozenset(fold_text(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
# rules and things that say nothing (وفقاً للقانون، بحسب الاتفاق، وفق الخطة): no one speaks
_RULES = frozenset(fold_text(w) for w in (
    "قانون", "دستور", "لائحة", "لوائح", "اتفاق", "اتفاقية", "خطة", "قرار", "نص", "مشروع", "نظام", "برنامج",
    "مرسوم", "تعليمات", "شروط", "معايير", "تصنيف", "مقياس", "سجلات", "قواعد", "وضع", "سابقة", "نقوش",
    "تقويم", "جدول", "مبدأ", "مبادئ", "منطق", "مفهوم", "طبيعة", "حجم", "نوع", "عدد", "حساب", "حسابات"))
_NO_ONE = _PUT_OUT | _RULES
# a saying or view with its owner's pronoun (بحسب قوله، وفقاً لرأيها، من وجهة نظره): its owner speaks
_SAYINGS = frozenset(fold_text(w) for w in (
    "قول", "رأي", "زعم", "ادعاء", "إعلان", "تعبير", "تقدير", "كلام", "وصف", "تصريح", "تصريحات", "رواية",
    "حديث", "نظر", "اعتقاد", "تقديرات", "تأكيد", "اعتراف"))
_OWNERS = (("هما", None), ("هم", None), ("ها", "f"), ("ه", "m"))
# ووفقاً له؛ وبحسبه (the pronoun on the word itself)
_FOR_HIM = {fold_text(w): g for w, g in (("له", "m"), ("لها", "f"), ("لهم", None), ("لهما", None), ("ه", "m"),
                                         ("ها", "f"), ("هم", None), ("هما", None))}


class Attribution(NamedTuple):
    word_start: int
    word_end: int  # the attribution word as written (وبحسب، ووفقاً)
    source_start: int
    source_end: int  # the source's words, past what it put out (للرئاسة التركية) or its verb (ما ذكرت)
    relayed_by: str  # the verb of a clause of saying (حسبما ذكرت X، بحسب ما قال), as written; "" when none
    to: bool  # وفقاً لـ، طبقاً لـ، بيانٍ لـ: the source's first word carries their ل
    by_pronoun: bool  # ووفقاً له، بحسب قوله: the source is a pronoun, left unnamed
    gender: str | None  # … and the pronoun's gender ("m", "f"; None for a dual or plural)
    content_start: int  # the first word of what was said, after فإنّ


def fronted_attribution(ctx: SentenceContext) -> Attribution | None:
    """The attribution a sentence opens with, followed by فإنّ and what was said."""
    m = _FRONTED.match(ctx.text, ctx.start, ctx.end)
    if m is None:
        return None
    start, end = m.span("source")
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    folded = [fold_text(w.group()) for w in words]
    relayed_by = ""
    if fold_text(m.group("word")).endswith(_WHAT) or folded[:1] == [_WHAT]:
        skip = 0 if folded[:1] != [_WHAT] else 1  # بحسب ما أفادت الوكالة، حسبما ذكرت
        if len(words) <= skip or folded[skip].startswith("ال"):
            return None  # بحسب ما هو معلن، حسبما الاتفاق: no clause of saying
        relayed_by = words[skip].group()
        words, folded = _past_relay(words[skip + 1 :], folded[skip + 1 :])  # ورد في بيان الوزارة
    if len(words) > 2 and folded[0] in _LATEST and folded[1] in _PUT_OUT:
        words, folded = words[1:], folded[1:]  # آخر إحصائية لمركز أبحاث "ألما"
    # (with its article or ل only before the verb that put it out or a listed owner: not النتائج الأولية،
    # لبيانات الأشهر الأولى — but لتقديرات "الجيش" الإسرائيلي)
    owner = len(words) > 1 and any(start + words[1].start() <= m.start < start + words[1].end() for m in ctx.mentions)
    put_out = len(words) > 1 and (folded[0] in _PUT_OUT
                                  or (_thing_put_out(folded[0]) and (_published(folded[1:]) or owner)))
    if put_out:
        owned = folded[1].startswith(("ل", "ال")) or folded[1][:1] in "«\"“" or folded[1] in _RELAYED_THROUGH
        if not owned and not _ON_IT & set(folded[2:3]) and not _published(folded[1:]):
            return None  # وبحسب تقارير إعلامية: a report's kind, not whose
        words, folded = _past_put_out(words[1:], folded[1:])  # بحسب بيانٍ للرئاسة التركية: whose statement
    by_pronoun, gender = _pronoun(folded)
    if by_pronoun:
        words, folded = words[:-1], folded[:-1]
        if folded and folded[-1] != fold_text("وجهة"):  # بحسب ديمتري بيسكوف قوله: the name before it
            by_pronoun = False
        else:
            words, folded = [], []
    while words and folded[-1] in TIMES_AND_DAYS:  # وزارة الصحة في غزة أمس: when, not who
        words, folded = words[:-1], folded[:-1]
    if not words and not relayed_by and not by_pronoun:
        return None
    word = fold_text(m.group("word"))
    to = ((word.startswith(_TAKE_TO) or word[1:].startswith(_TAKE_TO)) and not relayed_by) \
        or (put_out and bool(folded) and folded[0].startswith("ل"))
    first, last = (start + words[0].start(), start + words[-1].end()) if words else (end, end)
    return Attribution(m.start("word"), m.end("word"), first, last, relayed_by, to, by_pronoun, gender, m.end())


def _past_relay(words: list[re.Match[str]], folded: list[str]) -> tuple[list[re.Match[str]], list[str]]:
    """The source's words past the prepositions after a verb of relaying (ورد في، نقل عنه)."""
    while folded and folded[0] in _RELAYED_THROUGH:
        words, folded = words[1:], folded[1:]
    return words, folded


def _past_put_out(words: list[re.Match[str]], folded: list[str]) -> tuple[list[re.Match[str]], list[str]]:
    """The source's words after what it put out: past a clause on the thing (وثيقة اطلعت عليها وكالة
    فرانس برس: who saw it) and the prepositions before the source (تقرير في صحيفة …)."""
    held = next((i for i, w in enumerate(folded) if w in _ON_IT), None)
    if held is not None:
        words, folded = words[held + 1 :], folded[held + 1 :]
    if _published(folded):  # تقرير نشرته وكالة، الاستطلاع الذي أجرته مؤسسة: who put it out
        skip = 2 if folded[0] in _WHICH else 1
        words, folded = words[skip:], folded[skip:]
    return _past_relay(words, folded)


def _thing_put_out(word: str) -> bool:
    """Whether a folded word is a thing a source puts out, with its article or ل (بيان، التقرير، لتقرير)."""
    return any(word.startswith(p) and word[len(p) :] in _PUT_OUT for p in ("", "ال", "لل", "ل"))


def _published(folded: list[str]) -> bool:
    """Whether the words after a thing put out open with the verb that put it out, maybe after a relative
    pronoun (نشرته، التي أصدرتها)."""
    verb = folded[1:2] if folded[:1] and folded[0] in _WHICH else folded[:1]
    return bool(verb) and verb[0] in _PUBLISHED


def _pronoun(folded: list[str]) -> tuple[bool, str | None]:
    """Whether a source's last word is a saying or view with its owner's pronoun (قوله، رأيها) or the
    pronoun alone after ل (له، لها; ه alone is only ever the attribution word's own suffix), and the
    pronoun's gender."""
    if len(folded) == 1 and folded[0] in _FOR_HIM:
        return True, _FOR_HIM[folded[0]]
    last = folded[-1] if folded else ""
    for suffix, gender in _OWNERS:
        if last.endswith(suffix) and last[: -len(suffix)].removeprefix("ل") in _SAYINGS:
            return True, gender
    return False, None


def source_name(words: list[str], to: bool) -> str | None:
    """The source's name from its words (للرئاسة التركية → الرئاسة التركية; لـ"الميادين" → الميادين),
    none for what is no one (الأرقام الرسمية، 3 مصادر، ما هو معلن)."""
    if to and words and words[0].startswith("ل"):
        first = words[0]
        first = first[2:] if first.startswith("لـ") else "ال" + first[2:] if first.startswith("لل") else first[1:]
        words = [first, *words[1:]] if first else words[1:]
    folded = [fold_text(w.strip("«»\"“”")) for w in words]
    head = folded[1] if len(folded) > 1 and folded[0] in _LATEST else folded[0] if folded else ""
    if not folded or head.removeprefix("ال") in _NO_ONE or any(c.isdigit() for w in folded for c in w) \
            or any(w in _CLAUSE_WORDS for w in folded):
        return None
    return unquoted(" ".join(words))
