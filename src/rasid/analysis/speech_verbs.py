"""Which reporting words of a sentence report speech there.

A word of the knowledge base's reporting vocabulary (قال، أكد، يعتبر، مشيرة …) reports speech as a verb
or a participle that speaks — not as its noun (إشارة، تصريحه), a future (سيعتبر) or another word with its
letters (وصفة، أمام مضيفه، 142 فرداً) — when someone says it: not the passive or "it is considered"
(ويعتقد أن، يعتبر من أبرز), not "caught my attention" (لفت انتباهي), not after a negation, an
attribution or a that-clause that makes it reported content.  The quotation extractor asks here before
it looks for what was said and who said it; the word sets both read are defined here once.
"""

from __future__ import annotations

import re

from rasid.analysis import quote_data as data
from rasid.analysis.clause_words import (
    is_year,
    thing_subject,
    words_before,
    words_before_trigger,
)
from rasid.analysis.context import SentenceContext
from rasid.analysis.mentions import Mention
from rasid.analysis.title_holders import RELATIVES, names_a_title, word_start
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.text.fold import fold_text

COMPLEMENT_WORDS = frozenset(fold_text(w) for w in data.COMPLEMENTIZERS if " " not in w)
# how many are counted before من (الملايين من الأميركيين، العديد من الخبراء): they hold the view
_COUNTED = frozenset(fold_text(w) for w in ("العديد", "كثير", "الكثير", "بعض", "عدد", "غالبية", "معظم", "أغلبية",
                                             "الملايين", "ملايين", "الآلاف", "آلاف", "مئات", "عشرات", "كثيرون",
                                             "نسبة", "قسم", "جزء", "كل", "أي", "واحد"))
# female beside ذكر: ذكر is "male" there, not "reported"
_FEMALE = frozenset(fold_text(w) for w in ("أنثى", "الأنثى", "للأنثى", "إناث", "الإناث", "للإناث", "وأنثى", "والإناث",
                                            "وللإناث", "والأنثى", "وإناث"))
# من جهته، من جانبه: whose side a view is from, not among whom one is counted
_WHOSE_SIDE = frozenset(fold_text(w) for w in ("جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها", "جهتهم",
                                                "جانبهم", "طرفه", "طرفها", "خلال"))
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_OPINION = re.compile(r"[أا]ي(?:ه|ها|هم|هما|هن)$")  # رأيه، رأيهم: the noun (the verb's object: رآه)
THAT = frozenset(fold_text(w) for w in ("أن", "أنّ", "ان"))
ATTRIBUTIONS = frozenset(fold_text(w) for w in data.ATTRIBUTIONS)
_TO_HIM = frozenset(fold_text(w) for w in ("إليه", "إليها", "إليهم", "إليهما", "إليهن"))
LEAD_SKIPS = frozenset(fold_text(w) for w in data.SPEAKER_LEAD_SKIPS)
# انتباه، نظر، الأنظار with an owner's pronoun or the article (as folded)
ATTENTION = re.compile(r"(?:ال)?(?:انتباه|نظر|انظار)(?:ي|ه|ها|هم|هما|نا|كم)?")
# what follows a feminine participle that speaks (مشيرة إلى أن، مؤكدة أن، قائلة: «…»)
_OPENS_CONTENT = re.compile(r"\s*(?:[:«\"“]|(?:إلى|الى|على)?\s*(?:أن|أنّ|ان|إن|إنّ|بأن|بأنّ)(?:ه|ها|هم|هما)?(?!\S)|(?:إلى|الى)\s)")
_ABOUT = fold_text("عن")
_POINTING = frozenset(fold_text(w) for w in ("إلى", "الى", "أن", "بأن"))
_AFTER_THAT = frozenset(fold_text(w) for w in (*data.TIME_BEFORE_THAT, "سبق", "وسبق"))
_IT_IS = frozenset(fold_text(w) for w in ("لأنها", "لانها", "لأنه", "لانه", "وهي", "فهي", "هي", "وهو", "فهو", "هو",
                                          "والتي", "التي", "الذي", "والذي"))
