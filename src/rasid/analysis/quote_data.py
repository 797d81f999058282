"""Language knowledge for quotations: what opens reported speech and how far to look for it."""

# What opens the reported content after a reporting verb (قال إن، أكد أن، أشار إلى أن، وصفه بأنه).
COMPLEMENTIZERS: tuple[str, ...] = ("إن", "أن", "بأن", "بأنه", "بأنها", "بأنهم", "إنه", "إنها", "أنه", "أنها",
                                    "إنهم", "أنهم", "إلى أن", "الى ان", "على أن", "على ان")
# Words of time that make a following أن a conjunction (بعد أن، منذ أن) …
TIME_BEFORE_THAT: tuple[str, ...] = ("بعد", "قبل", "منذ", "عقب", "إثر", "اثر")
# … and all words that make a following أن a conjunction's, not reported content's (إلا أن، رغم أن).
CONJUNCTIONS_BEFORE_THAT: tuple[str, ...] = ("إلا", "الا", "غير", "رغم", "برغم", "لو", "حتى", "خصوصا", "خصوصاً",
                                             "خاصة", "سيما", "لاسيما", *TIME_BEFORE_THAT,
                                             # … and of a modal (مشيرا إلى أهمية دماء جديدة يمكن أن تسهم)
                                             "يمكن", "يمكنه", "يمكنها", "يمكنهم", "يجب", "ينبغي", "بد",
                                             "يستطيع", "تستطيع", "يستطيعون",
                                             # … or of seeming and meaning (، ويبدو أنهم كانوا يقصدون؛ ما يعني أن)
                                             "يبدو", "ويبدو", "بدا", "وبدا", "يعني", "ويعني",
                                             # … or of what is likely (إجراء من شأنه أن يؤدي)
                                             "شأنه", "شأنها", "شأنهم", "شأنهما")
# Nouns of institutions: no word of a person's name after a title (مدير عام المستشفيات بوزارة الصحة).
INSTITUTION_NOUNS: tuple[str, ...] = ("وزارة", "هيئة", "إدارة", "مديرية", "جامعة", "مجلس", "مكتب", "لجنة", "شركة",
                                      "وكالة", "مؤسسة", "مصلحة", "دائرة", "كلية", "مستشفى", "مركز", "بلدية",
                                      "محافظة", "منظمة", "جمعية", "نقابة", "اتحاد", "بنك", "مصرف", "صندوق",
                                      "قناة", "صحيفة", "إذاعة", "شبكة", "حزب", "حركة", "نادي", "جبهة", "غرفة", "حكومة",
                                      "أمانة", "حملة", "مرصد")  # أمانة الشرقية: a Saudi region's municipality
# Verbs of becoming before a subject (أصبح المصلون يعتقدون): no word of the speaker's name.
BECOMING: tuple[str, ...] = ("أصبح", "أصبحت", "وأصبح", "وأصبحت", "بات", "باتت", "وبات", "وباتت", "صار", "صارت",
                             "ظل", "ظلت", "وظل", "وظلت", "أضحى", "أضحت")
# Opening and closing marks of direct speech.
QUOTE_MARKS: dict[str, str] = {"«": "»", '"': '"', "“": "”"}
# How many words may stand between a reporting verb and what opens its content (the speaker, a
# title, a clause: أكد أمين المجلس … علي شمخاني، خلال استقبال فالح الفياض، ان …).
CONTENT_WINDOW = 16
# … and how many words further a speaker described by a relative clause may run before its comma and
# the complementiser (رئيس شركة "نوغا" واللواء … الذي كان قد شغل منصب قائد المنطقة الجنوبية، سامي تورجمان، إنّ)
DESCRIBED_SPEAKER_WORDS = 10
# … and how far after a quoted name its apposition may run before the colon that opens what was said
APPOSITION_COLON_CHARS = 80
# … and how many when a complementiser follows a comma, past asides on where and with whom (وكان طاهر
# عمر قال خلال زيارته مدينة أم درمان، في شهر آذار/مارس الماضي، برفقة …، إن الشركة …).
ASIDE_WINDOW = 40
# Verbs of description report a view without a complementizer (واعتبر هنية انتصار الشعب …، ووصف X بأنه).
# (رأى is left out: its content opens with أن, and without it رأيه is "his opinion")
DESCRIPTION_VERBS: tuple[str, ...] = ("consider", "describe")
# How far a headline speaker may stand before the colon (شمخاني: …).
HEADLINE_SPEAKER_WORDS = 4

