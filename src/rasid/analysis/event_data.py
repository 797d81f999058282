"""Language knowledge for coding events: negation, modality cues, prepositions, implicit subjects.

All forms are written as the press writes them and compared folded.
"""

from rasid.analysis.entity_data import DEPUTY_WORDS

# A negation particle up to this many words before a trigger negates it (لم يستقبل، لن يلتقي).
NEGATION_WINDOW = 2
NEGATION_ANY_EXTRA = 3  # … and this many more words when أي stands right before the trigger
NEGATORS: tuple[str, ...] = ("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "دون", "عدم", "بدون",
                             # … and the cancelling or putting off of what follows (قامت بإلغاء اجتماع، تأجيل اقتحام
                             # حديثة) — not the verbs, which are as often listed beside another (ألغت أو رفضت)
                             "إلغاء", "بإلغاء", "تأجيل", "بتأجيل", "إرجاء")
# A verb of denial or refusal before the trigger negates it too (نفى أن يكون قد التقى) …
DENIAL_VERBS: tuple[str, ...] = ("نفى", "نفت", "ينفي", "تنفي", "رفض", "رفضت", "يرفض", "ترفض", "استبعد")
# … within its complement clause after أن, or this many words after it (رفضت إسرائيل الانسحاب)
DENIAL_OBJECT_WORDS = 3
# … and so does a negated verb of belief before its complement (لا أعتقد أنه قتل، لا نظن أن الجيش قصف).
BELIEF_VERBS: tuple[str, ...] = ("أعتقد", "نعتقد", "يعتقد", "تعتقد", "أظن", "نظن", "يظن", "تظن", "أتوقع", "نتوقع",
                                 "يتوقع", "تتوقع", "أرى", "نرى")

# Cues that make an event not a current, asserted one; looked for in the sentence before the trigger.
FUTURE_CUES: tuple[str, ...] = ("سوف", "من المقرر", "من المتوقع", "من المنتظر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يعتزمون",
                                "المرتقب", "المقبل", "المقبلة", "غدا")
HYPOTHETICAL_CUES: tuple[str, ...] = ("إذا", "اذا", "لو", "في حال", "في حالة", "إن لم", "ربما", "قد يكون",
                                      "يمكن أن", "من الممكن", "احتمال", "يخشى", "مخاوف من", "خشية", "تهديد ب",
                                      "هدد ب", "يهدد ب", "حذر من", "يحذر من", "دعا إلى", "دعوة إلى", "دعوات إلى",
                                      "يطالب ب", "طالب ب",
                                      # wishes and hopes (تمنى المبعوث أن يزور عدن، يرحب بأن يزور محققون اليمن)
                                      "تمنى", "يتمنى", "تتمنى", "يأمل", "تأمل", "يأملون", "أمله في", "يرحب بأن",
                                      "ترحب بأن", "رحب بأن",
                                      # proposals (اقترحت اليابان عقد قمة، اليابان تعرض عقد اجتماع قمة)
                                      "اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح", "اقتراحا", "عرض عقد", "عرضت عقد",
                                      "يعرض عقد", "تعرض عقد",
                                      # what ought to be done (يتعين على المملكة المتحدة الآن أن ترسل طائرات)
                                      "يجب أن", "يجب على", "يتعين على", "يتعين أن", "ينبغي أن", "ينبغي على",
                                      "لا بد من", "لا بد أن", "لابد من", "لابد أن")
HISTORICAL_CUES: tuple[str, ...] = ("ذكرى", "في الماضي", "سابقا", "قبل سنوات", "قبل عقود", "منذ سنوات",
                                    "في ذلك الوقت", "آنذاك", "حينها", "في عهد", "الراحل", "التاريخ", "تاريخيا",
                                    "في الثمانينات", "في التسعينات", "في السبعينات", "في الستينات", "إبان",
                                    # an earlier deed recalled (إذ سبق أن زارها سبع مرات)
                                    "سبق أن", "سبق وأن", "سبق له أن", "سبق لها أن", "سبق لهم أن")
# How many words may stand between a trigger and the قبل … سنوات after it that dates it (فرض عقوبات على
# روسيا قبل ثلاث سنوات)
LONG_AGO_AFTER_WORDS = 3
# A year at least this much before the article's own marks an event as historical.
HISTORICAL_YEARS = 2

# Words that introduce an event's target (the verb's lexicon entry says which it takes).
TARGET_PREPOSITIONS: tuple[str, ...] = ("مع", "إلى", "على", "ضد", "بين", "من", "عن", "لدى", "في", "بحق",
                                        "باتجاه", "أمام", "نحو")
# nouns and participles that govern a verbal noun after them (سبل دعم الأردن، مثمنا دعم المملكة): قصف، دعم
# right after one is the noun, whatever actor follows (not a cause: جراء قصف القوات names the doer after it)
GOVERNING_NOUNS: tuple[str, ...] = ("سبل", "خطر", "أهمية", "ضرورة", "استمرار", "مواصلة", "تعزيز", "إطار", "مجال",
                                    "أجل", "بهدف", "هدف", "عدم", "تجاه", "مثمنا", "مؤكدا", "مشيدا", "رافضا", "منتقدا",
                                    # winning, rallying, giving support (يسعى إلى كسب دعم زعماء دول أخرى)
                                    "كسب", "حشد", "تقديم", "توفير", "تلقي",
                                    # asking for it, as a noun or a verb (بطلب دعم بكين، طلبت دعم الحلفاء)
                                    "طلب", "بطلب", "لطلب", "طلبت", "يطلب", "تطلب")
