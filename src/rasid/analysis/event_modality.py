"""Negation and modality of an event, from the words before its trigger: لم، لن، نفى أن (negated);
إذا، لو، يخشى, a purpose (ليفجر، لكي يهاجم), a charge (بتهمة القتل) (hypothetical); سوف، من المقرر (future); a year long before the article, ذكرى، آنذاك,
قبل عشر سنوات (historical)."""

from __future__ import annotations

import re

from rasid.analysis import event_data as data
from rasid.analysis.clause_words import unjoined, words_before
from rasid.analysis.context import SentenceContext
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text as _F

_NEGATORS = frozenset(_F(w) for w in data.NEGATORS)
_DENIALS = frozenset(_F(w) for w in data.DENIAL_VERBS)
_BELIEFS = frozenset(_F(w) for w in data.BELIEF_VERBS)
_THAT = frozenset(_F(w) for w in ("أن", "أنه", "أنها", "أنهم", "بأن", "إن", "إنه"))
# after a negator, words that make it no negation: ما زال / لا يزال (still), لا سيما (especially)
_NOT_NEGATING = frozenset(_F(w) for w in ("زال", "زالت", "زالوا", "يزال", "تزال", "يزالون", "سيما", "بد"))


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words only (لو is no cue inside مسؤولون, nor غدا inside بغداد); a cue ending in a clitic
    preposition (تهديد ب) runs on into the next word."""
    parts = [re.escape(_F(c)) + ("" if re.search(r"\s[بل]$", _F(c)) else r"(?!\S)") for c in cues]
    return re.compile(r"(?<!\S)[\"«“(]?[وف]?(?:" + "|".join(parts) + ")")  # (a quotation may open with it)


_HYPOTHETICAL = _cue_pattern(data.HYPOTHETICAL_CUES)
_FUTURE = _cue_pattern(data.FUTURE_CUES)
_HISTORICAL = _cue_pattern(data.HISTORICAL_CUES)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# "years ago" (حذرت قبل عشر سنوات، فرض عقوبات على روسيا قبل ثلاث سنوات): two years or more
_LONG_AGO = re.compile(r"(?<!\S)قبل\s+(?:\S+\s+){0,2}?(?:سنوات|سنين|اعوام|عامين|سنتين|عاما|سنه|عقود|عقدين|قرن|قرون)"
                       r"(?![^\s.،,؛:])")


def negated(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a negation or a denial governs the trigger."""
    # (an opening quotation mark is no word: لكنّه "لن يخفف الظروف")
    before = [w for w in (w.lstrip("\"«“") for w in _F(ctx.text[ctx.start : trigger.start]).split()) if w]
    # "any" before the noun carries the negation further back (لم تقدم الحكومة أي مساعدة)
    any_ = bool(before) and before[-1] in _ANY
    window = before[-(data.NEGATION_WINDOW + data.NEGATION_ANY_EXTRA if any_ else data.NEGATION_WINDOW) :]
    following = [*window[1:], _F(trigger.text)]
    if any(unjoined(w, _NEGATORS) in _NEGATORS and nxt not in _NOT_NEGATING
           for w, nxt in zip(window, following)):
        return True  # لا، ولا، فلم — not ما زال (still), لا سيما (especially)
    # a denial governs its whole complement clause (نفى أن يكون الجيش قد قصف …، نفت، في 7 فبراير، أن) and
    # what it refuses right after it (رفضت إسرائيل الانسحاب) — not a clause after its object (رفض المجلس
    # أي قرصنة، مشيدا بالخطوات)
    words = [w.strip("،,.:؛\"«»“”") for w in before]
    for n, w in enumerate(words):
        if w.lstrip("و") in _DENIALS and (len(words) - n <= data.DENIAL_OBJECT_WORDS
                                          or any(x in _THAT for x in words[n + 1 :])):
            return True
    # … and so does a verb of belief after a negator: ولا أعتقد أنه قتل
    return any(unjoined(a, _NEGATORS) in _NEGATORS and b in _BELIEFS and c in _THAT
               for a, b, c in zip(words, words[1:], words[2:]))


_WHEN = frozenset(_F(w) for w in ("عندما", "حينما", "حين"))
_ANY = frozenset(_F(w) for w in ("أي", "أية", "اي", "اية"))
_PURPOSE = frozenset(_F(w) for w in ("كي", "لكي", "ولكي"))


def of_purpose(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a present verb (not a verbal noun) says what someone meant to do: joined to ل or after
    كي (ليفجر جسده، لكي يهاجم) — a purpose, not what happened."""
    word = _F(trigger.text)
    if word[:1] not in ("ي", "ت", "ن"):
        return False
    if trigger.prefix.endswith("ل"):
        return True
    before = words_before(ctx, trigger.start - len(trigger.prefix), 1)
    return bool(before) and before[0] in _PURPOSE


_CHARGES = frozenset(_F(w) for w in data.CHARGE_WORDS)
_MAY = frozenset(_F(w) for w in ("قد", "وقد", "فقد"))


def charged(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a charge word stands a few words before the trigger in its clause (بتهمة التحريض على العنف
    ودعم منظمة إرهابية): what someone is accused of — a verbal noun, alleged, not an event."""
    head = ctx.text[ctx.start : trigger.start - len(trigger.prefix)]
    if "تهم" not in head and "جريم" not in head and "جرائم" not in head:
        return False  # a cheap look first: most clauses name no charge
    clause = re.split(r"[،,.:؛]", head)[-1]
    return any(_F(w) in _CHARGES for w in clause.split()[-data.CHARGE_WINDOW :])


def modality(ctx: SentenceContext, trigger: Match, date: str | None, lemma: str = "") -> str:
    """asserted, hypothetical, future or historical; ``date``: the article's day (YYYY-MM-DD); ``lemma``: the
    verb's past, whose letters a present form does not open with (تعهدت، تظاهر are past, تدعو present)."""
    near = " ".join(words_before(ctx, trigger.start, data.CUE_WINDOW))
    before = near.split()[-1:] if not trigger.prefix else []
    word = _F(trigger.text).split()[0] if trigger.text.strip() else ""
    present = word[:1] in ("ي", "ت") and not (lemma and word.startswith(_F(lemma).split()[0]))
    if _HYPOTHETICAL.search(near) or (present and before and before[0] in _MAY):
        return "hypothetical"  # … قد تنسحب من القمة، وقد تدعو: it may (قد before a past verb: it has)
    if "س" in trigger.prefix or _FUTURE.search(near) or (present and before and before[0] in _WHEN):
        return "future"  # عندما يلتقي بوتين: when he meets him
    years = [int(y) for y in _YEAR.findall(_F(ctx.text[ctx.start : ctx.end]))]
    if date and years and max(years) <= int(date[:4]) - data.HISTORICAL_YEARS:
        return "historical"
    if _HISTORICAL.search(near):
        return "historical"
    # قبل عشر سنوات before the trigger or a few words after it (فرض عقوبات على روسيا قبل ثلاث سنوات) —
    # not a nested event's further on (أفرجت عن الدبلوماسي … بعد اعتقاله قبل 5 سنوات)
    after = " ".join(_F(ctx.text[trigger.end : ctx.end]).split()[: data.LONG_AGO_AFTER_WORDS + 4])
    dated_after = any(len(after[: m.start()].split()) <= data.LONG_AGO_AFTER_WORDS for m in _LONG_AGO.finditer(after))
    if _LONG_AGO.search(near) or dated_after:
        return "historical"
    return "asserted"
