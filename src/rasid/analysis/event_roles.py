"""Which role a mention can play in an event, read from the words around it: a group named in the
accusative is an object (اتهم الوزير الحوثيين), a relative is not the one whose relative they are (زوجة
رئيس الحكومة), a country adjective right after a verb is a surname (واستنكر التركي), a place's or a time's
genitive acts in nothing (قرب مقر وزارة الأمن، بعد خطاب السيد نصر الله), states joined with their form
are one chain (وسلطنة بروناي)."""

from __future__ import annotations

import re

from rasid.analysis import event_data as data
from rasid.analysis.clause_words import SECTORS, word_after, words_before
from rasid.analysis.context import SentenceContext
from rasid.analysis.entities import FOLDED_STATE_FORMS
from rasid.analysis.mentions import (
    ASSOCIATES,
    HONORIFIC_WORDS,
    STYLE_WORDS,
    Mention,
    other_country,
)
from rasid.analysis.quote_data import ATTRIBUTIONS, COMPLEMENTIZERS
from rasid.analysis.title_holders import RELATIVES, names_a_title
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text as _F

# words after which a verb opens its own clause, its subject still to come
BEFORE_VERB = frozenset(_F(w) for w in (*data.VERB_PARTICLES, *data.SUBJECT_COMPLEMENTISERS, *data.RELATIVE_PRONOUNS,
                                        "لا", "ما", "لكي", "كي", "حتى", "بينما", "فيما", "إذ", "إذا", "لو", "أو", "ثم",
                                        "وقت", "الوقت", "يوم", "ساعة", "لحظة", "فترة", "مرة", "المرة"))
# … and nouns of place that govern a genitive (وسط حشد من المتظاهرين: a crowd, not حشد the verb)
PREPOSITIONS_BEFORE_NOUN = frozenset(_F(w) for w in (*data.TARGET_PREPOSITIONS, "بشأن", "حول", "عبر", "وسط",
                                                     "داخل", "خارج", "قرب", "تحت", "فوق", "خلف"))
_KINSHIP = frozenset(_F(w) for w in data.KINSHIP_NOUNS)
_QUANTIFIERS = frozenset(_F(w) for w in ("بعض", "كل", "جميع", "معظم", "أغلب", "عدد", "آلاف", "عشرات", "مئات"))
_COUNTS = frozenset(_F(w) for w in data.COUNT_WORDS)
DEMONSTRATIVES = frozenset(_F(w) for w in ("هذه", "هذا", "هؤلاء", "تلك", "ذلك"))
_REPORTED_IT = frozenset(_F(w) for w in ("أوردته", "أوردتها", "نقلته", "نقلتها", "بثته", "بثتها", "نشرته", "نشرتها",
                                         "ذكرته", "ذكرتها", "أذاعته", "أذاعتها"))
_ATTRIBUTIONS = frozenset(_F(w) for w in ATTRIBUTIONS)
_ATTRIBUTION_LINKS = frozenset(_F(w) for w in ("ل", "لـ", "عن"))
_WHAT = frozenset(_F(w) for w in ("ما", "لما"))
_PLACE_NOUNS = frozenset(_F(w) for w in ("مقر", "قرب", "أمام", "مبنى", "داخل", "خارج", "بالقرب", "محيط", "بمحيط"))
_CHAIRED_BY = _F("برئاسة")
_SESSIONS = frozenset(_F(w) for w in ("جلسة", "الجلسة", "جلسته", "جلستها", "جلساته", "اجتماع", "الاجتماع", "اجتماعه",
                                      "اجتماعها", "عقدت", "عقد", "المنعقدة", "المنعقد", "انعقدت", "انعقد"))
_SESSION_WORDS = 5  # … this many words before برئاسة (جلسته الاعتيادية التي عقدت اليوم برئاسة)
# the words of the styles before a name (صاحب السمو الملكي، فخامة، and دولة before a prime minister)
_STYLES = frozenset(w for style in STYLE_WORDS for w in style.split()) | {_F("دولة")}
_NEAR_WORDS = frozenset(_F(w) for w in ("قرب", "بالقرب", "أمام", "خارج", "محيط", "بمحيط", "قبالة"))
_TIME_PREPOSITIONS_BEFORE = frozenset(_F(w) for w in ("بعد", "قبل", "عقب", "إثر", "اثر", "خلال", "أثناء", "اثناء"))
_NAMED_PLACES = frozenset(_F(w) for w in ("مستشفى", "مشفى", "جامعة", "مطار", "شارع", "ميدان", "مسجد", "جامع",
                                           "مدرسة", "ملعب", "استاد", "مجمع", "مدينة", "قاعدة", "جسر", "طريق",
                                           "منطقة", "حي", "ساحة", "مستشفيات", "قصر"))