# Verbs of affirming and renewing: what follows them is a noun (أكد دعم المملكة، يجدد رفض) or أنّ, never a verb.
AFFIRMING_VERBS: tuple[str, ...] = ("أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون", "جدد", "جددت", "يجدد", "تجدد")
# Fighting has two sides: those "in the battles" fought in them, while those in an attack were its victims.
MUTUAL_FIGHT_VERBS: tuple[str, ...] = ("fight", "clash")
# A call received (تلقى … اتصالاً هاتفياً اليوم من الرئيس): the verb this many words before the call's noun, the
# caller's من as many after it.
CALL_RECEIVED_WORDS = 4
# Nouns of need after a verb of calling: إذا دعت الحاجة (if need be) — no one calls.
NEED_NOUNS: tuple[str, ...] = ("الحاجة", "الضرورة", "الحاجات", "المصلحة")
# words that count what follows: a noun, never a verb (15 ألف طالب)
COUNT_WORDS: tuple[str, ...] = ("ألف", "آلاف", "مئات", "عشرات", "مليون", "ملايين", "مئة", "مائة", "بضعة", "عدة")

# A name in quotation marks right after a verb, its subject, has at most this many words (وأدانت «القائمة
# العربية المشتركة»); a longer quoted span is what was said or called for.
QUOTED_NAME_WORDS = 4
# At most this many words name an unlisted speaker whose quotation gives a verb of saying its doer
# (وحذر لايتزر من أن، وحذرت وكالة موديز من أن): more run into the object (دعا الخطيب الحوثي كافة الآباء).
OWN_SPEAKER_WORDS = 3
# Words that open a sentence whose subject is the one of the sentence before (وأضاف، بدوره).
IMPLICIT_SUBJECT_OPENERS: tuple[str, ...] = ("بدوره", "بدورها", "من جهته", "من جهتها", "من ناحيته",
                                             "وأضاف", "واضاف", "وتابع", "وأكد", "واكد", "كما")

# How many words a subject written between كان and قد may take, with its description (وكان عميد مهندس فضل
# عبد الله عبيد المتخصص في سلاح المهندسين قد حذر السكان: the residents were warned).
SUBJECT_BEFORE_QAD_WORDS = 12
# Head nouns that are masculine: a feminine verb before them (دعت مجلس الأمن) takes them as its object.
MASCULINE_HEADS: tuple[str, ...] = ("مجلس", "المجلس", "الاتحاد", "اتحاد", "الجيش", "جيش", "حزب", "الحزب", "الرئيس",
                                    "رئيس", "وزير", "الوزير", "البرلمان", "الكونغرس", "الأمين", "المبعوث", "الملك",
                                    "الأمير", "السفير", "المتحدث", "الناطق", "مكتب", "المكتب", "صندوق", "الصندوق",
                                    "البنك", "بنك", "ولي", "نائب", "قائد", "القائد", "الشعب", "شعب")
# states and capitals whose names, with no feminine ending, take a feminine verb (دعت إسرائيل، أعلنت واشنطن): a
# masculine verb before one has it as its object (ودعا "إسرائيل" إلى)
FEMININE_STATES: tuple[str, ...] = ("إسرائيل", "مصر", "إيران", "الصين", "الهند", "قطر", "الكويت", "اليابان", "تونس",
                                    "الجزائر", "واشنطن", "موسكو", "طهران", "بكين", "باريس", "لندن", "برلين", "دمشق",
                                    "الرياض", "كييف", "بغداد", "بيروت", "عمان", "ألمانيا")
# indefinite adjectives of size or force: after the letters of a past verb they make it a noun (وحشد كبير من
# السياح، وقصف عنيف على)
SIZE_ADJECTIVES: tuple[str, ...] = ("كبير", "كبيرة", "واسع", "واسعة", "ضخم", "ضخمة", "هائل", "هائلة", "غفير",
                                    "حاشد", "شديد", "شديدة", "عنيف", "عنيفة", "مكثف", "مكثفة", "متواصل", "متواصلة")
# How far (in words) a subject may stand after its verb (وأشاد شمخاني …), an object after its verb,
# and an actor after the preposition that marks it (بالدور القيم للشهيدين الحاج قاسم سليماني).
SUBJECT_WINDOW = 1
# forces, weapons and fighters: the nouns a country adjective after an attack verb may name the doer with
# (هاجمت المقاتلات الإسرائيلية، قتل قناص إسرائيلي) — after any other it qualifies what was struck
ATTACKER_NOUNS: tuple[str, ...] = ("قوة", "قوات", "جندي", "جنود", "جنديا", "قناص", "قناصة", "طائرة", "طائرات",
                                   "مقاتلة", "مقاتلات", "طيران", "سلاح", "سلاحا", "مسيرة", "مسيرات", "غارة", "غارات",
                                   "ضربة", "ضربات", "قصف", "صاروخ", "صواريخ", "بحرية", "زوارق", "مدفعية", "دبابة",
                                   "دبابات", "وحدة", "وحدات", "فرقة", "كتيبة", "مستوطن", "مستوطنون", "مستوطنين",
                                   "مسلح", "مسلحون", "مسلحين", "شرطة", "جيش", "أمن", "عناصر", "ضابط", "ضباط",
                                   "مقاتل", "مقاتلون", "مقاتلين", "مهاجم", "مهاجمون", "انتحاري", "حرس", "بارجة",
                                   "سفينة", "سفن", "مروحية", "مروحيات", "قوى", "ميليشيا", "ميليشيات", "عسكري",
                                   "عسكريون", "جهاز", "أجهزة", "عملاء", "عميل", "فصيل", "فصائل", "جماعة", "جماعات",
                                   "مجموعة", "مجموعات", "تنظيم", "كتائب", "ألوية", "لواء", "سرايا", "خلية", "خلايا",
                                   "مدمرة", "مدمرات", "فرقاطة", "فرقاطات", "حاملة", "غواصة", "غواصات", "قاذفة",
                                   "قاذفات", "بوارج", "بطارية", "بطاريات", "منظومة", "منظومات", "دفاعات",
                                   # … and those whose attack is in words (هاجمت الصحافة الأميركية الصفقة)
                                   "صحافة", "صحف", "صحيفة", "إعلام", "وسائل")
