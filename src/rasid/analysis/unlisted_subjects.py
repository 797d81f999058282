"""A verb's subject named with words nobody listed, right after the verb that opens its clause
(وأشاد جمال المعمري بعاصفة الحزم؛ أشاد أحمد بن محمد الجروان رئيس البرلمان العربي بأداء …): the name,
up to the preposition, comma or title that ends it."""

from __future__ import annotations

import re

from rasid.analysis import event_data as data
from rasid.analysis.clause_words import word_after
from rasid.analysis.context import SentenceContext
from rasid.analysis.mentions import HONORIFIC_WORDS, STYLE_WORDS
from rasid.analysis.title_holders import LINEAGE, names_a_title, reads_as_name
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef
from rasid.text.fold import fold_text as _F

_TIME_WORDS = frozenset(_F(w) for w in (*data.TIME_WORDS, *data.DAYS))
# counts and quantities, which open an object or a toll (أصابت ألفين آخرين، دعا جميع الأطراف), particles
_NO_NAME = frozenset(_F(w) for w in (*data.NUMBER_WORDS, *data.CROWD_WORDS, "جميع", "كافة", "كل", "حوالي", "نحو",
                                     "آخرين", "آخرون", "بعض", "عدد", "حتى", "أيضا", "منقطع",
                                     # demonstratives point back, or at an object (ضرب هذين العاملين)
                                     "هذا", "هذه", "هذين", "هذان", "هاتين", "هؤلاء", "ذلك", "تلك", "أولئك"))
_TOKEN = re.compile(r"\S+")
# people counted right after the verb (ووافق 137 نائبا، وطالب 20 عضوا): a number and an indefinite noun
_COUNTED = re.compile(r"\s+(\d+\s+((?!ال)[^\W\d_]{3,}))(?=\s)")
# … not times, shares or spans (شارك 9 مرات في، أيد 67 بالمئة)
_UNITS = frozenset(_F(w) for w in ("مرة", "مرات", "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "عاما", "سنوات",
                                   "أعوام", "شهرا", "أشهر", "أسابيع", "بالمئة", "بالمائة", "مليون", "مليار", "ألف", "آلاف"))
_MOST_WORDS = 4  # a name and its lineage (أحمد بن محمد الجروان)


def unlisted_name(word: str) -> bool:
    """Whether a bare word reads as a name nobody listed (كيم، ماكرون): no clitic preposition or
    conjunction, no adverb or pronoun ending (مجدداً، سموه), no time word, no digit."""
    folded = _F(word)
    return len(folded) >= 3 and folded[:1] not in ("ب", "ل", "و", "ف") and not folded.endswith(("ا", "ه")) \
        and folded not in _NO_NAME and "\u064b" not in word and folded not in _TIME_WORDS and folded not in HONORIFIC_WORDS \
        and folded not in STYLE_WORDS and reads_as_name(word) and word.isalpha()


def unlisted_subject(ctx: SentenceContext, trigger: Match, marks: tuple[str, ...]) -> ActorRef | None:
    """The name nobody listed right after a verb that opens its clause, holding no known actor and ended
    by a comma, the holder's title, or a preposition that opens the verb's object (``marks``: أشاد X
    بعاصفة الحزم); coded by the title when the lexicon knows it (رئيس البرلمان العربي). A family name
    with the article ends the name (جمال المعمري)."""
    before = ctx.text[ctx.start : trigger.start - len(trigger.prefix)].rstrip()
    if before and not trigger.prefix.startswith(("و", "ف")) and not before.endswith(("،", ",")):
        return None  # جمال المعمري استقبل …: a subject before the verb, what follows is its object
    counted = _COUNTED.match(ctx.text, trigger.end, ctx.end)
    if counted is not None and _F(counted.group(2)) not in _UNITS and _ends_name(word_after(ctx, counted.end()).rstrip("،,"), marks):
        return ActorRef(counted.group(1), counted.group(1), None, None, None)  # ووافق 137 نائبا على إقالة
    name: list[re.Match[str]] = []
    ended = False
    for token in _TOKEN.finditer(ctx.text, trigger.end, ctx.end):
        bare = token.group().rstrip("،,")
        if name and _ends_name(bare, marks):
            ended = True
            break
        family = bool(name) and _F(bare).startswith("ال") and bare.isalpha() and len(bare) > 4
        if not family and not (name and _F(bare) in LINEAGE) and not unlisted_name(bare):
            break
        name.append(token)
        if bare != token.group():
            ended = True  # ، a comma closes it
            break
        if family or len(name) > _MOST_WORDS:
            ended = family and _ends_name(word_after(ctx, token.end()).rstrip("،,"), marks)
            break
    if not ended or not 2 <= len(name) <= _MOST_WORDS or _F(name[-1].group().rstrip("،,")) in LINEAGE:
        return None
    start, end = name[0].start(), name[-1].start() + len(name[-1].group().rstrip("،,"))
    if any(start <= m.start < end for m in ctx.mentions):
        return None  # a known actor inside: not a name nobody listed
    text = ctx.text[start:end]
    title = next((m for m in ctx.mentions if m.start >= end), None)
    apposed = title is not None and not ctx.text[end : title.start].strip(" ،,") and title.label in ("ORG", "PER")
    return ActorRef(text, text, None, None, title.ref.code if apposed and title is not None else None)


def _ends_name(word: str, marks: tuple[str, ...]) -> bool:
    """What may follow a name nobody listed: a title in apposition (رئيس البرلمان العربي), or the
    preposition, joined (بعاصفة الحزم) or apart (على), that opens the verb's object."""
    folded = _F(word)
    joined = folded[:1] in ("ب", "ل") and folded[:1] in marks and len(folded) > 3 and not folded.startswith("ال")
    return joined or (folded in marks and len(folded) > 1) or names_a_title(folded)