_FOR_THE_SAKE = [_F("من"), _F("أجل")]
_CAUSES = frozenset(_F(w) for w in ("لأجل", "لتحرير", "تحرير", "لنصرة", "نصرة"))
_RANKS = frozenset(_F(w) for w in ("صفوف", "بصفوف"))  # في صفوف هيئة تحرير الشام: the ranks fallen in


def bare_agent(m: Mention) -> bool:
    """A generic noun with no country (القائد، المقاومة): a weaker candidate than a named actor."""
    return m.label == "ORG" and m.ref.code in SECTORS and m.ref.name_en is not None \
        and m.ref.id is not None and not m.ref.id.isupper()


def joined_to(ctx: SentenceContext, m: Mention, taken: set[tuple[int, int]]) -> bool:
    """Whether a mention is joined by و to a chain of mentions that holds a source (دعت هولندا
    وأستونيا … والدنمارك والسويد: Sweden signed too, it is no target; تطالب فيتنام والفلبين وسلطنة بروناي)."""
    before = [x for x in ctx.mentions if x.end <= m.start]
    current = m
    for x in reversed(before):
        gap = _F(ctx.text[x.end : current.start]).strip(" ،,")
        gap = without_state_form(gap)
        if not (gap == "و" or (not gap and current.prefix.startswith("و"))):
            return False
        if (x.start, x.end) in taken:
            return True
        current = x
    return False


def own_country(m: Mention) -> bool:
    """Whether the mention is بلاده / بلادها, the country of someone named before it."""
    return _F(m.ref.text).startswith("بلاد")