_BEING = frozenset(fold_text(w) for w in ("كان", "كانت", "وكان", "وكانت", "يكون", "سيكون", "بات", "أصبح", "ليس"))
_INFERENCES = frozenset(fold_text(w) for w in ("مما", "ممّا", "بما", "ما", "وما"))  # وما أكد له هذه القناعة أن
_NO_SUBJECT_BEFORE = frozenset(fold_text(w) for w in ("حيث", "إذ", "كان", "كانت", "الذي", "التي", "فيما", "بينما", "حين"))
_THUS = frozenset(fold_text(w) for w in ("هكذا", "وهكذا"))  # «…». هكذا تصف الشيف مهنتها: said before the verb
_PASSIVE = frozenset(fold_text(w) for w in data.PASSIVE_BEFORE_COMPLEMENT)
_IMPERSONAL = frozenset(fold_text(w) for w in data.IMPERSONAL)
WORTHY = frozenset(fold_text(w) for w in ("الجدير", "جدير"))  # الجدير ذكره، الجدير بالذكر
_CONSIDERED = frozenset(fold_text(w) for w in data.CONSIDERED)
_ATTENTION_TO = re.compile(r"\s*\S+(?:\s+\S+){0,3}?\s+(?:إلى|الى)(?!\S)")
_SUPERLATIVES = frozenset(fold_text(w) for w in data.SUPERLATIVES)
_DONE = frozenset(fold_text(w) for w in ("تم", "يتم", "سيتم", "جرى", "يجري"))  # تم + verbal noun: the passive
_LIKE = frozenset(fold_text(w) for w in ("مثل", "بمثابة", "كمثل"))
_NEGATORS = frozenset(fold_text(w) for w in ("لم", "لا", "لن", "ما", "ليس", "عدم"))
# … and the words that govern a noun: a reporting word after them is its noun (خلال رده على رسالة)
_GOVERNING = frozenset(fold_text(w) for w in ("خلال", "لدى", "عند", "إثر", "اثر", "عقب", "أثناء", "اثناء"))
# … and the prepositions and سوى: no verb follows them (في دعواها، سوى رد من) — في رأي X أن is X's view
# (as written: على folds like the name علي — الطفل علي قال)
_PREPOSITIONS = frozenset(("في", "على", "عن", "إلى", "الى", "مع", "سوى"))
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")
_THIS = frozenset(fold_text(w) for w in ("هذا", "هذه", "هؤلاء"))
# what "arrives" (ورد، ترد) rather than replies
_NEWS = frozenset(fold_text(w) for w in ("أنباء", "انباء", "تقارير", "معلومات", "أخبار", "اخبار", "أي", "اي", "بلاغات",
                                         "إحصاءات", "تفاصيل"))
_IN_IT = frozenset(fold_text(w) for w in ("فيه", "فيها", "فيهما"))  # وفيه يرد: it is written in it (ورد)


def _word_before(ctx: SentenceContext, verb: Match) -> str:
    """The folded word before the verb's word in its sentence ("" at its opening)."""
    return (words_before_trigger(ctx, verb, 1) or [""])[0]


_CASE_ENDINGS = frozenset("\u064c\u064d\u064f\u0650")  # ٌ ٍ ُ ِ: a noun's nominative and genitive
_QUOTED_WORDS = re.compile(r"[«“\"][^«»“”\"،,.:]{1,30}[»”\"]")
_TANWIN_FATH = "\u064b"  # ً: an indefinite accusative — a noun or a participle, never a verb


def speaks(m: Mention) -> bool:
    """People, organisations, countries and capitals (وقالت موسكو) speak; cities and adjectives do not."""
    if m.label == "MISC":
        return False
    return m.label != "LOC" or bool(m.ref.id and m.ref.id.isupper()) or m.seat


# A noun of saying, its owner right after it, then what was said a few words on (رغم إعلان مدرب ليفربول
# الألماني يورغن كلوب بعد المباراة، أن إصابة صلاح "خطرة"): the owner's words, as a verb's subject's are.
NOUN_TO_THAT_WORDS = 9
_BEFORE_THAT = frozenset(fold_text(w) for w in (*data.CONJUNCTIONS_BEFORE_THAT, "من"))


