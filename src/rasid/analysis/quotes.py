"""Quotations with their speakers.

After a reporting verb (قال، أكد، أضاف، تابع، أشار إلى، قائلا، مؤكدا …) the reported content opens
with a complementizer (إن، أن، بأن), a colon or a quotation mark, or — after a comma (وتابع، …) or a
verb of description (اعتبر، وصف) — straight away; it runs to the end of the sentence or to the next
reporting verb.  A colon or quotation mark makes it direct speech.  The speaker is the subject after
the verb (وقال شمخاني), the group just named for a plural verb (واكدوا), the main clause's subject
for a participle (قائلا), or — shared with the event coder — the actor the text is about.
Headlines of the form "شمخاني: …" are quotations too.  Which reporting words report speech at all is
decided in ``speech_verbs``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from rasid.analysis import entity_data, event_data, event_doers
from rasid.analysis import quote_data as data
from rasid.analysis.body_memory import body_name, body_noun, learn_bodies
from rasid.analysis.clause_words import (
    PREPOSITION_RESUMPTIVES,
    PRESENT_FORM,
    THE_LATTER,
    TIMES_AND_DAYS,
    can_act,
    count_words,
    is_marked,
    is_year,
    joined_present_verb,
    lexicon_verb_at,
    word_after,
    words_before,
)
from rasid.analysis.context import SentenceContext
from rasid.analysis.coref import Coreference
from rasid.analysis.mentions import (
    APPOSED,
    HONORED,
    HONORIFIC_WORDS,
    SAYING_WORDS,
    STYLE_WORDS,
    Mention,
    title_code,
    unresolved_title,
)
from rasid.analysis.quote_attribution import (
    Attribution,
    fronted_attribution,
    source_name,
)
from rasid.analysis.speech_verbs import (
    ATTENTION,
    ATTRIBUTIONS,
    COMPLEMENT_WORDS,
    LEAD_SKIPS,
    OBJECT_SUFFIXES,
    PEOPLE,
    RELATIVES,
    THAT,
    WORTHY,
    SpeechVerbs,
    reporting_id,
    speaks,
    verb_genders,
    words_after,
)
from rasid.analysis.title_holders import (
    INSTITUTIONS,
    LINEAGE,
    ON_BEHALF,
    ends_name,
    holder_after,
    names_a_title,
    reads_as_name,
    titled_name,
    word_start,
)
from rasid.lexicon.forms import present_forms
from rasid.lexicon.loader import Lexicon
from rasid.lexicon.matcher import Match
from rasid.model import ActorRef, Event, Quote
from rasid.text.fold import Folded, fold, fold_text

# (… or glued to the outlet the words were said to or came from: جهرميللميادينأنّ، مراسلالميادينبأنّ، للميادين نتأنّ)
_COMPLEMENT = re.compile(
    r"(?:^|\s|(?<=لميادين)|(?<=\sنت))(?:" + "|".join(re.escape(fold_text(c)) for c in sorted(data.COMPLEMENTIZERS, key=len, reverse=True))
    + r")(?=\s|$)"
)
_OPENING = "".join(data.QUOTE_MARKS)
# findings that speak through a present verb right after them (دراسة حديثة تشير إلى أن، توقعات تشير)
_FINDINGS = frozenset(fold_text(w) for w in data.FINDINGS)
_AROUND_FINDINGS = frozenset(fold_text(w) for w in ("مع", "وسط", "في", "ضمن", "بين", "حسب", "بحسب", "وفق", "لدى",
                                                    "بعد", "قبل", "عقب", "إثر", "اثر", "رغم"))  # يأتي ذلك بعد تقارير تفيد
_EACH_OF = re.compile(r"كل[ّ]?\s+من\s+")
_SPEAKER_STOPS = frozenset(fold_text(w) for w in (*data.SPEAKER_STOPS, *data.SPEAKER_TAIL_STOPS))
_QUANTITIES = frozenset(fold_text(w) for w in data.SPEAKER_QUANTITIES)
_BROKEN_PLURALS = frozenset(fold_text(w) for w in data.BROKEN_PLURAL_PEOPLE)
_OFFICES = frozenset(fold_text(w) for w in data.OFFICES)
# honorifics that stand before a famous name in place of a title (السيد نصر الله، الشيخ تميم)
_HONORED = frozenset(fold_text(w) for w in ("السيد", "السيدة", "الشيخ", "سماحة السيد", "سماحة الشيخ"))
_TIMES = frozenset(fold_text(w) for w in data.TIMES_BEFORE_NAME)
_OPENING_PARTICLES = frozenset(fold_text(w) for w in ("لكن", "ولكن", "بينما", "فيما", "ثم", "كما", "بل", "إذ", "حيث",
                                                      "غير", "إلا", "الا", "بعدما", "عندما", "حين", "حينما",
                                                      "قبلما", "لما", "كلما"))
_CONTENT_AFTER = re.compile(r"\s*[،,]?\s*(?:إلى|الى|على)?\s*(?:أن|أنّ|ان|إن|إنّ|بأن)(?!\S)")
_CONNECTIVES = frozenset(fold_text(w) for w in ("لكن", "ولكن", "بينما", "فيما", "كما", "ثم"))
_ENDING_PREPOSITIONS = frozenset(fold_text(w) for w in (*data.NAME_PREPOSITIONS, "ل", "ب", "لدى", "عبر", "حول"))
_WHO, _ALLAH = fold_text("من"), fold_text("الله")
_PRAYING = ("call", "ask")  # دعا الله، سأل الله: God is whom they prayed to
# A name never opens with a preposition (في حين أنه يعتبرها، على ذلك).
# prepositions, demonstratives, connectives, despite and a conditional's كان open no name (ولكان ذلك ادعى، وبالتالي رأى)
_NOT_A_NAME = frozenset(fold_text(w) for w in (*data.NAME_PREPOSITIONS, "بين", "ذلك", "هذا", "هذه", "تلك", "لكان", "لكانت",
                                               "بالتالي", "لذلك", "لهذا", "بذلك", "إذن", "بالطبع", "ربما",
                                               "رغم", "برغم",  # ورغم ذلك وصف: despite that, he described
                                               # وكتب فوقه "…": where it was written
                                               "فوقه", "فوقها", "تحته", "تحتها", "أمامه", "أمامها", "خلفه", "خلفها",
                                               "كذلك", "أيضا", "فقد", "قد", "لقد", "كما",  # كذلك أكد، فقد قال: adverbs
                                               "هل",  # وهل نسوا أن: a question
                                               # the writer himself (إلا أنني أعتقد أنه): no one the text names
                                               "أنني", "إنني", "لكنني", "أنا", "نحن", "إننا", "أننا", "لكننا"))
_OPENER_PHRASES = frozenset(fold_text(w) for w in ("من جهته", "من جهتها", "من جانبه", "من جانبها", "من ناحيته",
                                                   "من ناحيتها", "من جهتهم", "من جانبهم"))
_TOPIC_OPENERS = frozenset(fold_text(w) for w in data.TOPIC_OPENERS)
_OPENER_WORDS = frozenset(fold_text(w) for w in ("بدوره", "بدورها", "بدورهم", "و", "كذلك"))
# … and a phrase of time or place set off by a comma, up to a few words long (وفي وقت سابق من يوم الجمعة،)
_ADVERBIAL_OPENERS = frozenset(fold_text(w) for w in ("في", "وفي", "خلال", "وخلال", "بعد", "وبعد", "عقب", "وعقب",
                                                      "قبل", "وقبل", "منذ", "ومنذ"))
_ADVERBIAL_WORDS = 8
# a participle's plural in construct and its definite genitive (مؤيدو المشروع، منتقدو الحكومة، مسؤولو الوزارة)
_CONSTRUCT_PLURAL = re.compile(r"(?<!\S)(م\w{2,}[وي]\s+ال\w+)")  # … and after لكنّ (لكن مسؤولي المتنزه)
_CONSTRUCT_HEAD = re.compile(r"(?<!\S)م\w{2,}[وي]\s+$")  # … right before its genitive
_PRESENT_PLURAL = re.compile(r"[يت]\w{2,}ون(?:ه|ها|هم|هما)?$")
_DENIED = frozenset(fold_text(w) for w in data.DENIED_OBJECTS)
_AFTER_QUOTED_NAME = frozenset(fold_text(w) for w in ("من", "في", "إلى", "الى", "على", "عن", "،", ","))
_AMMA = re.compile(r"\s*(?:و)?أما\s+([^،,:.]+?)\s*$")  # أما X فـ: X is the topic, then its verb
_CONCESSIVE = frozenset(fold_text(w) for w in ("رغم", "برغم", "مع", "بعد", "قبل", "ذلك", "هذا"))
# a statement and whose it is (بيان لوزارة الخارجية الإماراتية، تقرير للأمم المتحدة)
_STATEMENT = re.compile(r"(?<!\S)(?:بيان|تقرير|رسالة|تغريدة|مذكرة)\s+(?:لـ\s?|ل)?")
# a statement named alone as a speaker (وأضاف البيان), and one its owner speaks in (في بيان، أصدر بيانا)
_THE_STATEMENT = frozenset(fold_text(w) for w in ("البيان", "والبيان"))
_A_STATEMENT = re.compile(r"(?<!\S)(?:[وف]?ب|ل|في\s)?بيانا?(?:ه|ها|هم)?(?![^\s،,.:؛])")  # over folded text
_STATEMENT_KEY = "بيان"  # its owner's slot among the bodies the text named (no body's noun)
# writings one publishes and then speaks in (نشر تدوينة قال فيها، وجّه رسالة أكد فيها)
_WRITINGS = frozenset(fold_text(w) for w in event_data.WRITINGS)
_SOURCE_NOUNS = tuple(fold_text(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولين", "مسؤولون"))
_IMPERSONAL_WORDS = frozenset(fold_text(w) for w in data.IMPERSONAL)
_ONE_OF_THEM = frozenset(fold_text(w) for w in ("أحدهم", "إحداهن", "أحدهما", "إحداهما", "بعضهم", "أحدهن"))
_SETTINGS = frozenset(fold_text(w) for w in ("في", "خلال", "عبر", "أثناء", "اثناء", "عقب", "على", "لدى", "بمناسبة",
                                              "ضمن", "بعد", "قبل", "أمام"))
# مشيدا، مؤكدة (folded ه)، مشيرين: a participle of manner (not أصيب، nor a plural verb: لقوا مصرعهم)
_PARTICIPLE = re.compile(r"م(?!ا)\w{3,}ا")  # مكررا، مجددا، مشيرا (folded): an active participle of manner
_MANNER_ENDING = re.compile(r"(?:(?<!و)ا|ه|ين|ات)$")
_TO = fold_text("إلى")
_OBJECT_NOUN = re.compile(r"..ت(?:ها|هم|هما)$")  # نهضتها، سياستهم: a noun with its owner's pronoun
# an indefinite verbal noun of the forms استفعال، افتعال، انفعال (استهداف، اعتقال، انسحاب): no word of a name
_VERBAL_NOUN = re.compile(r"است\w{3,4}|ا\wت\wا\w|ان\w\wا\w")
_JOINED_CLAUSE = re.compile(r"\s*[،,]\s*")  # the comma before a joined verb (، وشكر)
# what a narrator adds after a quotation closes (، دون أن يفسر، في إشارة إلى): how or of what it was said
_NARRATORS_MANNER = tuple(fold_text(w) + " " for w in ("دون", "بدون", "من دون", "في إشارة", "على حد"))
# "but he" before the next reporting verb (، ولكنه أضاف أن؛ ، إلا أنها أكدت): the speaker goes on, the
# content has ended at the comma
_BUT_HE = frozenset(fold_text(c + p) for c in ("لكن", "ولكن", "إلا أن", "غير أن") for p in ("ه", "ها", "هم", "هما"))
_SUBORDINATORS = frozenset(fold_text(w) for w in ("إذ", "حيث", "بحيث", "عندما", "حين", "حينما", "بينما", "فيما", "لما",
                                                  "بعدما"))
_HE_THAT = frozenset(fold_text(w) for w in ("إنه", "أنه", "إنها", "أنها"))
_RESUMPTIVE = frozenset(fold_text(w) for w in ("فيه", "فيها", "فيهما", "فيهم"))
# what may open a clause before its subject: أن and the conjunction before it (رغم أن، كما أن، لأن)
_THAT = frozenset(fold_text(w) for w in ("أن", "إن", "لأن"))
_THAT_OPENERS = frozenset(fold_text(w) for w in ("رغم", "برغم", "كما", "غير", "إلا", "لكن", "بل"))
_DEMONSTRATIVES = frozenset(fold_text(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "أولئك"))
_WIDE_HEADS = frozenset(fold_text(w) for w in ("رئيس", "رئيسة", "نائب", "نائبة"))  # (no title nouns: they head anything)
_TITLE_BEFORE_COLON_WORDS = 7
_AUXILIARIES = frozenset(fold_text(w) for w in ("كان", "كانت", "وكان", "وكانت", "قد", "لقد", "وقد", *data.GOING_ON,
                                                  *data.BECOMING))
# nouns that name someone by another person (محامي الأسير خضر عدنان، زوجة الرئيس)
_RELATIONS = frozenset(fold_text(w) for w in (*event_data.KINSHIP_NOUNS, "محامي", "محامية", "محامو", "محاميه"))
_BUT_THAT = frozenset(fold_text(w) for w in ("بيد", "غير", "إلا", "الا", "أن", "ان", "لكن", "ولكن", "كما"))
_ISSUED = frozenset(fold_text(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة"))
_NO_ONE = frozenset(fold_text(w) for w in ("أحد", "احد"))
_NEGATIONS = frozenset(fold_text(w) for w in ("لم", "لا", "لن", "ما"))
# God's name and praise after قال, then the verse in brackets (قال تعالى (…)، قال الله عز وجل: (…))
_VERSE = re.compile(r"\s+(?:الله\s+)?(?:تعالى|عز\s+وجل|سبحانه\s+وتعالى|جل\s+وعلا)\s*:?\s*\(")
_QAD = frozenset(fold_text(w) for w in ("قد", "لقد", "وقد"))
_CLAUSE_LINKS = frozenset(fold_text(w) for w in ("فيما", "بينما", "كما", "مما", "عما", "لما", "إذا", "كلما", "ربما"))
_NO_OBJECTS = _SPEAKER_STOPS | _CLAUSE_LINKS  # words ending like an accusative that are none
_CLAUSE_OPENERS = _OPENING_PARTICLES | _AUXILIARIES  # what may stand before a clause's subject
_BECOMING = frozenset(fold_text(w) for w in data.BECOMING)
_BACK_REFERENCES = frozenset(fold_text(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "إلا أنه",
                                                    "هو", "هي", "هم", "وهو", "وهي", "وهم",
                                                    "انه", "انها", "أنه", "أنها", "إنه", "إنها", "بينما هو",
                                                    "بالقول", "فهو", "فهي", "فهم", "سموه", "سموها", "سماحته", "فخامته", "معاليه",
                                                    "سعادته", "جلالته", "فضيلته", "سيادته", "سماحتها", "معاليها",
                                                    "سعادتها", "فخامتها", "سيادتها"))  # وختم بالقول، وقال سموه: the one named before
# a share of people as the speaker: a number or percentage and whom it counts
_WHAT_FOLLOWS = re.compile(r"(?<!\S)ما\s+(?:نصه|نصها|يلي)(?!\S)")
_WHOM = r"\s+(?:منهم|منهن|من\s+[^\s،,.:«»\"“”]+)"
_PERCENT = r"(?:\s*[٪%]|\s+(?:في|ب)\s*(?:المئة|المائة))"  # 43٪، 93 في المئة
_NUMBER = r"(?:(?:حوالي|حوالى|نحو|قرابة|أكثر من|اكثر من)\s+)?[\d٠-٩][\d٠-٩,.٫]*"
_SHARE = re.compile(rf"{_NUMBER}(?:{_PERCENT}(?:{_WHOM})?|{_WHOM})")
# how often it was said, before the speaker or instead of one (وكانت قد قالت عدة مرات … إن)
_REPEATEDLY = re.compile(r"(?:عد[ةه]\s+مرات|مرات\s+عد[ةه]|[أا]كثر\s+من\s+مر[ةه]|غير\s+مر[ةه]|مر[ةه]\s+[أا]خرى|مر[ّ]?تين|مرارا?ً?|دائما?ً?|دوما?ً?|باستمرار)"
                         r"(?=[\s،,])[\s،,]*")
_COUNT = re.compile(rf"{_NUMBER}\s+")
# … but not a time (قال 3 مرات، أعلن 2018)
_COUNTED_TIMES = frozenset(fold_text(w) for w in ("مرات", "مرة", "أيام", "يوما", "ساعات", "ساعة", "أسابيع",
                                                  "أشهر", "شهور", "سنوات", "عاما", "دقائق", "دقيقة"))
_TITLE_COMPLEMENT_WORDS = 8
_INNER_PREPOSITIONS = frozenset(fold_text(w) for w in ("في", "على", "لدى", "من"))
# Words of closeness that take من in a description (المقرب من الحكومة، القريبة من الحزب).
_CLOSE_TO = frozenset(fold_text(w) for w in ("المقرب", "المقربة", "المقربين", "القريب", "القريبة"))
_INSCRIPTIONS = frozenset(fold_text(w) for w in data.INSCRIPTIONS)
_IN_IT = frozenset(fold_text(w) for w in ("فيه", "فيها", "عليه", "عليها"))
_INSCRIPTION_WORDS = 4  # the sign, where it stands (لافتة أمام منزل عزريا), then what it says
_BANNERS = frozenset(fold_text(w) for w in ("لافتة", "لافتات", "يافطة", "يافطات"))
_DASHES = "-–—"
_ADDRESSEE = re.compile(r"لـ\s?(?:[«\"“][^«»\"“”]{1,40}[»\"”]|\S+)\s+")
_CONJUNCTION_THAT = frozenset(fold_text(w) for w in data.CONJUNCTIONS_BEFORE_THAT)
_TITLE_NOUNS = frozenset(fold_text(w) for w in data.TITLE_NOUNS)
# words that open an aside about the one named before, not a name (الفيفا، ومقره زوريخ، أنه)
_ASIDE_OPENERS = frozenset(fold_text(w) for w in ("ومقره", "ومقرها", "ومركزه", "ومركزها", "وهو", "وهي", "وهم"))
_ONE_OF = frozenset(fold_text(w) for w in ("أحد", "إحدى", "احدى"))
# people named by what they are, who may speak through a participle (سكان مرعوبون … مؤكدين)
_ON = fold_text("على")
_THUS = frozenset(fold_text(w) for w in ("هكذا", "كذلك", "هذا", "هذه", "ذلك", "تلك"))  # هكذا وجه الرئيس …
_TOLD = frozenset(fold_text(w) for w in data.TOLD_AUDIENCES)
_THEN_THAT = frozenset(("فإن", "فإنّ", "فأن", "فأنّ"))  # as written: فان, without its hamza, may be a name (فان جال)
_GENDERED_RELATIVES = {fold_text("الذي"): "m", fold_text("التي"): "f"}
_FEMININE_OR_PLURAL_RELATIVES = frozenset(fold_text(w) for w in ("التي", "اللتي", "الذين", "اللواتي", "اللاتي"))
_PLURAL_RELATIVES = frozenset(fold_text(w) for w in ("الذين", "اللواتي", "اللاتي", "اللذين", "اللتين", "اللذان", "اللتان"))
# scripture's speakers: blessings after a prophet's name, God's epithets, and the Prophet's titles
_BLESSINGS = tuple(fold_text(w) for w in ("صلى الله عليه وسلم", "عليه الصلاة والسلام", "عليه السلام"))
_GOD = frozenset(fold_text(w) for w in ("تعالى", "الله تعالى", "سبحانه وتعالى", "الله سبحانه وتعالى", "الله عز وجل",
                                         "عز وجل", "الله", "المولى عز وجل", "الحق تبارك وتعالى"))
_THE_PROPHET = frozenset(fold_text(w) for w in ("", "النبي", "الرسول", "رسول الله", "نبينا", "نبينا محمد", "النبي محمد",
                                                 "الرسول محمد", "محمد", "الرسول الكريم", "النبي الكريم", "المصطفى"))
# A short aside between commas after a verb (قالت، الأربعاء الماضي، إنها): the content comes after it.
_PARENTHETICAL = re.compile(r"\s*[،,]([^،,:.]{1,40}[،,])(?=\s*\S)")
# a day between a name and what follows it (وصف نتانياهو الاثنين الاتفاق)
_DAY_ASIDE = re.compile(r"(\s+(?:" + "|".join(sorted({*event_data.DAYS, "امس"} - {"يوم"}, key=len, reverse=True)) + r"))(?=\s)")
_WORD = re.compile(r"\S+")
_STATED = frozenset(fold_text(w) for w in data.STATED_NOUNS)
_BUT = re.compile(r"\s(?=(?:لكن|ولكن|لكنّ|ولكنّ)\s)")
# a body's noun and its quoted name, maybe with its country's adjective (صحيفة "إسرائيل هيوم"، صحيفة "الغارديان"
# البريطانية): the name, and the noun in the second group
_QUOTED_BODY = r'((\S+)\s+[«"“][^«»"“”]{2,40}[»"”](?:\s+\S+ي[ةه])?)'
# … all a sentence opens with before its verb (صحيفة "هآرتس"، تؤكد)
_OPENING_BODY = re.compile(r"\s*" + _QUOTED_BODY + r"\s*[،,]?\s*")
# a holder's name of two to four words between a title and its verb, maybe in marks or after د.
_HOLDER_NAME = re.compile(r'\s+["«“]?(?:د\.\s*)?([^\W\d_]+(?:\s+[^\W\d_]+){1,3})(["»”]?)\s+')
# an aside about the subject between it and its verb, ending right before the verb
_ASIDE_ABOUT_SUBJECT = re.compile(r"\s*[،,]\s*و(?:هو|هي|هم|هما)\s+[^،,.:«»\"“”]{1,80}[،,]\s*$")
# "… عن X قوله: …" / "قولها إن …": a saying attributed to the one named after عن.
_SAYING = re.compile(r"(?<!\S)(قولهما|قولهم|قولها|قوله)(?=[\s:])\s*(?::\s*|((?:إن|ان|أن)\u0651?)\s+)?")
_TIME_BEFORE_MARK = re.compile(r"(?:\S+\s+){1,2}(?=[«\"“])")
_ASIDE_BEFORE_COLON = re.compile(r"\s*(?:في|خلال|عقب|بعد|أمام|لدى)\s[^:«»\"“”.]{0,100}:\s*(?=[«\"“])")
_TITLE_WORDS = frozenset(fold_text(w) for w in ("قائد", "رئيس", "وزير", "مدير", "المتحدث", "الناطق", "مسؤول",
                                                "عضو", "أمين", "نائب", "سفير", "زعيم"))
_WHEN = frozenset(fold_text(w) for w in ("حين", "وحين", "عندما", "وعندما", "حينما", "وحينما", "لما", "ولما", "بعدما",
                                         "وبعدما"))
# when, its verb, then a body's noun and its quoted name (وحين تناولت صحيفة "إسرائيل هيوم")
_BODY_BY_QUOTED_NAME = re.compile(r"\s*\S+\s+\S+\s+" + _QUOTED_BODY)
# (not إلى، على، من، عن: دعا إلى "…"، شدد على "…" open what was said)
_NAME_PREPOSITIONS = frozenset(fold_text(w) for w in ("في", "باسم", "لدى"))
_BUT_HE_WORDS = frozenset(fold_text(w) for w in event_data.BUT_WITH_PRONOUN)
_OF_A_BODY = frozenset(fold_text(w) for w in ("عن", "من"))  # محامون عن "…"، مسؤول من "…"
_PRETEXTS = frozenset(fold_text(w) for w in ("بدعوى", "بحجة", "بزعم", "بذريعة", "بداعي", "بادعاء"))
_CONDITION_NEXT = re.compile(r"\s+(?:" + "|".join(fold_text(w) for w in ("لزم", "وجد", "وجدت", "أمكن", "صح", "اقتضى",
                                                                          "توفر", "توفرت")) + r")(?!\S)")
_ACCORDING_TO = re.compile(r"(?<!\S)(?:و?ب?حسب|وفق|على\s+حد)\s+$")
_ATTRIBUTED_TO = re.compile(r"(?<!\S)(?:عن|إلى|الى)\s+")
# an aside that the source asked not to be named (، طلب عدم الكشف عن هويته،): its عن names no one
_ANONYMOUS_ASIDE = re.compile(r"[،,]\s*(?:طلب|طالب\S*|فضل|فضّل|مفضل\S*|مفضّل\S*|رفض|رافض\S*|اشترط|مشترط\S*)\s+"
                              r"(?:عدم|حجب)\s+(?:الكشف|ذكر|الإفصاح|الافصاح|نشر|كشف)\s+(?:عن\s+)?\S+[\s،,]*$")
_QUOTED = re.compile(r"[«“\"][^«»“”\"]*[»”\"]")
_TO_MEDIA = frozenset(fold_text(w) for w in data.TO_MEDIA)
_TO_OUTLET = frozenset(fold_text(w) for w in data.TO_OUTLETS)  # … its name to follow, not the press in general
# the outlet's own name, glued to the word before it in about half its articles (جهرميللميادينأنّ، مراسلالميادين)
_THIS_OUTLET = "لميادين"
# the press a statement is given to, named generally (بيان لوسائل الإعلام، للصحفيين): no owner of it
_AUDIENCES = frozenset(fold_text(w) for w in ("لوسائل", "للصحفيين", "للصحافيين", "للصحافة", "لوكالات", "للإعلام"))
_FROM_PRONOUNS = tuple(fold_text(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))
_PERSON_TITLES = frozenset(fold_text(w) for w in entity_data.PERSON_TITLE_WORDS)
_AGENCY_WORDS = frozenset(fold_text(w) for w in ("فرانس", "برس", "رويترز", "سبوتنيك", "نوفوستي", "تاس", "بلومبرغ",
                                                 "أسوشيتد", "اسوشيتد", "إيه", "بي", "سي", "إن", "ان", "نيوز", "تايمز"))
# after a name, whom it was told: a medium's noun, or an agency by its own name (وأبلغ فيتسل رويترز)
_MEDIA_NOUNS = frozenset(fold_text(w) for w in ("موقع", "صحيفة", "قناة", "وكالة", "وسائل", "رويترز", "سبوتنيك",
                                                "الأناضول", "بلومبرغ", "بلومبيرغ"))
# who may describe something without being named (اعتبره البعض، ووصفها مراقبون)
_GENERIC_SPEAKERS = ("البعض", "الكثيرون", "كثيرون", "آخرون", "مراقبون", "محللون", "خبراء", "منتقدون", "معارضون",
                     "ناشطون", "مغردون", "متابعون", "مختصون", "متخصصون")
_DESCRIBERS = frozenset(fold_text(w) for w in _GENERIC_SPEAKERS)
_GENERIC_WORD = "(?:" + "|".join(_GENERIC_SPEAKERS) + ")"
# … and those joined to them (اعتبره محللون وخبراء، مخالفا): the describers, all of them
_GENERIC_SPEAKER = re.compile(r"\s+" + _GENERIC_WORD + r"(?:\s+و" + _GENERIC_WORD + r")*(?=[\s،,])")
_DESCRIBED_AS = frozenset(fold_text(w) for w in ("بأنه", "بأنها", "بأنهم", "بأنهما", "بأن"))
# who described it, a few words, then بـ and the words they used (وصفها أعضاء اللجنة بـ"الإيجابية والمثمرة")
_DESCRIBER_THEN_AS = re.compile(r"(?:\s+[^\s،,.:«»\"“”]+){1,4}?\s+بـ\s?")
_AS = frozenset(fold_text(w) for w in ("بـ", "ب"))  # وصفه بـ "…"


class SentenceQuotes(NamedTuple):
    quotes: list[Quote]
    speaker: ActorRef | None  # the first speaker the sentence names, quoted or not


def _body_before(ctx: SentenceContext, end: int) -> ActorRef | None:
    """A body the knowledge base does not list, named by an institution noun in the few words before
    ``end`` (رضا هيئة المنافسة البريطانية، التي): the antecedent of the relative pronoun there."""
    words = _words_before_relative(ctx, end, ".:؛«»\"“”()")
    at = next((i for i, w in enumerate(words) if fold_text(w) in INSTITUTIONS), None)
    if at is None or not all(w.startswith("ال") for w in words[at + 1 :]):
        return None  # (غرفة صناعة السينما سيد فتحي: a person after the body, not the body)
    return _unknown_ref(" ".join(words[at:])).as_implicit()


def _titled_before(ctx: SentenceContext, end: int) -> ActorRef | None:
    """A title and its holder's name the knowledge base does not know, in the few words before ``end``
    (شرح من منسق اللجنة عبدالله العساف، الذي أوضح أن): the antecedent of the relative pronoun there."""
    words = _words_before_relative(ctx, end, ".:؛«»\"“”()،,")
    for i in range(len(words) - 2):
        name = titled_name(words[i:])
        if name is not None:
            return _unknown_ref(name)
    # … or a country's adjective for a title (من بينهم السوري أحمد خلف، الذي قال)
    for n in (2, 3):
        name = " ".join(words[-n:])
        at = ctx.text.rfind(name, ctx.start, end)
        demonym = any(m.label == "MISC" and m.end <= at and not ctx.text[m.end : at].strip() for m in ctx.mentions)
        if len(words) > n and demonym and reads_as_name(name) and not any(fold_text(w) in _NOT_A_NAME for w in words[-n:]):
            return _unknown_ref(name)
    return None


def _words_before_relative(ctx: SentenceContext, end: int, breaks: str) -> list[str]:
    """The last few words before the comma ending at ``end``, after the last of ``breaks``."""
    clause = re.split("[" + re.escape(breaks) + "]", ctx.text[ctx.start : end].rstrip(" ،,"))[-1]
    return clause.split()[-data.MAX_SPEAKER_WORDS :]


def _past_aside(ctx: SentenceContext, quote: Quote, aside: Match) -> Quote | None:
    """The quotation of a verb whose speaker a relative clause describes, opening after the clause and
    its complementiser (وقالت لوكس، التي وصفت نفسها …، إن "…"); none when nothing follows the clause."""
    resumed = _RESUMED.search(ctx.text, aside.end, quote.end)
    if resumed is None:
        return None if quote.start < aside.start else quote
    rest = ctx.text[resumed.end() : quote.end]
    start = resumed.end() + len(rest) - len(rest.lstrip())
    if quote.start >= start:
        return quote
    return replace(quote, start=start, text=ctx.text[start : quote.end]) if quote.end - start >= 2 else None


_RESUMED = re.compile(r"[،,]\s*(?:إن|أن|إنّ|أنّ|ان)(?=\s)")
_ASIDE_WORDS = 6  # at most this many words stand between a reporting verb and a relative clause on its speaker


def _relayed_from_pronoun(verb: Match) -> bool:
    """Whether the verb relays from a pronoun (ونقلت عنه صحيفة الفجر قوله): the one named before speaks;
    who follows only passes it on."""
    return reporting_id(verb) == "quote" and fold_text(verb.text).endswith(_FROM_PRONOUNS)


def _aside_on_speaker(ctx: SentenceContext, verb: Match, nxt: Match) -> bool:
    """Whether the next reporting verb opens a relative clause on the first one's speaker, set off by a
    comma before any content, with its relative pronoun or a pronoun back to the noun before it (وقالت
    لوكس، التي وصفت نفسها …؛ وذكر أردوغان، في خطاب بأنقرة، أعلن فيه حزمة تحفيز): an aside, not the end
    of what was said."""
    head = ctx.text[ctx.start : word_start(ctx.text, nxt.start)].split()
    relative = bool(head) and fold_text(head[-1]) in RELATIVES
    if nxt.prefix or not head or not (relative or word_after(ctx, nxt.end) in PREPOSITION_RESUMPTIVES):
        return False
    between = ctx.text[verb.end : word_start(ctx.text, nxt.start)].rstrip()
    if relative:
        between = between[: len(between) - len(head[-1])].rstrip()
    return between.endswith(("،", ",")) and len(between.split()) <= _ASIDE_WORDS \
        and not any(c in between for c in ':"«“') and _COMPLEMENT.search(fold_text(between)) is None


class QuoteExtractor:
    """Finds the quotations of a sentence; built once from the lexicon, then read-only."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        self._verbs = SpeechVerbs(lexicon)
        self._describing = self._verbs.describing
        self._participles = self._verbs.participles
        # verbal nouns, which take an owner's pronoun (رفضه، إدانتها) where a name does not
        self._verbal_nouns = frozenset(fold_text(n) for v in (*lexicon.verbs.values(), *lexicon.reporting.values())
                                       for n in v.nouns)
        # the present forms of reporting verbs (يقول، تتوقع; not the past توقعت, which opens with ت too)
        self._presents = frozenset(fold_text(f) for r in lexicon.reporting.values() if r.present
                                   for f in present_forms(r.present.split()[0]))
        self._genders = verb_genders(lexicon)

    def _gender(self, verb: str) -> str | None:
        """The gender a reporting verb as written, with its و or ف, gives its speaker (وقالت → "f")."""
        folded = fold_text(verb)
        return self._genders.get(folded) or (self._genders.get(folded[1:]) if folded[:1] in ("و", "ف") else None)

    def sentence(self, ctx: SentenceContext, coref: Coreference, events: list[Event]) -> SentenceQuotes:
        """The quotations of one sentence (a headline's too), and the first speaker it names, who may
        have said nothing quotable yet (كشف اللواء عبده الحذيفي عن …، then وقال in the next sentence)."""
        quotes = [q for q in [self._headline(ctx, events)] if q] if ctx.is_title else []
        learn_bodies(ctx, coref, self._lex.agents)
        verbs = self._speech_verbs(ctx)
        # the sentence's named actor: a reporting verb's subject, else the named source of a verb
        # before any reported content (who acts inside what is said is not who says it)
        said_from = verbs[0].end if verbs else ctx.end
        main = next((e.source for e in events if e.source and e.source.text and e.rule.startswith("verb:")
                     and e.trigger.start < said_from), None)
        named_speaker = False
        # what the speaker did next ends what was said (، مشيداً بهذه الخطوة): an event's participle
        acts = [word_start(ctx.text, e.trigger.start) for e in events
                if e.rule.startswith("participle:") and _MANNER_ENDING.search(fold_text(e.trigger.text).split()[0])]
        acts = [a for a in acts if _clause_closed(ctx, a) and not _inside_quotation(ctx, a)]
        # after a past verb, a present one joined with و that opens nothing goes on what is reported (أكدت
        # أن استمرارها يعكس …، ويكشف …); after a present one it is the speaker's next act (تصف …، وتدعو)
        ends = [v for v in verbs if not self._continues_content(ctx, v) and not self._relative_inside(ctx, v)]
        # وقالت لوكس، التي وصفت نفسها بأنها …، إن: a relative clause on the speaker ends at the comma before
        # the complementiser, and what was said follows it
        pairs = [(main, aside) for main, aside in itertools.pairwise(verbs) if _aside_on_speaker(ctx, main, aside)]
        asides = {aside.start for _, aside in pairs}
        aside_of = {main.start: aside for main, aside in pairs}
        according = self._according_to(ctx, coref, verbs)
        if according is not None:
            quotes.append(according)
        for i, verb in enumerate(verbs):
            aside = aside_of.get(verb.start)
            following = [v for v in verbs[i + 1 :] if v is not aside]
            limit = word_start(ctx.text, following[0].start) if following else ctx.end
            if fold_text(verb.text) not in self._presents:
                limit = next((word_start(ctx.text, v.start) for v in ends if v.start > verb.end and v in following), ctx.end)
            limit = min([limit, *(a for a in acts if a > verb.end)])
            if verb.start in asides:
                resumed = _RESUMED.search(ctx.text, verb.end, limit)
                limit = resumed.start() if resumed else limit
            # (a participle's doer is its clause's: who follows it is its object — داعياً الطلاب إلى الهدوء)
            subject = None if fold_text(verb.text) in self._participles or _relayed_from_pronoun(verb) \
                or _after_but_he(ctx, verb) else self._subject_after(ctx, verb)
            called = subject is not None and _called_on(verb, ctx.text[subject.start : subject.end + 8].split())
            if subject is not None and (self._described(ctx, verb, subject) or called or self._addressed(ctx, verb)):
                subject = None  # ووصفت الجامعات بأنها، ودعت المجتمع الدولي إلى أن: described or called on, not speaking
            quote = self._quote(ctx, verb, subject, limit, coref, main, quotes)
            if quote is not None and aside is not None:
                quote = _past_aside(ctx, quote, aside)
            if quote is not None and verb.start in asides and any(q.end == quote.end for q in quotes):
                quote = None  # what the aside's verb would quote is the main verb's
            if quote is not None and according is not None and verb.start > according.start \
                    and fold_text(verb.text) in self._participles:
                quote = replace(quote, speaker=according.speaker and according.speaker.as_implicit())
                # وبحسب دفوري، فإنّ الاحتلال يحتاج …، مؤكّداً: the source goes on
            sacred = quote is not None and quote.speaker is not None and scripture_speaker(quote.speaker)
            if sacred:
                quote = replace(quote, speaker=sacred)  # قال صلى الله عليه وسلم: the Prophet, who speaks on no further
            elif quote is not None and quote.speaker is not None:
                quote = replace(quote, speaker=_named_body(coref, quote.speaker))  # وقالت الصحيفة: the one named
                quote = replace(quote, speaker=_statement_issuer(ctx, coref, quote.speaker))  # وأضاف البيان
            if quote is not None:
                quotes.append(quote)
            named = subject.ref if subject else (quote.speaker if quote and quote.speaker and quote.speaker.text
                                                 else self._unquoted_speaker(ctx, verb, limit))
            if named is not None and not named_speaker and not sacred:
                # كما أشار رئيس المكتب … وقال:، وأضاف كاوتيرسيو قائلا: the first named speaker speaks on
                main, named_speaker = named, True
        attributed = self._attributed_saying(ctx)
        if attributed is not None and not any(q.start <= attributed.start < q.end for q in quotes):
            quotes.append(attributed)
            quotes.sort(key=lambda q: q.start)
        for q in quotes:
            if q.speaker is not None:
                coref.heard(q.speaker, self._gender(q.verb))
        # a speaker with nothing quoted yet carries on only when known or coded (… الحذيفي وزير الداخلية), or
        # named with an honorific (شدد عضو اللجنة … الدكتور خالد الدقل على أهمية …، — وأفاد أن)
        carried = main if named_speaker and main is not None and (main.id or main.code or _honored_name(main.name)) \
            else None
        return SentenceQuotes(quotes, carried)

    def _continues_content(self, ctx: SentenceContext, verb: Match) -> bool:
        """Whether a present verb joined with و opens no content of its own (، ويكشف بكل وضوح
        استراتيجيتها): the reported clause goes on, no new one by the narrator."""
        return verb.prefix == "و" and fold_text(verb.text) in self._presents \
            and self._content(ctx, verb, ctx.end, None) is None

    def _addressed(self, ctx: SentenceContext, verb: Match) -> bool:
        """Whether a present verb follows the actor its sentence opens with (كوريا الشمالية تحذّر الأمم
        المتحدة من أن): that actor speaks, and the one after the verb is whom it addresses."""
        if verb.prefix or fold_text(verb.text) not in self._presents:
            return False
        before = self._subject_before(ctx, verb)
        return before is not None and _opens_with(ctx, before) \
            and not ctx.text[before.end : word_start(ctx.text, verb.start)].strip()

    def _according_to(self, ctx: SentenceContext, coref: Coreference, verbs: list[Match]) -> Quote | None:
        """What a sentence opening with its source says after فإنّ (وبحسب المجلة، فإن …), up to a
        participle of its source's (، مؤكّداً); none when a verb inside reports someone else's speech."""
        found = fronted_attribution(ctx)
        if found is None:
            return None
        start = found.content_start
        inside = [v for v in verbs if v.start >= start]
        if any(fold_text(v.text) not in self._participles for v in inside):
            return None  # فإن الوزير أكد أن: the minister speaks, the source only relays
        limit = word_start(ctx.text, inside[0].start) if inside else ctx.end
        end = self._clause_end(ctx, start, _trimmed_end(ctx.text, start, limit), limit)
        speaker = self._attribution_source(ctx, coref, found)
        if end - start < 2 or speaker is None:
            return None
        written = ctx.text[found.word_start : found.word_end]
        speaker = _statement_issuer(ctx, coref, _named_body(coref, speaker))  # بحسب بيان للرئاسة: learnt as its owner
        return Quote(speaker=speaker, verb=written, text=ctx.text[start:end], start=start, end=end, kind="indirect")

    def _attribution_source(self, ctx: SentenceContext, coref: Coreference, found: Attribution) -> ActorRef | None:
        """Who an attribution names: the actor it opens with (ووفقاً للرئيس الروسي), the subject of its
        clause of saying (حسبما ذكرت صحيفة "عكاظ"), the one the text is about (ووفقاً له، بحسب قوله، بحسب ما قال),
        else its words (وحسب مصادر إسرائيلية، بحسب بيانٍ للرئاسة التركية)."""
        if found.by_pronoun:  # ووفقاً له، بحسب قوله، من وجهة نظرها
            return coref.implicit_speaker(found.gender)
        start, end = found.source_start, found.source_end
        relay = list(_ATTRIBUTED_TO.finditer(ctx.text, start, end)) if found.relayed_by else []
        start = relay[-1].end() if relay else start  # بحسب ما نقلت الوكالة عن مصدر: the first source
        if start >= end:  # بحسب ما قال، حسبما أفادت: the one the text is about
            return coref.implicit_speaker(self._gender(found.relayed_by)) if found.relayed_by else None
        words = ctx.text[start:end].split()
        first = next((m for m in ctx.mentions if start <= m.start < end), None)
        if first is not None and not ctx.text[start : first.start - len(first.prefix)].strip() \
                and not ctx.text[first.end : end].strip() and speaks(first):
            return first.ref  # ووفقاً للرئيس الروسي؛ وبحسب وزير الخارجية الإيراني محمد جواد ظريف
        if fold_text(ctx.text[start:end]) in _THE_STATEMENT:  # ووفق البيان: whose statement the text quoted
            return _unknown_ref(ctx.text[start:end])  # (resolved by the caller, as every statement is)
        name = source_name(words, found.to) if len(words) <= data.MAX_SPEAKER_WORDS else None
        if name is None:
            return None
        return ActorRef(ctx.text[start:end], name, None, None, first.ref.code if first else None)

    def _relative_inside(self, ctx: SentenceContext, verb: Match) -> bool:
        """Whether a verb right after a relative pronoun opens no content of its own (أن اليمين مارس
        ضغوطاً لإصدار قرار الحظر، والذي رأى فيه اليسار تعدياً): it describes a noun of what is reported,
        which goes on past it."""
        before = words_before(ctx, word_start(ctx.text, verb.start), 1)
        return bool(before) and before[0].removeprefix("و") in RELATIVES \
            and self._content(ctx, verb, ctx.end, None) is None

    def _unquoted_speaker(self, ctx: SentenceContext, verb: Match, limit: int) -> ActorRef | None:
        """Who a reporting verb that quoted nothing names: an actor or a titled person right before it
        (وزير الصناعة التركي مصطفى ورانك يعلن خسائر القطاع، ويؤكد — not the losses after it), else the
        words after it."""
        before = self._subject_before(ctx, verb)
        if before is not None:
            return self._holder_before(ctx, before) or before.ref
        if fold_text(verb.text) in self._participles:
            return None  # a participle speaks for its clause: what follows it is said, no name
        opening = self._unknown_opening_speaker(ctx, verb)
        if opening is not None and names_a_title(fold_text(opening.name.split()[0])):
            return opening  # a title the knowledge base does not list, and its holder
        after = self._unknown_speaker(ctx, verb, limit)
        told = after is not None and fold_text(after.name).startswith("ل")  # يؤكّد لنظيره الفرنسي: whom it was said to
        named = opening is not None and len(opening.name.split()) <= data.TITLED_NAME_WORDS \
            and opening.name[:1] not in ("و", "ف") and reads_as_name(opening.name)
        return opening if told and named else after  # مسعود بزشكيان، يؤكّد لنظيره: the speaker stood before

    def _attributed_saying(self, ctx: SentenceContext) -> Quote | None:
        """"ونقلت الصحيفة عن اللاعب السابق، لوتار ماتيوس، قوله: …": a saying attributed with عن … قوله."""
        m = _SAYING.search(ctx.text, ctx.start, ctx.end)
        if m is not None and _ACCORDING_TO.search(ctx.text, ctx.start, m.start()):
            return None  # وأن ذلك بحسب قوله، على حد قوله: "as he put it", a saying of the speaker named before
        speaker = self._attributed_speaker(ctx, m.start()) if m is not None else None
        if m is None or speaker is None:
            return None
        start = m.end()
        # (not past a complementiser: قولهم إنّ الدفاعات الجوية "لم تكن …" — what was said starts after إنّ)
        timed = None if m.group(2) else _TIME_BEFORE_MARK.match(ctx.text, start, ctx.end)
        aside = timed or _ASIDE_BEFORE_COLON.match(ctx.text, start, ctx.end)
        if aside:  # قوله الأربعاء "إن …"؛ قوله في مؤتمر صحفي عقده بعد الاجتماع: "…"
            start = aside.end()
        marked = ctx.text[start : start + 1] in data.QUOTE_MARKS
        kind = "direct" if ":" in m.group() or marked else "indirect"
        if marked:
            start += 1
        end = _trimmed_end(ctx.text, start, _closing_mark(ctx, start, ctx.end) if marked else ctx.end)
        if end - start < 2:
            return None
        return Quote(speaker=speaker, verb=m.group(1), text=ctx.text[start:end], start=start, end=end, kind=kind)

    @staticmethod
    def _attributed_speaker(ctx: SentenceContext, saying: int) -> ActorRef | None:
        """Who "عن X قوله" names: an actor right after عن, a name before a title (عن عبد الرحيم موسوي قائد
        الجيش → عبد الرحيم موسوي), or the last of the appositions (عن اللاعب السابق، لوتار ماتيوس)."""
        aside = _ANONYMOUS_ASIDE.search(ctx.text, ctx.start, saying)
        saying = aside.start() if aside else saying
        to = list(_ATTRIBUTED_TO.finditer(ctx.text, ctx.start, saying))
        if not to:
            return None
        about = to[-1].end()
        named = [x for x in ctx.mentions if about <= x.start and x.end <= saying and x.label not in ("LOC", "MISC")]
        lead = ctx.text[about : named[0].start].split() if named else []
        if named and not lead:
            return named[0].ref
        if named and lead and all(fold_text(w) in _QUANTITIES for w in lead):  # عن أحد ضباط الاحتياط قوله
            return _unknown_ref(ctx.text[about : named[0].end].strip(), named[0].ref.code)
        if named and len(lead) <= data.MAX_SPEAKER_WORDS and not any(c in "،,«»\"“”" for c in " ".join(lead)):
            while lead and fold_text(lead[-1]) in _TITLE_WORDS:
                lead.pop()
            return _unknown_ref(" ".join(lead), named[0].ref.code) if lead else named[0].ref
        chunks = [c.strip() for c in re.split("[،,]", ctx.text[about:saying]) if c.strip(" «»\"“”")]
        # a name among a few short appositions, nothing quoted between (not what a quotation said before قوله)
        plain = len(chunks) <= 3 and all(len(c.split()) <= data.MAX_SPEAKER_WORDS for c in chunks) \
            and not any(c in "«»\"“”" for c in ctx.text[about:saying])
        names = [name for name in map(_apposed_name, chunks) if name] if plain else []
        if names:
            return _unknown_ref(names[-1])  # عن البروفيسور ديفيد جيرديس، عالم الفلك في جامعة ميتشيغان
        if not chunks or len(chunks[-1].split()) > data.MAX_SPEAKER_WORDS:
            return None
        return _unknown_ref(chunks[-1])

    def _speech_verbs(self, ctx: SentenceContext) -> list[Match]:
        """The reporting verbs that open a quotation: not inside quotation marks, and not a verb inside
        reported content that opens no clause of its own (قال إن دلائل علمية تشير إلى أن …)."""
        out: list[Match] = []
        for verb in ctx.reporting:
            if not self._verbs.reports(ctx, verb) or _inside_quotation(ctx, verb.start):
                continue
            if out and not self._verbs.opens_clause(ctx, verb) and self._content(ctx, out[-1], ctx.end, None) is not None:
                continue
            if out and self._describes_subject(ctx, out[-1], verb):
                continue  # واعتبرت مارين لوبان التي تشير الاستطلاعات إلى …، أنه: inside who speaks
            out.append(verb)
        return out

    def _describes_subject(self, ctx: SentenceContext, earlier: Match, verb: Match) -> bool:
        """Whether a verb after a relative pronoun stands before the earlier verb's content, far from it
        past a comma: it describes that verb's subject, opening no quotation of its own (واعتبرت مارين
        لوبان التي تشير استطلاعات الرأي الأخيرة إلى تراجع شعبيتها …، أنه; not الذي أفاد بأن)."""
        before = words_before(ctx, word_start(ctx.text, verb.start), 1)
        if not before or before[0] not in RELATIVES:
            return False
        content = self._content(ctx, earlier, ctx.end, None)
        if content is None or content[0] <= verb.end:
            return False
        between = ctx.text[verb.end : content[0]]
        return len(between.split()) > data.CLAUSE_SUBJECT_WORDS + 2 and ("،" in between or "," in between)

    def _quote(self, ctx: SentenceContext, verb: Match, subject: Mention | None, limit: int,
               coref: Coreference, main: ActorRef | None, earlier: list[Quote]) -> Quote | None:
        pointed = subject is None and _pointed_subject(ctx, verb)
        content = None if pointed else self._content(ctx, verb, limit, subject)
        if content is None:
            return None
        start, kind = content
        opened = start if kind == "direct" and ctx.text[start - 1 : start] in data.QUOTE_MARKS else None
        while start < limit and ctx.text[start] in ": ":
            start += 1  # لكنها أضافت أن :"الفيسبوك …": the colon after the complementiser is no word said
        end = _trimmed_end(ctx.text, start, limit)
        if end - start < 2:
            return None
        if opened is not None:  # (a space inside the marks is no word said: قال: " نحن لا نحمي … أيضاً ")
            end = _closing_mark(ctx, opened, end)
            end = start + len(ctx.text[start:end].rstrip())
        elif kind == "direct" and ctx.text[start : start + 1] == "(" and 0 < ctx.text.find(")", start, end) - start:
            start, end = start + 1, ctx.text.find(")", start, end)  # قال تعالى: (…) — a verse, then the speaker's own words
        else:
            end = self._clause_end(ctx, start, end, limit)
            if fold_text(verb.text).removeprefix("و") in self._presents:  # (not توقعت, a past in ت)
                end = _next_headline_clause(ctx, verb, start, end)
        speaker = None if _voweled_passive(verb) or _written_on(ctx, verb) else (
            _described_speaker(ctx, verb) or self._named_speaker(ctx, verb, subject, start)
            or self._speaker(ctx, verb, coref, main, earlier))
        if speaker is not None and fold_text(speaker.text) in _NO_ONE and _negated_verb(ctx, verb):
            return None  # ولم يتوقع أحد أن: no one said it
        written = ctx.text[word_start(ctx.text, verb.start) : verb.end]
        return Quote(speaker=speaker, verb=written, text=ctx.text[start:end], start=start, end=end, kind=kind)

    def _content(self, ctx: SentenceContext, verb: Match, limit: int, subject: Mention | None) -> tuple[int, str] | None:
        """Where the reported content starts, and whether it is direct speech."""
        after = ctx.text[verb.end : limit]
        stripped = after.lstrip()
        lead = verb.end + len(after) - len(stripped)
        if stripped[:1] == ":":
            rest = stripped[1:]
            return self._after_colon(ctx, lead + 1 + len(rest) - len(rest.lstrip()), limit), "direct"
        participle = fold_text(verb.text) in self._participles  # قائلا "أطرد الإيرانيين"، …: no name after it
        verse = _VERSE.match(after)
        if verse is not None:  # كما قال تعالى (شهد الله أنه …): the verse in its brackets
            return verb.end + verse.end() - 1, "direct"
        if stripped[:1] and stripped[0] in _OPENING and _as_one_says(ctx, verb, stripped) \
                and not self._quoted_name(stripped):
            return None  # كانت كما يقول "غريمي" أشبه بحركات راقص: who says it, in an aside; nothing quoted
            # (كما ذكرت "القناة السابعة" أن: "also", and what it reported follows)
        if stripped and stripped[0] in _OPENING and (participle or not self._quoted_name(stripped)):
            return lead + 1, "direct"
        if stripped[:1] and stripped[0] in "،," and not _PARENTHETICAL.match(stripped):
            rest = stripped[1:]
            start = lead + 1 + len(rest) - len(rest.lstrip())
            folded_rest = fold(ctx.text[start:limit])
            that = _COMPLEMENT.match(folded_rest.text)  # وأشار، إلى أن توقف …: the complementiser after the comma
            if not that and fold_text(verb.text).endswith(("ها", "هم", "هما")):
                return None  # لا يمكنه كشفها، ليندفع: a thing revealed, its clause closed — nothing said (not أجابها، بأنهم)
            if that:
                start += folded_rest.end_of(that.end())
                start += len(ctx.text[start:limit]) - len(ctx.text[start:limit].lstrip())
            return start, "indirect"
        folded = fold(after)
        # the window opens after the speaker: a long title and name (نائب رئيس منظمة …، جان فرانسوا كورتي،)
        named = len(ctx.text[subject.start : subject.end].split()) if subject and subject.start >= verb.end else 0
        ends = [w.end() for w in _WORD.finditer(folded.text)][: data.CONTENT_WINDOW + named]
        window = ends[-1] if ends else 0  # where the window's last whole word ends
        but = _BUT.search(folded.text, 0, window)
        window = but.start() if but else window  # وتقر ولاية …، ولكن يتطلب الأمر أن: another clause's أن
        m = _complementiser(folded.text, window)
        while m is not None and (_letters_of_a_name(after, folded.span(m.start(), m.end()))
                                 or _after_pretext(folded.text, m.start()) or _in_brackets(folded.text, m.start())):
            m = _complementiser(folded.text, window, m.end())  # بي ان سبورتس، سي ان ان إن؛ بدعوى أنها
        if m is None and reporting_id(verb) not in self._describing:
            m = self._after_asides(ctx, verb, folded) or _after_described_speaker(folded.text, ends, window)
        colon = self._speaker_colon(after, m.start() if m else window)
        if colon is not None:  # وقال أيمن الصفدي: "…"، فقال يوسف بهدوء: …
            rest = after[colon + 1 :]
            return self._after_colon(ctx, verb.end + colon + 1 + len(rest) - len(rest.lstrip()), limit), "direct"
        mark = self._speaker_then_mark(after, m.start() if m else len(after), reporting_id(verb) == "say")
        if mark is not None:  # وقال مورينيو “نخوض …”
            return verb.end + mark + 1, "direct"
        after_comma = m is not None and folded.text[: m.start()].rstrip().endswith(("،", ","))
        plain_that = m is not None and fold_text(m.group()).strip() in THAT  # اعتبر سلمان المالك رئيس النصر أن
        # (what a describing verb with an object pronoun describes is that pronoun: the words before بأنه
        # are its subject — ووصفه أحد الأطباء الذين عملوا معه بأنه)
        described_pronoun = m is not None and fold_text(verb.text).endswith(OBJECT_SUFFIXES) \
            and len(folded.text[: m.start()].split()) <= data.MAX_SPEAKER_WORDS + 1 \
            and not any(c in folded.text[: m.start()] for c in "،,")
        if m and (reporting_id(verb) not in self._describing or len(folded.text[: m.start()].split()) <= 3
                  or after_comma or plain_that or described_pronoun):
            colon = folded.text.find(":", 0, m.start())
            colon = -1 if folded.text.count("(", 0, colon) > folded.text.count(")", 0, colon) else colon  # (… :…) a title's
            cut = folded.span(m.start(), m.end())[1]
            start = verb.end + cut + len(after[cut:]) - len(after[cut:].lstrip())
            return start, "direct" if colon >= 0 else "indirect"
        if reporting_id(verb) in self._describing:
            base = subject.end if subject else verb.end
            generic = _GENERIC_SPEAKER.match(ctx.text, verb.end, limit)
            if subject is None and generic and fold_text(verb.text).endswith(OBJECT_SUFFIXES):
                base = generic.end()  # اعتبره البعض بمثابة …، واعتبرها مراقبون خطوة: who described it
            described_by = _DESCRIBER_THEN_AS.match(ctx.text, verb.end, limit) if subject is None else None
            if described_by and not generic and fold_text(verb.text).endswith(OBJECT_SUFFIXES):
                return described_by.end(), "indirect"  # والتي وصفها أعضاء اللجنة بـ"الإيجابية": what they called it
            for m2 in ctx.mentions:  # ووصف قائد الشرطة …: a title's name runs on (قائد + الشرطة)
                # … and so does its holder's name (وصف رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاتفاق بـ),
                # unless بـ follows it: then the name is what is described (ووصف الرئيس الروسي بوتين بالفتوة)
                holder = m2.label == "PER" and not ctx.text[m2.end : limit].lstrip().startswith("ب")
                # … and so does one joined to it by و (ووصفت الولايات المتحدة والأمم المتحدة ما يجري بأنه)
                joined = m2.prefix.startswith("و") and not ctx.text[m2.end : limit].lstrip().startswith("ب")
                runs_on = subject is not None and (subject.ref.id in self._lex.agents or holder or joined)
                if runs_on and m2.start >= base and not ctx.text[base : m2.start - len(m2.prefix)].strip(" ،,"):
                    base = m2.end  # … and past a comma (وصف رئيس الوزراء الإسرائيلي، بنيامين نتانياهو اختراق)
            if subject is None:  # ووصفت وسائل إعلام إسرائيلية هذه المشاركة: an unlisted subject, then what it describes
                base = _before_described(ctx.text, base, limit)
            aside = _PARENTHETICAL.match(ctx.text, base, limit) or _DAY_ASIDE.match(ctx.text, base, limit)
            if aside:  # وصفت الوزارة، الثلاثاء، نتانياهو بـ؛ وصف نتانياهو الاثنين الاتفاق بـ
                base = aside.end(1)
            rest = ctx.text[base:limit]
            skipped = len(rest) - len(rest.lstrip(" ،,"))
            addressee = _ADDRESSEE.match(rest, skipped)  # يصف لـCNN ولاية بوتين: whom it was said to
            return base + (addressee.end() if addressee else skipped), "indirect"
        return None

    def _after_asides(self, ctx: SentenceContext, verb: Match, after: Folded) -> re.Match[str] | None:
        """A complementiser right after a comma past the content window, when only asides stand
        between (قال خلال زيارته مدينة أم درمان، في شهر آذار/مارس الماضي، برفقة …، إن): no other verb
        reporting speech, no quotation mark, no colon before it; not على أن (provided that)."""
        ends = [w.end() for w in _WORD.finditer(after.text)][: data.ASIDE_WINDOW]
        m = _complementiser(after.text, ends[-1]) if len(ends) > data.CONTENT_WINDOW else None
        if m is None or not after.text[: m.start()].rstrip().endswith(("،", ",")) or m.group().split()[0] == "علي":
            return None  # ، على أن تقدم: "provided that", no content after an aside
        stop = verb.end + after.span(0, m.start())[1]
        speech = (r for r in ctx.reporting if verb.end < r.start < stop and self._verbs.reports(ctx, r))
        if any(c in after.text[: m.start()] for c in ':«»"“”') or next(speech, None) is not None:
            return None
        return m

    @staticmethod
    def _clause_end(ctx: SentenceContext, start: int, end: int, limit: int) -> int:
        """Where reported content ends before a new clause after a comma: an attribution (، وفقاً
        لبيانات …), where it was said (، وذلك في مؤتمر صحفي), a verb and the person who did it (، رفض
        ماكرون التعليق) or, when a reporting verb follows, that verb's own subject (، لكن 22% فقط يعتقدون)."""
        opened = ctx.text[start : start + 1] in data.QUOTE_MARKS
        quoted_end = _closing_mark(ctx, start + 1, start) if opened else start  # أن «… (أمس)، وذلك بعد …»
        for m in re.finditer(r"[،,]", ctx.text[start:end]):
            if start + m.start() < quoted_end:
                continue  # a comma inside the marks the content opens with is the speaker's own
            after = fold_text(ctx.text[start + m.end() : end]).split()[:2]
            narrator = after[:1] == ["هذا"] and after[1:2] in (["فيما"], ["وقد"], ["بينما"])  # ، هذا فيما نفذ الطيران
            narrator = narrator or after == ["في", "اشاره"]  # ، في إشارة إلى الهجوم: what the speaker meant
            # ، الجدير بالذكر أن / والجدير ذكره أن: the narrator's note
            narrator = narrator or (bool(after) and after[0].removeprefix("و") in WORTHY)
            if after and after[0] in ATTRIBUTIONS or (after[:1] == ["وذلك"] and after[1:] and after[1] in _SETTINGS) \
                    or narrator or _narrated_clause(ctx, start + m.end()):
                return start + m.start()  # … ، وذلك في فيديو نشره: where it was said, the narrator's words
        if opened:  # بأنها "نفذت بشكل رائع"، وشكر فرنسا
            close = _closing_mark(ctx, start + 1, end)
            joined = _JOINED_CLAUSE.match(ctx.text, close + 1, end)
            if close < end and joined and fold_text(ctx.text[joined.end() : end]).startswith(_NARRATORS_MANNER):
                return close + 1  # أن "الأمور سوف تبدأ …"، دون أن يفسر تصريحاته: how the narrator saw it said
            if close < end and joined and any(word_start(ctx.text, t.start) == joined.end() and t.prefix[:1] == "و"
                                              for t in ctx.triggers):
                return close + 1  # the marks held what was said; the joined verb is the speaker's next act
            following = fold_text(ctx.text[joined.end() : end]).split()[:1] if close < end and joined else []
            if following and _PARTICIPLE.fullmatch(following[0]):
                return close + 1  # إن "لا تعليق …"، مكرراً الموقف: what the speaker did as he said it
            if close < end and ctx.text[close + 1 : close + 2] == ".":
                return close + 1  # "… إسرائيل".وكان الجيش: a sentence run on without a space
        if limit < ctx.end:
            comma = max(ctx.text.rfind("،", start, limit), ctx.text.rfind(",", start, limit))
            tail = fold_text(ctx.text[comma + 1 : limit]).split()
            goes_on = " ".join(tail) in _BUT_HE  # ، ولكنه أضاف: the speaker's next saying, though it opens with و
            if comma > start and tail and (goes_on or not tail[0].startswith("و")) and not _inside_quotation(ctx, comma):
                return _trimmed_end(ctx.text, start, min(comma, end))
        return end

    @staticmethod
    def _after_colon(ctx: SentenceContext, start: int, limit: int) -> int:
        """Where direct speech after a colon starts: inside its quotation mark, past a complementiser
        (قال: إن الشرطة بدأت → الشرطة بدأت)."""
        if ctx.text[start : start + 1] in data.QUOTE_MARKS:
            return start + 1
        first = ctx.text[start:limit].split()[:1]
        if first and fold_text(first[0]) in COMPLEMENT_WORDS:
            rest = ctx.text[start + len(first[0]) : limit]
            return start + len(first[0]) + len(rest) - len(rest.lstrip())
        return start

    @staticmethod
    def _speaker_then_mark(after: str, before: int, say: bool = False) -> int | None:
        """Where a quotation mark opens after "verb + speaker", and where and how it was said (وقال
        مورينيو “…”، وقال فان ديك، على موقع ناديه الرسمي، "أتطلع …"), before ``before``; a short
        quoted name on the way is part of the speaker's description (لحركة "حماس"), and so is one after
        عن or من past the speaker of قال (``say``: وقال محامون عن "المنتدى الأوغندي للتغيير الديمقراطي")."""
        words, pos = 0, 0
        while True:
            m = _WORD.search(after, pos, before)
            if m is None:
                return None
            if m.group()[0] in _OPENING:
                close = after.find(data.QUOTE_MARKS[m.group()[0]], m.start() + 1)
                quoted = len(after[m.start() + 1 : close].split())
                # a name in the speaker's description: short, or with what was said opening after it
                # (كبير الاقتصاديين في مصرف "إتش إس بي سي"، إلى أن)
                named = quoted <= data.QUOTED_NAME_WORDS or (quoted <= 2 * data.QUOTED_NAME_WORDS
                                                             and _CONTENT_AFTER.match(after, close + 1)) \
                    or QuoteExtractor._quoted_name(after[m.start() :]) \
                    or _governed_mark(after, m.start()) \
                    or (say and words >= 2 and fold_text(after[: m.start()].split()[-1]) in _OF_A_BODY)
                # ("عبد الله سالم القرني"، أحد …:؛ في "غرفة العمليات …"؛ محامون عن "المنتدى …")
                if close < 0 or not named:
                    return m.start()
                pos = close + 1  # a quoted name in the speaker's description (رئيس المكتب السياسي لحركة "حماس")
            elif fold_text(m.group()) in _PRETEXTS:
                return None  # أعلن الأزهر رفضه …، بدعوى أنها "تحرض": the pretext's words, not the speaker's
            else:
                pos = m.end()
            words += 1
            if words > data.CONTENT_WINDOW or after[pos - 1] in ".:":
                return None

    @staticmethod
    def _speaker_colon(after: str, before: int) -> int | None:
        """Where a colon ends "verb + speaker:" (a few words, no clause break), if it comes before ``before``."""
        colon = after.find(":", 0, before)
        if colon < 0:
            return None
        head = after[:colon]
        # a quoted name may stand in the speaker's description (صحيفة «ذا لانسيت» البريطانية:)
        balanced = head.count("«") == head.count("»") and head.count("“") == head.count("”") and head.count('"') % 2 == 0
        # … and a colon inside brackets is part of a title (في نشرة (الحساسية وعلوم المناعة:الممارسة) إن)
        balanced = balanced and head.count("(") <= head.count(")")
        words = _QUOTED.sub(" name ", head).split()
        # a relative clause may describe the speaker at length (روزي كاكوشي التي نجت من المعتقل وتقيم في …:), and
        # so may words set off by a comma (براندي نونكي، من مركز بيركيلي لأبحاث تكنولوجيا المعلومات … كاليفورنيا :)
        described = any(fold_text(w) in RELATIVES for w in words) or "،" in head or "," in head
        most = data.CONTENT_WINDOW + 4 if described else data.MAX_SPEAKER_WORDS + 4
        if "." in head or not balanced or len(words) > most:
            return None
        return colon

    @staticmethod
    def _quoted_name(text: str) -> bool:
        """Whether ``text`` opens with a short quoted name that the content follows ("اليونيسف" من أن)."""
        close = text.find(data.QUOTE_MARKS[text[0]], 1)
        if close < 0:
            return False
        rest = text[close + 1 :]
        if len(text[1:close].split()) > data.QUOTED_NAME_WORDS:
            # … or a longer name in apposition, its description closed by a colon (وقال "عبد الله سالم
            # القرني"، أحد أهالي مخطط البظاظة لـ"سبق": إنه)
            return len(text[1:close].split()) <= data.TITLED_NAME_WORDS + 1 and reads_as_name(text[1:close]) \
                and rest.lstrip()[:1] in ("،", ",") and ":" in rest[: data.APPOSITION_COLON_CHARS]
        after = fold_text(rest).split()
        if any(c in _OPENING for c in " ".join(rest.split()[: data.CONTENT_WINDOW])):
            return True  # وقال «صديق» للعائلة … «لا أستطيع …»: the name, then the quotation
        if _complementiser(" ".join(after[: data.QUOTED_NAME_WORDS + 2]), 10**6) is not None:
            return True  # وأشارت "مكدونالدز" إلى أنها، ردّت "إسرائيل" أمام القضاة بأنّ
        if len(text[1:close].split()) == 1 and after and after[0].startswith("ال") and rest[:1] == " ":
            return True  # أعلن "جيش" الاحتلال: a word in scare quotes, its noun phrase going on
        # … or a preposition (دعا "تجمّع الجامعيين الأحرار" إلى وقفة تضامنية)
        return bool(after) and (after[0] in COMPLEMENT_WORDS or after[0] in _AFTER_QUOTED_NAME or after[0][0] in "،,:")

    def _unknown_speaker(self, ctx: SentenceContext, verb: Match, content_start: int) -> ActorRef | None:
        """A speaker named right after the verb whom the knowledge base does not know (وقال كينيدي إن)."""
        if self._describes_object(ctx, verb, content_start):
            return None  # ووصفت الجامعات بأنها: what is described is no speaker
        head = ctx.text[ctx.start : word_start(ctx.text, verb.start)].rstrip()
        relative = re.search(r"(\S+)$", head)
        if not verb.prefix and relative and self._relative_subject(ctx, verb, relative.group(1)):
            at = relative.start() + ctx.start  # وزارة الزراعة الأميركية التي تفيد؛ هيئة المنافسة البريطانية، التي رأت مبدئيا
            antecedent = next((m for m in reversed(ctx.mentions) if m.end <= at and not ctx.text[m.end : at].strip(" ،,")), None)
            if antecedent is not None and antecedent.label != "MISC" and speaks(antecedent):
                return antecedent.ref.as_implicit()
            # (a country adjective ends a longer name: هيئة المنافسة البريطانية)
            if antecedent is None or antecedent.label == "MISC":
                return _body_before(ctx, at) or _titled_before(ctx, at)
            return None
        span = ctx.text[verb.end : content_start].lstrip()
        if span[:1] == ":":
            return None  # وأضاف :"إذا كان …": what follows the colon was said, no name
        apposed = _apposed_speaker(span)
        if apposed is not None:
            return apposed
        repeated = _REPEATEDLY.match(span)
        span = span[repeated.end() :] if repeated else span
        each = _EACH_OF.match(span)  # وأضاف كل من هاريس وزهو: the two named after it
        span = span[each.end() :] if each else span
        if span and span[0] in _OPENING:  # وحذّرت "اليونيسف" من أن (a name); وقال "يمكن …" (the quotation)
            if not self._quoted_name(span) or reporting_id(verb) == "tell":
                return None  # … but أبلغ "الكابينت" أن: whom he told, the speaker named before
            name = span[1 : span.find(data.QUOTE_MARKS[span[0]], 1)].strip()
            return _unknown_ref(name)
        if reporting_id(verb) == "deny" and fold_text(span.split()[0] if span.split() else "") in _DENIED:
            return None  # ومن ناحية ثانية، نفى وجود أي مخطط: what is denied, the speaker named before
        counted = self._counted_speaker(span)
        if counted is not None:
            return counted
        named = _named_after_description(span)
        if named is not None:
            return named
        if _called_on(verb, span.split()):
            return None  # ودعت المجتمع الدولي إلى أن: whom she called on, before إلى
        if _verbal_noun_object(span.split()[:2]):
            return None  # وأكد ارتفاع أعداد الأسرى: what he confirmed; he was named before
        words = self._name_words(span.split())
        if reporting_id(verb) in _PRAYING:  # ودعا الدكتور خالد المصلح الله أن: whom he prayed to (not الجار الله)
            words = next((words[:n] for n in range(1, len(words)) if fold_text(words[n]) == _ALLAH
                          and fold_text(words[n - 1]).startswith("ال")), words)
        if reporting_id(verb) in self._describing:  # ويصف العلماء هذه العادات بأنها: the described ends the name
            described = _before_described(ctx.text, verb.end, content_start)
            kept = words[: len(ctx.text[verb.end : described].split())] if described > verb.end else words
            # … not after a noun in construct, whose genitive the demonstrative opens (مؤلف هذا الكتاب)
            last = fold_text(kept[-1]) if kept else ""
            words = kept if last.startswith("ال") or last.endswith(("ون", "ين", *OBJECT_SUFFIXES)) else words
        if reporting_id(verb) == "tell":  # وأبلغ كونتي مؤتمرا صحفيا: whom he told ends his name
            words = list(itertools.takewhile(lambda w: fold_text(w) not in _TOLD, words))
        if len(words) > 1 and words[-1] == "ما" and _WHAT_FOLLOWS.search(span):
            words.pop()  # يقول أحد الدعاة ما نصه → أحد الدعاة (but جاك ما is a name)
        words = _without_complementiser(_name_before_title(words))
        if words and any(mark in words[0] for mark in data.ADVERB_TANWIN):
            return None  # أعربوا علناً عن أملهم: an adverb, no name (the speakers were named before)
        first = fold_text(words[0]).removeprefix("و") if words else ""
        if not words or (first in COMPLEMENT_WORDS and words[0] != "آن"):  # آن شوكيت: a name
            return None  # "… أنّ الرئيس أكد"، وأن يعروا: the speaker stands before the verb
        if _addressee(first):
            return None  # وأضاف لوكالة رويترز أن: whom he said it to; he was named before
        if (first in _NOT_A_NAME and first not in _DEMONSTRATIVES and words[0] != "علي") \
                or (not verb.prefix and reporting_id(verb) == "say"
                    and words_before(ctx, word_start(ctx.text, verb.start), 1) == [_WHO]):
            return None  # وهل نسوا أن، منذ البداية؛ ومنهم من قال أشنع: no name (هذه المصادر، علي غريب are)
        if len(words) == 1 and fold_text(words[0]) in _DEMONSTRATIVES:
            return None  # ويضيف هؤلاء أن: those named before (هؤلاء الأعضاء is a speaker)
        if len(words) == 1 and fold_text(words[0]) in THE_LATTER:  # بين ترامب وكيم جونغ أون، حيث قال الأخير
            latter = next((m for m in reversed(ctx.mentions) if m.end <= verb.start and m.label == "PER"), None)
            return latter.ref if latter is not None else _unknown_ref(words[0])
        # … or past a complement with لل (المنسق العام للحوار الوطني ضياء رشوان، أن), which _name_words cut
        clause = re.split(r"[،,]", span)[0].split()
        # (a lineage word does not count: الباحث المتخصص في شؤون السياحة خالد آل دغيم)
        clause = clause[: data.MAX_SPEAKER_WORDS + sum(fold_text(w) in LINEAGE for w in clause[: data.MAX_SPEAKER_WORDS])]
        # a title and its holder's name first (القاضية نيكولا ديفيز، بمحكمة بريستول الملكية: not what follows)
        holder = titled_name(words) or _holder(span, words) or titled_name(clause) or _honorific_name(span)
        if holder is not None and not _ends_on_demonym(ctx, holder, verb.end, content_start):
            return _unknown_ref(holder)
        apposed_holder = _holder_after_comma(ctx, verb, words, content_start)
        if apposed_holder is not None:
            return apposed_holder
        if words[-1:] and fold_text(words[-1]) == "عن":
            words = words[:-1]  # بيان صادر عن الممثلة …،إنها: the issuer's name not read, the statement speaks
        name = " ".join(words)
        at = ctx.text.find(name, verb.end)
        issuer = self._issuer(ctx, words, at) if at >= 0 else None
        if issuer is not None:  # بيان صادر عن وزارة الخارجية الروسية: the ministry speaks through it
            return replace(issuer, text=name)
        return _unknown_ref(name, self._title_code_after(ctx, at + len(name)))

    def _issuer(self, ctx: SentenceContext, words: list[str], at: int) -> ActorRef | None:
        """The actor a statement is issued by, named after صادر عن (بيان صادر عن الخارجية الروسية)."""
        folded = [fold_text(w) for w in words[:3]]
        if len(folded) < 3 or not _STATEMENT.match(folded[0] + " ") or folded[1] not in _ISSUED or folded[2] != "عن":
            return None
        start = at + len(" ".join(words[:3])) + 1
        return next((m.ref for m in ctx.mentions if m.start == start and speaks(m)), None)

    def _counted_speaker(self, span: str) -> ActorRef | None:
        """Speakers counted (كما حذّر 300 طبيب احتياط من أنّهم — not a year: كشفوا 2002 أن) or a share of
        them (وقال 43,6٪ من المشاركين إنهم، قال 19٪ منهم)."""
        share = _SHARE.match(span)
        if share:
            return _unknown_ref(share.group().strip())
        counted = _COUNT.match(span)
        if counted is None or is_year(counted.group().strip()):
            return None
        words = _without_complementiser(self._name_words(span[counted.end() :].split()))
        if not words or fold_text(words[0]) in _COUNTED_TIMES:
            return None
        return _unknown_ref(" ".join([counted.group().strip(), *words]))

    def _title_code_after(self, ctx: SentenceContext, name_end: int) -> str | None:
        """The code of a title the knowledge base knows right after a name (عبده الحذيفي وزير الداخلية
        اليمني → YEMGOV): the person holds it."""
        title = next((m for m in ctx.mentions if m.start >= name_end), None)
        if title is None or ctx.text[name_end : title.start].strip(" ،,"):
            return None
        if not unresolved_title(self._lex, title):
            return None  # a title: an agent, or one coded with its country (وزير الداخلية اليمني)
        return title.ref.code

    def _describes_object(self, ctx: SentenceContext, verb: Match, content_start: int) -> bool:
        """Whether a verb of description is followed by what it describes (ووصفت الجامعات بأنها), not
        by its subject (وصفها التقرير بأنها: the pronoun is the object, the report describes)."""
        lead = [w for w in (w.strip("«»\"“”") for w in fold_text(ctx.text[verb.end : content_start]).split()) if w]
        # عمرو أديب يصف محمد صلاح بـ "…": after a subject before the verb, what stands before بـ is described
        head = re.split(r"[،,:]", ctx.text[ctx.start : word_start(ctx.text, verb.start)])[-1]
        subject_first = not verb.prefix and bool(head.strip())
        described = bool(lead) and (lead[-1] in _DESCRIBED_AS or (lead[-1] in _AS and subject_first))
        if any(w in _DEMONSTRATIVES for w in lead[1:]):
            return False  # ووصفت وسائل إعلام إسرائيلية هذه المشاركة بأنها: the subject, then what it describes
        return described and reporting_id(verb) in self._describing \
            and not fold_text(verb.text).endswith(OBJECT_SUFFIXES)

    def _name_words(self, tokens: list[str]) -> list[str]:
        """The words of a name at the start of ``tokens``, up to what ends it (a stop word, a number, a
        participle, a quotation mark, whom it was said to, a comma); none when the words refer back."""
        words: list[str] = []
        n = -1
        while n + 1 < len(tokens):
            n += 1
            word = tokens[n]
            folded = fold_text(word.strip("«»\"“”،,"))
            if word[:1] in _OPENING or (word == "لـ" and tokens[n + 1 : n + 2] and tokens[n + 1][:1] in _OPENING):
                last = _past_quoted(tokens, n, words)
                if last is None:
                    break  # وقال مورينيو “نخوض …: the quotation opens; موقع "…" المقرب من: a description
                n = last
                continue
            told = _told(word, folded, words)
            if told == "after":
                break  # وقال لاسمر لموقع غلوبو، وأبلغ عبد الحفيظ موقع الأهلي: whom it was said to
            if told == "before":
                if folded in _TO_MEDIA:  # كما قالت لوكالة الأنباء الألمانية (د.ب.أ) إنه: the outlet's name too
                    while n + 1 < len(tokens) and _names_outlet(tokens[n + 1]):
                        n += 1
                    n += _unmarked_outlet(tokens[n + 1 :])  # وأضاف لموقع سيتي على الإنترنت: its name, then where
                while n + 1 < len(tokens) and fold_text(tokens[n + 1].strip("،,")) in _OUTLET_TAILS:
                    n += 1  # يكشف للميادين نت أن: the website's name goes on
                at = 2 if word.startswith("لـ") else 1
                opened = word[at : at + 1]
                if opened and opened in _OPENING and data.QUOTE_MARKS[opened] not in word[at + 1 :]:
                    close = data.QUOTE_MARKS[opened]  # وأضاف لـ"أسوشيتد برس"، أن: the outlet's quoted name
                    j = n + 1
                    while j < len(tokens) and close not in tokens[j]:
                        j += 1
                    n = min(j, len(tokens) - 1)
                continue  # أوضح لـ«عكاظ» المشرف العام: whom it was said to, before the speaker
            bare = word.strip("،,:«»\"“”()-–—/")
            if not words and word and not word.strip("-–—/"):
                continue  # وقال - محمد- أحد الباعة: a dash before a name is no word of it
            if not words and fold_text(bare) in _ONE_OF_THEM:
                return [bare]  # وقال أحدهم: one of those just named speaks
            # كما أكد للرئيس الأمريكي إيزنهاور: a person it was said to ("back": the speaker named earlier)
            lead = told or (_before_name(fold_text(bare)) if not words else None)
            if lead == "skip":
                continue  # ويقول عنه المدرسون، وأكد سمو …، أعلنت أمس شركة …: the name comes after
            if lead == "back":
                return []  # وكشفت ظنها أن، وتساءل هو الآخر، ولفت انتباه الحضور: the speaker named earlier
            if words and _OBJECT_NOUN.search(fold_text(bare)):
                return []  # أكد مواصلة تركيا نهضتها: a verbal noun and its object, no speaker
            if words and fold_text(words[-1]).startswith("ال") and _VERBAL_NOUN.fullmatch(fold_text(bare)):
                break  # أعلن الهلال الأحمر الفلسطيني استهداف الاحتلال مقره: what was announced, after the name
            if words and fold_text(bare).removeprefix("و") in RELATIVES and fold_text(bare).startswith("و"):
                break  # وتابع وكيل رقيب خلوفة سعيد الأحمري والذي يعد الأقرب: a relative clause on him
            if fold_text(bare).startswith("ال") and fold_text(bare)[2:] in _BROKEN_PLURALS \
                    and any(fold_text(w) in LINEAGE for w in words[:-1]):
                break  # دعا العميد سعيد بن محمد القحطاني الأشقاء: whom he called on, after his full name
            if self._ends_name(word, bare, words) or (words and _after_the_subject(words[-1], fold_text(bare),
                                                                                   tokens[n + 1 : n + 2])) \
                    or (words and self._owned_verbal_noun(words[-1], fold_text(bare))):
                break
            glued = bare.find(_THIS_OUTLET, 2) - 1  # its ل or the article's ا before it
            if glued > 0:  # وقال فضل اللهللميادينإنّه: whom it was said to, glued to the name (مراسلالميادين: its own)
                words.append(bare[:glued])
                break
            words.append(bare)
            # … علي بن خميس البيضاني: a name goes on past its lineage word, whatever the count
            lineage = sum(fold_text(w) in LINEAGE for w in words[-3:])
            if word.endswith(("،", ",", ":")) or len(words) >= data.MAX_SPEAKER_WORDS + 2 * lineage:
                break
        return words

    def _owned_verbal_noun(self, previous: str, word: str) -> bool:
        """Whether a folded word after a definite subject is a verbal noun with its owner's pronoun (أعلن
        الأزهر رفضه التام، جدد المجلس إدانته): what the subject announced, no word of its name."""
        if not fold_text(previous).startswith("ال") or not word.endswith("ه"):
            return False
        stem = word[:-2] + "ه" if word.endswith("ته") else word[:-1]  # إدانته → إدانة (folded ادانه)
        return stem in self._verbal_nouns

    def _ends_name(self, word: str, bare: str, words: list[str]) -> bool:
        """Whether a word ends the name in ``words``: a dash opening a title in apposition (د. طريف
        الأعمى -وكيل وزارة الصحة), a stop word (not من after a quantity, not علي the name), an
        attribution (وفقاً), a saying (قوله، القول), a number or a participle."""
        if words and word[:1] in _DASHES + "(":
            return True  # … or a parenthesis opening an aside (عبد الملك بن مروان (مات سنة 86))
        folded = fold_text(bare)
        partitive = folded == "من" and bool(words) and fold_text(words[-1]) in _QUANTITIES
        # بيان صادر عن المقاومة: whose statement, part of its name
        partitive = partitive or (folded == "عن" and bool(words) and fold_text(words[-1]) in _ISSUED)
        # علي the name, not على; يقول كل منهما (each of them speaks), not نفى فؤاد كل ما نسب إليه
        stop = folded in _SPEAKER_STOPS and not partitive and bare != "علي" and (bool(words) or folded != "كل")
        attributed = folded in ATTRIBUTIONS  # وأضافت المصادر وفقاً لما أوردته صحيفة …
        said = folded in SAYING_WORDS  # ونقلت الإذاعة عن يعالون القول إن: what he said follows his name
        letterless = bool(words) and not any(c.isalpha() for c in bare)  # محمد الربيعي / 51 عاما /: a mark ends it
        stated = bool(words) and folded in _STATED  # وأكد بوغالي ضرورة "…": what he stressed, after his name
        return not bare or stop or attributed or said or letterless or stated or any(c.isdigit() for c in bare) \
            or folded in self._participles

    @staticmethod
    def _unknown_opening_speaker(ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """"برنامج الأغذية العالمي يحذّر:" — a sentence that opens with its speaker, then the verb."""
        if verb.prefix:
            return None
        head = ctx.text[ctx.start : word_start(ctx.text, verb.start)]
        named = _OPENING_BODY.fullmatch(head)  # صحيفة "هآرتس"، تؤكد؛ شبكة "ان بي سي نيوز" الأميركية كشفت
        if named is not None and body_noun(fold_text(named.group(2))):
            start, end = ctx.start + named.end(2), ctx.start + named.end(1)  # the quoted name, past the noun
            known = next((m for m in ctx.mentions if start <= m.start and m.end <= end and m.label in ("ORG", "PER")), None)
            return known.ref if known is not None else _unknown_ref(body_name(named.group(1)))
        head = _QUOTED_APPOSITION.sub("", head)  # موقع هيئة البث الإسرائيلية، "مكان"، يكشف: the name in marks
        # بعد الانقلاب في النيجر، صحيفة "لو فيغارو" الفرنسية تقول؛ عام / هيئة الإغاثة تصف (a section's label)
        label = head.rfind(" / ")
        # وثيقة اليوم: تقديرات متخصصة تفيد — a label before a colon that no reporting verb opens
        colon = head.rfind(":")
        if colon >= 0 and any(ctx.start <= r.start < ctx.start + colon for r in ctx.reporting):
            colon = -1
        # … زاد مقتل "سيسل" من الضغوط لكن بعض المدافعين عن الصيد قالوا: a new clause after لكن
        but = max((m.start() for m in _BUT.finditer(head)), default=-1)
        clause = max(head.rfind("،"), head.rfind(","), label + 2 if label >= 0 else -1, colon, but)
        head_start = ctx.start + clause + 1
        if _relative_disagrees(ctx, verb):
            return None  # "المهام النووية"، التي قال إنها: what he spoke of, the speaker named before
        holder = _relative_holder(ctx, verb)
        if holder is not None:
            return holder  # … للرئيس إردوغان الذي قال، مع تصريحات الخارجية القطرية التي أكدت
        if _opens_with_topic(ctx.text[ctx.start : word_start(ctx.text, verb.start)]):
            return None  # وعن غياب عدد من الأعضاء …، وعمر المهنا قال: the topic's words, no speaker
        if any(head_start <= r.start < verb.start and fold_text(r.prefix + r.text) not in _IMPERSONAL_WORDS
               for r in ctx.reporting if r is not verb):
            return None  # وأردف قائلا: the words before are a verb, not a name (يُذكر أن … is no one's)
        head = head[clause + 1 :]
        words = _head_words(head)
        if _hangs_on_clause(ctx, verb):
            return None
        if words and _verb_after_qad(head, words[0]) and not any(fold_text(w) in RELATIVES for w in words):
            # وكانت قد أبرزت إحدى الصحف الكتالونية معلومات تشير: the verb's subject, not its object
            subject = _subject_before_object(words[1:])
            return _unknown_ref(" ".join(subject)) if subject else None
        if not words:  # وكان مروان دماج، الأمين العام لنقابة الصحافيين، قد أكد: the name the sentence opens with
            return _subject_before_commas(ctx, verb)
        if words[0] in _THEN_THAT and len(words) > 1:
            words = words[1:]  # ورغم أن …، فإن مجموعة من الأدلة تشير: the clause's subject after فإن
        becoming = max((n for n, w in enumerate(words) if fold_text(w) in _BECOMING), default=None)
        if becoming is not None and 0 < len(words) - becoming - 1 <= data.MAX_SPEAKER_WORDS - 2:
            # في وقت باتت كل الشواهد تؤكد: the subject after the verb of becoming, whatever stands before it
            return _unknown_ref(" ".join(words[becoming + 1 :]))
        that = max((n for n, w in enumerate(words) if fold_text(w) in COMPLEMENT_WORDS), default=None)
        if that is not None and 0 < len(words) - that - 1 <= data.MAX_SPEAKER_WORDS - 2 \
                and fold_text(words[that + 1]).startswith(_SOURCE_NOUNS):
            return _unknown_ref(" ".join(words[that + 1 :]))  # يُذكَر أنّ مصدراً في حماس أكد: the source
        if that is not None and _definite_subject(words[that + 1 :]):
            return _unknown_ref(" ".join(words[that + 1 :]))  # ونقلت الوكالة أن القوى دعت: أن's subject
        if words and (fold_text(words[0]) in _BACK_REFERENCES or fold_text(words[0]).removeprefix("و") in _NOT_A_NAME
                      or that is not None):
            return None  # لكنها أكدت، في حين أنه يعتبرها: the subject named before
        if words in (["ما"], ["مما"]):
            return None  # …، ما يؤكد أن: "which confirms", no one named
        if len(words) == 1 and words[0].startswith("و") and not ctx.text[ctx.start : head_start].strip():
            return None  # ورفض وصف دوره: a verb opens the sentence, not a name
        if words and fold_text(words[0]).removeprefix("و") in RELATIVES:
            # الشركة "ريلاينس"، التي أعلنت → ريلاينس؛ الجمهوريين، الذين …، والذين حذروا → الجمهوريين
            return _antecedent(ctx, head_start)
        if words and fold_text(words[-1]) in RELATIVES:  # وفق عبد الرحمن الذي أشار → عبد الرحمن
            words = [w for w in words[:-1] if fold_text(w) not in ATTRIBUTIONS]
            if len(words) > data.TITLED_NAME_WORDS + sum(fold_text(w) in LINEAGE for w in words):
                return None  # أقمت حفلة صغيرة حضرتها محافظة المدينة التي قالت: a clause, not a name
        relative = next((n for n, w in enumerate(words) if fold_text(w) in RELATIVES), None)
        if relative is not None:  # أبو فيصل الذي بدا متذمراً من المهنة ذكر → أبو فيصل; في الوقت الذي: no name
            named = " ".join(words[:relative])
            ok = 0 < relative <= data.TITLED_NAME_WORDS and reads_as_name(named) and not named.startswith("ال")
            return _unknown_ref(named) if ok else None
        if len(words) > data.MAX_SPEAKER_WORDS and not any(c in head for c in ":."):
            # لكن مارك لوفتشوك مدير منظمة تنسيق الشؤون الإنسانية في الأمم المتحدة صرح: the name before its title
            named = _name_before_title(words)
            first = fold_text(named[0]) if named else ""
            plain = all(w.isalpha() for w in named) and not first.startswith(("ال", "و", "ف")) \
                and first not in _BACK_REFERENCES and first not in _NOT_A_NAME and first not in _THUS
            return _unknown_ref(" ".join(named)) \
                if 2 <= len(named) < len(words) and plain and reads_as_name(" ".join(named)) else None
        if not words or any(c in head for c in ":.") or _ends_before_its_noun(words):
            return None
        # لكن الناشطة السعودية المعروفة هالة الدوسري تقول: the title's holder
        return _unknown_ref(titled_name(words) or " ".join(words))

    def _subject_before(self, ctx: SentenceContext, verb: Match) -> Mention | None:
        """A speaker named right before the verb (الخارجية الفنلندية تقول إن، الرئيس البرازيلي يعلن)."""
        if verb.prefix:  # وقال opens a new clause: what stands before it is the last clause's
            return None
        if _titled_before_colon(ctx, verb):
            return None  # لاعب منتخب مصر قال رئيس الهيئة العامة للرياضة: the speaker follows the verb
        at = word_start(ctx.text, verb.start)
        # ميدفيديف، وهو حليف وثيق للرئيس فلاديمير بوتن، قال: the subject stands before the aside about him
        aside = _ASIDE_ABOUT_SUBJECT.search(ctx.text, ctx.start, at)
        at = aside.start() if aside else at
        prev = next((m for m in reversed(ctx.mentions) if m.end <= at), None)
        prev = _qualified(ctx, prev) if prev is not None else None
        if prev is None or not speaks(prev) or is_marked(ctx, prev):
            return None  # a country may speak (الولايات المتحدة تعتقد أن), a city or عن إيران may not
        if any(w.lstrip("و") in _RELATIONS for w in fold_text(ctx.text[max(ctx.start, prev.start - 30) : prev.start]).split()[-2:]):
            return None  # محامي الأسير خضر عدنان أكد: his lawyer speaks, named with him
        gap = ctx.text[prev.end : at]
        # a title may stand before a name the knowledge base does not know (مكتب رئيس الوزراء أحمد داود أوغلو قال)
        most = data.SUBJECT_BEFORE_WORDS if prev.label not in ("PER", "ORG") else data.NAME_AFTER_TITLE_WORDS
        bare_gap = " ".join(w for w in gap.split() if fold_text(w) not in _AUXILIARIES)
        # … past كان قد (أن ترامب كان قد قال)
        named_gap = not any(fold_text(w) in _SPEAKER_STOPS or fold_text(w) in _NOT_A_NAME for w in bare_gap.split())
        # … or the clause after a complementiser (أكدت الصحيفة أنّ وزير الخارجية، يسرائيل كاتس، أبلغ "الكابينت" أن)
        before = words_before(ctx, prev.start, 2)
        # (not after a conjunction's أن: إلا أن المتحدث …، العميد محمد سمير، أكد — the sentence's own subject)
        after_that = bool(before) and before[-1] in COMPLEMENT_WORDS \
            and not (len(before) == 2 and before[0].lstrip("وف") in _CONJUNCTION_THAT)
        if bare_gap.split() and fold_text(bare_gap.split()[-1]) in _SUBORDINATORS:
            return None  # شمال شرق الولايات المتحدة حيث يؤكد شاب: a clause of its own, not the place's
        if self._relative_subject(ctx, verb, gap):
            return prev  # هيئة المنافسة البريطانية، التي رأت مبدئيا أن: the relative clause's subject
        if bare_gap in ("،", ",") and (_opens_with(ctx, prev) or after_that):
            return prev  # وكان البيت الأبيض، أعلن؛ وكان الوزير، زياد العذاري، قد قال: only the subject opens the sentence
        if bare_gap.strip() in ('"', "”", "»") and _quoted_after_that(ctx, prev):
            return prev  # أن "منظمة العفو الدولية" أعربت: a name in quotation marks
        if any(c in gap for c in '."«“') and self._holder_between(ctx, prev, verb) is not None:
            return prev  # أن وزير التعليم "د. عزام الدخيل" قال: a title, then its holder's name in marks
        return prev if len(gap.split()) <= most and named_gap and not any(c in gap for c in "،,:.«»\"“”") else None

    def _relative_subject(self, ctx: SentenceContext, verb: Match, gap: str) -> bool:
        """Whether only a relative pronoun that agrees with the verb, maybe after a comma, stands between
        an actor and the verb, which carries no object pronoun: the actor is the verb's subject (التي رأت؛
        not الحكومة التي قال الوزير إنها، الذي وصفه)."""
        relative = fold_text(gap.strip(" ،,"))
        if relative not in _GENDERED_RELATIVES or fold_text(verb.text).endswith(OBJECT_SUFFIXES):
            return False
        # … nor when its subject follows it (السائق الذي أشار البيان، الوقت الذي أوضح فيه بيان)
        after = word_after(ctx, verb.end)
        named_after = any(m.start >= verb.end and not ctx.text[verb.end : m.start].strip() for m in ctx.mentions)
        if after.startswith("ال") or after in PREPOSITION_RESUMPTIVES or named_after:
            return False
        return self._gender(ctx.text[verb.start : verb.end]) == _GENDERED_RELATIVES[relative]

    def _circumstantial_subject(self, ctx: SentenceContext, verb: Match) -> Mention | None:
        """The person right before a clause of circumstance (تستمع للرئيس الأمريكي باراك اوباما وهو يصف):
        he is the one it says is speaking."""
        if verb.prefix:
            return None
        head = ctx.text[ctx.start : word_start(ctx.text, verb.start)].rstrip()
        pronoun = re.search(r"(?:^|\s)(و(?:هو|هي|هم))$", head)
        if pronoun is None:
            return None
        prev = next((m for m in reversed(ctx.mentions) if m.end <= verb.start), None)
        gap = head[prev.end - ctx.start : pronoun.start(1)] if prev is not None else "x"
        return prev if prev is not None and prev.label in ("PER", "ORG") and not gap.strip(" ،,") else None

    def _described(self, ctx: SentenceContext, verb: Match, m: Mention) -> bool:
        """Whether the only actor after a verb of description is what it describes: وصف X بأنه، اعتبره."""
        if reporting_id(verb) not in self._describing or fold_text(verb.text).endswith(OBJECT_SUFFIXES):
            return False
        after = fold_text(ctx.text[m.end : m.end + 12]).split()[:1]
        return bool(after) and after[0] in _DESCRIBED_AS

    def _subject_after(self, ctx: SentenceContext, verb: Match) -> Mention | None:
        """A speaker named right after the verb (وقال شمخاني، اكد امين عام الحركة، ووصف العراق، وتعتبر أنقرة)."""
        nxt = next((m for m in ctx.mentions if m.start >= verb.end), None)
        if nxt is None or not speaks(nxt) or nxt.prefix.endswith("ل"):
            return None  # وأضاف لوكالة رويترز أن: whom it was said to
        if reporting_id(verb) == "tell" and not verb.prefix and self._right_before(ctx, verb) is not None:
            return None  # بايدن أبلغ نتنياهو أن: the one named before it told the one after it
        gap = fold_text(ctx.text[verb.end : nxt.start]).strip()
        # وأكد سمو رئيس الوزراء، وأوضح مكتب رئيس الوزراء: a style or an office, then the title
        # … or a word pointing at what is said, before a named person (أوضح ذلك رئيس البلدية المهندس ممدوح عراقي)
        pointed = gap in LEAD_SKIPS and nxt.label == "PER" and nxt.ref.name != nxt.ref.text
        if not gap or gap in STYLE_WORDS or gap in _OFFICES or pointed or _honored(ctx, gap, nxt):
            return nxt
        return self._holder_of_office(ctx, gap, nxt)

    @staticmethod
    def _right_before(ctx: SentenceContext, verb: Match) -> Mention | None:
        """The speaking actor right before the verb, nothing between: its subject, the verb after it."""
        m = next((x for x in reversed(ctx.mentions) if x.end <= verb.start), None)
        return m if m is not None and speaks(m) and not ctx.text[m.end : verb.start].strip() else None

    @staticmethod
    def _holder_of_office(ctx: SentenceContext, gap: str, body: Mention) -> Mention | None:
        """The person named right after a title and the body it heads (أكد رئيس البرلمان اللبناني نبيه
        بري): the speaker is the holder, not the body."""
        if body.label != "ORG" or not all(names_a_title(w) for w in gap.split()):
            return None
        holder = next((m for m in ctx.mentions if m.start >= body.end), None)
        if holder is None or holder.label != "PER" or ctx.text[body.end : holder.start].strip():
            return None
        return holder

    def _announcer(self, ctx: SentenceContext, participle: Match) -> Mention | None:
        """The actor right after a reporting noun earlier in the sentence (إعلان ترامب، تصريح الوزير):
        whose statement a participle goes on with."""
        for noun in reversed([r for r in ctx.reporting if r.end <= participle.start]):
            if self._verbs.speech_form(ctx, noun):
                return None  # a reporting verb on the way has its own speaker
            owner = next((m for m in ctx.mentions if m.start >= noun.end), None)
            if owner is not None and owner.end <= participle.start and not ctx.text[noun.end : owner.start].strip() \
                    and speaks(owner):
                return owner
        return None

    def _clause_subject(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """The actor right after the sentence's first word, its verb in Arabic order (وحمّلت الحركة …؛
        من جانبه، سارع الوزير …), or the holder named after the title that heads it there."""
        first = next((m for m in ctx.mentions if m.end <= verb.start), None)
        if first is not None and not speaks(first):  # وتدرس المستشارة الألمانية أنجيلا ميركل: past the title
            first = next((m for m in ctx.mentions if first.end <= m.start and m.end <= verb.start), None)
        if first is None or not speaks(first):
            return None
        chunks = re.split(r"[،,]", ctx.text[ctx.start : first.start])
        head = chunks[-1].split()  # من جانبه، سارع الوزير؛ من جهته، لاريجاني شدد
        if len(chunks) > 1 and not head and names_a_title(fold_text(first.ref.text.split()[0])) \
                and reads_as_name(" ".join(chunks[-2].split()[-2:])):
            return None  # ردّ قرقاش على تصريحات أحمد الميسري، وزير الداخلية اليمني: the title of the name before
        if head and all(fold_text(w) in _BUT_THAT for w in head):
            head = []  # بيد أن خامنئي الذي كان يخاطب الحكومة … استدرك قائلا: the subject a conjunction's أن opens
        titled = 2 <= len(head) <= 4 and names_a_title(fold_text(head[1]))
        if titled and first.label != "PER":
            title_at = ctx.text.rfind(head[1], ctx.start, first.start)
            # (the name ends before the act it does: رئيس الاحتلال إسحاق هرتسوغ مباحثات)
            limit = min((t.start for t in ctx.triggers if first.end <= t.start < verb.start), default=verb.start)
            holder = self._titled_holder(ctx, title_at, title_at + len(head[1]), limit)
            if holder is not None:
                return holder  # وذهب مدير المخابرات المركزية السابق جون برينان … وقال: the holder, not the body
        # … or a body's noun right before its name (نشرت صحيفة واشنطن بوست … وذكرت; not واستهجن المجلس محاولات قطر)
        named = [w for w in head if w.strip('"«“')]  # تحدثت صحيفة "واشنطن بوست": the mark is no word
        body = len(named) == 2 and bool(body_noun(fold_text(named[1])))
        return first.ref if len(head) <= 1 or titled or body else None

    def _topic_speaker(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """The topic of أما … فـ before the verb (أما صحيفة "لو موند" الفرنسية فرأت أنّ): who speaks."""
        if not verb.prefix.startswith("ف"):
            return None
        topic = _AMMA.match(ctx.text[ctx.start : word_start(ctx.text, verb.start)])
        if topic is None:
            return None
        start, end = ctx.start + topic.start(1), ctx.start + topic.end(1)
        words = [w.strip("«»\"“”") for w in topic.group(1).split()]
        first = fold_text(words[0]) if words else ""
        if not words or first in _NOT_A_NAME or first in _TOPIC_OPENERS or first.lstrip("و") in _CONCESSIVE \
                or len(words) > data.MAX_SPEAKER_WORDS - 2:
            return None  # أما عن مرضه فقال: what is spoken about, not who speaks
        # the person the topic ends with (أما المستشارة الألمانية أنجيلا ميركل فأوضحت)
        known = next((m for m in ctx.mentions if start <= m.start and m.end == end and speaks(m)), None)
        return known.ref if known is not None else _unknown_ref(" ".join(w for w in words if w))

    def _named_speaker(self, ctx: SentenceContext, verb: Match, subject: Mention | None,
                       content_start: int) -> ActorRef | None:
        """The speaker the sentence names at the verb: its subject after it, an actor right before it,
        or a name the knowledge base does not know; none for a participle, which speaks for its clause
        (… والصحفيين مؤكدا: what stands before it is no subject)."""
        if subject is not None:
            return self._named_institution(ctx, subject) or self._title_holder_after(ctx, subject, content_start) \
                or subject.ref
        if fold_text(verb.text) in self._participles or _relayed_from_pronoun(verb) or _after_but_he(ctx, verb):
            return None  # (لكنه دعا الحكومة إلى أن: he, named before, speaks; whom he called on follows)
        topic = self._topic_speaker(ctx, verb)
        if topic is not None:
            return topic
        inscription = _inscription(ctx, verb)
        if inscription is not None:
            return inscription
        if event_doers.writing_before(ctx, verb) is not None:
            # بعث برسالة إلى زملائه من أعضاء الحزب يقول فيها: the writer, not the actor just before the verb
            return event_doers.writer(ctx, verb)
        before = self._subject_before(ctx, verb) or self._circumstantial_subject(ctx, verb)
        if before is None:
            return self._unknown_speaker(ctx, verb, content_start)
        return self._holder_before(ctx, before) or self._holder_between(ctx, before, verb) \
            or self._named_institution(ctx, before, word_start(ctx.text, verb.start)) \
            or _construct_head(ctx, before) or before.ref

    def _title_holder_after(self, ctx: SentenceContext, title: Mention, limit: int) -> ActorRef | None:
        """The holder named after a title nobody is listed for and its complement (أكد مدير عام تعليم
        القصيم عبدالله الركيان، … أن): that person, coded by the title."""
        head = _title_head(ctx, title)
        if not unresolved_title(self._lex, title) or not (names_a_title(head) or head in HONORIFIC_WORDS):
            return None  # a person's title or rank, not a body (الشرطة) nor a plural (مسؤولون تنفيذيون)
        holder = holder_after(ctx.text, title.end, limit)
        if holder is None or holder.name is None:
            return None
        first, last = holder.name
        name = ctx.text[first:last]
        # no place, body or adjective inside (قائد محور صعدة، شرطة مدينة فيلادلفيا الأميركية), no second title
        if not all(w.isalpha() for w in name.split()) or any(first <= m.start < last for m in ctx.mentions) \
                or any(names_a_title(fold_text(w)) for w in name.split()):
            return None
        # (coded with the country its complement names: رئيس هيئة الأركان … الإيرانية، اللواء محمد باقري → IRNMIL)
        complement = [m for m in ctx.mentions if title.end <= m.start and m.end <= first]
        return ActorRef(ctx.text[title.start : last], name, None, None, title_code(title, complement))

    def _holder_between(self, ctx: SentenceContext, title: Mention, verb: Match) -> ActorRef | None:
        """The name between a title nobody is listed for and its verb (أن وزير التعليم "د. عزام الدخيل"
        قال): the holder, coded by the title."""
        named = _HOLDER_NAME.fullmatch(ctx.text, title.end, word_start(ctx.text, verb.start))
        if named is None or not unresolved_title(self._lex, title) or not names_a_title(_title_head(ctx, title)) \
                or not reads_as_name(named.group(1)) or any(title.end <= m.start < named.end() for m in ctx.mentions):
            return None
        return ActorRef(ctx.text[title.start : named.end(2)], named.group(1), None, None, title.ref.code)

    def _named_institution(self, ctx: SentenceContext, subject: Mention, until: int | None = None) -> ActorRef | None:
        """An indefinite institution noun and the name right after it, before ``until`` (وقالت شركة فيسبوك
        إن؛ وكانت شركة آسمان للطيران قد قالت): the institution so named, coded by the noun."""
        noun = fold_text(subject.ref.text)
        if subject.ref.id not in self._lex.agents or not (noun in INSTITUTIONS or noun == _NEWS_AGENCY):
            return None  # شركة، وكالة؛ not وزير حقوق or مسؤول كبير لوكالة
        name = []
        media = (subject.ref.code or "").endswith("MED")
        for token in ctx.text[subject.end : min(until or ctx.end, subject.end + 60)].split()[:3]:
            bare = token.strip("،,:")
            if not _names_institution(bare, media, not name):
                break
            name.append(bare)
            if bare != token:
                break
        if not name:
            return None
        text = ctx.text[subject.start : ctx.text.find(name[-1], subject.end) + len(name[-1])]
        return ActorRef(text, text, None, None, subject.ref.code)

    def _holder_before(self, ctx: SentenceContext, title: Mention) -> ActorRef | None:
        """A name the knowledge base does not know right before a title that is the subject (لكن حنيفة
        أمان وزير الخارجية الماليزي قال): the title's holder, coded by it."""
        if not unresolved_title(self._lex, title):
            return None
        head = _head_words(re.split(r"[،,:.؛]", ctx.text[ctx.start : title.start])[-1])
        name = " ".join(head)
        if not 2 <= len(head) <= data.TITLED_NAME_WORDS or head[0][:1] in ("و", "ف") or not reads_as_name(name) \
                or any(fold_text(w) in COMPLEMENT_WORDS for w in head):
            return None  # (خاصة أن وزير التعليم قال: the clause opens, no name)
        start = ctx.text.rfind(name, ctx.start, title.start)
        if start < 0:
            return None  # the words as read (quotation marks left out) do not stand so in the text
        return ActorRef(ctx.text[start : title.end], name, None, None, title.ref.code)

    def _speaker(self, ctx: SentenceContext, verb: Match, coref: Coreference, main: ActorRef | None,
                 earlier: list[Quote]) -> ActorRef | None:
        """The speaker the sentence does not name at the verb: one named at its start, the clause's for
        a plural verb or a participle, the sentence's actor, or the one the text is about."""
        word = fold_text(ctx.text[verb.start : verb.end])
        # before a participle stands its clause (ورحّب الوزير … قائلا), not a name
        opening = None if word in self._participles else self._unknown_opening_speaker(ctx, verb)
        if opening is not None:
            return opening
        plural = word.endswith("وا") or bool(_PRESENT_PLURAL.match(word))  # واكدوا، ويصفونه
        participles = self._lex.reporting[reporting_id(verb)].participles
        if plural or word in {fold_text(p) for p in participles}:
            clause_speaker = self._clause_speaker(ctx, verb, plural, main, earlier)
            if clause_speaker is not None:
                return clause_speaker
        owner = self._statement_owner(ctx, verb) if not verb.prefix else None
        if owner is not None:  # في أعقاب بيان لوزارة الخارجية الإماراتية، يوم الثلاثاء، أكد: whose statement
            return owner
        said = next((q.speaker for q in reversed(earlier) if q.speaker and not is_scripture(q.speaker)), None) \
            if verb.prefix[:1] == "و" else None
        if said is not None:  # قال كينياتا: إن …، وأكد أن …، وأضاف: the sentence's last speaker goes on
            return said.as_implicit()
        if main is not None:  # the actor this sentence has named (بدوره هنأ الفياض … وقال)
            return main.as_implicit()
        hangs = _hangs_on_clause(ctx, verb)
        announcer = self._announcer(ctx, verb) if hangs else None
        if announcer is not None:  # تصريحات ميقاتي، حيث قال: whose statement the clause goes on with
            return announcer.ref.as_implicit()
        opener = self._clause_subject(ctx, verb) if verb.prefix[:1] in ("و", "ف") or hangs else None
        if opener is not None:  # من جانبه، سارع الوزير إلى الرد …، وقال: the opening clause's subject
            # (a holder nobody listed keeps the words that name him, as an unlisted clause subject does)
            return opener if opener.text and not (opener.id or opener.code) else opener.as_implicit()
        unlisted = self._unlisted_clause_subject(ctx, verb) if hangs else None
        if unlisted is not None:  # وجه المجلس اليهودي … انتقادا، إذ أكد فيه أن
            return unlisted
        unnamed = self._unknown_first_subject(ctx, verb) if verb.prefix[:1] in ("و", "ف") else None
        return unnamed or self._time_clause_subject(ctx, verb) or coref.implicit_speaker(self._genders.get(word))

    def _time_clause_subject(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """The subject of the time clause the sentence opens with, right before the verb past a comma
        (وحين تناولت صحيفة "إسرائيل هيوم" الاستقالات …، قالت إنّ): the one who speaks."""
        head = ctx.text[ctx.start : word_start(ctx.text, verb.start)].rstrip()
        words = fold_text(head).split()
        if verb.prefix or not head.endswith(("،", ",")) or len(words) < 3 or words[0] not in _WHEN:
            return None
        named = _BODY_BY_QUOTED_NAME.match(head)  # صحيفة "إسرائيل هيوم": a body by its quoted name
        if named is not None and body_noun(fold_text(named.group(2))):
            return _unknown_ref(body_name(named.group(1))).as_implicit()
        subject = next((m for m in ctx.mentions if m.end <= verb.start), None)
        if subject is None or not speaks(subject) or count_words(ctx, ctx.start, subject.start) != 2:
            return None  # when + its verb, then the subject
        return subject.ref.as_implicit()

    def _statement_owner(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """The actor a statement noun right before the verb belongs to (بيان لوزارة الخارجية الإماراتية،
        يوم الثلاثاء، أكد): the verb describes the statement, its owner speaks."""
        head = ctx.text[ctx.start : word_start(ctx.text, verb.start)]
        found = list(_STATEMENT.finditer(head))
        if not found:
            return None
        at = ctx.start + found[-1].end()
        owner = next((m for m in ctx.mentions if m.start >= at), None)
        if owner is None or owner.end > verb.start or ctx.text[at : owner.start].strip() or not speaks(owner):
            return None
        if fold_text(ctx.text[word_start(ctx.text, owner.start) : owner.end].split()[0]) in _AUDIENCES:
            return None  # في بيان لوسائل الإعلام، قائلة: whom it was given to (تقرير لشبكة "سي إن إن": its owner)
        between = ctx.text[owner.end : word_start(ctx.text, verb.start)]
        if len(between.split()) > 4 or any(at <= r.start < verb.start for r in ctx.reporting if r is not verb):
            return None
        return owner.ref

    def _unknown_first_subject(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """The subject nobody listed before the sentence's first verb, for a joined reporting verb after
        it (لكن المنظمة نددت بالصور …، وقالت إنه ألغي)."""
        # the first verb: an event's, or one of speech that reported nothing (نفت مؤسسة … وقف صادراتها)
        first = min((t for t in (*ctx.triggers, *ctx.reporting) if t.start < verb.start),
                    key=lambda t: t.start, default=None)
        opening = first is not None and not ctx.text[ctx.start : word_start(ctx.text, first.start)].strip()
        if opening:  # وندد شهباز شريف …، وأعلن
            return self._named_after_first_verb(ctx, first, verb)
        if first is None or first.prefix or self._sentence_opens_with_verb(ctx, first):
            return None
        found = self._unknown_opening_speaker(ctx, first)
        # a definite noun or two, right at the start (لكن المنظمة نددت), not a clause's words — or the
        # press named by its country (وسائل إعلام إسرائيلية تعلّق …، ويصف)
        words = found.name.split() if found is not None else []
        press = len(words) == 3 and " ".join(fold_text(w) for w in words[:2]) in _THE_PRESS
        if not words or (len(words) > 2 and not press) or not (words[0].startswith("ال") or press) \
                or count_words(ctx, ctx.start, first.start) > 3:
            return None
        return found.as_implicit()

    def _named_after_first_verb(self, ctx: SentenceContext, first: Match, verb: Match) -> ActorRef | None:
        """A name nobody listed right after the verb the sentence opens with, a title after it (وندد شهباز
        شريف زعيم أحد أبرز الأحزاب …، وأعلن أن): the subject the joined verb shares."""
        between = ctx.text[first.end : word_start(ctx.text, verb.start)].split()
        body = _named_body_words(between)
        if body is not None:  # نفت مؤسسة البترول الكويتية وقف صادراتها …، وقالت إن
            return _unknown_ref(" ".join(body)).as_implicit()
        words = self._name_words(between)
        name = _name_before_title(words)
        if not 2 <= len(name) <= data.TITLED_NAME_WORDS or len(name) == len(words) \
                or not reads_as_name(" ".join(name)) or fold_text(name[0]).startswith("ال"):
            return None
        return _unknown_ref(" ".join(name)).as_implicit()

    @staticmethod
    def _sentence_opens_with_verb(ctx: SentenceContext, trigger: Match) -> bool:
        """Whether nothing but a connective stands before the trigger (لكن نددت: no subject before it)."""
        return not [w for w in ctx.text[ctx.start : trigger.start].split() if fold_text(w) not in _CONNECTIVES]

    def _clause_speaker(self, ctx: SentenceContext, verb: Match, plural: bool, main: ActorRef | None,
                        earlier: list[Quote]) -> ActorRef | None:
        """Who speaks through a plural verb or a participle, from its own clause: the group just named
        (واكدوا), the sentence's earlier speaker, whoever a reporting noun names (بعد إعلان ترامب أنه
        … قائلا), or the subject the clause opens with (وحمّلت الحركة الاحتلال …، مشيرةً إلى)."""
        if plural:
            # (not one named inside what was just said: اعتبر خبراء … إنجازا في عهد الملك سلمان، وتوقعوا)
            # (… when و joins the verb to that saying — not one unjoined, inside what was said too: أفاد
            # الموقع أنّ القادة العسكريين …، أبلغوا)
            said = [(q.start, q.end) for q in earlier if ctx.start <= q.start and q.end <= verb.start] \
                if verb.prefix[:1] == "و" else []
            group = next((m for m in ctx.mentions if m.end <= verb.start and m.label not in ("LOC", "MISC")
                          and not any(a <= m.start < b for a, b in said)), None)
            # وبينما يثني مؤيدو المشروع عليه ويصفونه، لكن مسؤولي المتنزه قالوا: a plural in construct before
            construct = _CONSTRUCT_PLURAL.search(ctx.text, ctx.start, word_start(ctx.text, verb.start))
            if group is not None and not (construct is not None and construct.start() < group.start < construct.end()):
                return group.ref
            if construct is not None:
                return _unknown_ref(construct.group(1))
        if main is not None:
            return None  # the actor the sentence has named speaks on
        if earlier and earlier[-1].speaker and not is_scripture(earlier[-1].speaker):
            return earlier[-1].speaker
        announcer = self._announcer(ctx, verb)
        if announcer is not None:
            return announcer.ref
        return self._clause_subject(ctx, verb) or self._unlisted_clause_subject(ctx, verb)

    def _unlisted_clause_subject(self, ctx: SentenceContext, verb: Match) -> ActorRef | None:
        """A subject nobody listed right after the verb the sentence opens with: a title and its
        holder's name (من جهته عبر لاعب الأخضر سلطان المصري عن سعادته، مؤكداً) or a body and its
        adjective (وجه المجلس اليهودي في بريطانيا انتقادا …، إذ أكد فيه). None when a known actor or
        another reporting verb stands inside it."""
        tokens = list(re.finditer(r"\S+", ctx.text[ctx.start : word_start(ctx.text, verb.start)]))
        words = [fold_text(t.group().strip("،,")) for t in tokens]
        skip = 2 if " ".join(words[:2]) in _OPENER_PHRASES else int(bool(words) and words[0] in _OPENER_WORDS)
        if words and words[0] in _ADVERBIAL_OPENERS:  # وفي وقت سابق من يوم الجمعة، وثق المرصد: past the phrase
            skip = next((n + 1 for n, t in enumerate(tokens[:_ADVERBIAL_WORDS]) if t.group().endswith(("،", ","))), skip)
        if len(tokens) < skip + 3 or tokens[skip].group().endswith(("،", ",")) or words[skip].startswith("ال"):
            return None  # the first word is the verb, not a subject's
        start = ctx.start + tokens[skip + 1].start()
        found = self._titled_holder(ctx, start, ctx.start + tokens[skip + 1].end(), verb.start)
        if found is None:
            found = _described_body(ctx, tokens[skip + 1 :], words[skip + 1 :])
        if found is None:
            return self._publisher(ctx, tokens[skip + 1 :], verb)
        stop = start + len(found.text)
        if any(start <= m.start < stop for m in ctx.mentions if m.label in ("PER", "ORG")) \
                or any(start <= r.start < stop for r in ctx.reporting if r is not verb):
            return None
        return found

    @staticmethod
    def _publisher(ctx: SentenceContext, tokens: list[re.Match[str]], verb: Match) -> ActorRef | None:
        """The name set off between the opening verb and the writing it published, right before the
        verb that speaks in it (ونشر الباحث في المشروع، إيفان فراتريك، تدوينة، قال فيها): the writer."""
        if len(tokens) < 3 or fold_text(tokens[-1].group().strip("،,")) not in _WRITINGS:
            return None
        first, last = ctx.start + tokens[0].start(), ctx.start + tokens[-2].end()
        if any(first <= m.start < last for m in ctx.mentions if m.label in ("PER", "ORG")) \
                or any(first <= r.start < verb.start for r in ctx.reporting if r is not verb):
            return None  # a known actor is found as one; another verb has its own speaker
        chunks = [c.strip() for c in re.split("[،,]", ctx.text[first:last]) if c.strip()]
        # (a quoted name is a body's, read elsewhere: نشرت مجلة "نيو ستيتسمان" البريطانية مقالا)
        names = [name for name in map(_apposed_name, chunks) if name and not any(c in _OPENING + "»”" for c in name)]
        return _unknown_ref(names[-1]) if names else None

    @staticmethod
    def _titled_holder(ctx: SentenceContext, start: int, title_end: int, limit: int) -> ActorRef | None:
        """A title at ``start`` and the name of its holder after its complement (لاعب الأخضر سلطان
        المصري); none without a complement (العميد سمير رسالة: the name may run into the object)."""
        if fold_text(ctx.text[start:title_end]) in HONORIFIC_WORDS:
            return _ranked_name(ctx, start, title_end, limit)
        if not names_a_title(fold_text(ctx.text[start:title_end])):
            return None
        holder = holder_after(ctx.text, title_end, limit)
        if holder is None or holder.name is None or not ctx.text[title_end : holder.name[0]].strip(" ،,"):
            return None
        first, last = holder.name
        return ActorRef(ctx.text[start:last], ctx.text[first:last], None, None, None)

    @staticmethod
    def _headline(ctx: SentenceContext, events: list[Event]) -> Quote | None:
        """"شمخاني: انسحاب …": a title whose first words name a speaker before a colon."""
        colon = ctx.text.find(":", ctx.start, ctx.end)
        if colon < 0 or len(ctx.text[ctx.start : colon].split()) > data.HEADLINE_SPEAKER_WORDS:
            return None
        speaker = next((m for m in ctx.mentions if m.end <= colon and not ctx.text[m.end : colon].strip()), None)
        if speaker is not None and speaker.prefix.endswith("ل"):  # السيد خامنئي لسلطان عُمان: to whom he said it
            addressee = speaker.start - len(speaker.prefix)
            speaker = next((m for m in ctx.mentions if m.end <= addressee and not ctx.text[m.end : addressee].strip()), None)
        elif speaker is not None and words_before(ctx, speaker.start, 1) == [_ON]:
            # إيران ترد على الجبير: whom the subject before the verb answers, no speaker
            speaker = next((m for m in ctx.mentions if m.end <= speaker.start
                            and len(ctx.text[m.end : speaker.start].split()) == 2), None)
        rest = ctx.text[colon + 1 : ctx.end]
        start = colon + 1 + len(rest) - len(rest.lstrip())
        # "الصين: نرفض العقوبات": a place speaks when what follows opens with "we" (a verb in the first person)
        we = any(e.trigger.start >= start and ":first-person:" in e.rule
                 and fold_text(ctx.text[start : e.trigger.start]).strip() in _BEFORE_WE for e in events)
        if speaker is None or (speaker.label in ("LOC", "MISC") and not we):
            return None  # "سوريا: آلاف النازحين يعودون": a place before the colon is the topic, not a speaker
        said_by = speaker.ref
        relation = words_before(ctx, speaker.start, 1)
        if relation and relation[0].lstrip("و") in _RELATIONS:  # محامي رونالدو: his lawyer speaks
            said_by = _unknown_ref(ctx.text[ctx.start : colon].strip())
        return Quote(speaker=said_by, verb=":", text=ctx.text[start : ctx.end], start=start, end=ctx.end,
                     kind="direct")


_BEFORE_WE = frozenset(("", "و", "لا", "لن", "لم", "ولا", "ولن"))  # (folded) what may stand before "we" in a headline
_QUOTED_APPOSITION = re.compile(r"[،,]\s*[«\"“][^«»\"“”]{1,40}[»\"”]\s*[،,]\s*$")
_QUOTED_NAME_AT_END = re.compile(r"[«\"“]([^«»\"“”]{2,40})[»\"”]\s*[،,]?\s*$")


def _titled_before_colon(ctx: SentenceContext, verb: Match) -> bool:
    """Whether a title opens the few words between the verb and a colon (قال رئيس الهيئة العامة للرياضة:):
    the speaker, written after his verb."""
    following = ctx.text[verb.end : ctx.end]
    colon = following.find(":")
    words = fold_text(following[:colon]).split() if colon > 0 else []
    return 0 < len(words) <= _TITLE_BEFORE_COLON_WORDS and (names_a_title(words[0]) or words[0] in _WIDE_HEADS)


def _title_head(ctx: SentenceContext, title: Mention) -> str:
    """A title mention's first word, folded (مدير in مدير عام, الأدميرال)."""
    return fold_text(ctx.text[title.start : title.end]).split()[0]


def _clause_closed(ctx: SentenceContext, at: int) -> bool:
    """Whether a comma or a closing quotation mark stands right before ``at`` (انها "على علم بتدهور
    الوضع" مشيدة): what was said is over, what follows is the speaker's next act."""
    before = ctx.text[ctx.start : at].rstrip()
    return before.endswith(("،", ",", "»", "”")) or (before.endswith('"') and before.count('"') % 2 == 0)


def _ends_on_demonym(ctx: SentenceContext, name: str, start: int, end: int) -> bool:
    """Whether a holder's name read after a title ends on a country's adjective (رئيس نادي باريس سان جرمان
    الفرنسي): the body's name ran on, and the holder is named later (، القطري ناصر الخليفي)."""
    at = ctx.text.find(name, start, end)
    return at >= 0 and any(m.label == "MISC" and m.end == at + len(name) for m in ctx.mentions)


def _after_but_he(ctx: SentenceContext, verb: Match) -> bool:
    """Whether لكن carrying the subject's pronoun stands right before the verb (لكنه دعا، ولكنها أكدت)."""
    before = words_before(ctx, word_start(ctx.text, verb.start), 1)
    return not verb.prefix and bool(before) and before[0] in _BUT_HE_WORDS


def _negated_verb(ctx: SentenceContext, verb: Match) -> bool:
    """Whether a negation stands right before the verb (ولم يتوقع، لا يعتقد)."""
    before = words_before(ctx, word_start(ctx.text, verb.start), 1)
    return bool(before) and before[0].removeprefix("و").removeprefix("ف") in _NEGATIONS


def _quoted_after_that(ctx: SentenceContext, m: Mention) -> bool:
    """Whether a mention stands in quotation marks right after a complementiser or at its clause's start
    (أن "منظمة العفو الدولية" أعربت، لأنّ "إسرائيل" أعلنت), not after whom it was told (لشبكة «إيه بي سي» قالت)."""
    before = ctx.text[ctx.start : m.start].rstrip()
    if before[-1:] not in ('"', "“", "«"):
        return False
    words = fold_text(before[:-1]).split()
    return not words or words[-1] in COMPLEMENT_WORDS or before[:-1].rstrip()[-1:] in ("،", ",", ":")


def _honored(ctx: SentenceContext, gap: str, m: Mention) -> bool:
    """Whether only an honorific stands before a known name that ends there (وقال السيد نصر الله إن): not a
    rank before a surname others bear (العقيد المالكي), nor a name that goes on (الدكتور فلاح الدوسري)."""
    following = fold_text(ctx.text[m.end : m.end + 20]).split()[:1]
    ended = not following or not following[0][:1].isalpha() or ends_name(following[0])
    return gap in _HONORED and ended


def _governed_mark(text: str, mark: int) -> bool:
    """Whether a quotation mark stands right after a preposition (مدير المكتب الإعلامي في "غرفة
    العمليات المركزية في الجنوب") or an outlet said to (لشبكة "أي بي سي نيوز" الأميركية أنّ): a quoted
    name it governs, never what was said."""
    before = text[:mark].split()[-1:]
    return bool(before) and (fold_text(before[0]) in _NAME_PREPOSITIONS or before[0].endswith("لـ")
                             or fold_text(before[0]) in _TO_OUTLET)


def _after_pretext(folded: str, start: int) -> bool:
    """Whether a complementiser stands right after a noun of pretext (بدعوى أنها، بحجة أن، بزعم أن): the
    claim of a noun phrase, not what the verb reports."""
    before = folded[:start].split()[-1:]
    return bool(before) and before[0] in _PRETEXTS


# Latin letters as Arabic spells them in names (بي ان سبورتس، سي ان ان), and the particles a bare ان
# follows as a word of their own (مع ان، من ان)
_LETTER_NAMES = frozenset(fold_text(w) for w in ("بي", "سي", "دي", "إي", "اف", "إف", "جي", "آي", "كي", "إل", "إم",
                                                 "ام", "إن", "ان", "أو", "او", "آر", "ار", "إس", "اس", "تي", "يو",
                                                 "في", "زد", "زي"))
_SHORT_PARTICLES = frozenset(fold_text(w) for w in ("من", "مع", "عن", "لا", "ما", "لو", "قد", "هو", "هي", "كي", "إذ",
                                                    "اذ", "بل", "لم", "لن", "أم", "ام", "يا", "ثم", "كل", "له", "لي",
                                                    "به", "بي"))


def _letters_of_a_name(text: str, span: tuple[int, int]) -> bool:
    """Whether a complementiser found is a bare ان right after a word of one or two letters (بي ان
    سبورتس، سي ان ان): letters spelling a name — or the name آن, with its madda (وقالت آن شوكيت). One
    written with its hamza (سي ان ان إن) is said."""
    before = text[: span[0]].split()
    written = text[span[0] : span[1]].strip()
    if written == "آن":
        return True
    if written != "ان" or not before or len(before[-1]) > 2:
        return False
    word = fold_text(before[-1])
    # (a short word that is neither is a surname: فادي ضو ان)
    return word in _LETTER_NAMES or word in _SHORT_PARTICLES or not word.isalpha()


def _subject_before_commas(ctx: SentenceContext, verb: Match) -> ActorRef | None:
    """The name before a comma right before the verb, perhaps after a title in apposition and before a
    relative clause about him (وكان مروان دماج، الأمين العام لنقابة الصحافيين اليمنيين، قد أكد؛ إلا أن
    المتحدث الرسمي باسم الجيش المصري، العميد محمد سمير، أكد؛ ولكن رئيس الشركة ومؤسسها مارك زوكربيرغ،
    قال): no other reporting verb and no quotation mark on the way."""
    head_end = word_start(ctx.text, verb.start)
    commas = [ctx.start + m.start() for m in re.finditer(r"[،,]", ctx.text[ctx.start : head_end])]
    spans = list(zip([ctx.start] + [c + 1 for c in commas], commas + [head_end]))  # the chunks between commas
    if len(spans) < 2 or _head_words(ctx.text[spans[-1][0] : spans[-1][1]]):
        return None  # the verb must follow the comma (قد aside)
    spans = spans[:-1]
    while spans and fold_text(ctx.text[spans[-1][0] : spans[-1][1]]).split()[:1] and \
            fold_text(ctx.text[spans[-1][0] : spans[-1][1]]).split()[0] in RELATIVES:
        spans.pop()  # النائب العام … القاضي سمير حمود، الذي يشرف على التحقيق، أكد
    if not spans:
        return None
    described = _described_by_relative(ctx, *spans[-1])
    used = spans[-2][0] if len(spans) >= 2 else spans[-1][0]
    if any(c in ctx.text[used:head_end] for c in ":.«»\"“”") \
            or any(used <= r.start < verb.start for r in ctx.reporting if r is not verb):
        return None
    if described is not None:
        return described  # وزير الدفاع التونسي فرحات الحرشاني الذي أدى … زيارات …، أكد
    if len(spans) >= 2:
        title = _head_words(ctx.text[spans[-2][0] : spans[-2][1]])
        if title and names_a_title(fold_text(title[0])):
            return _apposed_holder(ctx, *spans[-1])
        if len(spans) == 2:
            spans = spans[:-1]  # مروان دماج، الأمين العام لنقابة الصحافيين، قد أكد: the name before what describes him
    words = _head_words(ctx.text[spans[-1][0] : spans[-1][1]])
    if not words or fold_text(words[0]).lstrip("وف") in _NOT_A_NAME or fold_text(words[0]) in _BACK_REFERENCES \
            or any(c in " ".join(words) for c in "()"):
        return None  # ففي فبراير (شباط)، صرح: a time, not a name
    opens = spans[-1][0] == ctx.start or fold_text(ctx.text[spans[-1][0] : spans[-1][1]]).split()[0] in _CLAUSE_OPENERS
    titled = titled_name(words)
    if titled is not None and opens:
        return _unknown_ref(titled)
    name = " ".join(words)
    first = fold_text(words[0])
    joined = first.startswith("و") and body_noun(first) != first  # وكالة بلومبرغ، …: a body's noun, no و
    plain = 2 <= len(words) <= data.TITLED_NAME_WORDS and not first.startswith("ال") and not joined
    return _unknown_ref(name) if opens and plain and reads_as_name(name) else None


def _described_by_relative(ctx: SentenceContext, start: int, end: int) -> ActorRef | None:
    """The person named right before a relative pronoun inside the words between ``start`` and ``end``
    (… فرحات الحرشاني الذي أدى زيارات تفقد للحدود): the one the clause describes."""
    for found in re.finditer(r"\S+", ctx.text[start:end]):
        if fold_text(found.group()) not in RELATIVES:
            continue
        at = start + found.start()
        named = next((m for m in ctx.mentions if start <= m.start and m.end <= at and not ctx.text[m.end : at].strip()
                      and m.label == "PER"), None)  # a person (not مجلس الشيوخ in … زعيم الأغلبية في مجلس الشيوخ الذي)
        return named.ref if named is not None else None
    return None


def _apposed_holder(ctx: SentenceContext, start: int, end: int) -> ActorRef | None:
    """The holder named between commas after a title (قائد أنصار الله، السيد عبد الملك بدر الدين الحوثي،):
    the person the knowledge base knows there, else the words when they read as a name."""
    words = ctx.text[start:end].split()
    while words and fold_text(words[0]) in HONORIFIC_WORDS:
        words.pop(0)
    name = " ".join(words)
    at = ctx.text.find(name, start, end)
    # the whole name (not بدر الدين الحوثي inside عبد الملك بدر الدين الحوثي, his father's)
    known = next((m for m in ctx.mentions if m.start == at and m.label == "PER"), None)
    if known is not None:
        return known.ref
    lineage = sum(fold_text(w) in LINEAGE for w in words)
    return _unknown_ref(name) if 2 <= len(words) <= data.TITLED_NAME_WORDS + lineage and reads_as_name(name) else None


def _described_speaker(ctx: SentenceContext, verb: Match) -> ActorRef | None:
    """The indefinite noun of findings a present verb right after it describes, the verb's subject, at the
    clause's start or after a preposition (مع توقعات تشير إلى أن، وسط تقديرات غير رسمية تشير): what it says is
    that noun's — not when it is what someone published (أبرزت إحدى الصحف معلومات تشير: the paper's)."""
    if verb.prefix or fold_text(verb.text)[:1] not in ("ي", "ت"):
        return None
    at = word_start(ctx.text, verb.start)
    clause = re.split(r"[،,:؛.«»\"“”()]", ctx.text[ctx.start : at])[-1].split()
    for n in range(len(clause) - 1, max(len(clause) - 1 - data.FINDING_WORDS, -1), -1):
        folded = fold_text(clause[n])
        if folded in _FINDINGS:
            governed = n == 0 or fold_text(clause[n - 1]) in _AROUND_FINDINGS
            return _unknown_ref(" ".join(clause[n:])) if governed else None
        if folded.startswith(("ال", "و", "ف", "ب", "ل")) or not folded.isalpha():
            return None  # only the noun's indefinite adjectives stand between it and the verb (دراسة حديثة)
    return None


def _honored_name(name: str | None) -> bool:
    """Whether a speaker's name is an honorific and a name after it (الدكتور خالد الدقل): a person."""
    words = fold_text(name or "").split()
    return len(words) >= 3 and words[0] in HONORIFIC_WORDS and reads_as_name(" ".join(words[1:]))


def _honorific_name(span: str) -> str | None:
    """The name an honorific opens at the end of a long title before what was said (مساعد أمين منطقة
    المدينة المنورة م. فهد البليهشي أن): the honorific and two or three words of a name (more past بن، آل،
    عبد), up to what ends it — a stop, a complementiser or another title. None when a stop, a relative
    pronoun or a quotation mark stands before the honorific (أحد القادة … الذي يقوده الجنرال خليفة حفتر)."""
    tokens = [t.rstrip("/") for t in re.split(r"[،,]", span)[0].split() if t.strip("/")]  # الدكتور/ أنس
    at = next((n for n, t in enumerate(tokens) if n and fold_text(t) in HONORIFIC_WORDS), None)  # past a title
    if at is None or any(ends_name(fold_text(t)) or t[:1] in _OPENING for t in tokens[:at]) \
            or names_a_title(fold_text(tokens[at - 1])):
        return None  # … nor a noun a title governs (قائد اللواء أول: the brigade, no general)
    name: list[str] = []
    for token in tokens[at + 1 :]:
        folded = fold_text(token.strip("«»\"“”:"))
        room = data.TITLED_NAME_WORDS + sum(fold_text(w) in LINEAGE or fold_text(w) == "عبد" for w in name)
        if ends_name(folded) or folded in COMPLEMENT_WORDS or names_a_title(folded) \
                or (len(name) >= room and folded != "الله"):  # فضل الله: God's name goes on the name
            break
        name.append(token)
    joined = " ".join(name)
    return f"{tokens[at]} {joined}" if len(name) >= 2 and reads_as_name(joined) else None


# what a speaker talks to, with ل (لوكالة رويترز، لسلسلة صحافية ألمانية)
_OUTLET_NOUNS = frozenset(fold_text(w) for w in ("وكالة", "صحيفة", "قناة", "موقع", "شبكة", "مجلة", "إذاعة", "تلفزيون",
                                                 "سلسلة", "مراسل", "مراسلنا", "صحفيين", "صحافيين", "وسائل"))
_NAME_CLOSING_DESCRIPTION = re.compile(r"[،,]\s*(\S+(?:\s+\S+){1,2})\s*[،,]\s*\S+\s*$")


def _named_after_description(span: str) -> ActorRef | None:
    """The name set off by commas after a speaker's description with a relative clause, right before
    the complementiser (قال رئيس شركة "نوغا" واللواء … الذي كان قد شغل منصب قائد المنطقة الجنوبية، سامي
    تورجمان، إنّ): the speaker is the one named."""
    m = _NAME_CLOSING_DESCRIPTION.search(span)
    if m is None or not any(fold_text(w) in RELATIVES for w in span[: m.start()].split()):
        return None
    return _unknown_ref(m.group(1)) if _set_off_name(m.group(1)) else None


def _holder_after_comma(ctx: SentenceContext, verb: Match, words: list[str], limit: int) -> ActorRef | None:
    """The holder named after a comma that closes an unlisted title right after the verb (قال رئيس النادي،
    القطري ناصر الخليفي "…"): the title with its holder's name."""
    if not words or len(words) > data.NAME_AFTER_TITLE_WORDS or not names_a_title(fold_text(words[0])):
        return None
    start = ctx.text.find(words[0], verb.end)
    end = ctx.text.find(words[-1], start) + len(words[-1])
    if ctx.text[end : end + 1] not in ("،", ","):
        return None
    holder = holder_after(ctx.text, end + 1, limit)
    if holder is None or holder.name is None or any(c in ctx.text[end + 1 : holder.name[0]] for c in "،,"):
        return None  # الأديب الجزائري، الطيب العروسي، مدير كرسي المعهد: a name, then another title
    first, last = holder.name
    return ActorRef(ctx.text[start:last], ctx.text[first:last], None, None, None)


def _apposed_speaker(span: str) -> ActorRef | None:
    """A name between commas right after the verb (وكتب، جيسون داو، من سوسيتيه جنرال …): two or three
    words that read as a name — not an aside of time or manner (قالت، عصر أول من أمس، وتابع، وكان يرد)."""
    if not span.startswith(("،", ",")):
        return None
    chunk = re.split(r"[،,]", span[1:])[0].strip()
    words = chunk.split()
    if not 2 <= len(words) <= data.TITLED_NAME_WORDS or words[0][:1] in ("و", "ف") or not _set_off_name(chunk) \
            or any(fold_text(w) in _TIMES or fold_text(w) in _NOT_A_NAME for w in words):
        return None
    return _unknown_ref(chunk)


def _set_off_name(chunk: str) -> bool:
    """Whether words set off by commas read as a name — not whom it was said to (لوكالة رويترز، للصحفيين)."""
    first = fold_text(chunk.split()[0]) if chunk.split() else ""
    return not _addressee(first) and not any(c in chunk for c in "\"«»“”،,") and reads_as_name(chunk)


def _addressee(word: str) -> bool:
    """Whether a folded word names whom something was said to (لوكالة، للصحفيين، لقناة)."""
    return word[:1] == "ل" and (word[1:].startswith("ال") or word[1:] in _OUTLET_NOUNS)


def _opens_with_topic(head: str) -> bool:
    """Whether the words before a verb open with what is spoken about (وبالنسبة للقرارات …، وعن غياب …)."""
    words = fold_text(head).split()
    return bool(words) and (words[0] in _TOPIC_OPENERS or " ".join(words[:2]) in _TOPIC_OPENERS)


def _before_described(text: str, start: int, limit: int) -> int:
    """Where what a verb of description describes opens a few words after ``start``, else ``start``:
    the words before it are the verb's subject — before a demonstrative (ووصفت وسائل إعلام إسرائيلية هذه
    المشاركة), or an indefinite noun in construct right after a definite plural (ووصف الخبراء خطة الحكومة
    بالفاشلة: the experts described the plan)."""
    previous, people = "", False
    tokens = list(re.finditer(r"\S+", text[start:limit]))
    for n, token in enumerate(tokens):
        word = fold_text(token.group())
        # who describe without being named, joined by و or with their plural adjective (اعتبر خبراء ومختصون
        # مشاركة المرأة إنجازا، وصف محللون عسكريون ما يقوم به): the subject
        if (n == 0 or people) and word.removeprefix("و" if n else "") in _DESCRIBERS and not word.startswith("ال") \
                or people and word.endswith(("ون", "ين")) and not word.startswith("ال"):
            people = True
            continue
        if people and not any(fold_text(t.group()) in _DEMONSTRATIVES for t in tokens[n : n + 3]):
            return start + token.start()
        people = False  # ويعتبر خبراء الاقتصاد هذا القرار: their genitive, then what they describe
        if n > data.MAX_SPEAKER_WORDS or word in _SPEAKER_STOPS or word in _DESCRIBED_AS or not word.isalpha():
            return start
        if word in _DEMONSTRATIVES:
            return start + token.start() if n else start
        # (not a second subject joined with و: يعتبر المزارعون وأصحاب المحال)
        if n == 1 and _definite_plural(previous) and not word.startswith(("ال", "ب", "ل", "و")):
            return start + token.start()
        previous = word
    return start


def _definite_plural(word: str) -> bool:
    """A definite noun in a plural form people are named by (العلماء، الخبراء، المحللون، المراقبين)."""
    # (a sound plural of four letters and more: not الديون، القانون)
    return word.startswith("ال") and ((word.endswith(("ون", "ين")) and len(word) >= 8) or word[2:] in _BROKEN_PLURALS)


def _in_brackets(text: str, at: int) -> bool:
    """Whether a bracket opened in ``text`` before ``at`` is still open there: what it holds is an aside
    or a text cited, no complement of the verb (كُتب بداخله عبارة (أتمنى أن نهرم سوياً))."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _after_described_speaker(folded: str, ends: list[int], window: int) -> re.Match[str] | None:
    """A complementiser past the window, right after the comma that closes a speaker's long description
    with a relative clause (قال رئيس شركة "نوغا" واللواء في الاحتياط الذي كان قد شغل منصب قائد المنطقة
    الجنوبية، سامي تورجمان، إنّ)."""
    longer = [w.end() for w in itertools.islice(_WORD.finditer(folded), len(ends) + data.DESCRIBED_SPEAKER_WORDS)]
    m = _complementiser(folded, longer[-1], window) if len(longer) > len(ends) else None
    if m is None:
        return None
    head = folded[: m.start()]
    described = any(w in RELATIVES for w in head.split())
    return m if described and head.rstrip().endswith(("،", ",")) and not any(c in head for c in ".:؛") else None


def _complementiser(folded: str, end: int, start: int = 0) -> re.Match[str] | None:
    """The first complementiser before ``end`` that can open reported content: not one of a
    conjunction (إلا أن، رغم أن، بعد أن، لو أن — كانت التوقعات تشير إلى قدرة المنتخب … إلا أن)."""
    for m in _COMPLEMENT.finditer(folded, start, end):
        before = folded[: m.start()].split()[-2:]
        conjunction = before[-1:] and before[-1].lstrip("وف") in _CONJUNCTION_THAT
        quoted = sum(folded.count(mark, 0, m.start()) for mark in '"“”') % 2 == 1  # موقع "سي إن إن": a name
        # إن before the verb of a condition is "if" (ويكتبونها إن لزم الأمر، الدبلومات إن وجدت)
        condition = m.group().strip() == "ان" and _CONDITION_NEXT.match(folded, m.end()) is not None
        if (not conjunction or before[0] == "من") and not quoted and not condition:  # وأوضحت إليسا من قبل أن: "earlier", then what she said
            return m
    return None


def _described_body(ctx: SentenceContext, tokens: list[re.Match[str]], words: list[str]) -> ActorRef | None:
    """A body and its adjective opening the sentence's subject, then a preposition or the end of what
    stands before the verb (المجلس اليهودي في بريطانيا)."""
    if len(words) < 2:
        return None
    head, adjective = words[0], words[1]
    following = words[2] if len(words) > 2 else ""
    # a masculine one only (اليهودي): feminine ones follow things far more often than bodies (اللهجة الحجازية)
    nisba = adjective.startswith("ال") and adjective.endswith("ي") and adjective not in RELATIVES  # not الذي
    # … or an institution's noun, whatever follows (الإدارة العامة للعلاقات العامة … بيانا أعلنت فيه)
    institution = head.removeprefix("ال") in INSTITUTIONS
    if head.startswith("ال") and ((institution and adjective.startswith("ال"))
                                 or (nisba and (following in _SPEAKER_STOPS or not following))):
        first = ctx.start + tokens[0].start()
        return _unknown_ref(ctx.text[first : ctx.start + tokens[1].end()].rstrip("،,"))
    if head.startswith("ال") and institution and adjective.isalpha():
        # … or alone, then its object (وثق المرصد مقتل 18 مدنيا، وقال): the body the text named
        return _unknown_ref(ctx.text[ctx.start + tokens[0].start() : ctx.start + tokens[0].end()])
    if head in PEOPLE:  # ويوجه سكان مرعوبون نداءات …، مؤكدين: people, perhaps with their plural adjective
        last = tokens[1] if adjective.endswith(("ون", "ين")) and adjective not in _SPEAKER_STOPS else tokens[0]
        return _unknown_ref(ctx.text[ctx.start + tokens[0].start() : ctx.start + last.end()].rstrip("،,"))
    return None


def _named_body_words(words: list[str]) -> list[str] | None:
    """A body named by its noun and the definite words of its name, opening ``words`` (مؤسسة البترول
    الكويتية وقف …): the noun, then up to four definite words, before the next word or a comma."""
    if not words or fold_text(words[0]).startswith("ال") or not body_noun(fold_text(words[0])):
        return None
    n = 1
    while n < min(len(words), 5) and fold_text(words[n]).startswith("ال") and not words[n - 1].endswith(("،", ",")):
        n += 1
    if n < 2 or n == len(words):
        return None  # a noun alone, or nothing after the name: not a subject before its object
    return [w.rstrip("،,") for w in words[:n]]


def _called_on(verb: Match, words: list[str]) -> bool:
    """Whether the words after a feminine verb of calling name, before إلى, a masculine noun: the one
    called on, not the subject (ودعت المجتمع الدولي إلى أن; ودعت الحكومة إلى is the government calling)."""
    folded = [fold_text(w) for w in words]
    if reporting_id(verb) != "call" or not fold_text(verb.text).endswith("ت") or _TO not in folded[1:]:
        return False
    return not folded[0].endswith(("ه", "ات"))


def _hangs_on_clause(ctx: SentenceContext, verb: Match) -> bool:
    """Whether the verb opens a clause that hangs on the sentence's own: right after إذ، حيث … (رسالة
    للمتهم إذ قال له) or describing the noun before it (ووجه كلمة لجمهوره أكد فيها أن). What stands before
    it is no speaker; the sentence's subject is."""
    if verb.prefix:
        return False
    before = [fold_text(w) for w in ctx.text[ctx.start : word_start(ctx.text, verb.start)].split()]
    # (… or past "he" after one: بحيث إنه قال إن — the sentence's subject again)
    if len(before) >= 2 and before[-1] in _HE_THAT and before[-2] in _SUBORDINATORS:
        return True
    return bool(before) and before[-1] in _SUBORDINATORS \
        or any(w in _RESUMPTIVE for w in words_after(ctx, verb, 8)[:1])


def _pointed_subject(ctx: SentenceContext, verb: Match) -> bool:
    """Whether a thing pointed at is the verb's subject, right before it in its clause (وهذا الوضع يدعو
    إلى، هذه الأرقام تشير إلى أن): what it shows is nobody's words."""
    if verb.prefix:
        return False
    head = re.split(r"[،,:؛.«»\"“”]", ctx.text[ctx.start : word_start(ctx.text, verb.start)])[-1].split()
    that = next((n for n, w in enumerate(head[:3]) if fold_text(w).removeprefix("و") in _THAT), None)
    if that is not None and all(fold_text(w).removeprefix("و") in _THAT_OPENERS for w in head[:that]):
        head = head[that + 1 :]  # ورغم أن هذا يشير إلى أن (not ورغم ذلك وصف: ذلك is رغم's)
    return 1 <= len(head) <= 3 and fold_text(head[0]).removeprefix("و") in _DEMONSTRATIVES \
        and not any(fold_text(w) in RELATIVES for w in head)  # تلك الإجراءات التي يرى البعض


def _antecedent(ctx: SentenceContext, clause_start: int) -> ActorRef | None:
    """Who a relative pronoun at ``clause_start`` stands for: the actor or quoted name that ends the
    clause before it, past other relative clauses (الشركة "ريلاينس"، التي تمتلك …، التي أعلنت)."""
    end = clause_start - 1
    while end > ctx.start:
        start = max(ctx.text.rfind("،", ctx.start, end), ctx.text.rfind(",", ctx.start, end)) + 1 or ctx.start
        start = max(start, ctx.start)
        words = fold_text(ctx.text[start:end]).split()
        if not (words and words[0] in RELATIVES):
            break
        end = start - 1
    before = ctx.text[ctx.start : end].rstrip(" ،,")
    quoted = _QUOTED_NAME_AT_END.search(before)
    if quoted:
        name = quoted.group(1).strip()
        return _unknown_ref(name)
    last = next((m for m in reversed(ctx.mentions) if m.end <= ctx.start + len(before)), None)
    if last is not None and not ctx.text[last.end : ctx.start + len(before)].strip() and last.label not in ("LOC", "MISC"):
        return last.ref
    # … or, for a plural pronoun, a definite plural nobody listed (معارضة الجمهوريين، الذين …، والذين حذروا)
    pronoun = fold_text(ctx.text[clause_start : ctx.end]).split()[:1]
    if not pronoun or pronoun[0].removeprefix("و") not in _PLURAL_RELATIVES:
        return None
    final = []  # its adjective too (المسؤولين الفيدراليين)
    for word in reversed(before.split()[-2:]):
        bare = fold_text(word).removeprefix("و") if final else fold_text(word)
        if not (bare.startswith("ال") and bare.endswith(("ين", "ون"))):
            break
        final.insert(0, word.removeprefix("و") if final else word)
    return _unknown_ref(" ".join(final)) if final else None


def _ranked_name(ctx: SentenceContext, start: int, rank_end: int, limit: int) -> ActorRef | None:
    """A rank or honorific and a name of two words, a given name and a family name with the article
    and a ي (ورفع اللواء جمعان الغامدي الشكر …): the family name ends it, what follows is the object."""
    words = list(re.finditer(r"\S+", ctx.text[rank_end:limit]))[:2]
    if len(words) < 2:
        return None
    given, family = (fold_text(w.group()) for w in words)
    if given.startswith("ال") or not given.isalpha() or given in _SPEAKER_STOPS \
            or not (family.startswith("ال") and family.endswith("ي") and family.isalpha()):
        return None
    end = rank_end + words[1].end()
    return ActorRef(ctx.text[start:end], ctx.text[rank_end + words[0].start() : end], None, None, None)


def _narrated_clause(ctx: SentenceContext, at: int) -> bool:
    """Whether a verb with no و and a named person right after it opens the text at ``at`` (، رفض
    الرئيس الفرنسي التعليق): the narrator goes on, what was said has ended — a body after the verb may
    be its object (، طالبت الحكومة الأميركية بالتحقيق)."""
    rest = ctx.text[at : ctx.end]
    word = at + len(rest) - len(rest.lstrip())  # where the first word after the comma starts
    verb = next((t for t in ctx.triggers if word_start(ctx.text, t.start) == word
                 and not t.prefix and not fold_text(t.text).startswith("ال")), None)
    if verb is None:
        return False
    return any(m.start == verb.end + 1 and m.label == "PER" for m in ctx.mentions)


def _as_one_says(ctx: SentenceContext, verb: Match, after: str) -> bool:
    """Whether the verb follows كما and a short quoted name follows it (كما يقول "غريمي"): an aside
    naming whose view the sentence gives."""
    close = after.find(data.QUOTE_MARKS[after[0]], 1)
    before = words_before(ctx, word_start(ctx.text, verb.start), 1)
    return not verb.prefix and before == ["كما"] and 0 < close and len(after[1:close].split()) <= data.QUOTED_NAME_WORDS


def _definite_subject(words: list[str]) -> bool:
    """Whether the words between a complementiser and the verb are a definite noun and its adjectives
    (أن القوى الوطنية دعت), perhaps one of them (أن أحد الموظفين قال): the subject أن takes, the one
    who speaks in what is reported."""
    folded = [fold_text(w) for w in words]
    if len(folded) > 1 and folded[0] in _QUANTITIES:
        folded = folded[1:]
    return 1 <= len(words) <= 3 and all(w.startswith("ال") and w.isalpha() for w in folded) \
        and not any(w in _SPEAKER_STOPS or w in _NOT_A_NAME or w in RELATIVES for w in folded)


def _relative_disagrees(ctx: SentenceContext, verb: Match) -> bool:
    """Whether the relative pronoun right before the verb cannot be its subject: a feminine or plural
    one before a verb in the masculine singular (التي قال إنها، الذين قال إنهم) — what was spoken about."""
    if verb.prefix:
        return False
    before = words_before(ctx, word_start(ctx.text, verb.start), 1)
    if not before or before[0] not in _FEMININE_OR_PLURAL_RELATIVES:
        return False
    word = fold_text(verb.text)
    return (word.startswith("ي") and not word.endswith(("ون", "وا", "ن"))) \
        or (not word.startswith(("ي", "ت", "ن", "ا")) and not word.endswith(("ت", "وا", "ن", "ا")))


def _relative_holder(ctx: SentenceContext, verb: Match) -> ActorRef | None:
    """The person or organisation named right before the relative pronoun before ``verb`` — or, where
    the knowledge base names none, two words that read as a name (سلفه فرانسوا هولاند الذي اعتبر)."""
    rel_end = len(ctx.text[: word_start(ctx.text, verb.start)].rstrip())
    holder = next((m for m in reversed(ctx.mentions) if m.end <= rel_end), None)
    if holder is None or holder.label in ("LOC", "MISC") or holder.end < ctx.start:
        return _unlisted_before_relative(ctx, rel_end)
    if fold_text(ctx.text[holder.end : rel_end]).strip() in RELATIVES:
        return holder.ref
    return _unlisted_before_relative(ctx, rel_end)


def _unlisted_before_relative(ctx: SentenceContext, rel_end: int) -> ActorRef | None:
    """Two words that read as a name right before the relative pronoun ending at ``rel_end``."""
    words = ctx.text[ctx.start : rel_end].split()
    if len(words) < 3 or fold_text(words[-1]) not in RELATIVES:
        return None
    name = words[-3:-1]
    start = ctx.text.rfind(" ".join(name), ctx.start, rel_end)
    listed = any(m.start < start + len(" ".join(name)) and m.end > start for m in ctx.mentions)  # الملك فهد بجدة
    if listed or any(fold_text(w).startswith("ال") or fold_text(w) in _SPEAKER_STOPS or fold_text(w) in _NOT_A_NAME
                     or fold_text(w) in _DEMONSTRATIVES or not w.isalpha() for w in name) \
            or not reads_as_name(" ".join(name)) or names_a_title(fold_text(name[0])):
        return None
    return _unknown_ref(" ".join(name))


def _verbal_noun_object(first: list[str]) -> bool:
    """Whether the first of the two words after a verb of saying is an indefinite verbal noun of the
    forms استفعال، افتعال، انفعال with its genitive, its object (أكد ارتفاع أعداد، أعلن انسحاب القوات) — not
    a body (ائتلاف), a poll (كشف استطلاع أجرته) nor a nisba (استشاري)."""
    if len(first) < 2 or first[0][-1:] in "،,:" or fold_text(first[1]) in COMPLEMENT_WORDS:
        return False  # وأوضح أستافيف أن: a name, its saying next
    word = fold_text(first[0].strip("«»\"“”"))
    return bool(_VERBAL_NOUN.fullmatch(word)) and not word.startswith("ال") and not word.endswith("ي") \
        and not body_noun(word) and word not in _SPEAKING_NOUNS


_THE_PRESS = frozenset(fold_text(w) for w in ("وسائل إعلام", "مصادر إعلامية", "تقارير إعلامية"))
_SPEAKING_NOUNS = frozenset(fold_text(w) for w in ("ائتلاف", "اتحاد", "استطلاع", "استبيان"))


def _voweled_passive(verb: Match) -> bool:
    """Whether a past reporting verb is written in the passive, a damma on its first letter (ذُكر أن،
    وأُعلن أن، كُتب عليها): said by no one the sentence names."""
    word = verb.text.removeprefix(verb.prefix)
    return len(word) > 2 and word[0] not in "يتنم" and word[1] == "\u064f"


_ON_IT = frozenset(fold_text(w) for w in ("عليها", "عليه", "عليهم"))
_WROTE = fold_text("كتب")


def _written_on(ctx: SentenceContext, verb: Match) -> bool:
    """Whether كتب, unvoweled, is followed by عليها (رفعوا لافتات كتب عليها «…»): written on the sign,
    a passive — said by no one the sentence names."""
    word = fold_text(verb.text.removeprefix(verb.prefix))
    after = fold_text(ctx.text[verb.end : verb.end + 10]).split()
    return word == _WROTE and bool(after) and after[0] in _ON_IT


def _unmarked_outlet(tokens: list[str]) -> int:
    """How many words after لموقع، لصحيفة … name the outlet with no article or mark: one or two, when a
    preposition, a complementiser or a mark follows them (لموقع سيتي على الإنترنت، لصحيفة بلجيكية أنه) —
    else none (لصحيفة الحياة وزير …: the article; لموقع إيلاف محمد العلي إن: a name may follow)."""
    for n in (1, 2):
        if len(tokens) <= n or any(not t.isalpha() or fold_text(t).startswith("ال") for t in tokens[:n]):
            return 0
        following = tokens[n]
        if following[:1] in _OPENING or following[:1] in ":،," or fold_text(following) in _OUTLET_ENDS:
            return n
    return 0


# what follows an outlet's name: where or when it was said, or what (على الإنترنت، أمس، أنه)
_OUTLET_ENDS = frozenset(fold_text(w) for w in ("على", "في", "عبر", "من", "خلال")) | COMPLEMENT_WORDS | TIMES_AND_DAYS


def _told(word: str, folded: str, words: list[str]) -> str | None:
    """Whether a word names whom it was said to, and where: ``after`` the speaker's name in ``words``,
    ``before`` it (لـ«عكاظ»), a person (للرئيس الأمريكي: ``back``, the speaker was named earlier), or
    None for a word of the name."""
    # (… not after a title, whose complement it is: مدير وكالة الاستخبارات المركزية، رئيس صحيفة)
    addressee = bool(words) and folded in _MEDIA_NOUNS \
        and fold_text(words[-1]) not in _MEDIA_NOUNS | _QUANTITIES | _TITLE_NOUNS
    if not (word.startswith(("لـ", "ل«", 'ل"')) or folded in _TO_MEDIA or folded.startswith("لل") or addressee):
        return None
    if words:
        return "after"
    if folded.startswith("لل") and ("ال" + folded[2:] in _PERSON_TITLES or folded[2:] in _PERSON_TITLES):
        return "back"
    return "before"


_NEWS_AGENCY = fold_text("وكالة أنباء")  # … and its name after it (وكالة أنباء الأناضول)


def _names_institution(bare: str, media: bool, first: bool) -> bool:
    """Whether a word after an institution's noun goes on its name: no mark, stop, complementiser, time
    or adjective in ـية (شركة أمريكية), and the article only as the first word of a medium's name
    (وكالة أنباء الأناضول, not الرسمية)."""
    folded = fold_text(bare)
    if not bare or bare[:1] in _OPENING or folded in _SPEAKER_STOPS or folded in COMPLEMENT_WORDS or folded in _TIMES:
        return False
    if folded.endswith("يه") and len(folded) > 4:
        return False
    if folded.startswith("ال"):
        return media and first and not folded.endswith(("ي", "يه"))
    return reads_as_name(bare)
_OUTLET_TAILS = frozenset(fold_text(w) for w in ("نت", "أونلاين", "اونلاين"))  # الميادين نت: a website


def _names_outlet(word: str) -> bool:
    """Whether a word after لوكالة، لصحيفة … goes on naming the outlet: the article, a parenthesis or
    marks, Latin letters, or an agency's own word (الأنباء الألمانية (د.ب.أ)، فرانس برس)."""
    folded = fold_text(word.strip("،,:«»\"“”()"))
    return folded.startswith("ال") or word[:1] in "(«\"“" or word.isascii() or folded in _AGENCY_WORDS


def _holder(span: str, words: list[str]) -> str | None:
    """The name in apposition after a description (المشرّعة الأوكرانية، ساشا أوستينوفا، إنّ؛ أحد كبار
    الدبلوماسيين الفرنسيين، جيرارد أرو، وهو), or after an honorific further on: the person described.
    Not after a name (جون سميث، عمدة لندن)."""
    first = fold_text(words[0])
    if not (first.startswith("ال") or first in _TITLE_NOUNS or first in _QUANTITIES):
        return None
    on_behalf = len(words) > 2 and fold_text(words[1]) in ON_BEHALF
    if on_behalf and any(names_a_title(fold_text(w)) for w in words[2:]):
        return None  # متحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي: the name is the inner title's
    at = span.find(words[-1]) + len(words[-1])
    found = APPOSED.search(span, at)
    close_to = fold_text(words[-1]) in _CLOSE_TO  # الصحافي المقرب من حزب العمال، دياري محمد
    if found is not None and not _title_complement(span[at : found.start()].split(), close_to):
        found = None
    if found is None or not reads_as_name(found.group(1)) or fold_text(found.group(1).split()[0]) in _TITLE_NOUNS \
            or fold_text(found.group(1)) in SAYING_WORDS \
            or fold_text(found.group(1).split()[0]) in _ASIDE_OPENERS:  # … قوله؛ الفيفا، ومقره زوريخ، أنه
        found = HONORED.match(span, at)  # رئيس النادي، المنسق العام للمسابقة الدكتور عبدالرحمن السلمي، أن
    return found.group(1) if found is not None and reads_as_name(found.group(1)) else None


def _title_complement(words: list[str], close_to: bool = False) -> bool:
    """Whether the words between a description and a comma complete it (الخبير في الشؤون الاستخبارية،
    المتحدث باسم الجيش،): a preposition, then nouns with the article or an institution and its name
    (في هيئة الأركان، القيادي في حركة حماس،) — not a clause (في مؤتمر صحفي مع …). ``close_to``: the
    description ends in a word of closeness, which takes من (المقرب من حزب العمال الكردستاني،)."""
    if not words:
        return True
    folded = [fold_text(w) for w in words]
    opens = folded[0] == "في" or folded[0][:1] in ("ب", "ل") or (close_to and folded[0] == "من")
    if len(words) > _TITLE_COMPLEMENT_WORDS or not opens:
        return False
    for n, word in enumerate(folded[1:], 1):
        named = folded[n - 1] in INSTITUTIONS  # the word after an institution may be its name (حركة حماس)
        # … a noun before its genitive (على شركات الصادر), another preposition, a word joined with و
        construct = n + 1 < len(folded) and folded[n + 1].startswith("ال") and folded[n - 1] in _INNER_PREPOSITIONS
        # … or a place's name ending it (لنصرة الأشقاء في سوريا،)
        placed = n == len(folded) - 1 and folded[n - 1] in _INNER_PREPOSITIONS
        bare = word[1:] if word[:1] == "و" and word[1:3] == "ال" else word
        # … a genitive with ل and its noun (الجبهة الشعبية لتحرير فلسطين)
        lam = word.startswith("ل") and len(word) > 3
        after_lam = folded[n - 1].startswith("ل") and not folded[n - 1].startswith("ال") and len(folded[n - 1]) > 3
        if not (bare.startswith("ال") or bare in INSTITUTIONS or named or construct or word in _INNER_PREPOSITIONS
                or lam or after_lam or placed):
            return False
    return folded[-1] not in _INNER_PREPOSITIONS


def _past_quoted(tokens: list[str], n: int, words: list[str]) -> int | None:
    """The index of the last token of a quoted name at ``tokens[n]`` that a speaker's name goes on
    past (صحيفة "هآرتس" الإسرائيلية، قال لـ "الاقتصادية" عقيل الجاسم), or None where the name ends:
    the quotation opens, or a participle adjective describes the name (موقع "أفريكا إنتليجنس" المقرب)."""
    taken = _quoted_in_name(tokens, n, words)
    if taken is None:
        return None
    last = n + taken - 1
    return None if tokens[n] != "لـ" and _participle_adjective(tokens[last + 1 : last + 2]) else last


def _quoted_in_name(tokens: list[str], n: int, words: list[str]) -> int | None:
    """How many tokens a quoted name at ``tokens[n]`` takes inside a speaker's name, adding it to
    ``words`` when it names the generic noun before it (صحيفة "هآرتس"); a quoted name after لـ before
    the speaker is whom it was said to (قال لـ "الاقتصادية" عقيل الجاسم). None: the name ends here."""
    if tokens[n] == "لـ":
        quoted = _short_quoted(tokens[n + 1 :])
        return None if words or not quoted else 1 + len(quoted)
    quoted = _short_quoted(tokens[n:]) if words else None
    if quoted is None:
        return None
    words.extend(w.strip("«»\"“”") for w in quoted)
    return len(quoted)


def _head_words(head: str) -> list[str]:
    """The words before a verb that may name its subject, without the particles and auxiliaries
    around them (لكن ماسك قال → ماسك، وكانت ماي أعلنت → ماي، وكانت صحيفة بيلد قد ذكرت → صحيفة بيلد)."""
    words = [w for w in (w.strip("«»\"“”") for w in head.split()) if w]
    while words and fold_text(words[0]) in _CLAUSE_OPENERS | COMPLEMENT_WORDS:
        words.pop(0)
    while words and fold_text(words[-1]) in _AUXILIARIES:
        words.pop()
    # …، والمكتب الإعلامي الحكومي يؤكد، والشواهد تؤكد: the joining و is no letter of the subject (but واللي
    # is a relative in speech)
    joined = words[:1] and words[0].startswith("وال") and fold_text(words[0][1:]) not in RELATIVES
    if joined and (len(words[0]) >= 6 if len(words) == 1 else words[1].startswith("ال")):
        words[0] = words[0][1:]
    return words


def _verb_after_qad(head: str, first: str) -> bool:
    """Whether قد stands right before ``first``, the first of the head's words: a verb, not a name."""
    raw = [w.strip("«»\"“”") for w in head.split()]
    n = raw.index(first) if first in raw else 0
    return n > 0 and fold_text(raw[n - 1]) in _QAD


def _subject_before_object(words: list[str]) -> list[str] | None:
    """The subject after a verb, before its indefinite object (إحدى الصحف الكتالونية | معلومات): the
    words up to an indefinite plural or accusative after a definite one, or a body's noun and name
    before an accusative; None without such a break."""
    definite = False
    for n, w in enumerate(words):
        if fold_text(w).startswith("ال"):
            definite = True
        elif definite:  # an indefinite plural or accusative (معلومات، تقريرا); not وقد بلغت الذروة في وصف
            noun = fold_text(w).endswith(("ات", "ا")) and fold_text(w) not in _NO_OBJECTS
            return words[:n] if n <= data.MAX_SPEAKER_WORDS and noun else None
    if 2 <= len(words) <= data.MAX_SPEAKER_WORDS and body_noun(fold_text(words[0])) \
            and fold_text(words[-1]).endswith("ا"):
        return words[:-1]  # موقع أكسيوس | تقريرا: a body by its name, then its accusative object
    return None


def _before_name(word: str) -> str | None:
    """What a folded word before a speaker's name is: ``skip`` (عنه، سمو، أمس: the name follows),
    ``back`` (ظنها، هو الآخر، انتباه: the speaker was named earlier), or None."""
    if word in LEAD_SKIPS or word in STYLE_WORDS or word in _TIMES:
        return "skip"
    if word.endswith(("ها", "هم", "هما")) or word in _BACK_REFERENCES or ATTENTION.fullmatch(word):
        return "back"
    return None


def _opens_with(ctx: SentenceContext, subject: Mention) -> bool:
    """Whether the sentence opens with ``subject``: nothing before it but particles and auxiliaries
    (وكان البيت الأبيض،), or its own title (وزير الخارجية الإيراني حسين أمير عبد اللهيان،)."""
    head = ctx.text[ctx.start : subject.start].split()
    if all(fold_text(w) in _CLAUSE_OPENERS for w in head):
        return True
    return subject.label == "PER" and len(head) <= data.MAX_SPEAKER_WORDS and names_a_title(fold_text(head[0])) \
        and not any(c in " ".join(head) for c in "،,:.«»\"“”")


def _qualified(ctx: SentenceContext, m: Mention) -> Mention:
    """The actor a country adjective right after it qualifies (وحرس الثورة الإيراني يؤكد: the Guards), or the
    mention itself."""
    if m.label != "MISC":
        return m
    head = next((x for x in reversed(ctx.mentions) if x.end <= m.start), None)
    same = head is not None and (head.ref.code or "")[:3] == (m.ref.code or "")[:3]
    return head if same and not ctx.text[head.end : m.start].strip() else m


def _inscription(ctx: SentenceContext, verb: Match) -> ActorRef | None:
    """A sign, slogan or hashtag before a present verb in its clause says what is quoted (تحمل وسما يقول
    "…"، رفعوا لافتات تقول، نصب لافتة أمام منزله تقول): the words are its own; not a post someone wrote
    (تغريدة يقول فيها: he speaks)."""
    if verb.prefix or not fold_text(verb.text).startswith(("ي", "ت")):
        return None
    clause = re.split(r"[،,.:؛]", ctx.text[ctx.start : word_start(ctx.text, verb.start)])[-1].split()
    # (a banner further back, past where it hangs: لافتة أمام منزل عزريا تقول; a board or a message only
    # right before the verb — لوحة may be a painting, رسالة its writer's)
    sign = next((w for w in reversed(clause[-_INSCRIPTION_WORDS:]) if fold_text(w) in _BANNERS), None) \
        or next((w for w in clause[-1:] if fold_text(w) in _INSCRIPTIONS), None)
    after = fold_text(ctx.text[verb.end : verb.end + 12]).split()[:1]
    if sign is None or (after and after[0] in _IN_IT):
        return None
    return _unknown_ref(sign)


def _participle_adjective(tokens: list[str]) -> bool:
    """Whether the next token is a definite participle describing the name before it (موقع "…" المقرب
    من، المتخصص): not a relative adjective (الإسرائيلية) or a noun the name goes on with (الاحتلال)."""
    word = fold_text(tokens[0].strip("،,:")) if tokens else ""
    return word.startswith("الم") and not word.endswith(("ي", "يه"))


def _short_quoted(tokens: list[str]) -> list[str] | None:
    """The tokens of a short quoted name opening ``tokens`` ("هآرتس"، "يديعوت أحرونوت"), marks included."""
    mark = data.QUOTE_MARKS.get(tokens[0][:1])
    if mark is None:
        return None
    for n, token in enumerate(tokens[: data.QUOTED_NAME_WORDS]):
        if token.rstrip("،,:.").endswith(mark) and (n or len(token.rstrip("،,:.")) > 1):
            quoted = tokens[: n + 1]
            return None if any(c in "؟?!" for t in quoted for c in t) else quoted  # "لماذا تلومون إيران؟": said
    return None


def _without_complementiser(words: list[str]) -> list[str]:
    """The words of a name without what opens the content after them (أنهم، إن)."""
    while words and fold_text(words[-1]) in COMPLEMENT_WORDS \
            and not _letters_of_a_name(" ".join(words), (len(" ".join(words[:-1])) + 1, len(" ".join(words)))):
        words = words[:-1]
    return words


def _name_before_title(words: list[str]) -> list[str]:
    """A name ends where its description starts (جوزيه مورينيو مدرب تشيلسي، مرضى جلباخ أحد المهتمين → the
    name); a title ends before an honorific whose name was cut off (رئيس فريق التنظيم … المهندس)."""
    folded = [fold_text(w) for w in words]
    if folded and (folded[0] in HONORIFIC_WORDS or not names_a_title(folded[0])):  # البروفسور غاري كينغ أستاذ …
        first = 2 if folded[0] in HONORIFIC_WORDS else 1  # الدكتور عبد اللطيف الزياني الأمين العام …
        cut = next((i for i, w in enumerate(folded) if i >= first and (names_a_title(w) or w in _ONE_OF)), len(words))
        return words[:cut]
    while len(words) > 1 and fold_text(words[-1]) in HONORIFIC_WORDS:
        words = words[:-1]
    return words


def _statement_issuer(ctx: SentenceContext, coref: Coreference, speaker: ActorRef) -> ActorRef:
    """A statement speaking (وأضاف البيان أن) as whoever the text last quoted from a statement (وقال
    الفيفا في بيان): its owner; a named speaker in a sentence with a statement is learnt as one."""
    if fold_text(speaker.text) in _THE_STATEMENT:
        owner = coref.bodies.get(_STATEMENT_KEY)
        return replace(owner, text=speaker.text) if owner is not None else speaker
    sentence = ctx.text[ctx.start : ctx.end]
    said_in = "بيان" in sentence and _A_STATEMENT.search(fold_text(sentence))  # a cheap look first
    statement = _A_STATEMENT.match(fold_text(speaker.name).removeprefix("و"))  # بيان لرئاسة أمن الدولة: no owner
    if (speaker.id or speaker.code or speaker.text) and said_in and not statement:
        coref.bodies[_STATEMENT_KEY] = replace(speaker, text=speaker.name)
    return speaker


def _named_body(coref: Coreference, speaker: ActorRef) -> ActorRef:
    """A speaker that is a body's noun alone (الصحيفة، الوزارة) as the body of that noun the text named
    last; a speaker that names a body with its noun is learnt (صحيفة نيويورك تايمز)."""
    words = fold_text(speaker.text).split()
    noun = body_noun(words[0]) if words else ""
    if not noun:
        return speaker
    if len(words) == 1 and words[0].removeprefix("و").startswith("ال"):
        known = coref.bodies.get(noun)
        return replace(known, text=speaker.text) if known is not None else speaker
    clean = len(words) <= data.MAX_SPEAKER_WORDS - 1 and not any(c in speaker.text for c in "،,") \
        and not any(w in COMPLEMENT_WORDS or w in _ENDING_PREPOSITIONS for w in words)  # حزب المحافظين إلى التحقيق
    if len(words) > 1 and clean and not words[0].removeprefix("و").startswith("ال"):
        # by its own name, not the generic one the knowledge base gives (وكالة الأنباء الكورية: not وسائل الإعلام)
        own = fold_text(speaker.name) in fold_text(speaker.text)
        coref.bodies[noun] = speaker if own else replace(speaker, name=body_name(speaker.text))
    return speaker


def _after_the_subject(previous: str, word: str, following: list[str]) -> bool:
    """Whether a folded word after a subject's word opens the verb's object: a noun with its owners'
    pronoun after a definite noun (أكد القادة التزامهم — not مدير أعمالها, its genitive) or ما and what it
    relates (نفت مصادر مسؤولة ما تردد — not جاك ما before what he said)."""
    owned = len(word) >= 5 and word.endswith(("هم", "هما", "ها")) and fold_text(previous).startswith("ال") \
        and not word.startswith(tuple(ON_BEHALF)) and not word.endswith("ابها")  # المتحدثون باسمها، فرع الجمعية بأبها
    # … before what he said or whom to (جاك ما لمحطة بلومبيرغ إنه)
    said_next = bool(following) and (fold_text(following[0]) in COMPLEMENT_WORDS or following[0][:1] in _OPENING
                                     or following[0].startswith("ل"))
    return owned or (word == "ما" and bool(following) and not said_next)


def _construct_head(ctx: SentenceContext, m: Mention) -> ActorRef | None:
    """The plural in construct whose genitive the mention is (لكن مسؤولي المتنزه قالوا، ممثلو النقابات):
    they speak, not what they belong to, and for it."""
    head = _CONSTRUCT_HEAD.search(ctx.text, max(ctx.start, m.start - 20), m.start)
    if head is None or not fold_text(ctx.text[m.start : m.end]).startswith("ال"):
        return None
    return _unknown_ref(ctx.text[head.start() : m.end], m.ref.code)  # مسؤولي المخابرات الصومالية: for it


def _apposed_name(chunk: str) -> str | None:
    """The name one of a speaker's appositions holds, past its honorifics (البروفيسور ديفيد جيرديس → ديفيد
    جيرديس; لوتار ماتيوس); None for a description (عالم الفلك في جامعة ميتشيغان، اللاعب السابق)."""
    words = chunk.split()
    while words and fold_text(words[0]) in HONORIFIC_WORDS:
        words = words[1:]
    if not 2 <= len(words) <= data.TITLED_NAME_WORDS:
        return None
    first = fold_text(words[0])
    if first.startswith("ال") or names_a_title(first) or not reads_as_name(" ".join(words)):
        return None
    return " ".join(words)


def _ends_before_its_noun(words: list[str]) -> bool:
    """Whether the words end with a preposition (التابعة لـ، … المرتد في): a clause cut short, no name."""
    return fold_text(words[-1]).rstrip("ـ") in _ENDING_PREPOSITIONS


def scripture_speaker(ref: ActorRef) -> ActorRef | None:
    """The Prophet or God for a speaker written as a blessing or an epithet (قال صلى الله عليه وسلم، قال
    النبي عليه الصلاة والسلام، قال تعالى), another prophet by his name (نوح عليه السلام); None for
    anyone else."""
    written = " ".join((ref.text or ref.name).split())
    folded = fold_text(written)
    if folded in _GOD:
        return replace(ref, name="الله", name_en="God", id=None, code=None)
    blessing = next((b for b in _BLESSINGS if folded == b or folded.endswith(" " + b)), None)
    if blessing is None:
        return None
    who = folded[: -len(blessing)].strip()
    last = [w.removeprefix("و") for w in who.split()[-2:]]
    if who in _THE_PROPHET or " ".join(last) in _THE_PROPHET or (bool(last) and last[-1] in _THE_PROPHET):  # كيف والرسول
        return replace(ref, name="النبي محمد", name_en="the Prophet Muhammad", id=None, code=None)
    return replace(ref, name=" ".join(written.split()[: len(who.split())]), id=None, code=None)


def is_scripture(ref: ActorRef) -> bool:
    """Whether a quotation's speaker is God or a prophet: scripture quoted, never the article's speaker
    going on in the next sentence."""
    return ref.name in ("الله", "النبي محمد") or scripture_speaker(ref) is not None


def _unknown_ref(name: str, code: str | None = None) -> ActorRef:
    """A speaker the knowledge base does not know, by the name the text gives."""
    name = name.strip(" ،,:")
    bare = name.strip(" \"«»“”،,:")  # وكالة الشرطة الأوروبية "يوروبول"، → no mark or comma left over
    # … but a name quoted in part keeps both its marks (مصادر "رفيعة المستوى")
    name = name if bare.count('"') % 2 or any(c in bare for c in "«“") else bare
    return ActorRef(text=name, name=name, name_en=None, id=None, code=code)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛"):
        end -= 1
    return end


def _closing_mark(ctx: SentenceContext, start: int, default: int) -> int:
    """Where the quotation opened by the mark just before ``start`` closes, else ``default``. A straight
    mark after a space and before a letter opens a name quoted inside (: "انتظرت حركة "تحرير السودان" 10
    أشهر …"): the quotation goes on past its pair."""
    mark = data.QUOTE_MARKS[ctx.text[start - 1]]
    first = close = ctx.text.find(mark, start, ctx.end)
    while mark == '"' and close > start and ctx.text[close - 1].isspace() and ctx.text[close + 1 : close + 2].isalpha():
        pair = ctx.text.find(mark, close + 1, ctx.end)
        following = ctx.text.find(mark, pair + 1, ctx.end) if pair > 0 else -1
        if following < 0 or len(ctx.text[close:pair].split()) > data.QUOTED_NAME_WORDS:
            close = first  # no mark that closes the whole, or a quotation of its own: the first mark closes it
            break
        close = following
    return close if close > start else default


def _next_headline_clause(ctx: SentenceContext, verb: Match, start: int, end: int) -> int:
    """Where a lede in the present (الرئيس الأذربيجاني يؤكد أنّ …) joins its next item after a comma: an
    actor with و and a present verb of its own (، وإردوغان يشيد بـ…) — what that actor does, not said — or
    the speaker's own next act, a present verb of the same person (تؤكد بارك أنها ضحية …، وترفض حضور الجلسات;
    not وتمنع after يؤكد، what the content's subject does)."""
    person = fold_text(verb.text).removeprefix("و")[:1]
    for comma in re.finditer(r"[،,]\s*و", ctx.text[start:end]):
        at = start + comma.end() - 1
        if _inside_quotation(ctx, at):
            continue
        own = word_after(ctx, at).removeprefix("و").rstrip("،,.")
        next_item = any(m.start - len(m.prefix) == at and can_act(m) and joined_present_verb(ctx, m)
                        and lexicon_verb_at(ctx, m.end) for m in ctx.mentions)
        # (a verbal noun in تفعيل is no verb: وتحقيق نمو طفيف)
        verbal_noun = len(own) == 5 and own[0] == "ت" and own[3] == "ي"
        next_act = own[:1] == person and PRESENT_FORM.fullmatch(own) is not None and not verbal_noun \
            and lexicon_verb_at(ctx, at)
        if next_item or next_act:
            return _trimmed_end(ctx.text, start, start + comma.start())
    return end


def _inside_quotation(ctx: SentenceContext, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened earlier in the sentence (a quoted وصف)."""
    before = ctx.text[ctx.start : pos]
    if before.rfind("«") > before.rfind("»"):
        return True
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
