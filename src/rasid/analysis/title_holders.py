"""A title and its holder's name, read word by word: what reads as a name, where a title's
complement ends, and the name after it that the knowledge base may not know (وقال الأمين العام
لمنظمة التحرير صائب عريقات في بيان؛ الناطقة باسم الخارجية الأمريكية هيذر نويرت أن).

Shared by the mentions of a sentence (so the event coder and the quotation extractor see the same
person) and by the speakers the quotation extractor names from words alone."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from rasid.analysis import event_data
from rasid.analysis import quote_data as data
from rasid.text.fold import fold_text

_NOT_NAMES = frozenset(fold_text(w) for w in (*data.SPEAKER_STOPS, *data.SPEAKER_TAIL_STOPS,
                                               "الذي", "التي", "قد", "لقد", "وقد", "وفق", "وفقا", "بحسب", "حسب",
                                               "مؤكدا", "مضيفا", "مشيرا", "وذلك", "هذا", "هذه", "ذلك", "غدا", "عدم", "غير",
                                               "اسمه", "اسمها", "هويته", "هويتها",
                                               # an ordinal before an office (سانتشيث سابع رئيس وزراء)
                                               "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",  # (not ثاني: آل ثاني)
                                               "عما", "مما", "عمن", "ممن",  # عن / من with ما, من: no name
                                               # … nor a count (قوات التحالف …، خلفت الغارة عشرات الجرحى،)
                                               "عشرات", "مئات", "آلاف", "ملايين", "العشرات", "المئات", "الآلاف",
                                               # … nor what a verb of praise takes with ب (أشاد … رئيس الوزراء بجهود)
                                               "بجهود", "بالجهود", "بدور", "بالدور", "بدعم", "بالدعم", "بموقف", "بمواقف",
                                               "بقرار", "بمبادرة", "بنجاح", "بإنجازات",
                                               # … nor a modal before أن (بناء على طلب الحكومة، يمكن أن يؤدي)
                                               "يمكن", "يمكنه", "يمكنها", "يمكنهم", "يجب", "ينبغي", "يتعين", "يتوجب",
                                               "يستطيع", "تستطيع", "يبدو", "ويبدو", "يعني", "ويعني"))
# a preposition with a pronoun (به، فيها، لهم): no word of a name, unlike بدر or بكر
_PRONOUN_PHRASES = frozenset(p + s for p in ("ب", "في", "ل", "لل") for s in ("ه", "ها", "هم", "هما", "ي", "نا", ""))
_HONORIFICS = frozenset(fold_text(w) for w in data.HONORIFICS)
_STYLES = _HONORIFICS | frozenset(fold_text(w) for w in ("الأمير", "الأميرة", "الشيخة", "الملك", "الإمام"))
_DAYS = frozenset(fold_text(w) for w in event_data.DAYS)
_DESCRIPTIONS = frozenset(fold_text(w) for w in (*data.SPEAKER_QUANTITIES, "إحدى", "واحد", "واحدة"))
_TITLE_NOUNS = frozenset(fold_text(w) for w in data.TITLE_NOUNS)
INSTITUTIONS = frozenset(fold_text(w) for w in data.INSTITUTION_NOUNS)
# … and after ب, where a title is held (الناطق الإعلامي بصحة عسير: the region's health directorate;
# مدير عام التعليم بمنطقة الباحة)
_BODIES_AFTER_BI = INSTITUTIONS | frozenset(fold_text(w) for w in ("صحة", "منطقة", "مدينة"))
# a region's directorate named by its service, in construct with the region (مدير عام تعليم القصيم، مدير
# شرطة أوستن): the title's complement, before the holder's name
_DIRECTORATES = frozenset(fold_text(w) for w in ("تعليم", "صحة", "شرطة"))
# … and the place nouns a named place follows in construct (شرطة مدينة فيلادلفيا، مدير شرطة ولاية الخرطوم)
_PLACE_HEADS = frozenset(fold_text(w) for w in ("مدينة", "منطقة", "ولاية", "إقليم", "مقاطعة"))
_STOPS = frozenset(fold_text(w) for w in (*data.SPEAKER_STOPS, *data.SPEAKER_TAIL_STOPS, *data.ATTRIBUTIONS,
                                           *data.TO_MEDIA, *data.NAME_PREPOSITIONS))
# words that follow a name and open no object of a verb read as one (يصب الزيت على): في، خلال، أمس، a day
# kin and groups before a definite noun (عزى الرئيس أسرة الفقيد في): no given name
_KIN = frozenset(fold_text(w) for w in (*event_data.KINSHIP_NOUNS, "أسرة", "عائلة", "أسر", "عائلات", "ذوي", "أهالي",
                                         "أهل", "سكان", "أبناء"))
_NAME_STOPS = frozenset(fold_text(w) for w in (*data.AFTER_NAME_STOPS, *event_data.DAYS))
_COMPLEMENTIZERS = frozenset(fold_text(w) for w in data.COMPLEMENTIZERS if " " not in w)
RELATIVES = frozenset(fold_text(w) for w in event_data.RELATIVE_PRONOUNS)
_BLESSING = frozenset(fold_text(w) for w in ("عليه", "وسلم", "تعالى", "وتعالى"))  # صلى الله عليه وسلم: a blessing
_OPENING = "".join(data.QUOTE_MARKS)
# bodies named by a quoted name after their noun (تحالف "سائرون"، حركة "فتح")
_QUOTED_BODIES = INSTITUTIONS | frozenset(fold_text(w) for w in ("تحالف", "ائتلاف", "جماعة", "تيار", "كتلة", "تجمع",
                                                                  "فصيل", "منظمة", "قائمة"))
ON_BEHALF = frozenset(fold_text(w) for w in ("باسم", "بإسم", "بلسان"))
# … and the words after which a complement goes on (لشؤون غرب ووسط أفريقيا)
_GOES_ON = ON_BEHALF | frozenset(fold_text(w) for w in ("لشؤون", "لشئون", "شؤون", "شئون"))
# what follows عبد in a name (عبد السلام، عبد الملك), and الدين (نور الدين)
_DIVINE = frozenset(fold_text(w) for w in ("الله", "الرحمن", "الدين", "الحق", "الرحيم", "العزيز", "الكريم", "السلام",
                                           "الملك", "اللطيف", "الحميد", "المجيد", "الناصر", "الهادي", "القادر",
                                           "الغني", "الوهاب", "الجبار", "الفتاح", "الباسط", "الخالق", "الرزاق",
                                           "الستار", "الغفار", "السميع", "المنعم", "الحليم", "الحكيم", "العظيم",
                                           "الواحد", "الصمد", "الرؤوف", "الودود", "المحسن", "القوي", "الإله",
                                           "الأمير", "المطلب", "الجليل", "العليم", "الحفيظ", "المعطي"))
# adjectives and nouns that describe rather than name (مسؤول أمني رفيع، مانويل فالس أول أمس)
_DESCRIPTIVE = frozenset(fold_text(w) for w in ("أمني", "عسكري", "سياسي", "غربي", "عربي", "محلي", "دولي", "إقليمي",
                                                "رفيع", "كبير", "بارز", "سابق", "آخر", "أول", "مشارك", "رسمي",
                                                "مسؤول", "مصدر", "أمريكي", "أميركي", "إسرائيلي", "فلسطيني",
                                                "هو", "هي", "هم", "لا", "لم", "لن", "قد", "غير"))
LINEAGE = frozenset(fold_text(w) for w in data.LINEAGE_WORDS)  # أبو and ابو fold alike
_AFFAIRS = frozenset(fold_text(w) for w in ("شؤون", "شئون"))  # a field of expertise (المتخصص في شؤون السياحة)
# what a title's complement may end with, the name after it not the holder's: لدى before a country, and
# people a title is held for (محامي الأسير خضر عدنان، والد الشهيد)
_NAME_OWNERS = frozenset(fold_text(w) for w in ("لدى", "الأسير", "الأسيرة", "المعتقل", "المعتقلة", "المتهم", "المتهمة",
                                                 "الضحية", "الشهيد", "الشهيدة", "المريض", "المريضة", "الطفل",
                                                 "الطفلة", "القتيل", "الموقوف"))
_SELF = frozenset(fold_text(w) for w in ("نفسه", "نفسها", "بنفسه", "بنفسها", "ذاته", "ذاتها"))
_TOKEN = re.compile(r"[^\s،,:.]+[،,:.]?")  # أنطونوف،تعليقاً: a comma ends a word even when run together
TANWEEN = "\u064b\u064c\u064d"  # (no verb, and no word of a name, takes it)
_QUOTATION_MARKS = "«»\"“”"


class Holder(NamedTuple):
    """What follows a title's complement: where its words begin, and the holder's name there if any."""

    first: int
    name: tuple[int, int] | None


def unquoted(written: str) -> str:
    """A name as written, without its quotation marks (صحيفة "واشنطن بوست" → صحيفة واشنطن بوست)."""
    return " ".join(re.sub(r"[«»\"“”]", " ", written).split())


def reads_as_name(words: str) -> bool:
    """No description, time, preposition, clause word, participle (مشيرا) or number: a name, maybe
    with a rank."""
    first = fold_text(words.split()[0]) if words.split() else ""
    if first.startswith("ال") and not _hamzated_name(words.split()[0]) and first not in _HONORIFICS \
            or first in _DESCRIPTIONS:
        return False  # الجناح العسكري لحركة …، أحد الأندية الصينية: a description, not a name
    if first.startswith("است") and len(first) >= 6:
        return False  # استخدام مصطلح الأقليات: a verbal noun (استفعال), no name opens so
    for word in words.split():
        folded = fold_text(word)
        if folded in ("و", "ف") or folded in _BLESSING:
            return False  # القطاع الخاص، و #حساب_المواطن: a conjunction opens no name; صلى الله عليه وسلم
        stop = folded in _NOT_NAMES and word not in ("علي", "ألي")  # the names علي and ألي fold like على and إلى
        if stop or folded in _PRONOUN_PHRASES or any(c.isdigit() for c in word):
            return False
        if participle_in_a(folded):
            return False  # مشيرا، موضحا: a participle goes on the clause
    return True


def participle_in_a(word: str) -> bool:
    """Whether a folded word reads as an accusative participle (مشيرا، موضحا، محاولا) — no name; none opens
    with ما (ماريا)."""
    return word.startswith("م") and word.endswith("ا") and len(word) >= 5 and not word.startswith("ما")


def word_start(text: str, pos: int) -> int:
    """Where the written word containing ``pos`` starts (a verb with its و: وقال)."""
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def holder_after(text: str, start: int, limit: int, said_at: frozenset[int] = frozenset()) -> Holder | None:
    """The name of a title's holder after the title ending at ``start``, past its complement and
    before ``limit``: two or three words that read as a name, then what was said (a complementiser,
    a mark, or a reporting verb starting at one of ``said_at``), where, or a description. None when
    the complement leaves it unclear whose name would follow."""
    tokens = list(_TOKEN.finditer(text, start, limit))
    title_end = (text[max(0, start - 30) : start].split() or [""])[-1]
    i, honored = past_complement([t.group() for t in tokens], title_end)
    styled = honored or fold_text(title_end) in _STYLES
    if i and tokens and _hamzated_name(tokens[0].group()) and text[start : tokens[0].start()].strip() in ("،", ","):
        i, honored = 0, False  # ، إلهان أوزغال،: after the comma a name, though it folds to an article
    if not names_follow([t.group() for t in tokens[:i]]):
        return None
    first = tokens[i].start() if i < len(tokens) else limit
    if any(c in text[start:first] for c in ":.؛"):
        return None  # رئيس الوزراء الإيطالي: اربطوا أحزمتكم — what follows a colon is said, not a name
    apposed = text[start:first].rstrip().endswith(("،", ","))
    name: list[re.Match[str]] = []
    while i < len(tokens) and (len(name) < data.TITLED_NAME_WORDS + sum(_lineage(t.group()) for t in name)
                               + sum(_lineage(a.group()) and _servant(b.group()) for a, b in pairwise(name))
                               or _house_next(name, tokens[i].group())):
        following = fold_text(tokens[i + 1].group()) if i + 1 < len(tokens) else ""
        # the name's last word, before what was said, or a day before it (ناصر القدوة الاثنين إن)
        dated = following in _DAYS and i + 2 < len(tokens) and says_next(fold_text(tokens[i + 2].group()))
        # … or before a relative pronoun, a name's last word in ل but no noun with the article (عبد الوافي
        # لفتيت الذي زار؛ not ونفى المسؤول صحة الشائعات التي)
        relative = following in RELATIVES and not fold_text(tokens[i].group()).startswith("ال")
        last = tokens[i].group()[-1:] in "،,:" or says_next(following) or relative or dated \
            or _family_before_stop(text, start, name, fold_text(tokens[i].group()), following)
        if tokens[i].start() in said_at:
            break  # the reporting verb after the name (صالح آل الشيخ يقول)
        bare = tokens[i].group().rstrip("،,:.")
        folded = fold_text(bare)
        if not any(c.isalpha() for c in bare) or _no_name_word(bare):
            break  # لسوق عكاظ : ” إن: a mark standing alone ends the name
        # عبدالعزيز آل الشيخ: آل and the house's name after it go on the name
        family = bool(name) and (folded == "ال" or fold_text(name[-1].group()) == "ال")
        # between commas, a name in إل or أل is no noun with the article (، إلهان أوزغال،)
        hamzated = apposed and not name and _hamzated_name(bare)
        # … and علي written with its ya inside a name is the name (أمير علي حاجي زاده), not على — so is it
        # right after a style or an honorific, or before بن (الأمير علي في مقابلة، الأمير علي بن الحسين)
        following_lineage = i + 1 < len(tokens) and _lineage(tokens[i + 1].group())
        ali = bare == "علي" and (bool(name) or styled or following_lineage)
        # … and the father's name after بن, with the article or not (علي بن الحسين)
        fathers = bool(name) and _lineage(name[-1].group()) and bare.isalpha()
        if not family and not hamzated and not ali and not fathers \
                and (breaks_name(folded, len(name), honored, last) or (name and bare.endswith("ية"))):
            break  # … or a noun in ـية after the first word (أنطونيو كوستا بأغلبية)
        if len(name) >= 2 and not fathers and names_a_title(folded) and folded != fold_text(title_end):
            # الأمير عبدالعزيز بن سعد نائب أمير منطقة حائل: his office follows his name (not the same title
            # again, which a label before a sentence repeats: محافظ أملج رعى محافظ أملج زياد البازعي)
            break
        name.append(tokens[i])
        i += 1
        if name[-1].group()[-1:] in "،,:.":
            break
    if _fourth_name(tokens, i, name, honored, said_at) and tokens[i].start() not in said_at:
        name.append(tokens[i])  # عبدالرقيب سيف فتح الأسودي بأن: a fourth name right before what was said
        i += 1
    after = fold_text(tokens[i].group()) if i < len(tokens) else ""
    # what follows the name: a stop, a description, another title (توبي والش الأستاذ في جامعة …)
    ends = not after or ends_name(after) or after in _DESCRIPTIVE or after in _HONORIFICS or names_a_title(after) \
        or (i < len(tokens) and tokens[i].start() in said_at)  # الشيخ عبدالعزيز آل الشيخ يقول
    if len(name) < 2 and not _one_word_name(text, start, tokens, name, after) \
            or not (name[-1].group()[-1:] in "،,:." or ends) \
            or (apposed and not (name[-1].group()[-1:] in "،," or says_next(after))):
        return Holder(first, None)  # after a comma the name stands between commas (، لويس إنريكي،), not رسالة قاسية
    span = (name[0].start(), name[-1].end() - (name[-1].group()[-1:] in "،,:."))
    return Holder(first, span if reads_as_name(text[span[0] : span[1]]) else None)


def _no_name_word(word: str) -> bool:
    """Whether a word as written cannot be part of a name: an accusative with tanween (المرتعش بدنيّاً), a
    clitic stretched before a quotation (بـ”شورت) or a quotation mark inside it (not one opening or closing
    a quoted name: "أبو عبيدة")."""
    return any(c in TANWEEN for c in word) or any(c in _QUOTATION_MARKS for c in word.strip(_QUOTATION_MARKS)) \
        or word[1:2] == "\u0640"


def _one_word_name(text: str, start: int, tokens: list[re.Match[str]], name: list[re.Match[str]], after: str) -> bool:
    """Whether a single word right after a definite title, with no complement, and right before what
    was said is the holder's name (وأكد الوزير شهيب أن): not an adverb in ـا, nor a noun in ـة or with a
    pronoun (الوزير تأكيده أن)."""
    if len(name) != 1 or tokens[0] is not name[0] or not _COMPLEMENTIZERS.intersection((after,)):
        return False
    title = fold_text(text[max(0, start - 20) : start]).split()[-1:]
    word = fold_text(name[0].group())
    return bool(title) and title[0].startswith("ال") and names_a_title(title[0]) and not word.endswith(("ا", "ه")) \
        and len(word) > 2


def _family_before_stop(text: str, start: int, name: list[re.Match[str]], word: str, following: str) -> bool:
    """Whether ``word`` is a family name with the article, second of a name after a title ending on a
    definite word (at ``start`` or in its complement) and before a preposition or time word (المتحدث
    باسم الوزارة أشرف القدرة في بيان، الأمير خالد الفيصل خلال); not a genitive after a bare title (قائد
    سلاح البحر في), nor after a preposition (الزعيم الكوري إلى قواته), nor an object (بدر عبدالعاطي الانتباه إلى)."""
    if len(name) != 1 or following not in _NAME_STOPS or not word.startswith("ال"):
        return False
    before = fold_text(text[start : name[0].start()]).split() or fold_text(text[max(0, start - 30) : start]).split()
    first = fold_text(name[0].group())
    return bool(before) and before[-1].startswith("ال") and before[-1] not in _STOPS \
        and not first.startswith(("ال", "ب", "ل", "و")) and first not in INSTITUTIONS and first not in _KIN


def _fourth_name(tokens: list[re.Match[str]], i: int, name: list[re.Match[str]], honored: bool,
                 said_at: frozenset[int]) -> bool:
    """Whether the word at ``i`` is one more name after three, right before what was said, or before the
    reporting verb after a rank (العميد أمير علي حاجي زاده يؤكّد)."""
    if len(name) != data.TITLED_NAME_WORDS or name[-1].group()[-1:] in "،,:." or i + 1 >= len(tokens):
        return False
    if tokens[i].group()[-1:] in "،,:.":
        return False  # أحمد داود أوغلو قال: — what was said opens after it
    word = fold_text(tokens[i].group())
    if word.endswith(("ه", "ا")) and not word.endswith(_PERSIAN_SON):
        return False  # عبد الله واد فجأة أنه، … مجددا: an adverb, not a name (but حاجي زاده)
    # (the verb itself after a rank only: العميد أمير علي حاجي زاده يؤكّد; a complement may run on before it)
    said = says_next(fold_text(tokens[i + 1].group())) or (honored and tokens[i + 1].start() in said_at)
    return said and not breaks_name(word, len(name), honored, True)


_PERSIAN_SON = fold_text("زاده")  # the Persian "son of" ending a family name (حاجي زاده، قاسم زاده)


def titled_name(words: list[str]) -> str | None:
    """The name at the end of a title the knowledge base does not know (الناطقة باسم الخارجية الأمريكية
    هيذر نويرت، رئيس اللجنة الأولمبية الدولية توماس باخ): past the title's complement, two or three
    words that read as a name."""
    if len(words) < 3 or not names_a_title(fold_text(words[0])):
        return None
    skipped, honored = past_complement(words[1:], words[0])
    definite = fold_text(words[0]).startswith("ال")  # القاضية نيكولا ديفيز: the title, then the name
    if not (skipped or definite) or not names_follow(words[1 : 1 + skipped]):
        return None  # مدرب تشونغكينغ ليفان: with no complement the words may be the club, not a name
    owner = fold_text(words[skipped]) if skipped else ""
    if owner in _NAME_OWNERS and fold_text(words[skipped - 1]) not in INSTITUTIONS:
        return None  # السفير الروسي لدى كوريا الشمالية، محامي الأسير خضر عدنان (not نادي الأسير): another's name
    name = words[1 + skipped :]
    lineage = sum(_lineage(w) for w in name)  # متحدث الإمارة علي بن موسى زعله
    # آل and the house's name after it go on the name (خالد آل دغيم)
    house = {n for n, w in enumerate(name) if fold_text(w) == "ال"} | {n + 1 for n, w in enumerate(name) if fold_text(w) == "ال"}
    if not 2 <= len(name) <= data.TITLED_NAME_WORDS + lineage \
            or any(breaks_name(fold_text(w), n, honored, n == len(name) - 1) and w != "علي"  # the name, not على
                   and n not in house for n, w in enumerate(name)):
        return None
    joined = " ".join(name)
    return joined if reads_as_name(joined) else None


def past_complement(words: list[str], title_end: str = "") -> tuple[int, bool]:
    """How many words a title's complement takes (لمنظمة التحرير، الأمريكي، باسم الجيش، (الإنتربول)، a
    genitive joined by و: وزير البيئة والحياة البرية، an institution after في: في نادي الأسير),
    and whether it ends on an honorific that opens the holder's name (الشيخ الدكتور صالح السدلان).
    ``title_end``: the title's last word, a body's noun before its quoted name (رئيس حزب "التوحيد")."""
    i, honored = 0, False
    while i < len(words) and not honored and (_complement_word(fold_text(words[i])) or words[i][:1] == "("
                                              or _quoted_body_name(words, i, title_end)
                                              or (i + 1 < len(words) and _quoted_body_name(words, i + 1, ""))
                                              or _after_body_noun(words, i)
                                              or (i > 0 and _joined_genitive(fold_text(words[i])))
                                              or _in_institution(words, i)):
        if _in_institution(words, i):
            i += 1  # مدير الوحدة القانونية في نادي الأسير المحامي جواد بولس: في and the institution
        i += max(_quoted_body_name(words, i, title_end) - 1, 0)  # المتحدث باسم حركة "فتح" أسامة القواسمي
        honored = fold_text(words[i]) in _HONORIFICS
        i += 1
        if words[i - 1].endswith(("،", ",")) and not (i < len(words) and fold_text(words[i]) in _HONORIFICS):
            break  # مدرب المنتخب الإسباني، لويس إنريكي: the comma closes the complement (not before الفريق)
    return i, honored


def _hamzated_name(word: str) -> bool:
    """A written word in إل or أل, which folds to an article, but no preposition or particle: it may
    open a name (إلهان، ألكسندر)."""
    bare = word.strip("«\"“(،,")
    return bare[:2] in ("إل", "أل") and fold_text(bare) not in _NOT_NAMES and bare not in ("إلا", "ألا")


def _after_body_noun(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the genitive of an indefinite institution's noun before it (لجنة مراقبة
    الحكومة، شركة أرامكو): the body's own name, part of the complement."""
    if i == 0 or words[i - 1].endswith(("،", ",")) or words[i][:1] in _OPENING:
        return False
    before = fold_text(words[i - 1])
    noun = before in INSTITUTIONS or before in _DIRECTORATES or before in _PLACE_HEADS \
        or (before.startswith("ل") and before[1:] in INSTITUTIONS) \
        or _at_body(before)  # لجنة، لشركة، بصحة عسير
    return noun and fold_text(words[i]) not in _NOT_NAMES