# … or a member of the body: a plural of its people in construct, perhaps after أحد / بعض (انتقد أحد قادة
# حركة حماس، رفض أحد ممثلي شركة مايكروسوفت، وطالب ممثلو الادعاء): the body acts through them
# (not after a verb of killing or wounding: قتل أحد عناصر الشرطة is the passive, the member its victim)
MEMBER_QUANTIFIERS: tuple[str, ...] = ("أحد", "إحدى", "بعض", "كبار")
MEMBER_NOUNS: tuple[str, ...] = ("قادة", "قيادات", "قياديي", "قياديو", "ممثلي", "ممثلو", "مسؤولي", "مسؤولو", "أعضاء",
                                 "عناصر", "مقاتلي", "مقاتلو", "مجاهدي", "مجاهدو", "نواب", "زعماء", "كوادر", "ضباط",
                                 "جنود", "أنصار", "مؤيدي", "مؤيدو", "مسلحي", "مسلحو", "موظفي", "موظفو", "خبراء",
                                 "محامو", "محامي")
OBJECT_WINDOW = 14
NOUN_OBJECT_WINDOW = 2
# … and how far after a verb the word that fixes its sense may stand (وقّعت مصر والأردن اتفاقية)
SENSE_WINDOW = 6
SENSE_CHARS = 100  # more than the window's words ever take
# … and for the words of another sense, past a long subject (احتل حارس مانشستر سيتي، البرازيلي إيدريسون
# موراييس، المركز الثاني)
OTHER_SENSE_WINDOW = 10
OTHER_SENSE_CHARS = 160
MARKED_WINDOW = 10
# … but the verbs whose preposition opens what is called for or warned of (دعا إلى، حذر من): an actor
# right after it (حذر من إيران), not one inside that phrase (حذر من تورط الولايات المتحدة)
CONTENT_MARKED_VERBS: frozenset[str] = frozenset(("call-for", "warn", "demand"))  # … طالب بوقف، بإدراج
# A verb joined by و or ف goes on with the article's earlier actor only within this many words of its
# sentence's start (وأشاد، وقد أشاد، ومن جهته أشاد); later, it is joined to a verb of its own sentence.
OPENING_WORDS = 3
# The phrases a speaker's turn opens with, after which a verb opens its clause (من جانبها رفضت موسكو)
TURN_OPENERS: tuple[str, ...] = ("بدوره", "بدورها", "بدورهم", "جانبه", "جانبها", "جانبهم", "جهته", "جهتها", "جهتهم",
                                 "ناحيته", "ناحيتها", "ناحيتهم")
# Particles that only ever precede a verb: after them, قصف or دعم is the verb, not the noun.
VERB_PARTICLES: tuple[str, ...] = ("قد", "لقد", "وقد", "فقد", "لم", "لن", "سوف", "كان", "كانت", "كما", "وكما", "حيث", "عندما", "بعدما", "حين", "حينما")
# … and the complementisers whose noun is the subject of the verb after it (إن الولايات المتحدة تدعم العراق)
SUBJECT_COMPLEMENTISERS: tuple[str, ...] = ("إن", "أن", "ان", "بأن", "لأن", "وإن", "وأن", "لكن", "ولكن")
# How far before a trigger modality cues count.
CUE_WINDOW = 6
# What someone is charged with follows a charge word in its clause (اعتقل بتهمة قتل، سجنت بتهمة التحريض
# على العنف ودعم منظمة محظورة): the verbal nouns within this many words of it are alleged, not events.
CHARGE_WORDS: tuple[str, ...] = ("بتهمة", "بتهم", "بتهمتي", "تهمة", "تهم", "تهمتي", "بتهمه", "بجريمة", "بجرائم")
CHARGE_WINDOW = 6

# A verbal noun is an event only in a frame (خلال استقبال X، إثر لقائه بـ X) or as the subject of a
# verb of occurrence (اندلعت اشتباكات، نظم متظاهرون مظاهرة); elsewhere it is a topic (ضرورة الدعم).
NOUN_FRAMES: tuple[str, ...] = ("خلال", "إثر", "اثر", "عقب", "أثناء", "اثناء", "بعد", "لدى", "في أعقاب", "جراء",
                                "إبان", "عند", "مع بدء")
