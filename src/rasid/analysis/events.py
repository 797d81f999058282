"""The event coder: who did what to whom, sentence by sentence, from the knowledge base's verbs.

For each event verb or verbal noun found in a sentence, the coder picks its source and target among
the sentence's actor mentions the way Arabic news writes them: verb–subject–object (وأشاد شمخاني
… بالدور), subject–verb, a verbal noun with its object (خلال استقبال الفياض), coordinated actors
(هنية والنخالة → one event each), and an implicit subject (وأضاف، بدوره، a verb with no named
subject) resolved to the actor the text is about.  Who did it when the verb does not say is in
``event_doers``; whom it was aimed at in ``event_targets``; negation and modality, from the words
around the trigger, in ``event_modality``; the word-level facts the rules share in ``clause_words``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from rasid.analysis import (
    entity_data,
    event_doers,
    event_modality,
    event_roles,
    quote_data,
)
from rasid.analysis import event_data as data
from rasid.analysis.body_memory import body_named_after
from rasid.analysis.clause_words import (
    AUXILIARY,
    PREPOSITION_RESUMPTIVES,
    SECTORS,
    TIMES_AND_DAYS,
    accusative,
    can_act,
    count_words,
    described_by_verb,
    heads_a_subject,
    is_marked,
    is_year,
    joined_to_marked,
    marker,
    thing_subject,
    word_after,
    words_before,
    words_before_lam,
    words_before_trigger,
)
from rasid.analysis.context import SentenceContext
from rasid.analysis.coref import Coreference
from rasid.analysis.event_protests import CROWD, OCCURRENCE, ProtestFinder
from rasid.analysis.event_targets import TargetFinder
from rasid.analysis.mentions import HONORIFIC_WORDS, STYLE_WORDS, Mention
from rasid.analysis.title_holders import (
    TANWEEN,
    names_a_title,
    past_complement,
    reads_as_name,
    word_start,
)
from rasid.analysis.unlisted_subjects import unlisted_name, unlisted_subject
from rasid.lexicon.entries import Verb
from rasid.lexicon.forms import (
    first_person_forms,
    noun_forms,
    past_forms,
    present_forms,
)
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Event, Quote, Trigger
from rasid.text.fold import fold_text
from rasid.text.index_text import folded_words, index_words

_F = fold_text
_ANNOUNCEMENTS = frozenset(_F(w) for w in data.ANNOUNCEMENT_FRAMES)
_CASUALTIES = frozenset(_F(w) for w in data.CASUALTY_WORDS)
_FILLERS = frozenset(_F(w) for w in data.FRAME_FILLERS)
_UNDERGONE = frozenset(_F(w) for w in data.UNDERGONE)
_PERSON_TITLES = frozenset(_F(w) for w in entity_data.PERSON_TITLE_WORDS)
_WHAT_THAT = frozenset(_F(w) for w in ("ما", "مما", "الذي", "التي", "والذي", "والتي"))
_ARMED_OR_CROWD = frozenset(("MIL", "COP", "REB", "UAF", "INS", "SPY", "CVL", "REF", "CRM"))
_MEMBER_QUANTIFIERS = tuple(_F(w).split() for w in data.MEMBER_QUANTIFIERS)
_MEMBER_NOUNS = frozenset(_F(w) for w in data.MEMBER_NOUNS)

_NOUN_IN_YA = frozenset(("sue",))  # verbs in ى whose letters with ي are a common noun (قاضي: judge)
_TO = frozenset(_F(w) for w in ("إلى", "الى"))
_BECAME = frozenset(_F(w) for w in ("أصبح", "أصبحت", "بات", "باتت", "صار", "صارت", "أضحى", "أضحت", "ظل", "ظلت",
                                    "يبدو", "تبدو", "يصبح", "تصبح"))
# … and of remaining, before حيا, "alive" (لا يزال حيا، بقي حيا), no salute
_STILL = _BECAME | frozenset(_F(w) for w in ("يزال", "تزال", "زال", "زالت", "يزالون", "مازال", "بقي", "بقيت", "يبقى",
                                              "تبقى", "كان", "كانت", "يكون", "تكون"))
_MARKS = re.compile("[\u064b-\u0652\u0640]")  # short vowels, tanwin, shadda, sukun and tatweel: not the hamza
_WAS = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)\s")
_CARRIED_OUT = frozenset(_F(w) for w in ("قام بها", "يقوم بها", "سيقوم بها", "أجراها", "يجريها", "بدأها", "يبدأها"))
# attack nouns whose genitive, before an indefinite object, is the doer (استهداف الاحتلال مقهى)
_GENITIVE_DOERS = frozenset(("storm", "target", "shell", "raid", "airstrike", "invade", "fire-missiles"))
_THAT_WORDS = frozenset(_F(w) for w in ("أن", "بأن", "بأنه", "بأنها", "بأنهم"))
# words after a visit noun that are no adjective of it (زيارة اليوم لوزير …, زيارة قام بها)
_NOT_ADJECTIVES = frozenset(_F(w) for w in ("اليوم", "أمس", "غدا", "قام", "يقوم", "من", "في", "إلى", "الى", "مع", "عن",
                                            "على", "بين", "منذ", "قبل", "بعد", "خلال"))
_AUXILIARY_SUBJECT_WORDS = 6  # a subject between كان and قد: a title and a name (وكان الرئيس الأميركي دونالد ترامب قد)
_MEETINGS = frozenset(("meet", "meet-with", "receive"))  # لقاء الرئيس …، استقبال الوزير …: the genitive meets
_TALKS = _MEETINGS | {"phone"}  # … and talks between two named (اتصال هاتفي بين X ونظيره Y: X calls Y)
_BETWEEN = _F("بين")
_WITH = _F("مع")
# what may open a clause before its verb (و، حيث قتل 47 متمردا)
# a clause of its own after a comma (، إذ يحذر العلماء، بعدما دعا آية الله …)
_CLAUSE_LINKERS = frozenset(_F(w) for w in ("إذ", "حيث", "فيما", "بينما", "بعدما", "عندما", "حينما"))
_DEFINITE_CONSTRUCTS = frozenset(_F(w) for w in ("آية",))  # آية الله: definite by its genitive
_CLAUSE_OPENERS = frozenset(_F(w) for w in ("و", "ف", "حيث", "إذ", "فيما", "بينما", "كما", "وقد", "قد", "ثم"))
# verbs of going on, before a verbal noun (سيواصل دعم أوكرانيا، يواصل قصف المدن)
_GOING_ON = frozenset(_F(w) for w in ("واصل", "يواصل", "سيواصل", "تواصل", "ستواصل", "وواصل", "وتواصل", "ويواصل",
                                      "واصلت", "وواصلت", "نواصل", "سنواصل", "يواصلون", "واصلوا"))
# nouns whose actor genitive is the doer (انسحاب واشنطن من الاتفاق، موافقة إردوغان على انضمام فنلندا)
_OWN_MOVES = frozenset(("withdraw", "call-for", "agree"))
_TIME_WORDS = frozenset(_F(w) for w in data.TIME_WORDS)
_PLACE_WORDS = frozenset(_F(w) for w in data.PLACE_PREPOSITIONS)
_HOMOGRAPHS = frozenset(data.VERB_HOMOGRAPHS)
_TIME_HOMOGRAPHS = frozenset(_F(w) for w in data.TIME_HOMOGRAPHS)
_NEED = frozenset(_F(w) for w in data.NEED_NOUNS)
_OTHER_THAN = _F("غير")
_SHADDA = "\u0651"
# verbs whose subject is a cause (أدى دعم برلين إلى، أثار قصف المدينة): a deed's letters right after them are its
# noun, the cause, not a second verb
_CAUSING = frozenset(_F(w) for w in ("أدى", "يؤدي", "سيؤدي", "تؤدي", "ستؤدي", "أثار", "يثير", "ساهم", "يساهم",
                                     "أسهم", "يسهم", "تسبب", "يتسبب", "أسفر", "يسفر"))
# an accusation's charges right after its verb, with no one accused between (اتهم من قبل بتهم، اتهم بتهمة): the passive
_CHARGED = re.compile(r"\s+(?:من قبل\s+|سابقا\s+|رسميا\s+)?بتهم")
# banners and slogans, whose words call or condemn (لافتات حملت عبارات تدعو) — not a letter, its sender's deed
_SLOGANS = frozenset(_F(w) for w in ("لافتة", "لافتات", "يافطة", "يافطات", "عبارة", "عبارات", "شعار", "شعارات",
                                     "وسم", "هاشتاغ", "هاشتاج"))
# an indefinite adjective in the accusative right after a word: a nisba (دوليا، شعبيا) or one of size
_ACCUSATIVE_ADJECTIVE = re.compile(r"\s+((?!ال)\w{2,}(?:يا|يًا|ياً|ا\u064b|ً))(?=[\s،,.]|$)")
# … not the adverbs of that form, which follow a verb (نسقا أيضاً، أعلنا رسمياً، التقيا مجدداً)
_ADVERBS = frozenset(_F(w) for w in ("أيضا", "معا", "جدا", "سويا", "سابقا", "لاحقا", "حاليا", "مجددا", "فورا",
                                     "رسميا", "علنا", "كثيرا", "قليلا", "تماما", "مؤخرا", "شخصيا", "هاتفيا",
                                     "يوميا", "أخيرا", "أولا", "ثانيا", "دائما", "مرارا", "سرا", "ضمنيا"))
_ATTACKERS = frozenset(_F(w) for w in data.ATTACKER_NOUNS)
_CAUTIOUS = frozenset(_F(w) for w in data.CAUTIOUS_NOUNS)
_SOME = frozenset(_F(w) for w in ("بعض", "بضعة", "بضع"))
_DAYS = frozenset(_F(w) for w in data.DAYS)
_BODIES = frozenset(_F(w) for w in (*quote_data.INSTITUTION_NOUNS, "حركة", "تنظيم", "جماعة", "حزب", "جبهة", "قناة",
                                    "صحيفة", "موقع"))
_BEFORE_VERB = event_roles.BEFORE_VERB
_PREPOSITIONS_BEFORE_NOUN = event_roles.PREPOSITIONS_BEFORE_NOUN
_TIME_PREPOSITIONS = frozenset(_F(w) for w in data.TIME_PREPOSITIONS)
# إنّ (with its hamza below) and a pronoun right after a word: only a verb of saying goes before it
_SAYING_INNA = re.compile(r"\s+إن(?:ه|ها|هم|هما|نا|ني)?(?!\S)")
_EACH_OF = re.compile(r"\s+كل\s+من\s+")  # كل من X و Y: each of them, the subjects
_SUBJECT_PRONOUNS = frozenset(_F(w) for w in ("هو", "هي", "هم", "هما", "وهو", "وهي", "وهم", "وهما"))
_BUT_HE = frozenset(_F(w) for w in data.BUT_WITH_PRONOUN)
# a complementiser carrying the subject (وأنها تبحث: "it", named earlier, not the actor just before)
_THAT_IT = frozenset(_F(w) for w in ("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم"))
_COMPLEMENTISERS = frozenset(_F(w) for w in data.SUBJECT_COMPLEMENTISERS)
_PAYING = frozenset(_F(w) for w in data.PAYING)
_ANY = frozenset(_F(w) for w in ("بأي", "أي"))  # بأي ثمن: at any price
_BLESSED = frozenset(_F(w) for w in data.BLESSED)
_LEAVES_SUBJECT = frozenset(_F(w) for w in (*data.NOT_VERBS, *data.TIME_WORDS, *data.DAYS, "في", "إلى", "الى", "من", "عن",
                                             "مع", "عبر", "خلال", "أن", "إن", "ان", "بأن", "الذي", "التي", "قد",
                                             "أيضا", "كذلك", "بدوره", "بدورها", "إياه", "إياها", "إياهم", "مجددا"))
_OPENING_MARKS = ("«", '"', "“")
_QUOTED_NAME = re.compile(r'\s*[«"“]([^»"”\n]*)[»"”]')
# adverbs with ب between a verb and its subject (دانت بشدة الولايات المتحدة، وأدان بالمقابل الرئيس)
_ADVERBS_WITH_BI = frozenset(_F(w) for w in ("بالمقابل", "بالتالي", "بالإجماع", "بالفعل", "بالأمس", "بالتزامن",
                                             "بالمثل", "بالمناسبة", "بالتوازي", "بالمرصاد", "بالتحديد", "بشدة",
                                             "بقوة", "بحزم", "بأشد", "بدوره", "بدورها", "بدورهم", "بدورهما"))
_MASCULINE_HEADS = frozenset(_F(w) for w in data.MASCULINE_HEADS)
_FEMININE_STATES = frozenset(_F(w) for w in data.FEMININE_STATES)
_COUNTS = frozenset(_F(w) for w in data.COUNT_WORDS)
_GOVERNING = frozenset(_F(w) for w in data.GOVERNING_NOUNS)
_AFFIRMING = frozenset(_F(w) for w in data.AFFIRMING_VERBS)
_ALSO = _F("كما")
_RECEIVED = frozenset(_F(w) for w in ("تلقى", "تلقت", "يتلقى", "تتلقى", "تلقيه", "تلقي"))
_FROM = _F("من")
_PRONOUN_THAT = frozenset(_F(p + s) for p in ("أن", "إن") for s in ("ه", "ها", "هم", "هما"))
_QAMA = frozenset(_F(w) for w in data.QAMA_FORMS)  # قام، قامت …: a support verb opening what was said
_IN = _F("في")
_THREAT = _F("تهديد")
_DURING_IT = frozenset(_F(w) for w in ("خلالها", "خلاله", "خلالهما", "خلالهم"))
_THAT = frozenset(_F(w) for w in ("أن", "ان"))
_THAT_OR_BECAUSE = frozenset(_F(w) for w in ("أن", "إن", "بأن", "لأن", "وأن", "وإن", "فإن"))
# verbs of holding a person, whose unmarked passive after a relative pronoun is common (نافالني، الذي اعتقل)
_HELD_VERBS = frozenset(("arrest", "detain", "abduct", "free"))
# عن within a few words after يثني, before any على (يُثني مطوري البرمجيات عن الذهاب): deterring, no praise
_DETERRED = re.compile(r"(?:\s+(?!على|عليه|عليها|عليهم)\S+){1,4}?\s+عن\s")
_JOINED_PRESENT = re.compile(r"و[يت][^\W\d_]{3,}")
_NO_OBJECT = frozenset(_F(w) for w in (*data.TIME_WORDS, *data.DAYS, *data.NO_OBJECT_WORDS))
# … and those of them no object of a plural verb can stand after (not a time: الذين اقتحموا مساءً البلدة)
_NO_OBJECT_FOR_PLURAL = frozenset(_F(w) for w in data.NO_OBJECT_WORDS)
_LONGEST_STYLE = max(map(len, STYLE_WORDS)) + 2
_HEAVY_THAT = frozenset(_F(w) for w in ("بأن", "لأن"))  # أنّ with ب or ل: a noun follows
_PLAIN_THAT = frozenset(_F(w) for w in ("أن", "إن"))
_WHICH_FEMININE, _WHICH_MASCULINE = _F("التي"), _F("الذي")
_THAT_OR_IF = frozenset(_F(w) for w in ("أن", "إن", "ان", "بأن", "لأن", "إذا", "لو"))
_TIME_CONJUNCTIONS = frozenset(_F(w) for w in ("بعد", "قبل", "دون", "منذ"))
_CLAIMS = frozenset(_F(w) for w in data.CLAIM_NOUNS)
_RESPONSIBLE = frozenset(_F(w) for w in data.RESPONSIBILITY_VERBS)
_CAUSES = frozenset(_F(w) for w in data.CAUSE_VERBS)
_PASSIVE_FORMS = frozenset(_F(w) for w in data.PASSIVE_FORMS)
_SPORTS = tuple(_F(w) for w in data.SPORTS_WORDS)
_PITCH = tuple(_F(w) for w in data.PITCH_WORDS)
_ACCIDENTS = frozenset(_F(w) for w in data.ACCIDENT_WORDS)
_NATURAL_FORCES = frozenset(_F(w) for w in data.NATURAL_FORCES)
_ANONYMOUS_SOURCES = frozenset(_F(w) for w in data.ANONYMOUS_SOURCES)
_DEED_TYPES = frozenset(data.DEED_TYPES)
_OWNED_ATTACKS = frozenset(_F(w) for w in ("غارة", "غارات", "غارتين", "هجوم", "هجمات", "هجومين", "هجوما"))
_ATTACK_KINDS = frozenset(_F(w) for w in ("جوية", "جوي", "جويا", "جديدة", "جديد", "جديدا", "مكثفة", "صاروخية",
                                          "صاروخي", "أخرى", "آخر", "انتحاري", "انتحارية", "مسلح", "مسلحا"))
# words that link two events, no adjective of the first (قتل جراء قصف، أصيب إثر هجوم، قبل، في)
_CAUSES_AND_TIMES = _PREPOSITIONS_BEFORE_NOUN | _TIME_PREPOSITIONS | frozenset(
    _F(w) for w in ("جراء", "إثر", "اثر", "عقب", "خلال", "بسبب", "نتيجة", "أثناء", "اثناء", "من", "عن"))
_BATTLES = frozenset(("fight", "clash"))  # nouns of fighting, which no one side does
_EVERY = frozenset(_F(w) for w in ("كل", "جميع", "كافة", "مختلف", "سائر"))  # دعا جميع الأطراف: those called on
_CLITICS = frozenset(("ال", "و", "ف", "ب", "ل", "ك", "س", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي"))
_FRAMES = frozenset(_F(w) for w in data.NOUN_FRAMES)
_VERB_PARTICLES = frozenset(_F(w) for w in (*data.VERB_PARTICLES, *data.TURN_OPENERS))
_OPENERS = _VERB_PARTICLES | _COMPLEMENTISERS
_RESUMPTIVES = frozenset(_F(w) for w in data.RESUMPTIVES)
_RELATIVES = frozenset(_F(w) for w in data.RELATIVE_PRONOUNS)
# Reported speech starts here: an actor before it is the speaker, not the subject of what follows.
_COMPLEMENT = re.compile(r"(?:^|\s)(?:[وف]?ان|بان|:)(?:\s|$)|:")
_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")
# The rule's mark on an act the lexicon wants aimed at someone and the sentence aims at no one (اعترف
# بذلك، حذر من مخاطر): no event, yet its doer is the one the text goes on with (وطالبت، ودعا).
_UNAIMED = "+unaimed"


def aimed_at_no_one(event: Event) -> bool:
    """Whether an event the coder gave is an act aimed at no one (``_UNAIMED``): read for whom the text
    goes on with, never reported."""
    return event.rule.endswith(_UNAIMED)


def with_bodies(ctx: SentenceContext, coref: Coreference, events: list[Event]) -> list[Event]:
    """Verbs with no doer listed whose subject is a body's noun alone (واستنكرت الوزارة): done by the body
    of that noun the text named last."""
    out = []
    for e in events:
        form, _, rest = e.rule.partition(":")
        how, _, what = rest.partition(":")
        # (not a victim's verb: استشهدت الصحيفة بوثائق cites, no one was killed)
        doer_wanted = e.source is None and form == "verb" and how == "no-source" and what.split("+")[0] not in data.VICTIM_VERBS
        body = body_named_after(ctx, coref, e.trigger.end) if doer_wanted else None
        out.append(dataclasses.replace(e, source=body, rule=f"{form}:named-body:{what}") if body else e)
    return out


def with_speakers(events: list[Event], quotes: list[Quote], mentions: list[Mention], text: str) -> list[Event]:
    """Events of a sentence whose doer the rules did not name, after a quotation outside its content
    (وقال وزير التعليم …، إنّ "…"، مشيداً بهذه الخطوة), or in the first person inside direct speech
    ("ندين هذا العدوان"): the speaker does them."""
    out = []
    for e in events:
        form, _, rest = e.rule.partition(":")
        how, _, what = rest.partition(":")
        said = [q for q in quotes if q.speaker is not None and q.end <= e.trigger.start]
        inside = any(q.start <= e.trigger.start < q.end for q in quotes)
        # أصيب، استشهد، لقوا مصرعهم: the subject is the victim
        victim = what.split("+")[0] in (*data.VICTIM_VERBS, *data.SUFFERED_VERBS)
        own = _own_quotation(e, quotes) if form == "verb" and how in ("implicit-subject", "no-source") else None
        if own is not None and _plain_speaker(own.speaker, mentions) and not victim:
            # وحذر لايتزر من أن: a verb of saying whose quotation names its speaker, unknown to the lexicon
            e = dataclasses.replace(e, source=own.speaker, rule=f"{form}:own-speaker:{what}")
        elif said and form != "noun" and how in ("implicit-subject", "no-source", "opening-subject") and not inside \
                and not victim:
            e = dataclasses.replace(e, source=said[-1].speaker, rule=f"{form}:speaker-subject:{what}")
        elif form != "participle" and how == "no-source" and not victim \
                and (opened := _opened_by(e, quotes, text)) is not None:
            # يؤكد نواب غزنة أنهم حذروا السلطات: what was said opens with the verb, its subject the pronoun
            # on أنّ — the speakers themselves
            e = dataclasses.replace(e, source=opened.speaker, rule=f"{form}:speaker-pronoun:{what}")
        quoted = next((q for q in quotes if q.start <= e.trigger.start < q.end and q.kind == "direct"), None)
        if how == "first-person" and quoted is not None and quoted.speaker is not None:
            # "ندين هذا العدوان": who says "we" in the marks
            e = dataclasses.replace(e, source=quoted.speaker, rule=f"{form}:quoted-speaker:{what}")
        out.append(e)
    return out


def _opened_by(e: Event, quotes: list[Quote], text: str) -> Quote | None:
    """The indirect quotation with a speaker whose content opens with the event's verb — or the support
    verb of its noun (أنه قام بتعبئة) — right after a complementiser that carries the subject's pronoun
    (أنهم حذروا): not after أن alone, which a noun follows (أن قصف إسرائيلي), nor a passive (أنه سُمح)."""
    if "\u064f" in e.trigger.text[:2]:
        return None
    for q in quotes:
        opening = text[q.start : e.trigger.start].removesuffix("ب").split()  # (قام ب|تعبئة)
        support = len(opening) == 1 and _F(opening[0]) in _QAMA and e.rule.startswith("noun:")
        if q.kind != "indirect" or q.speaker is None or not (q.start == e.trigger.start or support):
            continue
        before = text[max(0, q.start - 12) : q.start].split()[-1:]
        # (… nor when it would be done to the speaker: وتؤكد الوكالة أنه قصف بدبابة إسرائيلية — a passive)
        done_to_speaker = e.target is not None and e.target.code and e.target.code[:3] == (q.speaker.code or "")[:3]
        if before and _F(before[0]).lstrip("وب") in _PRONOUN_THAT and not done_to_speaker:
            return q
    return None


def _indefinite_adjective(word: str) -> bool:
    """Whether a word reads as an indefinite adjective (أمريكية، جديدة، إيراني): no article, a nisba or
    feminine ending."""
    folded = _F(word)
    return word.isalpha() and not folded.startswith(("ال", "و", "ف", "ب", "ل")) and folded.endswith(("ه", "ي", "يه"))


def _adjectives_only(between: str) -> bool:
    """Whether nothing, or one indefinite adjective, stands between a noun and the verb that describes
    it (إطلاق نار كثيف استهدف، غارة جوية استهدفت)."""
    words = between.split()
    return not words or (len(words) == 1 and words[0].isalpha() and not _F(words[0]).startswith(("ال", "و", "ف"))
                         and _F(words[0]) not in _CAUSES_AND_TIMES)


def _plain_speaker(speaker: ActorRef | None, mentions: list[Mention]) -> bool:
    """Whether a speaker the lexicon does not know is named plainly, at the verb: a few words, holding
    no known actor (وانغ واشنطن: the name and the object called on) and not a quantity (جميع الأطراف:
    those called on)."""
    if speaker is None or not speaker.text or speaker.id or speaker.code:
        return False
    words = _F(speaker.text).split()
    # (nor a clause joined with و or ف, nor an accusative: والرقص فقط، فسيظهر تنبيه، قراراً)
    joined = words[0][:1] in ("و", "ف") or "\u064b" in speaker.text
    return len(words) <= data.OWN_SPEAKER_WORDS and words[0] not in _EVERY and not joined \
        and not any(_F(m.ref.text) in _F(speaker.text) for m in mentions if m.ref.text)


def _own_quotation(e: Event, quotes: list[Quote]) -> Quote | None:
    """The quotation the event's trigger opens as its reporting verb (حذر … من أن: warn): the first
    after it, with the trigger's word as its verb."""
    after = next((q for q in quotes if q.start >= e.trigger.end), None)
    verb = _F(after.verb).split() if after is not None else []
    return after if verb and verb[0].endswith(_F(e.trigger.text).split()[0]) else None