def _quoted_body_name(words: list[str], i: int, title_end: str) -> int:
    """How many words the quoted name of a body at ``words[i]`` takes, right after the body's noun
    (حزب "التوحيد العربي"، تحالف "سائرون"): up to three, closed by the mark; 0 if none stands there."""
    noun = fold_text(words[i - 1] if i else title_end).removeprefix("ل")
    if words[i][:1] not in _OPENING or noun not in _QUOTED_BODIES:
        return 0
    closing = data.QUOTE_MARKS[words[i][0]]
    for n, word in enumerate(words[i : i + 3]):
        if word.rstrip("،,")[1 if n == 0 else 0 :].endswith(closing):
            return n + 1
    return 0


def _in_institution(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is في before an institution's noun or a field, inside a title's complement
    (في نادي الأسير؛ المتخصص في شؤون السياحة، الخبير في الشؤون الاستخبارية)."""
    if not (fold_text(words[i]) == "في" and i + 1 < len(words)):
        return False
    following = fold_text(words[i + 1])
    # … right after the title too, with no comma setting off what follows (وزير الخارجية في حكومة الاحتلال
    # إيلي كوهين; not رئيس مجلس الوزراء في حكومة صنعاء، عبد العزيز …, whose name stands apart)
    unbroken = i > 0 or not any(w.endswith(("،", ",")) for w in words[i : i + 4])
    return (following in INSTITUTIONS and unbroken) or (i > 0 and following.removeprefix("ال") in _AFFAIRS)


def _joined_genitive(word: str) -> bool:
    """A noun joined by و inside a complement (البيئة والحياة البرية، الشركة ومؤسسها), not a second person (والسيدة أم
    كلثوم، والرئيس): no honorific, no title."""
    bare = word.removeprefix("و")
    owned = word.startswith("و") and word.endswith(("ها", "ه")) and len(word) > 4  # رئيس الشركة ومؤسسها
    return (word.startswith("وال") or owned) and bare not in _HONORIFICS and not names_a_title(bare)


def names_follow(complement: list[str]) -> bool:
    """Whether a name after this complement is the title's holder: not after باسم or لشؤون, where the
    complement goes on (المتحدث باسم قصر باكنغهام، لشؤون غرب ووسط أفريقيا), nor after a title inside
    it (نائب المستشارة الألمانية أنجيلا ميركل: the name may be the inner title's)."""
    folded = [fold_text(w) for w in complement]
    # محافظة is the governorate there, not a governor (المتحدث باسم محافظة الأنبار حكمة سليمان); after
    # باسم the name is the spokesman's (المتحدث باسم حاكم إقليم ننكرهار عطاء الله خوجياني)
    spoken_for = next((n for n, w in enumerate(folded) if w in ON_BEHALF), len(folded))
    inner = folded[:spoken_for]
    if inner and inner[-1] in _HONORIFICS:
        inner = inner[:-1]  # a rank ending it opens the holder's name (قائد القوة البرية العميد أحمد رضا بوردستان)
    return not (folded and folded[-1] in _GOES_ON) and not any(names_a_title(w) and w not in INSTITUTIONS
                                                                for w in inner)


def breaks_name(word: str, taken: int, honored: bool, last: bool = False) -> bool:
    """Whether a folded word cannot go on the name after a title, ``taken`` words into it: a stop, a
    description (مسؤول أمني، شركة عقار لندنية), a noun with the article (قائد سلاح البحر) unless a
    relative name or a name of God after the first word, after an honorific, or a family name right
    before what was said (``last``: عبد الله الثني، صالح السدلان، عدنان المعيبد أن), a conjunction opening it
    (والقوى السياسية) or a preposition after it (زاخارتشنكو لعدد; not أندريه ليسينكو أن)."""
    article = word.startswith("ال") and not (taken and (honored or last or word.endswith("ي") or word in _DIVINE))
    institution = word in INSTITUTIONS or (word[:1] in "بلوف" and word[1:] in INSTITUTIONS)  # بوزارة الصحة
    # هيفاء أخبرها، قاد بنفسه، كرر الإمام موسى الصدر مناشداته (a plural with his pronoun)
    pronoun = word.endswith(("ها", "هم", "هما", "اته")) or word in _SELF
    preposition = word.endswith("يه") and len(word) <= 4  # عليه، لديه، فيه (not أندريه)
    # ب, a verbal noun and his pronoun (الرئيس العام باعتماده المجلسين): what he did, no name
    his_deed = not taken and word.startswith("ب") and word.endswith("ه") and len(word) >= 6
    return ends_name(word) or word in _DESCRIPTIVE or preposition or article or pronoun or institution or his_deed \
        or (word.startswith("و") and not taken) or (word.startswith("ل") and taken > 0 and not last)


def says_next(word: str) -> bool:
    """Whether what was said, or to whom, opens with this folded word (أن، «، لـ«الشرق الأوسط»): the
    name before it is over."""
    return word in _COMPLEMENTIZERS or word[:1] in _OPENING or word.startswith(("لـ", "ل«", 'ل"'))


def names_a_title(word: str) -> bool:
    """Whether a folded word is a title (المستشارة، الرئيس)."""
    bare = word.removeprefix("ال")
    # (a body's noun is no feminine title: المنظمة is the organisation, not منظم's feminine)
    return bare in _TITLE_NOUNS or (bare.removesuffix("ه") in _TITLE_NOUNS and bare not in INSTITUTIONS)


def ends_name(word: str) -> bool:
    """What ends a name after a title: a preposition, time word, complementizer, attribution, whom it
    was said to (لـ«الشرق الأوسط»، لفرانس24), a quotation mark, a relative pronoun (… عبد الوافي لفتيت الذي
    زار)."""
    return says_next(word) or word in _STOPS or word in RELATIVES or word.startswith(("بال", "لل")) \
        or any(c.isdigit() for c in word)


def _complement_word(word: str) -> bool:
    """A word of a title's complement: an adjective or genitive (الأمريكي، العام), لـ, بالـ
    (المتحدث الرسمي بالاتحاد السعودي), باسم, or an institution's noun (رئيس قناة اليمن الفضائية)."""
    return word.startswith(("ال", "ل", "بال")) or word in ON_BEHALF or word in INSTITUTIONS or word in _DIRECTORATES \
        or _at_body(word)  # رئيس قناة اليمن، الناطق الإعلامي بصحة عسير


def _at_body(word: str) -> bool:
    """Whether a folded word is ب and a body or region where a title is held (بصحة عسير، بمنطقة الباحة)."""
    return word.startswith("ب") and word[1:] in _BODIES_AFTER_BI


def _servant(word: str) -> bool:
    """Whether a word is عبد, which makes one name of two: after a lineage word (فيصل بن خالد بن عبد
    العزيز) it does not count against a name's length either."""
    return fold_text(word) == "عبد"


def _house_next(name: list[re.Match[str]], word: str) -> bool:
    """Whether ``word`` is آل or the house's name after it, which end a long name whatever its length
    (حمدان بن محمد بن راشد آل مكتوم)."""
    return bool(name) and (fold_text(word) == "ال" or fold_text(name[-1].group()) == "ال")


def _lineage(word: str) -> bool:
    """Whether a word links a name to a father or a house (محمد بن حمود المطيري، صالح آل الشيخ): it
    does not count against a name's length."""
    return fold_text(word) in LINEAGE


def given_name_in(known: str, name: str) -> bool:
    """Whether a name of ``known`` before its family name is among the words of ``name``, as written or
    one letter off (رودريغو / رودريجو، دميتري / دمتري، أنجيلا / أنغيلا، #فلاديمير، رجب طيب): the same
    person by another spelling."""
    given = fold_text(known).split()[:-1]
    words = ["".join(c for c in w if c.isalpha()) for w in fold_text(name).split()]
    return any(_one_letter_off(g, w) for g in given for w in words)


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two words are equal but for one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
