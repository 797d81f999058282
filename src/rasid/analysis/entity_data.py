"""Language knowledge for turning lexicon matches into entities."""

# Agent titles that name a person (وزير الخارجية الإيراني is a person; الجيش العراقي is not).
PERSON_TITLE_WORDS: tuple[str, ...] = (
    "وزير", "وزيرة", "رئيس", "رئيسة", "الرئيس", "الملك", "العاهل", "الأمير", "ولي", "المتحدث", "الناطق",
    "السفير", "النائب", "الأمين", "القائد", "قائد", "المحافظ", "محافظ", "أمير", "الزعيم", "زعيم", "المسؤول",
    "مسؤول", "السيناتور", "سيناتور", "المدعي", "مدعي", "القاضي", "قاضي", "الضابط", "ضابط", "الشيخ", "عمدة", "المبعوث",
    "مبعوث", "المبعوثة", "الإمام", "إمام",
)
# How many words may stand between an agent and the country or demonym that qualifies it
# (وزير الخارجية الإيراني: 0; قائد الجيش في العراق: "في" between).
AGENT_COUNTRY_GAP_WORDS = 1
# The words that name a state by its form (مملكة البحرين، جمهورية مصر العربية): such a name is a state.
STATE_FORMS: tuple[str, ...] = ("مملكة", "المملكة", "جمهورية", "الجمهورية", "دولة", "سلطنة", "إمارة")
# … and the words that may stand between: في (الشرطة في العراق), a state's form (وزارة خارجية مملكة البحرين)
AGENT_COUNTRY_LINKS: tuple[str, ...] = ("في", "فى", *(w for w in STATE_FORMS if not w.startswith("ال")))

# Adjectives that make an agent an international organisation's (المبعوث الأممي، مسؤولون أمميون → the UN),
# with the organisation's actor id.
ORGANISATION_ADJECTIVES: dict[str, str] = {
    w: "un" for w in ("الأممي", "الأممية", "الأمميون", "الأمميين", "أممي", "أممية", "أمميون", "أمميين")
}

# نائب in construct with another title is its deputy (نائب المدير العام), not a member of parliament.
DEPUTY_WORDS: tuple[str, ...] = ("نائب", "نائبة")

# A title followed by one of these names a former holder, not the one in office on the date.
FORMER: tuple[str, ...] = ("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل")

# Places and bodies named after a person (مركز الملك سلمان للإغاثة، جامعة الملك سعود، مطار الملك خالد):
# the name after one of these words is the institution's, no actor of its own.
NAMED_AFTER_WORDS: tuple[str, ...] = (
    "مركز", "جامعة", "مطار", "مدينة", "مستشفى", "قاعدة", "جسر", "شارع", "مجمع", "برنامج", "جائزة", "مؤسسة",
    "مسجد", "جامع", "ميناء", "كلية", "معهد", "حي", "ملعب", "استاد", "مكتبة", "طريق", "ميدان", "دارة", "صندوق",
    "كرسي", "مدرسة", "مستشفيات", "مراكز",
    "جامعتا", "جامعتي", "مدينتا",  # two of them (جامعتا الملك عبدالعزيز وجدة)
)

# Common nouns that hold a place's name (جوز الهند is a coconut; خنزير غينيا a guinea pig): the word
# before the place, per place, that makes it no place.
NOUNS_WITH_PLACES: dict[str, tuple[str, ...]] = {"الهند": ("جوز",), "غينيا": ("خنزير",)}
# Places written like an everyday word (مالي: Mali, and "financial"): a place only after one of these
# words (في مالي، شمال مالي، رئيس مالي) or with و, ب, ل joined to it.
ADJECTIVE_PLACES: dict[str, tuple[str, ...]] = {
    "مالي": ("في", "من", "إلى", "الى", "مع", "عن", "شمال", "جنوب", "وسط", "شرق", "غرب", "دولة", "جمهورية",
             "حكومة", "رئيس", "جيش", "عاصمة", "حدود", "سلطات", "و"),
    # … and like ب with a noun (طالب بعقوبة تعزيرية: with a punishment, not Baqubah)
    "بعقوبة": ("في", "من", "إلى", "الى", "مدينة", "لمدينة", "بمدينة", "شرق", "شرقي", "غرب", "غربي", "شمال",
               "شمالي", "جنوب", "جنوبي", "قضاء", "محافظة", "قرب", "داخل", "أطراف", "حول", "بين", "و"),
}
# One-word names that are also adjectives (طريق ملاحة رئيسي: main, not Ebrahim Raisi): a name only after a
# verb, a title, another name, a particle or a mark — never right after a noun it could describe.
ADJECTIVE_NAMES: tuple[str, ...] = ("رئيسي",)
NAME_BEFORE_WORDS: tuple[str, ...] = ("و", "أن", "إن", "ان", "بأن", "لأن", "فإن", "الرئيس", "السيد", "الإيراني",
                                      "مع", "بين", "إلى", "الى", "من", "عن", "على", "ضد", "قال", "وقال", "أكد", "وأكد",
                                      "حكومة", "إدارة", "عهد", "زيارة", "تصريحات", "خطاب", "كلمة", "اتصال", "لقاء")