def with_doers(events: list[Event]) -> list[Event]:
    """The events with a doer or a target: who did what to whom with neither who nor whom is no event of
    its own (تساعد على النوم، طلبوا منه) — protests and attacks excepted, which news reports before it
    knows who did them."""
    return [e for e in events if e.source or e.target or e.type in data.DOERLESS_TYPES]


def without_anonymous_doers(events: list[Event]) -> list[Event]:
    """The events with no unnamed informant for a doer (مصدر عسكري، مصادر محلية، شهود عيان): of a deed, or
    carried over from an earlier sentence, the informant only told of it (تحدث مصدر عسكري عن عدوان إسرائيلي
    استهدف، وأفادت مصادر بمقتل … — then، رفضت أن تدفع الغرامة، وفق المصدر)."""
    return [_unsourced(e) if e.source is not None and _anonymous(e.source)
            and (e.type in _DEED_TYPES or ":implicit-subject:" in e.rule) else e for e in events]


def _anonymous(ref: ActorRef) -> bool:
    words = _F(ref.name).split()
    return bool(words) and words[0].removeprefix("ال") in _ANONYMOUS_SOURCES


def _unsourced(e: Event) -> Event:
    form, _, rest = e.rule.partition(":")
    what = rest.partition(":")[2]
    return dataclasses.replace(e, source=None, rule=f"{form}:no-source:{what}+anonymous-source")


def _content_words(text: str) -> list[str]:
    """The folded words of ``text`` without their clitics (لقواتها → قوات)."""
    return [w for w in index_words(text) if w not in _CLITICS]


def _with_article_elided(word: str) -> set[str]:
    """A content word and, when it may be a noun whose article lost its alif after the preposition ل
    (يدعو للأسف: ل + لأسف), the noun without that ل."""
    return {word, word[1:]} if word.startswith("ل") and len(word) > 3 else {word}


# a weekday and an ordinal, passed when the word after a verb (or its subject) tells its sense — not يوم,
# which is one (يحيي يوم الأرض)
_PASSED_FOR_SENSE = frozenset(w for d in (*data.DAYS, "أول", "أولى") if d not in ("اليوم", "أمس", "يوم")
                              for w in _content_words(d))