# A speaker the knowledge base does not know is still named: the words between the verb and
# what opens the content, up to the first of these (وقالت زاخاروفا، في بيان، إن → زاخاروفا).
SPEAKER_STOPS: tuple[str, ...] = ("في", "خلال", "بشأن", "حول", "عن", "لـ", "ل", "أمام", "عبر", "على", "من", "مع", "إلى", "الى", "لدى",
                                  "اليوم", "أمس", "امس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                  "الجمعة", "السبت", "كذلك", "أيضا", "ايضا", "يوم", "مساء", "صباح", "ليل",
                                  "بصورة", "بشكل", "بوضوح", "بشدة", "بقوة", "بحزم", "بدوره", "بدورها", "بالفعل", "فعلا", "بكل", "بجميع", "بكافة", "مجددا",
                                  # the manner of saying it (يسأل بتهكم، ويوضح بهدوء)
                                  "بتهكم", "بهدوء", "بسخرية", "بغضب", "بحسرة", "بأسف", "بصراحة", "بثقة", "بحماس",
                                  "باستغراب", "بمرارة", "بفخر", "بانفعال", "بلهجة", "بنبرة", "بدهشة", "بحذر", "بتفاؤل",
                                  "ببساطة", "بالمناسبة",
                                  "سابقا", "لاحقا", "مؤخرا", "أخيرا", "حينها", "آنذاك", "وقتها", "حينذاك",
                                  "بما",  # تشير بما لا شك فيه إلى أن
                                  "تحت", "فوق", "أسفل", "بجانب",  # وكتب تحت الصورة:
                                  "طالبا", "طالبة", "مفضلا", "مفضلة", "رافضا", "رافضة",  # المصدر … طالبا عدم ذكر اسمه
                                  "طلب", "طلبت",  # عن مصدر قضائي طلب عدم الكشف عن اسمه
                                  # what is spoken of, by its pronoun (قال المركزي عنها إن)
                                  "عنها", "عنه", "عنهم", "عنهما",
                                  # the saying itself after its speaker (تنقل عن مصدر إسرائيلي تأكيده أنّ)
                                  "تأكيده", "تأكيدها", "تأكيدهم",
                                  # a conjunction opening a clause (الوزير إلى مصر إذ سبق أن زارها)
                                  "إذ", "اذ", "حيث")
# Prepositions never open or continue a name (في حين أنه يعتبرها، على ذلك؛ صائب عريقات في بيان).
# Words after a holder's name that no verb takes as its object's preposition: a family name with the
# article before one ends the name (أشرف القدرة في بيان، خالد الفيصل خلال الحفل; not يصب الزيت على).
AFTER_NAME_STOPS: tuple[str, ...] = ("في", "خلال", "أمام", "لدى", "اليوم", "أمس", "امس", "يوم", "مساء", "صباح")
NAME_PREPOSITIONS: tuple[str, ...] = ("في", "على", "من", "إلى", "الى", "عن", "مع", "حتى", "منذ", "بعد", "قبل")
# A sentence that opens with its topic (وبالنسبة للقرارات …، وعن غياب الأعضاء … قال) names no speaker
# before its verb: the words there are what is spoken about, the speaker is the one the text is about.
TOPIC_OPENERS: tuple[str, ...] = ("بالنسبة", "عن", "حول", "بشأن", "بخصوص", "وحول", "وعن", "وبشأن", "وبخصوص",
                                  "وبالنسبة", "فيما يخص", "فيما يتعلق", "وفيما يخص", "وفيما يتعلق")