# … and words that make any place after them part of a group's name (تنظيم أجناد مصر، جند الشام)
# What a قائد leads that makes him no commander: a vehicle he drives (قائد الشاحنة، قائد المركبة) or a side he
# captains (قائد المنتخب، قائد الفريق — not الفريق أول, a general's rank)
LED_THINGS: tuple[str, ...] = ("الشاحنة", "شاحنة", "السيارة", "سيارة", "السيارات", "المركبة", "مركبة", "المركبات",
                               "الحافلة", "حافلة", "الدراجة", "دراجة", "القطار", "الطائرة", "طائرة",
                               "المنتخب", "منتخب", "الفريق", "فريق", "النادي", "نادي")
GROUP_NAME_HEADS: tuple[str, ...] = ("أجناد", "اجناد", "جند", "أنصار", "انصار")

# Names that are also verbs: before these words the verb is meant (فتح جنودها النار، فتح باب الحوار).
ACTOR_HOMOGRAPHS: dict[str, tuple[str, ...]] = {
    "فتح": ("النار", "نيران", "النيران", "باب", "الباب", "أبواب", "ابواب", "المجال", "مجالا", "تحقيقا", "تحقيق",
            "الطريق", "الطرق", "المعبر", "معبر", "المعابر", "الحدود", "جنودها", "جنوده", "قواتها", "قواته",
            "ممرات", "ممر", "ممرا", "الملف", "ملف", "المطار", "مطار", "الأجواء", "أجواء", "الحساب", "حساب",
            "الأبواب", "تحقيقات", "جبهة", "قنوات", "فصول", "صفحة", "أسواق", "سفارة", "آفاق", "آفاقا",
            "الله"),  # فتح الله غولن: a name
}
# … and after these words, within two words (تحقيق جنائي فتح في باريس: an investigation opened)
ACTOR_HOMOGRAPHS_AFTER: dict[str, tuple[str, ...]] = {"فتح": ("تحقيق", "تحقيقا", "التحقيق", "تحقيقات", "ملف")}
# Names that are also nouns: before these words the noun is meant (حماس الشباب: the zeal of the young)
ACTOR_NOUN_HOMOGRAPHS: dict[str, tuple[str, ...]] = {
    "حماس": ("الشباب", "الجماهير", "الجمهور", "اللاعبين", "المشجعين", "الأنصار", "الطلاب", "الناس", "الأعضاء",
             "الطلبة", "المتطوعين", "الحضور", "المشاركين", "الأطفال", "العاملين", "الموظفين", "المتابعين",
             "الجميع", "كبير", "شديد", "بالغ", "منقطع", "واضح", "لافت", "كبيرا", "شديدا"),  # بحماس كبير: with zeal
}
# Places folded alike and told apart only by their marks, as written → (name, English name, code):
# عمّان (Amman, with its shadda) folds like عمان (Oman).
MARKED_PLACES: dict[str, tuple[str, str, str]] = {
    "عمّان": ("عمّان", "Amman", "JOR"),
}
# The ruling houses of the Gulf, by the name after آل, and their states: a holder of الشيخ or الأمير
# named with one is of that state's rulers, not a cleric (الشيخ حمدان بن محمد بن راشد آل مكتوم).
RULING_HOUSES: dict[str, str] = {"مكتوم": "ARE", "نهيان": "ARE", "القاسمي": "ARE", "النعيمي": "ARE",
                                 "المعلا": "ARE", "الشرقي": "ARE", "ثاني": "QAT", "خليفة": "BHR",
                                 "الصباح": "KWT", "سعود": "SAU", "سعيد": "OMN"}
# The Arab kingdoms a bare المملكة may stand for besides Saudi Arabia, in a story that names one of them this
# often and Saudi Arabia never
OTHER_KINGDOMS: tuple[str, ...] = ("JOR", "MAR", "BHR")
KINGDOM_NAMED = 2