OCCURRENCE_VERBS: tuple[str, ...] = ("وقع", "وقعت", "اندلع", "اندلعت", "جرت", "جرى", "نظم", "نظمت", "نظموا",
                                     "شهد", "شهدت", "شن", "شنت", "شنوا", "تواصل", "تواصلت", "استمر", "استمرت",
                                     "خرج", "خرجت", "خرجوا", "انطلق", "انطلقت", "تجدد", "تجددت", "نفذ", "نفذت",
                                     "أسفر", "أسفرت", "أدى", "أدت", "قتل في", "اسفر", "اسفرت",
                                     "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "نجا", "نجت", "نجوا")
# … of which these are undergone: who stands before them is acted on, never the doer (تعرضت الشركة لانتقادات)
UNDERGONE: tuple[str, ...] = ("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون", "نجا", "نجت", "نجوا")
# … and what the verbs and nouns of being exposed begin with (تعرضهم، تعرضت، يتعرضون): before ل and what was undergone
UNDERGOING_STEMS: tuple[str, ...] = ("تعرض", "يتعرض", "تتعرض", "يتعرضون")
FRAME_WINDOW = 2
# Words that stand between a frame and its noun without ending the frame (تعرض لمحاولة اغتيال).
FRAME_FILLERS: tuple[str, ...] = ("محاولة", "لمحاولة", "بمحاولة")
# A noun that opens a clause after a dash or a dated colon (ـ 13 يونيو 2007: اغتيال النائب …) is a
# headline or a chronology entry: the event it names happened.
HEADLINE_MARKS: tuple[str, ...] = ("ـ", "-", "–", "*")
# Violence is reported by announcing its toll (أعلنت الشرطة مقتل سبعة، وأفيد بمقتل 15): for ASSAULT
# nouns only, an announcement frames the noun as an event too.
ANNOUNCEMENT_FRAMES: tuple[str, ...] = ("أعلن", "أعلنت", "أعلنوا", "أفاد", "أفادت", "أفيد", "ذكر", "ذكرت",
                                       "أكد", "أكدت", "نقل", "نقلت", "تأكد", "سجل", "سجلت")

# A verbal noun's doer in a clause after it (هجوم شنّه مسلحون، عمليات نفذها قراصنة، اعتداء تبناه التنظيم).
AGENT_CLAUSE_VERBS: tuple[str, ...] = ("شنه", "شنها", "شنته", "شنتها", "شنوه", "نفذه", "نفذها", "نفذته",
                                       "نفذتها", "نفذوه", "تبناه", "تبنته", "تبنتها", "ارتكبه", "ارتكبها",
                                       "ارتكبته", "ارتكبتها", "أطلقها", "أطلقه", "أطلقته", "أطلقتها", "أطلقوها",
                                       "قام به", "قامت به", "قاموا به",
                                       "قام بها", "قامت بها", "قاموا بها", "يقوم بها", "تقوم بها",  # زيارة قام بها
                                       "نظمه", "نظمها", "نظمته", "نظمتها", "نظموها", "دعا إليها", "دعت إليها",
                                       "وجهه", "وجهها", "وجهته", "وجهتها",  # دعوة وجهها بايدن
                                       # مباحثات أجراها وزير المالية، قمة عقدها الزعيمان
                                       "أجراها", "أجراه", "أجرته", "أجرتها", "أجروها", "عقدها", "عقده", "عقدته",
                                       "عقدتها", "عقدوها",
                                       "زرعها", "زرعه", "زرعته", "زرعتها", "زرعوها")  # عبوة ناسفة زرعتها الميليشيا
# … and the phrases that name it after a noun of what was suffered (إصابة المئات برصاص الجيش، اعتقاله على يد …)
AGENT_PHRASES: tuple[str, ...] = ("برصاص", "بنيران", "على يد", "على أيدي", "من قبل", "بقصف", "بغارة", "بغارات",
                                  "جراء غارات", "جراء غارة", "جراء قصف", "إثر غارة", "إثر غارات", "إثر قصف",
                                  "جراء استهداف", "إثر استهداف", "نتيجة قصف", "نتيجة غارة", "نتيجة غارات",
                                  "نتيجة استهداف",
                                  "بمسيرة", "بطائرة مسيرة", "بصاروخ", "بقذيفة", "بقذائف",
                                  "في غارة", "في غارات", "في قصف",  # قتل خمسة مدنيين في غارات لطيران التحالف
                                  "بيد", "بأيدي")  # قتلوا بيد مسلحي تنظيم الدولة — not بيد أن (however)
# … unless they open a conjunction instead (قتلوا في الهجوم، بيد أن وزارة …)
AGENT_PHRASE_CONJUNCTIONS: tuple[str, ...] = ("بيد أن", "بيد ان")
# … and the weapons an attack noun may name before their owner (غارات مقاتلات التحالف، قصف مدفعية الجيش): the
# owner is the doer
WEAPONS: tuple[str, ...] = ("طيران", "مقاتلات", "طائرات", "مدفعية", "مدافع", "صواريخ", "قذائف", "بوارج", "زوارق",
                            "دبابات", "مسيرات", "مسيّرات", "سلاح")
SUFFERED: tuple[str, ...] = ("ASSAULT", "COERCE")  # the types whose nouns name the victim first
# What a victim suffered (مقتل فلسطيني، إصابة 14، استشهاد شاب): the word after the noun is the victim and
# the actor before it is who reported the toll or an earlier victim, never the doer; the same for the
# verbs whose subject is the victim (استشهد، أصيب، قُتل).
VICTIM_VERBS: tuple[str, ...] = ("kill", "wound", "martyred")
# … and the verbs read as passives when an agent phrase follows them (اعتقل الصحفي على يد قوات الأمن)
PASSIVE_BY_AGENT_VERBS: tuple[str, ...] = (*VICTIM_VERBS, "arrest", "detain", "abduct", "kidnap")
VICTIM_SUBJECT_VERBS: tuple[str, ...] = ("martyred",)
# … and the verbs done to people: a place after one is where (قتل جنود صبياً … في شمال قطاع غزة), never whom
PERSON_OBJECT_VERBS: frozenset[str] = frozenset((*PASSIVE_BY_AGENT_VERBS, "assassinate", "torture", "deport"))
# … and the verbs whose object is never a city or region, though one may stand before it (استقبل أمير منطقة
# مكة المكرمة … المعزين; استقبل الملك في الرياض الرئيس الفرنسي)
NO_PLACE_OBJECT_VERBS: frozenset[str] = frozenset(("receive",))
# … nor is what follows the reason given for one (اعتقل التسعة لصلتهم المزعومة بجبهة …، بتهمة الانتماء إلى)
REASON_WORDS: tuple[str, ...] = ("بتهمة", "بتهم", "لصلته", "لصلتها", "لصلتهم", "بسبب", "للاشتباه", "لانتمائه",
                                 "لانتمائها", "لانتمائهم", "بدعوى", "خلفية", "لاتهامه", "لاتهامها", "لاتهامهم")
# places and things that are struck, never strike (not موقع: a website speaks): a country adjective after
# one qualifies what was hit (استهدفت القواعد الأميركية), not the doer
STRUCK_THINGS: tuple[str, ...] = ("قواعد", "قاعدة", "مواقع", "مصالح", "منشآت", "منشأة", "أهداف", "سفارة",
                                  "سفارات", "سفن", "سفينة", "مستوطنات", "مستوطنة", "مقرات", "مقر", "ثكنات", "ثكنة",
                                  "مطارات", "مطار", "موانئ", "ميناء", "أراضي", "مدن", "قرى", "بلدات", "مصانع", "حقول")
# … and what markets trade (هبوط العملة الأمريكية يدعم ارتفاع الأسعار): a country adjective after one is no doer
MARKET_THINGS: tuple[str, ...] = ("عملة", "دولار", "اقتصاد", "أسواق", "سوق", "بورصة", "أسهم", "سندات", "صادرات",
                                  "واردات", "سلع", "منتجات", "أسعار")
# verbs that say what was suffered (لقي 20 شخصا حتفهم، أصيب جندي): an actor named in an earlier sentence is
# not their doer
SUFFERED_VERBS: tuple[str, ...] = ("killed", "martyred", "wound")
# … of which these always have the victim for subject (لقوا مصرعهم، استشهد; not أصاب, also "struck")
VICTIM_SUBJECT_VERBS: tuple[str, ...] = ("killed", "martyred")
# verbs whose subject is a thing (انفجرت قنبلة): no earlier actor is their implicit doer
THING_SUBJECT_VERBS: tuple[str, ...] = ("explode",)
# words right after an unvocalised قتل that leave it no object: the passive (قتلوا في الهجوم)
NO_OBJECT_WORDS: tuple[str, ...] = ("في", "خلال", "جراء", "إثر", "اثر", "بعد", "برصاص", "بنيران", "على", "بسبب",
                                    "عندما", "حين", "أثناء", "اثناء", "داخل", "قرب", "بالقرب", "وسط", "شمال",
                                    "جنوب", "شرق", "غرب", "لاحقا", "سابقا", "منذ", "حتى", "مع",
                                    # قتل وجرح في المعارك نحو 50: killed and wounded, both passive
                                    "وجرح", "وأصيب", "واصيب", "وجرحوا", "وأصيبوا")
VICTIM_GAP = 3  # words between a victim trigger and its victim: a count (أصيب ثلاثة جنود)
PASSIVE_FORMS: tuple[str, ...] = ("أصيب", "أصيبت", "أصيبوا", "يصاب", "تصاب", "يصابون")
PASSIVE_MARK = "\u064f"  # a damma on the first letter: قُتل، يُقتل، أُصيب
# A toll an attack caused (قصفت القوات الموقع ما أدى إلى مقتل ستة): the attack's doer caused the deaths.
CAUSE_WINDOW = 5  # an attack noun and its doer before the verb of causing (غارات الطيران التركي أسفرت عن)
CAUSE_VERBS: tuple[str, ...] = ("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أوقع", "أوقعت",
                                "خلف", "خلفت")
# An unnamed informant (مصدر عسكري، مصادر محلية، شهود عيان) tells of deeds and does none: no doer of these
# types, nor of any event carried over from the sentence it spoke in.
ANONYMOUS_SOURCES: tuple[str, ...] = ("مصدر", "مصادر", "شهود", "شاهد")
DEED_TYPES: tuple[str, ...] = ("ASSAULT", "COERCE", "PROTEST", "AID", "CONSULT", "COOPERATE", "RETREAT", "SANCTION",
                               "MOBILIZE")
# The types an event is reported for with neither doer nor target (مقتل 50 شخصا بهجمات، خرجت مظاهرات)
DOERLESS_TYPES: tuple[str, ...] = ("ASSAULT", "PROTEST")
AGENT_CLAUSE_WINDOW = 4
AGENT_CLAUSE_CHARS = 120  # more than the window's words ever take
# A verbal noun made a verb by a support verb before it (وجهت القوات ضربات، قامت دبابة بقصف، واصلت
# إسرائيل أعمال القتل): the support verb's subject did it.
# … and for measures only (sanctions, a blockade, a curfew: فرضت الولايات المتحدة عقوبات على; not فرض شروطها
# في أي مفاوضات)
IMPOSING_VERBS: tuple[str, ...] = ("فرض", "فرضت", "فرضوا", "يفرض", "تفرض", "يفرضون")
# … and for aid (قدمت الكويت مساعدات للأردن)
PROVIDING_VERBS: tuple[str, ...] = ("قدم", "قدمت", "قدموا", "يقدم", "تقدم", "يقدمون")
SUPPORT_VERBS: tuple[str, ...] = ("شن", "شنت", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ",
                                  "وجه", "وجهت", "وجهوا", "يوجه", "توجه", "واصل", "واصلت", "واصلوا", "يواصل",
                                  "تواصل", "قام", "قامت", "قاموا", "يقوم", "تقوم", "ارتكب", "ارتكبت", "ارتكبوا",
                                  "صعد", "صعدت", "أطلق", "أطلقت", "أطلقوا", "نظم", "نظمت", "نظموا",
                                  # verbs of persisting: أصر نشطاء الجمعية على التظاهر، استمر آلاف المتظاهرين في مسيراتهم
                                  "أصر", "أصرت", "أصروا", "يصر", "تصر", "يصرون", "استمر", "استمرت", "استمروا",
                                  "يستمر", "تستمر", "يستمرون",
                                  # verbs of ordering: أمرت القوات الأجنبية بضربات جوية، أمر الرئيس بالإفراج عن
                                  "أمر", "أمرت", "أمروا", "يأمر", "تأمر")
SUPPORT_WINDOW = 4
# verbal nouns of acts done to others, asked for or welcomed (طالبت بإعادة الأسرى، دعا إلى الإفراج عن): their
# genitive is who is returned, freed, protected — not whom the demand is put to (and إطلاق only with سراح:
# ندد بإطلاق حماس صواريخ names the one who fired)
DONE_TO_NOUNS: tuple[str, ...] = ("إعادة", "إفراج", "حماية", "إنقاذ", "تسليم", "عودة", "إغاثة", "إجلاء", "إدخال",
                                  "تعويض")
# verbs of taking part, support verbs of protest nouns only (شارك آلاف الطلاب في مظاهرة): one takes part
# in talks or a reception in a life story far more often than news reports it as the event
JOINING_VERBS: tuple[str, ...] = ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون", "تشاركان", "انضم",
                                  "انضمت", "انضموا", "ينضم", "تنضم", "ينضمون", "انخرط", "انخرطت", "انخرطوا")
