"""Who did it, when the verb does not say: the subject of a support verb (قامت دبابة إسرائيلية
بقصف), the one who claimed an attack (تبنت حركة طالبان), the topic of أما … فـ, the speaker whose
pronoun subjects a reported verb (أكد الحلف أنه قتل), the doer named after a verbal noun (هجوم
شنّه مسلحون صوماليون), and the country a generic actor takes from its sentence."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from rasid.analysis import event_data as data
from rasid.analysis.clause_words import (
    AUXILIARY,
    PRESENT_FORM,
    SECTORS,
    THE_LATTER,
    TIMES_AND_DAYS,
    accusative,
    can_act,
    count_words,
    is_marked,
    unjoined,
    word_after,
    word_spans,
    words_before,
    words_before_trigger,
)
from rasid.analysis.context import SentenceContext
from rasid.analysis.mentions import SAYING_WORDS, Mention
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Event
from rasid.text.fold import fold_text as _F

_SUPPORT = frozenset(_F(w) for w in data.SUPPORT_VERBS)
_TO_HIM = frozenset(_F(w) for w in ("له", "لها", "لهم", "لهما", "لي", "لنا"))
IMPOSING = frozenset(_F(w) for w in data.IMPOSING_VERBS)
PROVIDING = frozenset(_F(w) for w in data.PROVIDING_VERBS)
_QAMA = frozenset(_F(w) for w in data.QAMA_FORMS)
_JOIN = frozenset(_F(w) for w in data.JOINING_VERBS)
_INTO = frozenset(_F(w) for w in ("في", "إلى"))
_CLAIMS = frozenset(_F(w) for w in data.CLAIM_VERBS)
_CLAIM_NOUNS = frozenset(_F(w) for w in data.CLAIM_NOUNS)
_SAID_BY = frozenset(_F(w) for w in data.PRONOUN_COMPLEMENTS + data.POSSESSED_FORCES)
_COUNTS = frozenset(_F(w) for w in data.NUMBER_WORDS + data.CROWD_WORDS)
_AMMA = re.compile(r"\s*و?[أاإآ]ما(?!\S)")  # as folded: أما، اما
_AGENT_CLAUSE = frozenset(_F(w) for w in data.AGENT_CLAUSE_VERBS)
_AGENT_PHRASES = frozenset(_F(w) for w in data.AGENT_PHRASES)
_CONJUNCTIONS = frozenset(_F(w) for w in data.AGENT_PHRASE_CONJUNCTIONS)
_WEAPONS = frozenset(_F(w) for w in data.WEAPONS)
_MISSIONS = frozenset(_F(w) for w in ("سفارة", "السفارة", "سفارتي", "قنصلية", "القنصلية", "بعثة", "البعثة"))
_ORIGIN_WORDS = frozenset(_F(w) for w in data.ORIGIN_WORDS)
_MARKS_AS_SPACES = str.maketrans({c: " " for c in '"«»“”'})
_RESUMPTIVES = frozenset(_F(w) for w in data.RESUMPTIVES)
_WRITINGS = frozenset(_F(w) for w in data.WRITINGS)
_TALKS = frozenset(_F(w) for w in ("مؤتمر", "مشاورات", "مفاوضات", "محادثات", "قمة", "اتفاق", "اتفاقية", "منتدى",
                                   "مباحثات", "اجتماعات", "جولة", "عملية", "مسار", "إعلان", "تفاهمات"))
_FROM = _F("من")
# a doer's belonging, right after it (مسلحون ينتمون لـ، عناصر تابعة لـ، المنتمين إلى)
_BELONGING = re.compile(r"\s+(?:ينتمون|ينتمي|تنتمي|المنتمين|المنتمون|منتمين|تابعون|تابعين|التابعين|التابعون|تابعة|التابعة|تابع)"
                        r"\s*(?:إلى|الى|ل)?\s*")
_UNDERGOING_STEMS = tuple(_F(w) for w in data.UNDERGOING_STEMS)
_RECEIVED = frozenset(_F(w) for w in ("تلقى", "تلقت", "تلقوا", "يتلقى", "تسلم", "تسلمت", "استلم", "استلمت",
                                     "وتلقى", "وتلقت", "وتسلم", "وتسلمت", "واستلم", "واستلمت"))
_MEMBERS = frozenset(_F(w) for w in ("أعضاء", "عناصر", "بين", "صفوف"))
_WRITING_REACH = 10  # words back from the verb to the writing it speaks in (رسالة إلى نظيره الروسي، طالب فيها)
_WRITER_GAP = 5  # words between the writer and the writing: its verb, where it was put (نشر على حسابه تغريدة)
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "ول")  # the article, maybe after a proclitic (as folded)


def localized(ctx: SentenceContext, ref: ActorRef | None) -> ActorRef | None:
    """A generic actor (متظاهرون → CVL) takes the country the sentence places it in; a movement
    coded international takes the country of its branch named right after it (حزب البعث العربي
    الاشتراكي في السودان → SDNPTY)."""
    if ref is None:
        return None
    code = ref.code or ""
    if code.startswith("INT") and code[3:] in SECTORS:
        branch = _origin(ctx, ref, _places(ctx))
        return ref if branch is None else ActorRef(ref.text, ref.name, ref.name_en, ref.id, branch.ref.code + code[3:])
    if code not in SECTORS or _remembered(ref):
        return ref
    country = _country_of(ctx, ref)
    return ref if country is None else ActorRef(ref.text, ref.name, ref.name_en, ref.id, country + (ref.code or ""))


def _remembered(ref: ActorRef) -> bool:
    """Whether a family name alone stands for a person named in full earlier (منصور → رياض منصور): the
    person was placed where named, not by this sentence's places."""
    written, named = _F(ref.text).split(), _F(ref.name or "").split()
    return ref.id is None and len(written) == 1 and len(named) > 1 and named[-1] == written[0]