def _owner_then_that(ctx: SentenceContext, noun: Match) -> bool:
    """Whether one who may speak — a person, a body, a country or a capital, or a title — stands right
    after a noun of saying, then a complementiser a few words on, with no other reporting word between
    (not تأكيد السيطرة على …، إعلان استقلال كوسوفو: things confirmed and declared) nor before: after
    one, the noun is what it speaks of (ووصف ليبرمان إعلان ترمب بأنه شجاع، ما يقوّض تأكيد ترامب أنّه)."""
    if any(ctx.start <= r.start < noun.start for r in ctx.reporting):
        return False
    after = fold_text(ctx.text[noun.end : ctx.end]).split()[: NOUN_TO_THAT_WORDS + 1]
    that = next((n for n, w in enumerate(after) if w.strip("،,") in COMPLEMENT_WORDS), None)
    if not that or any(c in " ".join(after[:that]) for c in ":.«»\"“”") or after[that - 1] in _BEFORE_THAT:
        return False  # (وقوبل إعلان بوتين بإدانات، على الرّغم من أنّ: the conjunction's أن)
    owner = next((m for m in ctx.mentions if m.start >= noun.end), None)
    if not (owner is not None and not ctx.text[noun.end : owner.start].strip() and speaks(owner)) \
            and not names_a_title(after[0]):
        return False
    end = noun.end + len(" ".join(ctx.text[noun.end : ctx.end].split()[:that])) + 1
    return not any(noun.end <= r.start < end for r in ctx.reporting)