# nouns for part of a force or a body: the actor after their من acts (قوة من وحدة المستعربين، عناصر من
# الشرطة، وفد من الكونغرس، متحدثون من «داعش»)
FORCE_PARTS: tuple[str, ...] = ("قوة", "قوات", "عناصر", "أفراد", "مجموعة", "دورية", "وحدة", "مسلحون", "مسلحين",
                                "وفد", "وفدا", "أعضاء", "ممثلون", "ممثلين", "متحدثون", "مسؤولون", "مسؤولين")
# relative pronouns (the quotation extractor's too): a verb right after one has the noun before it as
# subject (بيان الترويكا الذي دعا طهران)
RELATIVE_PRONOUNS: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
                                      "اللاتي")
# where a generic actor comes from or is, said right after it: من (متظاهر من أبناء دارفور), في
# (طلاب في جامعة هوارد في واشنطن), ب as a proclitic (المتظاهرين بالقاهرة); at most this many words between
ORIGIN_WORDS: tuple[str, ...] = ("من", "في", "ب")
ORIGIN_WINDOW = 4
# at most this many words (verb, negation, quantity) before the actor a clause opens with
CLAUSE_SUBJECT_WORDS = 3
# قام … بـ binds its verbal noun across a longer subject (قامت امرأة بلجيكية اعتنقت الإسلام … بتفجير نفسها)
QAMA_FORMS: tuple[str, ...] = ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون")
QAMA_WINDOW = 14
# Who claimed an attack did it (تبنت حركة طالبان الهجوم، أعلنت الجماعة مسؤوليتها عن الهجوم).
CLAIM_VERBS: tuple[str, ...] = ("تبنى", "تبنت", "تبنوا", "يتبنى", "وتبنى", "وتبنت")
CLAIM_NOUNS: tuple[str, ...] = ("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية")
# A claim of responsibility tells of an attack that happened, as a verb of occurrence does (أعلنت الحركة
# مسؤوليتها عن الهجوم); a denial (نفت مسؤوليتها) or a blame (يحمّل واشنطن مسؤولية) tells nothing.
RESPONSIBILITY_VERBS: tuple[str, ...] = ("أعلن", "أعلنت", "أعلنوا", "تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى")
# words back from the noun to the claim verb: a group's full name may stand between (أعلنت مجموعة تطلق
# على نفسها «المقاومة الوطنية الإسلامية في العراق سرايا الفرقان» مسؤوليتها عن خطف …)
CLAIM_WINDOW = 16
# A complementiser carrying the subject's pronoun (أكد الحلف أنه قتل …): the reported verb's subject
# is the one who said it.
PRONOUN_COMPLEMENTS: tuple[str, ...] = ("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم",
                                        "أنهما", "إنهما")
