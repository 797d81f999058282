"""Word-level facts about one sentence that the event coder's rules share: the words before a
position, word offsets and counts, the preposition that marks a mention, and who can act."""

from __future__ import annotations

import re

from rasid.analysis import event_data as data
from rasid.analysis.context import SentenceContext
from rasid.analysis.entities import FOLDED_STATE_FORMS
from rasid.analysis.mentions import Mention
from rasid.analysis.title_holders import word_start
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text as _F

_CHARS_PER_WORD = 16  # the window words_before folds first: most words and their spaces are shorter

_PREPOSITIONS = frozenset(_F(w) for w in data.TARGET_PREPOSITIONS)
TIMES_AND_DAYS = frozenset(_F(w) for w in (*data.TIME_WORDS, *data.DAYS))  # أمس، صباح، الأربعاء
_THINGS = frozenset(_F(w) for w in (*data.STRUCK_THINGS, *data.MARKET_THINGS))
_PARTITIVES = frozenset(_F(f"{w} من") for w in data.FORCE_PARTS + data.CROWD_WORDS)
# CAMEO sectors: an actor coded with one of these alone is generic (المتظاهرون → CVL), no country.
SECTORS = frozenset(data.SECTOR_CODES)
# A preposition with a pronoun back to a relative's antecedent (المفاوضات التي دعت إليها واشنطن، الذي أوضح
# فيه، التي تقول عنها): the antecedent is no subject, the subject follows (folded).
PREPOSITION_RESUMPTIVES = frozenset(_F(p + e) for p in ("إلي", "علي", "ل", "ب", "من", "عن", "في")
                                    for e in ("ه", "ها", "هم", "هما"))
THE_LATTER = frozenset(_F(w) for w in ("الأخير", "الأخيرة", "الأخيرين"))  # the one named last (قال الأخير)
# the auxiliary opening a clause before its subject and verb (وكان كارتر قد زار), as written
AUXILIARY = re.compile(r"(?<!\S)[وف]?(?:كان|كانت)(?=[ \t])")
PRESENT_FORM = re.compile(r"[يت]\w{2,}")  # a present verb as folded, by its prefix (يوسع، تعلن، تتصدى)


def can_act(m: Mention) -> bool:
    """Cities, regions and country adjectives do not act; countries, people and organisations do — a
    state named by its form too (مملكة البحرين، جمهورية مصر العربية). A capital acts for its state
    only right after its verb or opening its clause, which the event coder checks (``Mention.seat``)."""
    if m.label == "MISC":
        return _F(m.ref.text).endswith(("ون", "يين"))  # the Israelis, not "Israeli"
    return m.label != "LOC" or bool(m.ref.id and m.ref.id.isupper()) or _F(m.ref.text).startswith(FOLDED_STATE_FORMS)


_NEXT_WORD = re.compile(r"\s*(\S+)")


def is_year(word: str) -> bool:
    """Whether a word is a year, 1900–2099 (وفي عام 2010 طلبت، كشفوا 2002 أن)."""
    return len(word) == 4 and word.isdigit() and word.startswith(("19", "20"))