def oblique_plural(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a group is named by its plural adjective in the accusative or genitive (الحوثيين،
    الأميركيين): no subject, which would end in ون — unless a count or a quantifier heads it (دعا آلاف
    الفلسطينيين: its genitive)."""
    words = _F(m.ref.text).split() if m.ref.text else []
    # … or a generic group of people by its plural noun (المجاهدين، المسلحين; not البحرين nor الكرملين)
    group = m.label == "ORG" and (m.ref.code or "") in SECTORS and len(words) == 1 and len(words[0]) >= 7
    plural = len(words) == 1 and (words[0].endswith("يين") or (group and words[0].endswith("ين")))
    # … or such a noun with its plural adjective, both oblique (دعا المسؤولين الإيرانيين إلى)
    plural = plural or (len(words) == 2 and words[1].endswith("يين") and words[0].endswith("ين")
                        and all(w.startswith("ال") for w in words))
    if not plural or not words[0].startswith("ال"):
        return False
    before = words_before(ctx, m.start, 1)
    return not (before and (before[0] in _COUNTS or before[0] in _QUANTIFIERS))


def in_relative_clause(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention stands in a relative clause, a relative pronoun and its verb right before it
    (خالد العبيدي الذي يزور روسيا، … وقع الاتفاق: Russia is visited; past the comma, no subject of the
    main verb)."""
    before = words_before(ctx, m.start, 2)
    return len(before) == 2 and before[0] in RELATIVES


def kin_of(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention names whose relative someone is (اتهمت زوجة رئيس الحكومة …: his wife acted,
    and another was accused — he is neither the doer nor the target), or a person whose aide someone is
    (وسلمت مساعدة ترامب السابقة التسجيل)."""
    before = words_before(ctx, m.start, 2 if m.label == "PER" else 1)
    if not before:
        return False
    if before[-1].lstrip("و") in _KINSHIP:
        return True
    if m.label != "PER" or not (before[-1].lstrip("و") in ASSOCIATES or " ".join(before).lstrip("و") in ASSOCIATES):
        return False
    first = _F(m.ref.text).split()[:1]  # a name, not a title: نائبة الرئيس … كامالا هاريس names the deputy herself
    return bool(first) and not names_a_title(first[0]) and first[0] not in HONORIFIC_WORDS


def singular_demonym(m: Mention) -> bool:
    """Whether a country adjective is singular (التركي، الأمريكية), not a plural noun (الفلسطينيون)."""
    return m.label == "MISC" and _F(m.ref.text).endswith(("ي", "يه"))


def _right_after(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether only spaces stand between the trigger and the mention."""
    return m.start >= trigger.end and not ctx.text[trigger.end : m.start].strip()


def described_by_demonym(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether an indefinite singular country adjective follows the word right after it (طالب جزائري;
    a plural is a noun: قتل فلسطينيين)."""
    return any(_right_after(ctx, trigger, m) and m.start > trigger.end and m.label == "MISC" and not m.prefix
               and not _F(m.ref.text).startswith("ال") and _F(m.ref.text).endswith("ي") for m in ctx.mentions)


_SIZES = frozenset(_F(w) for w in data.SIZE_ADJECTIVES)
_TWO_WORDS = re.compile(r"\s*(\S+)\s*(\S*)")


def described_by_size(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether an indefinite adjective of size or force follows the word (وحشد كبير من، قصف عنيف على):
    a noun — no verb is followed by one (كبير المفاوضين, in construct, is a title: the subject)."""
    found = _TWO_WORDS.match(ctx.text, trigger.end, ctx.end)
    return found is not None and _F(found.group(1)) in _SIZES and not _F(found.group(2)).startswith("ال")


def adjective_after_verb(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a definite singular country adjective stands right after a verb: it qualifies no noun
    there — a surname (واستنكر التركي هذه التصريحات), neither subject nor object (قتل فلسطيني: a noun)."""
    if not (singular_demonym(m) and _F(m.ref.text).startswith("ال") and _right_after(ctx, trigger, m)):
        return False
    nxt = word_after(ctx, m.end)  # … unless a name follows it (استشهد الفلسطيني يزن مراحلة، طالب البوليفي كارلوس)
    return not nxt[:1].isalpha() or nxt.startswith("ال") or nxt in BEFORE_VERB or nxt in PREPOSITIONS_BEFORE_NOUN \
        or nxt in DEMONSTRATIVES


def qualifies_a_place(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a country adjective after the trigger qualifies a place named between (زار مدينة دوما
    السورية): where it was done, no doer."""
    between = _F(ctx.text[trigger.end : m.start]).split()
    return any(w.removeprefix("ال") in _NAMED_PLACES for w in between)


def without_state_form(gap: str) -> str:
    """A folded gap between two mentions without the state form that opens the second (وسلطنة بروناي → و):
    the form is no word of its own between joined states."""
    return next((gap.removesuffix(f) for f in FOLDED_STATE_FORMS if gap == "و" + f), gap)


def reported_by(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention follows a verb of reporting with its object pronoun (نبأ أوردته وكالة …) or
    a word of attribution (وفق "رويترز"، بحسب وكالة، وفقا لـ، نقلا عن): who told it, not whom it was done to."""
    words = words_before(ctx, m.start, 3)
    before = [w for w in (w.strip("\"«»“”") for w in words) if w]
    if before and before[-1] in _REPORTED_IT:
        return True
    if len(before) >= 2 and before[-1] in _ATTRIBUTION_LINKS:
        before = before[:-1]  # وفقا لـ، نقلا عن
    elif len(before) == 3 and before[-2] in _WHAT:
        before = before[:-2]  # وفق ما أفاد مسؤول، بحسب ما ذكرت الوكالة، وفقا لما نقلت رويترز
    if before and before[-1] in _ATTRIBUTIONS:
        return True
    # … or the adjective of the source named after it (وفقا للجنة تحقيقات روسية), no comma between
    if m.label != "MISC":
        return False
    at = next((n for n, w in enumerate(words[:-1]) if w in _ATTRIBUTIONS), None)
    return at is not None and not any(c in " ".join(words[at:]) for c in "،,.")


def placed_or_timed(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention names a place (قرب مقر وزارة الأمن) or the time of a time phrase (وبعد خطاب
    السيد نصر الله): the genitive of a noun of place, or of a noun after a preposition of time."""
    before = [w for w in words_before(ctx, m.start, 3) if w not in HONORIFIC_WORDS]  # خطاب السيد نصر الله
    if before and before[-1] in _PLACE_NOUNS:
        return True
    return len(before) >= 2 and before[-2].removeprefix("و") in _TIME_PREPOSITIONS_BEFORE


def near_to(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention names what something happened near or outside (بهجوم انتحاري قرب وزارة
    الخارجية، أمام السفارة): where, not whom it was done to."""
    before = words_before(ctx, m.start, 1)
    return bool(before) and before[0].removeprefix("و") in _NEAR_WORDS


def chairing(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention, past honorifics, follows برئاسة after a session or meeting (جلسته الاعتيادية
    التي عقدت اليوم برئاسة صاحب السمو الملكي الأمير خليفة): who chaired it, not whom its verb is aimed at
    — a delegation's head is its guest (التقى وفدا برئاسة وزير الخارجية), a government's head stands for it."""
    before = words_before(ctx, m.start, 6 + _SESSION_WORDS)
    while before and before[-1] in HONORIFIC_WORDS | _STYLES:
        before.pop()
    return bool(before) and before[-1] == _CHAIRED_BY \
        and any(w.removeprefix("و") in _SESSIONS for w in before[-1 - _SESSION_WORDS : -1])


def named_after(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a person's name names a place or an institution called after them (مشفى الملك سلمان،
    مطار الملك خالد، جامعة الملك سعود، شارع الرشيد): where something happened, no actor."""
    before = words_before(ctx, m.start, 1)
    return m.label == "PER" and bool(before) and before[0].lstrip("وبل") in _NAMED_PLACES


def a_cause(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a place is the cause a body is named for (مجموعة العمل المغربية من أجل فلسطين، لجنة نصرة
    القدس): no actor of the sentence."""
    if m.label != "LOC":
        return False
    before = words_before(ctx, m.start, 2)
    return before[-2:] == _FOR_THE_SAKE or (bool(before) and before[-1] in _CAUSES)


def in_ranks(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the mention names the ranks someone fell or fought in (قتلى في صفوف هيئة تحرير الشام): no
    doer of what is told."""
    before = words_before(ctx, m.start, 1)
    return bool(before) and before[-1].removeprefix("و") in _RANKS


def delegation_sender(ctx: SentenceContext, m: Mention) -> Mention | None:
    """The body or country a delegation comes from, right after it (وفد حركة حماس، وفد من الكونغرس)."""
    if m.ref.id != "delegation":
        return None
    sender = next((x for x in ctx.mentions if x.start >= m.end), None)
    gap = _F(ctx.text[m.end : sender.start]).split() if sender is not None else []
    if sender is None or gap not in ([], ["من"]) or sender.prefix or sender.label not in ("ORG", "LOC"):
        return None
    return sender


def apposed_to(ctx: SentenceContext, m: Mention, taken: set[tuple[int, int]]) -> bool:
    """Whether the mention stands between commas right after a source (حذّر رئيس المعارضة الإسرائيلية،
    يائير لابيد، من …): the source's own name, no target."""
    closed = ctx.text[m.end : m.end + 2].lstrip()[:1] in ("،", ",", "-", "–")  # (… آل سعود - حفظه الله -)
    # a person: an object may be set off by commas too (اتهمت سوريا، الولايات المتحدة، بـ); so is a person of
    # another country (التقى وزير الخارجية الأثيوبي، تايي أسقي سيلاسي، رئيس جيبوتي، إسماعيل عمر جيلي،)
    if m.label != "PER" or not closed:
        return False
    by_span = {(s.start, s.end): s for s in ctx.mentions}
    for start, end in taken:
        source = by_span.get((start, end))
        gap = ctx.text[end : m.start]
        if end <= m.start and (_only_adjectives_and_comma(gap) or _only_styles(gap)) \
                and not (source is not None and other_country(source, m)):
            return True
    return False


def _only_styles(gap: str) -> bool:
    """Whether a gap is only a royal's style, no comma (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير
    محمد بن نايف - حفظه الله -): the name that follows, closed by a mark, is the title's holder."""
    words = _F(gap).split()
    return bool(words) and all(w in _STYLES for w in words)


def _only_adjectives_and_comma(gap: str) -> bool:
    """Whether a gap is a comma, maybe after up to two definite words that describe what stands before
    it (رئيس حكومة الاحتلال الإسرائيلي الأسبق، نفتالي بينيت)."""
    head, comma, rest = gap.rpartition("،") if "،" in gap else gap.rpartition(",")
    # (… or the style before a royal's name: نائب خادم الحرمين الشريفين صاحب السمو الملكي، الأمير محمد)
    words = [w for w in _F(head).split() if w not in _STYLES]
    return bool(comma) and not rest.strip() and len(words) <= 2 and all(w.startswith("ال") for w in words) \
        and not any(c in head for c in "،,.:؛")


def qualifies_source(ctx: SentenceContext, m: Mention, taken: set[tuple[int, int]]) -> bool:
    """Whether a definite singular country adjective closes a source's title: right after it, or past
    the one definite word of a complement the title's last word governs (طالب وزير الأوقاف المصري: the
    minister's country, no target; not وطالب السفير الإدارة الأميركية, nor التقى الرئيس نظيره المصري)."""
    if not (singular_demonym(m) and _F(m.ref.text).startswith("ال")):
        return False
    for start, end in taken:
        between = ctx.text[end : m.start]
        words = _F(between).split()
        governs = not _F(ctx.text[start:end]).split()[-1].startswith("ال")  # وزير، not السفير
        if end <= m.start and (not words or (governs and len(words) == 1 and words[0].startswith("ال"))) \
                and not any(c in between for c in "،,.:؛"):
            return True
    return False


# prepositions of a topic or place that open a sentence before its verb (وبشأن الأزمة السورية ندد كيري)
# (not من، على: مجموعة من المؤسسات البلجيكية دعت، ردا على تصريحات أميركية دعت — the doers)
_TOPIC_PREPOSITIONS = frozenset(_F(w) for w in ("في", "بشأن", "بشان", "حول", "تجاه", "إزاء", "ازاء", "بخصوص", "خلال",
                                                "وسط", "داخل"))

# في الوقت الذي، في حين، في حال، في الأثناء، في المقابل، في هذا السياق: a conjunction or a link, no topic
_LINKS_AFTER_IN = frozenset(_F(w) for w in ("الوقت", "حين", "حال", "حالة", "الأثناء", "أثناء", "المقابل", "السياق",
                                            "سياق", "غضون", "هذا", "هذه", "ذلك", "الأخير", "النهاية"))
_THAT = frozenset(_F(w) for w in COMPLEMENTIZERS if " " not in w)


def topic_before(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country adjective before a verb qualifies a noun governed by a preposition (وبشأن
    الأزمة السورية، في الملف السوري) or stands in a clause such a preposition opens (وفي استطلاع أجرته
    صحيفة البيان الإماراتية، أشاد زوار دبي): what the sentence is about, or where, no doer."""
    before = words_before(ctx, m.start, 2)
    if len(before) == 2 and before[0].removeprefix("و") in _TOPIC_PREPOSITIONS:
        return True
    clause = [_F(w) for w in re.split(r"[،,:؛]", ctx.text[ctx.start : m.start])[-1].split()]
    if any(w.removeprefix("و") in _THAT for w in clause):
        return False  # في تطور آخر قالت مصادر إن وحدة اسرائيلية خاصة اغتالت: what was said opens a clause of its own
    # (not a conjunction or a link: في الوقت الذي كانت المؤسسة الدينية التركية لا تعترف، في الأثناء تتابع)
    return len(clause) >= 2 and clause[0].removeprefix("و") in _TOPIC_PREPOSITIONS and clause[1] not in _LINKS_AFTER_IN


_WORD = re.compile(r"\S+")
_MEMBER = frozenset(_F(w) for w in ("عضو", "العضو", "عضوة", "العضوة", "أعضاء", "الأعضاء", "عضوا", "عضواً"))


def membership(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a body is named as what the actor right before it belongs to (تركيا عضو حلف شمال الأطلسي،
    الكويت، العضو في مجلس الأمن): the member acts, not the body — unlike عضو الكونجرس، أعضاء المعارضة
    with no actor before, the members of the body."""
    words = list(_WORD.finditer(ctx.text, ctx.start, m.start))[-2:]
    if words and _F(words[-1].group()) == "في":
        words = words[:-1]
    if not words or _F(words[-1].group().strip("،,")) not in _MEMBER:
        return False
    member_at = words[-1].start()
    return any(o.end <= member_at and not ctx.text[o.end : member_at].strip(" ،,") for o in ctx.mentions)


def clause_before(ctx: SentenceContext, end: int, at: int) -> bool:
    """Whether a comma between ``end`` and ``at`` closes a clause other than the one the verb at ``at``
    opens: words other than قد stand between the comma and the verb (اللبنانية، حيث استهدف)."""
    between = ctx.text[end:at]
    cut = max(between.rfind("،"), between.rfind(","))
    return cut >= 0 and any(_F(w) != _F("قد") for w in between[cut + 1 :].split())
