"""Whom an event is aimed at: the verb's object, or the first actor after the preposition that marks
it, past what cannot be one (a name in brackets, who reported it, a relative, the source's own name or
country adjective), and the actors joined to it by و (هنية والنخالة → one event each)."""

from __future__ import annotations

import re
from itertools import pairwise

from rasid.analysis import event_data as data
from rasid.analysis import event_roles
from rasid.analysis.clause_words import (
    PREPOSITION_RESUMPTIVES,
    TIMES_AND_DAYS,
    count_words,
    joined_marker,
    joined_present_verb,
    lexicon_verb_at,
    marker,
    word_after,
    word_spans,
    words_before,
    words_before_lam,
)
from rasid.analysis.context import SentenceContext
from rasid.analysis.event_doers import (
    named_by_agent_clause,
    named_by_agent_phrase,
    names_talks,
)
from rasid.analysis.mentions import Mention
from rasid.analysis.quote_data import COMPLEMENTIZERS, CONJUNCTIONS_BEFORE_THAT
from rasid.analysis.title_holders import RELATIVES, word_start
from rasid.lexicon.entries import Verb
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef
from rasid.text.fold import fold_text as _F

_OBJECT_PRONOUNS = frozenset(_F(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "إياهن"))
# a verb after them opens a new clause (… وأصيب 13 آخرون عندما فتح مسلح النار)
_CLAUSE_LINKS = frozenset(_F(w) for w in ("بينما", "فيما", "حيث", "ثم", "عندما", "حينما", "كلما", "لكن", "ولكن",
                                          "لكنّ", "ولكنّ", "لكنه", "لكنها", "لكنهم",  # ، لكن الولايات المتحدة قالت
                                          # … and the reasons given for it (يرفض أي هدنة لأنه لا يريد حل موضوع الأسرى)
                                          "لأن", "لأنه", "لأنها", "لأنهم", "لأنهما", "لكونه", "لكونها"))
_TIME_CONJUNCTIONS = frozenset(_F(w) for w in ("بعد", "قبل", "دون", "منذ"))
_COMPLEMENTS = frozenset(_F(w) for w in COMPLEMENTIZERS)
_CONJUNCTION_THAT = frozenset(_F(w) for w in CONJUNCTIONS_BEFORE_THAT)
_THAT = frozenset(_F(w) for w in ("أن", "ان", "أنه", "أنها", "أنهم", "أنهما"))  # (حذر من أنه إذا قتلت …)
# words after a noun that are no noun opening a phrase (الهجوم الذي، القصف منذ، المفاوضات حيث)
_NOT_NOUNS = frozenset(_F(w) for w in ("الذي", "التي", "الذين", "حيث", "منذ", "مع", "من", "في", "على", "عن", "إلى",
                                       "الى", "بين", "ضد", "عبر", "نحو", "حول", "بعد", "قبل", "خلال", "أمس", "اليوم",
                                       "أن", "إن", "كما", "ثم", "قد", "لم", "لن", "لا", "ما", "هو", "هي", "غير", "أيضا"))
_OWNED_WORDS = 5  # the attack verb, its subject, what was struck (مقر قيادة كتيبة تابعة), then its owner in ل
_ALLEGIANCE = frozenset(_F(w) for w in ("التابع", "التابعة", "التابعين", "الموالي", "الموالية", "الموالين",
                                        "الموالون", "المقرب", "المقربة", "المدعوم", "المدعومة"))
_PEOPLE = frozenset(_F(w) for w in (*data.MEMBER_NOUNS, "أنصار", "مسلحين", "عناصر"))
_CLAUSE_PREPOSITIONS = frozenset(_F(w) for w in ("من", "على", "إلى", "الى", "في", "عن"))  # … before أن: a clause
# a region's noun with ب or في: the place after it is where (بمنطقة مكة المكرمة، في مدينة حلب)
_IN_REGIONS = frozenset(_F(p + w) for p in ("ب", "") for w in ("منطقة", "مدينة", "محافظة", "ولاية", "إقليم",
                                                                       "مقاطعة", "بلدة", "قرية", "العاصمة"))