def _country_of(ctx: SentenceContext, ref: ActorRef) -> str | None:
    """Where a generic actor is: the place it comes from or the sentence names, else the country of
    the sentence's national actors (ودعوا الحكومة الباكستانية), else its country adjective (ولايات أميركية)."""
    places = _places(ctx)
    if ref.code == "REB":  # the resistance the region's press names fights Israel and is never Israeli: the
        # occupation it targets or the settlement it strikes places it nowhere (المقاومة تستهدف مواقع الاحتلال)
        places = [m for m in places if not (m.ref.code or "").startswith("ISR")]
    origin = _origin(ctx, ref, places)
    if origin is not None:
        return origin.ref.code
    named = _named_with_country(ctx, ref)
    if named is not None:  # مجندات في "الجيش" الإسرائيلي … بينما يهدّد "الجيش": the army the sentence named
        return named
    place = next((m for m in places if m.label == "LOC"), None)
    if place is not None:
        return place.ref.code
    national = next((m.ref.code for m in ctx.mentions if len(m.ref.code or "") > 3 and m.ref.code[:3] not in SECTORS
                     and not (ref.code == "REB" and m.ref.code.startswith("ISR"))), None)
    if national is not None:
        return national[:3]
    return next((m.ref.code for m in places if m.label == "MISC"), None)


def _named_with_country(ctx: SentenceContext, ref: ActorRef) -> str | None:
    """The country of the actor the sentence named before a bare generic noun, with that noun and
    sector (الجيش الإسرائيلي … الجيش → ISR)."""
    own = next((m for m in ctx.mentions if m.ref.text == ref.text and m.ref.code == ref.code), None)
    words = _unmarked_words(ref.text)
    if own is None or len(words) != 1:
        return None  # only a bare noun (الجيش) stands for the one named with it
    for m in ctx.mentions:
        code = m.ref.code or ""
        if m.end <= own.start and len(code) == 3 + len(ref.code or "") and code[3:] == ref.code \
                and code[:3] not in SECTORS and _unmarked_words(m.ref.text)[:1] == words:
            return code[:3]
    return None


def _unmarked_words(text: str) -> list[str]:
    """The folded words of a name, without the quotation marks some outlets put around it."""
    return _F(text).translate(_MARKS_AS_SPACES).split()


def _places(ctx: SentenceContext) -> list[Mention]:
    """The sentence's countries and places (coded with a bare country), less embassies' countries and
    counterparts' (وزير الخارجية يلتقي نظيره الروسي: the minister is no Russian)."""
    return [m for m in ctx.mentions if m.ref.code and len(m.ref.code) == 3 and not _missions_of(ctx, m)
            and not _counterpart_of(ctx, m) and not names_talks(ctx, m) and not accusative(ctx, m)]