def unjoined(word: str, forms: frozenset[str]) -> str:
    """A folded word without the و or ف joined to it when the rest is one of ``forms`` (وشارك → شارك)."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in forms else word


_THIS = frozenset(_F(w) for w in ("هذا", "ذلك", "هذه"))
_ARTICLES = ("ال", "وال", "فال", "بال", "لل", "كال")
_WRITINGS = frozenset(_F(w) for w in data.WRITINGS)
_DOER_NOUNS = frozenset(_F(w) for w in (*data.ATTACKER_NOUNS, *data.FORCE_PARTS, *data.CROWD_WORDS, "قوة", "مسلحة",
                                        "دولة", "دول", "حكومة", "حكومات", "جماعة", "جماعات", "حركة", "منظمة",
                                        "منظمات", "مجموعة", "جهات", "أطراف", "أحزاب", "عائلة", "عائلات", "أسرة",
                                        "امرأة", "سيدة", "فتاة", "وقفة", "عريضة"))
_TIME_NOUNS = frozenset(_F(w) for w in ("مرة", "فترة", "لحظة", "مدة", "ساعة", "سنة", "ليلة", "أشهر", "أسابيع",
                                        "سنوات", "أيام", "مرحلة"))
_WHICH = frozenset(_F(w) for w in ("مما", "ومما"))  # …، مما يدعم: "which", the clause before
_WHAT = _F("ما")
_STILL = frozenset(_F(w) for w in ("زال", "يزال", "تزال", "زالت", "يزالون", "زالوا", "انفك", "ينفك", "فتئ", "يفتأ", "برح",
                                   "يبرح", "دام", "دامت"))  # ما زال يؤكد: he still says
_WHAT_CLAUSE_WORDS = 6
_NEARER_RELATIVES = frozenset(_F(w) for w in ("ما", "عما", "مما", "بما", "التي", "الذي", "الذين", "اللذين", "اللتين"))


def thing_subject(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a demonstrative standing for what was said before opens the trigger's clause, right
    before it (وهذا يدعو إلى إعادة النظر، ذلك يهدد), or مما / ، ما (which): a thing is its subject, no
    actor — not one a preposition governs (ورغم ذلك وصف)."""
    if trigger.prefix:
        return False
    head = ctx.text[ctx.start : trigger.start].rstrip()
    words = head.split()
    if words and (_F(words[-1]) in _WHICH or (_F(words[-1]) == _WHAT and len(words) > 1 and words[-2][-1:] in "،,")):
        return True  # …، مما يدعم بثها؛ …، ما يهدد: what the clause before did, no actor
    if _F(trigger.text)[:1] in ("ي", "ت") and _what_opens_clause(head):
        return True  # ما يجري اليوم يشير إلى، وما جاء في التقرير يؤكد: what happens, no actor, says it
    if not words or unjoined(_F(words[-1]), _THIS) not in _THIS:
        return False
    joined = _F(words[-1]) not in _THIS  # وهذا، فذلك
    return joined or len(words) == 1 or words[-2][-1:] in "،,.:؛"


def described_by_verb(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a present verb in ت right after an indefinite feminine noun that names no actor describes it
    (منظومة تدعم، خطة تستهدف): the noun is its subject, no actor — not a writing, whose writer speaks in it
    (رسالة تطالب). For deeds: estimates and reports report (تقديرات متخصصة تفيد)."""
    head = ctx.text[ctx.start : trigger.start].rstrip()
    word = head.rsplit(maxsplit=1)[-1] if head and not trigger.prefix else ""  # (on every verb: no whole split)
    folded = _F(word)
    # (not an adjective in ية, which describes an actor as often: دول عربية تدين، منظمة حقوقية دولية تدعو)
    if not _F(trigger.text).startswith("ت") or not word.endswith("ة") or word.endswith("ية") or len(folded) < 3 \
            or folded.startswith(_ARTICLES) or folded in _WRITINGS:
        return False
    clause = _F(re.split(r"[،,.:؛]", head)[-1]).split()
    if any(w.removeprefix("و") in _DOER_NOUNS for w in clause):
        # قوة أفريقية مشتركة تقصف، امرأة تهاجم، عائلة الأسير وليد دقة تطالب، دول وجهات عديدة تستنكر: they act
        return False
    if folded in _TIME_NOUNS or any(w in _TIME_NOUNS for w in clause[-3:]):
        return False  # في كل مرة تستضيف طوكيو، ومنذ أشهر عديدة تطالب: a time, the subject after the verb
    return not any(m.start < len(head) + ctx.start <= m.end for m in ctx.mentions)


def _what_opens_clause(head: str) -> bool:
    """Whether the clause before a present verb is a few words opened by ما (what) and its verb, the
    verb's subject: not ما زال (still), nor a clause whose own relative stands nearer (ما كشف عما يعتقد
    العلماء، ما سماه الدعاية التي تزعم)."""
    clause = [_F(w) for w in re.split(r"[،,.:؛]", head)[-1].split()]
    if not 2 <= len(clause) <= _WHAT_CLAUSE_WORDS or clause[0].removeprefix("و").removeprefix("ف") != _WHAT:
        return False
    return clause[1] not in _STILL and not any(w in _NEARER_RELATIVES for w in clause[1:])


def words_before_trigger(ctx: SentenceContext, trigger: Match, n: int) -> list[str]:
    """The last ``n`` folded words before a trigger and the clitics joined to it: the match starts
    after its و or ب (عليه و|سلم), which are no word of their own."""
    before = words_before(ctx, trigger.start, n + 1)
    if trigger.prefix and before and before[-1] == trigger.prefix:
        before = before[:-1]
    return before[-n:]


def words_before(ctx: SentenceContext, pos: int, n: int) -> list[str]:
    """The last ``n`` folded words of the sentence before ``pos``."""
    start = pos - _CHARS_PER_WORD * n
    if n > 0 and start > ctx.start:
        # folding goes character by character, so only the window's first word can differ from the
        # sentence's: with more than ``n`` words in the window, its last ``n`` are the sentence's
        words = _F(ctx.text[start:pos]).split()
        if len(words) > n:
            return words[-n:]
    return _F(ctx.text[ctx.start : pos]).split()[-n:]


def lexicon_verb_at(ctx: SentenceContext, pos: int) -> bool:
    """Whether the word after ``pos`` (past spaces) is an event or reporting verb the lexicon matched
    (، وإردوغان يشيد؛ ويريفان تعلن): a subject's own verb."""
    rest = ctx.text[pos : ctx.end]
    at = pos + len(rest) - len(rest.lstrip())
    return any(word_start(ctx.text, t.start) == at for t in (*ctx.triggers, *ctx.reporting))