# … or a noun carrying it (أعلن الجيش أن قواته قتلت مسلحا): the forces of the one who said it.
POSSESSED_FORCES: tuple[str, ...] = ("قواته", "قواتها", "قواتهم", "عناصره", "عناصرها", "جنوده", "جنودها",
                                     "مقاتليه", "مقاتليها", "طائراته", "طائراتها", "وحداته", "وحداتها")
# A number before a noun after an ASSAULT verb makes it the victims, not the doers (قتلت ثلاثة متشددين).
NUMBER_WORDS: tuple[str, ...] = ("اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
                                 "عشرة", "عشرين", "عشرون", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع",
                                 "عشر", "عدد", "عددا", "بضعة")
# Violence is also reported by its toll and then its means (مقتل سبعة أشخاص بتفجير انتحاري، سقط
# عشرات بين قتيل وجريح بانفجار سيارة): an ASSAULT noun after a casualty word in the same sentence.
CASUALTY_WORDS: tuple[str, ...] = ("مقتل", "مصرع", "قتل", "قتلى", "قتيل", "قتيلا", "إصابة", "إصابات", "جرح", "جرحى",
                                   "جريح", "جريحا", "مصابين", "أصيب", "أصيبوا", "قتلوا", "استشهاد", "استشهد",
                                   "ضحايا", "حتفهم", "حتفه", "مصرعهم", "مصرعه")