def names_talks(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a city names the talks held there (مشاورات جنيف، مؤتمر مدريد، اتفاق أوسلو): no country anyone
    in the sentence is of, and no one an act is aimed at."""
    if m.label != "LOC" or m.ref.id == m.ref.code:
        return False  # a country or a body takes part in them (مفاوضات إيرانية سعودية، قمة الناتو)
    before = words_before(ctx, m.start, 1)
    return bool(before) and before[0].lstrip("وب").removeprefix("ال") in _TALKS


def _counterpart_of(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country adjective qualifies a counterpart (نظيره الروسي، نظرائه العرب)."""
    before = words_before(ctx, m.start, 1)
    return m.label == "MISC" and bool(before) and before[0].lstrip("و").startswith(("نظير", "نظراء"))


def _missions_of(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country is named as whose embassy it is (حول مقر سفارة استونيا في موسكو): the embassy
    stands in another country."""
    before = words_before(ctx, m.start, 1)
    word = before[0] if before else ""
    return word in _MISSIONS or (word[:1] in ("و", "ب") and word[1:] in _MISSIONS)  # وسفارة، بسفارة (not بعثة → عثة)


def _origin(ctx: SentenceContext, ref: ActorRef, places: list[Mention]) -> Mention | None:
    """Where the generic actor comes from or is, said right after it: المتظاهرين القادمين من ولايات
    أميركية، 300 متظاهر من أبناء دارفور، طلاب في جامعة هوارد في واشنطن."""
    own = next((m for m in ctx.mentions if m.ref.text == ref.text and m.ref.code == ref.code), None)
    if own is None:
        return None
    nxt = next((m for m in places if m.start >= own.end and m.label in ("LOC", "MISC")), None)
    if nxt is None:
        return None
    between = _F(ctx.text[own.end : nxt.start]).split()
    return nxt if len(between) <= data.ORIGIN_WINDOW and (not between or _ORIGIN_WORDS.intersection(between)
                                                         or nxt.prefix in _ORIGIN_WORDS) else None


def topic(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """"أما الرئيس ترامب فاتهم إيران": the topic after أما does what the verb with ف says."""
    clause = max(ctx.start, *(ctx.text.rfind(c, ctx.start, trigger.start) + 1 for c in "،,.؛"))
    amma = _AMMA.match(ctx.text, clause, trigger.start)
    if amma is None:
        return None
    found = next((m for m in ctx.mentions if amma.end() <= m.start and m.end <= trigger.start and can_act(m)), None)
    return found.ref if found is not None else None


def amma_topic(ctx: SentenceContext, before: int) -> tuple[bool, ActorRef | None]:
    """Whether the sentence opens with أما, and the actor it names as its topic before ``before``
    (أما المقيم عصام عثمان من سوريا، فأبدى إعجابه …، مثمنًا: the resident, whom no list knows)."""
    amma = _AMMA.match(ctx.text, ctx.start, before)
    if amma is None:
        return False, None
    head = re.split(r"[،,]", ctx.text[amma.end() : before])[0]
    found = next((m for m in ctx.mentions if amma.end() <= m.start and m.end <= amma.end() + len(head)
                  and can_act(m) and not is_marked(ctx, m)), None)
    return True, (found.ref if found is not None else None)


def present_headline_subject(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The actor a sentence opens with before a present verb, for a present verb joined later with و
    (الاحتلال يوسع مداهماته في الضفة ويعتقل، X يحذر … ويدعو): one subject, two acts."""
    if trigger.prefix != "و" or not PRESENT_FORM.fullmatch(_F(trigger.text).split()[0]):
        return None
    first = next((m for m in ctx.mentions if m.start >= ctx.start), None)
    if first is None or first.prefix or not can_act(first) or count_words(ctx, ctx.start, first.start) > 0:
        return None
    verb = _F(ctx.text[first.end : first.end + 20]).split()[:1]
    if not verb or not PRESENT_FORM.fullmatch(verb[0]) or any(
            first.end < m.start and m.end <= trigger.start and m.prefix == "و" and can_act(m) for m in ctx.mentions):
        return None  # (كوريا الشمالية تعلن …، وواشنطن وسيول تنددان: a subject of its own joined later)
    return localized(ctx, first.ref)


def claimant(ctx: SentenceContext) -> ActorRef | None:
    """Who the sentence says claimed an attack: تبنت حركة طالبان …، أعلنت الجماعة مسؤوليتها."""
    words = word_spans(ctx)
    for at, word in words:
        folded = _F(word)
        if folded in _CLAIMS or folded.lstrip("و") in _CLAIMS:
            m = next((m for m in ctx.mentions if m.start > at and can_act(m)), None)
            if m is not None and count_words(ctx, at + len(word), m.start) <= 2:
                return with_nationality(ctx, m)
        elif folded in _CLAIM_NOUNS:
            m = next((m for m in reversed(ctx.mentions) if m.end <= at and can_act(m)), None)
            if m is not None and count_words(ctx, m.end, at) <= 2:
                return with_nationality(ctx, m)
    return None


def support_verb(ctx: SentenceContext, trigger: Match, verbs: frozenset[str] = _SUPPORT) -> tuple[int, int] | None:
    """Where the support verb of a verbal noun stands (قامت … بقصف، وجهت … ضربات), if it has one;
    ``verbs``: the support verbs to look for (IMPOSING for a measure: فرضت … عقوبات)."""
    words = [(at, w) for at, w in word_spans(ctx) if at + len(w) <= trigger.start]
    for n, (at, word) in enumerate(reversed(words)):
        folded = _F(word)
        verb = unjoined(folded, verbs)
        if verb in verbs and (n < data.SUPPORT_WINDOW or (verb in _QAMA and trigger.prefix.startswith("ب"))):
            return at, at + len(word)
        if n >= data.QAMA_WINDOW:
            break
    return None


def joined_verb(ctx: SentenceContext, trigger: Match) -> tuple[int, int] | None:
    """Where a verb of taking part stands before a protest noun it takes with في or إلى (شارك آلاف
    الطلاب في مظاهرة، انضم العمال إلى الإضراب): the protest happened and its subject took part."""
    words = [(at, w) for at, w in word_spans(ctx) if at + len(w) <= trigger.start][-data.SUPPORT_WINDOW:]
    if not words or _F(words[-1][1]) not in _INTO:
        return None
    for at, word in reversed(words[:-1]):
        if unjoined(_F(word), _JOIN) in _JOIN:
            return at, at + len(word)
    return None


def support_subject(ctx: SentenceContext, trigger: Match, span: tuple[int, int] | None = None) -> ActorRef | None:
    """The subject of a verbal noun's support verb (or of the verb at ``span``): after it (قامت دبابة
    إسرائيلية بقصف) or before it (القوات الأميركية وجهت ضربات)."""
    span = span or support_verb(ctx, trigger)
    if span is None:
        return None
    # (a capital stands for its state: كما تقوم واشنطن باستقبال)
    between = [m for m in ctx.mentions if m.start >= span[1] and m.end <= trigger.start
               and not is_marked(ctx, m) and (can_act(m) or m.label == "MISC" or m.seat)]
    if between:
        return with_nationality(ctx, between[0])
    prev = next((m for m in reversed(ctx.mentions) if m.end <= span[0]), None)
    if prev is not None and can_act(prev) and not is_marked(ctx, prev) \
            and count_words(ctx, prev.end, span[0]) <= 1:
        return prev.ref
    return None


def said_by_pronoun(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether the word before the trigger is a complementiser with a pronoun (أنه، بأنها): a verb follows."""
    before = words_before_trigger(ctx, trigger, 1)
    return bool(before) and before[0] in _SAID_BY


def speaker_of_clause(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The actor whose own pronoun subjects the verb (أكد الحلف أنه قتل، أعلن الجيش أن قواته قتلت)."""
    before = words_before_trigger(ctx, trigger, 2)
    if not before or not (before[-1] in _SAID_BY or (len(before) == 2 and before[-1] == "قد" and before[0] in _SAID_BY)):
        return None
    cut = ctx.text.rfind(" ", ctx.start, trigger.start - 1)
    # … or the source a saying is relayed from (ونقلت تاس عن وكالة الفضاء الروسية قولها إنها تتعاون): after عن
    relayed = len(before) == 2 and before[0] in SAYING_WORDS
    speaker = next((m for m in reversed(ctx.mentions)
                    if m.end <= cut and (relayed or not is_marked(ctx, m)) and can_act(m)), None)
    return speaker.ref if speaker is not None else None


def opening_subject(ctx: SentenceContext, before: int) -> ActorRef | None:
    """The actor right after the verb with و or ف the sentence opens with (وحدد وزير الداخلية …), or after
    the verb that follows a time set off by a comma (واليوم الأربعاء، وجّه الأمين العام …), if it stands
    before ``before``."""
    start = _past_opening_time(ctx, before)
    first = ctx.text[start : before].split(maxsplit=1)[:1]
    if not first or (start == ctx.start and first[0][:1] not in ("و", "ف")) or len(first[0]) < 4:
        return None
    m = next((m for m in ctx.mentions if m.start >= start), None)
    if m is None or m.end > before or count_words(ctx, start, m.start) != 1 or not can_act(m) or m.prefix:
        return None
    return localized(ctx, m.ref)


_COMMA = re.compile("[،,]")


def _past_opening_time(ctx: SentenceContext, before: int) -> int:
    """Where the sentence goes on past the time it opens with and its comma (واليوم الأربعاء، وأمس،), or
    its start."""
    comma = _COMMA.search(ctx.text, ctx.start, before)
    if comma is None:
        return ctx.start
    words = _F(ctx.text[ctx.start : comma.start()]).split()
    timed = 0 < len(words) <= 3 and all(w.removeprefix("و") in TIMES_AND_DAYS or w.isdigit() for w in words)
    return comma.end() if timed else ctx.start


def clause_subject(ctx: SentenceContext, before: int, verb_first: bool = False) -> ActorRef | None:
    """The actor a clause opens with, its verb first (ومن أجل ذلك، لم يتورع أحد التونسيين …): the
    doer of a participle later in the clause. ``verb_first``: a word (its verb) must stand before it —
    a clause that opens with a noun is the next of a list (…، والشعب السعودي الكريم وخص الجنود)."""
    head = max(ctx.text.rfind("،", ctx.start, before), ctx.text.rfind(",", ctx.start, before), ctx.start - 1) + 1
    # … or the auxiliary opening the clause, past the comma (، وكان كارتر قد زار بغداد، واجتمع)
    auxiliary = [found.start() for found in AUXILIARY.finditer(ctx.text, head, before)]
    head = auxiliary[-1] if auxiliary else head
    m = next((m for m in ctx.mentions if head <= m.start and m.end <= before), None)
    if m is None or not can_act(m) or is_marked(ctx, m) or count_words(ctx, head, m.start) > data.CLAUSE_SUBJECT_WORDS:
        return None
    if verb_first and not count_words(ctx, head, m.start - len(m.prefix)):
        return None
    return localized(ctx, m.ref)


def counted(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a number stands right before a mention (ثلاثة متشددين، 150 متمردا)."""
    before = words_before(ctx, m.start, 1)
    return bool(before) and (before[0] in _COUNTS or any(c.isdigit() for c in before[0]))


def with_nationality(ctx: SentenceContext, m: Mention) -> ActorRef:
    """A generic actor followed by a country adjective takes its country (مسلحون صوماليون → SOMUAF)."""
    ref = m.ref
    nxt = next((n for n in ctx.mentions if n.start >= m.end), None)
    if (ref.code or "") in SECTORS and nxt is not None and nxt.label == "MISC" and nxt.ref.code \
            and not ctx.text[m.end : nxt.start].strip():
        return ActorRef(ref.text, ref.name, ref.name_en, ref.id, nxt.ref.code[:3] + (ref.code or ""))
    return ref


def agent_clause(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The doer named in a clause after a verbal noun: هجوم شنّه مسلحون، مظاهرة نظمها حزب البعث — not
    one on another trigger between (الاتفاق الذي وُقع خلال زيارة قام بها ولي العهد: the visit's)."""
    start = _opener_end(ctx, trigger, _AGENT_CLAUSE)
    if start is not None and any(trigger.end <= t.start and t.end < start for t in ctx.triggers if t is not trigger):
        return None
    return _doer_at(ctx, start)


def agent_phrase(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The doer named by a phrase after a noun of what was suffered: إصابة المئات برصاص الجيش."""
    return _doer_at(ctx, _opener_end(ctx, trigger, _AGENT_PHRASES), owner=True)


def undergone_from(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The doer after من of what someone underwent (إثر تعرضهم لإطلاق نار من «مجموعة إرهابية»، تعرض
    الجنود لهجوم من مسلحين): the noun takes ل after a verb or noun of undergoing."""
    before = words_before_trigger(ctx, trigger, 2)
    if "ل" not in trigger.prefix or not any(w.removeprefix("و").startswith(_UNDERGOING_STEMS) for w in before):
        return None
    m = next((m for m in ctx.mentions if m.start >= trigger.end), None)
    between = _F(ctx.text[trigger.end : m.start]).translate(_MARKS_AS_SPACES).split() if m is not None else []
    if m is None or not can_act(m) or not between or between[-1] != _FROM or len(between) > 2:
        return None
    return with_nationality(ctx, m)


def attack_of(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """The doer an attack noun names with ل right after it or its adjective (غارة جوية للتحالف العربي،
    قصف للجيش): the attack is theirs."""
    m = next((m for m in ctx.mentions if m.start >= trigger.end), None)
    if m is None or m.prefix != "ل" or not can_act(m) or count_words(ctx, trigger.end, m.start) > 1:
        return None
    return with_nationality(ctx, m)


def agent_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """Whether an agent phrase (برصاص، على يد) stands between two offsets."""
    return _opener_at(_F(ctx.text[a:b]).split(), _AGENT_PHRASES) is not None


def named_by_agent_phrase(ctx: SentenceContext, start: int, m: Mention) -> bool:
    """Whether a mention is the doer the last agent phrase between ``start`` and it names right after
    it (برصاص قوات الاحتلال، بمسيّرة إسرائيلية) — not a place further on (… في جنين)."""
    words = _F(ctx.text[start : m.start]).split()
    last = max(_openers(words, _AGENT_PHRASES), default=None)
    return last is not None and len(words) - sum(last) <= 2


def named_by_agent_clause(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a mention is the doer an agent clause names (قذيفة أطلقتها ميليشيات الحوثي، ضربة نفذتها
    طائرة): it did something, it underwent nothing."""
    before = words_before(ctx, m.start, 2)
    return any(at + length == len(before) for at, length in _openers(before, _AGENT_CLAUSE))


def _openers(words: list[str], openers: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Where each of ``openers`` (folded, one or two words: بغارات، جراء غارات) stands among ``words``,
    and how many words it takes."""
    for i, word in enumerate(words):
        if word in openers and " ".join(words[i : i + 2]) not in _CONJUNCTIONS:
            yield i, 1
        elif " ".join(words[i : i + 2]) in openers:
            yield i, 2


def _opener_at(words: list[str], openers: frozenset[str]) -> int | None:
    """Where the first of ``openers`` stands among ``words``."""
    return next((i for i, _ in _openers(words, openers)), None)


def _opener_end(ctx: SentenceContext, trigger: Match, openers: frozenset[str]) -> int | None:
    """Where the first of ``openers`` a few words after the trigger ends."""
    near = ctx.text[trigger.end : min(ctx.end, trigger.end + data.AGENT_CLAUSE_CHARS)]  # fold only what may count
    words, counted = _F(near).split(), 0
    for n, word in enumerate(words):  # a time between does not count (قتل شاب صباح أمس الأربعاء برصاص الجيش)
        counted += word not in TIMES_AND_DAYS
        if counted == data.AGENT_CLAUSE_WINDOW:
            words = words[: n + 1]
            break
    first = next(_openers(words, openers), None)
    if first is None:
        return None
    return list(re.finditer(r"\S+", near))[sum(first) - 1].end() + trigger.end


def _doer_at(ctx: SentenceContext, start: int | None, owner: bool = False) -> ActorRef | None:
    """The actor right after where an opener ends (``start``; None: no opener); ``owner``: after an attack's
    noun, ل names whose it was (نتيجة قصف لقوات الدعم السريع) — not after a clause (زيارة قام بها لإيران)."""
    if start is None:
        return None
    doer = next((m for m in ctx.mentions if m.start >= start), None)
    if doer is None or count_words(ctx, start, doer.start) > 1:
        return None
    if is_marked(ctx, doer) and not (owner and doer.prefix == "ل"):
        return None  # not with whom (مفاوضات أجرتها مع واشنطن)
    return _affiliation(ctx, doer) or with_nationality(ctx, doer)


def _affiliation(ctx: SentenceContext, m: Mention) -> ActorRef | None:
    """The group a generic doer is said to belong to right after it (مسلحون ينتمون لحزب العمال
    الكردستاني، عناصر تابعة لتنظيم داعش): that group acted."""
    found = _BELONGING.match(ctx.text, m.end)
    if found is None:
        return None
    group = next((g for g in ctx.mentions if g.start >= found.end()), None)
    if group is None or ctx.text[found.end() : group.start].strip() or group.label not in ("ORG", "PER"):
        return None
    return group.ref


def operations_doer(ctx: SentenceContext, after: int) -> ActorRef | None:
    """The doer an agent clause names later in the sentence, on another noun (تعرضت للهجوم … في عمليات
    نفذها قراصنة صوماليون): who carried out the operations the attack was one of."""
    for at, word in word_spans(ctx):
        if at < after or _F(word) not in _AGENT_CLAUSE:
            continue
        doer = next((m for m in ctx.mentions if m.start > at), None)
        if doer is not None and count_words(ctx, at + len(word), doer.start) <= 1 and can_act(doer):
            return with_nationality(ctx, doer)
        return None
    return None


def noun_doer(ctx: SentenceContext, trigger: Match) -> tuple[ActorRef, str] | None:
    """Who did what a verbal noun names, said after it: هجوم شنّه مسلحون صوماليون، الضربات الجوية الأميركية."""
    found = agent_only(ctx, trigger)
    if found is not None:
        return found
    adjective = adjective_doer(ctx, trigger)
    return (adjective.ref, "demonym-noun") if adjective is not None else None


def agent_only(ctx: SentenceContext, trigger: Match) -> tuple[ActorRef, str] | None:
    """Who did what a victim's noun names, only where an agent clause says so (مقتل جنود في هجوم شنّه)."""
    doer = agent_clause(ctx, trigger)
    return (doer, "agent-clause") if doer is not None else None


def adjective_doer(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """A country adjective on a verbal noun, right after it or after one adjective that agrees with it
    (غارة إسرائيلية، الضربات الجوية الأميركية): the doer's country. After a noun it is someone
    else's (مقتل الرهينة النمساوي: the hostage's)."""
    nxt = next((m for m in ctx.mentions if m.start >= trigger.end), None)
    if nxt is None or nxt.label != "MISC":
        return None
    between = _F(ctx.text[trigger.end : nxt.start]).split()
    if not between:
        return nxt
    head = _F(ctx.text[ctx.text.rfind(" ", 0, trigger.start) + 1 : trigger.end])
    definite = head.startswith(_DEFINITE)
    word = between[0]
    agrees = word.endswith(("ي", "يه")) and word.startswith("ال") == definite  # a relative adjective
    return nxt if len(between) == 1 and agrees else None


def with_doer(event: Event, doer: ActorRef, how: str) -> Event:
    """The event with the doer found elsewhere in its sentence; a target that is the doer's own
    mention (قتل 150 مدنيا في الضربات الأميركية: الأميركية read as the object) is dropped."""
    target = event.target
    if target is not None and target.text == doer.text and target.code == doer.code:
        target = None
    return dataclasses.replace(event, source=doer, target=target, rule=f"{event.rule}+{how}")


def backed_by(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after من that follows a noun of support (بدعم من التحالف، بمساعدة من الأمم المتحدة)."""
    after = ctx.text[trigger.end : min(ctx.end, trigger.end + 12)].split()[:1]
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    if not after or _F(after[0]) != "من" or m is None or not can_act(m):
        return None
    return m if count_words(ctx, trigger.end, m.start) <= 2 else None


def writing_before(ctx: SentenceContext, trigger: Match) -> int | None:
    """Where the writing a verb speaks in stands (رسالة إلى زملائه، يقول فيها؛ بعث برسالة … يقول فيها):
    a writing noun a few words back, a resumptive pronoun right after the verb."""
    after = _F(ctx.text[trigger.end : trigger.end + 30]).split()[:2]
    if not after or after[0] not in _RESUMPTIVES or after[1:] in ([w] for w in THE_LATTER):
        return None  # (رسالة موقعة من نتنياهو، تعهّد فيها الأخير: the one named last)
    spans = [(at, _F(w).strip("،,")) for at, w in word_spans(ctx) if at < trigger.start]
    written = next((at for at, w in reversed(spans[-_WRITING_REACH:])
                    if w in _WRITINGS or (w[:1] == "ب" and w[1:] in _WRITINGS)), None)
    if written is None or any(c in ctx.text[written : trigger.start] for c in ".:؛«»\"“”"):
        return None
    return written


def _sent_by(last_two: list[str]) -> bool:
    """Whether the two words before an actor name it as a writing's sender (رسالة من سلطات بوركينا فاسو) —
    not من of a part (رسالة إلى زملائه من أعضاء الحزب: his fellow members)."""
    return _FROM in last_two and last_two[-1] not in _MEMBERS


def writer(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
    """Who wrote the writing a verb speaks in (أرسل الوزير خطاباً إلى نظيره، يطلب فيه؛ وأصدرت الخارجية
    بياناً، دعت فيه): the actor right before the writing, past its verb or the comma closing its name
    (وجّه … السيد حسن نصر الله، رسالةً) — not whom it went to."""
    written = writing_before(ctx, trigger)
    if written is None:
        return None
    inside = [m for m in ctx.mentions if written < m.start and m.end <= trigger.start]
    sender = next((m for m in inside if _sent_by(_F(ctx.text[written : m.start]).split()[-2:]) and can_act(m)), None)
    if sender is not None:  # تلقت فرنسا رسالة من سلطات بوركينا فاسو طالبتها فيها: who sent it
        return localized(ctx, sender.ref)
    noun_end = ctx.text.find(" ", written)
    owner = next((m for m in inside if not ctx.text[noun_end : m.start - len(m.prefix)].strip() and can_act(m)), None)
    if owner is not None and owner.prefix.endswith("ل"):  # بثت الوكالة بيانا لمتحدث باسم الخارجية قال فيه: his
        return localized(ctx, owner.ref)
    by = next((m for m in reversed(ctx.mentions) if m.end <= written), None)
    between = _F(ctx.text[by.end : written]).split() if by is not None else []
    if by is None or is_marked(ctx, by) or not can_act(by) or len(between) > _WRITER_GAP \
            or any(c in ctx.text[by.end : written].lstrip(" ،,") for c in "،,.:؛") or _RECEIVED & set(between):
        # (تلقى الرئيس رسالة: whoever wrote it is not named — but كلمة اللجنة العليا أوضح فيها: whose it is)
        return localized(ctx, owner.ref) if owner is not None and not owner.prefix else None
    return localized(ctx, by.ref)


def doer_before_pronoun(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after a verbal noun when ل with a pronoun follows it (بعد انتقاد غالانت له): the
    genitive is the doer, the pronoun whom it was done to."""
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    if m is None or ctx.text[trigger.end : m.start].strip() or m.prefix or not can_act(m):
        return None
    return m if word_after(ctx, m.end).strip("،,.") in _TO_HIM else None


def weapons_owner(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor whose weapons an attack noun names right after it, or after ل (غارات مقاتلات التحالف، قصف
    مدفعية الجيش، غارات جوية لطيران التحالف العربي), or whose country the weapons' adjective names (غارات
    الطيران التركي): the doer."""
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    between = _F(ctx.text[trigger.end : m.start]).split() if m is not None else []
    if m is None or m.prefix or len(between) != 1:
        return None
    if m.label == "MISC" and m.ref.code and between[0].removeprefix("ال") in _WEAPONS:
        # a country adjective after the weapons (الطيران التركي): the country's armed forces
        return dataclasses.replace(m, ref=dataclasses.replace(m.ref, code=m.ref.code[:3] + "MIL"))
    return m if can_act(m) and (between[0] in _WEAPONS or between[0].removeprefix("ل") in _WEAPONS) else None