class SpeechVerbs:
    """Decides whether a reporting match reports speech; built once from the lexicon, then read-only."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        self.describing = frozenset(data.DESCRIPTION_VERBS)
        self.participles = frozenset(fold_text(p) for r in lexicon.reporting.values() for p in r.participles)
        self._nouns = {rid: frozenset(fold_text(n) for n in r.nouns) for rid, r in lexicon.reporting.items()}

    def reports(self, ctx: SentenceContext, verb: Match) -> bool:
        """A reporting verb (not its noun: إشارة، رأي) that reports, not a future passive (سيعتبر)."""
        return self.speech_form(ctx, verb) and not self._nothing_said_after(ctx, verb) \
            and not self._nothing_said_before(ctx, verb)

    def speech_form(self, ctx: SentenceContext, verb: Match) -> bool:
        """Whether the word is a verb or participle that can report, not a noun or a future."""
        written = fold_text(verb.text)
        if "س" in verb.prefix or verb.text.startswith("ال") or verb.prefix.endswith(("ل", "ب", "ال")):
            return False  # سيعتبر، المضيفة، للتأكيد، بتأكيده (the article as written: ألمح folds to المح)
        opens_content = written in self.participles and _OPENS_CONTENT.match(ctx.text, verb.end)
        if verb.text.endswith("ة") and not opens_content:
            return False  # وصفة، لافتة خاصة: a noun; مشيرة إلى أن speaks
        if verb.text.endswith("ة") and not verb.prefix and _word_before(ctx, verb) in _NEWS:
            return False  # تلقت معلومات مؤكدة بأن: the information's adjective, no one speaking
        if verb.text.endswith("ه") and written in self.participles and not opens_content:
            return False  # أمام مضيفه هدرسفيلد: his host, not مضيفة
        if reporting_id(verb) == "note" and written in self.participles and not opens_content \
                and not any(ATTENTION.fullmatch(w) or w in _POINTING for w in words_after(ctx, verb, 50)[:5]):
            # أداء لافتا خلال المنافسات: remarkable; لافتا إلى أن، لافتا في الوقت نفسه إلى، لافتا الانتباه speak
            return False
        before = _word_before(ctx, verb).removeprefix("و")
        if fold_text(verb.prefix + verb.text) in _IMPERSONAL or before in WORTHY:
            return False  # يذكر أن، والجدير ذكره أن: it is said, worth saying — by no one
        if before in _DONE:
            return False  # ويتم وصفها بأنها، تم الإعلان عن: a passive, said by no one named
        if thing_subject(ctx, verb):
            return False  # وهذا يدعو إلى، وهذا يؤكد أن: a thing says nothing
        counted = ctx.text[ctx.start : word_start(ctx.text, verb.start)].split()[-1:]
        if verb.prefix == "ف" and counted and counted[0].isdigit() and not is_year(counted[0]):
            return False  # فقدت 142 فرداً: a counted noun (فرد), not ف + رداً
        if reporting_id(verb) == "reply" and written.endswith("ا") and words_after(ctx, verb, 8)[:1] == ["علي"]:
            return False  # ورداً على سؤال: "in reply to", a noun
        if reporting_id(verb) == "write" and words_after(ctx, verb, 8)[:1] == [_ABOUT]:
            return False  # كتبت عن ظاهرة "الخلط": wrote about a topic, whose name is quoted — no words said
        lemma = self._lex.reporting[reporting_id(verb)].lemma
        # (نفى is the verb as written, though it folds like its noun نفي)
        if written in self._nouns[reporting_id(verb)] and not verb.text.endswith("ى"):
            # (not نقلا عن: whom a report is attributed to, the reporter's verb speaks)
            return reporting_id(verb) != "quote" and _owner_then_that(ctx, verb)  # رغم إعلان كلوب …، أن
        if not verb.prefix and "أ" in lemma[1:] and "أ" not in verb.text and written == fold_text(lemma) and any(
                v.end < verb.start and not ctx.text[v.end : verb.start].strip() for v in ctx.reporting):
            return False  # نفى سال أن: Macky Sall, the subject right after a verb of saying — not سأل unhamzated
        if written == fold_text(lemma) and verb.text.rstrip("\u0651")[-1:] in _CASE_ENDINGS:
            return False  # ما قيل إنه ردُّ إسرائيلي: a case ending, so the noun; no past verb takes one
        if _TANWIN_FATH in verb.text and written not in self.participles:
            return False  # فسوف يلقون رداً: an accusative noun, not ردّا (the two replied); قائلاً speaks
        if reporting_id(verb) == "see" and "ئ" in verb.text and written not in self.participles:
            return False  # لا فائدة من ورائها: وراء (behind) with a pronoun; رأى takes one as رآه، رآها
        if verb.text.startswith("إ") and lemma.startswith("أ"):
            return False  # وقت إضافي، إشارات: a past verb in أ is never written with إ — its noun or adjective is
        if verb.text.endswith("أ") and not lemma.endswith("أ"):
            return False  # اقرأ أيضاً: "read", not أقرّا (they admitted), which folds the same
        if verb.text.endswith("ى") and not lemma.endswith(("ى", "ا")):
            return False  # فاعتبرتها ذكرى: a memory, not ذكر with a suffix
        if verb.text.endswith("ي") and lemma.endswith("ى") and written == fold_text(lemma) \
                and _word_before(ctx, verb) != "في":
            return False  # استطلاع رأي، مقال رأي: the noun "opinion" (في رأي الكاتبة أن is her view)
        if verb.text.endswith("ى") and lemma.endswith("ى") and not verb.prefix.endswith(("ل", "ب")):
            return True  # ونفى سيلاوانوف: the verb as written, though نفي (the noun) folds the same
        word = written.removeprefix("ال")
        nouns = self._nouns[reporting_id(verb)]
        bare = [word[: -len(e)] for e in _PRONOUNS if word.endswith(e) and len(word) > len(e) + 2]
        stems = {word, *bare, *map(_restore, bare)}  # تصريحاته → تصريحات، إشارته → إشاره
        return not stems & nouns  # إشارة، تصريحه: a noun reports no speech here

    def opens_clause(self, ctx: SentenceContext, verb: Match) -> bool:
        """A verb with its و or ف, a participle, or one a few words after a comma or colon (، لكن 22%
        فقط يعتقدون) opens a clause of its own."""
        if verb.prefix[:1] in ("و", "ف") or fold_text(verb.text) in self.participles:
            return True
        at = word_start(ctx.text, verb.start)
        # طهران تكشف عن رسالة … والأردن يؤكد أن: a subject of its own, joined with و — not the second of
        # two who speak together (أن بوتين ورئيسي أكدا، الجيش والحكومة يقولان)
        # … nor the last of a list in a genitive (بيان سفراء الولايات المتحدة وبريطانيا وفرنسا كشف)
        together = fold_text(verb.text).endswith(("ا", "وا", "ان", "ون"))
        joined = next((m for m in ctx.mentions if m.prefix == "و" and m.end <= at and not ctx.text[m.end : at].strip()),
                      None)
        listed = joined is not None and any(o.end <= joined.start and not ctx.text[o.end : joined.start].strip(" و،,")
                                            for o in ctx.mentions)
        if joined is not None and not together and not listed:
            return True
        before = ctx.text[ctx.start : word_start(ctx.text, verb.start)]
        clause = re.split(r"[،,:؛.«\"“]", before)[-1].split()
        # … the clause read through a few quoted words too (أنّ "جيش" الاحتلال أعلن)
        unquoted = re.split(r"[،,:؛.«\"“]", _QUOTED_WORDS.sub(" x ", before))[-1].split()
        if any(fold_text(w) in COMPLEMENT_WORDS for w in (*clause, *unquoted)):
            return False  # إنها تتابع، إنها قبضت على ستة وصفتهم: the content's own verb
        return len(clause) <= data.CLAUSE_SUBJECT_WORDS

    def _nothing_said_after(self, ctx: SentenceContext, verb: Match) -> bool:
        """What follows shows that no one speaks: belonging, attention, a passive or "considered"."""
        written = fold_text(verb.text)
        first, second = ([w.strip("،,:.") for w in fold_text(ctx.text[verb.end : verb.end + 24]).split()[:2]] + ["", ""])[:2]
        if first in LEAD_SKIPS and first.startswith("ل") and written.endswith("ه"):
            return True  # مواقع تابعة لها: belonging, not speaking
        if _caught_attention(ctx, verb):
            return True  # لفت انتباهي قطع أثرية: caught my attention (لفت الانتباه إلى أن reports)
        if reporting_id(verb) == "see" and _OPINION.search(verb.text):
            return True  # بنوا رأيهم: their opinion (the verb with its object is written رآهم)
        if reporting_id(verb) == "relate" and written.endswith(OBJECT_SUFFIXES):
            return True  # وأوردته في كتابها: related it, what was related stands before
        if reporting_id(verb) == "reply" and first in _NEWS:
            return True  # ولم ترد أنباء فورية عن وقوع أضرار: news came in (ورد), no one replied
        if reporting_id(verb) == "reply" and _word_before(ctx, verb).removeprefix("و") in _IN_IT:
            return True  # مقال … وفيه يرد حرفياً أنه: it is written in it (ورد), no one replies
        if reporting_id(verb) == "continue" and first.startswith("ال") and second in RELATIVES:
            return True  # وتابع الجلسات التي انطلقت في مايو: followed them (وتابع البيان أن goes on speaking)
        for_it = first in ("له", "لها", "لهم", "لهما") and second in COMPLEMENT_WORDS
        if fold_text(verb.prefix + verb.text) in _PASSIVE and (first in COMPLEMENT_WORDS or for_it):
            return True  # ويعتقد أن …، التي يتوقع لها أن تنخفض: it is believed, expected, no one says it
        if written in _CONSIDERED and first and (first == "من" or first in _SUPERLATIVES or first in _LIKE):
            return True  # ويعتبر من أبرز اللاعبين، يعتبر أفضل ممثل، تعتبر مثل الفوز بجائزة: it is considered
        if reporting_id(verb) == "consider" and not verb.prefix and first.removeprefix("ال") in _SUPERLATIVES \
                and first.startswith("ال"):
            return True  # تجربتها النووية الخامسة، التي اعتُبرت الأكبر حتى الآن: it was considered
        later = fold_text(ctx.text[verb.end : min(ctx.end, verb.end + 60)]).split()
        if written in _CONSIDERED and first == "في" and not any(w in COMPLEMENT_WORDS for w in later):
            return True  # درجة تفوق 140 تعتبر في مستوى العبقرية (not ميقاتي يعتبر في حديثه … أنّ)
        if written in _CONSIDERED and _considered_finest(ctx, verb, first, later):
            return True  # يعتبر طراز «فورد GT» الجديد أرقى منتجات الشركة: it is considered the finest
        if written in _CONSIDERED and _considered_thing(ctx, verb, first):
            return True  # انسحاب ترامب يعتبر أمرا خطيرا، وموقع "سامسونغ" اليوم يعتبر جيداً: it is considered
        if written in _CONSIDERED and self._considered_one_of(ctx, verb):
            return True  # ويعتبر أديلسون المعروف بـ"ملك القمار" أحد أكبر المانحين: he is considered
        if written in _CONSIDERED and self._considered_as(ctx, verb):
            return True  # حيث يعتبر الأمن والسياحة وجهين لعملة واحدة: they are considered
        sentence = (w.strip("،,.:؛") for w in fold_text(ctx.text[ctx.start : ctx.end]).split())
        if reporting_id(verb) == "report" and not verb.prefix and _FEMALE.intersection(sentence):
            return True  # 17 ألف دولار لكل جندي ذكر، و10 آلاف لكل أنثى: male, beside female
        if reporting_id(verb) == "point-out" and first in _TO_HIM and not any(w.startswith("بان") for w in later[:6]):
            # الذي أشارت إليه باسم "ما": pointed to someone (أشار إلى أن reports, and أشارت إليها الوزارة
            # بأنها: described it)
            return True
        if reporting_id(verb) == "disclose" and _disclosed_thing(later[:6]):
            return True  # ولم تفصح الشرطة عن هوية المشتبه فيه: a thing disclosed (أفصح أن reports)
        # مصير وصف بالكارثي: described as, by no one named
        return reporting_id(verb) in self.describing and first[:1] == "ب" and first not in COMPLEMENT_WORDS

    @staticmethod
    def _considered_as(ctx: SentenceContext, verb: Match) -> bool:
        """Whether a verb of considering, written passive (يُعتبر) or after a particle that leaves it
        no subject before (حيث، إذ، كان، التي), has neither a complementiser soon after it nor an actor
        right after it as its subject: the passive (حيث يعتبر الأمن والسياحة وجهين), no one's view."""
        before = words_before(ctx, word_start(ctx.text, verb.start), 1)
        after = words_after(ctx, verb, 160)
        # … or opening its sentence with و before a definite noun (ويعتبر الحكم ضربة قاسية), its subject's
        # complementiser perhaps far (ويعتبر الجامعي والباحث في تاريخ الحضارة والفكر زهير بن يوسف أن)
        # (ويعتبر هذا اللقب الرابع عشر: a demonstrative opens its subject too)
        opening = not before and verb.prefix == "و" and bool(after) and (after[0].startswith("ال") or after[0] in _THIS)
        after = after[: 16 if opening else 8]
        if verb.text[1:2] != "\u064f" and not (before and before[0] in _NO_SUBJECT_BEFORE) and not opening:
            return False
        if not after or any(w in COMPLEMENT_WORDS for w in after):
            return False
        first = ctx.text.find(after[0], verb.end) if after[0] else -1
        return not any(m.start <= first < m.end for m in ctx.mentions)

    @staticmethod
    def _considered_one_of(ctx: SentenceContext, verb: Match) -> bool:
        """Whether "one of" or a superlative follows a verb of considering before any complementiser."""
        words = words_after(ctx, verb, 80)[:7]
        for word, following, previous in zip(words, [*words[1:], ""], ["", *words]):
            if word in THAT or word in ("بان", "ان", "إن"):
                return False
            # أحد أكبر، أبرز المتضررين (a superlative before a definite noun: أحمد الطيب is no superlative)
            if word in ("احد", "احدي") or (word in _SUPERLATIVES and following.startswith("ال")):
                return True
            # ويعتبر أبو الفتوح أيضا من منتقدي السيسي: he is counted among them (not يعتبرون القدس جزءا من
            # أراضيهم, what they consider; nor الملايين من الأميركيين, who consider)
            among = previous and (previous == "ايضا" or not previous.endswith("ا")) and previous not in _COUNTED
            if word == "من" and among and following not in _WHOSE_SIDE and not _says_later(ctx, verb):
                return True
        return False

    def _nothing_said_before(self, ctx: SentenceContext, verb: Match) -> bool:
        """What precedes shows that no one speaks: a negation, an attribution, a that-clause, "it is
        considered", "it was notable", "which shows"."""
        before = fold_text(ctx.text[ctx.start : word_start(ctx.text, verb.start)]).split()
        if not before:
            return False
        last, written = before[-1], fold_text(verb.text)
        if last in _NEGATORS or last in ATTRIBUTIONS or last in _INFERENCES or last in _THUS or last in _GOVERNING:
            return True  # مصدر لم يصرّح عن اسمه، وفق وصف المحرضين، ممّا يوضح أن، «…» هكذا قال، خلال رده
        written_before = ctx.text[ctx.start : word_start(ctx.text, verb.start)].split()[-1]
        if written_before in _PREPOSITIONS and not verb.prefix and reporting_id(verb) != "see":
            return True  # وتطالب المدعية العامة في دعواها بأن (not دعوا + ها)، لم تتلق سوى رد من
        if (last in RELATIVES or last == "ما") and written.endswith(OBJECT_SUFFIXES) \
                and written not in self.participles and reporting_id(verb) not in self.describing:
            return True  # خبر وفاته الذي أعلنته وسائل الإعلام: what was said stands before (التي وصفتها … بأنها: after)
        if last in THAT and (len(before) < 2 or before[-2] not in _AFTER_THAT):
            return True  # ونبهت إلى أن يكتب رقم الطلب: a verb in a that-clause (بعد أن قال، سبق أن أعلن report)
        # لأنها تعتبر شيئا جديدا: "it is considered"; وكان لافتاً أن: "it was notable that"
        return (last in _IT_IS and written in _CONSIDERED) or (last in _BEING and written in self.participles)