_REASONS = frozenset(_F(w) for w in data.REASON_WORDS)
_COUNTERPARTS = tuple(_F(w) for w in ("نظير", "نظراء", "نظرائ"))
_IN, _WITH = _F("في"), _F("مع")
_BETWEEN = _F("بين")


def _owned_noun(word: str) -> bool:
    """Whether a word carrying a verb's preposition is a noun with a possessive pronoun (بتعاونهما،
    بجهودها، بدوره): its owner, named before, is what the verb is about."""
    bare = word.rstrip("،,.:؛»\"")
    if len(bare) < 6 or not bare.startswith(("ب", "ل", "وب", "ول")) or _F(bare).lstrip("وبل").startswith(_COUNTERPARTS):
        return False  # رحب بنظيره العراقي: the counterpart is named after it
    return bare.endswith(("هما", "ها", "هم")) or (bare.endswith("ه") and bare[-2] not in "الهو")


class TargetFinder:
    """Finds the targets of a trigger; built once from the lexicon (each verb's prepositions)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._marks = {vid: frozenset(t if t == "direct" else _F(t) for t in v.target) for vid, v in lexicon.verbs.items()}
        # the prepositions whose pronoun after the verb resumes its object (دعا له: إلى's ل too)
        self._resumed_by = {vid: tuple({p for p in marks if p != "direct"} | ({"ل"} if _F("إلى") in marks else set()))
                            for vid, marks in self._marks.items()}
        self._speaking = frozenset(_F(p) for r in lexicon.reporting.values() for p in r.participles)
        # cities and regions: no one's guest (a country may stand for its envoy: استقبل سفير بريطانيا)
        self._local_places = frozenset(pid for pid, p in lexicon.places.items() if p.kind in ("city", "region"))
        self._offices = frozenset(lexicon.agents)

    def targets(self, ctx: SentenceContext, trigger: Match, verb: Verb, is_noun: bool,
                 taken: set[tuple[int, int]]) -> list[ActorRef]:
        """The target(s): the verb's object, or the first actor after the preposition that marks it."""
        marks = self._marks[verb.id]
        following = word_after(ctx, trigger.end)
        resumed = following in PREPOSITION_RESUMPTIVES and following.startswith(self._resumed_by[verb.id])
        if following in _OBJECT_PRONOUNS or resumed:
            # مطالبا إياها بتسديد متأخرات؛ "يوم غضب" دعا له الفلسطينيون: the object was named before (not the
            # في of دعا فيه الحكومة: the statement it is in)
            return []
        # محمود عباس (أبو مازن): a name in brackets is another name of the one before it, no object;
        # nor is who reported it (أدانت المنامة في نبأ أوردته وكالة أنباء البحرين)
        after = [m for m in ctx.mentions if m.start >= trigger.end and (m.start, m.end) not in taken
                 and not ctx.text[max(ctx.start, m.start - 4) : m.start].rstrip().endswith("(")
                 and not event_roles.reported_by(ctx, m) and not event_roles.joined_to(ctx, m, taken)
                 and not (not is_noun and event_roles.adjective_after_verb(ctx, trigger, m))
                 and not event_roles.kin_of(ctx, m) and not event_roles.named_after(ctx, m)
                 and not _parties_of_a_noun(ctx, trigger, verb, m, taken)
                 and not event_roles.near_to(ctx, m) and not _underwent(ctx, m) and not event_roles.chairing(ctx, m)
                 and not event_roles.apposed_to(ctx, m, taken)
                 and not event_roles.qualifies_source(ctx, m, taken) and not names_talks(ctx, m)
                 and not (m.ref.id in self._local_places and verb.id in data.NO_PLACE_OBJECT_VERBS)
                 and not (is_noun and verb.id == "visit" and _visitor_named_again(ctx, m, taken))
                 and not (not is_noun and _names_the_next(ctx, m))  # (a noun's object is near: لقائه مع نظيره الصيني)
                 # what a victim suffered names its doer right after an agent phrase (أصيب طفلها … بمسيّرة إسرائيلية)
                 and not (verb.id in data.VICTIM_VERBS and named_by_agent_phrase(ctx, trigger.end, m))]
        if verb.id in data.PERSON_OBJECT_VERBS:
            # قتل جنود صبياً … في شمال قطاع غزة: a place says where, a reason why (اعتقلهم بتهمة الانتماء إلى):
            # whom is named before them or not at all; nor is who fired what hurt them (أصيبوا جراء قذيفة
            # أطلقتها ميليشيات الحوثي) — yet who fired on someone is what a condemnation is aimed at
            place = next((m.start for m in after if m.label == "LOC"), ctx.end)
            after = [m for m in after if m.start < min(place, _reason_at(ctx, trigger.end))
                     and not named_by_agent_clause(ctx, m)]
        if is_noun and verb.plover == "CONSULT" and following == _IN and not _place_right_after(ctx, trigger):
            # مباحثات في أوضاع قطاع غزة: what the talks were about, the partner only after مع (not لقائه في بغداد
            # مستشار الأمن القومي: where, then whom)
            after = [m for m in after if marker(ctx, m) == _WITH]
        named = [m for m in after if not event_roles.bare_agent(m)]
        after = named + [m for m in after if event_roles.bare_agent(m)]  # a named actor before a generic one
        window = data.NOUN_OBJECT_WINDOW if is_noun else data.OBJECT_WINDOW
        # a verbal noun's doer in its genitive: the object is counted from past it (لقاء الرئيس المصري مع …)
        # (… or after its ل: زيارة لوزير الخارجية الجزائري إلى بكين)
        past_clitic = verb.id == "visit"
        doer = next((m for m in ctx.mentions if (m.start, m.end) in taken and m.start >= trigger.end
                     and not ctx.text[trigger.end : m.start - (len(m.prefix) if past_clitic else 0)].strip()),
                    None) if is_noun else None
        if is_noun and doer is None:  # زيارة وفد حركة حماس إلى موسكو: past the delegation's sender
            first = next((m for m in ctx.mentions if m.start >= trigger.end), None)
            sender = event_roles.delegation_sender(ctx, first) \
                if first is not None and not ctx.text[trigger.end : first.start].strip() else None
            doer = sender if sender is not None and (sender.start, sender.end) in taken else None
        counted_from = doer.end if doer is not None else trigger.end
        # خلال الاستقبال تحيات الرئيس: an indefinite noun right after a noun with the article opens a phrase
        # of its own — no actor further on is that noun's object
        definite = is_noun and _F(trigger.text).startswith("ال") and _opens_phrase(following)
        if _done_to_others(ctx.text[trigger.end : trigger.end + 40].split()[:3]):
            return []  # تطالب بإعادة الأسرى، دعا إلى الإفراج عن المعتقلين: who is acted on, not whom it is asked of
        asides = _relative_asides(ctx, counted_from, taken)
        # (a guest's relative clause: whatever stands past it is inside it — found once for the trigger)
        object_clause = _object_relative(ctx, trigger, taken) if verb.plover == "CONSULT" and not is_noun else None
        for i, m in enumerate(after):
            if count_words(ctx, counted_from, m.start) - _words_in(ctx, asides, m.start) > window:
                break
            if any(a <= m.start < b for a, b in asides):
                continue  # … الذي ينسب تراجع الليرة التركية إلى …: an actor of the aside is no object
            between = _F(ctx.text[trigger.end : m.start]).strip(" \"«“").split()
            content = _opens_content(between)
            if is_noun and content:
                break  # وقال عقب زيارة الرئيس الفنلندي إن الحزب …: what was said, past the noun's phrase
            if content and not _asked_to_act(verb, between):
                continue  # وطالب بأن يُفهم موقف حركة حماس: what is asked for, past the verb's complementiser
            if self._new_clause_between(ctx, trigger, m):
                continue  # named actors come first, then generic ones: a generic one may still stand before
            if object_clause is not None and object_clause < m.start:
                break  # استقبل أمراء المناطق المواطنين الذين قدموا البيعة …: the guests were the citizens
            if verb.plover == "CONSULT" and m.label == "LOC" and _in_region(ctx, m):
                continue  # التقى المدير في مدينة جدة …: where, not whom
            mark = joined_marker(ctx, m)
            if definite and mark is None and count_words(ctx, counted_from, m.start) \
                    and not any(trigger.end <= t.start and t.end <= m.start for t in ctx.triggers):
                continue
            if mark is None and not is_noun and self._past_own_preposition(ctx, trigger, marks, m):
                continue  # ودعت السفيرة إلى ضرورة اعتماد الحوار وفق ميثاق الأمم المتحدة: inside what is called for
            if (mark is None and ("direct" in marks or is_noun)) or (mark and mark in marks) \
                    or (mark == "ل" and self._after_the_doer(ctx, trigger, m, taken)) \
                    or (mark == "ل" and verb.plover == "ASSAULT" and verb.id not in data.VICTIM_VERBS and not is_noun
                        and _owner_of_struck(ctx, trigger, m)):
                return [x.ref for x in self.coordinated(ctx, after[i:])]
        if is_noun:
            return []  # a verbal noun takes its object right after it (استقبال الفياض), nothing further
        mark_at = self._marking_word(ctx, trigger, marks)
        if mark_at is not None and _owned_noun(ctx.text[mark_at : mark_at + 30].split()[0]):
            return []  # رحبت باريس ولندن بتعاونهما: the target is the pronoun's, named before
        if mark_at is not None and _done_to_others(ctx.text[mark_at : mark_at + 40].split()[:3]):
            return []  # ورحبت قطر بإطلاق سراح الرهائن: the same, past the subject
        if mark_at is not None:
            for i, m in enumerate(after):
                if self._new_clause_between(ctx, trigger, m):
                    continue
                where = (joined_marker(ctx, m) == "في" and "في" not in marks) or (m.label == "LOC" and _in_region(ctx, m))
                if where and (verb.plover == "CONSULT" or event_roles.own_country(m)):
                    continue  # اجتمع … في مجلس الأمن؛ طالب … بزيادة استثماراتها في بلاده: where, not whom
                if m.start >= mark_at and any(c in ctx.text[mark_at : m.start] for c in "،,"):
                    break  # أفرجت السلطات عن أربعين معارضا، سعيا من الرئيس: the object ended at the comma
                # (what is called for or warned of: only an actor right after its preposition — دعا إلى
                # وقف إطلاق النار بين روسيا وأوكرانيا names no one called on)
                window = 1 if verb.id in data.CONTENT_MARKED_VERBS else data.MARKED_WINDOW
                if m.start >= mark_at and count_words(ctx, mark_at, m.start) <= window:
                    return [x.ref for x in self.coordinated(ctx, after[i:])]
        return []

    def _after_the_doer(self, ctx: SentenceContext, trigger: Match, m: Mention, taken: set[tuple[int, int]]) -> bool:
        """Whether an actor in ل follows the doer named right after the trigger (دعم الاتحاد الأوروبي
        لـ"إسرائيل"، تأييد روسيا لإيران): the object of the deed, a verbal noun's in its ل — not after an
        office, whose ل names its body (المدعي العام للمحكمة الجنائية الدولية)."""
        doer = next((x for x in ctx.mentions if (x.start, x.end) in taken and x.start >= trigger.end), None)
        if doer is None or doer.ref.id in self._offices or ctx.text[trigger.end : doer.start - len(doer.prefix)].strip():
            return False
        words = words_before_lam(ctx, doer.end, m)
        # (… past its adjectives, دعم برلين القاطع لـ — not one of allegiance: الجيش الليبي التابع للحكومة)
        return len(words) <= 2 and all(w.startswith("ال") and w not in _ALLEGIANCE for w in words)

    def _new_clause_between(self, ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
        """Whether a word opening a clause of its own — with و or ف, after فيما، بينما، حيث، ثم, or a
        participle of speech after a comma — stands between the trigger and the mention (اعتقل تنظيم
        داعش 53 شخصًا، فيما اعتقلت هيئة تحرير الشام: no object of the first arrest)."""
        if ":" in ctx.text[trigger.end : m.start]:
            return True  # … والذي زار جزيرة ليسبوس، الخميس: "رفض الحكومات الأوروبية …": what he said
        if any(_own_clause_subject(ctx, trigger, o) for o in ctx.mentions if trigger.end < o.start <= m.start):
            return True  # ويعتقل اكثر من ثلاثين فلسطينياً، والمقاومة تتصدى: a subject, its own verb, and what follows
        between = _F(ctx.text[trigger.end : m.start]).split()
        if any(w in _CLAUSE_LINKS for w in between[1:]):
            return True  # تؤيدان نهجاً أكثر حذراً، فيما تضغط جنوب أفريقيا: whatever its verb, a new clause
        if any(a.endswith(("،", ",")) and b in self._speaking for a, b in pairwise(["", *between])):
            return True  # انتقدت التصريحات الصادرة عن بنس، مضيفة أن بيونغ يانغ: what she added
        if any(w in self._speaking and w.endswith("ا") and len(w) > 4 for w in between):
            # رفضوا الالتحاق بالخدمة قائلاً إن "الجيش …": an adverbial participle of speech, comma or not (not
            # مقراً, a headquarters as often as acknowledging)
            return True
        if any((a in _TIME_CONJUNCTIONS or a in _CLAUSE_PREPOSITIONS) and b in _THAT for a, b in pairwise(between)):
            # أطلق النار … بعد أن صدم سيارة الشرطة، حذّر من أن إسرائيل قد تخسر؛ وافقت تركيا على أن تستخدم
            # طائرات الولايات المتحدة قواعدها لشن غارات على التنظيم: a clause of its own
            return True
        if any(trigger.end <= r.start < m.start and r.prefix[:1] in ("و", "ف")
               and ctx.text[ctx.start : word_start(ctx.text, r.start)].rstrip().endswith(("،", ",")) for r in ctx.reporting):
            return True  # يحذّر من انفجار المنطقة …، ويؤكّد وجود القدرات لمواجهة الولايات المتحدة: what he says next
        for t in ctx.triggers:
            start = t.start - len(t.prefix)
            if not trigger.end <= t.start < m.start or t.prefix[:1] not in ("", "و", "ف"):
                continue
            if not ctx.text[trigger.end : start].strip():
                continue  # هدمت وصادرت 217 مبنى: two verbs of one object
            head = ctx.text[ctx.start : start].split()
            if t.prefix or (head and _F(head[-1]) in _CLAUSE_LINKS):
                return True
        return False

    @staticmethod
    def _past_own_preposition(ctx: SentenceContext, trigger: Match, marks: frozenset[str], m: Mention) -> bool:
        """Whether one of the verb's own prepositions (إلى of دعا) stands between it and an unmarked actor:
        the actor is inside that phrase's complement, never the verb's direct object."""
        own = {p for p in marks if p != "direct" and " " not in p}
        return any(w.lstrip("و") in own for w in _F(ctx.text[trigger.end : m.start]).split())

    def _marking_word(self, ctx: SentenceContext, trigger: Match, marks: frozenset[str]) -> int | None:
        """Where the first word after the trigger that carries one of the verb's prepositions starts."""
        pos = trigger.end
        for word in ctx.text[trigger.end : ctx.end].split()[: data.OBJECT_WINDOW]:
            at = ctx.text.index(word, pos)
            folded = _F(word).lstrip("و")
            own_letter = any(m.start == at and not m.prefix.lstrip("وف") for m in ctx.mentions)  # بيروت
            if folded in marks or (folded[:1] in ("ب", "ل") and folded[:1] in marks and len(folded) > 3
                                   and not own_letter):
                return at
            pos = at + len(word)
        return None

    def coordinated(self, ctx: SentenceContext, mentions: list[Mention]) -> list[Mention]:
        """The first mention and those joined to it by و (هنية والنخالة), past appositions."""
        out = [mentions[0]]
        last_end = mentions[0].end
        for m in mentions[1:]:
            raw_gap = ctx.text[last_end : m.start]
            gap = event_roles.without_state_form(_F(raw_gap).strip(" ،,()"))
            if "(" in raw_gap or (m.ref.id and m.ref.id == out[-1].ref.id):
                last_end = m.end  # (حماس), or a title followed by its holder's name: the same actor
                continue
            if any(c in raw_gap for c in "،,") and joined_present_verb(ctx, m):
                break  # ويعتقل ثلاثين فلسطينيا، والمقاومة تتصدى: the subject of a clause of its own
            if (m.prefix.startswith("و") and not gap) or gap in ("و", "، و"):
                out.append(m)
                last_end = m.end
            else:
                break
        return out


def _opens_content(words: list[str]) -> bool:
    """Whether a complementiser among ``words`` opens what is said or asked (بأن، إن), not a conjunction's or
    a modal's أن (بعد أن، يمكن أن، من شأنه أن يؤدي الى … من قبل الصهاينة)."""
    return any(w in _COMPLEMENTS and (i == 0 or words[i - 1] not in _CONJUNCTION_THAT) for i, w in enumerate(words))


def _asked_to_act(verb: Verb, between: list[str]) -> bool:
    """Whether the actor after a request's complementiser is the subject of the verb it opens (طالب بأن
    تزوّد "إسرائيل" أوكرانيا، دعا إلى أن تنسحب القوات): the one asked."""
    # (the words between: the complementiser, perhaps after its preposition, then the verb)
    return verb.plover == "REQUEST" and len(between) in (2, 3) and between[-2] in _COMPLEMENTS


def _owner_of_struck(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether an actor in ل owns what an attack verb struck, named right before it in the same clause
    (استهدفت المقاومة مقر قيادة كتيبة تابعة لـ"الجيش" الإسرائيلي، قصف موقعا لحزب الله): the one attacked —
    not after the plural of people that is the verb's subject (اقتحم أنصار للرئيس: his supporters)."""
    between = ctx.text[trigger.end : m.start - len(m.prefix)]
    words = [w for w in _F(between).split() if w.strip("\"«»“”") not in ("", "ل")]  # (لـ"الجيش": ل apart)
    people = len(words) == 1 and (words[0].endswith("ون") or words[0] in _PEOPLE)
    return 1 <= len(words) <= _OWNED_WORDS and not people and not any(c in between for c in "،,.:؛") \
        and not words[0].startswith(("ب", "ل")) and not any(w in _NOT_NOUNS or w in _CLAUSE_LINKS for w in words) \
        and not _actors_own(ctx, trigger, m)


def _actors_own(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether the ل of ``m`` follows an actor's adjective of allegiance (قصف الجيش الليبي التابع للحكومة،
    جماعة الحوثي والقوات الموالية للرئيس): it says whose the attacker is."""
    before = [x for x in ctx.mentions if trigger.end <= x.start and x.end <= m.start]
    if not before:
        return False
    gap = _F(ctx.text[before[-1].end : m.start - len(m.prefix)]).split()
    gap = [w for w in gap if w.strip("\"«»“”") not in ("", "ل")]
    return bool(gap) and all(w in _ALLEGIANCE for w in gap)


def _names_the_next(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country adjective qualifies the person named right after it (نظيره الروسي فلاديمير بوتين):
    that person is the one meant."""
    nxt = next((o for o in ctx.mentions if o.start >= m.end), None)
    # (not one joined by و, the next of a list: رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف)
    return m.label == "MISC" and not m.prefix and nxt is not None and nxt.label == "PER" \
        and not ctx.text[m.end : nxt.start].strip() and (nxt.ref.code or "")[:3] == (m.ref.code or "")[:3]


def _object_relative(ctx: SentenceContext, trigger: Match, taken: set[tuple[int, int]]) -> int | None:
    """Where the first relative pronoun after the trigger stands when it follows a noun, maybe past a comma:
    that noun was the object (a generic one the named actors are tried before: المواطنين الذين؛ القس أندرو
    برانسون، الذي أفرجت عنه السلطات التركية), and any mention past it is inside the clause about it — None
    after the subject (in ``taken``) or a time (التقى ماكرون، أمس الاثنين، الذي تراجعت شعبيته، رئيسة الوزراء: an
    aside on the subject)."""
    at = next((at for at, word in word_spans(ctx) if at > trigger.end and _F(word) in RELATIVES), None)
    if at is None:
        return None
    noun = ctx.text[trigger.end : at].rstrip().rstrip("،,").rstrip()
    last = _F(noun).split()[-1:]
    if not last or last[0] in TIMES_AND_DAYS \
            or any(o.end == trigger.end + len(noun) and (o.start, o.end) in taken for o in ctx.mentions):
        return None
    return at


def _visitor_named_again(ctx: SentenceContext, m: Mention, taken: set[tuple[int, int]]) -> bool:
    """Whether a person follows a visit noun's visitor with nothing between (زيارة نائب المستشارة الألمانية
    وزير الاقتصاد سيغمار غابريال): a second title of the visitor — one visits places, not people, there;
    or the delegation the visitor sent."""
    if m.ref.id == "delegation":  # زيارة وفد من الوكالة الدولية: the delegation is its sender, visiting
        sender = event_roles.delegation_sender(ctx, m)
        return sender is not None and (sender.start, sender.end) in taken
    return m.label == "PER" and any(end <= m.start and not ctx.text[end : m.start].strip() for _, end in taken)


def _opens_phrase(word: str) -> bool:
    """Whether a folded word is an indefinite noun opening a phrase of its own (تحيات), not a clitic-led
    word, a noun with the article or a particle."""
    return word.isalpha() and not word.startswith(("ال", "و", "ف", "ب", "ل")) and word not in _NOT_NOUNS


def _reason_at(ctx: SentenceContext, start: int) -> int:
    """Where the first word giving a reason (بتهمة، لصلتهم، بسبب) after ``start`` stands; the sentence's end if none."""
    return next((at for at, word in word_spans(ctx) if at >= start and _F(word).lstrip("و") in _REASONS), ctx.end)


def _in_region(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a place follows a region's noun with ب or في (بمنطقة مكة المكرمة): where something happens."""
    before = words_before(ctx, m.start, 2)
    return bool(before) and before[-1] in _IN_REGIONS and (before[-1][:1] == "ب" or before[:1] == ["في"])


# a relative clause set off by commas after the subject (أردوغان، الذي ينسب تراجع الليرة إلى "مؤامرة" أميركية،)
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")  # المدير السابق لوكالة الاستخبارات (سي آي أيه)،
_RELATIVE_ASIDE = re.compile(r"[،,]\s*((?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s[^،,.:؛]*)(?=[،,])")


def _relative_asides(ctx: SentenceContext, start: int, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the relative clauses set off by commas stand after ``start``, right after the subject (a
    mention in ``taken``, maybe with a bracketed name): the object of اتهم أردوغان، الذي ينسب …، الاثنين،
    واشنطن is no further from its verb for one, and none of its actors is the object (but تدين الاعتداء، الذي
    شنته قوات الولايات المتحدة: the clause on the object names whom it condemns)."""
    ends = {m.end for m in ctx.mentions if (m.start, m.end) in taken and m.label != "MISC"}  # (not الإيرانيين)
    return [found.span(1) for found in _RELATIVE_ASIDE.finditer(ctx.text, start, ctx.end)
            if ctx.start + len(_BRACKETED_TAIL.sub("", ctx.text[ctx.start : found.start()]).rstrip()) in ends]


# a relative clause of undergoing, its subject right after it (الهجوم الذي تعرّضت له باكستان)
_UNDERGONE = re.compile(r"(?:الذي|التي|اللذين|اللتين)\s+(?:ت|ي|تت|يت)?عرض(?:ت|وا|ا)?\s+(?:له|لها|لهم|لهما)"
                        r"(?:\s+[^\s،,.:؛]+){0,3}\s*$")  # … الذي تعرض له الجاسوس المزدوج الروسي


def _parties_of_a_noun(ctx: SentenceContext, trigger: Match, verb: Verb, m: Mention,
                       taken: set[tuple[int, int]]) -> bool:
    """Whether an actor, alone or joined by و to those before it, follows بين that a noun after the
    trigger takes (دعم إيران لمفاوضات السلام الجارية بين أرمينيا وأذربيجان): that noun's parties, not the
    trigger's target — unless بين follows the trigger or its doer (توسطت مصر بين حماس وإسرائيل)."""
    if verb.id == "mediate":
        return False  # توسطت مصر في اتفاق بين حماس وإسرائيل: the parties are the mediator's
    first = m
    while True:  # back along the و that joins it to those before (بين المغرب و"إسرائيل")
        prev = next((o for o in reversed(ctx.mentions) if o.end <= first.start), None)
        joint = ctx.text[prev.end : first.start] if prev is not None else ""
        if prev is None or joint.strip(" \"«»“”") != "و":
            break
        first = prev
    before = words_before(ctx, first.start - len(first.prefix), 1)
    if [w.strip("\"«»“”") for w in before] != [_BETWEEN] or first.start < trigger.end:
        return False
    at = ctx.text.rfind(" ", trigger.end, first.start - len(first.prefix) - 1)
    # (a word between that is no doer's: the noun the parties belong to)
    return any(trigger.end <= a < at and not any(s <= a < e for s, e in taken) for a, _ in word_spans(ctx))


def _place_right_after(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a place follows the trigger's في at once (لقائه في بغداد): where, not what about."""
    first = next((m for m in ctx.mentions if m.start >= trigger.end), None)
    return first is not None and first.label == "LOC" and count_words(ctx, trigger.end, first.start) == 1


def _underwent(ctx: SentenceContext, m: Mention) -> bool:
    """Whether an actor is the subject of a relative clause on the object that says it underwent it (تدين
    الهجوم الإرهابي الذي تعرّضت له باكستان): the victim, not whom the act is aimed at."""
    before = ctx.text[max(ctx.start, m.start - len(m.prefix) - 40) : m.start - len(m.prefix)]
    return "ض" in before and _UNDERGONE.search(_F(before)) is not None  # (a letter of it, before folding)


def _words_in(ctx: SentenceContext, spans: list[tuple[int, int]], before: int) -> int:
    """How many words the spans that end before ``before`` hold."""
    return sum(count_words(ctx, a, b) for a, b in spans if b <= before)


def _own_clause_subject(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a mention joined with و after the trigger is the subject of a present verb right after it,
    after a comma (، والمقاومة تتصدى) — or without one when the lexicon knows that verb (باكو تدعو أرمن
    كاراباخ … ويريفان تعلن وصول)."""
    return joined_present_verb(ctx, m) \
        and (ctx.text[trigger.end : m.start - 1].rstrip().endswith(("،", ",")) or lexicon_verb_at(ctx, m.end))


_DONE_TO = frozenset(_F(w) for w in data.DONE_TO_NOUNS)


def _done_to_others(words: list[str]) -> bool:
    """Whether the marked words open an act done to others (بإعادة الأسرى، إلى الإفراج عن، بإطلاق سراح): its
    genitive is who is returned, freed or protected."""
    folded = [_F(w).strip("،,.") for w in words]
    if folded[:1] and folded[0].lstrip("و") in ("الي", "ب"):
        folded = folded[1:]  # إلى الإفراج
    noun = folded[0].removeprefix("ب").removeprefix("ال") if folded else ""
    genitive = folded[1] if len(folded) > 1 else ""
    # … the people themselves after it, or عن (بإعادة الأسرى، الإفراج عن) — not a second verbal noun
    # (بإعادة انتخاب الرئيس مادورو, whom the recognition is about) nor a place or a name (بعودة سوريا)
    definite = genitive.startswith(("ال", "لل")) and genitive not in ("الي", "الا")  # (بالعودة إلى الميدان: إلى)
    done_to = noun in _DONE_TO and (definite or genitive == "عن")
    return done_to or (noun == "اطلاق" and genitive == "سراح")