# Time words that may stand between the verb and its speaker (أعلنت أمس شركة إنتل، أعلن العام الماضي أن).
TIMES_BEFORE_NAME: tuple[str, ...] = ("أمس", "امس", "اليوم", "مساء", "صباح", "الليلة", "مجددا", "أيضا", "ايضا",
                                      "العام", "الأسبوع", "الشهر", "الماضي", "الماضية", "المقبل", "المقبلة")
# … except "من" after a quantity, which goes on naming the speaker (وكشف عدد من الأهالي).
SPEAKER_QUANTITIES: tuple[str, ...] = ("عدد", "بعض", "أحد", "إحدى", "مجموعة", "عشرات", "مئات", "آلاف", "كثير",
                                       "غالبية", "معظم", "أغلب", "العديد", "الكثير", "كثيرون", "عددا")
# Words that link a name to a father or a house (محمد بن حمود، صالح آل الشيخ): part of the name, not
# counted against its length.
LINEAGE_WORDS: tuple[str, ...] = ("بن", "بنت", "ابن", "آل", "أبو")
MAX_SPEAKER_WORDS = 7
# … and the most words of a name right after a title (وقال الأمين العام لمنظمة التحرير صائب عريقات في …)
TITLED_NAME_WORDS = 3
# … and what ends such a name: a clause going on (وهو ينزل …، بهدوء …، بهذه التعابير).
SPEAKER_TAIL_STOPS: tuple[str, ...] = ("وهو", "وهي", "وهم", "وهما", "بهذه", "بهذا", "بدوره", "بدورها", "بهدوء",
                                       "حين", "عندما", "فيما", "بينما", "كما", "قائلا", "بعد", "قبل", "الذي",
                                       "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "عقب", "تعليقا",
                                       "ردا", "إثر", "اثر", "نصه", "نصها", "يلي", "بالقول", "عدم", "كان",
                                       "كانت", "أثناء", "اثناء", "لا", "لم", "لن",  # ما نصه: what follows is the quotation
                                       "البالغ", "البالغة", "البالغين",  # الممثلة البالغة من العمر 32 عاما
                                       # how it was said (تقول ماجدة ضاحكة)
                                       "ضاحكا", "ضاحكة", "مبتسما", "مبتسمة", "مازحا", "مازحة", "ساخرا", "ساخرة",
                                       "متسائلا", "متسائلة", "غاضبا", "غاضبة", "متهكما", "متهكمة", "بحزن", "بفخر",
                                       # and to whom (وقال باسيل موجها كلامه إلى الجعفري)
                                       "موجها", "موجهة", "مخاطبا", "مخاطبة",
                                       # who asks himself (يسأل مدني نفسه ويعود للإجابة)
                                       "نفسه", "نفسها", "نفسهم",
                                       "بـ",  # وصفها أعضاء اللجنة بـ"…": what they called it follows
                                       "بقوله", "بقولها", "بقولهم",  # ويختم بقوله إن: the one named before speaks
                                       # what was revealed (كشفت مديرية الدفاع المدني بمنطقة عسير تفاصيل عن)
                                       "تفاصيل", "النقاب",
                                       "كل",  # نفى فؤاد كل ما نسب إليه
                                       # what the speaker ended or opened (وختم عسيري مقاله:)
                                       "مقاله", "مقالها", "حديثه", "حديثها", "كلمته", "كلمتها", "تصريحه",
                                       "تصريحها", "كلامه", "كلامها", "بيانه", "بيانها", "تغريدته", "تغريدتها",
                                       "منهم", "ومنهم",  # whom it counts (ومنهم:)
                                       # where it was written (وقال الرزاز بتغريدة على حسابه إن)
                                       "بتغريدة", "ببيان", "بتصريح", "بتصريحات", "بكلمة", "برسالة", "بمقابلة",
                                       "بمقال", "بحديث", "بمنشور", "بتدوينة",
                                       # when (وكشفت إدارة ترمب الأسبوع الماضي أنها)
                                       "الأسبوع", "الشهر", "الأسبوعين",  # (not العام: الأمين العام)
                                       "أواخر", "أوائل", "منتصف",  # قال أواخر الشهر (not مطلع: مصدر مطلع)
                                       # a condition opening what was said (وقال إذا "لم تفعل الدول" …; not لو:
                                       # برونو لو مير، لولا)
                                       "إذا", "اذا")