CASUALTY_WINDOW = 12

# Protesters who act make a protest event even without a protest verb (تجمع آلاف المتظاهرين):
# the knowledge base's agent for protesters, and the verb whose codes such an event takes.
PROTESTERS_AGENT = "protesters"
PROTESTERS_VERB = "demonstrate"
# … but only protesters counted or acting: آلاف المتظاهرين، نحو 500 متظاهر، وتجمع المتظاهرون
CROWD_WORDS: tuple[str, ...] = ("آلاف", "الآلاف", "ألوف", "مئات", "المئات", "عشرات", "العشرات", "حشود", "مليون",
                                "ملايين", "نحو", "قرابة", "حوالي", "حوالى", "أكثر", "عدد")
# words after و that are not verbs: a clause that opens with them has no protesters acting
NOT_VERBS: tuple[str, ...] = ("بين", "منذ", "عند", "حول", "خلال", "كذلك", "ذلك", "هذا", "هؤلاء", "على")
# words written like an event verb's form but other words (هناك is not هنأك, أيدي "hands" not أيّدني, شكرا "thanks"):
# compared as written, so that the hamza'd verb still counts
VERB_HOMOGRAPHS: tuple[str, ...] = ("هنا", "هناك", "هنالك", "أيدي", "ايدي", "يحيى", "تحديا", "تقاطع", "شكرا",
                                    "وعدن",  # Aden after و, not "they (women) promised"
                                    "اثني", "اثنا", "اثنتي", "اثنتا",  # twelve (اثني عشر), not أثنى
                                    "مهنيا", "مهنية", "مهنيين", "مهنيون",  # professional, not مهنئا
                                    "إيدن", "إيد",  # Eden, Ed (إيدن هازارد), not أيّدن
                                    "فايد",  # the surname (رضوان فايد), not فأيّد
                                    "قاضيا", "قاضية",  # a judge (تعيين 25 قاضياً), not suing (قاضى)
                                    # deterring with its object (لن تثنيها التهديدات عن عملها), not praising (يثني على)
                                    "تثنيها", "يثنيها", "تثنيه", "يثنيه", "تثنيهم", "يثنيهم", "تثنينا", "يثنينا")
# A match report (تلتقي المكسيك مع بنما في نصف النهائي، هدف في مرمى الأرجنتين): its meetings, wins and
# praise are no political events; violence at a match still is. The words of the game itself …
PITCH_WORDS: tuple[str, ...] = ("مباراة", "مباريات", "الشوط الأول", "الشوط الثاني", "ركلات الترجيح", "ركلة جزاء",
                                "ضربة جزاء", "حارس المرمى", "حارس مرمى", "لاعب الوسط", "لاعب وسط", "الدوري الممتاز",
                                "الدوري الإنجليزي", "الدوري الإسباني", "دوري أبطال", "نصف النهائي", "ربع النهائي",
                                "ثمن النهائي", "نصف نهائي", "ربع نهائي", "ثمن نهائي", "الفريق الأول", "سوق الانتقالات",
                                "الرباط الصليبي", "كأس الملك", "مرحلة المجموعات", "دور المجموعات", "ديربي",
                                "دوري الدرجة", "الدوري الأوروبي", "كأس الرابطة")
# … and the tournaments' (not منتخب — المجلس المنتخب is elected, nor كرة القدم: FIFA's cases)
SPORTS_WORDS: tuple[str, ...] = (*PITCH_WORDS, "مونديال", "المنتخب الوطني", "بطولة العالم", "كأس العالم", "منتخبات",
                                 "القرعة")
# An article that names the game's words this often reports matches throughout: its meetings, praise and
# doerless injuries are no events either (وسبق للفريقين أن التقيا، وأصيب لاعب منتخب فرنسا بقطع في الرباط
# الصليبي); its protests, arrests and attacks by someone still are. A tournament's name does not count: it is
# as common in its politics (الحريري يلتقي بوتين عشية المونديال)
MATCH_REPORT_WORDS = 4
# Casualties of accidents and disasters are no assault: an ASSAULT with no doer in a sentence that
# names one of these is left out (أصيب 12 شخصاً في حادثين مروريين، غرق، حريق، زلزال)
ACCIDENT_WORDS: tuple[str, ...] = ("مروري", "مرورية", "مروريين", "مروريا", "تصادم", "اصطدام", "ارتطام", "غرق", "حريق",
                                   "زلزال", "فيضان", "فيضانات", "سيول", "صعق", "تسمم",
                                   # rains, storms, stampedes (لقوا حتفهم جراء انهيارات أرضية نتيجة الأمطار); not a
                                   # crash or a collapse, which a bomb causes too (متسبباً بانهيار المبنى)
                                   "أمطار", "إعصار", "أعاصير", "حرائق", "غرقت", "غرقوا", "تدافع",
                                   "قرش", "تمساح", "ثعبان", "أفعى")  # قرش يقتل غواصا: an animal, no attacker