def joined_present_verb(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a mention joined with و is followed by a present verb (، والمقاومة تتصدى؛ وإردوغان يشيد) —
    not by an adjective in ة, which folds the same (وشركات تابعة للجالية)."""
    verb = word_after(ctx, m.end).rstrip("،,.")
    return m.prefix == "و" and PRESENT_FORM.fullmatch(verb) is not None and not verb.endswith("ه")


def word_after(ctx: SentenceContext, pos: int) -> str:
    """The first folded word of the sentence after ``pos`` ("" at its end); only that word is folded."""
    found = _NEXT_WORD.match(ctx.text, pos, ctx.end)
    return _F(found.group(1)) if found else ""


def word_spans(ctx: SentenceContext) -> list[tuple[int, str]]:
    """The sentence's whitespace-separated words with their offsets."""
    return [(ctx.start + m.start(), m.group()) for m in re.finditer(r"\S+", ctx.text[ctx.start : ctx.end])]


_SUBJECT_COMPLEMENTISERS = frozenset(_F(w) for w in data.SUBJECT_COMPLEMENTISERS)


def accusative(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country adjective, or a noun of a group with its adjective, is written in the accusative
    (قتل صبيا فلسطينيا، يسحبون جنديا إسرائيليا) and stands for an object: no subject, doer or place of
    anyone else — but after إن/أن the accusative is the subject (إن قصفا مدفعيا إسرائيليا استهدف)."""
    words = _F(ctx.text[m.start : m.end]).split()
    # (every word in the accusative: not مجلس الوزراء في سوريا)
    if m.label in ("PER", "LOC") or not words or not words[-1].endswith("يا") or not all(w.endswith("ا") for w in words):
        return False
    before = words_before(ctx, m.start, 4)
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _SUBJECT_COMPLEMENTISERS:
            return False
        if not before[i].endswith("ا") or any(c in before[i] for c in "،,.:؛"):
            break  # the noun phrase, all in the accusative, ends here
    return True


def heads_a_subject(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a country adjective qualifies a noun that can be a subject: وحدة إسرائيلية, not بالدور الروسي
    nor في "الجيش" الإسرائيلي."""
    before = words_before(ctx, m.start, 2)
    if not before:
        return False
    noun = before[-1].strip("\"“”«»")
    marked = len(before) == 2 and before[0] in _PREPOSITIONS and noun != before[-1]  # في "الجيش" الإسرائيلي
    thing = noun.removeprefix("ال") in _THINGS  # استهدفت القواعد الأميركية: what was struck
    return noun[:1] not in ("ب", "ل", "ك") and noun not in _PREPOSITIONS and not marked and not thing


# the prepositions ب / ل / ك written apart with a tatweel before a name in quotation marks (لـ"إسرائيل")
_CLITICS_APART = frozenset(("ب", "ل", "ك", "وب", "ول", "وك"))
_IN = _F("في")


def marker(ctx: SentenceContext, m: Mention) -> str | None:
    """The preposition that marks a mention (its clitic ب / ل, or the word before it)."""
    clitic = m.prefix.lstrip("وف")
    if clitic in ("ب", "ل", "ك"):
        return clitic
    before = _words_before_mark(ctx, m.start, 12)
    word = before[-1] if before else ""
    # (with its و or ف: وفي، ففي جمهورية أفريقيا الوسطى)
    bare = word[1:] if word[:1] in ("و", "ف") and word[1:] in _PREPOSITIONS else word.lstrip("و")
    if before and (bare in _PREPOSITIONS or word in _CLITICS_APART):
        return bare
    return None


def words_before_lam(ctx: SentenceContext, start: int, m: Mention) -> list[str]:
    """The folded words from ``start`` to mention ``m``, less quotation marks and a ل written apart before it
    (دعم برلين القاطع لـ"إسرائيل": ["القاطع"])."""
    words = _F(ctx.text[start : m.start - len(m.prefix)]).strip(" \"«»“”").split()
    return words[:-1] if words[-1:] == ["ل"] else words


def joined_marker(ctx: SentenceContext, m: Mention) -> str | None:
    """The preposition that marks a mention, or the في of the one it is joined to by و (في الولايات المتحدة
    وأستراليا: both where) — for an object; a subject may follow the و (في الكيان وغالانت يطالب), and
    after من the second may be counted apart (عدد من الضباط والجنود)."""
    mark = marker(ctx, m)
    if mark is None and m.prefix == "و":
        joined = next((x for x in reversed(ctx.mentions) if x.end <= m.start), None)
        if joined is not None and not ctx.text[joined.end : m.start - len(m.prefix)].strip() \
                and joined_marker(ctx, joined) == _IN:
            return _IN
    return mark


def _words_before_mark(ctx: SentenceContext, pos: int, chars: int) -> list[str]:
    """The folded words within ``chars`` before ``pos``, past an opening quotation mark or a hashtag: a
    name in quotation marks is marked by the word before the mark (في "الجيش" الإسرائيلي، في #سنغافورة)."""
    return _F(ctx.text[max(ctx.start, pos - chars) : pos].rstrip().rstrip("\"“«#")).split()


def is_marked(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a preposition marks a mention (an object or a place, not a subject); not the من of a
    part of a force or a crowd (هاجمتهم قوة من وحدة المستعربين، العشرات من المستوطنين هاجموا: they act)."""
    return marker(ctx, m) is not None and " ".join(_words_before_mark(ctx, m.start, 40)[-2:]) not in _PARTITIVES


def joined_to_marked(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a mention is joined by و to the one right before it, which a preposition marks (في مواجهات
    مع المقاومة الشعبية والجيش): an object as well."""
    if m.prefix != "و":
        return False
    joined = next((x for x in reversed(ctx.mentions) if x.end <= m.start - len(m.prefix)), None)
    if joined is None or not is_marked(ctx, joined):
        return False
    between = _F(ctx.text[joined.end : m.start - len(m.prefix)]).split()  # its adjectives only (الشعبية)
    return len(between) <= 2 and all(w.startswith("ال") for w in between)


def count_words(ctx: SentenceContext, a: int, b: int) -> int:
    """How many words stand between two offsets."""
    return len(ctx.text[a:b].split())