# What is denied right after نفى, where no speaker stands (نفى وجود أي مخطط، نفى صحة الأنباء).
DENIED_OBJECTS: tuple[str, ...] = ("وجود", "صحة", "أي", "علمه", "علمها", "علاقة", "علاقته", "علاقتها", "ما", "ذلك",
                                   "هذه", "هذا", "تلك", "الاتهامات", "الأنباء", "التقارير", "الشائعات", "الخبر",
                                   "الأخبار", "قيام", "تورط", "تورطه", "مسؤوليته", "مسؤوليتها", "مسؤولية", "أن")
# Words between the verb and its subject that are not the speaker: ويقول عنه المدرسون → المدرسون.
SPEAKER_LEAD_SKIPS: tuple[str, ...] = ("عنه", "عنها", "عنهم", "له", "لها", "لهم", "لي", "لنا", "لك", "عليه",
                                       "عليها", "بدوره", "بدورها", "أيضا", "ايضا", "خلاله", "خلالها", "فيه", "فيها",
                                       "بذلك", "بهذا", "ذلك")  # وصرح بذلك الناطق الإعلامي، أوضح ذلك رئيس البلدية
# A quoted name right after the verb is its subject, not speech (وحذّرت "اليونيسف" من أن …).
QUOTED_NAME_WORDS = 3
# How many words may stand between a speaker named before the verb and the verb (… قد صرّح).
SUBJECT_BEFORE_WORDS = 1
# … or, after a title or an organisation, the few words of a name the knowledge base does not know.
NAME_AFTER_TITLE_WORDS = 3
# Impersonal openers: "it is noted that" reports no one's speech (يذكر أن، يُشار إلى أن).
IMPERSONAL: tuple[str, ...] = ("يذكر", "ويذكر", "يشار", "ويشار", "يعتبرون")
# … and these when the complementizer follows at once (ويعتقد أن …: it is believed; ويعتقد العلماء أن: they believe).
PASSIVE_BEFORE_COMPLEMENT: tuple[str, ...] = ("يعتقد", "ويعتقد", "يعتبر", "ويعتبر", "تعتبر", "وتعتبر", "يقال", "ويقال",
                                              "يرى", "ويرى", "يفترض", "ويفترض", "يتوقع", "ويتوقع", "يرجح", "ويرجح",
                                              "يزعم", "ويزعم")  # ضباط يُزعم بأنهم من الاستخبارات: alleged
# Words that, after a comma, attribute the content to its source and end it (، وفقاً لبيانات …).
ATTRIBUTIONS: tuple[str, ...] = ("وفقا", "وفقاً", "بحسب", "حسب", "حسبما", "طبقا", "طبقاً", "نقلا", "نقلاً", "وفق")
# A reporting verb this few words after a comma or colon opens a clause of its own (، لكن 22% فقط
# يعتقدون أن); further into reported content it is part of what is reported (دلائل علمية تشير إلى).
CLAUSE_SUBJECT_WORDS = 4
# Whom something was said to, written on the word (وقال لاسمر لموقع "غلوبو"، صرّح لصحيفة …): not the speaker.
# An outlet's noun, its name to follow (لشبكة "أي بي سي نيوز") …
TO_OUTLETS: tuple[str, ...] = ("لموقع", "لصحيفة", "لقناة", "لوكالة", "لتلفزيون", "لإذاعة", "لشبكة", "لمجلة", "لمحطة",
                               "للوكالة", "للموقع", "للصحيفة", "للقناة")