def reporting_id(match: Match) -> str:
    """The reporting-verb entry of a match (صرّح is an event verb and a reporting verb alike)."""
    return next(h.id for h in match.hits if h.kind == "reporting")


def words_after(ctx: SentenceContext, verb: Match, chars: int) -> list[str]:
    """The folded words within ``chars`` after the verb, without the punctuation and marks around them."""
    return [w.strip("،,:.«»\"“”") for w in fold_text(ctx.text[verb.end : min(ctx.end, verb.end + chars)]).split()]


def _caught_attention(ctx: SentenceContext, verb: Match) -> bool:
    """لفت انتباهي: caught someone's attention; لفت الانتباه إلى أن reports what it points to."""
    first = fold_text(ctx.text[verb.end : verb.end + 20]).split()[:1]
    return bool(first) and ATTENTION.fullmatch(first[0]) is not None and not _ATTENTION_TO.match(ctx.text, verb.end)


PEOPLE = frozenset(fold_text(w) for w in data.PEOPLE_NOUNS)


def _considered_finest(ctx: SentenceContext, verb: Match, first: str, later: list[str]) -> bool:
    """Whether an elative follows a verb of considering within a few words, before any complementiser,
    and no one who may consider stands right after the verb (an actor, or people: يعتبر خبراء)."""
    elative = next((n for n, w in enumerate(later[:6]) if w in _SUPERLATIVES), None)
    if not elative or any(w in COMPLEMENT_WORDS for w in later[:elative]) or first in PEOPLE:
        return False
    rest = ctx.text[verb.end : ctx.end]
    at = verb.end + len(rest) - len(rest.lstrip())
    return not any(m.start == at and m.label in ("PER", "ORG") for m in ctx.mentions)