def _claimed(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a verbal noun is what someone claimed, the claimer named between (أعلنت حركة الجهاد
    مسؤوليتها عن القصف): the claim verb, then the claim, then عن right before the noun."""
    before = words_before_trigger(ctx, trigger, data.CLAIM_WINDOW)
    if len(before) < 3 or before[-1] != "عن" or before[-2] not in _CLAIMS:
        return False
    return any(w.lstrip("و") in _RESPONSIBLE for w in before[:-2])


def _caused_by_attack(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """Deaths and wounds with no doer that an attack with a doer caused, the sentence says so between
    them (قصفت القوات الموقع ما أدى إلى مقتل ستة وإصابة آخرين) or before the attack (وأسفرت غارات الطيران
    التركي عن مقتل): the attack's doer."""
    def caused(between: str, cause: Event, e: Event) -> bool:
        if any(w.removeprefix("و") in _CAUSES for w in _F(between).split()):
            return True  # … وأسفر عن مقتل 14 شخصا
        if _F(e.trigger.text).startswith("ال") and _causing_attack(ctx, e.trigger.start, e.trigger.end):
            return True  # قصفت طائرات التحالف معسكراً، وأسفر القصف عن قتلى: the attack just told, retold
        opened = _F(ctx.text[ctx.start : cause.trigger.start]).split()[-1:]
        return bool(opened) and opened[0].removeprefix("و") in _CAUSES and "عن" in _F(between).split() \
            and not any(c in between for c in "،,.:؛")
    return _doer_of_attack_before(ctx, events, caused, "caused-by")


def _struck_by_nature(ctx: SentenceContext, e: Event) -> bool:
    """Whether an attack or siege verb has a force of nature for its subject: one named between the verb
    and the doer found before it (السعودية تعلن عن "هزة أرضية" ضربت), or, with no doer before it, among
    the three words before it or the word after it (زلزال عنيف يضرب، وضربت الهزة)."""
    if e.type not in ("ASSAULT", "COERCE") or not e.rule.startswith("verb:"):
        return False
    doer_at = ctx.text.rfind(e.source.text, ctx.start, e.trigger.start) if e.source else -1
    if doer_at >= 0:
        words = folded_words(ctx.text[doer_at + len(e.source.text) : e.trigger.start])
    else:  # the three words before it, or its subject right after it (وضربت الهزة الأرضية)
        words = folded_words(ctx.text[ctx.start : e.trigger.start])[-3:] + folded_words(ctx.text[e.trigger.end : ctx.end])[:1]
    return any(_without_proclitics(w) in _NATURAL_FORCES for w in words)


def _without_proclitics(word: str) -> str:
    """A folded noun without its conjunction, preposition and article (والهزه → هزه، للامطار → امطار);
    the segmenter is not used, as it reads the feminine ending of هزة as a pronoun."""
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    if word.startswith("لل"):
        return word[2:]
    word = word[1:] if word.startswith(("بال", "كال")) else word
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _toll_of_attack_after(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """Deaths and wounds told by a verb with no doer, then the attack that caused them after بعد، إثر،
    جراء … (استشهد عدد من المواطنين، فجر اليوم، بعد قصف طائرات الاحتلال): the attack's doer did them —
    and is no victim of them."""
    out: list[Event] = []
    for e in events:
        form, _, rest = e.rule.partition(":")
        if e.type == "ASSAULT" and e.source is None and form in ("verb", "participle") \
                and rest.split(":")[-1].split("+")[0] in data.SUFFERED_VERBS:
            cause = next((c for c in events if c.type == "ASSAULT" and c.source is not None and c.rule.startswith("noun:")
                          and c.trigger.start > e.trigger.end and _after_toll_link(ctx, c.trigger.start)
                          and not any(ch in ctx.text[e.trigger.end : c.trigger.start] for ch in ".:؛")), None)
            if cause is not None and cause.source is not None:  # (the filter above says so; the type does not)
                e = event_doers.with_doer(e, cause.source, "attack-after")
        out.append(e)
    return out


_TOLL_LINKS = frozenset(_F(w) for w in ("بعد", "إثر", "اثر", "جراء", "بسبب", "عقب", "نتيجة", "وبعد", "بعيد"))


def _after_toll_link(ctx: SentenceContext, pos: int) -> bool:
    """Whether the word right before ``pos`` links a toll to what caused it (بعد، إثر، جراء …)."""
    before = _F(ctx.text[ctx.start : pos]).split()[-1:]
    return bool(before) and before[0] in _TOLL_LINKS


def _caused_toll(earlier: list[str]) -> bool:
    """Whether a toll noun follows a verb of causing and عن (وأسفرت غارات الطيران التركي عن مقتل), by the
    words before it (``words_before_trigger`` over ``CASUALTY_WINDOW``)."""
    return bool(earlier) and earlier[-1] == "عن" and any(w.removeprefix("و") in _CAUSES for w in earlier)


def _causing_attack(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the attack noun at ``start``–``end`` is the subject of a verb of causing, a few words on
    (غارات الطيران التركي أسفرت عن مقتل) or right before it (وأسفرت المعارك عن): it happened, and the toll
    is its doer's."""
    after = _F(ctx.text[end : min(ctx.end, end + 60)])
    words = re.split(r"[،,.:؛]", after)[0].split()[:data.CAUSE_WINDOW]
    before = words_before(ctx, start, 1)
    return any(w in _CAUSES for w in words) or (bool(before) and before[-1].removeprefix("و") in _CAUSES)


def _attack_described(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """A verb with no doer that describes the attack noun just before it, as a relative clause with no
    pronoun (بغارة جوية للتحالف العربي استهدفت مواقعهم): the attack's doer."""
    def describes(between: str, attack: Event, e: Event) -> bool:
        return attack.rule.startswith("noun:") and e.rule.startswith("verb:") and not between.endswith(("و", "ف")) \
            and len(between.split()) <= 6 \
            and not any(c in between for c in "،,.:؛") and not any(w in _CAUSES for w in _F(between).split())
    return _doer_of_attack_before(ctx, events, describes, "described-attack")


def _attack_retold(ctx: SentenceContext, events: list[Event]) -> list[Event]:
    """A verb with no doer whose subject, right before it, is the earlier attack's noun with the article
    (نفذت مقاتلات التحالف غارات …، حيث أوضحت المصادر أن الغارات استهدفت فندقاً): the attack's doer."""
    def retells(between: str, attack: Event, e: Event) -> bool:
        last = _F(between).split()[-1:]
        return attack.rule.startswith("noun:") and e.rule.startswith("verb:") \
            and bool(last) and last[0].startswith("ال") \
            and _without_proclitics(last[0]) == _without_proclitics(_F(attack.trigger.text).split()[0])
    return _doer_of_attack_before(ctx, events, retells, "retold-attack")


def _doer_of_attack_before(ctx: SentenceContext, events: list[Event], linked: Callable[[str, Event, Event], bool],
                           how: str) -> list[Event]:
    """ASSAULT events with no doer that take the doer of an earlier ASSAULT of the sentence (not an
    implicit one) when the text between them links the two as ``linked`` says."""
    out: list[Event] = []
    for e in events:
        if e.type == "ASSAULT" and e.source is None:
            cause = next((c for c in reversed(out) if c.type == "ASSAULT" and c.source is not None
                          and ":implicit-subject:" not in c.rule and c.trigger.end <= e.trigger.start
                          and linked(ctx.text[c.trigger.end : e.trigger.start], c, e)), None)
            if cause is not None:
                e = event_doers.with_doer(e, cause.source, how)
        out.append(e)
    return out


def _visit_of(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a person follows a visit noun with ل, past no more than its adjectives (زيارة لوزير الخارجية،
    الزيارة التاريخية للرئيس الصيني): the visitor — one visits places, a person pays a visit."""
    gap = ctx.text[trigger.end : m.start - len(m.prefix)]
    between = _F(gap).split()
    adjectives = len(between) <= 2 and not any(c in gap for c in "،,.:؛") \
        and all(w.isalpha() and not w.startswith(("و", "ب", "ل", "ف")) and w not in _NOT_ADJECTIVES for w in between)
    return m.label == "PER" and m.prefix == "ل" and adjectives


def _parties(ctx: SentenceContext, trigger: Match) -> tuple[Mention, Mention] | None:
    """The two parties a meeting or a call is "between" right after its noun (اتصال هاتفي بين وزير
    الخارجية التركي … ونظيره الهولندي): the first its doer, the one after و (or after نظيره, its
    country's adjective) its target."""
    if word_after(ctx, trigger.end) != _BETWEEN:
        return None
    at = ctx.text.find(" ", trigger.end + 1)
    first = next((m for m in ctx.mentions if m.start > at), None)
    if first is None or ctx.text[at : first.start - len(first.prefix)].strip() or not can_act(first):
        return None
    second = next((m for m in ctx.mentions if m.start >= first.end), None)
    between = _F(ctx.text[first.end : second.start]).split() if second is not None else []
    if second is None or not (between == ["و"] or (between in (["ونظيره"], ["ونظيرته"]) and second.label == "MISC")) \
            or not (can_act(second) or second.label == "MISC"):
        return None
    return first, second


def one_meeting_once(events: list[Event]) -> list[Event]:
    """A meeting retold in a later sentence (خلال استقبال …) is the same meeting: keep its first telling."""
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for e in events:
        if e.type == "CONSULT" and e.source and e.target:
            key = (e.source.id or e.source.name, e.target.id or e.target.name)
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


# "who" before a present verb: a relative or a question, no deed done (مع من يلتقي، من يدعم)
_WHO = frozenset(_F(w) for w in ("من", "ممن", "عمن", "لمن", "فمن", "ومن"))


def _after_acronym_i(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether the word before the trigger is آي, the letter I of an acronym (إف بي آي), not أي (any)."""
    return ctx.text[ctx.start : trigger.start - len(trigger.prefix)].rstrip(' "»”').endswith("آي")


def _seats_right_before(ctx: SentenceContext, trigger: Match) -> list[Mention]:
    """The capitals standing right before an unjoined verb, joined by و (وواشنطن وسيول تنددان) — or any
    actors before a verb in the dual, its two subjects (الكويت والفلبين توقعان، مصر والأردن تدينان)."""
    if trigger.prefix:
        return []
    dual = _F(trigger.text).split()[0].endswith("ان")
    group: list[Mention] = []
    end = trigger.start
    for m in reversed([m for m in ctx.mentions if m.end <= trigger.start]):
        joined = not group or group[0].prefix == "و"  # the one after it carries the و that joins them
        if not (m.seat or (dual and can_act(m))) or ctx.text[m.end : end].strip() or not joined:
            break
        group.insert(0, m)
        end = m.start - len(m.prefix)
    if not group:
        return []
    head = group[0]
    before = ctx.text[ctx.start : head.start - len(head.prefix)].rstrip()
    joined_on = head.prefix == "و" and before and not before.endswith(("،", ","))
    # (متظاهرون في برلين وباريس يطالبون، يؤكد من بيروت: where, not who)
    return [] if is_marked(ctx, head) or head.prefix.strip("و") or joined_on else group


def _call_received(ctx: SentenceContext, e: Event) -> Event:
    """A call its subject received (تلقى الملك سلمان اتصالاً هاتفياً من الرئيس هولاند): the caller, after من,
    made it, to the one who received it."""
    if not e.rule.startswith("noun:") or e.rule.split(":")[-1].split("+")[0] != "phone" or e.source is None:
        return e
    # the receiving verb right before the call's noun, or before its subject (تلقى خادم الحرمين … اتصالاً)
    # (its first mention: خادم الحرمين الشريفين الملك سلمان is one man twice)
    subject = next((m for m in ctx.mentions if m.end <= e.trigger.start
                    and (m.ref == e.source or (m.ref.id is not None and m.ref.id == e.source.id))), None)
    before = _F(ctx.text[ctx.start : e.trigger.start]).split()[-data.CALL_RECEIVED_WORDS :]
    if subject is not None:
        before += _F(ctx.text[ctx.start : subject.start - len(subject.prefix)]).split()[-1:]
    if not any(w.removeprefix("و") in _RECEIVED for w in before):
        return e
    caller = next((m for m in ctx.mentions if m.start >= e.trigger.end), None)
    words = _F(ctx.text[e.trigger.end : caller.start]).split() if caller is not None else []
    if caller is None or _FROM not in words or len(words) > data.CALL_RECEIVED_WORDS or not can_act(caller):
        return e
    return dataclasses.replace(e, source=caller.ref, target=e.source, rule=e.rule.replace(":phone", ":phone+received", 1))


_COMMA = re.compile("[،,]")
_COMMA_AFTER = re.compile(r"\s?[،,]")  # a comma right after a name, a space at most between
_CHAIN_BREAKERS = frozenset(_F(w) for w in (*data.TIME_WORDS, *data.DAYS, *data.PLACE_PREPOSITIONS, *data.COUNT_WORDS,
                                             *data.NUMBER_WORDS, "في", "من", "على", "عن", "إلى", "الى", "مع", "بين",
                                             "ضد", "حول", "عبر", "خلال", "بعد", "قبل", "منذ", "أمام", "لدى", "كل",
                                             "جميع", "بعض", "أي",
                                             # a place's kind: the place is named, visited or struck (يزور محافظة عدن)
                                             "محافظة", "مدينة", "منطقة", "ولاية", "بلدة", "قرية", "مقاطعة", "عاصمة",
                                             "جزيرة", "ناحية", "مديرية", "ضاحية"))


def _genitive_of_unnamed_subject(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after a verb's one or two indefinite nouns in construct, the first feminine, when no
    doer was found: the genitive of its unnamed subject (دعت رابطة علماء اليمن، استهدفت مدفعية الاحتلال) — not
    after a complete noun (هاجم مسلحون مقر الشرطة: ون ends it), an accusative, a preposition, a time or a
    number, nor after a verb joined by و or with its subject in its suffix."""
    if trigger.prefix or _F(trigger.text).endswith(("وا", "ون")):
        return None  # واتهمت أجهزة المخابرات، ودانوا محاولة إدراج باكستان: the subject is the earlier one's
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    if m is None or m.prefix:
        return None
    words = ctx.text[trigger.end : m.start].split()
    folded = [_F(w) for w in words]
    # (its head a feminine noun, as a body's is: رابطة، هيئة، جمعية — a name alone may be the subject and the
    # actor after it the object: ودعا وانغ واشنطن)
    if not 1 <= len(words) <= 2 or not words[0].endswith("ة") \
            or any(c in ctx.text[trigger.end : m.start] for c in "،,.:؛()\"«»"):
        return None
    if any(w[:1] in ("ب", "ل", "ك", "ف") or w.startswith(("ال", "وال")) or w in _CHAIN_BREAKERS or len(w) < 3
           or w.isdigit() or w.endswith(("ون", "ين", "ان", "ا")) for w in folded):
        return None
    return m


def _placed_apart(ctx: SentenceContext, source: ActorRef | None, targets: list[ActorRef]) -> ActorRef | None:
    """A source placed in the sentence's country (event_doers.localized) — but a bare title of government
    keeps no country that is its own deed's target (واتهم الرئيس إيران، زار الوزير بكين: no Iranian president,
    no Chinese minister)."""
    placed = event_doers.localized(ctx, source)
    if source is None or placed is None or placed is source or source.code != "GOV":
        return placed
    return source if any(t is not None and t.code == (placed.code or "")[:3] for t in targets) else placed


def _unlisted_with_apposition(ctx: SentenceContext, trigger: Match, source: ActorRef) -> set[tuple[int, int]]:
    """Where an unlisted subject is written right after its verb, and the actors of the title set off by
    commas after it (اتّهم ماتيو سالفيني، نائب رئيسة الوزراء الإيطالية، الرئيسَ الفرنسي; وحذر توبياس إلوود،
    الرئيس السابق للجنة الدفاع،): the subject's own words, no target."""
    named_at = ctx.text.find(source.text, trigger.end, ctx.end)
    if named_at < 0:
        return set()
    end = named_at + len(source.text)
    spans = {(named_at, end)}
    opened = _COMMA_AFTER.match(ctx.text, end)
    if opened is None:
        return spans
    closing = _COMMA.search(ctx.text, opened.end(), ctx.end)
    close = closing.start() if closing else ctx.end
    return spans | {(m.start, m.end) for m in ctx.mentions if opened.end() <= m.start and m.end <= close}


def _right_after(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The mention right after a verbal noun, nothing and no clitic between."""
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    return None if m is None or ctx.text[trigger.end : m.start].strip() or m.prefix else m


def _genitive_right_after(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after a verbal noun, nothing and no clitic between: its genitive."""
    m = _right_after(ctx, trigger)
    return m if m is not None and can_act(m) else None


def _genitive_before_lam(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after a verbal noun when, past at most two definite adjectives, an actor in ل follows it
    (دعم برلين القاطع لـ"إسرائيل"، قتل الجيش للمدنيين): the genitive is the doer, the one in ل the object."""
    m = _right_after(ctx, trigger)
    if m is None or not (can_act(m) or m.label != "MISC" and m.ref.code):
        return None  # (a capital stands for its state here: دعم برلين; an adjective is no genitive)
    if _lam_pronoun_after(ctx, m):
        return m  # بطلب دعم بكين وموسكو لها: the object a pronoun in ل
    after = next((x for x in ctx.mentions if x.start >= m.end), None)
    if after is None or marker(ctx, after) != "ل":
        return None
    words = words_before_lam(ctx, m.end, after)
    return m if len(words) <= 2 and all(w.startswith("ال") for w in words) else None


def _owner_in_lam(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor in ل right after a raid or an attack, past an adjective of its kind (غارات لطيران التحالف،
    غارة جوية للاحتلال، هجوم لمسلحين): whose it was — these nouns are no verbal nouns, whose ل marks the object
    (قصف الاحتلال للمدينة); nor ضربة, a blow to whom is in ل (ضربة موجعة لحزب الله)."""
    if _F(trigger.text).removeprefix("و").removeprefix("ب").removeprefix("ال") not in _OWNED_ATTACKS:
        return None
    m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
    if m is None or marker(ctx, m) != "ل" or not can_act(m):
        return None
    return m if all(w in _ATTACK_KINDS for w in words_before_lam(ctx, trigger.end, m)) else None


_LAM_PRONOUNS = frozenset(_F(w) for w in ("له", "لها", "لهم", "لهما", "لنا"))


def _lam_pronoun_after(ctx: SentenceContext, m: Mention) -> bool:
    """Whether ل with a pronoun follows a mention, past the mentions joined to it by و (دعم بكين وموسكو لها)."""
    end = m.end
    for x in ctx.mentions:
        if x.start >= end and x.prefix == "و" and not ctx.text[end : x.start - 1].strip():
            end = x.end
    return _F(ctx.text[end : end + 8]).split()[:1] in ([w] for w in _LAM_PRONOUNS)


def _threat_with(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right after a noun of threat when ب and what is threatened follow it (تهديد تشاد بطرد
    القوات الأميركية، تهديد إيران بإغلاق مضيق هرمز): the one who threatens — alone, the genitive may as well
    be the one threatened."""
    if not _F(trigger.text).removeprefix("ال").startswith(_THREAT):
        return None
    m = _genitive_right_after(ctx, trigger)
    if m is None:
        return None
    following = _F(ctx.text[m.end : min(ctx.end, m.end + 20)]).split()[:1]
    return m if following and following[0].startswith("ب") and len(following[0]) > 3 else None


def _joined_by_also(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a verb follows ، كما (ندد ظريف باستعمال السلاح الكيماوي، كما انتقد): the clause before goes on
    with its subject, as after و."""
    if trigger.prefix:
        return False
    before = ctx.text[ctx.start : word_start(ctx.text, trigger.start)].split()
    return len(before) >= 2 and _F(before[-1]) == _ALSO and before[-2].endswith(("،", ","))


def _main_subject_before(ctx: SentenceContext, trigger: Match, events: list[Event]) -> ActorRef | None:
    """The subject a verb joined to an earlier one shares: the first verb's of the sentence — or, past a
    clause of its own that an auxiliary opens (كان X قد), that clause's (اجتمع بارزاني مع كارتر …، وكان
    كارتر قد زار بغداد، واجتمع مع العبادي: Carter)."""
    verbs = [e for e in events if e.rule.startswith("verb:") and e.source]
    if not verbs:
        return None
    last = verbs[-1]
    opened = [found.end() for found in AUXILIARY.finditer(ctx.text, verbs[0].trigger.end, last.trigger.start)]
    between = _F(ctx.text[opened[-1] : last.trigger.start]).split() if opened else []
    own_clause = between[-1:] == ["قد"] and len(between) <= _AUXILIARY_SUBJECT_WORDS + 1 \
        and not any(c in " ".join(between) for c in "،,.:؛") and last.rule.split(":")[1] == "subject-verb"
    return last.source if own_clause else verbs[0].source


def _victim_right_before(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The people right before a verb whose subject suffered it (145 جنديا إسرائيليا أصيبوا، أن 13
    إسرائيليا قتلوا): the victims — no place and no one a preposition marks."""
    m = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
    if m is None or m.label == "LOC" or is_marked(ctx, m) or ctx.text[m.end : trigger.start - len(trigger.prefix)].strip():
        return None
    # (not before a pronoun back to a noun: جسر معلق … قتل فيها 34 شخصا — the victims follow)
    return None if word_after(ctx, trigger.end) in PREPOSITION_RESUMPTIVES else m


def _predicate(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a mention follows a subject pronoun (وهو جندي احتياط): what the one it stands for is, no
    actor of its own — but after ها it presents the actor (ها هي قطر تتجه)."""
    before = words_before(ctx, m.start, 2)
    return bool(before) and before[-1] in _SUBJECT_PRONOUNS and before[:-1] != ["ها"]


def _shared_subject(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The subject right after the verb of the clause a verb joined by و goes on, a few words before
    it with no comma between (ما تعتبره طهران انفصاليا وتتهم، اتهمت موسكو كييف بالتصعيد ونفت): the
    same subject, when the two verbs agree — both present with one prefix, or both past in ـت."""
    if trigger.prefix != "و":
        return None
    m = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
    if m is None or m.prefix or not (can_act(m) or m.seat) or count_words(ctx, m.end, trigger.start) > 2 \
            or any(c in ctx.text[m.end : trigger.start] for c in "،,.:؛«»\"“”()"):
        return None
    head = words_before(ctx, m.start, 2)
    verb = head[-1] if head else ""
    own = _F(trigger.text)
    present = own[:1] in ("ت", "ي") and verb[:1] == own[:1] and len(verb) > 3
    past = own.endswith("ت") and verb.endswith("ت") and len(verb) > 3
    # … the verb opening its clause: after و, a particle or ما (not فيضانات تضرب فرنسا وتقتل: France is struck)
    opens = len(head) < 2 or head[0] in _OPENERS or head[0] == "ما" or head[0].endswith(("،", ",")) or verb.startswith("و")
    return m if (present or past) and opens and verb.isalpha() and not verb.startswith(("ال", "ب", "ل")) else None


def _resumptive(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a pronoun back to the noun before the verb follows it (في كلمة رحّب فيها، في الوقت الذي
    تعهدت فيه): the verb opens a relative clause on that noun."""
    nxt = _F(ctx.text[trigger.end : trigger.end + 12]).split()[:1]
    return bool(nxt) and nxt[0] in _RESUMPTIVES


def _no_object_after(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether nothing a transitive verb could take as its object follows it — a preposition, a time or
    the clause's end (قتلوا في الهجوم، الذي اعتقل لاحقا): an unvocalised passive."""
    return _ends_clause(ctx, trigger) or word_after(ctx, trigger.end).rstrip("،,.") in _NO_OBJECT


def _indefinite_subject_only(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The indefinite actor right after a verb that opens its clause, if nothing a doer's object could be
    follows it — a preposition, و and the next clause, the sentence's end (قتل جنديان إسرائيليان في هجوم،
    قتل إسرائيليان وتعرض ثالث لإصابة; not قتل مسلحون مجهولون جنديا, هذا الإصدار أصاب نتنياهو بصدمة).
    Not one in the accusative or oblique: the object, its doer before (قوات الجيش قتلت فلسطينياً في)."""
    clause = re.split(r"[،,:]", ctx.text[ctx.start : trigger.start])[-1].split()
    nxt = next((m for m in ctx.mentions if m.start >= trigger.end), None)
    if nxt is None or nxt.prefix or ctx.text[trigger.end : nxt.start].strip() \
            or any(_F(w) not in _CLAUSE_OPENERS for w in clause):
        return None
    words = _F(ctx.text[nxt.start : nxt.end]).split()
    if any(w.startswith("ال") for w in words) or words[-1].endswith(("ا", "ين")):
        return None
    after = word_after(ctx, nxt.end)
    rest = ctx.text[nxt.end : ctx.end].strip()
    joined = after.startswith("و") and not any(m.start > nxt.end and not ctx.text[nxt.end : m.start].strip(" و")
                                              for m in ctx.mentions)  # not قتل مسلحون ومستوطنون
    return nxt if not rest or rest[0] in ".؛" or after.rstrip("،,.") in _NO_OBJECT_FOR_PLURAL or joined else None


def _of_a_genitive(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a masculine verb is followed by a feminine noun before a country adjective (استهدف قاعدتي
    التحالف الأميركي): no subject of it — the adjective is the object's — unlike a noun the verb agrees
    with (اعترفت وسائل إعلام إسرائيلية، قصفت الطائرات الإسرائيلية). (The caller leaves out a verb written as
    its verbal noun: رفض الإدارة الأميركية, the administration's refusal.)"""
    words = _F(ctx.text[trigger.end : m.start]).split()
    verb = _F(trigger.text).split()[0]
    # (a past verb's masculine, or a present's: not تستهدف، نستهدف — nor, unsure, a past verb in ت: تعهد)
    masculine = verb.startswith("ي") or not verb.startswith(("ت", "ن")) and not verb.endswith(("ت", "وا"))
    return bool(words) and masculine and words[0].endswith(("ه", "تي", "تا", "ات"))


def _name_joined_to_name(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a verb with و stands right after a person's name and right before a mark or the sentence's
    end (القائدين هنية وشكر؛): a second name joined to the first, no verb without its object."""
    start = trigger.start - len(trigger.prefix)
    person = any(m.label == "PER" and not ctx.text[m.end : start].strip() for m in ctx.mentions if m.end <= start)
    rest = ctx.text[trigger.end : ctx.end].lstrip()
    return trigger.prefix == "و" and person and (not rest or rest[0] in "،,.؛:")


def _feminine_state(written: str) -> bool:
    """Whether a state's or capital's name takes a feminine verb (مصر، روسيا، الولايات المتحدة، واشنطن) —
    not the masculine ones (لبنان، العراق، الأردن، السودان، المغرب، اليمن)."""
    folded = _F(written.strip("\"«»“”"))
    return folded.endswith(("ا", "ه", "ات")) or folded in _FEMININE_STATES


def _after_heavy_that(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether أنّ stands right before the trigger, maybe past a quotation mark: with ب or ل (بأن، لأن),
    or written with its shadda (أنّ، إنّ) — not أنْ, which a past verb may follow (بعد أن ثمّن)."""
    start = trigger.start - len(trigger.prefix)
    before = ctx.text[max(ctx.start, start - 30) : start]
    if not before[-1:].isspace() and before[-1:] not in "\"«“":
        return False  # (the trigger opens a word)
    words = before.rstrip(" \"«“").split()[-2:]
    if not words:
        return False
    folded = _F(words[-1])
    # (بعد أنّ بحث: a shadda written on أنْ after a word of time)
    light = len(words) == 2 and _F(words[0]) in _TIME_CONJUNCTIONS
    return folded in _HEAVY_THAT or (folded in _PLAIN_THAT and words[-1].endswith("\u0651") and not light)


def _ends_clause(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether the trigger ends its clause: a mark or the sentence's end right after it."""
    rest = ctx.text[trigger.end : ctx.end].lstrip()
    return not rest or rest[0] in "،,.:؛"


def _reports_speech(span: str) -> bool:
    """Whether a stretch of a sentence reports what someone said (a complementiser, a condition or a
    quotation mark): its own subjects act there (وأضاف ترمب أن النظام الإيراني يشعل الصراعات، ويدعم —
    the regime supports, not Trump)."""
    return any(c in span for c in "«»\"“”") or bool(_THAT_OR_IF.intersection(_F(span).split()))


def _after_relative(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a relative pronoun stands right before the verb (الذي دعا، التي أعلنت): the verb's
    subject is the noun before the pronoun, never the noun after the verb."""
    before = words_before_trigger(ctx, trigger, 1)
    return bool(before) and before[0] in _RELATIVES and not trigger.prefix


def _genitive_of_object(ctx: SentenceContext, trigger: Match, verb: Verb, actor: Mention) -> bool:
    """Whether the actor right after a verb stands after a noun that carries ب (ونددت بمتطلبات الولايات
    المتحدة، أشاد بعملية كوسوفو): the genitive of what the verb is about, not its subject.  Told from a
    noun of its own (بعثة، بلدية، بنك) by the article or a derived noun's م / ت, a plural, or the verb's
    own ب (أشاد ب، ندد ب) — never an adverb (دانت بشدة الولايات المتحدة)."""
    between = ctx.text[trigger.end : actor.start].split()
    if len(between) != 1:
        return False
    word = _F(between[0])
    derived = word.startswith(("بال", "بم", "بت")) or (word.startswith("ب") and word.endswith("ات"))
    marked = word.startswith("ب") and not word.startswith("بن") and "ب" in verb.target
    return (derived or marked) and len(word) > 3 and word not in _ADVERBS_WITH_BI  # (بدور، بدعم)


def _quoted_name(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a quotation mark opening after the trigger closes within a few words (وأدانت «القائمة العربية
    المشتركة»): a name, the subject — a longer span is what was said (وطالبت "كل أحرار العالم بمساندة …"),
    and the mark after a quoted trigger closes it (عن "شكره" للرئيس)."""
    if ctx.text[max(0, trigger.start - len(trigger.prefix) - 1)] in _OPENING_MARKS:
        return False
    found = _QUOTED_NAME.match(ctx.text, trigger.end, ctx.end)
    return found is not None and len(found.group(1).split()) <= data.QUOTED_NAME_WORDS


def _antecedent_before(ctx: SentenceContext, trigger: Match) -> Mention | None:
    """The actor right before the relative pronoun before the trigger, only the pronoun between, maybe
    after a comma (الحركة التي أعلنت، واشنطن، التي انتقدت)."""
    m = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
    return m if m is not None and len(ctx.text[m.end : trigger.start].strip(" ،,").split()) == 1 else None


def _title_of(gap: str, actor: Mention) -> bool:
    """Whether the words between a verb and a person are a title and its complement, the person its holder
    (وطالب عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي): the title and the name are one subject. Not
    a definite title, whole by itself (دعت المدعية العامة نتنياهو: the one called on)."""
    words = gap.split()
    first = _F(words[0]) if words else ""
    if actor.label != "PER" or len(words) < 2 or first.startswith("ال") or not names_a_title(first) \
            or any(c in gap for c in "،,.:؛"):
        return False
    return past_complement(words[1:], words[0])[0] == len(words) - 1


def _styled(gap: str) -> bool:
    """Whether the words between a verb and its subject are a style (صاحب السمو الملكي، معالي): they do not
    count against the subject's distance."""
    return len(gap) <= _LONGEST_STYLE and _F(gap).strip() in STYLE_WORDS


def _alive(before: str) -> bool:
    """Whether حيا after this folded word is an adjective or a count (alive, live, neighbourhoods): after
    a verb of remaining, a pronoun of finding, an accusative noun or a number."""
    return before.lstrip("و") in _STILL or before == "عليه" or before.endswith("ا") or before.strip("()").isdigit()


def _opener_agrees(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a noun's pronoun (لقائه، لقائها) agrees with the verb the sentence opens with: a feminine
    verb's subject is no "his" (وأكّدت وزارة الخارجية …، ترحيب الوزير … خلال لقائه: the minister's)."""
    first = _F(ctx.text[ctx.start : trigger.start]).split()[:1]
    feminine_verb = bool(first) and first[0].endswith("ت")
    return feminine_verb == _F(trigger.text).endswith("ها")


def _unsuffixed(word: str, enclitic: str) -> set[str]:
    """A word without its pronoun suffix, its ta marbuta or hamza restored (زيارته → زياره، لقائه → لقاء);
    a final ت may be a plural's own (هجماته → هجمات)."""
    stem = word[: -len(enclitic)]
    if stem.endswith("ت"):
        return {stem[:-1] + "ه", stem}
    if stem.endswith("اي"):
        return {stem[:-1] + "ء"}
    return {stem}


_NO_PROTESTERS = frozenset(("GOV", "MIL", "COP", "JUD", "SPY", "ELI", "MED"))
_QUOTE_MARKS = frozenset('"«»“”')


def _no_protester(ref: ActorRef) -> bool:
    """Whether an actor is of the state's authority — government, forces, police, judges, intelligence, a
    ruler — or the press (its code's sector after any country): whom a protest is addressed to, who met it or
    who reports it, not who protests."""
    code = ref.code or ""
    sector = code if code[:3] in SECTORS else code[3:]
    return sector[:3] in _NO_PROTESTERS


def _sender_for(ctx: SentenceContext, ref: ActorRef | None) -> ActorRef | None:
    """A delegation's sender named right after it in its stead (زار وفد من الاتحاد الأوروبي، استقبل وفدا
    من حركة حماس): the body the delegation acts for — else the delegation as found."""
    if ref is None or ref.id != "delegation":
        return ref
    m = next((x for x in ctx.mentions if x.ref is ref), None)
    sender = event_roles.delegation_sender(ctx, m) if m is not None else None
    return sender.ref if sender is not None else ref


def _attacker_between(ctx: SentenceContext, trigger: Match, m: Mention) -> bool:
    """Whether a force, a weapon or a fighter stands between an attack verb and the country adjective
    after it (هاجمت المقاتلات الإسرائيلية، قتل قناص إسرائيلي): the adjective's noun is the doer — after
    an attack verb it is far more often what was struck (استهدفت المدرعات الأميركية، ضرب القواعد
    الأميركية، فرضت عقوبات على النفط الروسي)."""
    words = _F(ctx.text[trigger.end : m.start]).split() if m.start >= trigger.end else []
    # (right after the trigger the adjective is its own: قصف إسرائيلي، غارة أميركية)
    return not words or any(w.removeprefix("ال") in _ATTACKERS for w in words)


def _unlisted_plural_before(ctx: SentenceContext, trigger: Match, before: Mention) -> bool:
    """Whether a plural verb follows an indefinite plural noun no mention covers (متشددون انسحبوا): that
    noun is its subject, not the actor further back."""
    if trigger.prefix or not _F(trigger.text).endswith("وا"):
        return False
    words = ctx.text[before.end : trigger.start].split()
    word = _F(words[-1]) if words else ""
    return len(word) > 4 and word.isalpha() and word.endswith("ون") and not word.startswith(("ال", "و"))


def _joined_adjective(ctx: SentenceContext, trigger: Match) -> bool:
    """Whether a feminine participle joined by و follows another indefinite feminine adjective right after
    its noun in the clause (تظاهرات داعمة لغزة ومنددة بالعدوان): the noun's second adjective, no deed of
    anyone's — not a participle of manner opening the clause (بيانا، مؤكدة … ومطالبة)."""
    if trigger.prefix != "و":
        return False
    clause = re.split(r"[،,.:؛]", ctx.text[max(ctx.start, trigger.start - 60) : trigger.start - len(trigger.prefix)])[-1]
    words = clause.split()
    return any(w.endswith("ة") and w.isalpha() and not _F(w).startswith(("ال", "و"))
               for w in words[max(1, len(words) - 3) :])


def _members_of(words: str) -> bool:
    """Whether the words before an actor name some of its members (أحد قادة، بعض مسؤولي، ممثلو), the name
    perhaps in quotation marks (مجاهدو "القسام")."""
    folded = [w for w in _F(words).split() if w not in _QUOTE_MARKS]
    for quantifier in _MEMBER_QUANTIFIERS:
        if folded[: len(quantifier)] == quantifier:
            folded = folded[len(quantifier) :]
            break
    return len(folded) == 1 and folded[0] in _MEMBER_NOUNS


def _hamza_not_the_verbs(written: str, verb: Verb) -> bool:
    """Whether a word written with a hamza on its alif matches the verb only where the verb's own forms
    have a bare alif (وأفقها folds like وافقها): another word. Hamzas dropped in writing are common;
    hamzas added are not."""
    word = _MARKS.sub("", written)
    forms = [f for f in (verb.lemma, verb.present or "", *verb.forms) if f and " " not in f]
    aligned = [f for f in forms if len(f) <= len(word) and _F(word).startswith(_F(f))]
    return bool(aligned) and all(any(w in "أإ" and c == "ا" for w, c in zip(word, f)) for f in aligned)


def _undergoing(word: str) -> bool:
    """Whether a word is a verb of undergoing, with its و or not (تعرضت، وتعرض)."""
    folded = _F(word)
    return folded in _UNDERGONE or folded.removeprefix("و") in _UNDERGONE


class EventCoder:
    """Codes the events of a document; built once from the lexicon, then read-only."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        self._nouns = {vid: frozenset(_F(f) for n in v.nouns for f in noun_forms(n)) for vid, v in lexicon.verbs.items()}
        self._pasts = {vid: frozenset(_F(f) for f in (*past_forms(v.lemma.split()[0]), *v.past))
                       for vid, v in lexicon.verbs.items()}
        self._participles = {vid: frozenset(_F(f) for f in v.forms) for vid, v in lexicon.verbs.items()}
        self._presents = {vid: frozenset(_F(f) for f in present_forms(v.present.split()[0])) if v.present else frozenset()
                          for vid, v in lexicon.verbs.items()}
        self._singular = {vid: frozenset(_F(w.split()[0]) for w in (v.lemma, v.present) if w) for vid, v in lexicon.verbs.items()}
        # (not a past form written alike: أرسل، أفرج are the verb's past too)
        self._first_persons = {vid: frozenset(_F(f) for f in first_person_forms(v.present.split()[0])) - self._pasts[vid]
                               if v.present else frozenset() for vid, v in lexicon.verbs.items()}
        self._needs = {vid: frozenset(_content_words(" ".join(v.needs))) for vid, v in lexicon.verbs.items()}
        self._unless = {vid: frozenset(_content_words(" ".join(v.unless))) for vid, v in lexicon.verbs.items()}
        # … before a verb joined by و, only as written (بشكل صارم وقاطع): the words there end the clause before,
        # no subject of it (رفضت طهران الاتهامات وأدانت: no conviction, بتهمة، باتهامات follow أدان)
        self._unless_written = {vid: frozenset(_F(u) for u in v.unless) for vid, v in lexicon.verbs.items()}
        # the prepositions that open each verb's object, folded (ب، على، إلى)
        self._marks = {vid: tuple(_F(t) for t in v.target if t != "direct") for vid, v in lexicon.verbs.items()}
        self._target_finder = TargetFinder(lexicon)
        self._protests = ProtestFinder(lexicon)

    def sentence(self, ctx: SentenceContext, coref: Coreference, date: str | None) -> list[Event]:
        """The events of one sentence; implicit subjects come from ``coref`` (not updated here)."""
        implicit = coref.implicit()
        events: list[Event] = []
        for trigger in ctx.triggers:
            verb = self._lex.verbs[trigger.id]
            if verb.plover is None:
                continue  # statements and appeals (CAMEO 01, 02) are no PLOVER events
            main = _main_subject_before(ctx, trigger, events)
            events.extend(self._code_trigger(ctx, trigger, verb, main or implicit, date, main))
        events = self._doers_named_later(ctx, self._protests.with_protesters(ctx, events, date))
        events = _toll_of_attack_after(ctx, _attack_retold(ctx, _attack_described(ctx, _caused_by_attack(ctx, events))))
        events = [_call_received(ctx, e) for e in events if not _struck_by_nature(ctx, e)]
        if any(e.type == "ASSAULT" and e.source is None for e in events) and self._accident(ctx):
            events = [e for e in events if e.type != "ASSAULT" or e.source is not None]
        if events and ctx.in_match_report:  # a match report's injuries have no doer (أصيب لاعب بقطع في الرباط)
            events = [e for e in events if e.type in ("PROTEST", "COERCE") or (e.type == "ASSAULT" and e.source)]
        elif events and self._match_report(ctx):
            events = [e for e in events if e.type in data.DOERLESS_TYPES]
        return events

    def _doers_named_later(self, ctx: SentenceContext, events: list[Event]) -> list[Event]:
        """Events with no source take the doer the sentence names after a noun of the same type
        (قتل أربعة جنود في هجوم شنّه مسلحون صوماليون → the gunmen), or, for an attack, the one
        who claimed it (تبنت حركة طالبان الهجوم)."""
        wanted = {e.type for e in events if e.source is None}
        if not wanted:
            return events
        doers: dict[str, tuple[ActorRef, str]] = {}
        for trigger in ctx.triggers:
            kind = self._lex.verbs[trigger.id].plover
            if kind in wanted and kind not in doers:
                verb = self._lex.verbs[trigger.id]
                form = self._form(ctx, trigger, verb)
                victim = self._victim_first(trigger, verb, form) or self._undergone_by_subject(ctx, trigger, verb, form)
                # مقتل فلسطيني، قتل فلسطينيان: the adjective after a victim's noun or passive is the victim's
                found = event_doers.agent_only(ctx, trigger) if victim else event_doers.noun_doer(ctx, trigger)
                noun = form == "noun" or _F(trigger.text) in self._nouns[verb.id]  # قصف إسرائيلي، رفض أميركي
                if found is not None and found[1] == "demonym-noun" and not noun \
                        and not _F(found[0].text).endswith("ون"):
                    found = None  # a verb takes no adjective (واستنكر التركي: a surname), and دعت الفلسطينيين its object
                if found is not None:
                    doers[kind] = (event_doers.localized(ctx, found[0]) or found[0], found[1])
        if "ASSAULT" in wanted and "ASSAULT" not in doers:
            first = min(e.trigger.start for e in events if e.type == "ASSAULT" and e.source is None)
            operations = event_doers.operations_doer(ctx, first)
            claimant = event_doers.claimant(ctx) if operations is None else None
            if operations is not None:
                doers["ASSAULT"] = (event_doers.localized(ctx, operations) or operations, "agent-clause")
            elif claimant is not None:
                doers["ASSAULT"] = (claimant, "claimed")
        return [event_doers.with_doer(e, *doers[e.type]) if e.source is None and e.type in doers else e for e in events]

    @staticmethod
    def _subject_precedes(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether an actor stands right before the trigger with no preposition (عناصر القوات قتل …)."""
        prev = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
        return prev is not None and not ctx.text[prev.end : trigger.start].strip() and not prev.prefix.lstrip("وف")

    def _own_subject(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verb has a subject of its own, named or not, rather than the earlier actor: one inside
        its clause (خطر حقيقي يهدّد، التي تهدد، لمن يساعد), or one that may follow it (وطالب منصور). Only a
        verb that opens its clause (وأشاد، ، أشاد، وقد أشاد) with no subject after it goes on with the
        earlier actor — or one joined to a verb whose subject it shares (هنأ قادة المقاومة … وحيا),
        which the caller checks."""
        # وأشاد at the sentence's start goes on; ودعت … وحذّرت mid-sentence is joined to a verb before it,
        # whose subject, when the rules know it, the caller gave as ``main``
        joined = trigger.prefix[:1] in ("و", "ف") and count_words(ctx, ctx.start, trigger.start) <= data.OPENING_WORDS
        opens = joined or self._opens(ctx, trigger)
        return not opens or self._unknown_subject_follows(ctx, trigger)

    @staticmethod
    def reports_matches(folded: str) -> bool:
        """Whether an article reports matches: the game's words (PITCH_WORDS) occur MATCH_REPORT_WORDS
        times or more in its folded text."""
        count = 0
        for phrase in _PITCH:
            count += folded.count(phrase)
            if count >= data.MATCH_REPORT_WORDS:
                return True
        return False

    @staticmethod
    def _match_report(ctx: SentenceContext) -> bool:
        """Whether the sentence reports a match (المباراة، نصف النهائي، مونديال): the words looked for in
        the folded sentence, with their clitics."""
        folded = _F(ctx.text[ctx.start : ctx.end])
        return any(phrase in folded for phrase in _SPORTS)

    @staticmethod
    def _accident(ctx: SentenceContext) -> bool:
        """Whether the sentence names an accident or a disaster (حادث مروري، غرق، زلزال)."""
        # للأمطار segments as ل + لامطار: the article's ل stays on its noun
        return any(w in _ACCIDENTS or (w.startswith("لا") and w[1:] in _ACCIDENTS)
                   for w in _content_words(ctx.text[ctx.start : ctx.end]))

    def _new_clause_subject_follows(self, ctx: SentenceContext, trigger: Match, apart: str) -> bool:
        """Whether the verb opens a clause of its own after a comma and a clause opener (، إذ يحذر، ، حيث
        يطالب) with a definite noun after it: that noun is its subject, the actor before the comma is not."""
        if trigger.prefix or not any(c in apart for c in "،,") or self._word_before(ctx, trigger) not in _CLAUSE_LINKERS:
            return False
        following = word_after(ctx, trigger.end)
        return self._unknown_subject_follows(ctx, trigger) and (following.startswith("ال") or following in _DEFINITE_CONSTRUCTS)

    @staticmethod
    def _unknown_subject_follows(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a word that may be the verb's own subject follows it (وطالب منصور، وحذر مارسيل فراتزشر،
        تساعد أوميغا 3): not a preposition, particle, time or number, which leave the subject unsaid."""
        after = word_after(ctx, trigger.end)
        if after[:1] in _OPENING_MARKS:
            return _quoted_name(ctx, trigger)
        if not after[:1].isalpha():
            return False
        word = after.strip("،,.:«»\"“”")
        # (بعض، بضعة open a subject, though ب is mostly a preposition: ورفضت بعض الدول)
        preposition = word[:1] in ("ب", "ل") and word not in _SOME
        return bool(word) and word not in _LEAVES_SUBJECT and not preposition and not word.isdigit()

    @staticmethod
    def _opening_subject(ctx: SentenceContext, trigger: Match) -> Mention | None:
        """The actor the sentence (or its clause after a colon, or إن) opens with, right before an unprefixed verb."""
        if trigger.prefix:
            return None
        prev = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
        if prev is None or prev.prefix or not (can_act(prev) or prev.seat) or ctx.text[prev.end : trigger.start].strip():
            return None
        head = re.split(r"[:،,]", ctx.text[ctx.start : prev.start])[-1].split()
        return prev if not head or all(_F(w.strip("«\"“")) in _OPENERS for w in head) else None

    @staticmethod
    def _governed(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a noun that governs a verbal noun stands right before an unjoined word (سبل دعم الأردن،
        خطر دعم الميليشيات، مثمنا دعم المملكة), or a verb that takes a noun: a noun, not a verb and its subject."""
        if trigger.prefix:
            return False
        before = [w.removeprefix("و") for w in words_before_trigger(ctx, trigger, 2)]
        if before[-1:] and before[-1] in _GOVERNING:
            return True
        # … or a verb of affirming, maybe past whom it was told (يؤكد لغوتيريش دعم فصائل المقاومة: أكّد takes
        # a noun or أنّ, never a verb)
        told = len(before) == 2 and before[-1][:1] == "ل" and len(before[-1]) > 3
        return bool(before) and (before[-1] in _AFFIRMING or (told and before[0] in _AFFIRMING))

    @staticmethod
    def _subject_follows(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether an actor stands right after the trigger (قصف الجيش …: a verb and its subject)."""
        nxt = next((m for m in ctx.mentions if m.start >= trigger.end), None)
        return nxt is not None and not ctx.text[trigger.end : nxt.start].strip()

    @staticmethod
    def _opens(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether the trigger opens its sentence or clause (after a comma, a verb particle or a year that
        ends a time phrase: وفي عام 2013 قتل مسلحون)."""
        before = ctx.text[ctx.start : trigger.start].rstrip()
        word = EventCoder._word_before(ctx, trigger)
        return not before or before.endswith((",", "،", ":")) or word in _VERB_PARTICLES or is_year(word)

    def _code_trigger(self, ctx: SentenceContext, trigger: Match, verb: Verb, implicit: ActorRef | None,
                      date: str | None, main: ActorRef | None = None) -> list[Event]:
        form = self._sensed_form(ctx, trigger, verb)
        if form == "none":
            return []
        is_noun = form != "verb"
        if form == "noun" and not self._framed(ctx, trigger) and not self._announced(ctx, trigger, verb) \
                and not self._headline(ctx, trigger) and self._support(ctx, trigger, verb) is None \
                and event_doers.agent_clause(ctx, trigger) is None:
            return []  # a verbal noun outside a frame is a topic (ضرورة الدعم، انسحاب القوات خطوة), not an event
        sources, rule = self._doers(ctx, trigger, verb, form, implicit, main)
        resumed = self._object_before(ctx, trigger, verb, sources) if form == "verb" and rule == "subject-verb" else None
        if resumed is not None:
            sources, rule = [None], "no-source"  # بينهم لاجئون … بعدما هاجمهم بسكين: they were attacked
        if verb.id == "threaten" and form == "verb" and rule == "no-source" and self._thing_threatens(ctx, trigger):
            return []  # شح المياه بات يهدد، الأمر الذي يهدد حياة المدنيين: a risk, no one threatening
        ids = {(s.id or s.name) for s in sources if s is not None}
        taken = {(m.start, m.end) for m in ctx.mentions if (m.ref.id or m.ref.name) in ids}
        if rule == "unlisted-subject" and sources[0] is not None:
            taken |= _unlisted_with_apposition(ctx, trigger, sources[0])
        subject_genitive = _genitive_of_unnamed_subject(ctx, trigger) if form == "verb" and not ids else None
        if subject_genitive is not None:  # دعت رابطة علماء اليمن الأمة: Yemen is the league's, not called on
            taken.add((subject_genitive.start, subject_genitive.end))
        targets = self._target_finder.targets(ctx, trigger, verb, form == "noun", taken)
        if resumed is not None:
            targets = [resumed]
        elif rule == "relative-passive":  # نافالني، الذي اعتقل; no one further on (المشتبه به الذي اعتقل ويقبع في عهدة الشرطة)
            targets = [m.ref for m in [_antecedent_before(ctx, trigger)] if m is not None]
        elif rule == "indefinite-passive":
            targets = [m.ref for m in [self._actor_before(ctx, trigger)] if m is not None]
        elif form == "verb":  # برانسون، الذي تحتجزه أنقرة: the pronoun on the verb is the antecedent, its target
            pointed = self._relative_object(ctx, trigger, verb)
            if pointed is not None:
                targets = [pointed.ref]
            elif "direct" in verb.target and verb.id not in data.RECIPIENT_VERBS and self._resumes_object(trigger, verb):
                targets = []  # … named no nearer: no actor after it (دعاهم فيها إلى تسمية الشهداء على طريق القدس)
        parties = _parties(ctx, trigger) if form == "noun" and verb.id in _TALKS and rule == "noun-genitive" else None
        if parties is not None and (parties[0].ref.id or parties[0].ref.name) in ids:
            targets = [parties[1].ref]  # اتصال هاتفي بين X ونظيره الهولندي: X called the Dutch minister
        victim_first = form != "noun" and self._victim_first(trigger, verb, form)
        if not targets and (victim_first or self._killed_without_object(ctx, trigger, verb, form)):
            # 145 جنديا إسرائيليا أصيبوا، إن 13 إسرائيليا قتلوا — an unvocalised قتل after an actor the knowledge
            # base names is that actor's deed (قوات الاحتلال قتلت، خلال الحرب، …)
            victim = _victim_right_before(ctx, trigger)
            named = victim is not None and victim.label != "MISC" and victim.ref.id is not None \
                and not event_roles.bare_agent(victim)
            targets = [victim.ref] if victim is not None and (victim_first or not named) else []
        undergoing = self._undergone_by_subject(ctx, trigger, verb, form) if not targets else None
        if undergoing is not None:
            targets = [undergoing.ref]  # قتل إسرائيليان وأصيب ثالث: the passive's subject
        undergoer = self._undergoer(ctx, trigger) if form == "noun" else None
        if undergoer is not None and (undergoer.ref.id or undergoer.ref.name) not in ids:
            targets = [undergoer.ref]  # تعرض الصحفيون للتهديد: who underwent it
        # اعترف بذلك: an admission, حذر من مخاطر: a danger foretold (not لم يعترف بها المجتمع الدولي, يحذرهم)
        unaimed = verb.aimed and not targets and not self._aimed_unlisted(ctx, trigger, verb) \
            and not (form == "verb" and self._resumes_object(trigger, verb))
        if form == "noun" and not targets and verb.plover != "PROTEST" and not self._occurring(ctx, trigger) \
                and rule not in ("support-verb", "agent-clause", "agent-phrase", "noun-genitive") \
                and not self._announced(ctx, trigger, verb) and not self._headline(ctx, trigger):
            return []  # خلال اللقاء with no one met: the meeting is already coded where it is named
        if verb.id == "attack" and form == "verb" and any(s is not None and self._person(s) for s in sources):
            verb = self._lex.verbs["criticize"]  # هاجم ترامب "كارهي" التقارب: a person attacks in words
            rule += "+in-words"
        negated = event_modality.negated(ctx, trigger)
        modality = event_modality.modality(ctx, trigger, date, verb.lemma)
        if (form == "verb" and event_modality.of_purpose(ctx, trigger)) \
                or (form == "noun" and event_modality.charged(ctx, trigger)):
            modality = "hypothetical"  # ليفجر جسده: a purpose; بتهمة القتل: a charge
        senders = [_sender_for(ctx, s) for s in sources]
        targets = [_sender_for(ctx, t) for t in targets]
        # (وفد برلماني إسرائيلي يزور أوكرانيا: the sender named right after the delegation is no target of it)
        sent = {id(new) for new, old in zip(senders, sources) if new is not old}
        targets = [t for t in targets if id(t) not in sent]
        sources = [_placed_apart(ctx, s, targets) for s in senders]
        confidence = 0.5 + 0.2 * (rule != "implicit-subject" and rule != "no-source") + 0.2 * bool(targets)
        confidence += 0.1 * (not is_noun)
        sentence = ctx.text[ctx.start : ctx.end]
        pairs = [(s, t) for s in sources for t in targets or [None]]
        if not targets and len(sources) == 2 and None not in sources and _WITH in verb.target:
            # الكويت والفلبين توقعان، يبحث السيسي وبايدن: a deed done with someone, the two with each other
            pairs = [(sources[0], sources[1]), (sources[1], sources[0])]
            confidence, unaimed = confidence + 0.2, False
        return [Event(type=verb.plover or "", mode=verb.mode, cameo=verb.cameo, source=source, target=target,
                      trigger=Trigger(trigger.text, trigger.start, trigger.end), sentence=sentence,
                      negated=negated, modality=modality, confidence=round(min(confidence, 1.0), 2),
                      rule=f"{form}:{rule}:{verb.id}" + (_UNAIMED if unaimed else ""))
                for source, target in pairs]

    def _doers(self, ctx: SentenceContext, trigger: Match, verb: Verb, form: str, implicit: ActorRef | None,
               main: ActorRef | None) -> tuple[list[ActorRef | None], str]:
        """The trigger's doer(s) and how they were found: a victim's doer, a participle's or joined
        verb's (the main verb's or the clause's), the sentence's, else the earlier actor where it
        may go on (``implicit``), else none."""
        if form == "verb" and self._in_first_person(trigger, verb):
            return [None], "first-person"  # ندين، نطالب: the speaker of the quotation it stands in, if any
        # (، كما joins a verb too, unless an actor right after it is its own subject: كما دعت بكين البنك الدولي)
        also = _joined_by_also(ctx, trigger) and not self._subject_follows(ctx, trigger)
        coordinated = form == "verb" and (trigger.prefix.startswith("و") or also) and trigger is not ctx.triggers[0]
        if self._victim_first(trigger, verb, form) or self._killed_by(ctx, trigger, verb, form) \
                or self._written_passive(trigger, verb, form) or self._killed_without_object(ctx, trigger, verb, form) \
                or self._undergone_by_subject(ctx, trigger, verb, form) is not None or verb.id in data.VICTIM_SUBJECT_VERBS:
            return self._victims_doer(ctx, trigger, form)
        amma, topic = event_doers.amma_topic(ctx, trigger.start) if form == "participle" else (False, None)
        if amma and main is None:  # أما المقيم عصام عثمان …، فأبدى إعجابه …، مثمنًا: the topic, listed or not
            return [topic], "topic-subject"
        headline = event_doers.present_headline_subject(ctx, trigger) if form == "verb" and main is None else None
        if headline is not None:  # الاحتلال يوسع مداهماته في الضفة ويعتقل
            return [headline], "opening-subject"
        if form == "participle" or (coordinated and main is not None):
            # مشيدا، "وحيا … واشادا": the subject is the main verb's, else the clause's (لم يتورع أحد
            # التونسيين … احتجاجا)
            first = _F(trigger.text).split()[0]
            # احتجاجاً، رافضًا، منددةً (not أصيب، أصيبوا)
            adverbial = (first.endswith("ا") and not first.endswith("وا")) or (form == "participle" and first.endswith("ه"))
            opener = event_doers.clause_subject(ctx, trigger.start) if main is None and adverbial else None
            found: tuple[list[ActorRef | None], str] = ([opener], "clause-subject") if opener is not None else ([], "")
            if opener is None and main is None and adverbial and trigger.prefix == "":
                # the participle's own clause names no one: the subject right after the verb the sentence
                # opens with does it (وحدد وزير الداخلية الألماني هورست سيهوفر … لميركل مهلة …، مهددا بطرد),
                # unless a quotation's speaker stands between (with_speakers)
                opener = event_doers.opening_subject(ctx, trigger.start)
                found = ([opener], "opening-subject") if opener is not None else found
        else:
            found = self._sources(ctx, trigger, verb, form != "verb")
        if found[0]:
            return found
        if form == "verb" and verb.id == "accuse" and _CHARGED.match(ctx.text, trigger.end, ctx.end):
            return [None], "passive"  # وكان قد اتهم من قبل بتهم جنائية: he was charged — no accuser named
        # (not where the text goes on with its actor and the verb takes an object: دعا جميع الأطراف)
        goes_on = implicit is not None and "direct" in verb.target
        unlisted = unlisted_subject(ctx, trigger, self._marks[verb.id]) if form == "verb" and not goes_on else None
        if unlisted is not None:
            return [unlisted], "unlisted-subject"  # وأشاد جمال المعمري بعاصفة الحزم
        if form == "verb" and not (coordinated and main is not None) and self._own_subject(ctx, trigger):
            implicit = None
        if form == "noun" and not self._possessed(trigger, verb):
            implicit = None  # خلال اللقاء، في الهجوم: only a pronoun (لقائه) points back to an earlier actor
        elif form == "noun" and self._unlisted_support_subject(ctx, trigger, verb):
            implicit = None  # وتواصل هذه الأطراف انتقاداتها: the parties named there, no earlier actor
        elif form == "noun" and main is None and _F(trigger.text).endswith("ه"):
            person = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start and m.label == "PER"), None)
            if person is not None:  # الأنظار تتوجه إلى الرئيس الروسي فلاديمير بوتن … بعد لقائه: his, named before it
                return [person.ref], "pronoun-antecedent"
        if verb.id in data.THING_SUBJECT_VERBS or (verb.id in data.SUFFERED_VERBS and main is None):
            implicit = None  # انفجرت قنبلة، لقي 20 شخصا حتفهم: whoever was named in an earlier sentence did not do it
        if form == "participle" and main is None and verb.plover == "PROTEST" and self._protest_before(ctx, trigger):
            implicit = None  # وخرج عدد من المظاهرات … احتجاجا على الزيارة: the crowd protests, not the visitor
        if implicit is None:
            return [None], "no-source"
        # not named for this trigger: reported as implicit
        return [implicit.as_implicit()], "implicit-subject"

    def _unlisted_support_subject(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a subject no actor names stands between a verbal noun's support verb and the noun — a
        demonstrative or a definite noun (وتواصل هذه الأطراف انتقاداتها): its pronoun points to that."""
        support = self._support(ctx, trigger, verb)
        if support is None:
            return False
        words = _F(ctx.text[support[1] : trigger.start]).split()
        return bool(words) and (words[0] in event_roles.DEMONSTRATIVES or words[0].startswith("ال")) \
            and not any(support[1] <= m.start < trigger.start for m in ctx.mentions)

    def _protest_before(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a protest is named earlier in the sentence (المظاهرات، المحتجون): whose the participle is."""
        return any(t.end <= trigger.start and t.kind == "verb" and self._lex.verbs[t.id].plover == "PROTEST"
                   for t in ctx.triggers)

    def _in_first_person(self, trigger: Match, verb: Verb) -> bool:
        """Whether a verb is a first-person present, maybe with an object pronoun (ندين، ندعمها، نقاتلهم)."""
        word = _F(trigger.text).split()[0]
        forms = self._first_persons[verb.id]
        return word in forms or any(word.endswith(e) and word[: -len(e)] in forms for e in _ENCLITICS)

    def _possessed(self, trigger: Match, verb: Verb) -> bool:
        """Whether a verbal noun carries a pronoun suffix (لقائه، استقبالها) rather than ending in its letters."""
        word = _F(trigger.text).split()[-1]
        return word not in self._nouns[verb.id] and any(word.endswith(e) for e in _ENCLITICS)

    def _victim_first(self, trigger: Match, verb: Verb, form: str) -> bool:
        """Whether the trigger names the victim, not the doer, next to it: a noun of what was suffered
        (مقتل فلسطيني، إصابة 14 آخرين) or a verb whose subject is the victim (استشهد شاب، أصيب جندي، قُتل)."""
        if verb.id not in data.VICTIM_VERBS:
            return False
        if form == "noun" or verb.id in data.VICTIM_SUBJECT_VERBS:
            return True
        return _F(trigger.text) in _PASSIVE_FORMS or trigger.text[1:2] == data.PASSIVE_MARK

    def _written_passive(self, trigger: Match, verb: Verb, form: str) -> bool:
        """Whether a past verb is written as a passive, a damma on its first letter (اُتهم، سُلّمت، طُلب) or
        on the ت of forms VIII and X (اعتُقل، استُهدف): its subject suffered it.  Not a present one: يُطالب،
        تُدين are active (forms II–IV)."""
        text = trigger.text
        marked = text[1:2] == data.PASSIVE_MARK or (text[:1] == "ا" and data.PASSIVE_MARK in (text[3:4], text[4:5])
                                                    and text[text.index(data.PASSIVE_MARK) - 1] == "ت")
        return form == "verb" and marked and _F(text).split()[0] in self._pasts[verb.id]

    @staticmethod
    def _killed_without_object(ctx: SentenceContext, trigger: Match, verb: Verb, form: str) -> bool:
        """Whether an unvocalised قتل has no object after it — a preposition, a time or the clause's end
        follows (ثمانية مدنيين قتلوا في الهجوم، إن مزارعاً قتل، كما جرح آخر) — or, opening the sentence, a
        count right after it (قتل 18 شخصا: a doer would stand between): the passive, its subject the victim."""
        if form != "verb" or verb.id not in data.VICTIM_VERBS:
            return False
        counted = ctx.text[trigger.end : min(ctx.end, trigger.end + 12)].split()[:1]
        clause = re.split(r"[،,]", ctx.text[ctx.start : trigger.start])[-1].split()  # حيث قتل 47 متمردا
        opening = not [w for w in clause if _F(w) not in _CLAUSE_OPENERS]
        return _no_object_after(ctx, trigger) or (opening and bool(counted) and counted[0].isdigit())

    def _undergone_by_subject(self, ctx: SentenceContext, trigger: Match, verb: Verb, form: str) -> Mention | None:
        """The indefinite actor right after an unvocalised past verb done to people, where no object
        follows it (قتل إسرائيليان وأصيب ثالث، اعتقل فلسطينيون في الخليل): the passive's subject, the
        one it was done to."""
        if form != "verb" or verb.id not in data.PASSIVE_BY_AGENT_VERBS \
                or _F(trigger.text).split()[0] not in self._pasts[verb.id]:
            return None
        return _indefinite_subject_only(ctx, trigger)

    @staticmethod
    def _killed_by(ctx: SentenceContext, trigger: Match, verb: Verb, form: str) -> bool:
        """Whether an unvocalised قتل or اعتقل is the passive its agent phrase shows (وقتل فلسطيني برصاص
        الاحتلال، اعتقلوا على أيدي مقاتلي جبهة النصرة)."""
        return form == "verb" and verb.id in data.PASSIVE_BY_AGENT_VERBS and event_doers.agent_phrase(ctx, trigger) is not None

    @staticmethod
    def _victims_doer(ctx: SentenceContext, trigger: Match, form: str) -> tuple[list[ActorRef | None], str]:
        """The doer of what a victim suffered, only where the sentence names it as such: the subject of a
        support verb (واصلت إسرائيل أعمال القتل), an agent clause (شنّه مسلحون) or phrase (برصاص الجيش)."""
        doer = event_doers.support_subject(ctx, trigger) if form == "noun" else None
        if doer is not None:
            return [doer], "support-verb"
        doer = event_doers.agent_clause(ctx, trigger)
        if doer is not None:
            return [doer], "agent-clause"
        doer = event_doers.agent_phrase(ctx, trigger)
        return ([doer], "agent-phrase") if doer is not None else ([None], "no-source")

    def _sensed_form(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> str:
        """The trigger's form, ``none`` for a verb or participle without the words that fix its sense
        (وقع الحادث، نشرت صورة، حقق فوزا: another verb written the same)."""
        form = self._form(ctx, trigger, verb)
        if _hamza_not_the_verbs(trigger.text, verb):
            return "none"  # المعركة وأفقها (its horizon): a hamza the verb وافق does not have
        if form == "participle" and self._word_before(ctx, trigger).lstrip("و") in _BECAME:
            return "none"  # وأصبح مهددا بالخروج: a state undergone, not a deed
        if _F(trigger.text) == "حيا" and "\u0651" not in trigger.text and not trigger.prefix \
                and _alive(self._word_before(ctx, trigger)):
            return "none"  # لا يزال حيا، عثر عليه حيا، بثا حيا، 14 حيا: alive, live, neighbourhoods — no salute
        if form == "verb" and (thing_subject(ctx, trigger) or described_by_verb(ctx, trigger)):
            return "none"  # وهذا يدعو إلى إعادة النظر، وذلك يهدد، منظومة تدعم: a thing, no actor, does it
        if form == "verb" and not trigger.prefix and self._word_before(ctx, trigger) in _SLOGANS:
            return "none"  # رفعوا لافتات حملت عبارات تدعو الإدارة إلى: the words on a banner call, no one's deed
        if form == "verb" and not trigger.prefix and _F(trigger.text).split()[0] in self._pasts[verb.id] \
                and (_after_heavy_that(ctx, trigger) or self._word_before(ctx, trigger).removeprefix("و") in _CAUSING):
            # مذكراً بأنّ ثمن المقاومة أقل، أنّ "ثمن دماء، أدى دعم برلين: أنّ and a verb of causing take a noun (the
            # price, or دعم: support), never a past verb
            return "noun" if _F(trigger.text) in self._nouns[verb.id] else "none"
        if form == "verb" and _name_joined_to_name(ctx, trigger):
            return "none"  # اغتيال القائدين هنية وشكر؛: the second name, no verb of thanking
        if form == "verb" and not trigger.prefix and self._word_before(ctx, trigger) in _WHO \
                and _F(trigger.text).split()[0] in self._presents[verb.id]:
            return "none"  # يعرف مع من يلتقي، من يطالب بـ: whoever does it (من هاجم المسجد did)
        if verb.id == "laud" and _DETERRED.match(ctx.text, trigger.end, ctx.end):
            return "none"  # يُثني مطوري البرمجيات عن الذهاب: ثنى عن deters; أثنى على praises
        # a verbal noun is as ambiguous (نشر القوات، نشر الوعي، إرسال موظفين), but not before في / مع (فتح تحقيق)
        checked = form != "noun" or not verb.needs_next
        if checked and verb.needs and not self._sense_fits(ctx, trigger, verb):
            return "none"
        if form != "none" and verb.unless and self._other_sense(ctx, trigger, verb):
            return "none"
        return form

    def _other_sense(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a word that gives the trigger's letters another sense follows it (نشرت صورة) or, as its
        subject, stands right before it or before its adjective (إعصار اجتاح، عقوبات أميركية تستهدف)."""
        # (a quotation mark alone is no word: عقوبات أمريكية جديدة "تستهدف)
        before = [w for w in ctx.text[ctx.start : trigger.start - len(trigger.prefix)].split() if any(map(str.isalpha, w))]
        # … or before the relative pronoun that opens the trigger's clause (موجة البرد الأخيرة التي اجتاحت), or
        # two adjectives (عقوبات أمريكية جديدة تستهدف)
        if before and _F(before[-1]) in _RELATIVES:
            before = before[-4:-1]
        else:
            before = before[-3:] if len(before) >= 3 and all(map(_indefinite_adjective, before[-2:])) else before[-2:]
        if trigger.prefix[:1] in ("و", "ف"):
            subject, unless = {_F(w.strip("\"«»“”()")).removeprefix("و") for w in before}, self._unless_written[verb.id]
        else:  # a noun, not a particle (أن يعترفوا)
            subject, unless = set(_content_words(" ".join(before))) - _BEFORE_VERB, self._unless[verb.id]
        if not any(c in " ".join(before) for c in "،,.:؛") and unless.intersection(subject):
            return True
        if verb.unless_next:
            unless = self._unless[verb.id]  # right after the verb (اعترف بتراجع الحوثيين) or its subject
            first = _content_words(ctx.text[trigger.end : min(ctx.end, trigger.end + data.SENSE_CHARS)])[:1]
            # … or a complementiser the verb takes in that sense, past a longer subject (واعترف قائد المنتخب
            # الجزائري بأن: admitted that)
            clause = re.split(r"[،,:]", ctx.text[trigger.end : min(ctx.end, trigger.end + data.SENSE_CHARS)])[0]
            return (bool(first) and _with_article_elided(first[0]) & unless) \
                or self._next_word(ctx, trigger, headed=True) in unless or _says_that(clause, unless)
        after = _content_words(ctx.text[trigger.end : min(ctx.end, trigger.end + data.OTHER_SENSE_CHARS)])
        return any(w in self._unless[verb.id] for w in after[: data.OTHER_SENSE_WINDOW])

    def _form(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> str:
        """``noun`` (استقبال), ``participle`` (مشيدا), ``verb`` (استقبل), or ``none`` (الثمن is no ثمّن)."""
        written = _MARKS.sub("", trigger.text)  # مهنياً with its tanwin is مهنيا
        if written in _HOMOGRAPHS or trigger.prefix + written in _HOMOGRAPHS:
            return "none"  # كان مهنيا: professional, not مهنئا (congratulating); رضوان فايد, not فأيّد
        if verb.id == "warn" and not trigger.prefix and self._word_before(ctx, trigger) in _CAUTIOUS:
            return "none"  # تفاؤل حذر: cautious, an adjective — no one warns
        if verb.id == "promise" and _F(trigger.text).startswith("وعد") and "\u0651" in trigger.text:
            return "none"  # وعدّت ذلك دليلاً: و + عدّ (counted it as), the shadda says — no promise
        full = _F(trigger.text)
        # the article, not a verb's own letters (التقى): الدعم، الثمن
        has_article = full.startswith("ال") and full not in self._pasts[verb.id] and full not in self._participles[verb.id]
        word = full.removeprefix("ال")
        # للتعاون، للبحث: the article's ل elided after the preposition ل (the match keeps one ل)
        if trigger.prefix.endswith("ل") and full.startswith("ل") \
                and (full[1:] in self._nouns[verb.id] or full[1:] in self._pasts[verb.id]):
            has_article, word = True, full[1:]
        stems = {word}.union(*(_unsuffixed(word, e) for e in _ENCLITICS if word.endswith(e) and len(word) > len(e) + 2))
        if self._accusative_noun(ctx, trigger, verb, word):
            return "noun"  # لقيت دعما ومساندة: the noun, not the dual دعما (they two backed)
        if stems & self._nouns[verb.id]:
            # قصف، دعم، قتل are verbs and nouns alike: a verb when it opens its clause (never with the article)
            # … never after ل or بـ or a preposition either (لدعم أوكرانيا، في دعم أوكرانيا، على دعم قوى المقاومة)
            # … nor after a verb of going on (سيواصل دعم أوكرانيا: the support it goes on with)
            after_preposition = trigger.prefix.endswith(("ل", "ب")) or self._word_before(ctx, trigger) in _PREPOSITIONS_BEFORE_NOUN \
                or self._word_before(ctx, trigger) in _GOING_ON \
                or event_modality.charged(ctx, trigger)  # بتهمة التحريض ودعم منظمة: what one is charged with
            if not has_article and word in self._pasts[verb.id] and not after_preposition and (
                    self._opens_clause(ctx, trigger) or (self._subject_follows(ctx, trigger) and not self._governed(ctx, trigger))
                    or self._subject_precedes(ctx, trigger) or event_doers.said_by_pronoun(ctx, trigger)):
                return "verb"
            return "noun"
        if stems & self._participles[verb.id]:
            counted = word.endswith("ا") and self._counted_or_governed(ctx, trigger)  # 41 متهماً: the accused
            # الدول الداعية: an adjective; إماماً وداعية،: a noun (a participle goes on: داعيةً إلى); مناطق
            # مشيدة حول المدن: an adjective right after its noun (a participle of manner follows a comma or و)
            feminine = trigger.text.endswith("ة")
            # … or opening the sentence, where no clause stands for a participle of manner to go on (داعية
            # متشدد يمثل أمام محكمة: a preacher)
            opening = not trigger.prefix and not ctx.text[ctx.start : trigger.start].strip()
            noun = has_article or (feminine and (_ends_clause(ctx, trigger) or self._after_its_noun(ctx, trigger) or opening
                                                 or _joined_adjective(ctx, trigger)))
            return "none" if counted or noun else "participle"
        return "none" if has_article or self._not_a_verb(ctx, trigger, verb, word, stems) else "verb"

    @staticmethod
    def _after_its_noun(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a feminine participle stands right after a noun, no comma or و between (مناطق مشيدة):
        an adjective."""
        before = ctx.text[ctx.start : trigger.start - len(trigger.prefix)].rstrip()
        return not trigger.prefix and bool(before) and before[-1].isalpha() \
            and _F(before.split()[-1]) not in _BEFORE_VERB

    def _accusative_noun(self, ctx: SentenceContext, trigger: Match, verb: Verb, word: str) -> bool:
        """Whether a word written as a dual past verb is its verbal noun in the accusative: a dual verb
        follows its dual subject (البلدان دعما)، a particle (هي وزوجها قد تعهدا) or a joining و (واتفقا
        ودعما); after anything else it is the noun."""
        stem = word[:-1]  # دعما (دعم the noun), طالبا (طالب the student, the verb's letters)
        if not word.endswith("ا") or word not in self._pasts[verb.id] \
                or not (stem in self._nouns[verb.id] or stem in self._singular[verb.id]):
            return False
        before = words_before_trigger(ctx, trigger, 1)
        dual_before = bool(before) and (before[0].endswith(("ان", "ين")) or before[0] in _VERB_PARTICLES)
        # (… and an indefinite accusative adjective after it is the noun's: وغضب الفلسطينيين ورفضا دوليا)
        return "\u064b" in trigger.text or self._described(ctx, trigger) or not (trigger.prefix or dual_before)

    @staticmethod
    def _described(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether an indefinite accusative adjective follows a word (ورفضا دوليا، ودعما كاملا): a noun's, so
        the word is one — not a country's name (ضربا تركيا) nor an adverb (ونسقا أيضاً)."""
        adjective = _ACCUSATIVE_ADJECTIVE.match(ctx.text, trigger.end, ctx.end)
        if adjective is None or _F(adjective.group(1)) in _ADVERBS:
            return False
        return not any(m.start == adjective.start(1) for m in ctx.mentions)

    def _not_a_verb(self, ctx: SentenceContext, trigger: Match, verb: Verb, word: str, stems: set[str]) -> bool:
        """Whether the letters of a verb form are another word here (``word``: folded, without the article;
        ``stems``: it and its forms without a pronoun)."""
        if trigger.prefix.endswith(("ل", "ب")) and stems & self._pasts[verb.id]:
            return True  # لبحث الأزمة، بثمن أعلى، بوعده: ل and ب go before a noun (or ليبحث), never a past verb
        if any(mark in trigger.text for mark in TANWEEN) or self._paid(ctx, trigger):
            return True  # تحدياً، حيًّا: a noun or adjective (no verb takes tanween); يدفع ثمن: a price
        if _F(trigger.text) in _TIME_HOMOGRAPHS and self._time_of_day(ctx, trigger):
            return True  # اعتقلت قوات الاحتلال، فجر اليوم الخميس: dawn
        bare = word[:-1]  # … or a present form and ي (مرشح توافقي: consensual), which no verb form is
        if word.endswith("ي") and (bare in self._pasts[verb.id] or bare in self._nouns[verb.id]
                                   or bare in self._presents[verb.id]):
            return True  # سلمي (peaceful), not سلّمني: a verb takes ني, a noun or adjective ي (اجتماعي: social)
        if verb.id in _NOUN_IN_YA and trigger.text.endswith("ي") and word in self._pasts[verb.id]:
            return True  # درجة قاضي: the judge, not قاضى (sued), folded the same (but اعتُدي، أُلقي are passives)
        if trigger.text.endswith("ة") or trigger.text in _HOMOGRAPHS:
            return True  # حياة، وزارة، رحلة: a noun (no verb ends in ة); هناك، هنا: not هنأك
        if trigger.prefix == "و" and _F(trigger.text) == _F("زارتا"):
            return True  # وزارتا الدفاع والخارجية: two ministries, not "and they two visited"
        if word in self._pasts[verb.id] and event_roles.described_by_demonym(ctx, trigger):
            return True  # وهو طالب جزائري، وعد أميركي: a noun with its adjective (not يقتل فلسطينيين)
        if word in self._pasts[verb.id] and event_roles.described_by_size(ctx, trigger):
            return True  # وحشد كبير من السياح: a noun with its adjective
        if word in self._pasts[verb.id] and not trigger.prefix and self._word_before(ctx, trigger) == _OTHER_THAN:
            return True  # دعما غير قاتل: an adjective — غير stands before no verb
        if trigger.prefix and trigger.text[1:2] == _SHADDA:
            return True  # ودّعت طهران الشهداء: no word opens doubled, the و is the verb's own (bade farewell)
        if _SAYING_INNA.match(ctx.text, trigger.end, ctx.end):
            return True  # وأوضحت سلم إنه: only a verb of saying takes إنّ — this is the speaker's name
        if verb.id == "call-for" and word_after(ctx, trigger.end) in _NEED:
            return True  # وإذا دعت الحاجة: "if need be", no one calling
        return self._counted_or_governed(ctx, trigger)  # إلى توافق، 15 ألف طالب: a noun the letters of a verb


    def _counted_or_governed(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a number or a preposition stands right before the word: only a noun follows either
        (من may be "who": من يطالب; a year ends a time phrase: وفي عام 2010 طلبت).  Not for a word
        joined by و: it starts a clause (الكتيبة 39 وسلّمتها)."""
        if trigger.prefix[:1] in ("و", "ف"):
            return False
        before = self._word_before(ctx, trigger)
        if _after_acronym_i(ctx, trigger):
            return False  # إف بي آي يعتقل: the letter I of an acronym, not أي (any), folded the same
        return (before.isdigit() and not is_year(before)) or before in _COUNTS or (before in _PREPOSITIONS_BEFORE_NOUN and before != "من")

    def _paid(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verb of paying stands right before the word or its subject (سيدفع ثمن، أن تدفع روسيا
        ثمن): the word is what is paid — or the blessing's عليه (صلى الله عليه وسلم)."""
        before = [w.strip("\"«»“”").removeprefix("و") for w in words_before_trigger(ctx, trigger, 3)]  # وستدفع ثمن ذلك
        if _after_acronym_i(ctx, trigger):
            return False
        if before and (before[-1] in _PAYING or (before[-1] in _BLESSED and trigger.prefix == "و")):
            return True
        # … or before a phrase (يدفعون من أرواحهم ثمن) — not أي دولة تتعاون
        return any(w in _PAYING - _ANY for w in before[:-1]) and not trigger.prefix

    def _time_of_day(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a day follows the word or a preposition of time stands before it."""
        return word_after(ctx, trigger.end).rstrip(".،,:؛") in _DAYS or self._word_before(ctx, trigger) in _TIME_PREPOSITIONS

    def _sense_fits(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a word that fixes the verb's sense follows it (وقّع اتفاقية، نشر قوات) — for
        ``needs_next``, right after the verb or after the subject that follows it (حققت الشرطة مع)."""
        needs = self._needs[verb.id]
        if verb.needs_next:
            return self._next_word(ctx, trigger) in needs
        after = _content_words(ctx.text[trigger.end : min(ctx.end, trigger.end + data.SENSE_CHARS)])
        # الأسلحة التي ترسلها واشنطن: what is sent stands before the relative pronoun
        antecedent = _content_words(" ".join(words_before_trigger(ctx, trigger, 3))) if _after_relative(ctx, trigger) else []
        return any(w in needs for w in after[: data.SENSE_WINDOW] + antecedent)

    @staticmethod
    def _next_word(ctx: SentenceContext, trigger: Match, headed: bool = False) -> str:
        """The content word right after the trigger, or after the subject that follows it ("" if none);
        ``headed``: the subject may be a noun before the actor (اعترف الاتحاد البلجيكي، حارس بلجيكا)."""
        subject = next((m for m in ctx.mentions if m.start >= trigger.end), None)
        gap = len(ctx.text[trigger.end : subject.start].split()) if subject is not None else 99
        at = subject.end if gap == 0 or (headed and gap == 1) else trigger.end
        # (past a day and an ordinal: اعترف "جيش" الاحتلال، الخميس، بإصابة؛ تحيي أول حفلاتها)
        after = [w for w in _content_words(ctx.text[at : min(ctx.end, at + data.SENSE_CHARS)]) if w not in _PASSED_FOR_SENSE]
        return after[0] if after else ""

    @staticmethod
    def _frame_words(ctx: SentenceContext, trigger: Match) -> list[str]:
        """The words before a verbal noun where its frame may stand, past محاولة (تعرض لمحاولة اغتيال)."""
        before = words_before_trigger(ctx, trigger, data.FRAME_WINDOW + 1)
        if before and before[-1] in _FILLERS:
            return before[:-1]
        return before[-data.FRAME_WINDOW :]

    def _occurring(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verbal noun follows a verb of occurrence (اندلعت اشتباكات) or is claimed."""
        return any(w.lstrip("و") in OCCURRENCE for w in self._frame_words(ctx, trigger)) or _claimed(ctx, trigger)

    def _framed(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verbal noun stands in an event frame (خلال استقبال) or tells of an occurrence."""
        return any(w in _FRAMES for w in self._frame_words(ctx, trigger)) or self._occurring(ctx, trigger)

    @staticmethod
    def _headline(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verbal noun opens a clause after a colon or dash (ـ 13 يونيو 2007: اغتيال النائب)."""
        before = ctx.text[ctx.start : trigger.start].rstrip()
        if before.endswith(":"):  # a date before the colon, not a speaker (شمخاني: انسحاب القوات …)
            return any(c.isdigit() for c in " ".join(before.split()[-4:]))
        return bool(before) and before.endswith(data.HEADLINE_MARKS)

    def _announced(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether an ASSAULT noun is announced as a toll (أعلنت الشرطة مقتل سبعة، وأفيد بمقتل 15) or
        named as the cause of one (مقتل سبعة أشخاص بتفجير انتحاري)."""
        if verb.plover != "ASSAULT":
            return False
        if any(w.lstrip("و") in _ANNOUNCEMENTS for w in self._frame_words(ctx, trigger)):
            return True
        earlier = words_before_trigger(ctx, trigger, data.CASUALTY_WINDOW)
        # … or as what an attack caused, its verb first (وأسفرت غارات الطيران التركي عن مقتل)
        return any(w.lstrip("وب") in _CASUALTIES for w in earlier) or _caused_toll(earlier) \
            or _causing_attack(ctx, trigger.start, trigger.end)

    def _sources(self, ctx: SentenceContext, trigger: Match, verb: Verb, is_noun: bool) -> tuple[list[ActorRef], str]:
        """The source(s) and how they were found; ([], "") when the sentence does not say."""
        return self._noun_sources(ctx, trigger, verb) if is_noun else self._verb_sources(ctx, trigger, verb)

    @staticmethod
    def _support(ctx: SentenceContext, trigger: Match, verb: Verb) -> tuple[int, int] | None:
        """Where a verbal noun's support verb stands, a verb of taking part too for a protest, of
        imposing for a measure, of giving for aid."""
        support = event_doers.support_verb(ctx, trigger)
        if support is None and verb.plover == "PROTEST":
            support = event_doers.joined_verb(ctx, trigger)
        measure = {"COERCE": event_doers.IMPOSING, "AID": event_doers.PROVIDING}.get(verb.plover or "")
        if support is None and measure is not None:
            support = event_doers.support_verb(ctx, trigger, measure)
            # فرض، قدم are nouns as often as verbs (وفرض حظر تجول): only with the subject between them and the noun
            if support is not None and _F(ctx.text[support[0] : support[1]]).lstrip("و") in ("فرض", "قدم") \
                    and not any(support[1] <= m.start and m.end <= trigger.start for m in ctx.mentions):
                support = None
        return support

    def _noun_sources(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> tuple[list[ActorRef], str]:
        """A verbal noun's doer: its support verb's subject (وجهت القوات ضربات) or counted crowd (قام نحو
        1500 شخص … بالتظاهر), the doer named after it (هجوم شنّه مسلحون), its country adjective (غارة
        إسرائيلية), or the nearest actor before it."""
        backer = event_doers.backed_by(ctx, trigger) if verb.plover in ("SUPPORT", "AID", "COOPERATE") else None
        if backer is not None:
            return [backer.ref], "agent-phrase"  # عملية تجري بدعم من طيران التحالف: the coalition backs it
        support = self._support(ctx, trigger, verb)
        supporter = event_doers.support_subject(ctx, trigger, support) if support else None
        if supporter is not None:
            return [supporter], "support-verb"
        # اقتحام الاحتلال مخيم جنين; never اغتيال النائب العام (the victim)
        genitive = self._genitive_doer(ctx, trigger) if verb.id in _GENITIVE_DOERS else None
        genitive = genitive or (_threat_with(ctx, trigger) if verb.id == "threaten" else None)
        # (not an invitation, whose genitive is the one invited: دعوة أوكرانيا لحلف شمال الأطلسي)
        genitive = genitive or (_genitive_before_lam(ctx, trigger) if verb.plover != "REQUEST" else None)
        genitive = genitive or (event_doers.weapons_owner(ctx, trigger) if verb.plover == "ASSAULT" else None)
        genitive = genitive or (_owner_in_lam(ctx, trigger) if verb.plover == "ASSAULT" else None)
        genitive = genitive or (self._withdrawing(ctx, trigger, verb.id) if verb.id in _OWN_MOVES else None)
        genitive = genitive or (self._visitor(ctx, trigger, verb) if verb.id == "visit" else None)
        genitive = genitive or (self._host(ctx, trigger) if verb.id in _MEETINGS else None)
        genitive = genitive or (self._protesters(ctx, trigger, verb) if verb.plover == "PROTEST" else None)
        parties = _parties(ctx, trigger) if verb.id in _TALKS else None
        genitive = genitive or (parties[0] if parties else None)
        genitive = genitive or event_doers.doer_before_pronoun(ctx, trigger)
        if genitive is not None:
            return [genitive.ref], "noun-genitive"
        doer = event_doers.agent_clause(ctx, trigger)
        if doer is not None:
            return [doer], "agent-clause"
        doer = event_doers.agent_phrase(ctx, trigger) if verb.plover in data.SUFFERED else None
        if doer is not None:
            return [doer], "agent-phrase"
        doer = event_doers.attack_of(ctx, trigger) if verb.plover == "ASSAULT" else None
        if doer is not None:
            return [doer], "attack-of"
        doer = event_doers.undergone_from(ctx, trigger)
        if doer is not None:  # إثر تعرضهم لإطلاق نار من «مجموعة إرهابية»
            return [doer], "agent-phrase"
        crowd = self._crowd(ctx, support[1]) if support and verb.plover == "PROTEST" else None
        if crowd is not None:
            return [crowd], "support-verb"
        adjective = event_doers.adjective_doer(ctx, trigger)
        if adjective is not None:
            return [adjective.ref], "noun-adjective"
        if verb.id in _MEETINGS and self._possessed(trigger, verb) and _opener_agrees(ctx, trigger):
            opener = event_doers.opening_subject(ctx, trigger.start)
            if opener is not None:  # وأكد الرئيس الفرنسي دعمه للجيش اللبناني خلال لقائه …: the president's meeting
                return [opener], "opening-subject"
        if verb.plover == "ASSAULT" and (_causing_attack(ctx, trigger.start, trigger.end)
                                         or _caused_toll(words_before_trigger(ctx, trigger, data.CASUALTY_WINDOW))):
            # أن المعارك أسفرت عن مقتل …، وأسفرت المعارك عن مصرع: no doer named with it, none before it either
            # (the attack's own doer, if any, is given to the toll afterwards)
            return [None], "no-source"
        before = self._actor_before(ctx, trigger)
        if before is None:
            return [], ""
        if verb.plover == "ASSAULT" and verb.id not in data.MUTUAL_FIGHT_VERBS and not trigger.prefix \
                and self._word_before(ctx, trigger) == _IN:
            # مستوطنين يعملان لصالح وزارة الأمن في انفجار عبوة: where they were hurt, no doer (those in the
            # battles fought them: قتلى الحوثيين في معارك)
            return [None], "no-source"
        if self._undergoer(ctx, trigger) is not None:
            doer = event_doers.agent_phrase(ctx, trigger)  # تعرض الصحفيون للتهديد من قبل الحوثيين
            return ([doer], "agent-phrase") if doer is not None else ([None], "undergone")
        # … further from it too (فرنسا، حيث تعرضت لهجمات), with its و (وتعرض لانتقادات)
        undergone = any(_undergoing(w) for w in ctx.text[before.end : trigger.start].split())
        if self._trigger_between(ctx, before, trigger) or self._victim(ctx, before) or undergone:
            # أدان الرئيس الهجوم، وأصيب آخرون في غارات: the actor before is the verb's between, and the
            # noun's doer is left unsaid (no earlier actor either)
            return [None], "no-source"
        if joined_to_marked(ctx, before):
            return [None], "no-source"  # في مواجهات مع المقاومة والجيش وغارات: the army is fought, not raiding
        if verb.plover == "PROTEST" and _no_protester(before.ref):
            # لتذكير رئيس الحكومة من خلال هذه التظاهرة، برصاص الجيش خلال الاحتجاجات، بلومبرغ تكشف عن … حملات
            # المقاطعة: the state or the press before a protest noun is addressed, met or reports it
            return [None], "no-source"
        return [before.ref], "subject-noun"

    def _protesters(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> Mention | None:
        """The actor in construct with a protest noun (احتجاج موسكو، إضراب الأسرى، مظاهرات المعارضة): who
        protests — a protest has no object in its genitive."""
        if _F(trigger.text).startswith("ال") or self._possessed(trigger, verb):
            return None  # الاحتجاجات إسرائيل is no construct; احتجاجهم has its genitive
        m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
        if m is not None and m.seat and not m.prefix and not ctx.text[trigger.end : m.start].strip():
            return m  # احتجاج موسكو: a capital protests for its state
        return _genitive_right_after(ctx, trigger)

    def _visitor(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> Mention | None:
        """The person right after a visit noun, before where they went (زيارة ولي العهد السعودي لإسبانيا،
        زيارة الرئيس الفرنسي إلى الجزائر): the visitor; a place there is what was visited (زيارة مصر)."""
        m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
        # … or after the verb that carries it out (زيارة قام بها هنية إلى طهران)
        between = _F(ctx.text[trigger.end : m.start]).split() if m is not None else []
        possessed = self._possessed(trigger, verb)  # زيارته الرئيس: his visit, to the person after it
        if m is not None and not possessed and _visit_of(ctx, trigger, m):
            return m  # خلال زيارة مفاجئة لوزير الخارجية الروسي: a visit of his
        if m is None or (between and " ".join(between) not in _CARRIED_OUT) or m.prefix or m.label not in ("PER", "ORG"):
            return None
        if not between and not possessed:
            # بعد زيارة الرئيس الفنلندي سولي نينيستو: a person's visit, wherever it went; في إثر زيارة وفد حركة
            # حماس: the movement's
            visitor = m if m.label == "PER" else event_roles.delegation_sender(ctx, m)
            if visitor is not None:
                return visitor
        # (past the comma that closes a name in apposition: زيارة وزير الأمن القومي، إيتمار بن غفير، لسجني عوفر)
        following = _F(ctx.text[m.end : min(ctx.end, m.end + 20)]).lstrip(" ،,").split()[:1]
        went = bool(following) and (following[0] in _TO or (following[0].startswith("ل") and len(following[0]) > 3))
        return m if went else None

    @staticmethod
    def _host(ctx: SentenceContext, trigger: Match) -> Mention | None:
        """The actor right after a noun of meeting or receiving when whom it meets follows it (خلال لقاء
        الرئيس المصري مع رئيس وزراء الهند، استقبال الرئيس الإيراني رئيس الوزراء العراقي): the genitive
        meets. Alone, the genitive is the guest of the sentence's subject (أكد شمخاني خلال استقبال الفياض)."""
        m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
        if m is None or ctx.text[trigger.end : m.start].strip() or m.prefix or m.label not in ("PER", "ORG") \
                or not can_act(m):
            return None
        unnamed = event_roles.bare_agent(m) or (m.ref.id is None and m.ref.name == m.ref.text)
        if unnamed and not _F(ctx.text[m.start : m.end]).startswith("ال"):
            return None  # اجتماع زعماء الاتحاد الأوروبي: an indefinite noun's genitive follows it, no guest
        guest = next((x for x in ctx.mentions if x.start >= m.end), None)
        between = _F(ctx.text[m.end : guest.start]).split() if guest is not None else []
        met = guest is not None and guest.label in ("PER", "ORG") and not guest.prefix.startswith("و") \
            and (between == [] or between == ["مع"])
        return m if met else None

    @staticmethod
    def _withdrawing(ctx: SentenceContext, trigger: Match, verb_id: str) -> Mention | None:
        """The actor right after a noun of withdrawing (انسحاب واشنطن من الاتفاق) or of calling on someone
        to do something (دعوة الرئيس قيس سعيد الى وضع حد — not دعوة أوكرانيا لحلف, the one invited): who
        does it."""
        m = next((x for x in ctx.mentions if x.start >= trigger.end), None)
        if m is None or ctx.text[trigger.end : m.start].strip() or m.prefix or not (can_act(m) or m.seat):
            return None  # … a capital acts too, for its state
        if verb_id == "call-for" and word_after(ctx, m.end).strip("،,") not in _TO:
            return None
        return m

    @staticmethod
    def _genitive_doer(ctx: SentenceContext, trigger: Match) -> Mention | None:
        """The actor right after an attack noun when an indefinite object follows it (استهداف الاحتلال
        الإسرائيلي مقهى): the genitive is the doer, the noun after it what was attacked."""
        m = _genitive_right_after(ctx, trigger)
        if m is None or not (_F(m.ref.text).startswith("ال") or m.ref.id):
            return None  # هجوم مسلح على: an adjective, no doer named
        following = _F(ctx.text[m.end : min(ctx.end, m.end + 30)]).split()[:1]
        word = following[0].strip("،,.") if following else ""
        indefinite = len(word) > 2 and not word.startswith(("ال", "و", "ف", "ب", "ل")) and word not in _BEFORE_VERB \
            and word.isalpha() and not any(x.start >= m.end and not ctx.text[m.end : x.start].strip() for x in ctx.mentions)
        return m if indefinite and word not in _TIME_WORDS and word not in _DAYS else None

    def _verb_sources(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> tuple[list[ActorRef], str]:
        """A verb's subject: the topic of أما … فـ, the subject after it (VSO), the one who said so (أكد
        الحلف أنه قتل), the actor before it, a country adjective next to it, or a counted crowd."""
        framed = self._clause_doer(ctx, trigger, verb)
        if framed is not None:
            return framed
        wrote = event_doers.writer(ctx, trigger)
        if wrote is not None:  # أرسل خطاباً إلى وزير التجارة الأميركي، يطلب فيه: the writer asks
            return [wrote], "writer"
        if not trigger.prefix and self._word_before(ctx, trigger) in _SUBJECT_PRONOUNS:
            # وهو وعد إسرائيل بكل الدعم: the pronoun is the subject, Israel the one promised. Whom it points
            # back to is often no actor nearby (والهدف الرئيس … هو قتل المسلحين، وهي تصيب): left unnamed
            return [], ""
        each = _EACH_OF.match(ctx.text, trigger.end)  # دعا كل من الرئيس المصري … ورئيس الوزراء الهندي
        named = next((m for m in ctx.mentions if m.start >= trigger.end), None)
        if each is not None and named is not None and named.start == each.end() and can_act(named):
            return [m.ref for m in self._target_finder.coordinated(ctx, [m for m in ctx.mentions if m.start >= named.start])], \
                "verb-subject"
        # (a country after زار is the place visited: ثم يزور ماليزيا)
        # (after لكنه the pronoun is the subject, whoever follows the object: لكنه دعا الحكومة)
        # (… nor after a complementiser carrying the subject: إنه طرد أكبر دبلوماسي، أنها التقت زعماء)
        pronoun_subject = not trigger.prefix and self._word_before(ctx, trigger) in _BUT_HE | _THAT_IT
        after = [m for m in ctx.mentions if m.start >= trigger.end
                 and (can_act(m) or (m.seat and self._seat_acts(ctx, trigger, verb, m)))
                 and not (verb.id == "visit" and m.label == "LOC")] \
            if not self._plural(trigger, verb) and not self._subject_written_before(ctx, trigger, verb) \
            and not pronoun_subject else []
        # (إطلاق نار كثيف استهدف قوات الاحتلال: the attack noun before the verb did it; who follows was hit)
        described = verb.plover == "ASSAULT" and not trigger.prefix and self._attack_noun_before(ctx, trigger)
        if after and not described and self._subject_after(ctx, trigger, verb, after[0]):
            return [m.ref for m in self._target_finder.coordinated(ctx, after)], "verb-subject"
        if _after_relative(ctx, trigger) and word_after(ctx, trigger.end) in PREPOSITION_RESUMPTIVES:
            return [], ""  # التمرد المسلح الذي دعا له مؤسس شركة فاغنر: its subject unlisted, no one before it
        speaker = event_doers.speaker_of_clause(ctx, trigger)
        if speaker is not None:
            return [speaker], "said-by"
        main = self._main_subject(ctx, trigger)
        if main is not None:
            return [main], "main-subject"
        if not trigger.prefix and self._word_before(ctx, trigger).lstrip("و") in _THAT_IT:
            return [], ""  # مع إيران والصين، وأنها تبحث: "it", named earlier, not the actor just before
        if not trigger.prefix and self._word_before(ctx, trigger) in _WHO:
            return [], ""  # واعتقلت الشرطة من هاجم المسجد: whoever did it, not the actor before من
        seats = _seats_right_before(ctx, trigger)
        if seats:  # وواشنطن وسيول تنددان: capitals right before a verb act for their states
            return [m.ref for m in seats], "subject-verb"
        shared = _shared_subject(ctx, trigger)
        if shared is not None:  # ما تعتبره طهران انفصاليا وتتهم واشنطن: Tehran accuses
            return [shared.ref], "joined-verb"
        before = self._actor_before(ctx, trigger)
        # ويساعدهم القانون؛ عدد من الصحافيين، اعتقلتهم الجماعة: after an object pronoun comes the subject,
        # here no actor (the one before, apart from the verb or before a comma, is its object)
        apart = ctx.text[before.end : trigger.start] if before is not None else ""
        if before is not None and (apart.strip(" ،,وف") or apart.strip(" وف") in ("،", ",")) \
                and self._resumes_object(trigger, verb) and self._unknown_subject_follows(ctx, trigger):
            return [], ""
        if before is not None and self._antecedent_is_object(ctx, trigger, verb, before):
            return [], ""  # الصحافيين الذين ينتقدهم، الرئيس الذي يتهمونه: the antecedent is the object
        if before is not None and _resumptive(ctx, trigger) and count_words(ctx, before.end, trigger.start):
            before = None  # في كلمة رحّب فيها: the verb describes the noun between, not the actor before it
        if before is not None and len(apart.split()) <= 1 and not any(c in apart for c in "،,.:؛") \
                and self._indefinite_passive(ctx, trigger, verb, before):
            return [None], "indefinite-passive"  # 9 ناشطين أتراك اعتقلوا في أثينا: done to them, by no one named
        if before is not None and trigger.prefix == "و" and apart.strip(" \"”»و") in ("،", ","):
            opener = event_doers.opening_subject(ctx, before.start)
            if opener is not None:  # وحثّت فنزويلا الأمم المتحدة على إدانة "إسرائيل"، وطالبت: Venezuela goes on
                return [opener], "opening-subject"
        if before is not None and trigger.prefix == "و" and any(c in apart for c in "،,") \
                and not _reports_speech(ctx.text[ctx.start : trigger.start]):
            opener = event_doers.clause_subject(ctx, before.start, verb_first=True)
            if opener is not None:  # كانت تركيا قد استدعت السفير السعودي لديها، وطلبت: Turkey goes on
                return [opener], "opening-subject"
        if before is not None and self._new_clause_subject_follows(ctx, trigger, apart):
            return [], ""  # تتعلق بسياسات الحكومات، إذ يحذر العلماء: the scientists warn, not the governments
        if before is not None and trigger.prefix and any(c in apart for c in "،,") and self._victim(ctx, before):
            return [], ""  # أسفرت عن إصابة نحو 30 جنديا في قوة حفظ السلام، ودعت: the soldiers hurt call for nothing
        if before is not None and _joined_by_also(ctx, trigger):
            return [], ""  # قصفوا … تجمعا لجنود الاحتلال، كما استهدفوا: the clause before goes on, its object no doer
        if before is not None and trigger.prefix.startswith("و") and self._object_of_noun(ctx, before):
            return [], ""  # قام بتعبئة الحرس الوطني للأرخبيل وطلب: the noun's object, no subject of the next verb
        if before is not None and _unlisted_plural_before(ctx, trigger, before):
            return [], ""  # حيث ينشط متشددون انسحبوا من سوريا: the militants, named by no actor, withdrew
        if before is not None and not self._trigger_between(ctx, before, trigger):
            return [before.ref], "subject-verb"
        # وحدة إسرائيلية خاصة اغتالت، اغتالت وحدة إسرائيلية: the adjective names the doer's country
        # … but not after a verb that describes an indefinite noun before it (قصف استهدف منظومة صواريخ
        # إيرانية: the shelling targeted what is Iranian)
        # … nor after a plural verb, whose subject stands before it (المتظاهرون حاصروا مقر القنصلية الإيرانية)
        relative = self._describes_noun(ctx, trigger) or _F(trigger.text).endswith("وا")
        near = [m for m in ctx.mentions if m.label == "MISC" and not is_marked(ctx, m)
                and heads_a_subject(ctx, m) and not event_roles.adjective_after_verb(ctx, trigger, m)
                and not (m.start >= trigger.end and event_roles.oblique_plural(ctx, m))  # دعت الفلسطينيين: the object
                and not (m.end <= trigger.start and event_roles.topic_before(ctx, m))  # وبشأن الأزمة السورية ندد
                # … nor one in the clause before a comma (على القرى الجنوبية اللبنانية، حيث استهدف بغارة) —
                # unless the verb follows the comma, its subject closed by it (المؤسسات البلجيكية، قد دعت)
                and not (m.end <= trigger.start and event_roles.clause_before(ctx, m.end, trigger.start))
                and (0 <= count_words(ctx, m.end, trigger.start) <= 2 and m.end <= trigger.start
                     or m.start >= trigger.end and count_words(ctx, trigger.end, m.start) <= 2 and not relative
                     and not event_roles.qualifies_a_place(ctx, trigger, m) and not (_F(trigger.text) not in self._nouns[verb.id] and _of_a_genitive(ctx, trigger, m))
                     and not accusative(ctx, m)  # قتل صبيا فلسطينيا: the boy killed
                     and not (verb.plover == "ASSAULT" and not _attacker_between(ctx, trigger, m)))]
        if near:
            return [near[0].ref], "demonym-subject"
        crowd = (self._crowd(ctx, trigger.end) or self._crowd_before(ctx, trigger)) if verb.plover == "PROTEST" else None
        return ([crowd], "crowd-subject") if crowd is not None else ([], "")

    def _object_of_noun(self, ctx: SentenceContext, m: Mention) -> bool:
        """Whether an actor stands right after a verbal noun, its genitive (بتعبئة الحرس الوطني، استهداف
        القوات): the noun's object — unless the noun names its doer so (انسحاب واشنطن، لقاء الرئيس)."""
        noun = next((t for t in ctx.triggers if _genitive_right_after(ctx, t) is m), None)
        if noun is None:
            return False
        verb = self._lex.verbs[noun.id]
        return self._form(ctx, noun, verb) == "noun" and verb.id not in _OWN_MOVES and verb.id not in _MEETINGS \
            and "direct" in verb.target

    def _attack_noun_before(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether an attack's verbal noun (not a battle's: بعد معارك عنيفة اقتحمت القوات) stands right
        before the verb, which it is the subject of (بإطلاق نار كثيف استهدف قوات الاحتلال، قصف صاروخي
        استهدف قاعدتي التحالف): whoever follows the verb was attacked."""
        start = trigger.start - len(trigger.prefix)
        return any(t.end < start and _adjectives_only(ctx.text[t.end : start]) and t.id not in _BATTLES
                   and not t.prefix.startswith(("و", "ف")) and not _F(t.text).startswith("ال")
                   and self._form(ctx, t, self._lex.verbs[t.id]) == "noun" for t in ctx.triggers)

    @staticmethod
    def _describes_noun(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether the verb stands right after another trigger's indefinite noun (قصف استهدف، غارة
        استهدفت): a relative clause, the noun its subject."""
        start = trigger.start - len(trigger.prefix)
        return any(not t.prefix and not _F(t.text).startswith("ال") and not ctx.text[t.end : start].strip()
                   and t.end < start for t in ctx.triggers)

    def _thing_threatens(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a threat verb nobody does hangs on a thing: after ما، الأمر الذي، التي, or right after a
        noun no actor is (شبح الركود يهدد، قذيفة تهدد) — not after its و or a pronoun (وهو يهدد)."""
        if trigger.prefix:
            return False
        word = self._word_before(ctx, trigger)
        if word in _WHAT_THAT:  # … but not a threat made by someone named after it (التي هددت بها إدارة بايدن الصين)
            return word_after(ctx, trigger.end) not in PREPOSITION_RESUMPTIVES
        before = ctx.text[ctx.start : trigger.start].rstrip()
        named = any(not ctx.text[m.end : trigger.start].strip() for m in ctx.mentions if m.end <= trigger.start)
        return bool(word) and before[-1:].isalpha() and not named and word not in _SUBJECT_PRONOUNS \
            and word not in _BEFORE_VERB and word not in (_F("من"), _F("كيف"))

    def _person(self, ref: ActorRef) -> bool:
        """Whether an actor is one person: the knowledge base's, or a person's title (الرئيس، وزيرة الخارجية،
        المتحدثة باسم …) — never forces or a crowd (الجيش الليبي … وهاجم، المتظاهرون)."""
        actor = self._lex.actors.get(ref.id or "")
        if actor is not None:
            return actor.type == "PER"
        if (ref.code or "")[-3:] in _ARMED_OR_CROWD:
            return False
        first = _F(ref.text or ref.name).split()[:1]
        word = first[0].removeprefix("و") if first else ""
        return word in _PERSON_TITLES or (word.endswith("ه") and word[:-1] in _PERSON_TITLES)

    def _undergoer(self, ctx: SentenceContext, trigger: Match) -> Mention | None:
        """The actor a verb of undergoing names before a verbal noun, after the verb or before it
        (تعرض الصحفيون للتهديد، وتعرضت الشركة لانتقادات): who suffered it, never its doer."""
        if not ("ل" in trigger.prefix or self._word_before(ctx, trigger) in _FILLERS):
            return None  # what is undergone takes ل (تعرض للتهديد، لمحاولة اغتيال); تعرض الشركات خلال المحادثات offers
        before = self._actor_before(ctx, trigger)
        if before is None:
            return None
        between = ctx.text[before.end : trigger.start].split()
        preceding = ctx.text[ctx.start : before.start].split()[-1:]
        undergone = any(_undergoing(w) for w in between + preceding)
        return before if undergone and len(between) <= data.FRAME_WINDOW + 1 else None

    def _aimed_unlisted(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether the verb's object is one the lexicon cannot name: a pronoun after its own preposition
        (لم يعترف بها المجتمع الدولي; not رسالة حذّر فيها: the letter) or people named by a plural (لا
        تعترف بالعلويين)."""
        following = word_after(ctx, trigger.end).rstrip(".،,:؛")
        return (following in PREPOSITION_RESUMPTIVES and following.startswith(self._marks[verb.id])) \
            or (following.startswith("بال") and following.endswith(("ين", "ون")) and len(following) >= 7)

    @staticmethod
    def _main_subject(ctx: SentenceContext, trigger: Match) -> ActorRef | None:
        """The subject of the main clause for a verb in a time clause with no subject of its own (ولم
        يُظهر ترامب أي مؤشر على التراجع بعد أن اتهم فرنسا: Trump accused)."""
        before = words_before_trigger(ctx, trigger, 2)
        if len(before) < 2 or before[-1] not in _THAT or before[-2] not in _TIME_CONJUNCTIONS:
            return None
        conjunction = ctx.text.rfind(" ", ctx.start, ctx.text.rfind(" ", ctx.start, trigger.start - 1)) + 1
        clause = ctx.text[max(ctx.text.rfind("،", ctx.start, conjunction), ctx.start) : conjunction]
        if conjunction <= ctx.start or _reports_speech(clause):
            return None  # قالت الشرطة إن «الآلية انفجرت … قبل أن تستهدف»: what was said has its own subject
        return event_doers.clause_subject(ctx, conjunction)

    def _subject_after(self, ctx: SentenceContext, trigger: Match, verb: Verb, actor: Mention) -> bool:
        """Whether the first actor after a verb is its subject (VSO): near it, unmarked, not a counted
        victim of an attack, agreeing with the verb, and no unlisted noun between them."""
        near = count_words(ctx, trigger.end, actor.start) - self._quoted_name_of(ctx, trigger, actor) <= data.SUBJECT_WINDOW \
            or (verb.id not in data.VICTIM_VERBS and _members_of(ctx.text[trigger.end : actor.start])) \
            or _styled(ctx.text[trigger.end : actor.start]) \
            or _title_of(ctx.text[trigger.end : actor.start], actor)  # يستقبل صاحب السمو الملكي الأمير خالد الفيصل
        # رفضت قيادة الجيش اليمني: the verb agrees with the feminine head of the construct, not with الجيش
        head = ctx.text[trigger.end : actor.start].split()
        feminine_head = len(head) == 1 and not head[0].startswith("ال") and _F(head[0]).endswith(("ه", "ات"))
        # (… never one joined with و: ووسائل إعلام تنتقده وناشطين: the next of a list, no subject)
        return near and not actor.prefix.startswith("و") and not event_roles.kin_of(ctx, actor) \
            and not is_marked(ctx, actor) \
            and not event_roles.oblique_plural(ctx, actor) and not self._accused_alone(ctx, trigger, verb, actor) \
            and not (verb.plover == "ASSAULT" and event_doers.counted(ctx, actor)) \
            and (feminine_head or not self._disagrees(trigger, verb, actor)) \
            and not self._unknown_subject_between(ctx, trigger, verb, actor) \
            and not _genitive_of_object(ctx, trigger, verb, actor)

    def _accused_alone(self, ctx: SentenceContext, trigger: Match, verb: Verb, actor: Mention) -> bool:
        """Whether the one actor after a verb of accusing is followed at once by what it is accused of
        (واتهم إسرائيل بارتكاب مجازر، واتهم برلسكوني بممارسة …): the accused — by the one who spoke, or
        by no one named (the passive) — not the accuser (واتهمت حماس إسرائيل بارتكاب: two actors)."""
        if verb.id not in data.ACCUSED_THEN_CHARGE:
            return False
        word = _F(trigger.text).split()[0]
        if word not in self._pasts[verb.id] and word not in self._presents[verb.id]:
            return False  # تتهمه واشنطن بـ: the pronoun is the accused, the actor after it accuses
        following = re.match(r"\s*(\S+)", ctx.text[actor.end : ctx.end])
        # (a name in ب is no charge: واتهمت طهران باكو بأن، اتهم الأردن بريطانيا)
        named = following is not None and any(m.start == actor.end + following.start(1) and not m.prefix
                                              for m in ctx.mentions)
        return following is not None and not named \
            and _F(following.group(1)).startswith("ب") and not following.group(1).startswith("بن")

    def _subject_written_before(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a present verb comes right after a noun, mid-clause (المجلس العسكري في النيجر يتهم
        الأمين العام): subject–verb order, the actor after it is its object.  Not with an object
        pronoun (محكمة تدعمها الأمم المتحدة) nor after a time noun (في وقت يزور فيه الوزير): the subject
        follows."""
        if self._named_before_qad(ctx, trigger) or self._named_after_was(ctx, trigger):
            return True  # وكان حسن نصر الله قد حذّر الحكومة القبرصية: named before قد (or after كان)
        if self._named_after_that(ctx, trigger):
            return True  # وأضاف البيان أن "ترامب شكر محمد بن زايد": named first, after أن
        if self._unlisted_after_that(ctx, trigger):
            return True  # وبينت … أن الإدارة دعت الشركات: the administration called, the companies were called
        word = _F(trigger.text).split()[0]
        # the future's س is no conjunction: بلاده ستدعم أوكرانيا keeps its subject before it
        if trigger.prefix not in ("", "س") or word[:1] not in ("ي", "ت") or word in self._pasts[verb.id] \
                or self._resumes_object(trigger, verb):
            return False
        # حزب "المؤتلفة الإسلامي" يدعم
        before = ctx.text[ctx.start : trigger.start - len(trigger.prefix)].rstrip().rstrip('"”»').rstrip()
        if before.endswith(("،", ",")):  # a name closed by a comma (… فلوريان فيليبو، يطالب بلاده)
            return any(m.label in ("PER", "ORG") and m.end <= trigger.start
                       and not ctx.text[m.end : trigger.start].strip(" ،,") for m in ctx.mentions)
        previous = self._word_before(ctx, trigger)
        # … also with its و (والجمعة تلتقي ميركل الرئيس: a day, then verb and subject)
        timed = not TIMES_AND_DAYS.isdisjoint((previous, previous.removeprefix("و")))
        return bool(before) and before[-1].isalpha() and previous not in _BEFORE_VERB and not timed

    @staticmethod
    def _named_after_that(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a verb without its و stands right after a person named right after أن / إن (…أن
        "ترامب شكر محمد بن زايد): the person is the subject, written first."""
        if trigger.prefix:
            return False
        named = next((m for m in reversed(ctx.mentions) if m.end <= trigger.start), None)
        if named is None or named.label != "PER" or ctx.text[named.end : trigger.start].strip():
            return False
        before = _F(ctx.text[ctx.start : named.start]).replace('"', " ").replace("«", " ").split()[-1:]
        return bool(before) and before[0] in _THAT

    @staticmethod
    def _unlisted_after_that(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a definite noun stands between أن / إن and the verb (أن الإدارة دعت الشركات): after
        the particle comes the subject, so whatever follows the verb is its object."""
        if trigger.prefix:
            return False
        before = words_before_trigger(ctx, trigger, 2)
        return len(before) == 2 and before[0] in _THAT_OR_BECAUSE and before[1].startswith("ال") \
            and before[1] not in _BEFORE_VERB

    def _named_before_qad(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether قد stands right before the verb with a person or body named right before it (وكان
        الأمين العام لحزب الله، السيد حسن نصر الله، قد حذّر): the subject, written first."""
        if trigger.prefix or self._word_before(ctx, trigger) != "قد":
            return False
        qad = ctx.text.rfind("قد", ctx.start, trigger.start)
        if any(m.label in ("PER", "ORG") and m.end <= qad and not ctx.text[m.end : qad].strip(" ،,")
               for m in ctx.mentions):
            return True
        opened = _WAS.search(ctx.text, ctx.start, qad)
        # … a country alone between كان and قد (وكانت السعودية قد انتقدت إيران; not في سوريا قد)
        if opened is not None and any(ctx.text[opened.end() : qad].strip(" ،,") == ctx.text[m.start : m.end]
                                      and can_act(m) for m in ctx.mentions):
            return True
        # … or a name nobody listed between كان and قد (وكان تركي آل الشيخ قد طالب السيسي)
        between = ctx.text[opened.end() : qad].strip() if opened else ""
        words = between.split()
        if 2 <= len(words) <= 4 and reads_as_name(between):
            return True
        # … with a description after it (وكان عميد مهندس فضل عبد الله عبيد المتخصص في سلاح المهندسين قد حذر)
        return 2 <= len(words) <= data.SUBJECT_BEFORE_QAD_WORDS and reads_as_name(" ".join(words[:2])) \
            and not any(_F(w) in _BEFORE_VERB for w in words)

    def _named_after_was(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether the clause opens with كان and an actor, then the verb with nothing between (وكان
        المكتب السياسي لحركة أنصار الله حيّا الشعب الفلسطيني): the subject, written first — the one
        after the verb is its object. (With قد before the verb, ``_named_before_qad`` decides.)"""
        if trigger.prefix or self._word_before(ctx, trigger) == "قد":
            return False
        opened = _WAS.search(ctx.text, ctx.start, trigger.start)
        if opened is None:
            return False
        between = [m for m in ctx.mentions if opened.end() <= m.start and m.end <= trigger.start]
        return bool(between) and between[0].label in ("PER", "ORG") \
            and not ctx.text[opened.end() : between[0].start].strip() \
            and not ctx.text[between[-1].end : trigger.start].strip(" ")

    @staticmethod
    def _quoted_name_of(ctx: SentenceContext, trigger: Match, actor: Mention) -> bool:
        """Whether only a body's noun and an opening quotation mark stand between the verb and the actor
        (وتهدد منظمة «داعش»): the mark is no word of the subject window."""
        between = ctx.text[trigger.end : actor.start].split()
        return len(between) == 2 and between[1] in ("«", '"', "“") and _F(between[0]) in _BODIES

    @staticmethod
    def _unknown_subject_between(ctx: SentenceContext, trigger: Match, verb: Verb, actor: Mention) -> bool:
        """Whether a noun nobody listed stands between a transitive verb and the actor after it (وطالبت
        الجمعية السلطات، ودعا الغامدي المواطنين): that noun is the subject, the actor the object.  Not
        an honorific (قال الشيخ …) or a time word (أكد أمس الرئيس)."""
        if "direct" not in verb.target:
            return False
        between = ctx.text[trigger.end : actor.start].split()
        if len(between) != 1:
            return False
        word = _F(between[0])
        if not between[0].startswith("ال"):  # the article, not آليات folded
            # والتقى كيم رئيس وزراء سنغافورة: a name, then an indefinite title — not the head of a construct
            # (حذّر زعيم المعارضة الإسرائيلية)
            first = _F(ctx.text[actor.start : actor.end]).split()[0]
            return unlisted_name(between[0]) and not names_a_title(_F(between[0])) \
                and names_a_title(first) and not first.startswith("ال")
        return len(word) > 4 and word not in HONORIFIC_WORDS and word not in _TIME_WORDS and word not in _DAYS

    def _clause_doer(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> tuple[list[ActorRef], str] | None:
        """A doer the clause's frame fixes before the words around the verb are read: the topic of أما …
        فـ, a relative pronoun's antecedent (or none), the actor the sentence opens with."""
        if trigger.prefix.startswith("ف"):
            topic = event_doers.topic(ctx, trigger)
            if topic is not None:
                return [topic], "topic-subject"
        # (a verb of the other gender has its own subject, after it: النطاق الذي تطالب به مانيلا)
        if _after_relative(ctx, trigger) and not self._resumes_object(trigger, verb) \
                and word_after(ctx, trigger.end) not in PREPOSITION_RESUMPTIVES \
                and not self._relative_disagrees(ctx, trigger, verb):
            antecedent = _antecedent_before(ctx, trigger)
            passive = self._unmarked_passive(ctx, trigger, verb)
            # (a capital too: واشنطن، التي انتقدت — its government)
            if antecedent is not None and (can_act(antecedent) or antecedent.seat) and not passive:
                return [antecedent.ref], "relative-subject"  # الحركة التي أعلنت
            if passive and verb.id in _HELD_VERBS and not self._object_soon_after(ctx, trigger):
                return [None], "relative-passive"  # نافالني، الذي اعتقل في موسكو: done to him, by no one named
            return [], ""  # بيان الترويكا الذي دعا طهران: the statement called, not Tehran
        opening = self._opening_subject(ctx, trigger)
        if opening is not None:  # أميركا تحذر إيران، الجزائر رفضت طلب أردوغان: the sentence opens with its subject
            return [opening.ref], "subject-verb"
        if not trigger.prefix and word_after(ctx, trigger.end) in _DURING_IT:
            # أجرى الرئيس الأسد زيارة إلى روسيا التقى خلالها نظيره الروسي: a clause on the noun before, its
            # subject the one who made the visit
            subject = event_doers.clause_subject(ctx, trigger.start, verb_first=True)
            if subject is not None:
                return [subject], "clause-subject"
        return None

    def _relative_disagrees(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a present verb after التي is masculine, or after الذي feminine (لأوكرانيا التي ينسق وإياها:
        he coordinates with it): its subject is someone else, the antecedent its object."""
        relative = words_before_trigger(ctx, trigger, 1)
        word = _F(trigger.text).split()[0]
        if word not in self._presents[verb.id] or word.endswith(("ون", "ان")):
            return False
        return (relative == [_WHICH_FEMININE] and word.startswith("ي")) \
            or (relative == [_WHICH_MASCULINE] and word.startswith("ت"))

    @staticmethod
    def _object_soon_after(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether an actor stands right after the trigger or after words of time (الذي اعتقل أمس
        الصحفيين): its object, so no passive — not one after a preposition (في موسكو)."""
        nxt = next((m for m in ctx.mentions if m.start >= trigger.end), None)
        between = _F(ctx.text[trigger.end : nxt.start]).split() if nxt is not None else []
        return nxt is not None and not nxt.prefix and len(between) <= 3 \
            and all(w in _TIME_WORDS or w in _DAYS for w in between)

    def _indefinite_passive(self, ctx: SentenceContext, trigger: Match, verb: Verb, before: Mention) -> bool:
        """Whether a past verb done to people, right after an indefinite noun and with no object after it,
        describes that noun (and maybe its adjective) as a clause of its own — which takes no relative
        pronoun — in the passive (9 ناشطين أتراك اعتقلوا في أثينا، جنود قتلوا في الهجوم; not مسلحون قتلوا جنديين)."""
        word = _F(trigger.text).split()[0]
        noun = _F(ctx.text[before.start : before.end]).split()
        # people counted or in the plural, with no article anywhere (not قوات الشرطة اعتقلت في اليومين …)
        people = noun[0].endswith(("ين", "ون")) or (words_before(ctx, before.start, 1) or [""])[0].isdigit()
        indefinite = not before.prefix and not any(w.startswith("ال") for w in noun)
        return not trigger.prefix and indefinite and people and verb.id in data.PASSIVE_BY_AGENT_VERBS \
            and word in self._pasts[verb.id] and _no_object_after(ctx, trigger)

    def _unmarked_passive(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> bool:
        """Whether a singular past verb that takes a direct object has none after it (الضابط … الذي اعتقل
        لاحقا): a passive unvocalised, its antecedent the one it was done to.  Not a plural (الذين
        اقتحموا مساءً البلدة) — unless done to people and a preposition follows — nor a present verb (التي
        تقاتل في الجبهات)."""
        word = _F(trigger.text).split()[0]
        # … a present verb joined with و after it opens the next clause (الذي اعتقل ويقبع في عهدة الشرطة)
        joined = bool(_JOINED_PRESENT.fullmatch(word_after(ctx, trigger.end).rstrip("،,.")))
        if word.endswith("وا"):  # … unless done to people, a preposition after it (الذين اعتقلوا في غزة)
            return verb.id in data.PASSIVE_BY_AGENT_VERBS and word in self._pasts[verb.id] \
                and word_after(ctx, trigger.end).rstrip("،,.") in _NO_OBJECT_FOR_PLURAL
        return "direct" in verb.target and word in self._pasts[verb.id] and (_no_object_after(ctx, trigger) or joined)

    def _seat_acts(self, ctx: SentenceContext, trigger: Match, verb: Verb, seat: Mention) -> bool:
        """Whether a capital acts for its state: right after a verb that opens its clause (وطالبت واشنطن،
        التي ترسلها واشنطن); after one with its subject before it, it is the object (السفارة تدعو واشنطن)."""
        between = ctx.text[trigger.end : seat.start].split()
        if between and not (len(between) == 1 and _F(between[0]) in PREPOSITION_RESUMPTIVES):
            return False  # … but المفاوضات التي دعت إليها واشنطن: the pronoun back to the antecedent, then the subject
        # بعد أن وافقت برلين على طلب بروكسل — a feminine verb, as a capital takes (not أن يزور الرياض)
        word = _F(trigger.text).split()[0]
        feminine = word.startswith("ت") or (word.endswith("ت") and word in self._pasts[verb.id])
        after_that = feminine and self._word_before(ctx, trigger) in _COMPLEMENTISERS
        resumed = self._resumes_object(trigger, verb) or word_after(ctx, trigger.end) in PREPOSITION_RESUMPTIVES
        opened = self._word_before(ctx, trigger) in _CLAUSE_OPENERS  # إذ حذرت واشنطن، بينما انتقدت واشنطن
        return self._opens_clause(ctx, trigger) or opened or after_that or (_after_relative(ctx, trigger) and resumed)

    def _opens_clause(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether the trigger opens its clause, joined by و or ف or not."""
        return trigger.prefix[:1] in ("و", "ف") or self._opens(ctx, trigger)

    @staticmethod
    def _word_before(ctx: SentenceContext, trigger: Match) -> str:
        """The folded word right before the trigger and its clitics ("" at the sentence's start): the
        match starts after its و or ب (عليه و|سلم)."""
        before = words_before_trigger(ctx, trigger, 1)
        return before[0] if before else ""

    def _disagrees(self, trigger: Match, verb: Verb, m: Mention) -> bool:
        """Whether a feminine past verb stands before a masculine head noun (ودعت مجلس الأمن الدولي …
        إلى), or a masculine verb before a state or capital, which Arabic makes feminine (ودعا "إسرائيل"
        إلى، يدعو واشنطن): no subject of it — the noun is its object, the subject said before."""
        word = _F(trigger.text).split()[0]
        head = _F(m.ref.text).split()[:1]
        if word.endswith("ت") and word in self._pasts[verb.id] and bool(head) and head[0] in _MASCULINE_HEADS:
            return True
        # (… a verb only, not one written as its verbal noun: قصف إسرائيل، رفض فرنسا — the state did it)
        masculine = (word in self._pasts[verb.id] and not word.endswith(("ت", "وا", "تا"))
                     and word not in self._nouns[verb.id]) \
            or (word in self._presents[verb.id] and word.startswith("ي") and not word.endswith(("ون", "ان")))
        return masculine and m.label == "LOC" and (m.seat or bool(m.ref.id and m.ref.id.isupper())) \
            and _feminine_state(m.ref.text)

    def _resumes_object(self, trigger: Match, verb: Verb) -> bool:
        """Whether the verb carries an object pronoun (فلسطين التي زارها هرتزل): the noun before the
        relative pronoun is its object, and its subject follows it."""
        word = _F(trigger.text).split()[0]
        present = "ي" + word[1:] if word[:1] in ("ت", "ن") else word  # تتهم is يتهم's feminine, no تتّ + هم
        if word in self._pasts[verb.id] or word in self._singular[verb.id] or present in self._singular[verb.id]:
            return False
        return word.endswith(("ها", "هم", "هما", "ه"))

    def _object_before(self, ctx: SentenceContext, trigger: Match, verb: Verb,
                       sources: list[ActorRef | None]) -> ActorRef | None:
        """The plural actor taken for the subject before a singular verb that carries a plural object
        pronoun (أصاب رجل تسعة أشخاص بينهم لاجئون … بعدما هاجمهم): what the pronoun points back to, the
        verb's object — its subject is someone else."""
        if len(sources) != 1 or sources[0] is None or _after_relative(ctx, trigger) \
                or not self._resumes_object(trigger, verb):
            return None
        word = _F(trigger.text).split()[0]
        if not word.endswith("هم") or word.endswith(("وهم", "ونهم")):
            return None  # هاجموهم: they attacked them, a plural subject
        source = sources[0]
        head = _F(source.text).split()[:1]  # the construct's head counts (وحدة المستعربين قتلتهم: the unit did)
        return source if head and head[0].endswith(("ون", "ين")) else None

    def _relative_object(self, ctx: SentenceContext, trigger: Match, verb: Verb) -> Mention | None:
        """The actor right before a relative pronoun when the verb after it carries the pronoun that
        points back to it (القس برانسون، الذي تحتجزه أنقرة): what was done was done to it."""
        if not _after_relative(ctx, trigger) or not self._resumes_object(trigger, verb):
            return None  # (checked first: this runs for every verb)
        antecedent = _antecedent_before(ctx, trigger)
        if antecedent is None:
            return None
        subject = next((m for m in ctx.mentions if m.start >= trigger.end), None)
        named_after = subject is not None and count_words(ctx, trigger.end, subject.start) == 0
        return antecedent if named_after or self._antecedent_is_object(ctx, trigger, verb, antecedent) else None

    def _antecedent_is_object(self, ctx: SentenceContext, trigger: Match, verb: Verb, antecedent: Mention) -> bool:
        """Whether the actor right before a relative pronoun is the object of the verb after it, which carries
        an object pronoun and disagrees with it in number or gender (الرئيس الذي يتهمونه، الصحافيين الذين
        ينتقدهم، السنوار الذي تتهمه); one that agrees may be its subject (بوتين الذي هنّأه)."""
        # … maybe after a comma (المواطنين الصينيين، الذين تتهمهم)
        between = _F(ctx.text[antecedent.end : trigger.start]).replace("،", " ").replace(",", " ").split()
        if not (_after_relative(ctx, trigger) and self._resumes_object(trigger, verb)) \
                or not all(w.startswith("ال") for w in between[:-1]) or len(between) > 3:
            return False  # … past its adjectives (الرئيس السابق الذي)
        word = _F(trigger.text).split()[0]
        stem = next(word[: -len(s)] for s in ("هما", "هم", "ها", "ه") if word.endswith(s))
        plural_verb = stem.endswith(("ون", "و"))
        # a person is one (بوتين ends like a plural)
        plural_antecedent = antecedent.label != "PER" and _F(antecedent.ref.text).split()[-1].endswith(("ين", "ون"))
        # … or in gender: السنوار الذي تتهمه (she accuses him: the state named before), الحركة التي يتهمها
        relative = between[-1] if between else ""
        feminine_verb = stem.startswith("ت") or (stem.endswith("ت") and stem in self._pasts[verb.id])
        masculine_verb = stem.startswith("ي") or (stem in self._pasts[verb.id] and not stem.endswith("ت"))
        disagrees = (relative == _F("الذي") and feminine_verb) or (relative == _F("التي") and masculine_verb)
        return plural_verb != plural_antecedent or (not plural_verb and disagrees)

    def _plural(self, trigger: Match, verb: Verb) -> bool:
        """Whether the verb carries a plural subject (هاجموا، يتظاهرون): a verb before its subject stays
        singular (هاجم المستوطنون), so the noun after a plural verb is its object, not its subject."""
        word = _F(trigger.text).split()[0]
        return word.endswith(("وا", "ون")) and word not in self._singular[verb.id]

    def _victim(self, ctx: SentenceContext, actor: Mention) -> bool:
        """Whether the actor is named as what a victim trigger just before it suffered (مقتل مسؤول قبلي
        بانفجار، أصيب ثلاثة جنود في انفجار): no doer of what follows — unless an agent phrase named it
        (استشهد شاب برصاص الاحتلال بعد إطلاق النار عليه)."""
        return any(t.id in data.VICTIM_VERBS and t.end <= actor.start
                   and count_words(ctx, t.end, actor.start) <= data.VICTIM_GAP
                   and not event_doers.agent_between(ctx, t.end, actor.start)
                   and self._suffered(ctx, t) for t in ctx.triggers)

    def _suffered(self, ctx: SentenceContext, trigger: Match) -> bool:
        """Whether a victim trigger names its victim next to it: a noun or passive (مقتل، أصيب) or an
        unvocalised قتل read as the passive (قتل 35 مدنيا في غارات)."""
        verb = self._lex.verbs[trigger.id]
        form = self._form(ctx, trigger, verb)
        return self._victim_first(trigger, verb, form) or self._killed_without_object(ctx, trigger, verb, form)

    @staticmethod
    def _trigger_between(ctx: SentenceContext, actor: Mention, trigger: Match) -> bool:
        """Whether another trigger stands between an actor and a later trigger."""
        return any(actor.end <= t.start < trigger.start for t in ctx.triggers)

    @staticmethod
    def _actor_before(ctx: SentenceContext, trigger: Match) -> Mention | None:
        """The nearest actor before the trigger that is no object of a preposition or of a complementiser,
        nor named where something happened or when (قرب مقر وزارة الأمن، وبعد خطاب السيد نصر الله،)."""
        before = [m for m in ctx.mentions if m.end <= trigger.start and not is_marked(ctx, m) and can_act(m)
                  and not _COMPLEMENT.search(_F(ctx.text[m.end : trigger.start]))
                  # (يسحبون جنديا إسرائيليا: an object — but جنديا إسرائيليا يطلق النار does what is described)
                  and not (accusative(ctx, m) and ctx.text[m.end : trigger.start - len(trigger.prefix)].strip())
                  and not event_roles.placed_or_timed(ctx, m) and not event_roles.in_ranks(ctx, m)
                  and not event_roles.named_after(ctx, m) and not event_roles.a_cause(ctx, m)
                  and not event_roles.membership(ctx, m)
                  and not _predicate(ctx, m)
                  and not (any(c in ctx.text[m.end : trigger.start] for c in "،,") and event_roles.in_relative_clause(ctx, m))]
        return before[-1] if before else None

    def _crowd_before(self, ctx: SentenceContext, trigger: Match) -> ActorRef | None:
        """A counted crowd opening the clause right before an unjoined protest verb (الآلاف يتظاهرون في
        المغرب، مئات يحتجون): civilians of the sentence's country."""
        head = re.split(r"[،,.:؛]", ctx.text[ctx.start : trigger.start])[-1].split()
        if trigger.prefix or not 1 <= len(head) <= 2 or _F(head[0]) not in CROWD:
            return None
        return self._civilians(ctx, " ".join(head))

    def _civilians(self, ctx: SentenceContext, text: str) -> ActorRef | None:
        """A crowd written ``text`` as civilians, of the sentence's country."""
        civilians = self._lex.agents.get("civilians")
        if civilians is None:
            return None
        crowd = ActorRef(text, civilians.name, civilians.name_en, civilians.id, civilians.sector)
        return event_doers.localized(ctx, crowd)

    def _crowd(self, ctx: SentenceContext, verb_end: int) -> ActorRef | None:
        """A counted crowd as the subject of the protest verb ending at ``verb_end`` (تظاهر أمس عشرات
        من أعضاء الحزب، اعتصم 300 عامل): the group it names, or civilians of the sentence's country."""
        words = [w for w in _F(ctx.text[verb_end : ctx.end]).split()[:3] if w not in _TIME_WORDS]
        if not words or not (words[0] in CROWD or words[0].isdigit()):
            return None
        group = next((m for m in ctx.mentions if m.start >= verb_end and can_act(m) and m.label != "MISC"
                      and count_words(ctx, verb_end, m.start) <= 4), None)
        if group is not None and _PLACE_WORDS.intersection(_F(ctx.text[verb_end : group.start]).split()):
            group = None  # اعتصم 300 عامل أمام مقر الشركة: where they stood, not who they were
        if group is not None:
            return event_doers.localized(ctx, group.ref)
        said = [w for w in ctx.text[verb_end : ctx.end].split() if _F(w) not in _TIME_WORDS][:2]
        text = " ".join(said if said[1:] and _F(said[1]) not in ("من", "نحو") else said[:1])  # 300 عامل، عشرات
        return self._civilians(ctx, text)


def _says_that(clause: str, unless: frozenset[str]) -> bool:
    """Whether a complementiser or an object in ب the verb takes in another sense opens its object within a
    few words, past a longer subject (اعترف قائد المنتخب بأن، اعترف نعيم الرحمن بمساعدة صديقه: admitted that, a
    deed confessed; not يعترف الفلسطينيون بإسرائيل على أنها)."""
    for word in _F(clause).split()[:6]:
        if word in _THAT_WORDS:
            return word in unless or word.removeprefix("ب") in unless
        if word.startswith("ب"):
            return word in unless or word[1:] in unless or (word.startswith("بال") and word[3:] in unless)
    return False