# … and the press in general, whose words follow (قال للصحافيين "…"), and outlets named on the word
TO_MEDIA: tuple[str, ...] = (*TO_OUTLETS, "للصحفيين", "للصحافيين", "لوسائل", "للتلفزيون", "للإذاعة", "لبي", "لرويترز",
                             "لفرانس", "لوكالات")
# Whom a verb of telling (أبلغ) names after its speaker: no word of the speaker's name (وأبلغ كونتي مؤتمرا
# صحفيا، وأبلغ جوسن الصحيفة)
TOLD_AUDIENCES: tuple[str, ...] = ("مؤتمرا", "مؤتمر", "المؤتمر", "الصحفيين", "الصحافيين", "صحفيين", "صحافيين",
                                   "الصحيفة", "صحيفة", "الوكالة", "وكالة", "القناة", "قناة", "الموقع", "موقع",
                                   "التلفزيون", "تلفزيون", "الإذاعة", "إذاعة", "الشبكة", "شبكة", "المجلة", "مجلة",
                                   "المراسلين", "مراسلين", "البرلمان", "النواب", "أعضاء", "رويترز")
# "went on to say" before a verb: the speaker is the one already speaking (ومضى يقول، وراح يقول)
GOING_ON: tuple[str, ...] = ("مضى", "ومضى", "مضت", "ومضت", "راح", "وراح", "راحت", "وراحت")
# present "is considered" when followed by من or an elative (يعتبر من أبرز، تعتبر أفضل)
CONSIDERED: tuple[str, ...] = ("يعتبر", "ويعتبر", "تعتبر", "وتعتبر")
# A title after a speaker's name begins its description (جوزيه مورينيو مدرب تشيلسي → جوزيه مورينيو);
# an honorific at the end of a title announces a name that the word limit cut off.
TITLE_NOUNS: tuple[str, ...] = ("مدرب", "رئيس", "وزير", "مدير", "نائب", "عضو", "أمين", "سفير", "قائد", "محافظ",
                                "لاعب", "نجم", "مهاجم", "حارس", "المتحدث", "متحدث", "مستشار", "الناطق", "ناطق",
                                "مؤسس", "زعيم", "رئيسة", "وزيرة", "مديرة", "الرئيس", "الوزير", "المدير", "منظم",
                                "صاحب", "خبير", "أستاذ", "مؤلف", "مخرج", "محلل", "باحث", "ممثل", "مندوب",
                                "عميد", "ضابط", "مدعي", "قاضي", "فنان", "فنانة", "شاعر", "شاعرة", "أديب", "كاتب", "كاتبة",
                                "مطرب", "مطربة", "ممثلة", "روائي", "ناشط", "ناشطة", "سكرتير", "الأمين", "محامي", "محام", "استشاري",
                                "استشارية", "منسق", "منسقة", "وكيل", "وكيلة", "مساعد", "مواطن", "مواطنة", "شاهد",
                                "ناقد", "ناقدة", "نائبة", "بروفيسور", "بروفسور", "قنصل", "قنصلة")
# What bears words of its own (رفعوا لافتات تقول "…"، وسما يقول): right before a present verb, the speaker.
INSCRIPTIONS: tuple[str, ...] = ("لافتة", "لافتات", "وسم", "وسما", "هاشتاغ", "هاشتاج", "شعار", "شعارا", "شعارات",
                                 "عبارة", "عبارات", "ملصق", "ملصقات", "لوحة", "لوحات", "يافطة", "يافطات", "رسالة",
                                 "رسائل", "منشور", "منشورا", "منشورات")