def _considered_thing(ctx: SentenceContext, verb: Match, first: str) -> bool:
    """Whether a verb of considering is followed at once by an indefinite accusative (أمرا، جيداً) —
    what something is considered — rather than by its subject or what it says."""
    rest = ctx.text[verb.end : ctx.end]
    at = verb.end + len(rest) - len(rest.lstrip())
    named = any(m.start == at for m in ctx.mentions)  # يعتبر روسيا: a name, its subject or object
    return len(first) > 3 and first.endswith("ا") and not first.startswith("ال") and first not in COMPLEMENT_WORDS \
        and not named


def _restore(stem: str) -> str:
    """A singular noun's form before its pronoun suffix was added (إشارت+ه → إشاره)."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def _disclosed_thing(words: list[str]) -> bool:
    """Whether عن (عما، عمن) comes before any complementiser in these folded words: a thing disclosed."""
    for word in words:
        if word.strip("،,:.") in COMPLEMENT_WORDS:
            return False
        if word in ("عن", "عما", "عمن"):
            return True
    return False


def _says_later(ctx: SentenceContext, verb: Match) -> bool:
    """Whether a complementiser follows the verb anywhere in its sentence (ويعتبر الوزير من جهته أن)."""
    return any(w in THAT or w in ("بان", "ان", "إن") for w in fold_text(ctx.text[verb.end : ctx.end]).split())


def verb_genders(lexicon: Lexicon) -> dict[str, str]:
    """The gender each reporting verb's written form gives its speaker, "m" or "f", by folded form: the
    lemma, its present and its participles in ا masculine (قال، يقول، قائلا), the lemma with ت, the present
    with ت and the participles in ة feminine (قالت، تقول، قائلة)."""
    genders: dict[str, str] = {}
    for r in lexicon.reporting.values():
        lemma = fold_text(r.lemma.split()[0])
        genders[lemma], genders[lemma[:-1] + "ت" if lemma.endswith(("ى", "ي")) else lemma + "ت"] = "m", "f"  # نفى، نفت
        if r.present:
            present = fold_text(r.present.split()[0])
            genders[present], genders["ت" + present[1:]] = "m", "f"
        for p in r.participles:
            folded = fold_text(p)
            if folded.endswith("ا"):
                genders[folded] = "m"
            elif folded.endswith("ه"):  # the ta marbuta, folded
                genders[folded] = "f"
    return genders