# forces of nature: an attack or siege verb after one of them has it for its subject (هزة أرضية ضربت،
# فيضانات … فحاصر عددا من الناس), whoever was named before it
NATURAL_FORCES: tuple[str, ...] = ("زلزال", "زلازل", "هزة", "هزات", "فيضان", "فيضانات", "سيول", "أمطار", "إعصار",
                                   "أعاصير", "تساقطات", "ثلوج")
# what is paid is a price, not praise (سيدفع ثمن جرائمه، بأي ثمن: ثمن is not ثمّن)
PAYING: tuple[str, ...] = ("بأي", "أي", "دفع", "يدفع", "تدفع", "سيدفع", "ستدفع", "يدفعون", "دفعت", "دفعوا", "ندفع", "سندفع",
                            "يدفعن", "دفعن")
# the blessing on the Prophet (صلى الله عليه وسلم، صلى الله عليه وآله وسلم): وسلم after عليه is no handing over
BLESSED: tuple[str, ...] = ("عليه", "آله")
# … and a verb written like a time of day (فجّر / فجر): the time when a day or a preposition of time is
# next to it (فجر اليوم الخميس، عند فجر)
TIME_HOMOGRAPHS: tuple[str, ...] = ("فجر",)
DAYS: tuple[str, ...] = ("اليوم", "أمس", "يوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                         "الجمعة", "السبت")
TIME_PREPOSITIONS: tuple[str, ...] = ("منذ", "حتى", "عند", "قبيل", "بعيد", "قبل", "بعد", "مع")
# A crowd gathering (وتجمع مئات من الأقباط، احتشد آلاف): one of these verbs followed by a crowd word or a number.
# CAMEO sector codes: an actor coded by one alone is generic (المتظاهرون → CVL) and takes a country
SECTOR_CODES: tuple[str, ...] = tuple("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ENV ELI "
                                      "IGO NGO IMG UAF".split())
# pronouns after a verb that point back to the noun before it, in a relative clause (كلمة رحّب فيها)
RESUMPTIVES: tuple[str, ...] = ("فيه", "فيها", "فيهم", "فيهما", "خلاله", "خلالها", "بموجبه", "بموجبها")
# nouns that حذر follows as their adjective, "cautious" (تفاؤل حذر، ترقب حذر), no warning
CAUTIOUS_NOUNS: tuple[str, ...] = ("تفاؤل", "تفاؤلا", "بتفاؤل", "ترقب", "ترقبا", "بترقب", "هدوء", "هدوءا", "حذر")
# verbs whose object pronoun is what is handed, and whose target the one it goes to (سلّمته إلى الأردن)
RECIPIENT_VERBS: tuple[str, ...] = ("hand-over",)
# writings one publishes or sends and then speaks in (نشر تدوينة قال فيها، أرسل خطاباً يطلب فيه)
WRITINGS: tuple[str, ...] = ("تدوينة", "تغريدة", "رسالة", "بيانا", "كلمة", "مقالا", "مقالة", "منشورا", "خطابا",
                             "تقريرا", "تسجيلا", "مقطعا", "فيديو", "مذكرة", "برقية", "بيان", "خطاب")
# words of time between a verb and its subject (تظاهر أمس عشرات)
TIME_WORDS: tuple[str, ...] = ("أمس", "اليوم", "مساء", "صباح", "ظهر", "الليلة", "مجددا", "أيضا")
# prepositions of place: what follows is where a crowd stood
PLACE_PREPOSITIONS: tuple[str, ...] = ("أمام", "في", "قرب", "داخل", "خارج", "وسط", "عند", "بالقرب", "حول")
GATHER_STEMS: tuple[str, ...] = ("تجمع", "تجمهر", "حتشد", "عتصم")  # every GATHER_VERBS form holds one
GATHER_VERBS: tuple[str, ...] = ("تجمع", "تجمعت", "تجمعوا", "يتجمع", "تجمهر", "تجمهرت", "تجمهروا", "احتشد",
                                 "احتشدت", "احتشدوا", "اعتصم", "اعتصمت", "اعتصموا")
# relatives named by whose relatives they are (زوجة رئيس الحكومة): the person after them is no subject of the verb
KINSHIP_NOUNS: tuple[str, ...] = ("زوجة", "زوج", "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "أخ", "أخت", "والد",
                                  "والدة", "أرملة", "حفيد", "حفيدة", "صهر", "عم", "خال", "أبناء", "أشقاء")
# … and the people who work for someone (نائب بوتين، مساعدة ترامب السابقة): the person named after one is
# neither the doer nor the target
ASSOCIATE_NOUNS: tuple[str, ...] = (*DEPUTY_WORDS, "مساعد", "مساعدة", "مستشار", "مستشارة", "محامي", "محامية",
                                    "سكرتير", "سكرتيرة", "حارس", "مدير مكتب", "مديرة مكتب", "مدير حملة")
# Verbs whose object comes before what it is charged with (اتهم X بـ): one actor then بـ is the accused —
# or congratulated on (وهنأ رئيس جمهورية بولندا بذكرى يوم الدستور: the king congratulated him).
ACCUSED_THEN_CHARGE: tuple[str, ...] = ("accuse", "congratulate")
# لكن carrying the subject's pronoun (لكنه دعا الحكومة): the pronoun is the verb's subject, named before.
BUT_WITH_PRONOUN: tuple[str, ...] = ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم")