# Cities that stand for their government beyond the capitals the knowledge base lists (وقالت تل أبيب).
GOVERNMENT_SEATS: tuple[str, ...] = ("تل أبيب",)
# Styles of address before a title (وأكد سمو رئيس الوزراء، قال معالي الوزير): the title is the speaker.
STYLES: tuple[str, ...] = ("سمو", "صاحب السمو", "صاحب السمو الملكي", "صاحبة السمو", "صاحبة السمو الملكي",
                           "صاحب المعالي", "صاحب الجلالة", "سماحة", "فخامة", "معالي", "سعادة", "جلالة")
# … and offices that speak for the one they serve (وأوضح مكتب رئيس الوزراء الإسرائيلي، بنيامين نتنياهو،).
OFFICES: tuple[str, ...] = ("مكتب", "ديوان")
HONORIFICS: tuple[str, ...] = ("المهندس", "م.", "الدكتور", "د.", "الشيخ", "اللواء", "العميد", "العقيد", "الأستاذ",
                               "السيد", "السيدة", "المستشار", "الفريق", "الجنرال", "الأدميرال", "المشير", "النقيب",
                               "الرائد", "المقدم", "المحامي", "المحامية", "البروفيسور", "البروفسور")
# Superlatives after a verb of considering (يعتبر X أبرز المتضررين): he is considered, no one speaks.
SUPERLATIVES: tuple[str, ...] = ("أكبر", "أكثر", "أبرز", "أهم", "أفضل", "أقوى", "أخطر", "أول", "أشهر", "أقدم", "أحدث",
                                 "أندر", "أسوأ", "أغنى", "أعلى", "أدنى", "أقل", "أصغر", "أجمل", "أسرع", "آخر",
                                 "أرقى", "أغلى", "أطول", "أضخم", "أوسع", "أعرق", "أنجح", "أسهل", "أصعب")
# People named by what they are, without the article (سكان، ناشطون): a clause's subject that speaks.
PEOPLE_NOUNS: tuple[str, ...] = ("سكان", "مواطنون", "ناشطون", "متظاهرون", "محتجون", "شهود", "مسؤولون", "خبراء",
                                 "محللون", "مسلحون", "عمال", "طلاب", "أهالي", "لاجئون", "نازحون", "مهاجرون",
                                 "مستخدمون", "مغردون", "معلمون", "أطباء", "مزارعون", "تجار", "صيادون")
# … and those in a broken plural, with more such (العلماء، الخبراء): who may describe something
BROKEN_PLURAL_PEOPLE: tuple[str, ...] = (*(w for w in PEOPLE_NOUNS if not w.endswith(("ون", "ين"))),
                                         "علماء", "زعماء", "قادة", "وزراء", "نواب", "نقاد", "خصوم", "أعضاء", "ساسة",
                                         "أشقاء")
# Findings that say something through a present verb right after them, with at most this many words
# (the noun and its adjectives): مع توقعات تشير إلى أن، دراسة حديثة تشير إلى أن
FINDINGS: tuple[str, ...] = ("دراسة", "دراسات", "توقعات", "تقديرات", "تقرير", "تقارير", "أرقام", "بيانات", "إحصاءات",
                             "إحصائيات", "مؤشرات", "معلومات", "نتائج", "استطلاع", "استطلاعات", "أبحاث", "بحث", "أدلة",
                             "وثيقة", "وثائق")
FINDING_WORDS = 3
# Nouns a speaker stresses, right after his name (وأكد بوغالي ضرورة "…"، وشدد الوزير أهمية): no word of it
# (not دعم: تحالف دعم الشرعية is a name).
STATED_NOUNS: tuple[str, ...] = ("ضرورة", "أهمية", "حرص", "عزم", "رفض", "تمسك", "التزام", "استعداد", "تضامن",
                                 "وقوف")
# Fathatan and kasratan: a word carrying one is an adverb or a genitive (علناً، صراحةً، بأدبٍ), never a
# speaker's name — dammatan marks a subject (مصدرٌ أمني).
ADVERB_TANWIN: tuple[str, ...] = ("\u064b", "\u064d")
